"""Ordering: not knocked out first, score descending, stable key; ranks assigned."""

from __future__ import annotations

import random

from matcher.match import order


def test_knocked_out_rank_below_and_are_kept():
    results = [
        {"resume": "a.txt", "score": 95.0, "knocked_out": True},
        {"resume": "b.txt", "score": 40.0, "knocked_out": False},
        {"resume": "c.txt", "score": 60.0, "knocked_out": False},
    ]
    ranked = order(results)
    assert [r["resume"] for r in ranked] == ["c.txt", "b.txt", "a.txt"]
    assert [r["rank"] for r in ranked] == [1, 2, 3]


def test_ties_break_by_name_whatever_the_input_order():
    base = [{"resume": n, "score": 50.0, "knocked_out": False} for n in "edcba"]
    for seed in range(5):
        shuffled = [dict(r) for r in base]
        random.Random(seed).shuffle(shuffled)
        assert [r["resume"] for r in order(shuffled)] == list("abcde")


def test_ids_order_numerically_and_scores_tie_at_one_decimal():
    results = [
        {"id": 10, "score": 70.04, "knocked_out": False},
        {"id": 9, "score": 70.01, "knocked_out": False},
        {"id": 2, "score": 69.0, "knocked_out": False},
    ]
    assert [r["id"] for r in order(results)] == [9, 10, 2]
