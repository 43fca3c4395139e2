"""Users, roles, API tokens (kept only as sha256) and the login-failure log for rate limiting."""

from __future__ import annotations

import hashlib
import secrets
import time

from werkzeug.security import check_password_hash, generate_password_hash

from matcher.errors import NotFoundError, StoreError

ROLES = ("admin", "recruiter", "hiring_manager")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _public(row: dict) -> dict:
    return {"id": row["id"], "name": row["name"], "role": row["role"]}


def check_role(role: str) -> str:
    """The role, or ValueError listing the valid ones."""
    if role not in ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
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
            raise ValueError("a user name is required")
        check_role(role)
        if not password:
            raise ValueError(f"user {name!r}: an empty password is not allowed")
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
            self.db["users"].update(row["id"], {"role": role})
        return {**_public(row), "role": role}

    def set_password(self, name: str, password: str) -> None:
        """Replace a user's password."""
        if not password:
            raise ValueError(f"user {name!r}: an empty password is not allowed")
        row = self._user_row(name)
        with self.db.conn:
            self.db["users"].update(row["id"], {"password_hash": generate_password_hash(password)})

    def remove_user(self, name: str) -> None:
        """Delete a user, their tokens and their job assignments."""
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

    def create_token(self, name: str) -> str:
        """A new bearer token for the user; only its sha256 is kept."""
        row = self._user_row(name)
        token = secrets.token_urlsafe(32)
        with self.db.conn:
            self.db["tokens"].insert(
                {"token_hash": _token_hash(token), "user_id": row["id"], "created_at": self.now()}
            )
        return token

    def user_for_token(self, token: str) -> dict | None:
        """The user a bearer token belongs to, or None."""
        rows = list(self.db["tokens"].rows_where("token_hash = ?", [_token_hash(token or "")]))
        return self.get_user_by_id(rows[0]["user_id"]) if rows else None

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
