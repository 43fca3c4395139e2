"""Text of a .txt, .docx, .pdf or .html file. The type is decided by the content (the extension is
only a hint); every failure is an ExtractError subclass or LimitExceededError naming the file.

The package: `text` (decoding, HTML), `pdf`, `docx`, `zip` (bulk uploads and the zip checks a
.docx shares); this module sniffs the type and dispatches."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from matcher.errors import (
    EmptyTextError,
    ExtractError,
    LimitExceededError,
    MatcherError,
    UnsupportedFormatError,
)
from matcher.extract.text import TEXT_CONTROLS
from matcher.settings import MB, Settings

__all__ = ["NOT_SUPPORTED", "check_length", "extract_bytes", "extract_file", "normalise", "sniff"]

log = logging.getLogger(__name__)
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Replacement characters saved in a file stand for symbols lost before it reached us. A run
# standing alone between spaces was a bullet or a separator ("Planning ������ Presentation"):
# it reads as one; a run inside a word is one lost character, shown once.
_LOST_SEPARATOR = re.compile(r"(?<!\S)\ufffd+(?!\S)")
_LOST_CHARACTERS = re.compile(r"\ufffd{2,}")
NOT_SUPPORTED = "not a text, PDF, DOCX or HTML file"


def extract_file(path: str | Path, settings: Settings | None = None) -> str:
    """The text of the file at `path`."""
    settings = settings or Settings()
    label = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ExtractError("is a folder, not a file", path=label)
        _check_size(size, label, settings)
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ExtractError("file not found", path=label) from exc
    except PermissionError as exc:
        raise ExtractError("permission denied", path=label) from exc
    except OSError as exc:
        raise ExtractError(f"cannot read the file ({exc.strerror or exc})", path=label) from exc
    return extract_bytes(data, label, settings)


def extract_bytes(data: bytes, name: str, settings: Settings | None = None) -> str:
    """The text of a file's bytes; `name` names it in errors and hints at its type."""
    settings = settings or Settings()
    _check_size(len(data), name, settings)
    if not data.strip():
        raise EmptyTextError("the file is empty", path=name, code="empty")
    kind = sniff(data, name)
    try:
        text = _extract(kind, data, name, settings)
    except MatcherError:
        raise
    except MemoryError:  # the parse worker's memory limit: named there, not here
        raise
    except Exception as exc:  # a parser bug or odd input must still be one named error
        log.warning("unexpected %s reading a %s file", type(exc).__name__, kind)
        raise ExtractError(
            f"could not read the {kind} file ({type(exc).__name__})",
            path=name,
            code="unreadable",
            params={"kind": kind.upper()},
        ) from exc
    text = normalise(text)
    if not text.strip():
        raise EmptyTextError("no text in the file", path=name, code="no_text")
    check_length(text, name, settings)
    return text


def check_length(text: str, name: str, settings: Settings) -> None:
    """LimitExceededError when a text is over settings.max_text_chars: refused by name, never
    silently cut (a cut résumé would be judged on half of it without anyone knowing)."""
    if len(text) > settings.max_text_chars:
        raise LimitExceededError(
            f"{len(text):,} characters of text; the limit is {settings.max_text_chars:,} "
            "(MATCHER_MAX_TEXT_CHARS)",
            path=name,
            code="too_long",
            params={"count": len(text), "limit": settings.max_text_chars},
        )


def sniff(data: bytes, name: str) -> str:
    """'pdf', 'docx', 'zip', 'doc' or 'text' from the leading bytes."""
    head = data[:1024]
    if b"%PDF-" in head:  # the spec allows junk before the header
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    return "text"


def _extract(kind: str, data: bytes, name: str, settings: Settings) -> str:
    """Dispatch on the sniffed kind."""
    if kind == "pdf":
        from matcher.extract.pdf import pdf_text

        return pdf_text(data, name, settings)
    if kind == "zip":
        from matcher.extract.docx import docx_text

        return docx_text(data, name, settings)
    if kind == "doc":
        raise UnsupportedFormatError(
            "a legacy Word .doc (or other OLE) file; save it as .docx or PDF", path=name, code="doc"
        )
    from matcher.extract.text import decode_text, html_to_text, looks_like_html

    text = decode_text(data)
    if text is None:
        raise UnsupportedFormatError(NOT_SUPPORTED, path=name, code="unsupported")
    hinted = name.lower().endswith((".html", ".htm", ".xhtml"))
    return html_to_text(text) if looks_like_html(text, hinted) else text


def normalise(text: str) -> str:
    """Line breaks as \\n, control characters (but \\n and \\t) removed, runs of lost characters
    (U+FFFD) shown once; no Unicode folding, so parsers see the original characters."""
    text = _LINE_BREAKS.sub("\n", text)
    text = TEXT_CONTROLS.sub("", text)
    if "\ufffd" in text:
        text = _LOST_CHARACTERS.sub("\ufffd", _LOST_SEPARATOR.sub("•", text))
    return text.lstrip("\ufeff")


def _check_size(size: int, name: str, settings: Settings) -> None:
    """LimitExceededError when a file is over settings.max_file_mb."""
    if size > settings.max_file_mb * MB:
        raise LimitExceededError(
            f"{size / MB:.1f} MB is over the {settings.max_file_mb} MB limit (MATCHER_MAX_FILE_MB)",
            path=name,
            code="too_big",
            params={"size": f"{size / MB:.1f}", "limit": settings.max_file_mb},
        )
