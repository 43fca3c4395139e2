"""Sections by heading style: inline, numbered (一、 1. ①), own line, English, "field value" lines."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from matcher.jd.sections import split_items, split_sections


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.heading) for s in split_sections(text)]


def test_chinese_numbered_headings_run_into_their_text():
    text = (
        "一、岗位描述:负责客服团队。二、职责和要求:1.制定计划;2.培训员工。"
        "三、任职资格:1.具备沟通能力。四、薪资与福利:面议。"
    )
    assert _kinds(text) == [
        ("summary", "岗位描述"),
        ("duties", "职责和要求"),
        ("qualifications", "任职资格"),
        ("other", "薪资与福利"),
    ]


def test_headings_without_separator_at_line_start():
    text = "职位概述作为主管,您将领导团队。\n主要职责1. 领导团队。\n职位要求1. 本科以上学历。"
    assert _kinds(text) == [
        ("summary", "职位概述"),
        ("duties", "主要职责"),
        ("qualifications", "职位要求"),
    ]


def test_heading_on_its_own_line_and_mid_line():
    text = "岗位使命 组织订单管理。 工作任务 职 责\n审核订单; 任职资格\n基本要求 ➢ 学历:大专"
    kinds = [k for k, _ in _kinds(text)]
    assert kinds[0] == "summary" and "duties" in kinds and kinds[-1] == "qualifications"


def test_a_short_word_needs_a_separator():
    # "职责" heads a section only when a colon, number or line end follows it.
    assert _kinds("职责:\n1. 接听电话") == [("duties", "职责")]
    assert _kinds("客服主任的职责包含但不限于:团队管理") == [("summary", "")]


def test_english_headings():
    text = (
        "About the role\nWe help customers.\nKey Responsibilities:\n- Answer calls\n"
        "Requirements\n- 2 years of experience\nNice-to-Have Skills\nKafka\nBenefits: gym"
    )
    sections = split_sections(text)
    assert [(s.kind, s.must) for s in sections] == [
        ("summary", True),
        ("duties", True),
        ("qualifications", True),
        ("qualifications", False),
        ("other", True),
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1.制定计划;2.培训员工。", ["制定计划;", "培训员工。"]),
        ("1. 本科学历\n2. 三年经验", ["本科学历", "三年经验"]),
        ("①熟悉Excel②善于沟通", ["熟悉Excel", "善于沟通"]),
        ("➢ 学历:大专 ➢ 专业:营销", ["学历:大专", "专业:营销"]),
        ("•招聘员工;•培训员工", ["招聘员工;", "培训员工"]),
        ("- Answer calls\n- Log tickets", ["Answer calls", "Log tickets"]),
        ("工作经验:3-5年 ➢ 行业经验:1-3年", ["工作经验:3-5年", "行业经验:1-3年"]),
        ("1、2能够掌握office办公软件", ["能够掌握office办公软件"]),
        ("3年以上经验", ["3年以上经验"]),
    ],
)
def test_items(text, items):
    assert split_items(text) == items


def test_field_value_lines_under_a_heading():
    (posting,) = parse_jd(
        "客服主任岗位说明书\n任职资格:\n学历 大专或本科\n性别 男女不限\n年龄 26岁及以上\n"
        "经验 本岗位两年以上工作经验\n专业 市场营销、工商管理等相关专业"
    )
    got = {r["kind"]: r for r in posting["requirements"]}
    assert got["education"]["min_level"] == "associate"
    assert got["age"]["min_age"] == 26 and got["age"]["max_age"] is None
    assert got["experience"]["min_years"] == 2
    assert got["major"]["values"] == ["市场营销", "工商管理"]
    assert "gender" not in got
    assert [f["kind"] for f in posting["flags"]] == ["age"]


def test_field_value_lines_without_any_heading():
    (posting,) = parse_jd("招聘客服专员\n学历 大专或本科\n性别 男女不限\n经验 两年以上客服经验")
    kinds = [r["kind"] for r in posting["requirements"]]
    assert kinds == ["education", "experience"]


def test_duties_are_not_requirements():
    (posting,) = parse_jd(
        "客服主管岗位职责\n岗位职责:\n1. 确保团队成员具备良好的沟通技巧。\n2. 处理客户投诉。"
    )
    assert posting["requirements"] == []
    assert posting["duties"] == ["确保团队成员具备良好的沟通技巧。", "处理客户投诉。"]
    assert posting["sections"]["duties"].startswith("1. 确保")


def test_german_headings_of_job_ads():
    """'Ihre Qualifikationen' and inline 'Muss-Anforderungen:' / 'Soll-Anforderungen:' open
    qualification sections (the second nice-to-have); 'Ihre Aufgaben' opens the duties."""
    text = (
        "Frontend Entwickler\nIhre Aufgaben\nWartung von Webseiten\nIhre Qualifikationen\n"
        "Erfahrung mit JavaScript\n"
    )
    assert [s.kind for s in split_sections(text)] == ["summary", "duties", "qualifications"]
    posting = parse_jd(
        "Frontend Developer\nBeschreibung\nWir suchen: Muss-Anforderungen: - Angular\n- Docker\n"
        "\nSoll-Anforderungen:\n- JIRA\n"
    )[0]
    musts = {r["text"]: r["must"] for r in posting["requirements"]}
    assert musts.get("Angular") is True and musts.get("Docker") is True
    assert musts.get("JIRA") is False


def test_a_header_of_field_lines_is_no_list_of_duties():
    """A project posting's header (Titel / Beginn / sofort / Einsatzort) before its description
    gives no duties; two numbered points under no heading still do."""
    header = (
        "Titel\nJava Backend Developer\nBeginn\nsofort\nEinsatzort\nZürich\n"
        "Beschreibung\nWir suchen einen Java Entwickler für unseren Kunden."
    )
    assert parse_jd(header)[0]["duties"] == []
    points = "客服专员岗位职责\n1. 接听客户来电\n2. 处理客户投诉"
    assert parse_jd(points)[0]["duties"] == ["接听客户来电", "处理客户投诉"]


def test_lead_in_lines_are_no_requirements_and_a_nice_one_turns_the_rest_nice():
    text = (
        "Java Entwickler\nIhr Profil\nFolgendes sollten Sie unbedingt mitbringen:\n"
        "- Mindestens drei Jahre Erfahrung mit Java\n- CAD-Kenntnisse\n"
        "Folgendes wäre wünschenswert:\n- Erfahrung mit relationalen Datenbanken\n"
    )
    reqs = parse_jd(text)[0]["requirements"]
    assert not any(r["text"].endswith(":") for r in reqs)
    must = {r["text"]: r["must"] for r in reqs}
    assert must["CAD-Kenntnisse"] is True
    assert must["Erfahrung mit relationalen Datenbanken"] is False


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # point 1 asking for 3 years, point 2 after it
        ("1.3年以上销售经验；2.沟通能力强", ["3年以上销售经验；", "沟通能力强"]),
        # 硕士以上 and point 6 asking for 2 years, after point 4
        ("1.责任心强；4.硕士以上6.2年以上管理经验", ["责任心强；", "硕士以上", "2年以上管理经验"]),
        # a lone 1.5 years is 1.5 years
        ("1.5年以上相关工作经验", ["1.5年以上相关工作经验"]),
        ("2.本科学历；3.1.5年以上经验", ["本科学历；", "1.5年以上经验"]),
    ],
)
def test_point_numbers_glued_to_years(text, items):
    assert split_items(text) == items


def test_glued_numbering_gives_the_years_and_the_degree():
    reqs = parse_jd(
        "岗位要求：1.有责任心，执行力强；2.熟悉用友财务软件；3.硕士以上5.2年以上财务管理经验"
    )[0]["requirements"]
    edu = [r for r in reqs if r["kind"] == "education"]
    exp = [r for r in reqs if r["kind"] == "experience"]
    assert [(r["text"], r["min_level"]) for r in edu] == [("硕士以上", "master")]
    assert [(r["text"], r["min_years"]) for r in exp] == [("2年以上财务管理经验", 2)]


def test_an_item_ending_in_a_colon_that_states_a_degree_is_a_requirement():
    reqs = parse_jd("任职要求 1.市场营销相关专业；2.本科以上学历:3.熟练使用Excel、PPT")[0][
        "requirements"
    ]
    assert [(r["text"], r["min_level"]) for r in reqs if r["kind"] == "education"] == [
        ("本科以上学历", "bachelor")
    ]
    assert any(r["text"] == "熟练使用Excel、PPT" for r in reqs)


def test_numbered_points_under_no_heading_that_ask_for_things_are_qualifications():
    text = (
        "外贸业务员 1.英语六级以上，能熟练进行英文函电沟通2.两年以上外贸业务经验3.熟悉阿里巴巴国际站操作"
        "4.本科学历，国际贸易专业优先\n工作时间：8:30-17:30 工资面议"
    )
    (posting,) = parse_jd(text)
    kinds = {r["kind"]: r for r in posting["requirements"]}
    assert kinds["education"]["min_level"] == "bachelor"
    assert kinds["experience"]["min_years"] == 2
    assert kinds["major"]["must"] is False
    assert not any(
        r["text"] == "外贸业务员" or "面议" in r["text"] for r in posting["requirements"]
    )


def test_chinese_one_line_postings_with_short_headings():
    (a,) = parse_jd(
        "销售经理 负责区域销售。【任职要求】1.大专以上学历；2.3年以上销售经验。【福利待遇】五险一金"
    )
    assert a["title"] == "销售经理"
    assert [(r["kind"], r["text"]) for r in a["requirements"]] == [
        ("education", "大专以上学历"),
        ("experience", "3年以上销售经验"),
    ]
    (b,) = parse_jd(
        "会计 用人要求：财务相关专业大专以上学历，持有会计从业资格证，一年以上工作经验。薪资：3000-4500"
    )
    got = {r["kind"]: r["text"] for r in b["requirements"]}
    assert got == {
        "major": "财务相关专业",
        "education": "大专以上学历",
        "certificate": "持有会计从业资格证",
        "experience": "一年以上工作经验",
    }
    (c,) = parse_jd(
        "招聘行政专员 工作内容：负责文件管理。要求：1、本科学历 2、熟练使用office 3、女性优先"
    )
    assert [r["text"] for r in c["requirements"]] == ["本科学历", "熟练使用office"]
    assert [f["text"] for f in c["flags"]] == ["女性优先"]
