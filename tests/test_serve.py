"""`python -m matcher serve` is waitress with the threads and timeouts of the settings, and its
access log names paths and statuses only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from matcher.settings import Settings
from web.serve import server_options

ROOT = Path(__file__).resolve().parent.parent


def test_server_options_come_from_the_settings():
    options = server_options(Settings(threads=3, channel_timeout=9, connection_limit=50))
    assert (options["threads"], options["channel_timeout"], options["connection_limit"]) == (
        3,
        9,
        50,
    )
    assert "trusted_proxy" not in options  # X-Forwarded-* is believed only when configured
    behind = server_options(Settings(trusted_proxy="127.0.0.1"))
    assert behind["trusted_proxy"] == "127.0.0.1"
    assert "x-forwarded-proto" in behind["trusted_proxy_headers"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_the_real_server_is_waitress_and_logs_no_query(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "MATCHER_DB": str(tmp_path / "m.db"),
        "MATCHER_UPLOAD_DIR": str(tmp_path / "files"),
        "MATCHER_PORT": str(port),
        "MATCHER_THREADS": "4",
    }
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "matcher", "serve"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as answer:
                    assert answer.headers["Server"] == "matcher"  # waitress's ident
                    break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "no answer in 120 s"
                time.sleep(0.5)
        made = subprocess.run(
            [sys.executable, "-m", "matcher", "users", "token", "admin"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        token = json.loads(made.stdout)["token"]
        search = urllib.request.Request(
            base + "/api/candidates?q=" + urllib.parse.quote("林晓雯"),
            headers={"Authorization": f"Bearer {token}"},
        )
        with urllib.request.urlopen(search, timeout=10) as answer:
            assert json.loads(answer.read())["candidates"] == []
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    text = (tmp_path / "server.log").read_text()
    assert "(waitress, 4 threads)" in text
    assert "GET /api/candidates 200" in text and "GET /healthz 200" in text
    assert "林晓雯" not in text and "q=" not in text and "%E6" not in text
