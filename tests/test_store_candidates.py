"""Files kept by sha256, upload batches, candidates, matches per revision and model,
decisions, the audit trail and the work queue."""

from __future__ import annotations

from pathlib import Path

import pytest

from matcher.errors import NotFoundError
from matcher.store import open_store
from tests.web_support import POSTING, profile, result, settings_for


@pytest.fixture
def store(tmp_path):
    s = open_store(settings_for(tmp_path))
    yield s
    s.close()


def test_files_are_kept_once_by_content(store, tmp_path):
    sha = store.put_file("a.txt", b"hello")
    assert store.put_file("b.txt", b"hello") == sha
    assert store.get_file(sha) == b"hello"
    assert (tmp_path / "files" / sha[:2] / sha).read_bytes() == b"hello"
    assert store.db["files"].count == 1
    store.delete_file(sha)
    assert not Path(tmp_path / "files" / sha[:2] / sha).exists()
    with pytest.raises(NotFoundError):
        store.get_file(sha)


def test_batch_reports_each_file(store):
    job = store.add_job(POSTING, None, None)["id"]
    sha = store.put_file("a.txt", b"x")
    batch = store.add_batch(job, 1, [("a.txt", sha, None), ("big.pdf", None, "big.pdf: too big")])
    got = store.get_batch(job, batch)
    assert [(f["name"], f["status"]) for f in got["files"]] == [
        ("a.txt", "queued"),
        ("big.pdf", "failed"),
    ]
    assert got["files"][1]["error"] == "big.pdf: too big" and not got["finished"]
    first = store.batch_uploads(batch)[0]
    assert store.claim_upload(first["id"]) and not store.claim_upload(first["id"])
    store.requeue_running()  # a restart puts a half-parsed file back in the queue
    assert store.claim_upload(first["id"])
    store.set_upload(first["id"], status="parsed")
    assert store.get_batch(job, batch)["finished"]
    with pytest.raises(NotFoundError):
        store.get_batch(job + 1, batch)


def test_matches_are_kept_per_revision_and_model(store):
    job = store.add_job(POSTING, None, None)["id"]
    cand = store.add_candidate(
        job, "a.txt", "sha", "text", profile("甲", "a@example.com", None, [])
    )
    store.put_match(job, cand, "h1", "m1", result(50.0))
    store.put_match(job, cand, "h1", "m1", result(60.0))  # same key: replaced
    store.put_match(job, cand, "h2", "m1", result(70.0))
    assert store.get_matches(job, "h1", "m1")[cand]["score"] == 60.0
    assert store.get_matches(job, "h1", "m2") == {}
    assert store.drop_stale_matches(job, "h2", "m1") == 1
    assert store.get_matches(job, "h1", "m1") == {}


def test_decisions_and_deleting_a_candidate(store):
    job = store.add_job(POSTING, None, None)["id"]
    cand = store.add_candidate(
        job, "a.txt", "sha", "text", profile("甲", "a@example.com", None, [])
    )
    store.add_decision(job, cand, "shortlist", "good", "hank")
    store.add_decision(job, cand, "interview", "", "hank")
    assert [d["decision"] for d in store.list_decisions(cand)] == ["shortlist", "interview"]
    assert store.latest_decisions(job) == {cand: "interview"}
    with pytest.raises(ValueError, match="shortlist, interview, reject"):
        store.add_decision(job, cand, "hire", "", "hank")
    store.put_match(job, cand, "h", "m", result(10.0))
    store.delete_candidate(cand)
    assert store.list_decisions(cand) == [] and store.get_matches(job, "h", "m") == {}
    with pytest.raises(NotFoundError):
        store.get_candidate(cand)


def test_work_queue_survives_a_restart(store, tmp_path):
    first = store.enqueue("recompute", {"job_id": 1})
    assert store.enqueue("recompute", {"job_id": 1}) == first  # not queued twice
    item = store.claim_work()
    assert item["payload"] == {"job_id": 1} and store.claim_work() is None
    # The process dies while the item runs; the next start puts it back in the queue.
    again = open_store(settings_for(tmp_path))
    assert again.requeue_running() == 1
    assert again.claim_work()["id"] == first
    again.finish_work(first, error="boom")
    assert again.pending_work() == []
    again.close()


