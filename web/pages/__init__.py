"""The HTML pages: jobs, uploads, shortlist and candidate, talent pool, admin. `register(app)` is what
create_app calls to add them, the UI text (web.i18n) and the template helpers."""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Add the page blueprints, the bilingual UI text and the Jinja helpers to app."""
    from web import i18n
    from web.pages import account, admin, helpers, jobs, pool, shortlist, uploads

    i18n.init_app(app)
    helpers.init_app(app)
    for module in (jobs, uploads, shortlist, pool, admin, account):
        app.register_blueprint(module.bp)
