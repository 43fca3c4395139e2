"""The store file: WAL mode, numbered migrations applied once, reopening is harmless."""

from __future__ import annotations

import sqlite_utils

from matcher.store import SQLiteStore, open_store
from matcher.store.schema import MIGRATIONS, migrate, schema_version
from tests.web_support import settings_for


def test_new_file_is_migrated_to_latest_in_wal_mode(tmp_path):
    store = open_store(settings_for(tmp_path))
    assert store.schema_version() == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"users", "jobs", "requirements", "candidates", "matches", "work"} <= set(
        store.db.table_names()
    )
    store.close()


def test_reopening_keeps_rows_and_version(tmp_path):
    settings = settings_for(tmp_path)
    store = open_store(settings)
    store.add_user("rita", "recruiter", "pw")
    store.close()
    again = open_store(settings)
    assert again.schema_version() == len(MIGRATIONS)
    assert [u["name"] for u in again.list_users()] == ["rita"]
    again.close()


def test_migrate_applies_only_newer_steps(tmp_path):
    db = sqlite_utils.Database(tmp_path / "x.db")
    assert schema_version(db) == 0
    assert migrate(db) == len(MIGRATIONS)
    # A second run must not try to create the tables again (it would raise if it did).
    assert migrate(db) == len(MIGRATIONS)


def test_store_is_an_implementation_of_the_protocol(tmp_path):
    from matcher.store.base import Store

    wanted = {n for n in dir(Store) if not n.startswith("_")} - {"settings"}
    missing = sorted(n for n in wanted if not callable(getattr(SQLiteStore, n, None)))
    assert missing == []


def test_v4_fills_in_the_document_of_candidates_stored_before_it(tmp_path):
    import json

    from matcher.store.schema import MIGRATIONS

    db = sqlite_utils.Database(tmp_path / "old.db")
    for number, step in enumerate(MIGRATIONS[:3], start=1):  # a file at version 3
        with db.conn:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    db["jobs"].insert({"id": 1, "title": "t", "language": "zh", "posting": "{}"})
    sentences = [{"text": "五年客服经验"}, {"text": "本科"}]
    db["candidates"].insert(
        {
            "id": 7,
            "job_id": 1,
            "resume": "a.txt",
            "sha256": "0" * 64,
            "text": "x",
            "profile": json.dumps({"sentences": sentences}),
            "created_at": "2026-11-29",
        }
    )
    assert migrate(db) == len(MIGRATIONS)
    assert db.execute("SELECT document FROM candidates WHERE id = 7").fetchone()[0] == (
        "五年客服经验\n本科"
    )


def test_v5_makes_one_pool_and_carries_every_old_candidate_to_its_job(tmp_path):
    """A file at version 4 (a candidate row per job; one file uploaded to two jobs, one person
    uploaded to two jobs in two files): every candidate becomes a pool candidate applying to
    its old job; the two rows of one file, or of one person, become one, with the other's
    applications, decision, match and upload row following it."""
    import json

    db = sqlite_utils.Database(tmp_path / "old.db")
    for number, step in enumerate(MIGRATIONS[:4], start=1):
        with db.conn:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    for job in (1, 2):
        db["jobs"].insert({"id": job, "title": "客服主管", "language": "zh", "posting": "{}"})

    def profile(email: str) -> str:
        fingerprint = {"emails": [email], "phones": [], "text_hash": email}
        return json.dumps({"name": "x", "sentences": [], "fingerprint": fingerprint})

    people = (
        (1, 1, "a" * 64, "lin@example.com"),
        (2, 2, "a" * 64, "lin@example.com"),  # the same file, uploaded to job 2
        (3, 2, "b" * 64, "zhou@example.com"),
        (4, 1, "c" * 64, "zhou@example.com"),  # Zhou again, another file, on job 1
    )
    for cand, job, sha, email in people:
        db["candidates"].insert(
            {
                "id": cand,
                "job_id": job,
                "resume": f"{cand}.txt",
                "sha256": sha,
                "text": "t",
                "profile": profile(email),
                "created_at": f"2026-11-0{cand}",
                "document": "",
            }
        )
    db["decisions"].insert(
        {
            "job_id": 2,
            "candidate_id": 2,
            "decision": "interview",
            "note": "",
            "user": "rita",
            "at": "2026-11-05",
        }
    )
    for cand, job in ((1, 1), (2, 2)):  # the same requirements hash on both jobs
        db["matches"].insert(
            {
                "candidate_id": cand,
                "req_hash": "h",
                "model_id": "m",
                "job_id": job,
                "score": 50.0,
                "knocked_out": 0,
                "result": "{}",
                "created_at": "x",
            }
        )
    db["uploads"].insert(
        {
            "id": 1,
            "batch_id": "b",
            "job_id": 2,
            "position": 0,
            "name": "2.txt",
            "sha256": "a" * 64,
            "status": "parsed",
            "candidate_id": 2,
        }
    )
    assert migrate(db) == len(MIGRATIONS)
    assert [r[0] for r in db.execute("SELECT id FROM candidates ORDER BY id")] == [1, 3]
    assert "job_id" not in db["candidates"].columns_dict
    apps = db.execute("SELECT job_id, candidate_id, source FROM applications ORDER BY 1, 2")
    assert apps.fetchall() == [
        (1, 1, "upload"),
        (1, 3, "upload"),
        (2, 1, "upload"),
        (2, 3, "upload"),
    ]
    assert db.execute("SELECT job_id, candidate_id FROM decisions").fetchall() == [(2, 1)]
    assert db.execute("SELECT job_id, candidate_id FROM matches ORDER BY 1").fetchall() == [
        (1, 1),
        (2, 1),
    ]
    assert db.execute("SELECT candidate_id FROM uploads").fetchall() == [(1,)]
    assert db.execute("SELECT DISTINCT status FROM jobs").fetchall() == [("open",)]
    warm = db.execute("SELECT kind, payload, status FROM work").fetchall()
    assert warm == [("warm", '{"all": true}', "queued")]  # the carried-over pool gets embedded
    db.close()
    store = open_store(settings_for(tmp_path, db=str(tmp_path / "old.db")))
    assert store.get_candidate(1)["jobs"] == [1, 2]
    assert store.candidate_ids(2) == [1, 3] and store.candidate_ids() == [1, 3]
    assert store.get_candidate(3)["jobs"] == [2, 1]
    from matcher.service import run_pending

    assert run_pending(store) == 1
    assert store.db.execute("SELECT status, error FROM work").fetchall() == [("done", None)]
    store.close()
