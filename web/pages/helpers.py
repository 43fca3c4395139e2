"""Jinja helpers the templates share: the CSRF hidden field and the logout address."""

from __future__ import annotations

from flask import Flask, url_for
from markupsafe import Markup


def csrf_field() -> Markup:
    """The hidden input every POST form carries (name and token from web.auth)."""
    from web import auth

    # Markup.format escapes both values: the token never becomes markup.
    return Markup('<input type="hidden" name="{}" value="{}">').format(
        auth.CSRF_FIELD, auth.csrf_token()
    )


def logout_url() -> str:
    """Where the logout form posts."""
    return url_for("auth.logout")


def init_app(app: Flask) -> None:
    """Register the helpers as Jinja globals."""
    app.jinja_env.globals.update(csrf_field=csrf_field, logout_url=logout_url)
