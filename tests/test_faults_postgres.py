"""PostgreSQL restarted while résumés are being uploaded: every upload the service acknowledged
ends parsed (or failed with its reason) once the worker has run; the uploads the outage refused
were refused with one clear line naming the database, never its password. The server is a real
one (tests/pg_support.py), stopped and started again mid-stream."""

from __future__ import annotations

import threading
import time

from matcher import service
from matcher.errors import StoreError
from matcher.service import processing
from matcher.settings import Settings
from matcher.store import open_store
from tests.fake_encoder import FakeEncoder
from tests.web_support import POSTING


def _resume(i: int) -> bytes:
    return (
        f"姓名：重启{i:04d}（虚构）\n邮箱：restart{i:04d}@example.com\n"
        f"2012-2016 示范大学 本科\n熟练使用 Excel，第 {i} 号简历\n"
    ).encode()


def _upload_until(settings, user, job_id, stop, acked, refused) -> None:
    """One upload per request, each on its own connection as the web service does."""
    i = 0
    while not stop.is_set():
        i += 1
        try:
            store = open_store(settings)
            try:
                batch = service.upload_resumes(store, user, job_id, [(f"r{i}.txt", _resume(i))])
                acked.append(batch["id"])
            finally:
                store.close()
        except StoreError as exc:
            refused.append(str(exc))
            time.sleep(0.05)


def test_a_restart_during_uploads_loses_no_acknowledged_resume(
    pg_server, pg_url, tmp_path, monkeypatch
):
    settings = Settings(db=pg_url, upload_dir=str(tmp_path / "files"), secret_key="k")
    store = open_store(settings)
    rita = store.add_user("rita", "recruiter", "correct horse battery")
    job_id = store.add_job(POSTING, rita["id"], None)["id"]
    store.close()
    acked: list[str] = []
    refused: list[str] = []
    stop = threading.Event()
    uploader = threading.Thread(
        target=_upload_until, args=(settings, rita, job_id, stop, acked, refused)
    )
    uploader.start()
    try:
        deadline = time.monotonic() + 60
        while len(acked) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        before = len(acked)
        pg_server.restart()
        while len(acked) < before + 10 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        uploader.join(timeout=60)
    assert before >= 10 and len(acked) >= before + 10, (before, len(acked), refused[-1:])
    # the outage was seen, as one line naming the database and not its password
    password = pg_url.split(":")[2].split("@")[0]
    assert refused, "the restart refused no upload: it did not land mid-stream"
    assert all("\n" not in r and password not in r for r in refused)
    assert all(pg_url.rsplit("/", 1)[1] in r for r in refused)

    # What the service's worker does when it starts again, with a stand-in embedding model.
    store = open_store(settings)
    fake = FakeEncoder()
    monkeypatch.setattr(processing, "load_embedder", lambda store: fake)
    monkeypatch.setattr(processing, "model_id", lambda store: fake.model_id)
    store.requeue_running()
    processing.run_pending(store)
    for batch_id in acked:
        files = store.get_batch(job_id, batch_id)["files"]
        assert len(files) == 1, batch_id
        entry = files[0]
        assert entry["status"] == "parsed" or (entry["status"] == "failed" and entry["error"])
    parsed = sum(store.get_batch(job_id, b)["files"][0]["status"] == "parsed" for b in acked)
    assert parsed == len(acked)  # these are all well-formed résumés
    assert len(set(store.candidate_ids(job_id))) >= len(acked)
    store.close()
