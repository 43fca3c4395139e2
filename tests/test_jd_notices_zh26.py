"""Chinese round 26z's shapes: a Malaysian Chinese paper's classified with bare labels ("职务：",
"条件： • …"), its school-leaving certificate (SPM) as an education floor and a post limited to
citizens, a forum thread whose posts each have a line ("招钣金师傅2名：…，学徒期管吃住"), an age
range glued to its list's start ("18到30岁"), and a specialty hospital (专科医院) that is no
degree. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_CLASSIFIED = [
    "分类广告 > 招聘 > 文员 [槟城] 仓库文员 薪金：RM2,200 - RM2,600",
    "职务：处理出入货单据，协助盘点。",
    "条件：",
    "• 至少持有SPM或同等学历",
    "• 1年或以上仓库文书经验",
    "• 懂得使用电脑",
    "• 只限本地公民",
    "福利：EPF、SOCSO、年假",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_classified_asks_under_its_bare_labels(one_line):
    reqs = _reqs(join(_CLASSIFIED, one_line))
    texts = [r["text"] for r in reqs]
    assert "1年或以上仓库文书经验" in texts
    assert "懂得使用电脑" in texts
    assert not any("处理出入货单据" in t for t in texts)  # the duties under 职务
    assert max(r["min_years"] or 0 for r in reqs) == 1


def test_malaysias_school_leaving_certificate_is_the_secondary_floor():
    reqs = _reqs(join(_CLASSIFIED, False))
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == ["high_school"]
    stpm = _reqs("要求：\n1.持有STPM或以上学历\n2.两年以上销售经验")
    assert [r["min_level"] for r in stpm if r["kind"] == "education"] == ["high_school"]


def test_a_post_for_citizens_only_is_flagged():
    flags = [f for p in parse_jd(join(_CLASSIFIED, False)) for f in p["flags"]]
    assert any(f["text"] == "只限本地公民" for f in flags)
    assert "只限本地公民" not in _texts(join(_CLASSIFIED, False))


_THREAD = [
    "某某镇吧 > 看帖",
    "【招聘】镇上木器厂招木工师傅和学徒",
    "1楼 木器厂老周 2026-11-20 08:10",
    "厂子在镇南，订单多人手不够。",
    "招木工师傅2名：会看图下料，有5年以上家具厂木工经验，会开雕刻机的优先。工资按件算。",
    "招学徒三个：20到35岁，能吃苦，肯学，学徒期两个月管吃住，出师后工资另谈。",
    "有意的打电话或者来厂里看。",
    "2楼 路人甲 2026-11-20 09:00",
    "顶",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_threads_post_lines_ask_until_what_the_post_gives(one_line):
    reqs = _reqs(join(_THREAD, one_line))
    texts = [r["text"] for r in reqs]
    assert "会看图下料" in texts
    assert "有5年以上家具厂木工经验" in texts
    assert "能吃苦" in texts and "肯学" in texts
    assert not any("管吃住" in t or "工资" in t or "电话" in t for t in texts)
    assert [r["must"] for r in reqs if "雕刻机" in r["text"]] == [False]
    assert [(r["min_age"], r["max_age"]) for r in reqs if r["kind"] == "age"] == [(20, 35)]


def test_a_post_line_that_asks_nothing_stays_out():
    text = "招服务员2名：月薪4000，包吃住。\n有意者请致电。"
    assert _texts(text) == []


@pytest.mark.parametrize("item", ["18到30岁，能吃苦", "年龄18至30岁，能吃苦"])
def test_an_age_range_opening_an_item_keeps_its_first_number(item):
    reqs = _reqs(f"岗位要求：\n{item}")
    assert [(r["min_age"], r["max_age"]) for r in reqs if r["kind"] == "age"] == [(18, 30)]


def test_a_specialty_hospital_is_no_degree():
    reqs = _reqs("任职要求：\n1.本科及以上学历\n2.有2年以上口腔专科医院工作经验")
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == ["bachelor"]
    assert [r["min_years"] for r in reqs if r["kind"] == "experience"] == [2]


_ARTICLE = [
    "某某美术馆 ｜ 招聘公告",
    "【招聘岗位】",
    "岗位一：展览策划（1名）",
    "▍岗位职责",
    "负责临展的策划与布展。",
    "▍任职条件",
    "1、艺术学相关专业本科及以上学历；",
    "2、2年以上展览策划经验。",
    "岗位二：教育专员（1名）",
    "▍岗位职责",
    "负责公共教育活动的组织实施。",
    "▍任职条件",
    "1、全日制大专及以上学历；",
    "2、普通话二级甲等及以上。",
    "— END —",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_an_articles_bar_marked_headings_open_their_sections(one_line):
    texts = _texts(join(_ARTICLE, one_line))
    assert "2年以上展览策划经验" in texts and "普通话二级甲等及以上" in texts
    assert not any("负责" in t or "岗位二" in t or "任职条件" in t for t in texts)
    assert not any("END" in t for t in texts)  # (the article's end mark)


_MEDICAL_BOARD = [
    "某某医疗招聘 首页 > 职位 > 影像技师",
    "职位要求",
    "学历要求：大专",
    "工作经验：2年以上",
    "职称要求：初级（师）及以上",
    "执业要求：大型医用设备上岗证",
    "职位描述",
    "负责CT、MRI检查的操作。",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_medical_boards_grade_and_licence_fields_are_their_own_asks(one_line):
    reqs = _reqs(join(_MEDICAL_BOARD, one_line))
    years = [r for r in reqs if r["kind"] == "experience"]
    assert [r["min_years"] for r in years] == [2]
    assert not any("职称" in r["text"] for r in years)
    assert [r["kind"] for r in reqs if "上岗证" in r["text"]] == ["certificate"]


_POSTS = [
    "某某地铁运营公司2027届校园招聘",
    "【招聘岗位】行车调度员　招聘人数：10人",
    "岗位介绍：负责行车指挥。",
    "应聘条件：",
    "◆ 2027届全日制本科及以上学历毕业生；",
    "◆ 能适应倒班工作。",
    "【招聘岗位】票务员　招聘人数：20人",
    "岗位介绍：负责票务处理。",
    "应聘条件：",
    "◆ 2027届全日制大专及以上学历毕业生；",
    "◆ 普通话标准。",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_posts_own_heading_among_several_posts_asks_nothing(one_line):
    texts = _texts(join(_POSTS, one_line))
    assert "普通话标准" in texts and "能适应倒班工作" in texts
    assert not any("招聘岗位" in t or "招聘人数" in t or "负责" in t for t in texts)
