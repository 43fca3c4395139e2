"""The SQLite schema as numbered migrations; `migrate` brings any older file up to date."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["users"].create(
        {"id": int, "name": str, "role": str, "password_hash": str, "created_at": str}, pk="id"
    )
    db["users"].create_index(["name"], unique=True)
    db["tokens"].create({"token_hash": str, "user_id": int, "created_at": str}, pk="token_hash")
    db["login_failures"].create({"id": int, "key": str, "at": float}, pk="id")
    db["login_failures"].create_index(["key", "at"])
    db["files"].create(
        {"sha256": str, "name": str, "size": int, "path": str, "created_at": str}, pk="sha256"
    )
    db["drafts"].create(
        {"id": str, "user_id": int, "name": str, "sha256": str, "postings": str, "created_at": str},
        pk="id",
    )
    db["jobs"].create(
        {
            "id": int,
            "title": str,
            "language": str,
            "posting": str,  # JSON: sections, duties, flags (requirements live in their table)
            "source_sha256": str,
            "created_by": int,
            "created_at": str,
        },
        pk="id",
    )
    db["requirements"].create(
        {
            "id": int,
            "job_id": int,
            "position": int,
            "kind": str,
            "text": str,
            "must": int,
            "weight": float,
            "data": str,  # JSON: the typed fields (min_level, values, ...)
        },
        pk="id",
        foreign_keys=[("job_id", "jobs", "id")],
    )
    db["requirements"].create_index(["job_id", "position"])
    db["assignments"].create({"job_id": int, "user_id": int}, pk=("job_id", "user_id"))
    db["batches"].create(
        {"id": str, "job_id": int, "user_id": int, "created_at": str, "finished": int}, pk="id"
    )
    db["uploads"].create(
        {
            "id": int,
            "batch_id": str,
            "job_id": int,
            "position": int,
            "name": str,
            "sha256": str,
            "status": str,
            "error": str,
            "candidate_id": int,
            "duplicate_of": int,
        },
        pk="id",
    )
    db["uploads"].create_index(["batch_id", "position"])
    db["candidates"].create(
        {
            "id": int,
            "job_id": int,
            "resume": str,
            "sha256": str,
            "text": str,
            "profile": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("job_id", "jobs", "id")],
    )
    db["candidates"].create_index(["job_id"])
    db["matches"].create(
        {
            "candidate_id": int,
            "req_hash": str,
            "model_id": str,
            "job_id": int,
            "score": float,
            "knocked_out": int,
            "result": str,
            "created_at": str,
        },
        pk=("candidate_id", "req_hash", "model_id"),
    )
    db["matches"].create_index(["job_id", "req_hash", "model_id"])
    db["decisions"].create(
        {
            "id": int,
            "job_id": int,
            "candidate_id": int,
            "decision": str,
            "note": str,
            "user": str,
            "at": str,
        },
        pk="id",
    )
    db["decisions"].create_index(["candidate_id"])
    db["audit"].create(
        {"id": int, "at": str, "action": str, "actor": str, "subject": str, "detail": str},
        pk="id",
    )
    db["work"].create(
        {
            "id": int,
            "kind": str,
            "payload": str,
            "status": str,
            "error": str,
            "created_at": str,
        },
        pk="id",
    )
    db["work"].create_index(["status", "id"])
    db["meta"].create({"key": str, "value": str}, pk="key")


def _v2(db: sqlite_utils.Database) -> None:
    """The embedding cache's table, made with the schema rather than on first use: two threads
    (the worker and a request) creating it at once failed one with "database is locked"."""
    from matcher.embed_cache import ensure_table

    ensure_table(db)


def _v3(db: sqlite_utils.Database) -> None:
    """Whether a job's flagged conditions (gender, age, ...) are scored: off unless an admin
    turns it on for that job (docs/architecture.md, "Requirement model")."""
    db.execute("ALTER TABLE jobs ADD COLUMN score_flagged INTEGER NOT NULL DEFAULT 0")


def _v4(db: sqlite_utils.Database) -> None:
    """Each candidate's document (the text the large-pool pre-filter embeds, its sentences one
    per line) beside the profile, so a shortlist over many candidates reads strings instead of
    decoding every profile; filled in for the candidates already stored."""
    import json

    from matcher.resume.sentences import document

    db.execute("ALTER TABLE candidates ADD COLUMN document TEXT")
    rows = db.execute("SELECT id, profile FROM candidates").fetchall()
    for cand_id, profile in rows:
        text = document(json.loads(profile))
        db.execute("UPDATE candidates SET document = ? WHERE id = ?", [text, cand_id])


# Every column that holds a user id: a new user's id must lie above all of them, or a row (or a
# session cookie) left by a removed user would belong to the new one.
_USER_ID_COLUMNS = (
    ("users", "id"),
    ("tokens", "user_id"),
    ("assignments", "user_id"),
    ("batches", "user_id"),
    ("drafts", "user_id"),
    ("jobs", "created_by"),
)


def _v5(db: sqlite_utils.Database) -> None:
    """User ids are never reused (AUTOINCREMENT, its counter above every id any row still
    names), each user has a credential version a session is bound to (bumped by logout,
    password or role change), and API tokens get an id, an expiry and a revocation."""
    db.execute(
        "CREATE TABLE users_new (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
        "role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT, "
        "cred_version INTEGER NOT NULL DEFAULT 1)"
    )
    db.execute(
        "INSERT INTO users_new (id, name, role, password_hash, created_at) "
        "SELECT id, name, role, password_hash, created_at FROM users"
    )
    db.execute("DROP TABLE users")
    db.execute("ALTER TABLE users_new RENAME TO users")
    db.execute("CREATE UNIQUE INDEX idx_users_name ON users (name)")
    top = max(
        db.execute(f"SELECT coalesce(max({column}), 0) FROM {table}").fetchone()[0] or 0
        for table, column in _USER_ID_COLUMNS
    )
    db.execute("DELETE FROM sqlite_sequence WHERE name IN ('users', 'users_new')")
    db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('users', ?)", [int(top)])
    db.execute(
        "CREATE TABLE tokens_new (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "token_hash TEXT NOT NULL UNIQUE, user_id INTEGER NOT NULL, created_at TEXT, "
        "expires_at TEXT NOT NULL, last_used_at TEXT)"
    )
    # Tokens made before expiry existed get the default term from now, not from their creation:
    # an upgrade must not lock out the scripts that use them without warning.
    db.execute(
        "INSERT INTO tokens_new (token_hash, user_id, created_at, expires_at) "
        "SELECT token_hash, user_id, created_at, "
        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+90 days') FROM tokens ORDER BY created_at"
    )
    db.execute("DROP TABLE tokens")
    db.execute("ALTER TABLE tokens_new RENAME TO tokens")
    db.execute("CREATE INDEX idx_tokens_user_id ON tokens (user_id)")


def _v6(db: sqlite_utils.Database) -> None:
    """Per-job privacy an admin sets: whether hiring managers see candidates masked by default,
    and whether they may unmask them (off / on: the behaviour before the setting existed)."""
    db.execute("ALTER TABLE jobs ADD COLUMN mask_default INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE jobs ADD COLUMN may_unmask INTEGER NOT NULL DEFAULT 1")


def _v7(db: sqlite_utils.Database) -> None:
    """A failed upload's error as a code with parameters (JSON {"key", "params"}) beside the
    English text, so pages and the API say it in the reader's language."""
    db.execute("ALTER TABLE uploads ADD COLUMN error_code TEXT")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version the file is at (PRAGMA user_version)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Apply every migration newer than the file's version, each in one transaction."""
    version = schema_version(db)
    for number, step in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        with db.conn:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    return schema_version(db)
