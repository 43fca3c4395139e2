"""Candidate score: the weighted mean of requirement scores (must-haves weigh more), 0-100, and
the knock-out rule: a must-have typed requirement unmet on parsed values."""

from __future__ import annotations

MUST_WEIGHT = 2.0  # a must-have counts twice a nice-to-have of the same weight
FLAGGED_KINDS = frozenset({"age", "gender"})


def requirement_weight(req: dict) -> float:
    """The requirement's own weight (default 1.0, never negative) times MUST_WEIGHT if a must."""
    try:
        weight = float(req.get("weight") if req.get("weight") is not None else 1.0)
    except (TypeError, ValueError):
        weight = 1.0
    return max(weight, 0.0) * (MUST_WEIGHT if req.get("must") else 1.0)


def is_flagged(req: dict, posting: dict) -> bool:
    """True for a condition that is not scored by default: kind age / gender, or a clause the
    JD parser flagged (gender, age, appearance, ...)."""
    if req.get("kind") in FLAGGED_KINDS:
        return True
    text = (req.get("text") or "").strip()
    return bool(text) and any(
        (f.get("text") or "").strip() == text for f in posting.get("flags") or []
    )


def candidate_score(results: list[dict], weights: list[float]) -> float:
    """Weighted mean of the scored requirements' scores, times 100, rounded to 1 decimal."""
    total = sum(w for r, w in zip(results, weights, strict=True) if r["scored"])
    if total <= 0:
        return 0.0
    got = sum(r["score"] * w for r, w in zip(results, weights, strict=True) if r["scored"])
    return round(100.0 * got / total, 1)


def knocked_out(results: list[dict]) -> bool:
    """A scored must-have whose verdict is unmet on parsed values (not by similarity)."""
    return any(
        r["scored"] and r["must"] and r["verdict"] == "unmet" and r["typed"] for r in results
    )
