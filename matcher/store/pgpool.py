"""Connections the web service shares on PostgreSQL: one psycopg_pool pool per database URL
and size in this process, so a request borrows a connection instead of opening one (a
PostgreSQL connection is a server process: opening one per request costs milliseconds and,
under load, the server's connection limit). A borrowed connection is checked before use, so a
connection the server dropped (a restart, a fail-over) is replaced, never handed to a request."""

from __future__ import annotations

import atexit
import threading

import psycopg
import psycopg_pool

from matcher.errors import StoreError

# Seconds a request waits for a free connection (or for the server to come back) before it is
# refused with a StoreError; a restart of a few seconds is waited out.
WAIT_SECONDS = 30.0
_pools: dict[tuple[str, int], psycopg_pool.ConnectionPool] = {}
_migrated: set[tuple[str, int]] = set()
_lock = threading.Lock()


def pool_for(url: str, size: int) -> psycopg_pool.ConnectionPool:
    """The process's pool of at most `size` autocommit connections to the database at url."""
    key = (url, size)
    with _lock:
        pool = _pools.get(key)
        if pool is None:
            pool = psycopg_pool.ConnectionPool(
                url,
                min_size=1,
                max_size=size,
                kwargs={"autocommit": True, "connect_timeout": 10},
                check=psycopg_pool.ConnectionPool.check_connection,
                timeout=WAIT_SECONDS,
                name=f"matcher-{len(_pools) + 1}",
                open=True,
            )
            _pools[key] = pool
        return pool


def borrow(url: str, size: int, name: str) -> psycopg.Connection:
    """A connection from the pool; a StoreError naming the database (never its password) when
    none comes free or the server does not answer within WAIT_SECONDS."""
    try:
        return pool_for(url, size).getconn()
    except psycopg_pool.PoolTimeout as exc:
        raise StoreError(
            f"cannot connect to the database {name}: no connection of the {size} kept for this "
            f"process came free or could be opened within {WAIT_SECONDS:.0f} s",
            path=name,
        ) from exc


def give_back(url: str, size: int, conn: psycopg.Connection) -> None:
    """Return a borrowed connection (an open transaction is rolled back; a broken connection is
    dropped and replaced by the pool)."""
    pool = _pools.get((url, size))
    if pool is None or pool.closed:
        conn.close()
        return
    pool.putconn(conn)


def migrated(url: str, size: int) -> bool:
    """Whether this process brought the pooled database's schema up to date already (once per
    pool, not once per request)."""
    return (url, size) in _migrated


def mark_migrated(url: str, size: int) -> None:
    """Note that the pooled database's schema is up to date."""
    with _lock:
        _migrated.add((url, size))


def close_all() -> None:
    """Close every pool of this process (at exit, and in tests before a database is dropped)."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
        _migrated.clear()
    for pool in pools:
        pool.close()


atexit.register(close_all)
