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
    from matcher.store.vectors import ensure_table

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

    from matcher.core import profile_document as document

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


def _v8_talent_pool(db: sqlite_utils.Database) -> None:
    """One pool of candidates per installation (issue 14). A candidate no longer belongs to a
    job: `applications` links (job, candidate), and every old candidate becomes a pool
    candidate attached to its old job. The same file uploaded to several jobs was one candidate
    row per job; those rows, and rows of one person (same e-mail, phone or text), are merged
    into the oldest (its applications, decisions, matches and upload rows follow it). Matches are keyed by job as well, since two jobs with the same
    requirements now score the same candidate. Jobs get a status (open / closed) and a
    reference line that tells jobs with the same title apart."""
    if not db.conn.in_transaction:  # DDL opens none by itself: make the whole step one
        db.execute("BEGIN")
    db.execute(
        "CREATE TABLE applications (job_id INTEGER NOT NULL, candidate_id INTEGER NOT NULL, "
        "source TEXT NOT NULL, added_by INTEGER, created_at TEXT, "
        "PRIMARY KEY (job_id, candidate_id))"
    )
    db.execute("CREATE INDEX idx_applications_candidate ON applications (candidate_id)")
    db.execute(
        "INSERT INTO applications (job_id, candidate_id, source, added_by, created_at) "
        "SELECT job_id, id, 'upload', NULL, created_at FROM candidates WHERE job_id IS NOT NULL"
    )
    db.execute(
        "CREATE TABLE matches_by_job (job_id INTEGER NOT NULL, candidate_id INTEGER NOT NULL, "
        "req_hash TEXT NOT NULL, model_id TEXT NOT NULL, score FLOAT, knocked_out INTEGER, "
        "result TEXT, created_at TEXT, PRIMARY KEY (job_id, candidate_id, req_hash, model_id))"
    )
    db.execute(
        "INSERT OR IGNORE INTO matches_by_job SELECT job_id, candidate_id, req_hash, model_id, "
        "score, knocked_out, result, created_at FROM matches"
    )
    db.execute("DROP TABLE matches")
    db.execute("ALTER TABLE matches_by_job RENAME TO matches")
    db.execute("CREATE INDEX idx_matches_job ON matches (job_id, req_hash, model_id)")
    db.execute("CREATE INDEX idx_matches_candidate ON matches (candidate_id)")
    _merge_duplicates(db)
    db.execute(
        "CREATE TABLE candidates_pool (id INTEGER PRIMARY KEY, resume TEXT, sha256 TEXT, "
        "text TEXT, profile TEXT, created_at TEXT, document TEXT)"
    )
    db.execute(
        "INSERT INTO candidates_pool SELECT id, resume, sha256, text, profile, created_at, "
        "document FROM candidates"
    )
    db.execute("DROP TABLE candidates")
    db.execute("ALTER TABLE candidates_pool RENAME TO candidates")
    db.execute("CREATE INDEX idx_candidates_sha256 ON candidates (sha256)")
    db.execute("CREATE INDEX idx_decisions_job ON decisions (job_id, candidate_id)")
    db.execute("ALTER TABLE jobs ADD COLUMN status TEXT NOT NULL DEFAULT 'open'")
    db.execute("ALTER TABLE jobs ADD COLUMN reference TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE jobs ADD COLUMN updated_at TEXT")
    # Ranking a job against the pool reads each résumé's whole-text vector: the worker embeds
    # those of the candidates carried over (new uploads are embedded as they come).
    db.execute(
        "INSERT INTO work (kind, payload, status, created_at) SELECT 'warm', '{\"all\": true}', "
        "'queued', strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE EXISTS (SELECT 1 FROM candidates)"
    )


def _merge_duplicates(db: sqlite_utils.Database) -> None:
    """Fold candidate rows of one person into the oldest: the same file (sha256) uploaded to
    several jobs, or the same e-mail, phone or text hash (matcher.resume.same_person's exact
    keys; its near-duplicate simhash test is pairwise and is left to the next upload)."""
    import json

    owner: dict[tuple[str, str], int] = {}
    rows = db.execute(
        "SELECT id, sha256, json_extract(profile, '$.fingerprint') FROM candidates ORDER BY id"
    ).fetchall()
    for cand_id, sha, fp in rows:
        fp = json.loads(fp) if fp else {}
        keys = [("file", sha)] if sha else []
        keys += [("email", e) for e in fp.get("emails") or []]
        keys += [("phone", p) for p in fp.get("phones") or []]
        keys += [("text", fp["text_hash"])] if fp.get("text_hash") else []
        keep = next((owner[k] for k in keys if k in owner), None)
        if keep is None:
            for key in keys:
                owner[key] = cand_id
        else:
            _fold(db, keep, cand_id)
            for key in keys:
                owner.setdefault(key, keep)


