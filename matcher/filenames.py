"""Uploaded file names made safe to store, show and send in a header: control characters (NUL,
newline, ESC) and invisible format characters (bidi overrides such as U+202E, which make
"cv\u202efdp.exe" display as "cvexe.pdf"; zero-width marks) are removed, and the length is capped
with the extension kept."""

from __future__ import annotations

import unicodedata

MAX_NAME = 200  # characters; many file systems stop at 255 bytes
# Unicode categories dropped: Cc control, Cf format (bidi controls, zero-width, BOM), Cs lone
# surrogates (from undecodable bytes), Co private use, Cn unassigned.
_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}
FALLBACK = "upload"


def clean_name(name: str | None, limit: int = MAX_NAME) -> str:
    """The name without control and format characters, whitespace runs as one space, at most
    `limit` characters with its extension kept; FALLBACK when nothing is left."""
    text = unicodedata.normalize("NFC", str(name or ""))
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in _DROPPED
    )
    kept = " ".join(kept.split()).strip(" .") or FALLBACK
    if len(kept) <= limit:
        return kept
    stem, dot, ext = kept.rpartition(".")
    if dot and stem and 0 < len(ext) <= 16:
        return stem[: limit - len(ext) - 2].rstrip() + "…." + ext
    return kept[: limit - 1] + "…"
