"""Users: hashed passwords, roles, tokens kept only as hashes, login-failure counting."""

from __future__ import annotations

import pytest

from matcher.errors import NotFoundError, StoreError
from matcher.store import open_store
from tests.web_support import settings_for


@pytest.fixture
def store(tmp_path):
    s = open_store(settings_for(tmp_path))
    yield s
    s.close()


def test_password_is_hashed_and_checked(store):
    store.add_user("rita", "recruiter", "s3cret-pass")
    row = next(store.db["users"].rows_where("name = ?", ["rita"]))
    assert "s3cret-pass" not in row["password_hash"]
    assert store.check_password("rita", "s3cret-pass")["role"] == "recruiter"
    assert store.check_password("rita", "wrong") is None
    assert store.check_password("nobody", "s3cret-pass") is None


def test_roles_are_checked_and_changed(store):
    with pytest.raises(ValueError, match="hiring_manager"):
        store.add_user("x", "boss", "pw")
    store.add_user("hank", "recruiter", "pw")
    assert store.set_role("hank", "hiring_manager")["role"] == "hiring_manager"
    assert store.list_users() == [{"id": 1, "name": "hank", "role": "hiring_manager"}]
    with pytest.raises(StoreError, match="already exists"):
        store.add_user("hank", "admin", "pw")
    with pytest.raises(ValueError, match="empty password"):
        store.add_user("empty", "admin", "")


def test_token_is_stored_hashed_and_dies_with_the_user(store):
    store.add_user("rita", "recruiter", "pw")
    token = store.create_token("rita")
    assert store.user_for_token(token)["name"] == "rita"
    assert store.user_for_token(token + "x") is None
    stored = [r["token_hash"] for r in store.db["tokens"].rows]
    assert token not in stored and len(stored) == 1
    store.remove_user("rita")
    assert store.user_for_token(token) is None
    with pytest.raises(NotFoundError):
        store.get_user("rita")


def test_login_failures_count_within_window(store):
    store.record_login_failure("rita|127.0.0.1")
    store.record_login_failure("rita|127.0.0.1")
    assert store.login_failures("rita|127.0.0.1", 60) == 2
    assert store.login_failures("rita|10.0.0.2", 60) == 0
    assert store.login_failures("rita|127.0.0.1", 0) == 0
    store.clear_login_failures("rita|127.0.0.1")
    assert store.login_failures("rita|127.0.0.1", 60) == 0
