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
    "open_store",
    "requirements_hash",
]


def open_store(settings: Settings) -> Store:
    """Open (creating and migrating as needed) the store named by settings.db."""
    return SQLiteStore(settings)
