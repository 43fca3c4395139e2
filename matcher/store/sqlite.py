"""The SQLite implementation of the store: one file, WAL mode, migrated on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from matcher.errors import StoreError
from matcher.settings import Settings
from matcher.store import schema
from matcher.store.damage import decode_text
from matcher.store.mixins import StoreMethods


class SQLiteStore(StoreMethods):
    """All persistent state in one SQLite file (`settings.db`)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        path = Path(settings.db)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The worker thread and requests write concurrently: wait for the lock, don't fail.
            conn = sqlite3.connect(str(path), timeout=30)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database: {exc}", path=str(path)) from exc
        # A damaged byte in a stored text reads as DamagedText, never as an error quoting it.
        conn.text_factory = decode_text
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        schema.migrate(self.db)

    def schema_version(self) -> int:
        """The migration the file is at."""
        return schema.schema_version(self.db)
