"""Deterministic ordering of evaluated candidates: not knocked out first, then score descending,
then a stable key (the résumé name or id), so ties always come out the same way."""

from __future__ import annotations


def stable_key(result: dict) -> tuple:
    """The tie-breaker: numbers before text, each in its natural order."""
    key = result.get("resume", result.get("id"))
    if isinstance(key, bool) or key is None:
        return (2, "")
    if isinstance(key, int | float):
        return (0, float(key), "")
    return (1, 0.0, str(key))


def order(results: list[dict]) -> list[dict]:
    """The results sorted best first, each given its 1-based "rank" (dicts are updated)."""
    ranked = sorted(
        results,
        key=lambda r: (
            bool(r.get("knocked_out")),
            -round(float(r.get("score") or 0.0), 1),
            stable_key(r),
        ),
    )
    for i, result in enumerate(ranked, start=1):
        result["rank"] = i
    return ranked
