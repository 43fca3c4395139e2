"""Learned order: a model that weighs each candidate's verdicts (and a few other explainable
signals) to order a shortlist, trained on the team's recorded decisions or, by default, on the
public graded set. Verdicts, evidence and knock-outs stay what they are: the model only orders."""

from matcher.learn.apply import attach_signals, learned_order
from matcher.learn.features import FEATURES, NAMES, job_signals, matrix
from matcher.learn.model import (
    Group,
    LearnedRanker,
    cross_validate,
    default_ranker,
    loads,
    ndcg_at,
)

__all__ = [
    "FEATURES",
    "attach_signals",
    "NAMES",
    "Group",
    "LearnedRanker",
    "cross_validate",
    "default_ranker",
    "job_signals",
    "learned_order",
    "loads",
    "matrix",
    "ndcg_at",
]
