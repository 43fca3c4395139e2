"""The typed rules' reasons (education, years, language, certificate, age, gender) are codes with
parameters (matcher.match.reasons): the stored line stays in the posting's language, and the
pages, the API (?lang=, Accept-Language) and the CSV export say it in the reader's, values
(languages, levels, degrees) included; the masked view keeps only codes that quote nothing of the
résumé. Every person here is invented."""

from __future__ import annotations

import csv
import io

import pytest

from matcher.masking import mask_candidate
from matcher.match import evaluate
from matcher.match.reasons import TEMPLATES, line, quotes_resume
from matcher.resume import parse_resume
from tests.conftest import built_models_dir
from tests.fake_encoder import FakeEncoder
from tests.test_match_engine import requirement
from tests.web_support import bearer, login

ZH_POSTING = {
    "title": "客服专员",
    "language": "zh",
    "sections": {},
    "requirements": [
        requirement("education", "大专及以上学历", min_level="associate"),
        requirement("language", "英语六级", language="english", level="cet-6", values=["english"]),
        requirement(
            "language", "熟练掌握法语", language="french", level="fluent", values=["french"]
        ),
        requirement("experience", "3年以上工作经验", min_years=3),
        requirement("age", "年龄25-35岁", min_age=25, max_age=35),
    ],
    "flags": [{"kind": "age", "text": "年龄25-35岁", "reason": "age"}],
}
EN_POSTING = {
    "title": "Support agent",
    "language": "en",
    "sections": {},
    "requirements": [
        requirement("education", "Bachelor's degree", min_level="bachelor"),
        requirement(
            "language", "Fluent English", language="english", level="fluent", values=["english"]
        ),
        requirement(
            "language", "Spanish a plus", language="spanish", must=False, values=["spanish"]
        ),
    ],
    "flags": [],
}
EN_RESUME = (
    "Mara Quill\nborn 1990\nEducation\n2008-2011 Northfield College, Associate degree\n"
    "Experience\n2012.03-2020.06 Support lead, Harbor Hotel: handled complaints\n"
    "Languages\nEnglish: CET-6, fluent\n"
)
ZH_RESUME = (
    "林小雨\n教育背景\n2009-2013 示范大学 本科\n工作经历\n2014.03-2021.06 示范公司 客服主管\n"
    "语言\n英语：熟练\n"
)


def _reasons(posting: dict, text: str) -> list[dict]:
    result = evaluate(posting, parse_resume(text, today="2026-11-28"), FakeEncoder())
    return result["requirements"]


def test_a_chinese_postings_typed_reasons_are_said_in_english_and_chinese():
    edu, cet, french, years, age = _reasons(ZH_POSTING, EN_RESUME)
    # stored in the posting's language, as before
    assert (edu["reason"], french["reason"]) == ("大专 ≥ 大专", "简历未提及法语")
    assert [c["code"] for c in edu["reason_codes"]] == ["edu_met"]
    assert line(edu, "en") == "associate ≥ associate"
    assert line(french, "en") == "no French stated"
    assert line(cet, "en") == "English fluent ≥ CET-6" and line(cet, "zh") == "英语 熟练 ≥ CET-6"
    # years in the learned verdicts' codes are said the same way (total years alone are not
    # enough to call a field's years met: the verdict says so after the count)
    assert line(years, "en").startswith("8.3 years of work in total ≥ 3")
    assert line(years, "zh").startswith("共 8.3 年工作经历 ≥ 3 年")
    # a flagged condition: "not scored" in the reader's language, before its own reason
    assert age["reason"].startswith("不计分（受关注条件）：")
    assert line(age, "en").startswith("not scored (flagged condition): age 36, outside the 25–35")


def test_an_english_postings_typed_reasons_are_said_in_chinese():
    edu, english, spanish = _reasons(EN_POSTING, ZH_RESUME)
    assert edu["reason"] == "bachelor ≥ bachelor" and line(edu, "zh") == "本科 ≥ 本科"
    assert english["reason"] == "English fluent ≥ fluent"
    assert line(english, "zh") == "英语 熟练 ≥ 熟练"
    assert spanish["reason"] == "no Spanish stated" and line(spanish, "zh") == "简历未提及西班牙语"
    # no English word is left in a Chinese line
    for r in (edu, english, spanish):
        assert not any(w in line(r, "zh") for w in ("stated", "bachelor", "English", "fluent"))


def test_every_code_has_both_languages_and_says_every_key():
    assert set(TEMPLATES["zh"]) == set(TEMPLATES["en"])
    below = {
        "reason": "x",
        "reason_codes": [
            {
                "code": "lang_below",
                "params": {"language": "english", "level": "good", "need_level": "fluent"},
            }
        ],
    }
    # every key is said in the reader's language, none left as a key
    assert line(below, "zh") == "英语 良好 < 熟练：低一级"
    assert line(below, "en") == "English good < fluent: one step below"


