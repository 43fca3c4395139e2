"""Retrieval for large pools: one vector and one lexical score per résumé against the whole job,
so only the best few thousand candidates are scored requirement by requirement.

A résumé's vector is the encoder's vector of its whole text (cached like any other text, so a
warm pool costs a lookup, not an encode); the job's vector is the weighted mean of its
requirements' vectors; the lexical score is the weighted mean of the requirements' TF-IDF cosines
with the whole text; the share of the requirements' named terms the résumé names is added (a
German clause's capitalised nouns asked with its names: terms.prefilter_terms)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matcher.match import doc_terms, terms
from matcher.match.engine import job_documents, requirement_text
from matcher.match.lexical import LexicalModel
from matcher.match.score import requirement_weight
from matcher.match.semantic import thresholds_for
from matcher.resume.sentences import document

RETRIEVE_ABOVE = 3000  # pools up to this size are scored in full
CHUNK = 2048  # résumés per step of the pre-filter
# Weight of the share of the job's named terms a résumé names (matcher.match.terms), beside the
# fused similarity (about 0.2-0.6): full scoring gives named terms half of a requirement's
# score, and without them the pre-filter dropped a third of the full top ten's good candidates
# on the graded set. 0.1-0.5 all gave nDCG@10 within 0.005 of each other there.
TERMS_WEIGHT = 0.5


# A pool that can cut itself by cosine in the database (PostgreSQL with MATCHER_POOL_INDEX=1:
# matcher.store.pgvectors, an exact query, no HNSW index) fetches this many times the kept
# number of nearest résumés by cosine alone, then keeps the best by the fused score below (a
# pool no larger than that is scanned whole: the same work). docs/scaling.md: what the cut keeps.
ANN_FACTOR = 4


def _weights(reqs: list[dict]) -> np.ndarray:
    weights = np.array([requirement_weight(r) for r in reqs], dtype=np.float32)
    return weights / weights.sum() if weights.sum() > 0 else np.full(len(reqs), 1 / len(reqs))


def job_vector(posting: dict, encoder) -> np.ndarray:
    """The job's vector: its requirements' vectors averaged by weight, L2-normalised."""
    reqs = list(posting.get("requirements") or [])
    job = (_weights(reqs)[:, None] * encoder.encode([requirement_text(r) for r in reqs])).sum(
        axis=0
    )
    return job / (np.linalg.norm(job) or 1.0)


def job_scores(
    posting: dict, profiles: Sequence[dict], encoder, lexical: np.ndarray | None = None
) -> np.ndarray:
    """One relevance score per profile for the whole posting (higher is better). A sequence
    with documents(start, stop) gives the texts itself (the store keeps them), so no profile
    is read. `lexical`: each text's LexicalModel.score, when the caller has them
    (matcher.match.engine.Batch.document_lexical): the texts are then not scanned again."""
    reqs = list(posting.get("requirements") or [])
    n = len(profiles)
    if not reqs or not n:
        return np.zeros(n, dtype=np.float32)
    texts = [requirement_text(r) for r in reqs]
    weights = _weights(reqs)
    job = job_vector(posting, encoder)
    lexical_model = LexicalModel().fit(job_documents(posting), texts) if lexical is None else None
    th = thresholds_for(encoder)
    named = [(w, terms.prefilter_terms(r)) for r, w in zip(reqs, weights, strict=True)]
    named = [(w, t, doc_terms.term_ids(t)) for w, t in named if t]
    named_weight = sum(w for w, _, _ in named)
    out = np.zeros(n, dtype=np.float32)
    # In chunks: the whole texts of 100,000 résumés (and their code points, and their vectors)
    # at once would cost gigabytes; a chunk at a time costs a few MB and the same time.
    for start in range(0, n, CHUNK):
        docs = (
            profiles.documents(start, start + CHUNK)
            if hasattr(profiles, "documents")
            else [document(p) for p in profiles[start : start + CHUNK]]
        )
        # Row by row (not a matrix product, whose BLAS kernel sums a row differently with the
        # number of rows): each résumé's score is the same in any chunk or shard of the pool.
        cos = (encoder.encode(docs) * job).sum(axis=1)
        # lower-cased once, for the lexical counts and the named terms
        lowered = [d.lower() for d in docs] if lexical_model or named else []
        sims = (
            lexical_model.score_lowered(lowered)
            if lexical_model
            else lexical[start : start + len(docs)]
        )
        score = th.fuse(cos, (np.asarray(sims) * weights).sum(axis=1))
        if named:
            # which terms each text names, kept per text across shortlists (doc_terms)
            kept = doc_terms.answers([doc_terms.key(d) for d in docs])
            share = np.array(
                [
                    sum(w * doc_terms.share(t, ids, low, known) for w, t, ids in named)
                    / named_weight
                    for low, known in zip(lowered, kept, strict=True)
                ],
                dtype=np.float32,
            )
            score = score + TERMS_WEIGHT * share
        out[start : start + len(docs)] = score
    return out


def shortlist_pool(
    posting: dict, profiles: Sequence[dict], encoder, retrieve_above: int | None = None
) -> tuple[list[int], list[int]]:
    """(indices to score in full, indices left out), each in input order. Pools no larger than
    `retrieve_above` (default RETRIEVE_ABOVE) are kept whole."""
    chosen, rest, _ = shortlist_scored(posting, profiles, encoder, retrieve_above)
    return chosen, rest


def shortlist_scored(
    posting: dict, profiles: Sequence[dict], encoder, retrieve_above: int | None = None
) -> tuple[list[int], list[int], np.ndarray | None]:
    """shortlist_pool's (kept, left out) and the job scores of the kept ones, in their order
    (None when the pool was kept whole unscored): the learned order reads the same relevance."""
    limit = RETRIEVE_ABOVE if retrieve_above is None else retrieve_above
    n = len(profiles)
    if n <= limit:
        return list(range(n)), [], None
    near = None
    if hasattr(profiles, "nearest") and posting.get("requirements") and ANN_FACTOR * limit < n:
        # One query in the database narrows the pool to the nearest by cosine (None: the cut
        # is off for these profiles); the same fused score as below then picks the kept ones.
        near = profiles.nearest(encoder, job_vector(posting, encoder), ANN_FACTOR * limit)
    if near is None:
        scores = job_scores(posting, profiles, encoder)
        chosen, rest = keep_best(scores, limit)
        return chosen, rest, scores[chosen]
    near = sorted(near)  # input order, so equal scores break ties as the full scan does
    scores = job_scores(posting, profiles.subset(near), encoder)
    best, _ = keep_best(scores, limit)
    chosen = [near[i] for i in best]
    keep = set(chosen)
    return chosen, [i for i in range(n) if i not in keep], scores[best]


def keep_best(scores: np.ndarray, limit: int) -> tuple[list[int], list[int]]:
    """(indices of the `limit` best scores, the others), each in input order; equal scores keep
    input order (a stable sort), so the cut is deterministic however the scores were computed."""
    best = np.argsort(-scores, kind="stable")[:limit]
    keep = set(best.tolist())
    return sorted(keep), [i for i in range(len(scores)) if i not in keep]
