"""Matching requirements against résumés: typed verdicts on parsed values, semantic verdicts from
similarity fused with lexical overlap, candidate scores with knock-outs, deterministic ranking."""

from __future__ import annotations

from matcher.match.engine import evaluate_batch
from matcher.match.rank import order

__all__ = ["evaluate", "order", "rank"]


def evaluate(posting: dict, profile: dict, encoder, *, score_flagged: bool = False) -> dict:
    """{"score" 0-100, "knocked_out", "requirements": [...]} of one candidate for a posting."""
    return evaluate_batch(posting, [profile], encoder, score_flagged=score_flagged)[0]


def rank(
    posting: dict,
    profiles: list[tuple[str, dict]],
    encoder,
    *,
    score_flagged: bool = False,
    retrieve_above: int | None = None,
) -> list[dict]:
    """Evaluate every (name, profile) in one batch and order them: the CLI's candidate shape
    {"resume", "rank", "score", "knocked_out", "requirements"}, best first. Pools larger than
    `retrieve_above` are first narrowed by matcher.match.retrieve; the others follow them with
    score 0, no requirements and "screened_out": true (listed, never dropped)."""
    from matcher.match.retrieve import shortlist_pool

    names = [name for name, _ in profiles]
    chosen, rest = shortlist_pool(posting, [p for _, p in profiles], encoder, retrieve_above)
    evaluated = evaluate_batch(
        posting, [profiles[i][1] for i in chosen], encoder, score_flagged=score_flagged
    )
    results = [
        {"resume": names[i], "rank": 0, **result}
        for i, result in zip(chosen, evaluated, strict=True)
    ]
    results += [
        {
            "resume": names[i],
            "rank": 0,
            "score": 0.0,
            "knocked_out": False,
            "requirements": [],
            "screened_out": True,
        }
        for i in rest
    ]
    ranked = order(results[: len(chosen)]) + order(results[len(chosen) :])
    for i, result in enumerate(ranked, start=1):
        result["rank"] = i
    return ranked
