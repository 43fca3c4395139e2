"""What a parse worker (matcher.isolate) runs: file or text in, parsed result out. Module-level
functions, so they pass to a worker process by name."""

from __future__ import annotations

from matcher.extract import extract_bytes
from matcher.jd import parse_jd, parse_requirement
from matcher.resume import parse_resume
from matcher.settings import Settings


def resume_file(data: bytes, name: str, settings: Settings) -> tuple[str, dict]:
    """(text, profile) of an uploaded résumé file."""
    text = extract_bytes(data, name, settings)
    return text, parse_resume(text)


def jd_text(text: str) -> list[dict]:
    """The postings of a job-description text."""
    return parse_jd(text)


def jd_file(data: bytes, name: str, settings: Settings) -> tuple[str, list[dict]]:
    """(text, postings) of an uploaded job-description file."""
    text = extract_bytes(data, name, settings)
    return text, parse_jd(text)


def requirement(text: str) -> dict | None:
    """One requirement text as the JD parser reads it (None when it states nothing typed)."""
    return parse_requirement(text)
