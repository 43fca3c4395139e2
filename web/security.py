"""Response headers every answer carries (no framing, no type sniffing, only the app's own scripts
and styles) and a JSON reader that refuses deep nesting as bad input instead of failing with a
RecursionError (a 500)."""

from __future__ import annotations

import json
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from matcher.errors import BadRequest

MAX_JSON_DEPTH = 32  # the API's deepest body (requirements → one → values) is 3 levels

# Scripts and style sheets only from this origin; no inline <script> or <style>, no plug-ins, no
# framing. Inline style *attributes* stay allowed (the templates set widths of score bars with
# them); they cannot run code.
CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def public(view):
    """Mark a view as reachable without logging in (web.auth checks the mark on every request)."""
    view.is_public = True
    return view


def _depth(value: Any, limit: int) -> int:
    """How deeply lists and objects nest in a decoded value, counted up to limit + 1."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


class BoundedJSONProvider(DefaultJSONProvider):
    """Flask's JSON provider whose reader refuses bodies nested deeper than MAX_JSON_DEPTH with
    a ValueError (the request's JSON is then bad input, 400)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Decode JSON; ValueError when it nests too deeply."""
        try:
            value = json.loads(s, **kwargs)
        except RecursionError:
            raise BadRequest(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
        if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
            raise BadRequest(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        return value


def init_app(app: Flask) -> None:
    """Install the bounded JSON reader and the headers on every response."""
    ensure_ascii = app.json.ensure_ascii
    app.json = BoundedJSONProvider(app)
    app.json.ensure_ascii = ensure_ascii

    @app.after_request
    def _headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
