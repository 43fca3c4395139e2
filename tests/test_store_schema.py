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
