"""Coded errors (matcher.errors.CodedError) said in the reader's language: the catalog key is
"<family>.<code>", filled with the error's parameters; the English line is the fallback."""

from __future__ import annotations

from matcher.errors import MatcherError
from web.i18n import has_text, t


def say(coded: dict | None) -> str | None:
    """The text of {"key", "params"} in the current language; None when there is no code or
    the catalog lacks it (the caller then shows the English message)."""
    if not coded or not has_text(coded.get("key") or ""):
        return None
    return t(coded["key"], **(coded.get("params") or {}))


def say_error(exc: Exception) -> str:
    """An exception's message for the reader: its code rendered when it has one, the file it
    names kept in front."""
    if isinstance(exc, MatcherError):
        text = say(exc.coded())
        if text is not None:
            return f"{exc.path}: {text}" if exc.path else text
    return str(exc)
