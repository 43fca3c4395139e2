"""Chinese round 22z's shapes: a platform's 招募要求 numbered in words, points numbered by dingbats
(❶❷) run together, a part-time board's field line cut by "|", middle dots glued to the clause
they open, LinkedIn's Chinese page (its fold, its link addressing the viewer, its company block),
a spreadsheet's table whose last cell is empty, a school level that names what is taught, and what
a person is without before papers to show. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd
from matcher.jd.column_tables import column_cells
from matcher.vocab import level_spans
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _flags(text: str) -> list[str]:
    return [f["text"] for p in parse_jd(text) for f in p.get("flags") or []]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_RECRUIT = """某某家政 · 服务人员招募
岗位：育儿嫂（住家）
薪资：8000-10000元/月
招募要求
一、有2年以上带娃经验，会做辅食；
二、持育婴师证，有健康证；
三、女，45岁以下，能住家；
四、无不良嗜好，能提供无犯罪记录证明。
平台说明：平台不收取任何中介费。
"""


def test_a_platforms_recruiting_heading_and_points_numbered_in_words():
    for text in (_RECRUIT, _one_line(_RECRUIT)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "有2年以上带娃经验" in texts
        assert "持育婴师证" in texts and "有健康证" in texts
        # (the number in words is no part of a clause, and the bare gender is flagged)
        assert not any(t.startswith(("一、", "二、", "三、", "四、")) for t in texts)
        assert "女" in _flags(text)
        # (nothing elaborates what the person is without; papers to show are asked apart)
        assert "无不良嗜好" in texts
        assert "能提供无犯罪记录证明" in texts
        assert not any("中介费" in t for t in texts)
        assert max(r.get("min_years") or 0 for r in reqs) == 2


_DINGBATS = """店长直聘
烘焙师
职位描述
岗位要求：❶有中式面点师证书❷3年以上烘焙工作经验❸能独立完成欧包制作➊熟悉食品安全规范
"""


def test_dingbat_numbers_open_points():
    texts = _texts(_DINGBATS)
    assert "有中式面点师证书" in texts
    assert "3年以上烘焙工作经验" in texts
    assert "能独立完成欧包制作" in texts
    assert "熟悉食品安全规范" in texts
    assert not any("❷" in t or "➊" in t for t in texts)


_FIELD_LINE = """兼职猫 > 上海兼职 > 促销
超市试吃促销员
学历要求：高中 | 性别要求：不限 | 年龄要求：18-40岁 | 经验要求：半年以上
岗位要求：
·普通话标准
·能站立工作8小时
"""


def test_a_field_line_cut_by_bars_gives_each_field_and_glued_dots_are_bullets():
    texts = _texts(_FIELD_LINE)
    assert "学历要求：高中" in texts
    assert not any("性别要求" in t for t in texts)  # 不限 asks nothing
    assert "普通话标准" in texts and "能站立工作8小时" in texts
    # in one line the dot after a space still opens an item
    assert "普通话标准" in _texts(_one_line(_FIELD_LINE))


_LINKEDIN = (
    "领英 职位 消息 数据分析师 某某零售（中国）有限公司 · 广州 · 3天前 · 45位申请者 全职 轻松申请 保存"
    " 关于职位 任职资格： - 统计学或计算机相关专业本科及以上学历 - 2年以上零售数据分析经验"
    " - 熟练使用SQL和Python 显示更多 技能：数据分析、SQL 和 Tableau 查看您与该职位的匹配度"
    " 关于公司 某某零售是一家连锁超市集团，门店遍布华南。 关注 类似职位 为你推荐"
)


def test_linkedins_fold_viewer_link_and_company_block_are_no_requirements():
    texts = _texts(_LINKEDIN)
    assert "熟练使用SQL和Python" in texts
    assert "2年以上零售数据分析经验" in texts
    assert not any(w in t for t in texts for w in ("显示更多", "查看", "门店", "类似职位", "推荐"))


_SHEET = (
    "某某小学2027年教师招聘\n"
    "岗位\t人数\t学历\t专业\t其他要求\n"
    "小学数学\t2\t本科及以上\t数学类\t具有小学数学教师资格证\n"
    "小学美术\t1\t本科及以上\t美术学类\t\n"
    "小学科学\t1\t本科及以上\t物理学类\t有实验室管理经验者优先\n"
)


def test_a_spreadsheet_row_with_an_empty_last_cell_keeps_the_rows_after_it():
    cells, rest = column_cells(_SHEET)
    assert ("major", "美术学类") in [(k, c) for k, c in cells]
    assert any(c == "有实验室管理经验者优先" for _, c in cells)
    assert "小学科学" not in rest
    # (a row two cells short is no row of the table)
    cells, _ = column_cells(_SHEET.replace("美术学类\t", ""))
    assert not any(c == "有实验室管理经验者优先" for _, c in cells)


def test_a_school_level_before_what_is_taught_is_no_degree():
    assert level_spans("5年以上高中数学教学经验") == []
    assert level_spans("有高中班主任经历") == []
    assert [lvl for lvl, *_ in level_spans("高中及以上学历")] == ["high_school"]
    reqs = _reqs("任职要求：\n1.本科及以上学历；\n2.有3年以上高中教学经历。")
    assert {r.get("min_level") for r in reqs if r["kind"] == "education"} == {"bachelor"}
