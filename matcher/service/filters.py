"""The one shortlist filter the pages, the API and the CSV export share: must-haves met, a
minimum score, a pipeline stage, and one requirement's verdict."""

from __future__ import annotations

from matcher.core import VERDICTS
from matcher.errors import BadRequest
from matcher.store.decisions import in_stage


def must_counts(requirements: list[dict]) -> tuple[int, int]:
    """(must-haves met, must-haves) among the scored requirements: a flagged condition left
    unscored is no must-have."""
    musts = [r for r in requirements if r.get("must") and r.get("scored") is not False]
    return sum(1 for r in musts if r.get("verdict") == "met"), len(musts)


def requirement_key(req: dict, position: int) -> str:
    """How a filter names a requirement: its id when it has one, else its position."""
    return str(req.get("requirement_id") or req.get("id") or position)


def apply_filters(
    cands: list[dict], filters: dict, job_reqs: list[dict] | None = None
) -> list[dict]:
    """The candidates that pass, in their given order. Keys: must_met (every scored must-have
    met), min_score, decision (a pipeline stage: None or "" every stage but rejected, "all",
    "new" or a decision), req (a requirement id of the job) with verdict (default "met").
    BadRequest names a value that cannot be a filter."""
    floor = _number(filters.get("min_score"))
    req = filters.get("req") or None
    verdict = filters.get("verdict") or "met"
    if req is not None and verdict not in VERDICTS:
        raise BadRequest(f"verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    position = None
    for i, r in enumerate(job_reqs or []):
        if str(r.get("id")) == str(req):
            position = i
    out = []
    for c in cands:
        if filters.get("must_met"):
            met, total = must_counts(c.get("requirements") or [])
            if met < total:
                continue
        if floor is not None and float(c.get("score") or 0) < floor:
            continue
        if not in_stage(c.get("decision"), filters.get("decision")):
            continue
        if (
            req is not None
            and verdict_for(c.get("requirements") or [], str(req), position) != verdict
        ):
            continue
        out.append(c)
    return out


def verdict_for(reqs: list[dict], req_id: str, position: int | None) -> str | None:
    """A candidate's verdict on one requirement, found by id or else by its position."""
    for i, r in enumerate(reqs):
        if requirement_key(r, i) == req_id and (r.get("requirement_id") or r.get("id")):
            return r.get("verdict")
    if position is not None and position < len(reqs):
        return reqs[position].get("verdict")
    return None


def _number(value) -> float | None:
    """A min_score as a number (None when absent)."""
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise BadRequest(f"min_score must be a number, got {value!r}") from None