def _fold(db: sqlite_utils.Database, keep: int, other: int) -> None:
    """Move the other candidate's applications, matches, decisions and upload rows to `keep`
    and remove the other row."""
    for table in ("applications", "matches"):
        db.execute(
            f"UPDATE OR IGNORE {table} SET candidate_id = ? WHERE candidate_id = ?", [keep, other]
        )
        db.execute(f"DELETE FROM {table} WHERE candidate_id = ?", [other])
    db.execute("UPDATE decisions SET candidate_id = ? WHERE candidate_id = ?", [keep, other])
    db.execute("UPDATE uploads SET candidate_id = ? WHERE candidate_id = ?", [keep, other])
    db.execute("UPDATE uploads SET duplicate_of = ? WHERE duplicate_of = ?", [keep, other])
    db.execute("DELETE FROM candidates WHERE id = ?", [other])


def _v9_rankers(db: sqlite_utils.Database) -> None:
    """Learned rankers trained on this installation's decisions (issue 16): each version with
    when and by whom it was trained, on how many decisions and jobs, its cross-validated nDCG@10
    against the verdict score's, whether it was adopted, and the fitted model."""
    db.execute(
        "CREATE TABLE rankers (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, "
        "created_by TEXT NOT NULL, trained_through TEXT, decisions INTEGER NOT NULL, "
        "jobs INTEGER NOT NULL, cv_learned REAL NOT NULL, cv_verdict REAL NOT NULL, "
        "adopted INTEGER NOT NULL, model BLOB NOT NULL)"
    )


# What a résumé states of the person that the adverse-impact report groups by (issue 16).
STATED = ("gender", "birth")


def _v10_stated_attributes(db: sqlite_utils.Database) -> None:
    """Gender and birth are kept apart from the profile: shown only in the adverse-impact report
    and to admins, never read by scoring, erased with the candidate."""
    db.execute(
        "CREATE TABLE candidate_attributes (candidate_id INTEGER PRIMARY KEY, gender TEXT, "
        "birth TEXT)"
    )
    db.execute(
        "INSERT INTO candidate_attributes (candidate_id, gender, birth) SELECT id, "
        "json_extract(profile, '$.gender'), json_extract(profile, '$.birth') FROM candidates "
        "WHERE json_valid(profile)"
    )
    db.execute(
        "UPDATE candidates SET profile = json_remove(profile, '$.gender', '$.birth') "
        "WHERE json_valid(profile)"
    )


def _v11_no_pool_vector_index(db: sqlite_utils.Database) -> None:
    """PostgreSQL: drop the HNSW indexes an earlier version built over the pool vectors (named
    pool_vectors_hnsw_<model hash>). The pre-filter has asked for the exact nearest since (see
    matcher.store.pgvectors), so they were never read, yet every new candidate still paid for
    their upkeep. An index of another name (an operator's) is left alone. SQLite: nothing."""
    if getattr(db, "dialect", "sqlite") != "postgresql":
        return
    from matcher.store.pgvectors import TABLE

    names = db.execute(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ? AND indexname LIKE ?",
        [TABLE, TABLE + "\\_hnsw\\_%"],
    ).fetchall()
    for (name,) in names:
        db.execute(f'DROP INDEX IF EXISTS "{name}"')


# A migration after pgschema.BASELINE runs on PostgreSQL too, given the PgDatabase seam
# (`getattr(db, "dialect", "sqlite")` tells the engines apart where their SQL differs).
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8_talent_pool,
    _v9_rankers,
    _v10_stated_attributes,
    _v11_no_pool_vector_index,
]


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


def migrate_postgres(db) -> int:
    """Create a PostgreSQL database's schema at pgschema.BASELINE when empty, then apply every
    later migration, each in one transaction with its version."""
    from matcher.store import pgschema

    if pgschema.version(db) == 0:
        pgschema.create(db)
    version = pgschema.version(db)
    for number, step in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        with db.conn:
            step(db)
            pgschema.set_version(db, number)
    return pgschema.version(db)
