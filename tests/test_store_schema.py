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