def test_audit_lines_are_kept(store):
    store.audit("erase_candidate", "admin", "candidate 7", "job 1")
    assert [(a["action"], a["subject"]) for a in store.audit_lines()] == [
        ("erase_candidate", "candidate 7")
    ]


def test_candidate_pool_reads_profiles_and_documents_lazily(store):
    from matcher.resume.sentences import document

    job = store.add_job(POSTING, None, None)["id"]
    people = [
        profile(f"Person {i}", f"p{i}@example.org", None, [f"line {i} a", f"line {i} b"])
        for i in range(5)
    ]
    ids = [store.add_candidate(job, f"{i}.txt", f"{i:064x}", "x", p) for i, p in enumerate(people)]
    pool = store.candidate_pool(ids[::-1])  # any order the caller asks for is kept
    assert len(pool) == 5 and pool.names() == [str(i) for i in ids[::-1]]
    assert pool[0] == (str(ids[-1]), people[-1])
    assert pool[1:3] == [(str(ids[3]), people[3]), (str(ids[2]), people[2])]
    assert pool.take([4, 0]) == [(str(ids[0]), people[0]), (str(ids[4]), people[4])]
    assert pool.documents(0, 2) == [document(people[4]), document(people[3])]
    assert document(people[0]) == "line 0 a\nline 0 b"
    # erased while a shortlist runs: an empty profile, never another person's or an error
    store.delete_candidate(ids[2])
    name, gone = pool[2]
    assert name == str(ids[2]) and gone["sentences"] == [] and gone["erased"] is True
    assert pool.documents(2, 3) == [""]


def test_rank_over_a_store_pool_equals_rank_over_the_profiles(store):
    from matcher.match import rank
    from tests.fake_encoder import FakeEncoder

    job = store.add_job(POSTING, None, None)["id"]
    lines = [
        "本科学历，五年客服主管经验",
        "高中学历",
        "熟悉Excel",
        "负责客服团队管理和培训",
        "销售",
    ]
    people = [
        profile(f"P{i}", f"p{i}@example.org", "bachelor" if i % 2 else "high_school", [t, "备注"])
        for i, t in enumerate(lines)
    ]
    ids = [store.add_candidate(job, f"{i}.txt", f"{i:064x}", "x", p) for i, p in enumerate(people)]
    pairs = [(str(i), p) for i, p in zip(ids, people, strict=True)]
    encoder = FakeEncoder()
    for above in (None, 2):  # scored whole, and pre-filtered to 2 (documents from the column)
        expected = rank(POSTING, pairs, encoder, retrieve_above=above)
        assert rank(POSTING, store.candidate_pool(ids), encoder, retrieve_above=above) == expected
    assert sum(1 for c in expected if c.get("screened_out")) == 3


def test_candidate_heads_carry_what_duplicate_checks_and_lists_need(store):
    job = store.add_job(POSTING, None, None)["id"]
    a = profile("Lin Yue", "lin.yue@example.org", None, ["客服主管"])
    b = profile("Zhou Ming", "zhou.ming@example.org", None, ["销售"])
    first = store.add_candidate(job, "lin.pdf", "a" * 64, "x", a)
    second = store.add_candidate(job, "zhou.txt", "b" * 64, "y", b)
    heads = store.candidate_heads(job)
    assert heads == [
        {
            "id": first,
            "resume": "lin.pdf",
            "sha256": "a" * 64,
            "name": "Lin Yue",
            "fingerprint": a["fingerprint"],
        },
        {
            "id": second,
            "resume": "zhou.txt",
            "sha256": "b" * 64,
            "name": "Zhou Ming",
            "fingerprint": b["fingerprint"],
        },
    ]
    assert [h["id"] for h in store.candidate_heads(job, first)] == [second]
    other = store.add_job(POSTING, None, None)["id"]
    assert store.candidate_heads(other) == []
