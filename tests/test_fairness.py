"""The adverse-impact report: selection and scoring rates by stated group, impact ratios against
the best group, the four-fifths flag and the 2% rule, on pools built to give known ratios."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.fairness import age_band, report

TODAY = date(2026, 11, 30)


def _people(spec: list[tuple[dict, int, int, str]]) -> list[dict]:
    """spec: (attributes, how many, how many of them shortlisted, decision for those)."""
    out = []
    for attrs, n, chosen, decision in spec:
        out += [{**attrs, "decision": decision if i < chosen else "reject"} for i in range(n)]
    return out


def _row(rep: dict, attribute: str, group: str, stage: str = "shortlisted") -> dict:
    return next(
        r
        for r in rep["groups"]
        if r["attribute"] == attribute and r["group"] == group and r["stage"] == stage
    )


def test_age_bands_from_stated_birth():
    assert age_band("1963", TODAY) == "50+"
    assert age_band("1990-12", TODAY) == "30-39"  # 35 in December 2026
    assert age_band("1997-12", TODAY) == "<30"  # turns 29 in December: 28 now
    assert age_band("1977-06", TODAY) == "40-49"
    assert age_band(None, TODAY) is None
    assert age_band("2030", TODAY) is None  # not an age a candidate has


def test_selection_impact_ratio_and_four_fifths_flag():
    people = _people(
        [
            ({"gender": "female", "birth": "1990"}, 50, 20, "shortlist"),
            ({"gender": "male", "birth": "1990"}, 50, 30, "interview"),
        ]
    )
    rep = report(people, TODAY)
    female, male = _row(rep, "gender", "female"), _row(rep, "gender", "male")
    assert (female["candidates"], female["selected"], female["selection_rate"]) == (50, 20, 0.4)
    assert male["selection_rate"] == 0.6 and male["impact_ratio"] == 1.0 and not male["flag"]
    assert female["impact_ratio"] == pytest.approx(0.667) and female["flag"]
    # Only the men's decisions reached an interview.
    assert _row(rep, "gender", "female", "interviewed")["selected"] == 0
    assert _row(rep, "gender", "male", "interviewed")["impact_ratio"] == 1.0


def test_a_ratio_at_four_fifths_is_not_flagged():
    people = _people(
        [
            ({"gender": "female"}, 10, 4, "shortlist"),
            ({"gender": "male"}, 10, 5, "shortlist"),
        ]
    )
    assert _row(report(people, TODAY), "gender", "female")["impact_ratio"] == 0.8
    assert not _row(report(people, TODAY), "gender", "female")["flag"]


def test_groups_under_two_percent_are_left_out_with_a_note():
    people = _people(
        [
            ({"birth": "1990"}, 60, 30, "shortlist"),
            ({"birth": "1980"}, 39, 10, "shortlist"),
            ({"birth": "1950"}, 1, 0, "shortlist"),  # 1 of 100: under 2%
        ]
    )
    rep = report(people, TODAY)
    old = _row(rep, "age", "50+")
    assert old["candidates"] == 1 and old["impact_ratio"] is None and not old["flag"]
    assert {"attribute": "age", "group": "50+", "note": "under_2_percent"} in rep["notes"]
    assert _row(rep, "age", "40-49")["impact_ratio"] == pytest.approx(0.513)
    assert rep["unknown"] == {"gender": 100, "age": 0}


def test_scoring_rate_is_the_share_above_the_median_score():
    people = [{"gender": "female", "score": s, "decision": None} for s in (10, 20, 30, 40)]
    people += [{"gender": "male", "score": s, "decision": None} for s in (50, 60, 70, 80)]
    rep = report(people, TODAY)
    rows = {r["group"]: r for r in rep["scoring"] if r["attribute"] == "gender"}
    assert rows["male"]["above_median"] == 4 and rows["male"]["scoring_rate"] == 1.0
    assert rows["female"]["scoring_rate"] == 0.0 and rows["female"]["flag"]
    assert all(r["selected"] == 0 for r in rep["groups"])
