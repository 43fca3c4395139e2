"""The learned ranker: features from verdicts (never gender or age), within-job places, the
monotone model, cross-validation by job, and ordering a shortlist without touching verdicts."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.learn import (
    NAMES,
    Group,
    LearnedRanker,
    cross_validate,
    default_ranker,
    learned_order,
    loads,
    matrix,
)
from matcher.learn.features import job_signals, named_in, posting_words, signals, within_job
from matcher.learn.model import FORMAT, ndcg_at


def _result(verdicts: list[tuple[str, bool, str]], score: float, knocked: bool = False) -> dict:
    return {
        "score": score,
        "knocked_out": knocked,
        "requirements": [
            {"kind": kind, "must": must, "verdict": v, "score": 1.0 if v == "met" else 0.0}
            for v, must, kind in verdicts
        ],
    }


def _groups(n_jobs: int, seed: int = 0) -> list[Group]:
    """Jobs whose decisions follow the share of must-haves met; the verdict score is noise."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n_jobs):
        n = 20
        sigs = []
        for _ in range(n):
            met = int(rng.integers(0, 5))
            sig = signals(
                _result([("met", True, "skill")] * met + [("unmet", True, "skill")] * (4 - met), 0),
                {"total_years": float(rng.integers(0, 20)), "sentences": [{}] * 30},
                float(rng.random()),
                None,
            )
            sig["score"] = float(rng.random())  # the verdict score says nothing here
            sigs.append(sig)
        features = matrix(sigs)
        gains = np.array([4.0 * s["must_met"] / 4 for s in sigs]) + rng.normal(0, 0.3, n)
        out.append(Group(features, np.clip(np.round(gains), 0, 4), features[:, 0]))
    return out


def test_no_feature_stands_for_gender_or_age():
    assert not {"gender", "birth", "age", "years"} & set(NAMES)
    base = {"total_years": 12.0, "sentences": [{}] * 10, "skills": ["sql"]}
    result = _result([("met", True, "education"), ("unknown", False, "skill")], 60.0)
    plain = signals(result, base, 0.4, 5.0)
    stated = signals(result, {**base, "gender": "female", "birth": "1961-04"}, 0.4, 5.0)
    assert plain == stated


def test_flagged_conditions_are_not_counted():
    result = _result([("met", True, "education")], 80.0)
    result["requirements"].append(
        {"kind": "age", "must": True, "verdict": "unmet", "score": 0.0, "scored": False}
    )
    sig = signals(result, {}, 0.5, None)
    assert (sig["must"], sig["must_met"], sig["must_not"]) == (1, 1, 0)


def test_an_unknown_on_a_line_similar_in_tone_only_is_not_counted_as_silence():
    """The verdict leaves a nameless clause unknown on a line similar in tone only
    (reason similar_tone); the order keeps that apart from a résumé with nothing like it."""
    result = _result([("unknown", True, "other"), ("unknown", True, "competency")], 40.0)
    silent = signals(result, {}, 0.5, None)
    result["requirements"][0]["reason_codes"] = [{"code": "similar_tone", "params": {}}]
    result["requirements"][1]["reason_codes"] = [{"code": "no_concrete", "params": {}}]
    tone = signals(result, {}, 0.5, None)
    assert (silent["must_not"], tone["must_not"], tone["must_met"]) == (2, 1, 0)
    assert matrix([tone])[0, NAMES.index("must_not")] == 0.5


def test_years_count_only_up_to_the_floor():
    senior = matrix([signals(_result([], 50.0), {"total_years": 30.0}, 0.1, 5.0)])
    enough = matrix([signals(_result([], 50.0), {"total_years": 5.0}, 0.1, 5.0)])
    short = matrix([signals(_result([], 50.0), {"total_years": 2.0}, 0.1, 5.0)])
    column = NAMES.index("years_over_floor")
    assert senior[0, column] == enough[0, column] == 1.0
    assert short[0, column] == pytest.approx(0.4)


def test_skills_count_only_where_the_posting_names_them():
    # A skills section's noise ("Diwali Dhamaka") lifted a résumé for its length; only the
    # skills the posting names count, as whole words.
    posting = {
        "title": "Java developer",
        "requirements": [{"text": "Experience with Node.js, C++ and MS Office; 熟练使用Excel"}],
        "duties": ["Write SQL reports"],
    }
    words = posting_words(posting)
    named = ["Java", "C++", "Node.js", "SQL", "MS Office", "Excel"]
    unnamed = ["JavaScript", "C", "Diwali Dhamaka", "Form 24Q", "办公软件", "Office 365"]
    assert named_in(named, words) == len(named)
    assert named_in(unnamed, words) == 0
    long_list = {"total_years": 3.0, "skills": unnamed * 5 + ["Java"]}
    short_list = {"total_years": 3.0, "skills": ["Java", "SQL"]}
    sigs = job_signals(posting, [_result([], 50.0)] * 2, [long_list, short_list], [0.3, 0.3])
    assert [s["skills"] for s in sigs] == [1, 2]


def test_within_job_places_share_ties_and_span_minus_half_to_half():
    places = within_job(np.array([[1.0], [3.0], [3.0], [0.0]]))
    assert places[:, 0].tolist() == pytest.approx([-1 / 6, 1 / 3, 1 / 3, -0.5])
    assert within_job(np.array([[7.0, 2.0]])).tolist() == [[0.0, 0.0]]


