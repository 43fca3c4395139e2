"""Flagged conditions: gender, age, appearance, marital and the like; 不限 is no condition."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from matcher.jd.flags import age_bounds, flags_in


def _posting(qualifications: str, heading: str = "任职要求:") -> dict:
    (posting,) = parse_jd(f"客服专员岗位职责\n{heading}\n{qualifications}")
    return posting


@pytest.mark.parametrize(
    ("text", "kind", "flag_text"),
    [
        ("限女性", "gender", "限女性"),
        ("女性优先", "gender", "女性优先"),
        ("性别:女", "gender", "性别:女"),
        ("年龄26岁及以上", "age", "年龄26岁及以上"),
        ("20-35岁", "age", "20-35岁"),
        ("35岁以下", "age", "35岁以下"),
        ("声音甜美", "appearance", "声音甜美"),
        ("形象好", "appearance", "形象好"),
        ("形象气质佳", "appearance", "形象气质佳"),
        ("五官端正", "appearance", "五官端正"),
        ("形象阳光", "appearance", "形象阳光"),
        ("身材匀称", "appearance", "身材匀称"),
        ("身高160cm以上", "appearance", "身高160cm以上"),
        ("身高1.58米以上", "appearance", "身高1.58米以上"),
        ("已婚已育", "marital", "已婚"),
        ("本地户口", "birthplace", "本地户口"),
        ("汉族", "ethnicity", "汉族"),
        ("female only", "gender", "female only"),
        ("aged 25-35", "age", "aged 25-35"),
    ],
)
def test_conditions_are_flagged(text, kind, flag_text):
    flags = flags_in(text)
    assert flags and flags[0]["kind"] == kind and flags[0]["text"] == flag_text
    assert flags[0]["reason"]


@pytest.mark.parametrize(
    "text", ["男女不限", "性别 不限", "性别:不限", "年龄不限", "具备良好的沟通能力"]
)
def test_no_condition_no_flag(text):
    assert flags_in(text) == []


def test_age_is_a_requirement_and_a_flag():
    posting = _posting("年龄20-35岁")
    (req,) = posting["requirements"]
    assert (req["kind"], req["min_age"], req["max_age"]) == ("age", 20, 35)
    assert [f["kind"] for f in posting["flags"]] == ["age"]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("26岁及以上", (26, None)),
        ("35岁以下", (None, 35)),
        ("20-35岁", (20, 35)),
        ("25岁", (25, 25)),
    ],
)
def test_age_bounds(text, bounds):
    assert age_bounds(text) == bounds


def test_an_unlabelled_age_is_a_requirement_too():
    (req,) = _posting("35岁以下")["requirements"]
    assert (req["kind"], req["min_age"], req["max_age"]) == ("age", None, 35)


def test_gender_is_a_flag_only():
    posting = _posting("女性,普通话标准、声音甜美")
    assert [f["kind"] for f in posting["flags"]] == ["gender", "appearance"]
    assert [r["kind"] for r in posting["requirements"]] == ["language"]


def test_a_lone_gender_in_a_run_of_conditions_is_a_flag_not_a_requirement():
    posting = _posting("男，25-40岁，高中以上学历")
    assert [(f["kind"], f["text"]) for f in posting["flags"]] == [
        ("gender", "男"),
        ("age", "25-40岁"),
    ]
    assert [r["kind"] for r in posting["requirements"]] == ["age", "education"]


def test_flags_in_duties_are_not_raised():
    (posting,) = parse_jd("客服岗位职责\n岗位职责:\n1. 接待女性顾客。")
    assert posting["flags"] == []
