"""The SQLite implementation of the store: one file, WAL mode, migrated on open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from matcher.errors import StoreError
from matcher.settings import Settings
from matcher.store import schema
from matcher.store.attributes import AttributesMixin
from matcher.store.audit import AuditMixin
from matcher.store.candidates import CandidatesMixin
from matcher.store.damage import decode_text
from matcher.store.decisions import DecisionsMixin
from matcher.store.files import FilesMixin
from matcher.store.jobs import JobsMixin
from matcher.store.matches import MatchesMixin
from matcher.store.rankers import RankersMixin
from matcher.store.talent import TalentMixin
from matcher.store.users import UsersMixin
from matcher.store.vectors import VectorTable
from matcher.store.work import WorkMixin


class SQLiteStore(
    UsersMixin,
    JobsMixin,
    FilesMixin,
    CandidatesMixin,
    TalentMixin,
    MatchesMixin,
    RankersMixin,
    DecisionsMixin,
    AuditMixin,
    AttributesMixin,
    WorkMixin,
):
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

    @staticmethod
    def now() -> str:
        """The current UTC time as ISO 8601 seconds."""
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def vectors(self) -> VectorTable:
        """The cached embedding vectors (what matcher.embed_cache.CachedEncoder keeps them in)."""
        return VectorTable(self.db)

    def schema_version(self) -> int:
        """The migration the file is at."""
        return schema.schema_version(self.db)

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()
