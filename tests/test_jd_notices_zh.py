"""Chinese public notices (招聘公告 of a state-owned firm, a 事业单位's 公开招聘) and more board shapes:
condition headings numbered （一）, a table of posts under column names (also run into one line),
a list of who may not apply, age floors and ceilings, 户籍 and 身体条件 conditions, a duties list
that turns to requirements, 【加分项】, glued numbering and colons, rated tables with cell borders,
and the kinds of some Chinese clauses. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _posting(text: str) -> dict:
    postings = parse_jd(text)
    assert len(postings) == 1
    return postings[0]


def _reqs(text: str) -> list[dict]:
    return _posting(text)["requirements"]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_NOTICE = """某某市水务集团有限公司2026年招聘公告
一、招聘岗位
管网运维岗3名
二、报名条件
（一）基本条件
1．遵纪守法，品行端正；
2．年龄35周岁以下；
（二）岗位条件
1．本科及以上学历，给排水工程相关专业；
2．具有3年以上供水管网运维经验；
三、报名方式
请将报名表发送至 hr@example.com，咨询电话：0000-1234567。
四、薪酬待遇
按公司薪酬制度执行，缴纳五险一金。"""


def test_a_notices_condition_headings_numbered_in_parentheses_head_its_requirements():
    texts = _texts(_NOTICE)
    assert "本科及以上学历" in texts
    assert "具有3年以上供水管网运维经验" in texts
    assert "遵纪守法" in texts
    # the numbers of the sub-headings, the procedure and the pay are no requirements
    assert not any(t in ("（一）", "（二）") or "hr@example.com" in t for t in texts)
    assert not any("五险一金" in t for t in texts)


def test_a_notice_in_one_line_reads_its_sub_headings_mid_line():
    texts = _texts(_one_line(_NOTICE))
    assert "具有3年以上供水管网运维经验" in texts
    assert not any(t in ("基本条件", "岗位条件") for t in texts)


def test_points_numbered_with_chinese_numerals_in_parentheses_are_items():
    texts = _texts("报名条件\n（一）大专及以上学历；\n（二）持有C1驾驶证；\n（三）服从工作安排。")
    assert texts == ["大专及以上学历", "持有C1驾驶证", "服从工作安排"]


_TABLE = """某某街道社区卫生服务中心招聘编外人员公告
一、招聘岗位
岗位编号 | 岗位 | 人数 | 学历要求 | 专业要求 | 其他要求
B02 | 护士 | 3 | 中专及以上 | 护理、助产 | 持有护士执业证书，1年以上临床工作经验
二、待遇
月薪4000-5500元。"""


def test_a_table_of_posts_reads_its_asking_columns():
    reqs = {r["text"]: r for r in _reqs(_TABLE)}
    assert reqs["中专及以上"]["kind"] == "education"
    assert reqs["中专及以上"]["min_level"] == "high_school"
    assert reqs["护理、助产"]["kind"] == "major"
    assert reqs["持有护士执业证书"]["kind"] == "certificate"
    assert reqs["1年以上临床工作经验"]["min_years"] == 1
    # the post's code, name and head count ask nothing
    assert not any(t in reqs for t in ("B02", "护士", "3", "岗位编号"))


def test_a_table_of_posts_run_into_one_line_reads_the_same_cells():
    texts = _texts(_one_line(_TABLE))
    assert "中专及以上" in texts
    assert "护理、助产" in texts
    assert "持有护士执业证书" in texts
    assert not any("月薪" in t for t in texts)


def test_who_may_not_apply_is_no_requirement():
    text = (
        "应聘条件\n1.大专及以上学历；\n2.有驾驶经验；\n"
        "凡有下列情形之一的，不得报名：受过刑事处罚的；被开除公职的；现役军人。\n"
        "报名时间\n12月1日至5日"
    )
    texts = _texts(text)
    assert texts == ["大专及以上学历", "有驾驶经验"]


def test_an_age_floor_and_ceiling_in_two_conditions_give_both_bounds():
    posting = _posting("报名条件：\n1.年龄20周岁以上、30周岁以下；\n2.高中及以上学历。")
    ages = [r for r in posting["requirements"] if r["kind"] == "age"]
    assert [(r["min_age"], r["max_age"]) for r in ages] == [(20, 30)]


def test_a_household_registration_condition_is_flagged_whole():
    posting = _posting("报名条件：\n1.具有本市户籍（以身份证为准）；\n2.本科及以上学历。")
    assert [r["text"] for r in posting["requirements"]] == ["本科及以上学历"]
    assert [f["text"] for f in posting["flags"]] == ["具有本市户籍（以身份证为准）"]


def test_a_physical_condition_joined_to_an_ask_is_flagged_and_the_ask_kept():
    posting = _posting("报名条件：\n1.具有相应的沟通能力和胜任工作的身体条件；\n2.大专以上学历。")
    assert "具有相应的沟通能力" in [r["text"] for r in posting["requirements"]]
    assert [f["kind"] for f in posting["flags"]] == ["health"]


def test_a_duties_list_that_turns_to_what_is_asked_gives_requirements():
    text = (
        "审计专员\n岗位职责：\n1.负责内部审计项目的实施；\n2.编制审计报告；\n"
        "3.本科及以上学历，审计、会计相关专业；\n4.2年以上审计工作经验；\n5.熟悉内控流程。\n"
        "工作地址：某某路1号"
    )
    posting = _posting(text)
    texts = [r["text"] for r in posting["requirements"]]
    assert "本科及以上学历" in texts
    assert "2年以上审计工作经验" in texts
    assert "熟悉内控流程" in texts
    assert not any(t.startswith(("负责", "编制")) for t in texts)
    assert posting["duties"][:2] == ["负责内部审计项目的实施；", "编制审计报告；"]


def test_a_duties_list_whose_last_points_name_a_degree_in_passing_stays_duties():
    # (a duty that names a degree is not a requirement: the points after it are duties)
    text = "岗位职责：\n1.负责招聘工作；\n2.本科以上学历人员的面试安排；\n3.负责入职手续办理。"
    assert _reqs(text) == []


def test_a_bonus_block_is_nice_to_have():
    text = "任职要求：\n1.本科及以上学历；\n【加分项】\n有海外留学经历；熟悉Python"
    musts = {r["text"]: r["must"] for r in _reqs(text)}
    assert musts == {"本科及以上学历": True, "有海外留学经历": False, "熟悉Python": False}


def test_a_clause_glued_to_the_next_point_by_a_colon_is_no_lead_in():
    text = "任职要求：\n1.大专学历；\n2.熟练使用PS，会AI者优先:3.有责任心。"
    musts = {r["text"]: r["must"] for r in _reqs(text)}
    assert musts == {"大专学历": True, "熟练使用PS": True, "会AI者优先": False, "有责任心": True}


def test_the_time_a_person_commits_is_a_requirement_of_its_own():
    assert _texts("任职要求：每周到岗3天以上，能保证实习4个月") == [
        "每周到岗3天以上",
        "能保证实习4个月",
    ]


def test_a_rated_table_with_cell_borders_lists_abilities():
    text = (
        "任职要求：\n1.大专以上学历；\n能力要求：\n项目 | 要求程度\n设备调试 | ★★★★\n沟通能力 | ★★★"
    )
    kinds = {r["text"]: r["kind"] for r in _reqs(text)}
    assert kinds == {
        "大专以上学历": "education",
        "设备调试": "competency",
        "沟通能力": "competency",
    }
    one = {r["text"] for r in _reqs(_one_line(text))}
    assert one == {"大专以上学历", "设备调试", "沟通能力"}


def test_a_graded_row_naming_a_hands_on_task_is_a_skill():
    kinds = {r["text"]: r["kind"] for r in _reqs("【能力素质】\n样品检测 ★★★★\n责任意识 ★★★")}
    assert kinds == {"样品检测": "skill", "责任意识": "competency"}


def test_a_point_number_glued_to_a_year_is_no_decimal():
    texts = _texts("任职要求：1.2027届本科及以上应届毕业生；2.英语四级。")
    assert texts == ["2027届本科及以上应届毕业生", "英语四级"]


def test_an_alternative_after_a_comma_is_one_requirement():
    reqs = _reqs("任职要求：\n1.3年以上财务分析经验，或5年以上会计工作经验；\n2.本科学历。")
    experience = [r for r in reqs if r["kind"] == "experience"]
    assert [r["text"] for r in experience] == ["3年以上财务分析经验，或5年以上会计工作经验"]
    assert experience[0]["min_years"] == 3


def test_kinds_of_qualities_schools_backgrounds_and_what_was_done():
    text = (
        "任职要求：\n1.性格开朗外向；\n2.对教育行业有热情；\n3.985/211院校优先；\n"
        "4.主持过省级科研项目；\n5.有医疗行业背景者优先；\n6.文科背景；\n"
        "7.担任班主任不少于3年；"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert reqs["性格开朗外向"]["kind"] == "competency"
    assert reqs["对教育行业有热情"]["kind"] == "competency"
    assert reqs["985/211院校优先"]["kind"] == "education"
    assert reqs["主持过省级科研项目"]["kind"] == "experience"
    assert reqs["有医疗行业背景者优先"]["kind"] == "experience"
    assert reqs["文科背景"]["kind"] == "major"
    assert reqs["担任班主任不少于3年"]["kind"] == "experience"
    assert reqs["担任班主任不少于3年"]["min_years"] == 3


def test_a_boards_closing_date_company_name_and_share_button_are_no_requirements():
    text = (
        "任职要求：\n1.本科学历；\n2.熟悉Excel。\n截止日期：2026-12-31\n"
        "公司名称：某某科技有限公司\n微信分享"
    )
    assert _texts(text) == ["本科学历", "熟悉Excel"]


def test_a_notices_numbered_headings_in_its_own_words_open_and_close_its_conditions():
    text = (
        "某某区人民医院2026年招聘合同制工作人员公告\n一、招聘人数\n药剂岗2名。\n"
        "二、应聘人员须具备的条件\n1.全日制大专及以上学历，药学专业；\n2.取得药士资格证书；\n"
        "三、报名办法\n现场报名，地点：医院综合楼二楼。\n四、工资待遇\n按医院规定执行。\n"
        "五、体检要求\n体检标准参照公务员录用体检通用标准。"
    )
    texts = _texts(text)
    assert texts[:2] == ["全日制大专及以上学历", "药学专业"]
    assert "取得药士资格证书" in texts
    assert not any("报名" in t or "医院" in t or "体检" in t for t in texts)


def test_a_pointer_to_the_notices_annex_is_no_requirement():
    text = "报名条件\n（一）品行端正；\n（二）岗位要求详见附件《岗位需求表》。"
    assert _texts(text) == ["品行端正"]


def test_a_students_level_is_an_education_floor():
    reqs = _reqs("任职要求：\n1.2027届硕士在读，统计学相关专业；\n2.熟练使用SQL。")
    education = [r for r in reqs if r["kind"] == "education"]
    assert [(r["text"], r["min_level"]) for r in education] == [("2027届硕士在读", "master")]


def test_a_headhunters_consultant_heading_in_one_line_ends_the_list():
    text = "【任职资格】1、本科学历；2、持有PMP证书优先 【联系顾问】王顾问 139****0000"
    assert _texts(text) == ["本科学历", "持有PMP证书优先"]
