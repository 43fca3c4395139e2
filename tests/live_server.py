"""A real `python -m matcher serve` process on loopback for tests that attack it over HTTP:
start it on a fresh database, call it with a bearer token, read its memory."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PASSWORD = "correct horse battery"


def free_port() -> int:
    """A TCP port free on loopback now."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class LiveServer:
    """The service in its own process with MATCHER_* settings; `token` is a recruiter's."""

    def __init__(self, tmp: Path, **settings: str):
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.env = {
            **os.environ,
            "MATCHER_DB": str(tmp / "m.db"),
            "MATCHER_UPLOAD_DIR": str(tmp / "files"),
            "MATCHER_PORT": str(self.port),
            "MATCHER_HOST": HOST,
            "MATCHER_MODEL_DIR": os.environ.get("MATCHER_MODEL_DIR", str(ROOT / "var" / "models")),
            "MATCHER_SECRET_KEY": "test",
            **{f"MATCHER_{k.upper()}": str(v) for k, v in settings.items()},
        }
        self.cli("init-db")
        self.cli("users", "add", "rita", "--role", "recruiter", stdin=PASSWORD + "\n")
        self.token = self.cli("users", "token", "rita")["token"]
        self.log = (tmp / "server.log").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "matcher", "serve"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
        )
        self._wait_up()

    def cli(self, *args: str, stdin: str = "") -> dict:
        """Run `python -m matcher ARGS` on the server's database: its JSON output."""
        out = subprocess.run(
            [sys.executable, "-m", "matcher", *args],
            cwd=ROOT,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout)

    def _wait_up(self, limit: float = 120) -> None:
        end = time.time() + limit
        while time.time() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            if self.call("GET", "/healthz", timeout=2)[0] == 200:
                return
            time.sleep(0.2)
        raise RuntimeError("server did not answer /healthz in time")

    def call(self, method: str, path: str, body=None, files=None, timeout: float = 300):
        """(status, parsed JSON or text, seconds); JSON `body` or multipart `files` [(name,
        bytes)]; a connection failure is status 0."""
        headers = {"Authorization": f"Bearer {self.token}"}
        data = None
        if files is not None:
            data, headers["Content-Type"] = multipart(files)
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw, status = r.read(), r.status
        except urllib.error.HTTPError as exc:
            raw, status = exc.read(), exc.code
        except OSError as exc:
            raw, status = str(exc).encode(), 0
        seconds = time.perf_counter() - start
        try:
            return status, json.loads(raw), seconds
        except ValueError:
            return status, raw.decode(errors="replace"), seconds

    def rss_mb(self) -> float:
        """The server process's resident memory now, in MB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        """Stop the server (and with it its parse workers)."""
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def multipart(files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart body with each file under "files": (body, content type)."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, data in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        parts.append(head.encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )
