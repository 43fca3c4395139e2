"""Helpers for the backend tests: an app on a temporary SQLite file, users, logins, a scored
candidate stored without the parsers. Every person here is invented."""

from __future__ import annotations

import os
import re
from pathlib import Path

from matcher.settings import Settings
from matcher.store import open_store

PASSWORD = "correct horse battery"

POSTING = {
    "title": "客服主管 Customer service lead",
    "language": "zh",
    "sections": {"summary": "", "duties": "", "qualifications": "", "other": ""},
    "duties": ["负责客服团队管理"],
    "requirements": [
        {
            "kind": "education",
            "text": "本科及以上学历",
            "must": True,
            "weight": 1.0,
            "min_level": "bachelor",
        },
        {
            "kind": "skill",
            "text": "熟练使用Excel",
            "must": False,
            "weight": 1.0,
            "values": ["Excel"],
        },
    ],
    "flags": [{"kind": "gender", "text": "限女性", "reason": "gender is not a job requirement"}],
}


def settings_for(tmp_path: Path, **overrides) -> Settings:
    """Settings on a fresh database and upload folder under tmp_path."""
    model_dir = Path(__file__).resolve().parent.parent / "var" / "models"
    values = {
        # A test run against PostgreSQL (conftest's `engine`) names a fresh database here.
        "db": os.environ.get("MATCHER_TEST_DB") or str(tmp_path / "matcher.db"),
        "upload_dir": str(tmp_path / "files"),
        "model_dir": str(model_dir),
        "secret_key": "test-secret",
    }
    values.update(overrides)
    return Settings(**values)


def make_app(tmp_path: Path, **overrides):
    """An app with no worker thread (tests run queued work themselves)."""
    from web import create_app

    return create_app(
        {"SETTINGS": settings_for(tmp_path, **overrides), "WORKER": False, "TESTING": True}
    )


def add_users(app) -> dict[str, dict]:
    """recruiter 'rita', hiring managers 'hank' and 'hana'; each with an API token."""
    store = open_store(app.config["SETTINGS"])
    users = {}
    for name, role in (
        ("rita", "recruiter"),
        ("hank", "hiring_manager"),
        ("hana", "hiring_manager"),
    ):
        users[name] = {**store.add_user(name, role, PASSWORD), "token": store.create_token(name)}
    store.close()
    return users


def add_admin(app, users: dict, name: str = "root") -> dict:
    """Add an admin with an API token to users (made by add_users); returns users."""
    store = open_store(app.config["SETTINGS"])
    store.add_user(name, "admin", PASSWORD)
    users[name] = {**store.get_user(name), "token": store.create_token(name)}
    store.close()
    return users


def bearer(user: dict) -> dict:
    """Authorization header for a user made by add_users."""
    return {"Authorization": f"Bearer {user['token']}"}


def csrf_from(html: str) -> str:
    """The CSRF token in a page's form."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    if match is None:
        raise ValueError("no csrf_token field in the page")
    return match.group(1)


def login(client, name: str, password: str = PASSWORD):
    """Log in through the form like a browser; returns the POST response."""
    token = csrf_from(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"username": name, "password": password, "csrf_token": token})


def profile(name: str, email: str, level: str | None, sentences: list[str]) -> dict:
    """A résumé profile in the contract's shape, for tests that do not exercise the parser."""
    return {
        "name": name,
        "emails": [email],
        "phones": [],
        "gender": None,
        "birth": None,
        "education": [],
        "highest_level": level,
        "experience": [],
        "total_years": None,
        "skills": [],
        "languages": [],
        "certificates": [],
        "sentences": [
            {"text": s, "section": "other", "start": 0, "end": len(s)} for s in sentences
        ],
        "fingerprint": {"emails": [email], "phones": [], "text_hash": email, "simhash": 0},
    }


def result(score: float, knocked_out: bool = False, verdict: str = "met") -> dict:
    """A stored evaluation in the CLI candidate shape."""
    return {
        "resume": "x",
        "rank": 0,
        "score": score,
        "knocked_out": knocked_out,
        "requirements": [
            {
                "text": "本科及以上学历",
                "kind": "education",
                "must": True,
                "verdict": verdict,
                "score": 1.0 if verdict == "met" else 0.0,
                "evidence": "2010-2014 示范大学 本科",
                "reason": "bachelor ≥ bachelor",
            }
        ],
    }


def seed(app, users: dict) -> dict:
    """Two jobs (A assigned to hank, B to hana), each with two scored candidates and a kept file."""
    from matcher.service.processing import job_revision

    store = open_store(app.config["SETTINGS"])
    ids: dict = {}
    for label, manager in (("a", "hank"), ("b", "hana")):
        job = store.add_job({**POSTING, "title": f"Job {label}"}, users["rita"]["id"], None)
        store.assign(job["id"], users[manager]["id"])
        ids[f"job_{label}"] = job["id"]
        req_hash, model_id = job_revision(store, store.get_job(job["id"]))
        for n, score in ((1, 40.0), (2, 80.0)):
            text = f"候选人{label}{n} 2010-2014 示范大学 本科 熟练使用Excel"
            sha = store.put_file(f"{label}{n}.txt", text.encode())
            cand = store.add_candidate(
                job["id"],
                f"{label}{n}.txt",
                sha,
                text,
                profile(f"候选人{label}{n}", f"{label}{n}@example.com", "bachelor", [text]),
            )
            store.put_match(job["id"], cand, req_hash, model_id, result(score))
            ids[f"cand_{label}{n}"] = cand
    store.close()
    return ids


def put_results(store, job_id: int, results: dict[int, dict]) -> None:
    """Store evaluations {candidate id: result} under the job's current revision (after its
    requirements changed, or to give a candidate a hand-made result)."""
    from matcher.service.processing import job_revision

    req_hash, model_id = job_revision(store, store.get_job(job_id))
    for cand, evaluation in results.items():
        store.put_match(job_id, cand, req_hash, model_id, evaluation)
