"""evaluate / rank end to end on parsed résumés: result shape, evidence offsets, knock-out
ordering, flagged conditions, batching, determinism, and cross-language evidence with the real
default model."""

from __future__ import annotations

import json

import pytest

from matcher.match import evaluate, rank
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder

KEYS = {"text", "kind", "must", "verdict", "score", "evidence", "reason"}


def requirement(kind: str, text: str, must: bool = True, **fields) -> dict:
    names = "min_level min_years max_years field language level min_age max_age"
    return {
        **dict.fromkeys(names.split()),
        "kind": kind,
        "text": text,
        "must": must,
        "weight": 1.0,
        "values": [],
        **fields,
    }


POSTING = {
    "title": "客服主管",
    "language": "zh",
    "sections": {"duties": "负责客服团队管理"},
    "duties": ["负责客服团队管理"],
    "requirements": [
        requirement("education", "大专及以上学历", min_level="associate"),
        requirement("skill", "熟练使用Excel", values=["Excel"]),
        requirement("age", "年龄25-35岁", min_age=25, max_age=35),
    ],
    "flags": [{"kind": "age", "text": "年龄25-35岁", "reason": "age"}],
}
# Fictional people.
GOOD = "王小明\n教育背景\n2012-2016 华南理工大学 本科\n技能\n熟练使用Excel和数据透视表\n"
LOW = "赵一\n教育背景\n2010-2013 某市第一中学 高中\n技能\n熟练使用Excel\n"
SILENT = "钱二\n自我评价\n性格开朗，热爱生活\n"


def profiles() -> list[tuple[str, dict]]:
    return [
        (name, parse_resume(text, today="2026-11-28"))
        for name, text in [("low.txt", LOW), ("silent.txt", SILENT), ("good.txt", GOOD)]
    ]


def test_evaluate_shape_and_evidence_offsets():
    text = GOOD
    result = evaluate(POSTING, parse_resume(text, today="2026-11-28"), FakeEncoder())
    assert set(result) == {"score", "knocked_out", "requirements"}
    assert 0.0 <= result["score"] <= 100.0 and result["knocked_out"] is False
    edu, skill, age = result["requirements"]
    assert set(edu) >= KEYS and edu["verdict"] == "met" and edu["reason"] == "本科 ≥ 大专"
    assert text[edu["evidence_start"] : edu["evidence_end"]] == edu["evidence"]
    assert "本科" in edu["evidence"]
    assert skill["verdict"] == "met" and "Excel" in skill["evidence"]
    assert 0.0 <= skill["score"] <= 1.0
    # a flagged condition is listed but not scored
    # said in the posting's language, from codes the reader's language says again
    assert age["scored"] is False and age["reason"] == "不计分（受关注条件）：简历未写明年龄"
    assert [c["code"] for c in age["reason_codes"]] == ["not_scored", "age_unknown"]


def test_flagged_conditions_count_only_when_asked():
    p = parse_resume(GOOD, today="2026-11-28")
    plain = evaluate(POSTING, p, FakeEncoder())
    flagged = evaluate(POSTING, p, FakeEncoder(), score_flagged=True)
    assert flagged["requirements"][2]["scored"] is True
    assert flagged["requirements"][2]["verdict"] == "unknown"  # no birth date stated
    assert flagged["score"] < plain["score"]


def test_rank_knocks_out_below_and_unknown_is_not_met():
    ranked = rank(POSTING, profiles(), FakeEncoder())
    assert [c["resume"] for c in ranked] == ["good.txt", "silent.txt", "low.txt"]
    assert [c["rank"] for c in ranked] == [1, 2, 3]
    low = ranked[2]
    assert low["knocked_out"] is True and low["requirements"][0]["verdict"] == "unmet"
    assert low["score"] > ranked[1]["score"]  # a higher score, still ranked below
    silent = ranked[1]
    assert silent["requirements"][0]["verdict"] == "unknown"
    assert silent["requirements"][0]["evidence"] is None
    for cand in ranked:
        assert set(cand) >= {"resume", "rank", "score", "knocked_out", "requirements"}
        assert cand["score"] == round(cand["score"], 1)