def test_ndcg_is_one_for_the_ideal_order_and_lower_otherwise():
    assert ndcg_at([3, 2, 0], [0, 2, 3]) == pytest.approx(1.0)
    assert ndcg_at([0, 2, 3], [0, 2, 3]) < 0.8


def test_the_ranker_learns_what_decisions_follow_and_stays_monotone():
    ranker = LearnedRanker(max_iter=60).fit(_groups(12))
    probe = _groups(1, seed=99)[0]
    scores = ranker.predict(probe.features)
    must_met = probe.features[:, NAMES.index("must_met")]
    assert np.corrcoef(scores, must_met)[0, 1] > 0.8
    # Meeting more must-haves never lowers a candidate's learned score.
    better = probe.features.copy()
    better[0, NAMES.index("must_met")] = 1.0
    assert ranker.predict(better)[0] >= scores[0]


def test_cross_validation_beats_a_noisy_verdict_score_and_needs_enough_jobs():
    figures = cross_validate(_groups(10), max_iter=60)
    assert figures["jobs"] == 10 and figures["candidates"] == 200
    assert figures["learned"] > figures["verdict"] + 0.1
    with pytest.raises(ValueError, match="at least 5"):
        cross_validate(_groups(3))


def test_dumps_and_loads_keep_the_model_and_refuse_other_formats():
    ranker = LearnedRanker(max_iter=20).fit(_groups(3))
    probe = _groups(1, seed=5)[0].features
    again = loads(ranker.dumps())
    assert np.allclose(again.predict(probe), ranker.predict(probe))
    ranker.format_ = FORMAT + 1
    assert loads(ranker.dumps()) is None


def test_the_shipped_default_ranker_loads():
    ranker = default_ranker()
    assert isinstance(ranker, LearnedRanker)
    assert ranker.trained_on_["jobs"] >= 50
    assert ranker.trained_on_["cv"]["learned"] > ranker.trained_on_["cv"]["verdict"]


def _shortlist() -> list[dict]:
    """Four scored candidates (one knocked out, who has every must-have met) and one screened."""
    out = []
    for name, met, score, knocked in (
        ("a", 0, 90.0, False),
        ("b", 4, 60.0, False),
        ("c", 4, 95.0, True),
        ("d", 2, 70.0, False),
    ):
        verdicts = [("met", True, "skill")] * met + [("unmet", True, "skill")] * (4 - met)
        result = {"resume": name, "rank": 0, **_result(verdicts, score, knocked)}
        result["signals"] = signals(result, {"total_years": 3.0}, 0.5, None)
        out.append(result)
    out.append({"resume": "e", "rank": 5, "score": 0.0, "requirements": [], "screened_out": True})
    return out


def test_learned_order_moves_candidates_but_keeps_verdicts_and_knock_outs():
    ranker = LearnedRanker(max_iter=60).fit(_groups(12))
    before = {r["resume"]: (r["score"], r["requirements"]) for r in _shortlist()}
    ranked = learned_order(_shortlist(), ranker)
    names = [r["resume"] for r in ranked]
    assert names[0] == "b"  # every must-have met: first, though "a" has the higher score
    assert names[-2:] == ["c", "e"]  # the knock-out stays last of the scored, screened after
    assert [r["rank"] for r in ranked] == [1, 2, 3, 4, 5]
    for r in ranked:
        assert (r["score"], r["requirements"]) == before[r["resume"]]
    b = ranked[0]["learned"]
    assert b["verdict_rank"] == 3  # after a (90) and d (70); c is knocked out
    top = b["why"][0]
    assert top["feature"] in ("must_met", "must_not") and top["effect"] != 0
    assert top["must"] == 4
    assert "learned" not in ranked[-1]


def test_a_move_is_explained_only_by_what_pushed_that_way():
    ranker = LearnedRanker(max_iter=60).fit(_groups(12))
    ranked = [r for r in learned_order(_shortlist(), ranker) if "learned" in r]
    moved = [r for r in ranked if r["learned"]["verdict_rank"] != r["rank"]]
    assert moved  # b moved up past a and d, so someone moved down
    for r in moved:
        up = r["learned"]["verdict_rank"] > r["rank"]
        assert r["learned"]["why"], r["resume"]
        assert all((w["effect"] > 0) == up for w in r["learned"]["why"]), r["learned"]


def test_without_a_ranker_or_signals_the_verdict_order_stands():
    plain = _shortlist()
    assert learned_order(plain, None) == plain
    missing = _shortlist()
    del missing[1]["signals"]
    assert [
        r["resume"] for r in learned_order(missing, LearnedRanker(max_iter=20).fit(_groups(4)))
    ] == [r["resume"] for r in missing]


def test_the_shipped_ranker_is_read_once_per_version_of_its_file(tmp_path, monkeypatch):
    # Unpickling it cost ~50 ms of every shortlist request: it is read again only when the
    # file changes (bench_learned_rank.py --save).
    import os
    import shutil

    from matcher.learn import model

    copy = tmp_path / "ranker.pkl"
    shutil.copy(model.DEFAULT_PATH, copy)
    monkeypatch.setattr(model, "DEFAULT_PATH", copy)
    first = model.default_ranker()
    assert first is not None and model.default_ranker() is first
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = model.default_ranker()
    assert again is not first and again.trained_on_ == first.trained_on_
    copy.unlink()
    assert model.default_ranker() is None
