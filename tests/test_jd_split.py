"""Splitting a text into postings: title lines, repeated titles, boilerplate, bad input."""

from __future__ import annotations

import pytest

from matcher.errors import ParseError
from matcher.jd import parse_jd
from matcher.jd.split import clean_lines, language_of, title_of_heading


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("客服主管岗位说明书", "客服主管"),
        ("外贸客服主管岗位职责", "外贸客服主管"),
        ("客服岗位说明书(精选13篇)", "客服"),
        ("2024年销售客服主管工作岗位职责详细说明(三篇)", "销售客服主管"),
        ("客服主管岗位职责说明范文(4篇)", "客服主管"),
        ("贸易公司客服的岗位职责", "贸易公司客服"),
        ("贸易公司客服主任职位说明书", "贸易公司客服主任"),
        ("负责处理客户投诉,维护客户关系。", None),
        ("订单管理员管理", None),
        ("Key Responsibilities", None),
    ],
)
def test_title_lines(line, title):
    assert title_of_heading(line) == title


def test_boilerplate_lines_and_inline_junk_are_dropped():
    lines = clean_lines(
        "合集下载\n好好学习社区 更多免费资料下载:http://www.example.com 德信诚培训网 岗位名称 主任\n"
        "  1. 1、下载文档前请自行甄别文档内容的完整性\n相关文档\n最新文档"
    )
    assert [ln.strip() for ln in lines if ln.strip()] == ["岗位名称 主任"]


def test_a_collection_splits_into_postings_named_by_their_title_lines():
    text = (
        "客服合集职位说明书\n\n合集下载\n\n"
        "客服主管岗位说明书\n\n客服主管岗位说明书\n\n"
        "客服主管岗位说明书【岗位说明书】客服主管一、岗位描述:管理客服团队。\n"
        "二、任职资格:1.本科以上学历。\n\n"
        "客服岗位说明书(精选13篇)\n\n客服岗位说明书(精选13篇)客服岗位说明书篇1一、工作基本信息"
        "岗位名称:客服经理所属部门:客服部\n三、岗位职责1.回访客户。\n\n"
        "外贸客服岗位职责\n\n外贸客服岗位职责职位概述负责外贸客户。\n"
        "下载文档前请自行甄别文档内容的完整性\n相关文档\n"
    )
    postings = parse_jd(text)
    assert [p["title"] for p in postings] == ["客服主管", "客服经理", "外贸客服"]
    assert [r["min_level"] for r in postings[0]["requirements"]] == ["bachelor"]
    assert postings[0]["sections"]["summary"] == "管理客服团队。"
    assert postings[1]["requirements"] == [] and postings[2]["requirements"] == []
    assert postings[1]["duties"] == ["回访客户。"]


def test_a_single_posting_without_a_title_line():
    (posting,) = parse_jd("Job title: Support Engineer\nRequirements:\n- Fluent English")
    assert posting["title"] == "Support Engineer"
    assert posting["language"] == "en"
    assert posting["requirements"][0]["language"] == "english"


def test_a_posting_with_no_requirements_is_a_posting_with_an_empty_list():
    (posting,) = parse_jd("客服专员岗位职责\n1. 接听客户来电。\n2. 记录客户问题。")
    assert posting["title"] == "客服专员"
    assert posting["requirements"] == [] and posting["flags"] == []


@pytest.mark.parametrize("text", ["", "   \n\t ", "\n\n"])
def test_empty_text_raises_parse_error(text):
    with pytest.raises(ParseError):
        parse_jd(text)


def test_only_boilerplate_raises_parse_error():
    with pytest.raises(ParseError, match="no posting"):
        parse_jd("合集下载\n相关文档\n最新文档\nhttp://www.55top.com")


def test_same_text_same_result():
    text = "客服主管岗位说明书\n任职资格:本科以上学历,3年以上客服经验,英语六级,声音甜美。"
    assert parse_jd(text) == parse_jd(text)


def test_a_bilingual_posting_is_tagged_chinese():
    text = (
        "**Key Responsibilities:**- Provide product and service information to customers "
        "accurately and efficiently.准确高效地向客户提供产品和服务的信息。\n- Handle customer "
        "inquiries and complaints with patience.耐心和专业地处理客户的询问和投诉。"
    )
    assert language_of(text) == "zh"
    assert language_of("Requirements: fluent Mandarin (普通话) and 3 years of sales") == "en"


def test_a_german_project_posting_without_articles_is_german():
    # a scraped project posting: tool names, nouns and "nicht", none of und / der / die / das
    text = (
        "Senior Frontend Javascript / Angular Entwickler Laufzeit: 9 MM+ Ort: München, remote ist "
        "nicht möglich Skills: * mehrjährige JavaScript Projekterfahrung * Angular"
    )
    assert language_of(text) == "de"
    assert language_of("Skills: Java and Spring Boot, remote is possible") == "en"


def test_a_summary_heading_glued_to_the_first_sentence_is_no_part_of_the_title():
    """A pasted posting with no title line that opens "职位概述作为<role>，您将…": the title is
    the role, not the heading and the role run together."""
    text = "职位概述作为仓储物流主管，您将负责仓库团队的日常管理。\n任职要求：\n1. 大专以上学历；"
    (posting,) = parse_jd(text)
    assert posting["title"] == "仓储物流主管"
    (plain,) = parse_jd("仓储物流主管，负责仓库团队的日常管理。\n任职要求：\n1. 大专以上学历；")
    assert plain["title"] == "仓储物流主管"
