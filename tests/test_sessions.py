"""Sessions and API tokens end when they should: user ids are never reused, a session is bound to
the user's credential version (logout, password or role change, removal end every session on
the server), tokens expire and can be listed and revoked. Every person here is invented."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest
import sqlite_utils

from matcher.store import open_store
from matcher.store.schema import MIGRATIONS, migrate
from tests.web_support import PASSWORD, bearer, csrf_from, login, make_app


def _store(app):
    return open_store(app.config["SETTINGS"])


def _logged_in(app, name: str):
    client = app.test_client()
    assert login(client, name).status_code == 302
    assert client.get("/").status_code == 200
    return client


def test_a_removed_users_cookie_does_not_open_the_next_users_account(app):
    store = _store(app)
    old = store.add_user("olga", "recruiter", PASSWORD)
    client = _logged_in(app, "olga")
    cookie = client.get_cookie("session").value
    store.remove_user("olga")
    new = store.add_user("nadia", "admin", PASSWORD)
    store.close()
    assert new["id"] > old["id"]  # AUTOINCREMENT: the removed id is never given out again
    replay = app.test_client()
    replay.set_cookie("session", cookie)
    assert replay.get("/admin/").status_code in (302, 404)
    assert "/login" in replay.get("/").headers.get("Location", "")


def test_ids_stay_unique_after_removing_the_newest_user_and_reopening(app):
    store = _store(app)
    first = store.add_user("u1", "recruiter", PASSWORD)["id"]
    second = store.add_user("u2", "recruiter", PASSWORD)["id"]
    store.remove_user("u2")
    store.close()
    store = _store(app)  # a new connection: the counter is on disk, not in memory
    assert store.add_user("u3", "recruiter", PASSWORD)["id"] > second > first
    store.close()


def test_migration_keeps_users_and_puts_the_counter_above_every_id_still_named(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    for step in MIGRATIONS[:4]:
        with db.conn:
            step(db)
    db.execute("PRAGMA user_version = 4")
    with db.conn:
        db["users"].insert({"id": 3, "name": "kim", "role": "admin", "password_hash": "x"})
        # user 9 was removed, but a job they created still names them
        db["jobs"].insert({"id": 1, "title": "t", "posting": "{}", "created_by": 9})
        db["tokens"].insert({"token_hash": "h", "user_id": 3, "created_at": "2026-01-01T00:00:00Z"})
    assert migrate(db) == len(MIGRATIONS)
    assert db.execute("SELECT name, cred_version FROM users").fetchall() == [("kim", 1)]
    with db.conn:
        new_id = db["users"].insert({"name": "lee", "role": "admin", "password_hash": "y"}).last_pk
    assert new_id == 10
    expires = db.execute("SELECT expires_at FROM tokens").fetchone()[0]
    assert expires > "2026-01-01"  # an old token gets the default term from the upgrade on


@pytest.mark.parametrize("change", ["logout", "password", "role"])
def test_a_copied_cookie_is_refused_after_logout_password_or_role_change(app, change):
    store = _store(app)
    store.add_user("rosa", "recruiter", PASSWORD)
    store.close()
    client = _logged_in(app, "rosa")
    page = client.get("/").get_data(as_text=True)
    token = csrf_from(page)
    cookie = client.get_cookie("session").value
    if change == "logout":
        assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    else:
        store = _store(app)
        if change == "password":
            store.set_password("rosa", "another long password")
        else:
            store.set_role("rosa", "hiring_manager")
        store.close()
    replay = app.test_client()
    replay.set_cookie("session", cookie)
    assert replay.get("/").status_code == 302  # to the login page
    # a form post with the old cookie and its CSRF token changes nothing
    posted = replay.post("/jobs/new", data={"csrf_token": token, "text": "Java 开发工程师"})
    assert posted.status_code in (302, 400) and "/login" in posted.headers.get("Location", "/login")
    store = _store(app)
    assert store.job_ids() == []
    store.close()


def test_logging_in_again_after_logout_works(app):
    store = _store(app)
    store.add_user("rosa", "recruiter", PASSWORD)
    store.close()
    client = _logged_in(app, "rosa")
    client.post("/logout", data={"csrf_token": csrf_from(client.get("/").get_data(as_text=True))})
    assert client.get("/").status_code == 302
    assert _logged_in(app, "rosa").get("/").status_code == 200


def test_tokens_expire_are_listed_and_revoked(app):
    store = _store(app)
    store.add_user("tina", "recruiter", PASSWORD)
    user = {"token": store.create_token("tina")}
    second = {"token": store.create_token("tina", days=1)}
    tokens = store.list_tokens("tina")
    assert [t["expired"] for t in tokens] == [False, False]
    assert "token" not in tokens[0] and "token_hash" not in tokens[0]
    client = app.test_client()
    assert client.get("/api/jobs", headers=bearer(user)).status_code == 200
    # expiry: the token's term is over
    with store.db.conn:
        store.db.execute(
            "UPDATE tokens SET expires_at = '2020-01-01T00:00:00Z' WHERE id = ?", [tokens[0]["id"]]
        )
    assert client.get("/api/jobs", headers=bearer(user)).status_code == 401
    assert store.list_tokens("tina")[0]["expired"] is True
    # revoke one by id, then all
    assert client.get("/api/jobs", headers=bearer(second)).status_code == 200
    assert store.revoke_tokens("tina", tokens[1]["id"]) == 1
    assert client.get("/api/jobs", headers=bearer(second)).status_code == 401
    with pytest.raises(Exception, match="no token"):
        store.revoke_tokens("tina", tokens[1]["id"])
    store.create_token("tina")
    assert store.revoke_tokens("tina") == 2 and store.list_tokens("tina") == []
    store.close()


def test_token_lifetime_comes_from_the_setting(tmp_path):
    app = make_app(tmp_path, token_days=7)
    store = _store(app)
    store.add_user("tom", "recruiter", PASSWORD)
    store.create_token("tom")
    got = store.list_tokens("tom")[0]
    made = datetime.fromisoformat(got["created_at"].replace("Z", "+00:00"))
    ends = datetime.fromisoformat(got["expires_at"].replace("Z", "+00:00"))
    assert round((ends - made).total_seconds() / 86400) == 7
    store.close()


def test_admin_page_lists_and_revokes_tokens(app):
    store = _store(app)
    store.add_user("boss", "admin", PASSWORD)
    store.add_user("tina", "recruiter", PASSWORD)
    user = {"token": store.create_token("tina")}
    token_id = store.list_tokens("tina")[0]["id"]
    store.close()
    client = _logged_in(app, "boss")
    page = client.get("/admin/").get_data(as_text=True)
    assert f'data-token="{token_id}"' in page and user["token"] not in page
    done = client.post(
        "/admin/tokens/revoke",
        data={"csrf_token": csrf_from(page), "name": "tina", "token": str(token_id)},
    )
    assert done.status_code == 302
    assert app.test_client().get("/api/jobs", headers=bearer(user)).status_code == 401
    assert f'data-token="{token_id}"' not in client.get("/admin/").get_data(as_text=True)


def test_cli_token_tokens_and_revoke(tmp_path):

    env = {**os.environ, "MATCHER_DB": str(tmp_path / "cli.db"), "MATCHER_TOKEN_DAYS": "30"}

    def run(*args, stdin=""):
        return subprocess.run(
            [sys.executable, "-m", "matcher", "users", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    assert run("add", "cleo", "--role", "recruiter", stdin=PASSWORD + "\n").returncode == 0
    first = json.loads(run("token", "cleo").stdout)
    again = run("token", "cleo")
    second = json.loads(again.stdout)
    assert second["other_active_tokens"] == [first["id"]]
    assert "other active token" in again.stderr  # an old token is never kept silently
    listed = json.loads(run("tokens", "cleo").stdout)["tokens"]
    assert [t["id"] for t in listed] == [first["id"], second["id"]]
    assert first["token"] not in json.dumps(listed)
    assert json.loads(run("revoke", "cleo", str(first["id"])).stdout)["revoked"] == 1
    missing = run("revoke", "cleo", str(first["id"]))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert json.loads(run("revoke", "cleo").stdout)["revoked"] == 1
    assert json.loads(run("tokens", "cleo").stdout)["tokens"] == []
