"""Candidate score: weighted mean with must-haves weighing more; knock-outs; flagged kinds."""

from __future__ import annotations

from matcher.match import score


def res(verdict: str, value: float, must: bool = True, typed: bool = True, scored: bool = True):
    return {"verdict": verdict, "score": value, "must": must, "typed": typed, "scored": scored}


def test_must_haves_weigh_more():
    assert score.requirement_weight({"must": True}) == 2 * score.requirement_weight({"must": False})
    assert score.requirement_weight({"must": False, "weight": 3}) == 3.0
    assert score.requirement_weight({"must": False, "weight": -1}) == 0.0
    results = [res("met", 1.0, must=True), res("unmet", 0.0, must=False)]
    weights = [score.requirement_weight({"must": True}), score.requirement_weight({"must": False})]
    assert score.candidate_score(results, weights) == 66.7


def test_unscored_requirements_do_not_count():
    results = [res("met", 1.0), res("unmet", 0.0, scored=False)]
    assert score.candidate_score(results, [1.0, 1.0]) == 100.0
    assert score.candidate_score([], []) == 0.0


def test_knock_out_only_on_typed_must_unmet():
    assert score.knocked_out([res("unmet", 0.0)])
    assert not score.knocked_out([res("unmet", 0.0, typed=False)])  # similarity alone
    assert not score.knocked_out([res("unmet", 0.0, must=False)])
    assert not score.knocked_out([res("unmet", 0.0, scored=False)])  # a flagged condition
    assert not score.knocked_out([res("unknown", 0.25)])  # missing data is not a knock-out


def test_flagged_conditions():
    posting = {"flags": [{"kind": "appearance", "text": "形象好", "reason": "appearance"}]}
    assert score.is_flagged({"kind": "age", "text": "25岁以下"}, posting)
    assert score.is_flagged({"kind": "gender", "text": "限男性"}, posting)
    assert score.is_flagged({"kind": "other", "text": "形象好"}, posting)
    assert not score.is_flagged({"kind": "skill", "text": "Excel"}, posting)
