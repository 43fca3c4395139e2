"""Bulk ingest on a local Ray cluster of two worker nodes: the same candidates, duplicates,
failures and vectors as the local engine, work on both nodes, and a worker killed mid-ingest
losing no résumé. Ray is never imported by the local engine or the web service."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from matcher.ingest import LOST, ingest
from matcher.store import open_store
from tests.ray_support import our_processes, settings_for, write_resumes

pytestmark = pytest.mark.slow
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _ingest(settings, folder, engine: str, **options) -> dict:
    store = open_store(settings)
    try:
        return ingest(store, folder, engine, **options)
    finally:
        store.close()


def _outcome(settings) -> dict:
    """Per file: its status and error, and the parsed candidate (text, profile) or the file of
    the candidate it duplicates; and every cached vector."""
    store = open_store(settings)
    try:
        uploads = [u for b in store.list_batches(None) for u in store.batch_uploads(b["id"])]
        files = store.candidate_files(store.candidate_ids(None))
        out = {}
        for u in uploads:
            row = {"status": u["status"], "error": u["error"]}
            if u["candidate_id"]:
                cand = store.get_candidate(u["candidate_id"])
                row["candidate"] = (cand["text"], json.dumps(cand["profile"], sort_keys=True))
            if u["duplicate_of"]:
                row["duplicate_of"] = files[u["duplicate_of"]]
            out[u["name"]] = row
        rows = store.db.execute("SELECT model_id, sha, vector FROM vectors").fetchall()
        return {"files": out, "vectors": {(m, sha, bytes(v)) for m, sha, v in rows}}
    finally:
        store.close()


def _recorded(path: str) -> int:
    """Files already written into the store at `path` as parsed or duplicate."""
    if not os.path.exists(path):
        return 0
    db = sqlite3.connect(path)
    try:
        sql = "SELECT count(*) FROM uploads WHERE status IN ('parsed', 'duplicate')"
        return db.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # the tables are not made yet
        return 0
    finally:
        db.close()


def test_ray_ingest_equals_the_local_engine_and_uses_both_nodes(ray_cluster, tmp_path, model_dir):
    folder = write_resumes(tmp_path / "cvs", 24)
    local_settings = settings_for(tmp_path, model_dir, "local")
    ray_settings = settings_for(tmp_path, model_dir, "ray")
    local = _ingest(local_settings, folder, "local")
    on_ray = _ingest(ray_settings, folder, "ray", workers=2, batch_size=2)
    assert on_ray["nodes"] == 2  # the head has no CPU: both worker nodes parsed batches
    assert (local["parsed"], local["duplicate"], local["failed"]) == (26, 1, 2)
    assert {f["file"] for f in local["failures"]} == {"empty.txt", "broken.pdf"}
    assert all(f["error"].startswith(f["file"] + ": ") for f in local["failures"])
    for key in ("parsed", "duplicate", "failed", "failures"):
        assert on_ray[key] == local[key]
    expected, got = _outcome(local_settings), _outcome(ray_settings)
    assert got["files"] == expected["files"]
    assert got["files"]["same-person-again.txt"]["duplicate_of"] == "cv0000.txt"
    assert "何文档" in got["files"]["docx-person.docx"]["candidate"][0]
    assert got["vectors"] == expected["vectors"] and len(got["vectors"]) > 100


def test_ray_ingest_into_postgresql_equals_the_local_engine(
    ray_cluster, pg_server, tmp_path, model_dir
):
    """Both worker nodes open the test session's PostgreSQL server themselves (the driver's
    MATCHER_DB), as a cluster's nodes do; what lands there equals the local engine's ingest
    into a database of its own on the same server, and the SQLite store's."""
    from tests.pg_support import PgServer, unavailable

    if not isinstance(pg_server, PgServer):
        unavailable(pg_server)
    folder = write_resumes(tmp_path / "cvs", 24)
    databases = []
    try:
        settings = {}
        for engine in ("local", "ray"):
            name, url = pg_server.database()
            databases.append(name)
            settings[engine] = replace(settings_for(tmp_path, model_dir, engine), db=url)
        local = _ingest(settings["local"], folder, "local")
        on_ray = _ingest(settings["ray"], folder, "ray", workers=2, batch_size=2)
        assert on_ray["nodes"] == 2
        assert (on_ray["parsed"], on_ray["duplicate"], on_ray["failed"]) == (26, 1, 2)
        for key in ("parsed", "duplicate", "failed", "failures"):
            assert on_ray[key] == local[key]
        expected, got = _outcome(settings["local"]), _outcome(settings["ray"])
        assert got["files"] == expected["files"]
        assert got["vectors"] == expected["vectors"] and len(got["vectors"]) > 100
        on_sqlite = settings_for(tmp_path, model_dir, "sqlite")
        _ingest(on_sqlite, folder, "local")
        assert got == _outcome(on_sqlite)
    finally:
        for name in databases:
            pg_server.drop(name)


