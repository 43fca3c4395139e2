"""Reading stored text that was damaged on disk (a flipped byte, a torn write): it is decoded
with replacement characters and marked, so one damaged row is shown as damaged instead of failing
every read that touches it; sqlite3's own decode error would quote the whole column (résumé text,
e-mail, phone) into the log."""

from __future__ import annotations

import json
from typing import Any


class DamagedText(str):
    """Text read from the database that was not valid UTF-8 (its bad bytes are U+FFFD)."""


def decode_text(raw: bytes) -> str:
    """sqlite3's text_factory: UTF-8, or DamagedText when the stored bytes are not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return DamagedText(raw.decode("utf-8", errors="replace"))


def is_damaged(value: object) -> bool:
    """True for text that was not valid UTF-8 in the database."""
    return isinstance(value, DamagedText)


def load_json(raw: str | None, default: Any) -> tuple[Any, bool]:
    """(decoded value, damaged): a column of JSON that does not decode (or had bad bytes) gives
    `default` and damaged=True; None or empty gives `default` undamaged."""
    if raw is None or raw == "":
        return default, False
    if is_damaged(raw):
        return default, True
    try:
        return json.loads(raw), False
    except ValueError:  # JSONDecodeError; its message holds only a position, but it is not kept
        return default, True
