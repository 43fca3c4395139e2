"""The text layer of a PDF through pypdf, bounded in pages and time."""

from __future__ import annotations

import io
import logging
import time
import warnings

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadWarning

from matcher.errors import (
    EncryptedFileError,
    ExtractError,
    LimitExceededError,
    MatcherError,
    NoTextLayerError,
)
from matcher.settings import Settings


def quiet_pypdf() -> None:
    """Silence pypdf's notices of recoverable damage (damage that matters raises instead). The
    process's entry point calls it (the CLI, whose stderr is reserved for the one error line, and
    the parse worker); importing this module changes no logging or warning filter."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes, name: str, settings: Settings) -> str:
    """Text of every page, pages separated by a blank line. Time is checked between pages: pypdf
    cannot be interrupted inside one, so a single pathological page may overrun the bound."""
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PdfReadWarning)
        return _pdf_text(data, name, settings, started)


def _pdf_text(data: bytes, name: str, settings: Settings, started: float) -> str:
    """pdf_text's work, inside its warning filter."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, name)
        count = len(reader.pages)
        if count > settings.max_pdf_pages:
            raise LimitExceededError(
                f"{count} pages; the limit is {settings.max_pdf_pages} (MATCHER_MAX_PDF_PAGES)",
                path=name,
                code="too_many_pages",
                params={"count": count, "limit": settings.max_pdf_pages},
            )
        pages = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            if time.monotonic() - started > settings.max_parse_seconds:
                raise LimitExceededError(
                    f"reading took over {settings.max_parse_seconds:g} s "
                    "(MATCHER_MAX_PARSE_SECONDS)",
                    path=name,
                    code="too_slow",
                    params={"seconds": f"{settings.max_parse_seconds:g}"},
                )
    except (FileNotDecryptedError, DependencyError) as exc:
        raise EncryptedFileError(f"encrypted PDF: {exc}", path=name, code="encrypted") from exc
    except MatcherError:
        raise
    except RecursionError as exc:
        raise ExtractError(
            "damaged PDF: objects nest without end", path=name, code="damaged_pdf"
        ) from exc
    except MemoryError:  # the parse worker's memory limit: named there, not here
        raise
    except Exception as exc:
        # pypdf raises plain Python errors (KeyError, TypeError...) on many kinds of damage.
        raise ExtractError(f"damaged PDF: {_reason(exc)}", path=name, code="damaged_pdf") from exc
    if count == 0:
        raise ExtractError("damaged PDF: no pages", path=name, code="damaged_pdf")
    if not any(p.strip() for p in pages):
        raise NoTextLayerError(
            f"no text layer (scanned?) in {count} page(s); run OCR first or upload a text version",
            path=name,
            code="scanned",
            params={"count": count},
        )
    return "\n\n".join(p.strip("\n") for p in pages)


def _decrypt(reader, name: str) -> None:
    """Open a PDF encrypted with an empty user password (common for 'protected' files)."""
    try:
        ok = reader.decrypt("")
    except DependencyError as exc:
        raise EncryptedFileError(
            f"encrypted PDF that needs a missing cipher library: {exc}", path=name, code="encrypted"
        ) from exc
    if not ok:
        raise EncryptedFileError(
            "encrypted PDF with a password; upload an unlocked copy", path=name, code="encrypted"
        )


def _reason(exc: BaseException) -> str:
    """A short reason from a pypdf exception (never empty)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text[:200] or type(exc).__name__