def test_a_worker_killed_during_ingest_loses_no_resume(ray_cluster, tmp_path, model_dir):
    folder = write_resumes(tmp_path / "cvs", 160)
    local_settings = settings_for(tmp_path, model_dir, "local")
    ray_settings = settings_for(tmp_path, model_dir, "ray")
    _ingest(local_settings, folder, "local")
    answer: dict = {}
    run = threading.Thread(
        target=lambda: answer.update(_ingest(ray_settings, folder, "ray", workers=2, batch_size=2))
    )
    run.start()
    killed = None
    deadline = time.monotonic() + 300
    while run.is_alive() and killed is None and time.monotonic() < deadline:
        done = _recorded(ray_settings.db)
        workers = our_processes("_RayParseEmbed")
        if done >= 4 and workers:
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)  # a worker we started, by its id
        time.sleep(0.02)
    run.join(300)
    assert killed is not None and not run.is_alive()
    assert (
        not os.path.exists(f"/proc/{killed}")
        or "zombie" in Path(f"/proc/{killed}/status").read_text().lower()
    )
    expected, got = _outcome(local_settings)["files"], _outcome(ray_settings)["files"]
    assert set(got) == set(expected) and len(got) == 165
    lost = [name for name, row in got.items() if row != expected[name]]
    # Retried (Ray Data restarts the actor and resubmits its batch) or failed by name; never
    # left queued or half-parsed.
    for name in lost:
        assert got[name]["status"] == "failed"
        assert got[name]["error"].startswith(LOST.split("(")[0])
    assert answer["parsed"] + answer["duplicate"] + answer["failed"] == 165
    print(f"killed worker {killed}; {len(lost)} files failed by name, the rest retried")


def test_the_local_engine_and_the_web_service_never_import_ray(tmp_path, model_dir):
    folder = write_resumes(tmp_path / "cvs", 2)
    code = (
        "import sys, json\n"
        "from matcher.cli import main\n"
        f"assert main(['ingest', {str(folder)!r}]) == 0\n"
        "from web import create_app\n"
        "create_app()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.'))))\n"
    )
    env = {
        **os.environ,
        "MATCHER_DB": str(tmp_path / "m.db"),
        "MATCHER_UPLOAD_DIR": str(tmp_path / "files"),
        "MATCHER_MODEL_DIR": str(model_dir),
        "PYTHONPATH": ROOT,
    }
    env.pop("MATCHER_ENGINE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert json.loads(lines[-1]) == []
    counts, _ = json.JSONDecoder().raw_decode(done.stdout)  # create_app prints after it
    assert (counts["parsed"], counts["duplicate"], counts["failed"]) == (4, 1, 2)


def test_a_missing_source_is_one_line_and_exit_2(tmp_path):
    env = {**os.environ, "MATCHER_DB": str(tmp_path / "m.db"), "PYTHONPATH": ROOT}
    done = subprocess.run(
        [sys.executable, "-m", "matcher", "ingest", str(tmp_path / "nowhere")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nowhere'}: no such folder or zip file"
    ]


def test_an_unreachable_ray_address_is_one_line_exit_2_and_keeps_nothing(tmp_path):
    folder = write_resumes(tmp_path / "cvs", 2)
    env = {**os.environ, "MATCHER_DB": str(tmp_path / "m.db"), "PYTHONPATH": ROOT}
    env["MATCHER_UPLOAD_DIR"] = str(tmp_path / "files")
    cmd = [sys.executable, "-m", "matcher", "ingest", str(folder), "--engine", "ray"]
    done = subprocess.run(
        [*cmd, "--address", "127.0.0.1:1"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: could not reach the Ray cluster at 127.0.0.1:1 (Connection refused)"
    ]
    assert not (tmp_path / "files").exists()  # nothing was kept before the engine was there
