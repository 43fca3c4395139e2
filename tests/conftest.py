"""Shared fixtures: the real data folder (skipped when absent, required under CI=true)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The Ray tests' cluster talks over 127.0.0.1 only (Ray otherwise picks the machine's address).
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
# The browser tests' Chromium; the environment may point elsewhere (the skip test points nowhere).
CHROMIUM = Path(os.environ.get("MATCHER_TEST_CHROMIUM") or "/usr/bin/chromium")
NO_CHROMIUM = "install Debian's chromium to run the browser tests"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; skip the test when absent, fail under CI=true."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI always has ../shared/data")
        pytest.skip(f"{path} is absent")
    return path


def require_chromium(path: Path = CHROMIUM) -> Path:
    """The Chromium the browser tests drive; without it skip the whole module with one line
    saying how to get it, fail under CI=true (where .ci/run installs it)."""
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI installs Debian's chromium", pytrace=False)
        pytest.skip(NO_CHROMIUM, allow_module_level=True)
    return path


@pytest.fixture
def seed_jd_path() -> Path:
    """The founding example: a scraped collection of Chinese customer-service postings."""
    return shared_path("jds", "000_d1982b6cd2188f0a.txt")


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The folder of built models (MATCHER_MODEL_DIR or var/models); the default model is built
    there first when absent (as `make test` does), so model tests never run without it."""
    from models.build import build_default_model

    folder = Path(os.environ.get("MATCHER_MODEL_DIR") or ROOT / "var" / "models").resolve()
    build_default_model(folder, progress=lambda message: None)
    return folder


def built_models_dir() -> Path:
    """The folder of built models (MATCHER_MODEL_DIR or var/models) when the default model is
    built there; skip the test otherwise, fail under CI=true, where the Makefile builds it."""
    from models.build import DEFAULT_NAME, is_complete

    folder = Path(os.environ.get("MATCHER_MODEL_DIR") or ROOT / "var" / "models").resolve()
    if not is_complete(folder / DEFAULT_NAME):
        if os.environ.get("CI") == "true":
            pytest.fail("the default model is missing; under CI the Makefile builds it")
        pytest.skip("the default model is not built here (python -m matcher build-model)")
    return folder


@pytest.fixture(scope="session")
def default_encoder():
    """The default model behind the embedding cache (in memory); see built_models_dir."""
    from matcher.embed_cache import CachedEncoder
    from models import load_model

    return CachedEncoder(load_model("default", str(built_models_dir())))


@pytest.fixture
def app(tmp_path):
    """A web app on a temporary database with no worker thread and no users; a module that needs
    other limits or seeded data overrides it (an override may ask for this one by name)."""
    from tests.web_support import make_app

    return make_app(tmp_path)


@pytest.fixture
def users(app):
    """The app's recruiter 'rita' and hiring managers 'hank' and 'hana', each with an API token."""
    from tests.web_support import add_users

    return add_users(app)


@pytest.fixture
def store(app):
    """A store on the app's database, closed after the test."""
    from matcher.store import open_store

    opened = open_store(app.config["SETTINGS"])
    yield opened
    opened.close()


# What `make test-fast` leaves out (pytest -m "not slow"): tests that need the real embedding
# model or a browser, and modules that run real server processes (crash tests kill them).
SLOW_FIXTURES = {"model_dir", "default_encoder", "live", "page"}
SERVER_MODULES = {
    "test_attack",
    "test_browser",
    "test_browser_skip",
    "test_contract",
    "test_faults",
    "test_faults_postgres",
}


def pytest_collection_modifyitems(config, items) -> None:
    """Mark as slow every test that asks for the model or a browser, or runs servers."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        if module in SERVER_MODULES or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def ray_cluster():
    """A local Ray cluster: a head node with no CPU (it schedules nothing) and two worker nodes
    of one CPU and a 100 MB object store each, joined by this process (tests/test_ray_*.py).
    Started once per session: a Ray start takes seconds."""
    import ray
    from ray.cluster_utils import Cluster

    from matcher import ray_engine

    cluster = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 0, "object_store_memory": 100 * 1024 * 1024},
    )
    workers = [
        cluster.add_node(num_cpus=1, object_store_memory=100 * 1024 * 1024) for _ in range(2)
    ]
    cluster.wait_for_nodes()
    ray_engine.connect(cluster.address)
    try:
        yield cluster, [node.unique_id for node in workers]
    finally:
        ray.shutdown()
        cluster.shutdown()


# Modules whose tests run on both engines: SQLite (the embedded default) and PostgreSQL.
BOTH_ENGINES = {
    "test_api",
    "test_decisions",
    "test_pool",
    "test_ranking_service",
    "test_recompute",
    "test_service",
    "test_sessions",
    "test_store_attributes",
    "test_store_candidates",
    "test_store_files",
    "test_store_jobs",
    "test_store_users",
}


def pytest_generate_tests(metafunc) -> None:
    """Run each test of a two-engine module once per engine (the `engine` fixture's param)."""
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module in BOTH_ENGINES and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server of this test session (tests/pg_support.py), or the reason there
    is none."""
    from tests.pg_support import PgServer

    try:
        server = PgServer()
    except Exception as exc:  # any failure to start is reported once per test, as a skip
        yield f"{type(exc).__name__}: {exc}".splitlines()[0]
        return
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh PostgreSQL database of its own for a PostgreSQL-only test: its URL."""
    from tests.pg_support import PgServer, unavailable

    if not isinstance(pg_server, PgServer):
        unavailable(pg_server)
    database, url = pg_server.database()
    yield url
    from matcher.store import pgpool

    pgpool.close_all()  # an app's pooled connections (and their threads) end with its database
    pg_server.drop(database)


@pytest.fixture(autouse=True)
def engine(request, monkeypatch) -> str:
    """The store engine of this test: "sqlite", or "postgresql" with a fresh database that
    the test's settings (tests/web_support.settings_for) name."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        monkeypatch.setenv("MATCHER_TEST_DB", request.getfixturevalue("pg_url"))
    return name
