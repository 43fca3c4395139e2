"""Limits a hostile upload meets in the service (issue 19): parsing killed past its time or
memory and failed by name while the rest of the batch goes on; text and requirement counts
refused with the reason; the unpacked size counted per request across zips; a DTD refused in
every XML encoding; a restart resuming every unfinished batch; the operator's uploads command.
Every résumé here is invented."""

from __future__ import annotations

import io
import json
import random
import string
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from matcher import service
from matcher.errors import LimitExceededError
from matcher.extract import extract_bytes
from matcher.service.candidates import add_files
from matcher.settings import Settings
from matcher.store import open_store
from tests.hostile_files import docx_bytes, entity_bomb_xml, many_runs_docx
from tests.web_support import POSTING, settings_for

ROOT = Path(__file__).resolve().parent.parent
GOOD = (
    "姓名：林小雨（虚构）\n邮箱：lin.xiaoyu@example.com\n2012-2016 示范大学 本科\n熟练使用 Excel\n"
)
# ~480,000 characters of requirement-like lines: linear now, still seconds of work.
LONG = "".join(f"- Tool{i} experience, 3 years\n" for i in range(16_000))[:480_000]


def _store(tmp_path: Path, **limits):
    store = open_store(settings_for(tmp_path, **limits))
    user = store.add_user("rita", "recruiter", "correct horse battery")
    job = store.add_job(POSTING, user["id"], None)
    return store, user, job["id"]


def _statuses(store, job_id: int, batch_id: str) -> dict[str, dict]:
    return {f["name"]: f for f in store.get_batch(job_id, batch_id)["files"]}


def test_a_file_past_the_time_limit_fails_by_name_and_the_batch_goes_on(tmp_path):
    store, user, job = _store(tmp_path, max_parse_seconds=0.5)
    files = [
        ("a.txt", GOOD.encode()),
        ("slow.txt", LONG.encode()),
        ("b.txt", GOOD.replace("林小雨", "周一鸣").replace("lin.xiaoyu", "zhou").encode()),
    ]
    batch = service.upload_resumes(store, user, job, files, wait=True)
    got = _statuses(store, job, batch["id"])
    assert got["slow.txt"]["status"] == "failed"
    assert got["slow.txt"]["error"] == (
        "slow.txt: parsing took longer than 0.5 s (MATCHER_MAX_PARSE_SECONDS)"
    )
    assert got["a.txt"]["status"] == got["b.txt"]["status"] == "parsed"
    assert len(store.candidate_ids(job)) == 2


def test_a_file_past_the_memory_limit_fails_by_name(tmp_path):
    store, user, job = _store(tmp_path, max_parse_mb=40)
    files = [("runs.docx", many_runs_docx()), ("a.txt", GOOD.encode())]
    batch = service.upload_resumes(store, user, job, files, wait=True)
    got = _statuses(store, job, batch["id"])
    assert got["runs.docx"]["status"] == "failed"
    assert got["runs.docx"]["error"].startswith("runs.docx: ")
    assert (
        "40 MB" in got["runs.docx"]["error"] and "MATCHER_MAX_PARSE_MB" in got["runs.docx"]["error"]
    )
    assert got["a.txt"]["status"] == "parsed"


def test_a_pasted_job_text_is_bounded_like_a_file(tmp_path):
    store, user, _ = _store(tmp_path, max_parse_seconds=0.5)
    with pytest.raises(LimitExceededError, match=r"^pasted text: parsing took longer than 0\.5 s"):
        service.create_jobs_from(store, user, text="任职要求：\n" + LONG)


def test_text_over_the_limit_is_refused_with_the_limit_named(tmp_path):
    store, user, job = _store(tmp_path, max_text_chars=1000)
    with pytest.raises(
        LimitExceededError, match=r"^pasted text: [\d,]+ characters .*limit is 1,000"
    ):
        service.create_jobs_from(store, user, text="任职要求：\n" + "熟悉 Excel。" * 150)
    batch = service.upload_resumes(
        store, user, job, [("long.txt", (GOOD * 20).encode())], wait=True
    )
    error = _statuses(store, job, batch["id"])["long.txt"]["error"]
    assert error.startswith("long.txt: ") and "MATCHER_MAX_TEXT_CHARS" in error


def test_a_job_with_too_many_requirements_is_refused_with_the_reason(tmp_path):
    store, user, job = _store(tmp_path, max_requirements=20)
    text = "任职要求：\n" + "".join(f"{i}. 熟悉 Tool{i} 的使用；\n" for i in range(1, 31))
    with pytest.raises(LimitExceededError, match=r"requirements in one job; the limit is 20"):
        service.create_jobs_from(store, user, text=text)
    reqs = [{"kind": "skill", "text": f"Tool{i}", "must": True} for i in range(21)]
    with pytest.raises(LimitExceededError, match="MATCHER_MAX_REQUIREMENTS"):
        service.replace_requirements(store, user, job, reqs)