def test_rank_encodes_in_one_call_and_is_deterministic():
    enc = FakeEncoder(model_id="fake@batch")
    evaluate(POSTING, parse_resume(GOOD), enc)  # calibrates once for this model id
    before = enc.calls
    first = rank(POSTING, profiles(), enc)
    # one call for every sentence and requirement of the verdicts, two for the learned order's
    # whole-résumé relevance (the job's requirements, then the documents): never one per résumé
    assert enc.calls - before == 3
    again = rank(POSTING, list(reversed(profiles())), FakeEncoder(model_id="fake@batch"))
    dump = lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True)  # noqa: E731
    assert dump(first) == dump(again)


def test_posting_without_requirements_judges_no_duty_or_summary_sentence():
    """No requirement found: nothing stands in for them (not the duties, the title or the
    summary's sentences); every candidate has no verdicts and score 0 until they are marked."""
    posting = {
        **POSTING,
        "title": "Excel报表专员",
        "requirements": [],
        "flags": [],
        "duties": ["熟练使用Excel制作报表"],
        "sections": {"summary": "我们需要一位熟练使用Excel制作报表的同事。Come join our team!"},
    }
    enc = FakeEncoder(model_id="fake@none")
    ranked = rank(posting, profiles(), enc)
    assert len(ranked) == 3
    assert all(c["requirements"] == [] and c["score"] == 0.0 for c in ranked)
    assert not any(c["knocked_out"] for c in ranked)
    assert sorted(c["resume"] for c in ranked) == ["good.txt", "low.txt", "silent.txt"]


@pytest.mark.slow
def test_cross_language_evidence_with_the_default_model(default_encoder):
    posting = {
        "title": "财务",
        "requirements": [
            requirement("knowledge", "熟悉财务报表编制", values=["财务报表编制"]),
            requirement("experience", "具备团队管理经验", field="团队管理"),
        ],
        "flags": [],
        "duties": [],
        "sections": {},
    }
    text = (
        "Jane Doe\nExperience\nPrepared monthly balance sheets and income statements\n"
        "Supervised a group of eight accountants\nHobbies\nPlays piano on weekends\n"
    )
    result = evaluate(posting, parse_resume(text, today="2026-11-28"), default_encoder)
    report, team = result["requirements"]
    assert report["verdict"] in ("met", "partial")
    assert report["evidence"] == "Prepared monthly balance sheets and income statements"
    assert text[report["evidence_start"] : report["evidence_end"]] == report["evidence"]
    # team management is experience in a field: no dated work history, so unknown (no dates,
    # no years), whatever a line says
    assert (team["verdict"], team["reason"]) == ("unknown", "无注明日期的工作经历")


def test_collection_paused_while_scoring_and_restored_after():
    import gc

    from matcher.match.engine import collection_paused

    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():  # nested (a shortlist within a shortlist's thread)
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer one still scores
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("a failing shortlist")
    assert gc.isenabled()  # turned back on after a failure too
    gc.disable()
    try:
        rank(POSTING, profiles(), FakeEncoder(model_id="fake@gc"))
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()
    rank(POSTING, profiles(), FakeEncoder(model_id="fake@gc"))
    assert gc.isenabled()


def test_batch_lines_are_each_profiles_own_lowered_lines():
    """Each profile's readers get their slice of the batch's lower-cased lines: the same text
    and line starts as lower-casing the profile alone (case changes that change a length, a
    final sigma, empty lines, a profile without lines)."""
    import numpy as np

    from matcher.match import engine, judgement

    lines = [["Ab", "İstanbul ΑΣ x", ""], [], ["ONE"], [""], ["", "Zürich SQL"]]
    profiles = [{"sentences": [{"text": t} for t in texts]} for texts in lines]
    batch = engine.Batch(POSTING, profiles, FakeEncoder(model_id="fake@lines"))
    for i, profile in enumerate(profiles):
        text, starts = judgement.lowered_text(judgement.Context(profile, None, None, "en", None))
        got_text, got_starts = batch.lowered(i)
        assert got_text == text and got_starts.dtype == starts.dtype
        assert np.array_equal(got_starts, starts)
