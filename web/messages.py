"""Coded errors (matcher.errors.CodedError) said in the reader's language: the catalog key is
"<family>.<code>", filled with the error's parameters; the English line is the fallback."""

from __future__ import annotations

from matcher.errors import CodedError
from web.i18n import has_text, t


def say(family: str, code: str, params: dict | None = None) -> str | None:
    """The catalog text of a code in the current language, or None when the catalog lacks it."""
    key = f"{family}.{code}"
    return t(key, **(params or {})) if has_text(key) else None


def say_error(exc: Exception) -> str:
    """An exception's message for the reader: its code rendered when it has one, the file it
    names kept in front."""
    if isinstance(exc, CodedError):
        text = say(exc.family, exc.code, exc.params)
        if text is not None:
            return f"{exc.path}: {text}" if exc.path else text
    return str(exc)
