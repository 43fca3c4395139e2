"""Persistent state: users, jobs, files, candidates, matches, decisions, audit, work queue.
`open_store(settings)` is the way in; `Store` is the interface any implementation meets."""

from __future__ import annotations

from matcher.core import DECISIONS, ROLES
from matcher.settings import Settings
from matcher.store.base import Store
from matcher.store.decisions import STAGES
from matcher.store.jobs import requirements_hash
from matcher.store.sqlite import SQLiteStore

__all__ = [
    "DECISIONS",
    "ROLES",
    "SQLiteStore",
    "STAGES",
    "Store",
    "is_postgres_url",
    "open_store",
    "requirements_hash",
]


def is_postgres_url(db: str) -> bool:
    """Whether MATCHER_DB names a PostgreSQL database (a URL) rather than a SQLite file."""
    return str(db).startswith(("postgresql://", "postgres://"))


def open_store(settings: Settings, pooled: bool = False) -> Store:
    """Open (creating and migrating as needed) the store named by settings.db: a PostgreSQL
    database for a postgresql:// URL, else a SQLite file. `pooled` (the web service's
    requests): on PostgreSQL, a connection borrowed from the process's pool of
    settings.db_pool connections instead of one of its own (SQLite needs none)."""
    if is_postgres_url(settings.db):
        from matcher.store.postgres import PostgresStore

        return PostgresStore(settings, pooled=pooled)
    return SQLiteStore(settings)
