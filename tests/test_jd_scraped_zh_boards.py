"""More Chinese postings as boards and company sites deliver them: points numbered "1）", a field
line with a catch-all 其他：, a nice-to-have after an elaboration, star-rated ability tables, a
岗位说明书's working-conditions row, years stated as 驾龄 / 教龄, the kinds of what a person can
use or is, a 岗位说明书's "|" cell borders, who else a posting lets in, and 【】 headings and a
board's field lines inside a scraped line. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def _kinds(text: str) -> dict[str, str]:
    return {r["text"]: r["kind"] for r in _reqs(text)}


def test_points_numbered_with_a_closing_parenthesis_keep_no_number():
    texts = [r["text"] for r in _reqs("【任职要求】\n1）大专以上学历；\n2）3年以上餐厅管理经验；")]
    assert texts == ["大专以上学历", "3年以上餐厅管理经验"]


def test_a_time_range_in_parentheses_is_no_point_number():
    reqs = _reqs("任职要求：能接受早班（6:00-14:00）与晚班轮换，吃苦耐劳")
    assert [r["text"] for r in reqs] == ["能接受早班（6:00-14:00）与晚班轮换", "吃苦耐劳"]


def test_a_catch_all_other_field_ends_the_field_before_it():
    kinds = _kinds(
        "任职资格：学历：大专及以上 技能：熟练使用Excel、收银系统 其他：能适应倒班，有团队精神"
    )
    assert kinds == {
        "学历：大专及以上": "education",
        "熟练使用Excel、收银系统": "skill",
        "能适应倒班": "other",
        "有团队精神": "competency",
    }


def test_a_nice_to_have_after_an_elaboration_is_a_clause_of_its_own():
    reqs = _reqs("任职要求：\n1.英语流利，可作为工作语言，会法语者优先；")
    assert [(r["text"], r["must"]) for r in reqs] == [
        ("英语流利，可作为工作语言", True),
        ("会法语者优先", False),
    ]


def test_a_star_rated_block_lists_abilities_not_bullets():
    text = (
        "门店店长\n任职要求：\n1.大专以上学历；\n【能力素质】\n团队管理    ★★★★\n"
        "数据分析 ★★★\n商品知识 ★★★★★\n★ 有连锁零售经验者优先"
    )
    reqs = _reqs(text)
    assert [(r["text"], r["kind"]) for r in reqs] == [
        ("大专以上学历", "education"),
        ("团队管理", "competency"),
        ("数据分析", "skill"),  # a graded hands-on task, as the marked 财务分析 row is
        ("商品知识", "knowledge"),
        ("有连锁零售经验者优先", "experience"),
    ]


def test_a_job_descriptions_working_conditions_row_asks_nothing():
    text = (
        "岗位说明书\n职责  负责设备巡检及维修\n任职资格  学历  中专及以上学历\n"
        "工作条件  夜班频率约30%，享受夜班补贴50元/次\n薪酬福利  5000-7000元/月"
    )
    assert [(r["text"], r["kind"]) for r in _reqs(text)] == [("学历  中专及以上学历", "education")]


def test_years_behind_the_wheel_or_in_teaching_are_years_of_experience():
    reqs = _reqs("任职要求：C1驾照，3年以上驾龄；\n2.具有5年以上教龄者优先")
    years = {r["text"]: r["min_years"] for r in reqs if r["kind"] == "experience"}
    assert years == {"3年以上驾龄": 3, "具有5年以上教龄者优先": 5}


def test_what_a_person_can_use_or_read_is_a_skill_and_character_a_competency():
    kinds = _kinds(
        "任职要求：\n1.会看图纸，会使用游标卡尺；\n2.能看懂电路图；\n3.为人稳重，守时；"
        "\n4.热爱教育事业；\n5.逻辑思维清晰"
    )
    assert kinds == {
        "会看图纸": "skill",
        "会使用游标卡尺": "skill",
        "能看懂电路图": "skill",
        "为人稳重": "competency",
        "守时": "competency",
        "热爱教育事业": "competency",
        "逻辑思维清晰": "competency",
    }


def test_a_share_of_the_years_before_is_asked_without_its_connective():
    reqs = _reqs("任职要求：\n1、5年以上酒店前厅工作经验，其中至少2年主管经验；")
    assert [(r["text"], r["min_years"]) for r in reqs] == [
        ("5年以上酒店前厅工作经验", 5),
        ("至少2年主管经验", 2),
    ]


def test_a_job_descriptions_cell_borders_are_no_part_of_a_requirement():
    text = (
        "仓储主管岗位说明书\n职责 | (1)负责入库验收；(2)负责月度盘点。\n"
        "任职资格 | 学历：大专及以上 | 年龄：28-45周岁 | 经验：3年以上仓储管理经验\n"
        "技能要求 | 熟练使用WMS系统 | 会操作叉车者优先\n素质要求 | 细心、有条理"
    )
    texts = _texts(text)
    assert not any("|" in t for t in texts), texts
    assert "熟练使用WMS系统" in texts
    assert [r["must"] for r in _reqs(text) if r["text"] == "会操作叉车者优先"] == [False]
    assert "细心、有条理" in texts
    assert any(t.endswith("大专及以上") for t in texts)


def test_who_else_is_let_in_asks_nothing():
    texts = _texts(
        "任职要求：1、持有叉车证，无证者可入职后培训考取；2、1年以上仓库经验，无经验者可带薪培训"
    )
    assert texts == ["持有叉车证", "1年以上仓库经验"]


def test_what_a_person_can_do_by_hand_is_a_skill_a_theory_and_a_method_are_knowledge():
    kinds = _kinds(
        "任职要求：\n1.会测量血糖；\n2.能骑摩托车；\n3.能独立完成空调拆装及维修；\n"
        "4.熟悉网络安全基本理论和系统加固方法；\n5.精通六西格玛及8D分析方法；\n6.网感好，有爱心"
    )
    assert kinds == {
        "会测量血糖": "skill",
        "能骑摩托车": "skill",
        "能独立完成空调拆装及维修": "skill",
        "熟悉网络安全基本理论和系统加固方法": "knowledge",
        "精通六西格玛及8D分析方法": "knowledge",
        "网感好": "competency",
        "有爱心": "competency",
    }


def test_bracketed_headings_inside_a_scraped_line_open_their_sections():
    text = (
        "店长（连锁烘焙） | 猎聘 年薪15-20万 该职位由猎头发布 职位描述 【企业介绍】客户为某连锁烘焙品牌。"
        " 【岗位职责】 1、负责门店日常运营；2、完成月度营业额目标。 【任职要求】 1、大专及以上学历；"
        "2、3年以上烘焙或餐饮门店管理经验；3、熟悉食品安全法规。 【能力素质】 团队管理 ★★★★"
        " 【薪酬福利】年薪15-20万，包住"
    )
    texts = _texts(text)
    assert texts == [
        "大专及以上学历",
        "3年以上烘焙或餐饮门店管理经验",
        "熟悉食品安全法规",
        "团队管理",
    ]


def test_a_boards_field_lines_run_into_the_last_item_are_no_part_of_it():
    text = (
        "出纳 4-6千/月 任职要求： 1.大专以上学历; 2.有工厂出纳经验者优先 职能类别：出纳 "
        "关键字：现金管理 网银 上班地址：佛山市顺德区某某路1号"
    )
    assert _texts(text) == ["大专以上学历", "有工厂出纳经验者优先"]


def test_a_job_descriptions_cells_in_one_line_are_clauses_of_their_own():
    text = (
        "岗位说明书 岗位名称  维修电工 职责  负责配电房巡检 任职资格  学历  中专及以上学历，电气相关专业 "
        "经验  2年以上工厂维修经验 技能  持有低压电工证 薪酬福利  5000-7000元/月"
    )
    reqs = _reqs(text)
    assert [r["text"] for r in reqs] == [
        "中专及以上学历",
        "电气相关专业",
        "经验  2年以上工厂维修经验",
        "持有低压电工证",
    ]
    assert [r["min_years"] for r in reqs if r["kind"] == "experience"] == [2]
