"""The web service on PostgreSQL shares a pool of connections (MATCHER_DB_POOL): many concurrent
requests are served by at most that many server connections, and a server restarted between
requests is survived (a dropped connection is replaced, not handed to a request). Against the
test session's real server (tests/pg_support.py)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from matcher import service
from matcher.store import open_store, pgpool
from tests.web_support import add_users, make_app

pytestmark = pytest.mark.slow  # runs a PostgreSQL server


class Backends:
    """The server processes connected to one database, sampled every few milliseconds from an
    admin connection of its own (which is not counted)."""

    def __init__(self, url: str):
        self.url, self.database = url, url.rsplit("/", 1)[1]
        self.pids: set[int] = set()
        self.most = 0
        self._stop = threading.Event()

    def __enter__(self) -> Backends:
        self._thread = threading.Thread(target=self._sample)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        sql = (
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"
        )
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self._stop.is_set():
                pids = {r[0] for r in conn.execute(sql, [self.database])}
                self.pids |= pids
                self.most = max(self.most, len(pids))
                time.sleep(0.002)


def _settle(url: str, most: int, wait: float = 10.0) -> None:
    """Wait until at most `most` client connections to the database remain: the server process
    of a connection the set-up closed can take a moment to leave pg_stat_activity on a loaded
    machine, and would be counted as one the requests used."""
    database = url.rsplit("/", 1)[1]
    sql = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend'"
    )
    deadline = time.monotonic() + wait
    with psycopg.connect(url, autocommit=True) as conn:
        while conn.execute(sql, [database]).fetchone()[0] > most:
            if time.monotonic() > deadline:
                return  # the assertion that follows says what is left
            time.sleep(0.02)


@pytest.fixture
def pooled(pg_url, tmp_path):
    """(an app on a fresh PostgreSQL database with a pool of 3, its users, the URL)."""
    app = make_app(tmp_path, db=pg_url, db_pool=3)
    yield app, add_users(app), pg_url
    pgpool.close_all()


def _requests(app, token: str, count: int, threads: int = 12) -> list[int]:
    """`count` GET /api/jobs from `threads` threads at once: the status codes."""
    headers = {"Authorization": f"Bearer {token}"}

    def one(_):
        return app.test_client().get("/api/jobs", headers=headers).status_code

    with ThreadPoolExecutor(threads) as run:
        return list(run.map(one, range(count)))


def test_concurrent_requests_share_a_bounded_number_of_connections(pooled, tmp_path):
    app, users, url = pooled
    _settle(url, 3)
    with Backends(url) as seen:
        codes = _requests(app, users["rita"]["token"], 120)
    assert codes == [200] * 120
    assert 1 <= seen.most <= 3 and len(seen.pids) <= 3  # the same ≤ 3 served all 120

    # Without the pool (0) each request opens a server connection of its own.
    unpooled = make_app(tmp_path / "unpooled", db=url, db_pool=0)
    with Backends(url) as alone:
        assert _requests(unpooled, users["rita"]["token"], 120) == [200] * 120
    assert len(alone.pids) > 3


def test_a_restarted_server_is_survived(pooled, pg_server):
    app, users, url = pooled
    token = users["rita"]["token"]
    with Backends(url) as before:
        assert _requests(app, token, 30, threads=3) == [200] * 30
    pg_server.restart()  # every pooled connection is now dead
    with Backends(url) as after:
        assert _requests(app, token, 30, threads=3) == [200] * 30
    assert after.pids and not after.pids & before.pids  # replaced, within the pool's bound
    assert len(after.pids) <= 3
    # a write after the restart is kept
    headers = {"Authorization": f"Bearer {token}"}
    made = app.test_client().post(
        "/api/jobs", json={"text": "岗位：客服\n要求：本科"}, headers=headers
    )
    assert made.status_code == 201, made.get_data(as_text=True)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM jobs").fetchone()[0] == 1


def test_the_worker_parses_again_after_a_restart(pooled, pg_server, model_dir):
    """The service's worker keeps a connection of its own; after a restart it opens a new one
    instead of failing on the dead one forever, so an upload acknowledged after the restart is
    parsed without restarting the service."""
    from web.worker import Worker

    app, users, url = pooled
    worker = Worker(app.config["SETTINGS"], poll_seconds=0.1).start()
    try:
        time.sleep(1.0)  # its loops are running on their first connections
        pg_server.restart()
        client, headers = app.test_client(), {"Authorization": f"Bearer {users['rita']['token']}"}
        made = client.post("/api/jobs", json={"text": "岗位：客服\n要求：本科"}, headers=headers)
        job_id = made.get_json()["jobs"][0]["id"]
        text = "姓名：复连（虚构）\n邮箱：reconnect@example.com\n2012-2016 示范大学 本科\n".encode()
        # queued for the worker, as the pages' uploads are (the API parses in its request)
        store = open_store(app.config["SETTINGS"])
        try:
            service.upload_resumes(store, users["rita"], job_id, [("r.txt", text)])
        finally:
            store.close()
        worker.wake()
        deadline, status = time.monotonic() + 120, None
        while time.monotonic() < deadline and status != "parsed":
            with psycopg.connect(url) as conn:
                row = conn.execute("SELECT status FROM uploads").fetchone()
            status = row and row[0]
            time.sleep(0.2)
        assert status == "parsed"
    finally:
        worker.stop()
