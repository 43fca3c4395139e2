"""Login, logout, sessions, bearer tokens, CSRF and rate-limited logins. `g.user` is the
logged-in user ({id, name, role}) or None; every route needs a login unless marked public."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from web.i18n import t
from web.security import public

bp = Blueprint("auth", __name__)

CSRF_FIELD = "csrf_token"
SESSION_VERSION = "cred"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Flask's own static-file view cannot carry the @public mark; every other open view does.
PUBLIC_ENDPOINTS = {"static"}


def csrf_token() -> str:
    """This session's CSRF token (made on first use)."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def load_user() -> None:
    """Set g.user from a bearer token (API only) or the session."""
    g.user = None
    g.via_token = False
    token = _bearer()
    if token and request.path.startswith("/api/"):
        g.user = g.store.user_for_token(token)
        g.via_token = g.user is not None
        if g.user is None:
            abort(401, "the bearer token is not valid")
        return
    user_id = session.get("user_id")
    if user_id is not None:
        # Valid only at the credential version it was made at: a logout, a password or role
        # change, or the account's removal ends it on the server, whatever the cookie says.
        g.user = g.store.session_user(user_id, session.get(SESSION_VERSION))
        if g.user is None:
            session.clear()


def check_csrf() -> None:
    """Refuse a state-changing request without this session's token (bearer calls excepted)."""
    if request.method in SAFE_METHODS or g.get("via_token"):
        return
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD) or ""
    expected = session.get(CSRF_FIELD) or ""
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400, "the form's security token is missing or expired; reload the page")


def require_login():
    """Before every request: who is calling, CSRF, and a login unless the view is public."""
    load_user()
    view = current_app.view_functions.get(request.endpoint)
    if view is None or request.endpoint in PUBLIC_ENDPOINTS or getattr(view, "is_public", False):
        if view is not None:
            check_csrf()
        return None
    if g.user is None:
        if request.path.startswith("/api/"):
            abort(401, "log in or send an API bearer token")
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    check_csrf()
    return None


def _attempt_key(name: str) -> str:
    return f"{name.strip().lower()}|{request.remote_addr or '-'}"


def _safe_next(target: str | None) -> str:
    """Only a local path: never redirect to another site after login."""
    parts = urlsplit(target or "")
    if not target or parts.scheme or parts.netloc or not target.startswith("/"):
        return url_for("jobs.index") if "jobs.index" in current_app.view_functions else "/"
    return target


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    """The login form; too many failures for one name from one address are refused a while."""
    if request.method == "GET":
        return render_template("login.html", error=None, username="")
    s = current_app.config["SETTINGS"]
    name = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    key = _attempt_key(name)
    if g.store.login_failures(key, s.login_window_seconds) >= s.login_attempts:
        error = t("login.too_many", minutes=s.login_window_seconds // 60 or 1)
        return render_template("login.html", error=error, username=name), 429
    user = g.store.check_password(name, password)
    if user is None:
        g.store.record_login_failure(key)
        return render_template("login.html", error=t("login.wrong"), username=name), 401
    g.store.clear_login_failures(key)
    session.clear()  # a fresh session at login: no fixation of an earlier one
    session["user_id"] = user["id"]
    session[SESSION_VERSION] = g.store.credential_version(user["id"])
    session.permanent = False
    csrf_token()
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/logout")
def logout():
    """End the session, and on the server every session of this user: a copy of the cookie
    replayed later (another tab, a stolen copy) is refused."""
    if g.get("user") is not None and not g.get("via_token"):
        g.store.end_sessions(g.user["id"])
    session.clear()
    return redirect(url_for("auth.login"))


def init_app(app: Flask) -> None:
    """Register the blueprint, the before-request hook and the Jinja global."""
    app.register_blueprint(bp)
    app.before_request(require_login)
    app.jinja_env.globals["csrf_token"] = csrf_token
