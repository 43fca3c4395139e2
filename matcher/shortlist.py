"""`python -m matcher shortlist`: rank every résumé file of a folder against the first posting of a
job file, without a database. Files that cannot be read or parsed are listed under "errors"."""

from __future__ import annotations

import logging
from pathlib import Path

from matcher.errors import BadRequest, MatcherError, ParseError, log_failure
from matcher.settings import Settings

log = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def read_posting(job_path: str | Path, settings: Settings) -> dict:
    """The first posting of a job file."""
    from matcher.extract import extract_file
    from matcher.jd import parse_jd

    text = extract_file(str(job_path), settings)
    postings = parse_jd(text)
    if not postings:
        raise ParseError("no posting found", path=str(job_path))
    return postings[0]


def resume_files(resumes_dir: str | Path) -> list[Path]:
    """Files directly in the folder, sorted by name (hidden files such as .DS_Store skipped)."""
    folder = Path(resumes_dir)
    if not folder.is_dir():
        raise MatcherError("not a folder of résumés", path=str(folder))
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


def parse_folder(files: list[Path], settings: Settings) -> tuple[list[tuple[str, dict]], list]:
    """([(file name, profile)], [{"resume", "error"}]) for the files, in the given order."""
    from matcher.extract import extract_file
    from matcher.resume import parse_resume

    profiles, errors = [], []
    for path in files:
        try:
            profiles.append((path.name, parse_resume(extract_file(str(path), settings))))
        except MatcherError as exc:
            errors.append({"resume": path.name, "error": _one_line(exc)})
        except Exception as exc:  # a parser bug fails one file, never the shortlist
            log_failure(log, exc, "parsing a résumé failed")
            errors.append({"resume": path.name, "error": f"internal error: {type(exc).__name__}"})
    return profiles, errors


def shortlist_folder(
    job_path: str | Path,
    resumes_dir: str | Path,
    model: str,
    top: int | None,
    settings: Settings,
    order: str = "learned",
) -> dict:
    """{"job": posting, "model": model id, "order": "learned"|"verdict", "candidates": [...]
    best first, "errors": [...]}. The learned order is the shipped default ranker's (the one a
    new installation of the service uses); without it the verdict score's order stands."""
    from matcher import match
    from matcher.embed_cache import CachedEncoder
    from matcher.learn import default_ranker, learned_order
    from models import load_model

    if order not in ("learned", "verdict"):
        raise ValueError(f"--order must be learned or verdict, got {order!r}")
    if top is not None and top < 0:
        raise BadRequest(f"--top must be 0 or more, got {top}")
    posting = read_posting(job_path, settings)
    files = resume_files(resumes_dir)
    encoder = CachedEncoder(load_model(model, settings.model_dir), db=None)
    profiles, errors = parse_folder(files, settings)
    candidates = match.rank(posting, profiles, encoder)
    ranker = default_ranker() if order == "learned" else None
    if ranker is not None and not ranker.serves(posting.get("language")):
        ranker = None  # learned from other languages' postings: the verdict order stands
    candidates = learned_order(candidates, ranker)
    if top is not None:
        candidates = candidates[:top]
    return {
        "job": posting,
        "model": encoder.model_id,
        "order": "learned" if ranker is not None else "verdict",
        "candidates": candidates,
        "errors": errors,
    }
