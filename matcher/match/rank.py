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


def rank_key(result: dict, tie: object = None) -> tuple:
    """The one ordering's sort key (the CLI, the shortlist and the pool ranking use it): not
    knocked out first, then the score as shown (0.1) descending, then `tie` (default: the
    stable key of the result)."""
    return (
        bool(result.get("knocked_out")),
        -round(float(result.get("score") or 0.0), 1),
        stable_key(result) if tie is None else tie,
    )


def order(results: list[dict]) -> list[dict]:
    """The results sorted best first, each given its 1-based "rank" (dicts are updated)."""
    ranked = sorted(results, key=rank_key)
    for i, result in enumerate(ranked, start=1):
        result["rank"] = i
    return ranked
