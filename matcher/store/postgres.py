"""The PostgreSQL implementation of the store (MATCHER_DB=postgresql://…): the same mixins as
SQLite through the PgDatabase seam, the schema created at the current version on first open, and
vectors in pgvector columns (matcher.store.pgvectors)."""

from __future__ import annotations

import psycopg

from matcher.errors import StoreError
from matcher.settings import Settings
from matcher.store import pgpool, schema
from matcher.store.mixins import StoreMethods
from matcher.store.pgdb import PgDatabase
from matcher.store.pgvectors import PgCandidatePool
from matcher.store.pool import CandidatePool


def describe(url: str) -> str:
    """The database a URL names, without its password: user@host:port/dbname."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unreadable URL)"
    where = f"{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}"
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{where}/{parts.get('dbname') or ''}"


def connect(url: str) -> psycopg.Connection:
    """An autocommit connection; a failure is a one-line StoreError naming the database (never
    its password)."""
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        # The server's message may quote the URL's parts, but never the password
        password = psycopg.conninfo.conninfo_to_dict(url).get("password")
        if password:
            reason = reason.replace(str(password), "***")
        raise StoreError(
            f"cannot connect to the database {describe(url)}: {reason}", path=describe(url)
        ) from exc


class PostgresStore(StoreMethods):
    """All persistent state in one PostgreSQL database (`settings.db` is its URL). Pooled (the
    web service's requests, settings.db_pool > 0), it borrows a connection of the process's pool
    (matcher.store.pgpool) and close() gives it back; else it opens a connection of its own."""

    def __init__(self, settings: Settings, pooled: bool = False):
        self.settings = settings
        name = describe(settings.db)
        self._pool_size = int(getattr(settings, "db_pool", 0)) if pooled else 0
        if self._pool_size > 0:
            raw = pgpool.borrow(settings.db, self._pool_size, name)
        else:
            raw = connect(settings.db)
        self.db = PgDatabase(raw, name)
        if self._pool_size > 0 and pgpool.migrated(settings.db, self._pool_size):
            return
        try:
            schema.migrate_postgres(self.db)
        except psycopg.Error as exc:
            self.close()
            raise StoreError(
                f"cannot prepare the database {name}: {exc}".splitlines()[0], path=name
            ) from exc
        if self._pool_size > 0:
            pgpool.mark_migrated(settings.db, self._pool_size)

    def close(self) -> None:
        """Give the connection back to the pool, or close it."""
        if self._pool_size > 0:
            pgpool.give_back(self.settings.db, self._pool_size, self.db.conn.raw)
        else:
            self.db.conn.close()

    def candidate_pool(self, ids: list[int]) -> CandidatePool:
        """These candidates as a lazy (name, profile) sequence; with settings.pool_index its
        pre-filter asks the server for the exact nearest documents (matcher.store.pgvectors),
        else it scans every document as on SQLite."""
        if getattr(self.settings, "pool_index", 0):
            return PgCandidatePool(self.db, ids)
        return CandidatePool(self.db, ids)

    def schema_version(self) -> int:
        """The migration the database is at."""
        from matcher.store import pgschema

        return pgschema.version(self.db)
