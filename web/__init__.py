"""The Flask app factory: settings, one store per request, auth, JSON API, pages, errors."""

from __future__ import annotations

import logging
import secrets
import sys

from flask import Flask, g, jsonify

from matcher.settings import MB, Settings

log = logging.getLogger(__name__)


def create_app(config: dict | None = None) -> Flask:
    """Build the app; config["SETTINGS"] (a Settings) wins over MATCHER_* environment variables."""
    app = Flask(__name__)
    app.json.ensure_ascii = False  # Chinese text reads as itself in API answers (UTF-8)
    config = dict(config or {})
    settings = config.pop("SETTINGS", None) or Settings.from_env()
    from matcher.store import open_store

    first = open_store(settings, pooled=True)
    try:
        ensure_admin(first)
        secret_key = settings.secret_key or stored_secret(first)
    finally:
        first.close()
    app.config.from_mapping(
        SETTINGS=settings,
        SECRET_KEY=secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=bool(settings.secure_cookies),
        # A larger body is refused (413) before it is read, so a 100 MB upload never fills memory.
        MAX_CONTENT_LENGTH=settings.max_upload_mb * MB,
        MAX_FORM_MEMORY_SIZE=settings.max_upload_mb * MB,
        WORKER=True,
        JSON_SORT_KEYS=False,
    )
    app.config.from_mapping(config)

    @app.before_request
    def _open_store() -> None:
        g.store = open_store(settings, pooled=True)

    @app.teardown_appcontext
    def _close_store(exc: BaseException | None) -> None:
        store = g.pop("store", None)
        if store is not None:
            store.close()

    from web import api, auth, errors, pages, security

    @app.get("/healthz")
    @security.public
    def healthz():
        """Liveness: no login needed."""
        return jsonify({"ok": True})

    security.init_app(app)
    auth.init_app(app)
    app.register_blueprint(api.bp, url_prefix="/api")
    pages.register(app)
    errors.init_app(app)
    if app.config["WORKER"]:
        from web import worker

        worker.start(app)
    return app


def ensure_admin(store) -> None:
    """On first start with no users, create "admin" with a random password printed once on stdout
    (never logged: the log may be kept where the console is not)."""
    if store.count_users():
        return
    password = secrets.token_urlsafe(12)
    store.add_user("admin", "admin", password)
    print(
        f"first start: created user 'admin' with password: {password}", file=sys.stdout, flush=True
    )


def stored_secret(store) -> str:
    """The session key kept in the database, made on first start, so logins survive a restart."""
    key = store.get_meta("secret_key")
    if not key:
        key = secrets.token_hex(32)
        store.set_meta("secret_key", key)
    return key
