"""parse_jd against the hand-made gold of the founding JD collection (../shared/data/jds).

Rules for the fields the gold gives:
- titles, in order, exactly (11 postings; 销售客服主管's three articles stay one posting here);
- education floor, years, age, majors (as a set), languages with must, flags: exactly;
- skills / knowledge / competencies: each gold item is "found" when a requirement of that kind has
  the gold text inside its own text, or the gold text is made up of that requirement's values
  (every value inside the gold text, covering at least half of it), compared without
  punctuation or spaces;
- postings that state no qualifications have no requirements and no flags."""

from __future__ import annotations

import json
import re

import pytest

from matcher.jd import parse_jd
from tests.conftest import shared_path


def _norm(text: str) -> str:
    return re.sub(r"[\s,，、;；:：。.()（）]", "", text).lower()


@pytest.fixture(scope="module")
def parsed() -> tuple[list[dict], dict]:
    text = shared_path("jds", "000_d1982b6cd2188f0a.txt").read_text(encoding="utf-8")
    gold = json.loads(
        shared_path("jds", "000_d1982b6cd2188f0a.gold.json").read_text(encoding="utf-8")
    )
    return parse_jd(text), gold


def _of_kind(posting: dict, kind: str) -> list[dict]:
    return [r for r in posting["requirements"] if r["kind"] == kind]


def _found(item: str, reqs: list[dict]) -> bool:
    gold = _norm(item)
    for req in reqs:
        if gold in _norm(req["text"]):
            return True
        values = [_norm(v) for v in req["values"] if _norm(v)]
        inside = [v for v in values if v in gold]
        if inside and sum(len(v) for v in inside) * 2 >= len(gold):
            return True
    return False


def test_postings_and_titles_in_order(parsed):
    postings, gold = parsed
    assert [p["title"] for p in postings] == [g["title"] for g in gold["postings"]]
    assert all(p["language"] == "zh" for p in postings[:9])


def test_postings_without_qualifications_have_no_requirements(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        if not g["qualifications_stated"]:
            assert p["requirements"] == [], p["title"]
            assert p["flags"] == [], p["title"]
        else:
            assert p["requirements"], p["title"]


def test_education_floor(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        if not g["qualifications_stated"]:
            continue
        edu = _of_kind(p, "education")
        if g.get("education") is None:
            assert edu == [], p["title"]
            continue
        assert [(r["min_level"], r["must"]) for r in edu] == [
            (g["education"]["min_level"], g["education"]["must"])
        ]
        assert _norm(g["education"]["text"]) in _norm(edu[0]["text"])


def test_years_of_experience(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        if not g["qualifications_stated"]:
            continue
        exp = _of_kind(p, "experience")
        stated = [r["min_years"] for r in exp if r["min_years"] is not None]
        assert (max(stated) if stated else None) == g["min_years"], p["title"]
        for want in g.get("experience", []):
            head = _norm(want["text"])[:6]  # the source says 工作经险 where the gold says 经验
            match = [r for r in exp if head in _norm(r["text"])]
            assert len(match) == 1, (p["title"], want)
            for key in ("must", "min_years", "max_years"):
                if key in want:
                    assert match[0][key] == want[key], (p["title"], want, key)


def test_majors(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        if not g["qualifications_stated"]:
            continue
        majors = _of_kind(p, "major")
        if "majors" not in g:
            assert majors == [], p["title"]
            continue
        assert len(majors) == 1, p["title"]
        assert set(majors[0]["values"]) == set(g["majors"]["values"])
        assert majors[0]["must"] is g["majors"]["must"]


def test_languages_with_must(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        if not g["qualifications_stated"]:
            continue
        # A clause naming alternatives (如西班牙语、法语或阿拉伯语等) is one requirement whose
        # values are the languages, any one of which meets it.
        got = sorted((v, r["must"]) for r in _of_kind(p, "language") for v in r["values"])
        want = sorted((x["language"], x["must"]) for x in g.get("languages", []))
        assert got == want, p["title"]
        for x in g.get("languages", []):
            if "text" in x:
                req = next(r for r in _of_kind(p, "language") if x["language"] in r["values"])
                assert _norm(x["text"]) in _norm(req["text"])


def test_language_levels(parsed):
    postings, _ = parsed
    english = next(r for r in _of_kind(postings[3], "language") if r["language"] == "english")
    assert english["level"] == "fluent"  # 熟练掌握英语
    (mandarin,) = _of_kind(postings[10], "language")
    assert mandarin["level"] == "good"  # 普通话标准


def test_age(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        ages = _of_kind(p, "age")
        if "min_age" in g:
            assert [(r["min_age"], r["max_age"]) for r in ages] == [(g["min_age"], None)]
        else:
            assert ages == [], p["title"]


def test_flags(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        assert sorted(f["text"] for f in p["flags"]) == sorted(
            f["text"] for f in g.get("flags", [])
        ), p["title"]
        assert all(f["reason"] for f in p["flags"])
    kinds = {f["text"]: f["kind"] for f in postings[10]["flags"]}
    assert kinds == {"声音甜美": "appearance", "年龄26岁及以上": "age"}


def test_gender_not_limited_is_neither_requirement_nor_flag(parsed):
    postings, _ = parsed
    for p in postings:
        assert not any(r["kind"] == "gender" for r in p["requirements"])
        assert not any("不限" in r["text"] for r in p["requirements"])


@pytest.mark.parametrize(
    ("gold_key", "kind"),
    [("skills", "skill"), ("knowledge", "knowledge"), ("competencies", "competency")],
)
def test_soft_items_found_as_their_kind(parsed, gold_key, kind):
    postings, gold = parsed
    checked = 0
    for p, g in zip(postings, gold["postings"], strict=True):
        for item in g.get(gold_key, []):
            assert _found(item, _of_kind(p, kind)), (p["title"], kind, item)
            checked += 1
    assert checked >= 5


def test_nice_to_have_items(parsed):
    postings, gold = parsed
    for p, g in zip(postings, gold["postings"], strict=True):
        for item in g.get("nice_to_have", []):
            nice = [r for r in p["requirements"] if not r["must"]]
            assert _found(item, nice), (p["title"], item)


def test_every_requirement_has_every_key(parsed):
    postings, _ = parsed
    keys = {
        "kind", "text", "must", "weight", "min_level", "min_years", "max_years", "field",
        "values", "any_of", "language", "level", "levels", "min_age", "max_age",
    }  # fmt: skip
    for p in postings:
        assert set(p) == {"title", "language", "sections", "duties", "requirements", "flags"}
        assert set(p["sections"]) == {"summary", "duties", "qualifications", "other"}
        for r in p["requirements"]:
            assert set(r) == keys
            assert r["weight"] == 1.0 and isinstance(r["values"], list)


def test_duties_are_kept_as_sentences(parsed):
    postings, _ = parsed
    first = postings[0]["duties"]
    assert len(first) == 8
    assert first[0].startswith("制定和实施客服部门的目标和工作计划")
    assert "岗位职责" not in "".join(first)
    assert postings[9]["duties"][0].startswith("Provide product and service information")


def test_boilerplate_is_gone(parsed):
    postings, _ = parsed
    dump = json.dumps(postings, ensure_ascii=False)
    for junk in (
        "55top",
        "更多免费资料下载",
        "下载文档前请自行甄别",
        "相关文档",
        "最新文档",
        "好好学习社区",
    ):
        assert junk not in dump