def _random_zip(members: dict[str, int], seed: int) -> bytes:
    """A zip of members of `size` random letters each (incompressible: passes the ratio check)."""
    rng = random.Random(seed)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, size in members.items():
            zf.writestr(name, "".join(rng.choices(string.ascii_letters + " \n", k=size)))
    return buf.getvalue()


def test_the_unpacked_total_counts_every_zip_of_one_request(tmp_path):
    store, user, job = _store(tmp_path, max_zip_total_mb=2)
    mb = 1024 * 1024
    zips = [(f"part{i}.zip", _random_zip({f"cv{i}.txt": int(0.9 * mb)}, i)) for i in range(4)]
    batch = service.upload_resumes(store, user, job, zips, wait=False)
    got = store.get_batch(job, batch["id"])["files"]
    refused = [f for f in got if f["status"] == "failed" and "per upload" in (f["error"] or "")]
    assert [f["name"] for f in refused] == ["part2.zip", "part3.zip"]
    assert "MATCHER_MAX_ZIP_TOTAL_MB" in refused[0]["error"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_a_docx_dtd_is_refused_in_every_encoding(encoding):
    data = docx_bytes(entity_bomb_xml(encoding))
    with pytest.raises(Exception, match=r"^bomb\.docx: damaged DOCX: document.xml declares a DTD$"):
        extract_bytes(data, "bomb.docx", Settings())


def test_a_restart_resumes_every_unfinished_batch_without_a_read(tmp_path):
    store, user, job = _store(tmp_path)
    # An API upload keeps its files, then parses them in its request; here it died in between.
    batch_id = add_files(store, user, job, [("a.txt", GOOD.encode())])
    assert store.pending_work() == []  # the request died before parsing: nothing queued
    assert store.requeue_running() == 1  # what the worker does at start
    assert service.run_pending(store) >= 1
    assert _statuses(store, job, batch_id)["a.txt"]["status"] == "parsed"


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {"MATCHER_DB": settings.db, "MATCHER_UPLOAD_DIR": settings.upload_dir, "PATH": "/usr/bin"}
    return subprocess.run(
        [sys.executable, "-m", "matcher", "uploads", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_operator_lists_and_fails_stuck_uploads(tmp_path):
    store, user, job = _store(tmp_path)
    batch_id = add_files(store, user, job, [("stuck.txt", GOOD.encode())])
    listed = json.loads(_cli(store.settings, "list").stdout)["uploads"]
    assert [(u["name"], u["status"], u["batch_id"]) for u in listed] == [
        ("stuck.txt", "queued", batch_id)
    ]
    done = _cli(store.settings, "fail", str(listed[0]["id"]))
    assert done.returncode == 0, done.stderr
    failed = _statuses(store, job, batch_id)["stuck.txt"]
    assert failed["status"] == "failed" and "operator" in failed["error"]
    again = _cli(store.settings, "fail", str(listed[0]["id"]))
    assert again.returncode == 2 and again.stderr.startswith("error: upload ")
    assert json.loads(_cli(store.settings, "list").stdout)["uploads"] == []


def test_a_job_being_scored_does_not_hold_up_uploads_to_another(tmp_path, monkeypatch):
    from matcher.service import processing
    from web.worker import Worker

    store, user, big = _store(tmp_path)
    other = store.add_job(POSTING, user["id"], None)["id"]
    scoring, release = threading.Event(), threading.Event()

    def slow_evaluate(*args, **kwargs):  # a huge job's scoring, held until the test lets go
        scoring.set()
        release.wait(60)
        return []

    monkeypatch.setattr(processing, "_evaluate", slow_evaluate)
    monkeypatch.setattr(processing, "encoder_for", lambda store: None)
    monkeypatch.setattr(processing, "model_id", lambda store: "stand-in")
    monkeypatch.setattr(Worker, "_warm", staticmethod(lambda store: None))
    service.upload_resumes(store, user, big, [("a.txt", GOOD.encode())], wait=True)
    store.enqueue("recompute", {"job_id": big})
    worker = Worker(store.settings, poll_seconds=0.05).start()
    try:
        assert scoring.wait(30)  # the scoring thread is busy with the big job
        # another person (the same file would be a duplicate in the one talent pool)
        second = "姓名：周明（虚构）\n邮箱：zhou.ming@example.com\n2010-2014 示范大学 本科\n熟练使用 Word\n"
        batch = service.upload_resumes(store, user, other, [("b.txt", second.encode())])
        worker.wake()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if _statuses(store, other, batch["id"])["b.txt"]["status"] == "parsed":
                break
            time.sleep(0.05)
        assert _statuses(store, other, batch["id"])["b.txt"]["status"] == "parsed"
        assert not release.is_set()  # parsed while the big job was still being scored
    finally:
        release.set()
        worker.stop()
