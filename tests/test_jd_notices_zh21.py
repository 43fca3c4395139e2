"""Chinese round 21z's shapes: a post addressing its reader under "关于你", a scraped text with its
markup left in (<br/> tags, entities), a document printed to PDF (page numbers and running heads
inside its lists, conditions grouped under "（二）身体条件"), a graduate's papers due by a date, a
nice-to-have in brackets beside a must, a text message's contact and opt-out lines, a start
date's fact line, Hong Kong's DSE grades and a civil-service "申請人必須──" lead-in. Postings
here are written for the tests."""

from __future__ import annotations

from matcher.extract.text import markup_left
from matcher.jd import parse_jd
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_ABOUT_YOU = """某某设计工作室
#设计招聘# #成都招聘#
【UI设计师（成都）】
➤ 你要做的：
负责App界面视觉设计；
➤ 关于你：
1.视觉传达相关专业，本科及以上学历；
2.2年以上移动端UI设计经验；
3.熟练使用Figma、Sketch等设计软件。
投递：作品集发送至 jobs@example.com
展开全文c
"""


def test_about_you_heads_the_requirements_and_the_fold_link_is_chrome():
    for text in (_ABOUT_YOU, _one_line(_ABOUT_YOU)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "本科及以上学历" in texts
        assert "2年以上移动端UI设计经验" in texts
        assert "熟练使用Figma、Sketch等设计软件" in texts
        assert not any("展开" in t or "负责App" in t for t in texts)
        assert max(r.get("min_years") or 0 for r in reqs) == 2


def test_markup_left_by_a_scraper_is_read_as_lines_and_entities():
    assert markup_left("任职要求：<br/>1、大专以上学历；<br/>2、会用Excel") == (
        "任职要求：\n1、大专以上学历；\n2、会用Excel"
    )
    assert markup_left("深圳&nbsp;|&nbsp;本科 客户&amp;供应商") == "深圳 | 本科 客户&供应商"
    # a tag named once is talk about HTML; a bare ampersand is no entity
    text = "Experience with <br> tags and R&D teams\nQ&A sessions"
    assert markup_left(text) == text


def test_a_scraped_posting_with_its_tags_parses_as_its_lines():
    text = (
        "质检员&nbsp;|&nbsp;东莞<br/>任职要求：<br/>1、高中及以上学历；<br/>"
        "2、1年以上五金件来料检验经验；<br/>3、会使用卡尺、千分尺。<br/>公司福利：&lt;五险&gt;"
    )
    texts = _texts(text)
    assert "高中及以上学历" in texts
    assert "1年以上五金件来料检验经验" in texts
    assert not any("<" in t or "&" in t or "五险" in t for t in texts)


_PRINTED = """某某能源集团有限公司
2027年校园招聘简章
一、招聘条件
（一）基本条件
1.遵纪守法，品行端正；
2.全日制本科及以上学历2027届毕业生，能在2027年7月31日前取得毕业证书；
— 2 —
某某能源集团有限公司2027年校园招聘简章
3.大学英语四级及以上；
（二）身体条件
1.身体健康，符合岗位体检要求。
第 3 页 共 4 页
二、报名方式
登录官网报名。
"""


def test_a_printed_documents_page_numbers_and_running_heads_are_no_requirements():
    for text in (_PRINTED, _one_line(_PRINTED)):
        texts = _texts(text)
        assert "大学英语四级及以上" in texts
        assert not any("简章" in t or "— 2 —" in t or "页" in t for t in texts)
        assert "身体条件" not in texts
        # the papers due by a date are a condition of their own, not part of the degree
        assert "能在2027年7月31日前取得毕业证书" in texts
        assert "全日制本科及以上学历2027届毕业生" in texts


def test_a_page_number_without_the_documents_title_after_it_keeps_the_text():
    text = "任职要求：\n1.本科以上学历；\n- 2 -\n2.3年以上出纳经验。\n"
    assert "3年以上出纳经验" in _texts(text)


def test_a_bracketed_nice_to_have_beside_a_must_is_its_own_clause():
    reqs = _reqs(
        "任职要求：\n1.普通话标准，英语口语流利（持有CET-6证书者优先）；\n2.大专以上学历。\n"
    )
    by_text = {r["text"]: r for r in reqs}
    assert by_text["英语口语流利"]["must"] is True
    assert by_text["持有CET-6证书者优先"]["must"] is False


def test_a_text_messages_contact_and_opt_out_lines_are_no_requirements():
    text = (
        "【某某人力】某某医院急招护工5名，月薪5000元，包吃住。要求：能吃苦耐劳，服从安排，有护理经验者优先。"
        "有意者请致电136xxxx5566李主管。退订回T"
    )
    texts = _texts(text)
    assert "能吃苦耐劳" in texts
    assert "有护理经验者优先" in texts
    assert not any("致电" in t or "退订" in t for t in texts)


def test_a_start_dates_fact_line_is_no_requirement():
    text = "任职要求：\n1.持有电工证；\n2.2年以上物业维修经验。\n到岗时间：12月1日前，需自备工具\n"
    texts = _texts(text)
    assert "持有电工证" in texts
    assert not any("到岗" in t for t in texts)


def test_hong_kong_dse_grades_are_a_secondary_floor_and_the_lead_in_no_requirement():
    text = (
        "入職條件：\n申請人必須──\n(a) 在香港中學文憑考試五科考獲第3級或以上成績，包括中國語文科；及\n"
        "(b) 具一年相關工作經驗。\n"
    )
    for variant in (text, _one_line(text)):
        reqs = _reqs(variant)
        assert not any(r["text"].strip("─ ") in ("申請人必須", "") for r in reqs)
        assert not any(r["text"].startswith("─") for r in reqs)
        floors = [r["min_level"] for r in reqs if r["kind"] == "education"]
        assert floors == ["high_school"]


def test_a_dash_range_in_a_list_is_no_page_number():
    text = "任职要求：\n- 2 - 4年仓库管理经验\n- 会用叉车\n"
    assert any(t.startswith("2 - 4年") or t.startswith("2-4年") for t in _texts(text))


def test_an_age_that_differs_by_gender_flags_the_gender():
    text = "招保安4名。要求：男18-50岁，女18-45岁，能上夜班。"
    flags = [(f["kind"], f["text"]) for p in parse_jd(text) for f in p["flags"]]
    assert ("gender", "男") in flags and ("gender", "女") in flags
    assert "能上夜班" in _texts(text)


def test_service_in_a_rank_is_experience_with_its_months():
    reqs = _reqs("要求：\n1.持三管轮适任证书；\n2.实职三管轮24个月以上。\n")
    (service,) = [r for r in reqs if "实职" in r["text"]]
    assert service["kind"] == "experience"
    assert service["min_years"] == 2
