"""Users, roles, API tokens (kept only as sha256, with an expiry) and the login-failure log for
rate limiting. A user's credential version binds their sessions: bumping it ends them all."""

from __future__ import annotations

import hashlib
import secrets
import time
from datetime import UTC, datetime, timedelta

from werkzeug.security import check_password_hash, generate_password_hash

from matcher.core import ROLES
from matcher.errors import BadRequest, NotFoundError, StoreError

TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # the store's `now()`: such strings compare in time order


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _public(row: dict) -> dict:
    return {"id": row["id"], "name": row["name"], "role": row["role"]}


def check_role(role: str) -> str:
    """The role, or ValueError listing the valid ones."""
    if role not in ROLES:
        raise BadRequest(f"role {role!r} is not one of {', '.join(ROLES)}")
    return role


class UsersMixin:
    """User accounts on a sqlite-utils database `self.db`."""

    def _user_row(self, name: str) -> dict:
        rows = list(self.db["users"].rows_where("name = ?", [name]))
        if not rows:
            raise NotFoundError(f"user {name!r} does not exist")
        return rows[0]

    def add_user(self, name: str, role: str, password: str) -> dict:
        """Create a user with a hashed password: {id, name, role}."""
        name = (name or "").strip()
        if not name:
            raise BadRequest("a user name is required")
        check_role(role)
        if not password:
            raise BadRequest(f"user {name!r}: an empty password is not allowed")
        if list(self.db["users"].rows_where("name = ?", [name])):
            raise StoreError(f"user {name!r} already exists")
        row = {
            "name": name,
            "role": role,
            "password_hash": generate_password_hash(password),
            "created_at": self.now(),
        }
        with self.db.conn:
            row["id"] = self.db["users"].insert(row).last_pk
        return _public(row)

    def get_user(self, name: str) -> dict:
        """{id, name, role} of a user by name (NotFoundError when absent)."""
        return _public(self._user_row(name))

    def get_user_by_id(self, user_id: int) -> dict | None:
        """{id, name, role} by id, or None."""
        rows = list(self.db["users"].rows_where("id = ?", [user_id]))
        return _public(rows[0]) if rows else None

    def credential_version(self, user_id: int) -> int | None:
        """The version a session of this user must carry to be valid; None when no such user."""
        row = self.db.execute("SELECT cred_version FROM users WHERE id = ?", [user_id]).fetchone()
        return row[0] if row else None

    def session_user(self, user_id: int, version: int | None) -> dict | None:
        """{id, name, role} when a session made at credential `version` is still valid: the user
        exists and has not logged out, changed password or role since; else None."""
        rows = list(self.db["users"].rows_where("id = ?", [user_id]))
        if not rows or version is None or rows[0]["cred_version"] != version:
            return None
        return _public(rows[0])

    def end_sessions(self, user_id: int) -> None:
        """End every session of the user (their credential version moves on)."""
        with self.db.conn:
            sql = "UPDATE users SET cred_version = cred_version + 1 WHERE id = ?"
            self.db.execute(sql, [user_id])

    def list_users(self) -> list[dict]:
        """Every user, by name."""
        return [_public(r) for r in self.db["users"].rows_where(order_by="name")]

    def count_users(self) -> int:
        """How many users exist."""
        return self.db["users"].count

    def set_role(self, name: str, role: str) -> dict:
        """Change a user's role."""
        check_role(role)
        row = self._user_row(name)
        with self.db.conn:
            # A changed role ends the user's sessions: the next page is seen with the new role.
            sql = "UPDATE users SET role = ?, cred_version = cred_version + 1 WHERE id = ?"
            self.db.execute(sql, [role, row["id"]])
        return {**_public(row), "role": role}

    def set_password(self, name: str, password: str) -> None:
        """Replace a user's password; every session of theirs ends."""
        if not password:
            raise BadRequest(f"user {name!r}: an empty password is not allowed")
        row = self._user_row(name)
        with self.db.conn:
            sql = "UPDATE users SET password_hash = ?, cred_version = cred_version + 1 WHERE id = ?"
            self.db.execute(sql, [generate_password_hash(password), row["id"]])

    def remove_user(self, name: str) -> None:
        """Delete a user, their tokens and their job assignments; their id is never given to
        another user (AUTOINCREMENT), so a session or row left behind names nobody."""
        row = self._user_row(name)
        with self.db.conn:
            self.db.execute("DELETE FROM tokens WHERE user_id = ?", [row["id"]])
            self.db.execute("DELETE FROM assignments WHERE user_id = ?", [row["id"]])
            self.db.execute("DELETE FROM users WHERE id = ?", [row["id"]])

    def check_password(self, name: str, password: str) -> dict | None:
        """The user when the password matches, else None."""
        rows = list(self.db["users"].rows_where("name = ?", [name]))
        if not rows or not check_password_hash(rows[0]["password_hash"], password or ""):
            return None
        return _public(rows[0])

    def create_token(self, name: str, days: float | None = None) -> str:
        """A new bearer token for the user, valid `days` (settings.token_days by default); only
        its sha256 is kept."""
        row = self._user_row(name)
        days = self.settings.token_days if days is None else days
        if not 0 < days <= 3650:
            raise BadRequest(f"token lifetime {days} days is outside 1-3650")
        token = secrets.token_urlsafe(32)
        expires = datetime.now(UTC) + timedelta(days=days)
        with self.db.conn:
            self.db["tokens"].insert(
                {
                    "token_hash": _token_hash(token),
                    "user_id": row["id"],
                    "created_at": self.now(),
                    "expires_at": expires.strftime(TIME_FORMAT),
                }
            )
        return token

    def list_tokens(self, name: str) -> list[dict]:
        """The user's tokens, oldest first: {id, created_at, expires_at, last_used_at, expired}
        (never the token itself, which is not kept)."""
        row = self._user_row(name)
        now = self.now()
        rows = self.db["tokens"].rows_where("user_id = ?", [row["id"]], order_by="id")
        return [
            {
                "id": r["id"],
                "created_at": r["created_at"],
                "expires_at": r["expires_at"],
                "last_used_at": r["last_used_at"],
                "expired": r["expires_at"] <= now,
            }
            for r in rows
        ]

    def revoke_tokens(self, name: str, token_id: int | None = None) -> int:
        """Revoke one token of the user by id, or all of them: how many were revoked
        (NotFoundError for an id the user does not hold)."""
        row = self._user_row(name)
        with self.db.conn:
            if token_id is None:
                sql, args = "DELETE FROM tokens WHERE user_id = ?", [row["id"]]
            else:
                sql, args = "DELETE FROM tokens WHERE user_id = ? AND id = ?", [row["id"], token_id]
            count = self.db.execute(sql, args).rowcount
        if token_id is not None and not count:
            raise NotFoundError(f"user {name!r} has no token {token_id}")
        return count

    def user_for_token(self, token: str) -> dict | None:
        """The user a bearer token belongs to while it has not expired, or None."""
        sql = "SELECT id, user_id, expires_at, last_used_at FROM tokens WHERE token_hash = ?"
        row = self.db.execute(sql, [_token_hash(token or "")]).fetchone()
        now = self.now()
        if row is None or row[2] <= now:
            return None
        if (row[3] or "")[:13] != now[:13]:  # last use kept to the hour: no write per call
            with self.db.conn:
                self.db.execute("UPDATE tokens SET last_used_at = ? WHERE id = ?", [now, row[0]])
        return self.get_user_by_id(row[1])

    def login_failures(self, key: str, window_seconds: float) -> int:
        """Failed logins under key within the last window."""
        since = time.time() - window_seconds
        sql = "SELECT count(*) FROM login_failures WHERE key = ? AND at > ?"
        return self.db.execute(sql, [key, since]).fetchone()[0]

    def record_login_failure(self, key: str) -> None:
        """Remember one failed login under key (key holds no password)."""
        with self.db.conn:
            self.db["login_failures"].insert({"key": key, "at": time.time()})

    def clear_login_failures(self, key: str) -> None:
        """Forget failures after a successful login."""
        with self.db.conn:
            self.db.execute("DELETE FROM login_failures WHERE key = ?", [key])
