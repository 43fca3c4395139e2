"""Chinese round 24z's shapes: a label the vocabulary does not hold set apart over points that ask
("服务商要求：", "你将带来什么："), a known heading with a bracketed modifier ("任职资格（必须）："), a
poster's letter-spaced words and lines broken inside clauses as OCR gives them, a classified ad
that asks in prose after whom it hires ("现招…，要求…"), and what closes a posting (an aggregator's
similar posts, a page's buttons, an e-mail's sign-off). Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_CREW_LEAD = [
    "某某园林工程 招绿化养护工",
    "工作内容：",
    "1、负责小区绿化修剪、浇水；",
    "2、配合完成苗木种植。",
    "养护工要求：",
    "1、2年以上园林养护经验；",
    "2、会使用绿篱机、割草机；",
    "3、持有高处作业证者优先。",
    "待遇：4500-5500元/月，包午餐",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_an_unknown_label_over_points_that_ask_heads_the_requirements(one_line):
    reqs = _reqs(join(_CREW_LEAD, one_line))
    texts = [r["text"] for r in reqs]
    assert "2年以上园林养护经验" in texts
    assert "会使用绿篱机、割草机" in texts
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    nice = [r for r in reqs if "高处作业证" in r["text"]]
    assert nice and not nice[0]["must"]
    # (the duties under their own label and the pay after the list ask nothing)
    assert not any("浇水" in t or "苗木" in t or "包午餐" in t for t in texts)


def test_a_label_over_duties_or_a_field_with_its_value_heads_nothing():
    # points that are duties: no requirements heading, so nothing is asked
    duties = "日常安排：\n1、负责门店开关门；\n2、负责货架整理。\n"
    assert not any("开关门" in t for t in _texts(duties))
    # the posts a page lists under "招聘岗位：" are no requirements themselves
    posts = "招聘岗位：\n1. 电工  2人\n2. 焊工  3人\n任职要求：\n1、持低压电工证\n2、一年以上经验\n"
    texts = _texts(posts)
    assert "持低压电工证" in texts
    assert not any("2人" in t or "3人" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_known_headings_bracketed_modifier_is_the_headings(one_line):
    lines = [
        "职位：仓储主管",
        "任职资格（必须）：物流管理等相关专业大专及以上；3年以上仓储管理经验。",
        "任职资格（加分）：持有叉车证。",
    ]
    reqs = _reqs(join(lines, one_line))
    texts = [r["text"] for r in reqs]
    assert "物流管理等相关专业" in texts and "大专及以上" in texts
    assert not any("必须" in t or "加分" in t for t in texts)
    assert [r["must"] for r in reqs if "叉车证" in r["text"]] == [False]


def test_a_posters_letter_spaced_heading_and_lines_broken_inside_clauses():
    poster = (
        "高 薪 诚 聘\n"
        "油漆工 5名\n"
        "要 求：1、两年以上家具喷漆经\n"
        "验；2、能看懂色卡，会调色；3、年龄 20-45岁\n"
        "，身体健康。\n"
        "电话：0 0 0 0 - 0 0 0 0\n"
    )
    postings = parse_jd(poster)
    reqs = [r for p in postings for r in p["requirements"]]
    texts = [r["text"] for r in reqs]
    assert "两年以上家具喷漆经验" in texts  # (the clause the print's width broke, joined)
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    assert any(r["kind"] == "age" and r["max_age"] == 45 for r in reqs)
    flags = [f["kind"] for p in postings for f in p["flags"]]
    assert "health" in flags


@pytest.mark.parametrize("one_line", [False, True])
def test_a_classified_ad_asks_in_prose_after_whom_it_hires(one_line):
    lines = [
        "【城南】面馆招服务员 包吃",
        "3800-4500元  发布于 1天前",
        "店里生意好，现招服务员三名，要求18周岁以上，有餐厅服务经验一年以上的优先，没经验的可以带。"
        "手脚麻利，能吃苦。上班时间9点到21点，月休4天。",
        "联系人：刘老板  查看电话",
    ]
    reqs = _reqs(join(lines, one_line))
    texts = [r["text"] for r in reqs]
    assert any(r["kind"] == "age" and r["min_age"] == 18 for r in reqs)
    assert "手脚麻利" in texts and "能吃苦" in texts
    nice = [r for r in reqs if "餐厅服务经验" in r["text"]]
    assert nice and not nice[0]["must"] and nice[0]["min_years"] == 1
    # (who is taken without it, the hours and what came before 要求 ask nothing)
    assert not any("可以带" in t or "上班时间" in t or "生意" in t or "要求" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_similar_posts_buttons_and_a_sign_off_close_the_requirements(one_line):
    lines = [
        "客服专员",
        "任职要求：",
        "1、大专以上学历；",
        "2、普通话标准。",
        "相似职位推荐",
        "电话客服 4000-5000元 某某科技",
        "举报  收藏  分享",
    ]
    texts = _texts(join(lines, one_line))
    assert texts == ["大专以上学历", "普通话标准"]
    mail = [
        "主题：【机会推荐】某某科技 测试工程师",
        "任职资格（必须）：本科及以上；2年以上软件测试经验。",
        "如您感兴趣，请回复本邮件并附上最新简历。",
        "祝好",
        "小王 | 某某猎头",
        "> 本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。",
    ]
    texts = _texts(join(mail, one_line))
    assert "2年以上软件测试经验" in texts
    assert not any("感兴趣" in t or "简历" in t or "小王" in t or "保密" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_translated_pages_headings(one_line):
    lines = [
        "数据分析师 | 职业机会 | 本页由机器翻译自英文",
        "你将做什么：",
        "• 为业务团队搭建报表",
        "你将带来什么：",
        "• 统计学或相关领域的学士学位",
        "• 至少2年的数据分析经验",
        "• 熟练使用SQL",
        "我们提供什么：",
        "• 有竞争力的薪酬",
        "我们是一个机会均等的雇主。",
    ]
    reqs = _reqs(join(lines, one_line))
    texts = [r["text"] for r in reqs]
    assert "熟练使用SQL" in texts
    assert any(r["kind"] == "education" and r["min_level"] == "bachelor" for r in reqs)
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    assert not any("报表" in t or "薪酬" in t or "机会均等" in t for t in texts)


def test_a_traditional_card_in_one_line_with_its_required_block():
    card = (
        "CakeResume 職缺 行銷企劃 某某公司 台北市 全職 職缺描述 負責社群經營。 必備條件 • 2年以上行銷企劃經驗 "
        "• 熟悉Canva 加分條件 • 具Google Ads證照 應徵 儲存 分享 更多職缺"
    )
    reqs = _reqs(card)
    texts = [r["text"] for r in reqs]
    assert "2年以上行銷企劃經驗" in texts and "熟悉Canva" in texts
    assert [r["must"] for r in reqs if "Google Ads" in r["text"]] == [False]
    assert not any("應徵" in t or "儲存" in t for t in texts)


def test_a_household_registration_clause_is_flagged_whole():
    posting = "任职要求：\n1、大专以上学历\n2、以上岗位均需具有某某县户籍\n"
    postings = parse_jd(posting)
    assert [r["text"] for r in postings[0]["requirements"]] == ["大专以上学历"]
    assert [f["text"] for f in postings[0]["flags"]] == ["以上岗位均需具有某某县户籍"]


def test_a_notices_gendered_ceilings_residence_permit_and_per_post_names():
    notice = (
        "二、招聘条件\n"
        "（一）基本条件\n"
        "1.具有本市户籍或持本市居住证满2年；\n"
        "2.男性不超过55周岁、女性不超过50周岁；\n"
        "（二）岗位条件\n"
        "1.河道保洁员：小学及以上文化程度，能适应水上作业；\n"
        "2.停车管理员：会使用智能手机。\n"
    )
    postings = parse_jd(notice)
    reqs = postings[0]["requirements"]
    ages = [(r["min_age"], r["max_age"]) for r in reqs if r["kind"] == "age"]
    assert ages == [(None, 55)]  # (the first ceiling stated, not a range from 50 to 55)
    flags = [f["text"] for f in postings[0]["flags"]]
    assert "具有本市户籍或持本市居住证满2年" in flags
    texts = [r["text"] for r in reqs]
    assert "能适应水上作业" in texts and "会使用智能手机" in texts
    # (the post's name before its conditions is no part of them; nor is the permit an ask)
    assert not any("保洁员" in t or "管理员" in t or "居住证" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_voice_message_asks_after_whom_it_hires(one_line):
    lines = [
        "[语音转文字] 某某搬家-老板  09:15",
        "喂，兄弟们，我这边招三个搬运工啊，做长期的，要有两年以上搬家经验，会拆装家具，"
        "力气大的优先，年纪大点也可以，一天三百，包午饭，有意向的直接打我电话",
    ]
    reqs = _reqs(join(lines, one_line))
    texts = [r["text"] for r in reqs]
    assert "会拆装家具" in texts
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    assert [r["must"] for r in reqs if "力气大" in r["text"]] == [False]
    # (the pay, the meal, how to apply and who is also taken ask nothing)
    assert not any(
        "包午饭" in t or "打我电话" in t or "也可以" in t or "三百" in t or "长期" in t
        for t in texts
    )


@pytest.mark.parametrize("one_line", [False, True])
def test_a_forum_posts_addendum_counters_and_markdown_heading(one_line):
    lines = [
        "### 我们希望你",
        "- 本科及以上学历",
        "- 熟悉 Go 语言",
        "### 加分项",
        "- 有 Kubernetes 运维经验",
        "第 1 条附言 · 2 小时前",
        "还缺一位，欢迎自荐",
        "8 条回复 • 2026-12-01 09:00:00 +08:00",
        "感谢 收藏 忽略主题",
    ]
    reqs = _reqs(join(lines, one_line))
    texts = [r["text"] for r in reqs]
    assert "熟悉 Go 语言" in texts
    assert [r["must"] for r in reqs if "Kubernetes" in r["text"]] == [False]
    assert not any("#" in t or "附言" in t or "自荐" in t or "回复" in t for t in texts)


def test_an_ats_csv_export_is_read_row_by_row():
    export = (
        "岗位名称,所属部门,工作地点,招聘人数,任职要求,薪资范围\n"
        '"叉车司机","仓储部","佛山市顺德区",2,"1.持有叉车证;2.2年以上叉车驾驶经验,'
        '会日常保养","6000-7500"\n'
        '"仓管员","仓储部","佛山市顺德区",1,"1.高中以上学历;2.熟练使用Excel","5000-6000"\n'
        "导出时间：2026-12-02 09:30  导出人：招聘专员\n"
    )
    reqs = _reqs(export)
    texts = [r["text"] for r in reqs]
    assert "持有叉车证" in texts and "熟练使用Excel" in texts
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    assert any(r["kind"] == "education" and r["min_level"] == "high_school" for r in reqs)
    # (the cells of names, places, counts and pay, and the export line, ask nothing)
    assert not any('"' in t or "仓储部" in t or "导出" in t or "6000" in t for t in texts)
