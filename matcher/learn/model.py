"""The learned ranker: gradient-boosted trees (scikit-learn's HistGradientBoostingRegressor) over
the candidates' within-job feature places, fitted to the gain of the decision taken on each
(job, candidate), monotone in every verdict feature. It is adopted only when it beats the
verdict score on held-out jobs (GroupKFold by job); its explanation is what each feature,
moved to the job's middle, would change in its score."""

from __future__ import annotations

import math
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from matcher.learn.features import MONOTONE, NAMES, within_job

DEFAULT_PATH = Path(__file__).with_name("default_ranker.pkl")
FORMAT = 3  # bump when FEATURES or the pickled state change: older models are then not loaded
FOLDS = 5
MIN_JOBS = 5  # fewer decided jobs than this cannot be cross-validated by job
TOP_K = 10


@dataclass
class Group:
    """One job's decided candidates: raw features (candidates × FEATURES), the gain of each
    decision (higher is better), the verdict score and knock-out of each."""

    features: np.ndarray
    gains: np.ndarray
    scores: np.ndarray
    knocked_out: np.ndarray = field(default=None)  # type: ignore[assignment]

    def __post_init__(self):
        if self.knocked_out is None:
            self.knocked_out = np.zeros(len(self.gains), dtype=bool)


def ndcg_at(gains_in_order: Sequence[float], all_gains: Sequence[float], k: int = TOP_K) -> float:
    """nDCG@k (Järvelin & Kekäläinen 2002, log2 discount) of gains listed in ranked order."""

    def dcg(values: Sequence[float]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(list(values)[:k]))

    best = dcg(sorted(all_gains, reverse=True))
    return dcg(gains_in_order) / best if best > 0 else 0.0


def order_by(scores: np.ndarray, knocked_out: np.ndarray) -> np.ndarray:
    """Indices best first: knock-outs last whatever their score, then score descending, ties in
    input order (stable), as matcher.match.rank orders."""
    keys = np.lexsort((np.arange(len(scores)), -np.asarray(scores), np.asarray(knocked_out)))
    return keys


def group_ndcg(group: Group, scores: np.ndarray) -> float:
    """nDCG@10 of one job's candidates ordered by `scores`."""
    ranked = order_by(scores, group.knocked_out)
    return ndcg_at(group.gains[ranked], group.gains)


class LearnedRanker:
    """Orders one job's candidates from their features; scikit-learn conventions (parameters
    stored unchanged, fit returns self, learned state ends in _)."""

    def __init__(self, max_iter: int = 200, learning_rate: float = 0.05, max_depth: int = 3):
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_depth = max_depth

    def fit(self, groups: Sequence[Group]) -> LearnedRanker:
        """Fit on every group's within-job places and gains."""
        from sklearn.ensemble import HistGradientBoostingRegressor

        groups = [g for g in groups if len(g.gains)]
        if not groups:
            raise ValueError("no decided candidates to learn from")
        x = np.vstack([within_job(g.features) for g in groups])
        y = np.concatenate([g.gains for g in groups]).astype(float)
        model = HistGradientBoostingRegressor(
            max_iter=self.max_iter,
            learning_rate=self.learning_rate,
            max_depth=self.max_depth,
            monotonic_cst=list(MONOTONE),
            random_state=0,
        )
        # One thread: a few thousand rows gain nothing from OpenMP, whose spinning threads
        # cost seconds on a machine whose cores are busy with requests.
        with threadpool_limits(1):
            self.model_ = model.fit(x, y)
        self.format_ = FORMAT
        return self

    def predict(self, features: np.ndarray) -> np.ndarray:
        """The learned score of each candidate of one job (only their order means something)."""
        if not len(features):
            return np.zeros(0)
        with threadpool_limits(1):
            return self.model_.predict(within_job(features))

    def contributions(self, features: np.ndarray) -> np.ndarray:
        """(candidates × FEATURES): how much each feature raises (>0) or lowers (<0) a
        candidate's learned score compared with that feature at the job's middle."""
        if not len(features):
            return np.zeros((0, len(NAMES)))
        places = within_job(features)
        n, width = places.shape
        # Every "feature at the middle" variant in one predict call: one call per feature
        # costs ten times the overhead on a shortlist of thousands.
        variants = np.repeat(places[None, :, :], width + 1, axis=0)
        for f in range(width):
            variants[f + 1, :, f] = 0.0
        with threadpool_limits(1):
            scores = self.model_.predict(variants.reshape(-1, width)).reshape(width + 1, n)
        return (scores[0][None, :] - scores[1:]).T

    def serves(self, language: str | None) -> bool:
        """Whether this ranker may order a posting in `language`: a ranker records the
        languages of the postings it learned from (trained_on_["languages"]); one that records
        none, or a posting of unknown language, is served."""
        languages = (getattr(self, "trained_on_", None) or {}).get("languages")
        return not languages or not language or language in languages

    def dumps(self) -> bytes:
        """The fitted ranker as bytes for the store or the shipped file."""
        return pickle.dumps(self, protocol=5)


def loads(data: bytes) -> LearnedRanker | None:
    """A ranker from dumps(); None when it was made for other features (FORMAT)."""
    ranker = pickle.loads(data)  # written only by this service (its store or the shipped file)
    if not isinstance(ranker, LearnedRanker) or getattr(ranker, "format_", None) != FORMAT:
        return None
    return ranker


def default_ranker() -> LearnedRanker | None:
    """The shipped ranker (trained on the dev split of the public graded set), if present:
    unpickled once per version of the file (it cost ~50 ms, paid by every shortlist request)."""
    try:
        version = DEFAULT_PATH.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _shipped(str(DEFAULT_PATH), version)


@lru_cache(maxsize=1)
def _shipped(path: str, version: int) -> LearnedRanker | None:
    """The ranker in the shipped file at `path` as of `version` (its mtime): read-only once
    loaded, so every request and thread shares it."""
    return loads(Path(path).read_bytes())


def cross_validate(groups: Sequence[Group], folds: int = FOLDS, **params) -> dict:
    """{"learned", "verdict", "jobs", "candidates"}: mean nDCG@10 over held-out jobs, each job
    scored by a ranker fitted on the other folds (GroupKFold by job), against the verdict score
    on the same jobs. A job whose decisions are all alike counts as in the graded bench (any
    order is as good) but cannot be told apart, so at least MIN_JOBS must differ."""
    from sklearn.model_selection import GroupKFold

    groups = [g for g in groups if len(g.gains)]
    differing = sum(g.gains.max() > g.gains.min() for g in groups)
    if differing < max(folds, MIN_JOBS) or len(groups) < folds:
        raise ValueError(
            f"{differing} jobs with differing decisions; at least {max(folds, MIN_JOBS)} needed"
        )
    ids = np.arange(len(groups))
    learned = np.zeros(len(groups))
    for train, test in GroupKFold(n_splits=folds).split(ids, groups=ids):
        ranker = LearnedRanker(**params).fit([groups[i] for i in train])
        for i in test:
            learned[i] = group_ndcg(groups[i], ranker.predict(groups[i].features))
    verdict = [group_ndcg(g, g.scores) for g in groups]
    return {
        "learned": round(float(learned.mean()), 4),
        "verdict": round(float(np.mean(verdict)), 4),
        "jobs": len(groups),
        "candidates": int(sum(len(g.gains) for g in groups)),
    }
