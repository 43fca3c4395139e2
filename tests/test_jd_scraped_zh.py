"""Chinese postings as scrapers deliver them from job boards (51job, 智联招聘, BOSS直聘, 猎聘,
58同城) and company sites: the board's buttons, field lines and safety notice, the address and
company blocks, what a posting also accepts, conditions to bear, flagged conditions inside an
item. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd


def _reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def test_a_job_boards_chrome_and_address_block_are_no_requirements():
    text = (
        "出纳 4-6千/月\n任职要求：\n1.大专以上学历;2.1年以上出纳工作经验\n"
        "职能类别：出纳\n关键字：现金管理 网银\n上班地址：东莞市南城区某某路9号\n"
        "公司信息 东莞市某某塑胶有限公司 民营公司 | 50-150人\n举报 分享 收藏 申请职位\n"
        "工作地址\n东莞市南城区某某大厦\nBOSS直聘安全提示\n查看地图"
    )
    texts = _texts(text)
    assert texts == ["大专以上学历", "1年以上出纳工作经验"]


def test_a_call_on_the_phone_is_no_contact_line():
    reqs = _reqs("任职要求：\n1.英语CET-4,能用英语与客户电话沟通;\n联系电话：0512-0000000")
    assert [(r["kind"], r["text"]) for r in reqs] == [
        ("language", "英语CET-4,能用英语与客户电话沟通")
    ]


def test_what_a_posting_also_accepts_asks_nothing():
    texts = _texts("任职要求：1、有相关工作经验者优先，应届毕业生亦可；2、大专学历，优秀者中专也可")
    assert "有相关工作经验者优先" in texts
    assert "大专学历" in texts
    assert not any("亦可" in t or "也可" in t for t in texts)
    # "either is fine" between degrees states the floor; between nothing it asks nothing
    reqs = _reqs("任职要求\n学历：大专或本科均可\n经验：应届生均可")
    assert [(r["kind"], r["min_level"]) for r in reqs] == [("education", "associate")]


def test_a_condition_to_bear_is_a_requirement_of_its_own_an_elaboration_is_not():
    texts = _texts(
        "任职要求：1.具备良好的沟通能力，能承受较大的工作压力；2.英语四级，可阅读英文技术资料；"
        "3.吃苦耐劳，能接受倒班"
    )
    assert "具备良好的沟通能力" in texts
    assert "能承受较大的工作压力" in texts
    assert "英语四级，可阅读英文技术资料" in texts
    assert "能接受倒班" in texts


def test_height_in_an_age_item_is_a_flag_not_an_age():
    posting = parse_jd("任职要求：\n1.年龄20-30岁，身高158cm以上；\n2.高中以上学历")[0]
    ages = [(r["min_age"], r["max_age"]) for r in posting["requirements"] if r["kind"] == "age"]
    assert ages == [(20, 30)]
    assert not any("cm" in r["text"] for r in posting["requirements"])
    assert {"kind": "appearance", "text": "身高158cm以上"}.items() <= next(
        f for f in posting["flags"] if f["kind"] == "appearance"
    ).items()


def test_a_flagged_condition_with_its_label_or_preference_asks_nothing_more():
    posting = parse_jd("任职要求：\n1.本科学历\n其他：未婚优先，本地户口优先")[0]
    assert [r["text"] for r in posting["requirements"]] == ["本科学历"]
    assert {f["kind"] for f in posting["flags"]} == {"marital", "birthplace"}


def test_a_language_label_is_not_part_of_the_requirement():
    reqs = _reqs("任职要求\n学历要求：本科以上学历\n语言要求：英语六级")
    assert ("language", "英语六级") in [(r["kind"], r["text"]) for r in reqs]


def test_duties_first_then_requirements_under_no_heading():
    (posting,) = parse_jd(
        "叉车司机 6-8K 苏州 1.负责货物装卸及搬运；2.定期保养叉车；3.2年以上叉车驾驶经验，"
        "高中以上学历；4.持有叉车证；5.吃苦耐劳，能接受夜班"
    )
    reqs = {r["text"]: r for r in posting["requirements"]}
    assert reqs["2年以上叉车驾驶经验"]["min_years"] == 2
    assert reqs["高中以上学历"]["min_level"] == "high_school"
    assert {"持有叉车证", "吃苦耐劳", "能接受夜班"} <= set(reqs)
    assert [d.rstrip("；") for d in posting["duties"]] == ["负责货物装卸及搬运", "定期保养叉车"]


def test_a_competency_tables_heading_header_row_and_in_house_cells_ask_nothing():
    texts = _texts(
        "客服组长\n任职资格\n1.大专以上学历\n三、能力素质要求\n能力项目    要求程度\n"
        "沟通能力    ★★★★\n公司文化2；产品知识3；客户心理学知识2"
    )
    assert texts == ["大专以上学历", "沟通能力", "客户心理学知识2"]


def test_a_list_of_majors_with_ascii_commas_is_one_requirement():
    reqs = _reqs(
        "任职要求：\n1.本科及以上学历,国际贸易,商务英语,物流管理等相关专业;\n"
        "2.大专及以上学历,市场营销,行政管理、工商管理,心理学等相关专业"
    )
    majors = [(r["text"], r["values"]) for r in reqs if r["kind"] == "major"]
    assert majors == [
        ("国际贸易,商务英语,物流管理等相关专业", ["国际贸易", "商务英语", "物流管理"]),
        (
            "市场营销,行政管理、工商管理,心理学等相关专业",
            ["市场营销", "行政管理", "工商管理", "心理学"],
        ),
    ]
    assert not any(r["kind"] == "language" for r in reqs)  # 商务英语 is a major here
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == ["bachelor", "associate"]


def test_a_fields_label_names_its_first_clause_only():
    kinds = {
        r["text"]: r["kind"]
        for r in _reqs("任职要求\n工作经验：1-3年人事工作经验，熟悉劳动法及社保政策")
    }
    assert kinds == {"1-3年人事工作经验": "experience", "熟悉劳动法及社保政策": "knowledge"}


def test_kinds_of_plain_chinese_requirements():
    kinds = {
        r["text"]: r["kind"]
        for r in _reqs(
            "任职要求：1.有良好的职业操守；2.工作细致认真，服从安排；3.持电工证；"
            "4.有叉车证者优先；5.能承受较大的工作压力"
        )
    }
    assert kinds == {
        "有良好的职业操守": "competency",
        "工作细致认真": "competency",
        "服从安排": "competency",
        "持电工证": "certificate",
        "有叉车证者优先": "certificate",
        "能承受较大的工作压力": "competency",
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("【58同城】销售代表 底薪4000+高提成+奖金\n任职要求：普通话标准", "销售代表"),
        ("会计 4.5-6千/月\n任职要求：\n1.大专以上学历", "会计"),
        ("外贸跟单员 | 猎聘\n任职要求：\n1.英语六级", "外贸跟单员"),
        (
            "某某电器有限公司 2025年社会招聘\n招聘岗位：客服主管\n任职资格\n1.大专及以上学历",
            "客服主管",
        ),
        ("【岗位名称】出纳 工作地点：上海 任职要求：1.大专以上学历；2.1年以上出纳经验", "出纳"),
        ("招聘：叉车司机 要求：高中以上学历，持叉车证", "叉车司机"),
    ],
)
def test_the_title_without_the_boards_tag_pay_and_name(text, title):
    assert parse_jd(text)[0]["title"] == title


def test_certificates_named_as_alternatives_are_one_requirement_any_of_them_meets():
    (req,) = _reqs("任职要求：\n1.持有初级会计职称或会计从业资格证")
    assert (req["kind"], req["values"], req["any_of"]) == (
        "certificate",
        ["初级会计职称", "会计从业资格证"],
        True,
    )


def test_qualities_before_a_major_and_a_skill_after_a_degree_stay_their_own_clauses():
    texts = _texts("任职要求：\n1.沟通能力强,责任心强,计算机专业\n2.大专学历，可熟练使用办公软件")
    assert texts[:3] == ["沟通能力强", "责任心强", "计算机专业"]
    assert "可熟练使用办公软件" in texts and "大专学历" in texts


def test_obedience_and_hardship_after_a_comma_are_requirements_of_their_own():
    texts = _texts("任职要求：1.有安全意识，能服从加班安排；2.持健康证，能吃苦耐劳")
    assert texts == ["有安全意识", "能服从加班安排", "持健康证", "能吃苦耐劳"]


def test_an_age_label_names_its_first_clause_only():
    reqs = _reqs("任职要求：①年龄45岁以下，能吃苦耐劳，服从厨师长安排②年龄28-40岁,性别不限")
    assert [(r["kind"], r["text"]) for r in reqs] == [
        ("age", "45岁以下"),
        ("competency", "能吃苦耐劳"),
        ("competency", "服从厨师长安排"),
        ("age", "28-40岁"),
    ]


def test_what_to_bring_to_the_interview_is_no_requirement():
    texts = _texts("任职要求\n(1)2年以上平面设计工作经验;(2)面试请携带作品集")
    assert texts == ["2年以上平面设计工作经验"]


def test_an_age_relaxed_for_some_candidates_is_flagged_not_a_floor():
    (posting,) = parse_jd(
        "招聘条件：(1)年龄在25周岁以下，研究生可放宽至28周岁；(2)统招本科及以上学历"
    )
    ages = [(r["min_age"], r["max_age"]) for r in posting["requirements"] if r["kind"] == "age"]
    assert ages == [(None, 25)]
    assert any("28周岁" in f["text"] for f in posting["flags"])


def test_a_licence_before_its_preference_or_its_grade_is_a_certificate():
    reqs = _reqs(
        "任职要求：1.持保安员证优先；2.持有特种作业操作证（低压电工）；3.有中式烹调师证（中级）者优先"
    )
    assert [r["kind"] for r in reqs] == ["certificate"] * 3


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("具备扎实的会计学基础", "knowledge"),
        ("具备书法、舞蹈中至少一项特长", "skill"),
        ("会SketchUp者优先", "skill"),
    ],
)
def test_a_grounding_is_knowledge_and_a_talent_or_a_named_tool_a_skill(text, kind):
    assert [r["kind"] for r in _reqs(f"任职要求：1.{text}")] == [kind]


def test_what_a_person_must_put_up_with_is_no_competency_under_a_qualities_label():
    reqs = _reqs("任职资格\n素质：能接受经常出差，吃苦耐劳，服从安排")
    assert [(r["kind"], r["text"]) for r in reqs][0] == ("other", "能接受经常出差")


def test_no_major_asked_is_no_requirement_and_overtime_is_a_condition_of_the_job():
    (posting,) = parse_jd(
        "任职要求：\n1. 本科及以上学历，专业不限\n2. 能服从加班安排\n3. 服从安排\n"
    )
    kinds = {r["text"]: r["kind"] for r in posting["requirements"]}
    assert kinds == {
        "本科及以上学历": "education",
        "能服从加班安排": "other",
        "服从安排": "competency",
    }