def test_the_masked_view_keeps_codes_of_keys_and_masks_lines_quoting_the_resume():
    edu, cet, french, years, age = _reasons(ZH_POSTING, EN_RESUME)
    quoting = {
        **french,
        "reason": "具体事例：Mara Quill 带领6人团队",
        "reason_codes": [{"code": "concrete", "params": {"what": "Mara Quill 带领6人团队"}}],
    }
    profile = {"name": "Mara Quill"}
    cand = {"name": "Mara Quill", "profile": profile, "requirements": [edu, age, quoting]}
    masked_edu, masked_age, masked_quote = mask_candidate(cand)["requirements"]
    assert masked_edu["reason_codes"] == edu["reason_codes"]  # 大专 ≥ 大专 quotes nothing
    assert line(masked_edu, "en") == "associate ≥ associate"
    # an age: no codes, its lines masked as the stored line is
    assert "reason_codes" not in masked_age and "36" not in masked_age["reason"]
    assert line(masked_age, "en").startswith("not scored (flagged condition): ")
    assert "36" not in line(masked_age, "en") + line(masked_age, "zh")
    # a quote of the résumé: no codes, its line in each language masked as a whole
    assert "reason_codes" not in masked_quote
    assert line(masked_quote, "en").startswith("concrete: ") and "Mara" not in line(
        masked_quote, "en"
    )
    assert line(masked_quote, "zh").startswith("具体事例：") and "Quill" not in line(
        masked_quote, "zh"
    )
    assert quotes_resume(age["reason_codes"]) and not quotes_resume(edu["reason_codes"])


JD = """客服专员
任职要求：
1. 大专及以上学历；
2. 熟练掌握法语；
3. 年龄25-35岁。
"""


@pytest.fixture
def scored_job(app, users):
    """A Chinese job scored through the API with the real default model, one English résumé."""
    built_models_dir()
    client = app.test_client()
    rita = bearer(users["rita"])
    job = client.post("/api/jobs", json={"text": JD}, headers=rita).json["jobs"][0]["id"]
    files = {"files": [(io.BytesIO(EN_RESUME.encode()), "mara.txt")]}
    assert client.post(f"/api/jobs/{job}/resumes", data=files, headers=rita).status_code == 200
    return client, rita, job


def _by_kind(cand: dict) -> dict:
    return {r["text"]: r for r in cand["requirements"]}


def test_api_and_csv_say_a_chinese_postings_reasons_in_the_callers_language(scored_job):
    client, rita, job = scored_job
    url = f"/api/jobs/{job}/shortlist"
    (en,) = client.get(url, headers={**rita, "Accept-Language": "en"}).json["candidates"]
    (zh,) = client.get(url + "?lang=zh", headers=rita).json["candidates"]
    en, zh = _by_kind(en), _by_kind(zh)
    assert en["熟练掌握法语"]["reason"] == "简历未提及法语"  # the posting's language, as before
    assert en["熟练掌握法语"]["reader_reason"] == "no French stated"
    assert zh["熟练掌握法语"]["reader_reason"] == "简历未提及法语"
    assert en["年龄25-35岁"]["reader_reason"].startswith("not scored (flagged condition): age")
    assert zh["年龄25-35岁"]["reader_reason"].startswith("不计分（受关注条件）：")
    cand_id = client.get(url, headers=rita).json["candidates"][0]["id"]
    one = client.get(f"/api/candidates/{cand_id}?lang=en", headers=rita).json
    assert _by_kind(one)["大专及以上学历"]["reader_reason"] == "associate ≥ associate"
    text = client.get(f"/api/jobs/{job}/export.csv?lang=en", headers=rita).get_data(as_text=True)
    head, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[:2]
    cells = dict(zip(head, row, strict=True))
    assert cells["Reason: 熟练掌握法语"] == "no French stated"
    assert cells["Reason: 大专及以上学历"] == "associate ≥ associate"
    text = client.get(f"/api/jobs/{job}/export.csv?lang=zh", headers=rita).get_data(as_text=True)
    head, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[:2]
    assert dict(zip(head, row, strict=True))["理由：熟练掌握法语"] == "简历未提及法语"


def test_masked_api_says_key_reasons_in_english_and_leaks_no_age(scored_job):
    client, rita, job = scored_job
    url = f"/api/jobs/{job}/shortlist?masked=1&lang=en"
    (cand,) = client.get(url, headers=rita).json["candidates"]
    reqs = _by_kind(cand)
    assert reqs["大专及以上学历"]["reader_reason"] == "associate ≥ associate"
    assert reqs["年龄25-35岁"]["reader_reason"].startswith("not scored (flagged condition)")
    text = client.get(f"/api/jobs/{job}/export.csv?masked=1&lang=en", headers=rita).get_data(
        as_text=True
    )
    head, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[:2]
    cells = dict(zip(head, row, strict=True))
    assert cells["Reason: 年龄25-35岁"].startswith("not scored (flagged condition): ")
    assert "36" not in cells["Reason: 年龄25-35岁"] and "Mara" not in text
    age = reqs["年龄25-35岁"]
    assert "reason_codes" not in age and "36" not in age["reader_reason"] + age["reason"]


def test_the_candidate_page_says_a_chinese_postings_reasons_in_english(scored_job, app):
    client, rita, job = scored_job
    cand_id = client.get(f"/api/jobs/{job}/shortlist", headers=rita).json["candidates"][0]["id"]
    page = app.test_client()
    login(page, "rita")
    page.set_cookie("lang", "en")
    html = page.get(f"/jobs/{job}/candidates/{cand_id}").get_data(as_text=True)
    assert "no French stated" in html and "简历未提及法语" not in html
    page.set_cookie("lang", "zh")
    html = page.get(f"/jobs/{job}/candidates/{cand_id}").get_data(as_text=True)
    assert "简历未提及法语" in html and "no French stated" not in html
