"""View models of the pages: chip labels, filters, masked names, CSV."""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from matcher.service.filters import apply_filters
from web.i18n import translate
from web.pages.views import (
    Filters,
    candidate_row,
    req_summary,
    short_label,
)


def t(key, **values):
    return translate(key, "en", **values)


REQS = [
    {"id": 11, "kind": "education", "text": "本科及以上学历", "must": True},
    {
        "id": 12,
        "kind": "skill",
        "text": "熟练使用Excel和CRM系统",
        "must": False,
        "values": ["Excel", "CRM"],
    },
]


def _cand(cid, score, v1, v2, name="Ada", ko=False):
    return {
        "id": cid,
        "name": name,
        "resume": f"cv{cid}.pdf",
        "score": score,
        "knocked_out": ko,
        "requirements": [
            {"text": REQS[0]["text"], "kind": "education", "must": True, "verdict": v1},
            {"text": REQS[1]["text"], "kind": "skill", "must": False, "verdict": v2},
        ],
    }


CANDS = [
    _cand(1, 88.0, "met", "met"),
    _cand(2, 61.5, "met", "unmet"),
    _cand(3, 40.0, "unmet", "partial", ko=True),
]


def test_short_label_prefers_values_and_cuts_long_text():
    assert short_label(REQS[1]) == "Excel / CRM"
    assert (
        short_label({"text": "具有三年以上大型电商平台客服团队管理经验"})
        == "具有三年以上大型电商平台客…"
    )


def test_req_summary_words_the_parsed_values():
    assert req_summary({"min_level": "bachelor"}, t) == "≥ Bachelor"
    assert req_summary({"min_years": 3, "max_years": 5, "field": "客服"}, t) == "3–5 years · 客服"
    assert req_summary({"min_years": 1.5}, t) == "≥ 1.5 years"
    fluent = {"language": "english", "level": "fluent"}
    assert req_summary(fluent, t) == "English fluent"
    assert req_summary({"language": "english", "level": "cet-6"}, t) == "English CET-6"

    def zh(key, **values):
        return translate(key, "zh", **values)

    assert req_summary({"min_years": 3, **fluent}, zh) == "≥ 3 年 · 英语 熟练"


def test_masked_row_has_no_name_or_file():
    row = candidate_row(_cand(7, 50, "met", "met", name="Ada Quill"), 1, True, t)
    assert row["display_name"] == "Candidate 7"
    assert "Ada" not in row["subtitle"] and "cv7" not in row["subtitle"]
    assert (row["must_met"], row["must_total"]) == (1, 1)


def _passing(args: dict) -> list[int]:
    """The candidates the page's filters keep, through the service's one filter."""
    filters = Filters.from_args(MultiDict(args))
    return [c["id"] for c in apply_filters(CANDS, filters.as_service(), REQS)]


def test_filters_must_min_and_one_requirement():
    assert _passing({"must": "1"}) == [1, 2]
    assert _passing({"min": "60"}) == [1, 2]
    assert _passing({"req": "12", "verdict": "unmet"}) == [2]
    f = Filters.from_args(MultiDict({"min": "abc", "verdict": "bogus"}))
    assert (f.min, f.verdict) == (None, "met")
    assert len(apply_filters(CANDS, f.as_service(), REQS)) == 3


def test_language_values_are_said_in_the_ui_language():
    req = {
        "kind": "language",
        "text": "Arabic, English and Spanish",
        "values": ["arabic", "english", "spanish"],
    }

    def zh(key, **values):
        return translate(key, "zh", **values)

    assert short_label(req, limit=40, t=zh) == "阿拉伯语 / 英语 / 西班牙语"
    row = candidate_row({"id": 1, "requirements": [{**req, "verdict": "met"}]}, 1, False, zh)
    assert row["requirements"][0]["label"].startswith("阿拉伯语 / 英语 / 西")  # cut to 14
    assert short_label(req, limit=40, t=t) == "Arabic / English / Spanish"


def test_every_language_and_level_the_parsers_know_has_words_in_both_catalogs():
    from matcher.vocab import LANGUAGE_LEVEL_RANK, LANGUAGE_NAMES
    from web.i18n_catalog import EN, ZH

    for language in set(LANGUAGE_NAMES.values()):
        assert f"langname.{language}" in EN and f"langname.{language}" in ZH, language
    words = {lv for levels in LANGUAGE_LEVEL_RANK.values() for lv in levels if lv.isalpha()}
    for level in words:
        assert f"langlevel.{level}" in EN and f"langlevel.{level}" in ZH, level


def test_req_summary_gives_each_language_its_own_level():
    both = {
        "language": "german",
        "level": "fluent",
        "levels": {"german": "fluent", "english": "good"},
        "values": ["german", "english"],
    }
    assert req_summary(both, t) == "German fluent · English good"
