"""Test servers left by a killed session are stopped and removed by the next session; a live
session's server and folders that name no owner are left alone."""

from __future__ import annotations

import os
import subprocess

import psycopg
import pytest

from tests.pg_support import OWNER, PgServer, reap_orphans, unavailable


def _dead_pid() -> int:
    done = subprocess.Popen(["true"])
    done.wait()
    return done.pid


def test_orphaned_server_is_stopped_and_removed(tmp_path, pg_server):
    from matcher import pgserver

    if not isinstance(pg_server, PgServer):
        unavailable(pg_server)
    orphan = tmp_path / "matcher-pg-orphan"
    orphan.mkdir()
    (orphan / OWNER).write_text(str(_dead_pid()))
    url = pgserver.start(orphan, port=0)
    psycopg.connect(url).close()  # it runs
    live = tmp_path / "matcher-pg-live"
    live.mkdir()
    (live / OWNER).write_text(str(os.getpid()))
    hand = tmp_path / "matcher-pg-by-hand"
    hand.mkdir()

    removed = reap_orphans(tmp_path)

    assert removed == [orphan]
    assert not orphan.exists()
    assert live.exists() and hand.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=3).close()
