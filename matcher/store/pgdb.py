"""The one seam between the store's mixins and PostgreSQL: `PgDatabase` offers the part of
sqlite_utils' Database the mixins use (`execute`, `db[table].insert/insert_all/upsert/update/
rows_where/count`, `with db.conn:` as one transaction) over a psycopg 3 connection, and
`translate` turns their SQLite statements into PostgreSQL ones (`?` and `:name` parameters,
INSERT OR IGNORE, IS ?, LIKE, BEGIN IMMEDIATE). SQLite-only functions the statements call
(json_valid, json_extract) exist in the PostgreSQL schema (matcher.store.pgschema)."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from collections.abc import Iterator

import psycopg

from matcher.errors import StoreError

# Literals are copied as they are; only the SQL between them is rewritten.
_LITERAL = re.compile(r"('(?:[^']|'')*')")
_NAMED = re.compile(r"(?<!:):([A-Za-z_]\w*)")
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", re.IGNORECASE)
_IMMEDIATE = re.compile(r"^\s*BEGIN\s+IMMEDIATE\s*$", re.IGNORECASE)
# SQLite's BEGIN IMMEDIATE takes the one write lock at once; this lock key stands for it, so
# a check-then-insert (add_candidate_unless, orphan file removal) stays race-free on PostgreSQL.
WRITE_LOCK = 0x6D617463  # "matc"


def translate(sql: str) -> str:
    """The statement in PostgreSQL's dialect (psycopg's %s / %(name)s parameters)."""
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql, count=1)
    parts = _LITERAL.split(sql)
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:  # outside literals
            part = re.sub(r"\bIS\s+\?", "IS NOT DISTINCT FROM ?", part, flags=re.IGNORECASE)
            # SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE is what it means there.
            part = re.sub(r"\bLIKE\b", "ILIKE", part)
            part = part.replace("?", "%s")
            part = _NAMED.sub(r"%(\1)s", part)
        parts[i] = part
    out = "".join(parts)
    return out + " ON CONFLICT DO NOTHING" if ignore else out


def _value(value: object) -> object:
    """A parameter as PostgreSQL takes it: containers as JSON text (as sqlite_utils stores them);
    NUL, which a PostgreSQL text cannot hold, as U+FFFD (a damaged byte reads that way)."""
    if isinstance(value, dict | list | tuple):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    return value


def _params(params) -> object:
    if params is None:  # still a list: psycopg reads %% as % only when given parameters
        return []
    if isinstance(params, dict):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


def _names(cols: list[str]) -> str:
    """Column names quoted: a column may be a PostgreSQL keyword (decisions.user)."""
    return ", ".join(f'"{c}"' for c in cols)


class Connection:
    """`db.conn`: sqlite3's transaction behaviour (`with conn:` commits or rolls back whatever
    transaction is open; commit, rollback, in_transaction, close) over an autocommit psycopg
    connection, so statements outside a `with` commit on their own."""

    def __init__(self, raw: psycopg.Connection, name: str = "PostgreSQL"):
        self.raw = raw
        self.name = name  # the database as errors name it (no password)

    def run(self, sql: str, params=None) -> psycopg.Cursor:
        """Run a PostgreSQL statement; a lost or refused connection is a one-line StoreError
        naming the database."""
        try:
            return self.raw.execute(sql, params)
        except psycopg.OperationalError as exc:
            raise self.lost(exc) from exc

    def run_many(self, sql: str, rows: list) -> None:
        """Run a PostgreSQL statement once per parameter row."""
        try:
            with self.raw.cursor() as cur:
                cur.executemany(sql, rows)
        except psycopg.OperationalError as exc:
            raise self.lost(exc) from exc

    def lost(self, exc: Exception) -> StoreError:
        """The StoreError for a connection that failed under a statement."""
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return StoreError(f"the database {self.name} failed: {reason}", path=self.name)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params=None) -> psycopg.Cursor:
        """Run a statement; BEGIN IMMEDIATE opens a transaction holding the write lock."""
        if _IMMEDIATE.match(sql):
            self.begin()
            return self.run("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
        return self.run(translate(sql), _params(params))

    def begin(self) -> None:
        """Open a transaction unless one is open."""
        if not self.in_transaction:
            self.run("BEGIN")

    def commit(self) -> None:
        """Commit the open transaction, if any."""
        if self.in_transaction:
            self.run("COMMIT")

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.in_transaction and not self.raw.closed:
            self.run("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()

    def __enter__(self) -> Connection:
        self.begin()
        return self

    def __exit__(self, kind, value, trace) -> None:
        if kind is None:
            self.commit()
            return
        # A connection that is gone took its transaction with it: the first error is reported.
        with contextlib.suppress(StoreError):
            self.rollback()


class Inserted:
    """What an insert returns: its primary key as `last_pk`."""

    def __init__(self, last_pk: object):
        self.last_pk = last_pk


class Table:
    """`db[name]`: the table operations the mixins use, with sqlite_utils' meaning."""

    def __init__(self, db: PgDatabase, name: str):
        self.db = db
        self.name = name

    @property
    def pks(self) -> list[str]:
        """The primary key columns, read from the catalog once per connection."""
        return self.db.primary_key(self.name)

    def exists(self) -> bool:
        """Whether the table exists."""
        return self.name in self.db.table_names()

    def insert(self, row: dict, ignore: bool = False, replace: bool = False, **_) -> Inserted:
        """Insert one row: its primary key (the generated id for an identity column)."""
        pks = self.pks
        cols = list(row)
        sql = (
            f"INSERT INTO {self.name} ({_names(cols)}) "
            f"VALUES ({', '.join('%s' for _ in cols)}){self._conflict(cols, ignore, replace)} "
            f"RETURNING {', '.join(pks)}"
        )
        got = self.db.conn.run(sql, _params([row[c] for c in cols])).fetchone()
        if got is None:  # ignored: the row was there already
            return Inserted(None)
        return Inserted(got[0] if len(pks) == 1 else tuple(got))

    def insert_all(
        self,
        rows,
        pk=None,
        replace: bool = False,
        ignore: bool = False,
        batch_size: int = 1000,
        **_,
    ) -> Table:
        """Insert many rows (all with the keys of the first), batch_size at a time, in one
        transaction (the caller's, if one is open: it is not committed here)."""
        conn = self.db.conn
        own = contextlib.nullcontext() if conn.in_transaction else conn
        rows = iter(rows)
        with own:  # else autocommit would commit (and sync to disk) row by row
            while batch := list(itertools.islice(rows, batch_size)):
                cols = list(batch[0])
                sql = (
                    f"INSERT INTO {self.name} ({_names(cols)}) VALUES "
                    f"({', '.join('%s' for _ in cols)}){self._conflict(cols, ignore, replace)}"
                )
                conn.run_many(sql, [_params([r.get(c) for c in cols]) for r in batch])
        return self

    def upsert(self, row: dict, pk=None, **_) -> Table:
        """Insert the row or update the one with its primary key."""
        return self.insert_all([row], replace=True)

    def upsert_all(self, rows, pk=None, **_) -> Table:
        """Insert the rows or update those with their primary keys."""
        return self.insert_all(rows, replace=True)

    def _conflict(self, cols: list[str], ignore: bool, replace: bool) -> str:
        if ignore:
            return " ON CONFLICT DO NOTHING"
        if not replace:
            return ""
        pks = self.pks
        rest = [c for c in cols if c not in pks]
        if not rest:
            return " ON CONFLICT DO NOTHING"
        sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in rest)
        return f" ON CONFLICT ({', '.join(pks)}) DO UPDATE SET {sets}"

    def update(self, pk_values, updates: dict | None = None, **_) -> Table:
        """Set these columns of the row with this primary key."""
        keys = pk_values if isinstance(pk_values, list | tuple) else [pk_values]
        cols = list(updates or {})
        if not cols:
            return self
        sets = ", ".join(f'"{c}" = %s' for c in cols)
        where = " AND ".join(f"{c} = %s" for c in self.pks)
        sql = f"UPDATE {self.name} SET {sets} WHERE {where}"
        self.db.conn.run(sql, _params([updates[c] for c in cols] + list(keys)))
        return self

    def rows_where(
        self, where: str | None = None, where_args=None, order_by: str | None = None, **_
    ) -> Iterator[dict]:
        """The rows matching the (SQLite-dialect) condition, as dicts."""
        sql = f"SELECT * FROM {self.name}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        cursor = self.db.execute(sql, where_args)
        names = [d.name for d in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))

    @property
    def rows(self) -> Iterator[dict]:
        """Every row as a dict."""
        return self.rows_where()

    @property
    def count(self) -> int:
        """How many rows the table holds."""
        return self.count_where()

    def count_where(self, where: str | None = None, where_args=None) -> int:
        """How many rows match the condition."""
        sql = f"SELECT count(*) FROM {self.name}" + (f" WHERE {where}" if where else "")
        return self.db.execute(sql, where_args).fetchone()[0]


class PgDatabase:
    """A psycopg connection dressed as the sqlite_utils Database the mixins were written for."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection, name: str = "PostgreSQL"):
        self.conn = Connection(raw, name)
        self._pks: dict[str, list[str]] = {}

    def execute(self, sql: str, params=None) -> psycopg.Cursor:
        """Run a SQLite-dialect statement (see translate): the cursor."""
        return self.conn.execute(sql, params)

    def __getitem__(self, name: str) -> Table:
        return Table(self, name)

    def table_names(self) -> list[str]:
        """The tables of the current schema."""
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        return [r[0] for r in self.conn.run(sql)]

    def primary_key(self, table: str) -> list[str]:
        """The table's primary key columns in key order."""
        if table not in self._pks:
            sql = (
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)"
            )
            self._pks[table] = [r[0] for r in self.conn.run(sql, [table])]
        return self._pks[table]
