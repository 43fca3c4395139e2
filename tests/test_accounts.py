"""Passwords: a user changes their own on a page (current one first), the CLI sets one from stdin,
an admin resets one; refusals are codes said in the reader's language; each change is audited."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from matcher.errors import PasswordError, PermissionDeniedError
from matcher.service.accounts import change_password, reset_password
from tests.conftest import ROOT
from tests.web_support import PASSWORD, add_users, csrf_from, login


@pytest.fixture
def app(app):
    """The shared app with its users."""
    app.config["USERS"] = add_users(app)
    return app


def test_the_service_checks_the_current_password_length_and_repeat(app, store):
    hank = app.config["USERS"]["hank"]
    for args, code in [
        (("wrong", "a-new-password", "a-new-password"), "wrong_current"),
        ((PASSWORD, "short", "short"), "too_short"),
        ((PASSWORD, "a-new-password", "another-one"), "mismatch"),
        ((PASSWORD, PASSWORD, PASSWORD), "unchanged"),
    ]:
        with pytest.raises(PasswordError) as err:
            change_password(store, hank, *args)
        assert err.value.code == code
    change_password(store, hank, PASSWORD, "a-new-password", "a-new-password")
    assert store.check_password("hank", "a-new-password") is not None
    assert store.check_password("hank", PASSWORD) is None
    assert [a["action"] for a in store.audit_lines()] == ["password_changed"]
    with pytest.raises(PermissionDeniedError):  # only an admin resets
        reset_password(store, app.config["USERS"]["rita"], "hank", "rita-chose-this")


@pytest.mark.parametrize(
    ("lang", "message"), [("zh", "当前密码不正确。"), ("en", "The current password is wrong.")]
)
def test_the_page_changes_the_password_and_says_why_not_in_the_pages_language(app, lang, message):
    client = app.test_client()
    login(client, "rita")
    client.set_cookie("lang", lang)
    page = client.get("/account/password").get_data(as_text=True)
    form = {"csrf_token": csrf_from(page), "current": "nope", "new": "x" * 9, "repeat": "x" * 9}
    refused = client.post("/account/password", data=form)
    assert refused.status_code == 400 and message in refused.get_data(as_text=True)
    form.update(current=PASSWORD)
    assert client.post("/account/password", data=form).status_code == 302
    fresh = app.test_client()
    assert login(fresh, "rita", "x" * 9).status_code == 302
    assert login(app.test_client(), "rita").status_code == 401


def test_login_errors_are_in_the_pages_language(app):
    client = app.test_client()
    client.set_cookie("lang", "zh")
    page = client.get("/login").get_data(as_text=True)
    data = {"csrf_token": csrf_from(page), "username": "rita", "password": "nope"}
    assert "用户名或密码错误" in client.post("/login", data=data).get_data(as_text=True)


def test_an_admin_resets_a_password_on_the_admin_page(app, store):
    store.add_user("root", "admin", PASSWORD)
    client = app.test_client()
    login(client, "root")
    page = client.get("/admin/").get_data(as_text=True)
    data = {"csrf_token": csrf_from(page), "name": "hank", "password": "set-by-root"}
    assert client.post("/admin/users/password", data=data).status_code == 302
    assert store.check_password("hank", "set-by-root") is not None
    line = store.audit_lines()[-1]
    assert (line["action"], line["actor"]) == ("password_reset", "root")


def test_cli_passwd_reads_the_password_from_stdin(app, store):
    env = {**os.environ, "MATCHER_DB": str(app.config["SETTINGS"].db)}

    def passwd(name: str, password: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "matcher", "users", "passwd", name]
        return subprocess.run(
            cmd, input=password + "\n", env=env, cwd=ROOT, capture_output=True, text=True
        )

    ok = passwd("hana", "from-the-terminal")
    assert ok.returncode == 0, ok.stderr
    assert store.check_password("hana", "from-the-terminal") is not None
    short = passwd("hana", "short")
    assert short.returncode == 2 and short.stderr.count("\n") == 1 and "at least 8" in short.stderr
    missing = passwd("nobody", "long-enough-pw")
    assert missing.returncode == 2 and "nobody" in missing.stderr


def test_admin_adding_a_user_with_a_short_password_is_told_why_in_chinese(app, store):
    store.add_user("root", "admin", PASSWORD)
    client = app.test_client()
    login(client, "root")
    client.set_cookie("lang", "zh")
    page = client.get("/admin/").get_data(as_text=True)
    data = {"csrf_token": csrf_from(page), "name": "newbie", "role": "recruiter", "password": "abc"}
    shown = client.post("/admin/users", data=data, follow_redirects=True).get_data(as_text=True)
    assert "密码至少需要 8 个字符。" in shown
    assert "newbie" not in [u["name"] for u in store.list_users()]
