"""Passwords: a user changes their own (knowing the current one), an admin resets anyone's.
Both go through the store's set_password, the one place a password is replaced (and where the
user's other sessions and credentials are to be ended); both leave an audit line."""

from __future__ import annotations

from matcher.errors import PasswordError
from matcher.service.access import require_role
from matcher.store import Store

MIN_LENGTH = 8


def check_new_password(password: str, repeat: str | None = None) -> None:
    """PasswordError (with its code) unless the new password is long enough and repeated."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise PasswordError("too_short", min=MIN_LENGTH)
    if repeat is not None and repeat != password:
        raise PasswordError("mismatch")


def change_password(store: Store, user: dict, current: str, new: str, repeat: str) -> None:
    """The user's own password, after checking the current one."""
    if store.check_password(user["name"], current or "") is None:
        raise PasswordError("wrong_current")
    check_new_password(new, repeat)
    if new == current:
        raise PasswordError("unchanged")
    store.set_password(user["name"], new)
    store.audit("password_changed", user["name"], f"user {user['id']}")


def reset_password(store: Store, user: dict, name: str, new: str) -> None:
    """Admin only: set another user's password (they are told it out of band)."""
    require_role(user, "admin")
    check_new_password(new)
    target = store.get_user(name)
    store.set_password(name, new)
    store.audit("password_reset", user["name"], f"user {target['id']}")
