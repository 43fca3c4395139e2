"""Chinese and English UI text. The language follows the browser's Accept-Language, unless the
user picked one with the footer link (a `lang` cookie). Templates call `t(key, **values)`
(also available as `_`); both catalogs must hold every key (tests/test_pages_i18n.py checks)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Flask, g, redirect, request

from web.i18n_catalog import EN, ZH
from web.security import public

LANGUAGES = ("en", "zh")
CATALOGS: dict[str, dict[str, str]] = {"en": EN, "zh": ZH}
COOKIE = "lang"

bp = Blueprint("pages_i18n", __name__)


def pick_language(accept_language: str | None, cookie: str | None = None) -> str:
    """The UI language: a valid cookie choice, else the browser's best match, else English."""
    if cookie in LANGUAGES:
        return cookie
    from werkzeug.datastructures import LanguageAccept
    from werkzeug.http import parse_accept_header

    accept = parse_accept_header(accept_language or "", LanguageAccept)
    return accept.best_match(LANGUAGES, default="en") or "en"


def current_language() -> str:
    """The language of the current request (decided once per request, kept on g): ?lang=,
    else the cookie, else Accept-Language."""
    if "lang" not in g:
        asked = request.args.get("lang")
        cookie = asked if asked in LANGUAGES else request.cookies.get(COOKIE)
        g.lang = pick_language(request.headers.get("Accept-Language"), cookie)
    return g.lang


def translate(key: str, lang: str, **values: object) -> str:
    """The text for key in lang, formatted with values; the key itself when unknown."""
    text = CATALOGS.get(lang, EN).get(key) or EN.get(key) or key
    return text.format(**values) if values else text


def t(key: str, **values: object) -> str:
    """The text for key in the current request's language."""
    return translate(key, current_language(), **values)


def has_text(key: str) -> bool:
    """Whether the catalogs know key (templates use it for open-ended keys like error codes)."""
    return key in EN


@bp.get("/lang/<code>")
@public
def set_language(code: str):
    """Remember a language choice in a cookie and go back where the user was."""
    target = request.args.get("next") or "/"
    parts = urlsplit(target)
    # Only local paths: never an open redirect to another site.
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    resp = redirect(target)
    if code in LANGUAGES:
        resp.set_cookie(COOKIE, code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return resp


def init_app(app: Flask) -> None:
    """Register t/_ as Jinja globals, the language on every template and the switch route."""
    app.jinja_env.globals.update(t=t, _=t, has_text=has_text)
    app.context_processor(lambda: {"lang": current_language()})
    app.register_blueprint(bp)
