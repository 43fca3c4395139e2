"""Faults: a real process killed with SIGKILL in the middle of a bulk upload or of parsing leaves
the database whole and consistent, keeps every file it acknowledged, and a restart finishes the
work. The worker script is written by the test; it reports progress on stdout so the kill lands
at a known point. Every résumé here is invented."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAVE_PARSER = importlib.util.find_spec("matcher.resume") is not None

SCRIPT = textwrap.dedent(
    """
    import os
    import sys
    import time
    from matcher import service
    from matcher.service import processing
    from matcher.settings import Settings
    from matcher.store import open_store
    from tests.web_support import POSTING

    db, files, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    store = open_store(Settings(db=db, upload_dir=files, secret_key="k"))
    if os.environ.get("FAKE_MODEL"):
        # A quick stand-in for the embedding model; its id says which "model" scored a match.
        from tests.fake_encoder import FakeEncoder

        fake = FakeEncoder(model_id="fake-" + os.environ["FAKE_MODEL"])
        processing.load_embedder = lambda store: fake
        processing.model_id = lambda store: fake.model_id

    def say(line):
        sys.stdout.write(line + "\\n")
        sys.stdout.flush()

    def resume(i):
        return (
            f"姓名：测试{i:04d}（虚构）\\n邮箱：person{i:04d}@example.com\\n"
            f"2010-2014 示范大学 本科\\n熟练使用 Excel，第 {i} 号简历\\n"
        ).encode()

    if mode == "setup":
        user = store.add_user("rita", "recruiter", "correct horse battery")
        job = store.add_job(POSTING, user["id"], None)
        say(f"ready {job['id']}")
    else:
        user = [u for u in store.list_users() if u["name"] == "rita"][0]
        user = {"id": user["id"], "name": "rita", "role": "recruiter"}
        job_id = store.db.execute("SELECT min(id) FROM jobs").fetchone()[0]
    if mode == "sequential":
        # One acknowledged upload after another, like many small requests.
        for i in range(100000):
            batch = service.upload_resumes(store, user, job_id, [(f"r{i:05d}.txt", resume(i))])
            say(f"acked {i} {batch['id']}")
    elif mode == "bulk":
        # One request with many files: signal after each kept file, die inside the request.
        put = store.put_file
        def put_and_say(name, data):
            sha = put(name, data)
            say(f"kept {name}")
            return sha
        store.put_file = put_and_say
        service.upload_resumes(store, user, job_id, [(f"b{i:05d}.txt", resume(50000 + i)) for i in range(400)])
        say("done")
    elif mode == "parse":
        parse = processing.parse_upload
        def parse_and_say(*args, **kwargs):
            parse(*args, **kwargs)
            say("parsed")
        processing.parse_upload = parse_and_say
        processing.run_pending(store)
        say("done")
    elif mode == "rescore":
        # The admin switched the model: every job is re-scored; signal after each stored match.
        put = store.put_match
        def put_and_say(*args, **kwargs):
            put(*args, **kwargs)
            say("scored")
            time.sleep(0.05)  # scoring is quick here: leave the kill time to land mid-way
        store.put_match = put_and_say
        service.reembed(store, {**user, "role": "admin"})
        processing.run_pending(store)
        say("done")
    elif mode == "restart":
        # What the service's worker does when it starts.
        store.requeue_running()
        say(f"removed {store.remove_orphan_files()}")
        processing.run_pending(store)
        say("done")
    """
)


def _run(
    tmp: Path, mode: str, kill_after: int | None = None, model: str | None = None
) -> list[str]:
    """Run the script in `mode` (with the fake embedding model `model`, if given); SIGKILL it
    after `kill_after` progress lines. Its lines."""
    script = tmp / "worker.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if model:
        env["FAKE_MODEL"] = model
    args = [sys.executable, str(script), str(tmp / "m.db"), str(tmp / "files"), mode]
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line.strip())
            if kill_after is not None and len(lines) >= kill_after:
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if kill_after is None:
        assert proc.returncode == 0, (mode, lines[-3:])
    else:
        assert proc.returncode == -signal.SIGKILL, (mode, proc.returncode, lines[-3:])
    return lines


def _check_consistent(db_path: Path) -> sqlite3.Connection:
    """integrity_check passes and no row points at something missing."""
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for sha, path in conn.execute("SELECT sha256, path FROM files"):
        data = Path(path).read_bytes()  # every indexed file exists whole under its sha
        assert hashlib.sha256(data).hexdigest() == sha
    dangling = conn.execute(
        "SELECT count(*) FROM uploads WHERE sha256 IS NOT NULL"
        " AND sha256 NOT IN (SELECT sha256 FROM files)"
    ).fetchone()[0]
    assert dangling == 0, "an upload refers to a file that is not kept"
    no_file = conn.execute(
        "SELECT count(*) FROM candidates WHERE sha256 NOT IN (SELECT sha256 FROM files)"
    ).fetchone()[0]
    assert no_file == 0, "a candidate without its file"
    bad_parsed = conn.execute(
        "SELECT count(*) FROM uploads WHERE status = 'parsed'"
        " AND candidate_id NOT IN (SELECT id FROM candidates)"
    ).fetchone()[0]
    assert bad_parsed == 0, "a parsed upload without its candidate"
    not_applied = conn.execute(
        "SELECT count(*) FROM uploads u WHERE u.status IN ('parsed', 'duplicate')"
        " AND u.job_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM applications a WHERE"
        " a.job_id = u.job_id AND a.candidate_id = coalesce(u.candidate_id, u.duplicate_of))"
    ).fetchone()[0]
    assert not_applied == 0, "a candidate uploaded to a job is not its applicant"
    orphan_apps = conn.execute(
        "SELECT count(*) FROM applications WHERE candidate_id NOT IN (SELECT id FROM candidates)"
    ).fetchone()[0]
    assert orphan_apps == 0, "an application of a candidate who is gone"
    empty_batches = conn.execute(
        "SELECT count(*) FROM batches WHERE id NOT IN (SELECT batch_id FROM uploads)"
    ).fetchone()[0]
    assert empty_batches == 0, "a batch row without its uploads (half a transaction)"
    return conn


@pytest.fixture()
def ready(tmp_path) -> Path:
    assert _run(tmp_path, "setup")[0].startswith("ready")
    return tmp_path


def test_kill_during_sequential_uploads_keeps_every_acknowledged_file(ready):
    lines = _run(ready, "sequential", kill_after=40)
    acked = [line.split() for line in lines if line.startswith("acked")]
    assert len(acked) == 40
    conn = _check_consistent(ready / "m.db")
    kept = dict(conn.execute("SELECT name, status FROM uploads").fetchall())
    for _, i, _batch in acked:
        assert f"r{int(i):05d}.txt" in kept, f"acknowledged upload {i} was lost"
    batches = {b for _, _, b in acked}
    stored = {r[0] for r in conn.execute("SELECT id FROM batches")}
    assert batches <= stored
    conn.close()
    # Resumable: a restarted worker parses everything still queued.
    _run(ready, "restart")
    conn = _check_consistent(ready / "m.db")
    waiting = conn.execute(
        "SELECT count(*) FROM uploads WHERE status IN ('queued', 'processing')"
    ).fetchone()[0]
    assert waiting == 0
    if HAVE_PARSER:
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM uploads")}
        assert statuses <= {"parsed", "duplicate"}, statuses


def test_kill_inside_one_bulk_upload_leaves_no_half_batch(ready):
    lines = _run(ready, "bulk", kill_after=60)
    assert "done" not in lines
    conn = _check_consistent(ready / "m.db")
    # The request was never answered: its batch is either absent or whole, never half.
    counts = conn.execute("SELECT count(*) FROM uploads GROUP BY batch_id").fetchall()
    assert all(n == 400 for (n,) in counts), counts
    conn.close()
    # The database still takes the same upload again after the crash.
    _run(ready, "bulk")
    conn = _check_consistent(ready / "m.db")
    counts = [n for (n,) in conn.execute("SELECT count(*) FROM uploads GROUP BY batch_id")]
    assert counts and all(n == 400 for n in counts)


def _files_on_disk(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*") if p.is_file()}


def test_files_a_killed_upload_left_unrecorded_are_removed_at_restart_once_old(ready):
    _run(ready, "sequential", kill_after=5)
    lines = _run(ready, "bulk", kill_after=60)
    assert "done" not in lines
    conn = sqlite3.connect(ready / "m.db")
    referenced = {r[0] for r in conn.execute("SELECT sha256 FROM uploads WHERE sha256 IS NOT NULL")}
    conn.close()
    files = ready / "files"
    (files / "ab").mkdir(exist_ok=True)
    (files / "ab" / ("ab" + "0" * 62 + ".1a2b3c.part")).write_bytes(b"half a write")
    orphans = _files_on_disk(files) - referenced
    assert len(orphans) >= 60, "the kill left no orphan to clean"
    # Fresh files are spared: they could belong to an upload in flight in another process.
    assert "removed 0" in _run(ready, "restart")
    assert _files_on_disk(files) >= orphans | referenced
    # Once older than the clean-up's minimum age, the orphans go and every referenced file stays.
    an_hour_ago = time.time() - 3600
    for path in files.rglob("*"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert f"removed {len(orphans)}" in _run(ready, "restart")
    assert _files_on_disk(files) == referenced
    conn = _check_consistent(ready / "m.db")
    indexed = {r[0] for r in conn.execute("SELECT sha256 FROM files")}
    assert indexed == referenced
    # A file removed as an orphan can be uploaded again: it is written anew.
    _run(ready, "bulk")
    _check_consistent(ready / "m.db")


def test_kill_while_parsing_then_restart_finishes_the_work(ready):
    _run(ready, "sequential", kill_after=30)
    # Kill the parser part-way: some uploads are left 'processing' (claimed, not finished).
    _run(ready, "parse", kill_after=10)
    conn = _check_consistent(ready / "m.db")
    left = conn.execute(
        "SELECT count(*) FROM uploads WHERE status IN ('queued', 'processing')"
    ).fetchone()[0]
    assert left > 0, "the kill came too late to test resuming"
    conn.close()
    _run(ready, "restart")
    conn = _check_consistent(ready / "m.db")
    left = conn.execute(
        "SELECT count(*) FROM uploads WHERE status IN ('queued', 'processing')"
    ).fetchone()[0]
    assert left == 0
    running = conn.execute("SELECT count(*) FROM work WHERE status = 'running'").fetchone()[0]
    assert running == 0
    if HAVE_PARSER:
        # Each file became exactly one candidate, even the one being parsed at the kill.
        n_up = conn.execute("SELECT count(*) FROM uploads").fetchone()[0]
        n_cand = conn.execute("SELECT count(DISTINCT sha256) FROM candidates").fetchone()[0]
        assert n_cand == n_up


def _scored(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT model_id, count(*) FROM matches GROUP BY model_id"))


def test_kill_while_rescoring_for_a_new_model_then_restart_finishes_the_work(ready):
    _run(ready, "sequential", kill_after=30)
    _run(ready, "restart", model="a")  # parsed and scored under model a
    conn = _check_consistent(ready / "m.db")
    n_cand = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
    assert n_cand > 10 and _scored(conn) == {"fake-a": n_cand}
    conn.close()
    # Switch to model b and kill the re-scoring part-way.
    _run(ready, "rescore", kill_after=10, model="b")
    conn = _check_consistent(ready / "m.db")
    scored = _scored(conn)
    assert scored["fake-a"] == n_cand and 10 <= scored["fake-b"] < n_cand, scored
    running = conn.execute("SELECT count(*) FROM work WHERE status = 'running'").fetchone()[0]
    assert running == 1, "the killed re-scoring is not left to resume"
    conn.close()
    # A restart finishes it: every candidate scored under b once, a's results dropped.
    _run(ready, "restart", model="b")
    conn = _check_consistent(ready / "m.db")
    assert _scored(conn) == {"fake-b": n_cand}
    left = conn.execute("SELECT count(*) FROM work WHERE status IN ('queued', 'running')")
    assert left.fetchone()[0] == 0
    conn.close()


def test_the_same_file_uploaded_concurrently_is_kept_once_without_errors(tmp_path):
    """Two recruiters (or a retried request) sending the same résumé at the same moment."""
    import threading

    from matcher.settings import Settings
    from matcher.store import open_store

    settings = Settings(db=str(tmp_path / "m.db"), upload_dir=str(tmp_path / "files"))
    open_store(settings).close()
    errors: list[str] = []
    for trial in range(3):
        data = (f"第{trial}份 同一份简历（虚构）\n".encode()) * 200_000  # ~5 MB: slow to write

        def put(data: bytes = data) -> None:
            store = open_store(settings)
            try:
                store.put_file("same.txt", data)
            except Exception as exc:  # noqa: BLE001 - any error here is the failure
                errors.append(repr(exc))
            finally:
                store.close()

        threads = [threading.Thread(target=put) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        store = open_store(settings)
        assert store.get_file(hashlib.sha256(data).hexdigest()) == data
        store.close()
    assert errors == []
    assert not list((tmp_path / "files").rglob("*.part"))
    _check_consistent(tmp_path / "m.db")


def test_an_old_orphan_uploaded_again_is_spared_by_the_clean_up(tmp_path):
    """A second upload of old content refreshes the file, so a clean-up (in any process) that
    runs before the new upload's rows are written leaves it alone."""
    from matcher.settings import Settings
    from matcher.store import open_store

    store = open_store(Settings(db=str(tmp_path / "m.db"), upload_dir=str(tmp_path / "files")))
    sha = store.put_file("old.txt", "旧的简历（虚构）".encode())
    path = next((tmp_path / "files").rglob(sha))
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    assert store.put_file("again.txt", "旧的简历（虚构）".encode()) == sha
    assert store.remove_orphan_files() == 0 and path.exists()
    os.utime(path, (an_hour_ago, an_hour_ago))
    assert store.remove_orphan_files() == 1 and not path.exists()
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    store.close()
