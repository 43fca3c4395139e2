"""Ordering a shortlist by a learned ranker: the verdicts, evidence, scores and knock-outs stay
as they are; the candidates fully scored are re-ordered (knock-outs still last) and each gets a
"learned" entry saying where the verdict score had put them and which features moved them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matcher.learn.features import NAMES, job_signals, matrix
from matcher.learn.model import LearnedRanker, order_by

WHY_LIMIT = 3  # features named in one explanation
WHY_FLOOR = 0.02  # smaller effects are not worth a line

# The signals each feature's explanation quotes ("3 of 4 must-haves met", "6 years, 5 asked").
FACTS = {
    "score": ("score",),
    "must_met": ("must_met", "must"),
    "must_not": ("must_not", "must"),
    "nice_met": ("nice_met", "nice"),
    "typed_score": ("typed_met", "typed"),
    "semantic_score": ("semantic_met", "semantic"),
    "relevance": ("relevance",),
    "years_over_floor": ("years", "floor"),
    "skills": ("skills",),
}


def attach_signals(
    posting: dict,
    results: Sequence[dict],
    profiles: Sequence[dict],
    encoder,
    relevance: np.ndarray | None = None,
) -> None:
    """Give every fully scored result its "signals" (matcher.learn.features.signals), with the
    whole-résumé relevance by the retriever's score (given when the pre-filter computed it, one
    per result, else computed here); results are updated."""
    from matcher.match.retrieve import job_scores

    keep = [i for i, r in enumerate(results) if not r.get("screened_out")]
    if not keep:
        return
    chosen = [profiles[i] for i in keep]
    if relevance is None or len(relevance) != len(results):
        relevance = job_scores(posting, chosen, encoder)
    else:
        relevance = np.asarray(relevance)[keep]
    found = job_signals(posting, [results[i] for i in keep], chosen, relevance)
    for i, sig in zip(keep, found, strict=True):
        results[i]["signals"] = sig


def _why(signals: dict, effects: np.ndarray, moved: int) -> list[dict]:
    """The features that explain a move, strongest first: for a candidate ranked up only those
    that pushed up, for one ranked down only those that pushed down ("ranked up, for: ↓ 5 of 13
    must-haves unmet" reads as a contradiction); where the place is unchanged, both."""
    wanted = [f for f in range(len(NAMES)) if abs(effects[f]) >= WHY_FLOOR]
    if moved:
        wanted = [f for f in wanted if (effects[f] > 0) == (moved > 0)]
    strongest = sorted(wanted, key=lambda f: (-abs(effects[f]), f))
    return [
        {
            "feature": NAMES[f],
            "effect": round(float(effects[f]), 3),
            **{k: signals.get(k) for k in FACTS[NAMES[f]]},
        }
        for f in strongest[:WHY_LIMIT]
    ]


def learned_order(results: Sequence[dict], ranker: LearnedRanker | None) -> list[dict]:
    """The results re-ordered by the ranker and numbered from 1, each with {"learned":
    {"score", "verdict_rank", "why": [{"feature", "effect", facts…}]}}; results without
    signals (screened out by the pre-filter) keep their place after the others. Without a
    ranker, or when any scored result lacks signals, the verdict order stands."""
    results = list(results)
    scored = [r for r in results if not r.get("screened_out")]
    rest = [r for r in results if r.get("screened_out")]
    if ranker is None or not scored or any("signals" not in r for r in scored):
        return results
    features = matrix([r["signals"] for r in scored])
    learned = ranker.predict(features)
    effects = ranker.contributions(features)
    knocked = np.array([bool(r.get("knocked_out")) for r in scored])
    verdict_order = order_by(np.array([float(r.get("score") or 0) for r in scored]), knocked)
    verdict_rank = np.empty(len(scored), dtype=int)
    verdict_rank[verdict_order] = np.arange(1, len(scored) + 1)
    order = order_by(learned, knocked)
    ranked_at = np.empty(len(scored), dtype=int)
    ranked_at[order] = np.arange(1, len(scored) + 1)
    for i, result in enumerate(scored):
        result["learned"] = {
            "score": round(float(learned[i]), 4),
            "verdict_rank": int(verdict_rank[i]),
            "why": _why(result["signals"], effects[i], int(verdict_rank[i] - ranked_at[i])),
        }
    ranked = [scored[i] for i in order] + rest
    for n, result in enumerate(ranked, start=1):
        result["rank"] = n
    return ranked
