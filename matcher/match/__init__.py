"""Matching requirements against résumés: typed verdicts on parsed values, learned verdicts from
what proves each kind (dated work in the field, named terms, concrete lines) with similarity as
one signal, candidate scores with knock-outs, deterministic ranking (docs/verdicts.md)."""

from __future__ import annotations

from collections.abc import Sequence

from matcher.learn.apply import attach_signals
from matcher.match.engine import Batch, collection_paused, evaluate_batch
from matcher.match.rank import order

__all__ = ["SCORING_VERSION", "evaluate", "order", "rank"]

# Bumped whenever the verdict rules or what a result holds change: results stored under an older
# version are scored again (matcher.service.processing.job_revision), never shown stale.
SCORING_VERSION = 3


def evaluate(posting: dict, profile: dict, encoder, *, score_flagged: bool = False) -> dict:
    """{"score" 0-100, "knocked_out", "requirements": [...]} of one candidate for a posting."""
    return evaluate_batch(posting, [profile], encoder, score_flagged=score_flagged)[0]


def rank(
    posting: dict,
    profiles: Sequence[tuple[str, dict]],
    encoder,
    *,
    score_flagged: bool = False,
    retrieve_above: int | None = None,
    **options,
) -> list[dict]:
    """Evaluate every (name, profile) in one batch and order them: the CLI's candidate shape
    {"resume", "rank", "score", "knocked_out", "requirements", "signals"}, best first by the
    verdict score (matcher.learn re-orders by a learned ranker). Pools larger than
    `retrieve_above` are first narrowed by matcher.match.retrieve; the others follow them with
    score 0, no requirements and "screened_out": true (listed, never dropped).

    `profiles` may be a list or a lazy sequence (matcher.store.pool.CandidatePool) that loads
    profiles when sliced and offers names(), take(indices) and documents(start, stop): the
    pre-filter then reads the pool's texts a chunk at a time and only the candidates kept are
    read and held in full. `options` go to evaluate_batch (verdict_model, keep_signals)."""
    from matcher.match.retrieve import job_scores, shortlist_scored

    with collection_paused():
        names = profiles.names() if hasattr(profiles, "names") else [n for n, _ in profiles]
        chosen, rest, relevance = shortlist_scored(
            posting, _ProfileView(profiles), encoder, retrieve_above
        )
        taken = (
            profiles.take(chosen) if hasattr(profiles, "take") else [profiles[i] for i in chosen]
        )
        kept = [p for _, p in taken]
        batch = Batch(posting, kept, encoder)
        evaluated = evaluate_batch(
            posting, kept, encoder, score_flagged=score_flagged, batch=batch, **options
        )
        results = [
            {"resume": names[i], "rank": 0, **result}
            for i, result in zip(chosen, evaluated, strict=True)
        ]
        # What a learned ranker weighs besides the verdicts (matcher.learn.features), kept with
        # each result so that ordering a stored shortlist reads no profile.
        if relevance is None and kept and posting.get("requirements"):
            # the whole-résumé relevance from the batch's own counts: no second scan
            relevance = job_scores(posting, kept, encoder, lexical=batch.document_lexical())
        attach_signals(posting, results, kept, encoder, relevance)
        # the profiles and the batch are let go before the collector is turned back on: its
        # first (young) collection then walks the results only (measured at 1,000: 0.025-0.035
        # s a shortlist, 0.013-0.023 s so)
        del taken, kept, batch, evaluated
        # the screened-out rows and the ordering too: thousands of new dicts would otherwise
        # set off full collections over every profile still held (~0.15 s at 10,000)
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


class _ProfileView(Sequence):
    """The profiles of a (name, profile) sequence, sliced through to it (a lazy pool loads only
    the slice asked for)."""

    def __init__(self, pairs: Sequence[tuple[str, dict]]):
        self.pairs = pairs

    def __len__(self) -> int:
        return len(self.pairs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [p for _, p in self.pairs[index]]
        return self.pairs[index][1]

    def __getattr__(self, name: str):
        # the retriever's texts and vector index, straight from the pool
        if name in ("documents", "nearest", "subset") and hasattr(self.pairs, name):
            return getattr(self.pairs, name)
        raise AttributeError(name)
