"""Chinese round 16z's shapes: postings in traditional characters (Taiwan's 104 fields, a Hong Kong
posting), several posts in one text (a post's own line, numbered post sub-headings), tables cut by
tabs, ages stated in words, a time window that is no years of experience, a relaxation's condition,
commas inside brackets, equal-opportunity lines and pointers to a table. Postings here are written
for the tests."""

from __future__ import annotations

from matcher.jd import parse_requirement
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_TAIWAN = (
    "會計專員 某某貿易股份有限公司 工作內容 1. 負責應收應付帳款處理。 2. 編製月結報表。 "
    "工作待遇 月薪 38,000~45,000元 上班地點 台北市中山區 條件要求 接受身份 上班族、應屆畢業生 "
    "工作經歷 2年以上 學歷要求 專科、大學 科系要求 會計學相關 語文條件 英文 -- 讀 /中等 "
    "擅長工具 Excel、SAP 其他條件 1. 具記帳士證照者佳。 2. 細心負責。 "
    "福利制度 勞保、健保、年終獎金 聯絡方式 人資部 陳小姐"
)


def test_a_taiwanese_posting_is_read_in_its_own_characters():
    reqs = _reqs(_TAIWAN)
    texts = [r["text"] for r in reqs]
    # each field of 條件要求 is a requirement, given back in traditional characters
    assert "工作經歷 2年以上" in texts
    assert "學歷要求 專科、大學" in texts
    assert any(t.startswith("科系要求") and "會計學" in t for t in texts)
    assert any("Excel" in t for t in texts)
    edu = next(r for r in reqs if r["kind"] == "education")
    assert edu["min_level"] == "associate"  # 專科 before 大學
    years = next(r for r in reqs if r["kind"] == "experience")
    assert years["min_years"] == 2
    # 者佳 is a preference; who may apply, the pay, the benefits and the contact ask nothing
    cert = next(r for r in reqs if "記帳士" in r["text"])
    assert cert["must"] is False
    assert not any("上班族" in t or "月薪" in t or "勞保" in t or "陳小姐" in t for t in texts)


def test_a_hong_kong_posting_in_traditional_characters_keeps_its_levels_and_preferences():
    text = (
        "行政主任\n職責：\n1. 處理日常行政事務\n要求：\n1. 大學學位或以上\n2. 三年以上相關工作經驗\n"
        "3. 良好的英語及粵語溝通能力\n4. 懂中文打字者優先\n"
    )
    reqs = _reqs(text)
    assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "bachelor"
    assert next(r for r in reqs if r["kind"] == "experience")["min_years"] == 3
    nice = next(r for r in reqs if "中文打字" in r["text"])
    assert nice["must"] is False and nice["text"] == "懂中文打字者優先"


def test_a_simplified_posting_is_not_folded():
    # (著 and 乾 are simplified characters too: a stray one folds nothing)
    text = "任职要求：\n1.本科以上学历，著名高校优先；\n2.熟悉乾燥设备的维护。\n"
    assert _texts(text) == ["本科以上学历", "著名高校优先", "熟悉乾燥设备的维护"]


_AGENCY = """某某人力资源有限公司 招聘多个岗位
岗位一：包装工（10名）
要求：①能适应站立作业；②有食品厂包装经验者优先。
岗位二：质检员（2名）
要求：①高中及以上学历；②1年以上食品厂质检经验。
报名电话：0000-1234567"""


def test_a_posts_own_line_among_several_posts_is_no_requirement():
    texts = _texts(_AGENCY)
    assert "1年以上食品厂质检经验" in texts
    assert "能适应站立作业" in texts
    assert not any("岗位二" in t or "质检员（2名）" in t for t in texts)


_UNIVERSITY = """某某学院2026年教师招聘公告
二、应聘条件
（一）基本条件
(1)遵守宪法和法律，具有良好的职业道德；
（二）专任教师
(1)具有博士学位，一般不超过35周岁；
(2)近三年以第一作者发表SCI论文3篇以上；
（三）实验员
(1)硕士研究生及以上学历；
三、待遇
面议。"""


def test_a_numbered_post_sub_heading_is_no_requirement_in_lines_or_in_one_line():
    for text in (_UNIVERSITY, _one_line(_UNIVERSITY)):
        texts = _texts(text)
        assert "具有博士学位" in texts
        assert "硕士研究生及以上学历" in texts
        assert "专任教师" not in texts and "实验员" not in texts


def test_a_time_window_is_no_years_of_experience_and_an_age_in_words_is_a_ceiling():
    reqs = _reqs(_UNIVERSITY)
    assert all(r["min_years"] is None for r in reqs if "近三年" in r["text"])
    age = next(r for r in reqs if r["kind"] == "age")
    assert (age["min_age"], age["max_age"]) == (None, 35)


def test_an_age_floor_in_words_is_a_floor():
    req = parse_requirement("年满18周岁")
    assert req is not None and (req["min_age"], req["max_age"]) == (18, None)
    req = parse_requirement("年龄不小于20周岁")
    assert req is not None and (req["min_age"], req["max_age"]) == (20, None)


def test_the_condition_of_a_relaxed_age_asks_no_years():
    text = (
        "报考条件：\n1.大专及以上学历；\n"
        "2.年龄28周岁以下，具有5年以上相关工作经历的，年龄可放宽至32周岁。\n"
    )
    reqs = _reqs(text)
    assert not any(r["kind"] == "experience" for r in reqs)
    assert next(r for r in reqs if r["kind"] == "age")["max_age"] == 28


def test_a_table_of_posts_cut_by_tabs_is_read_by_its_columns():
    text = (
        "一、报名条件\n1.遵纪守法；\n2.岗位表中规定的其他条件。\n"
        "凡有下列情形之一者，不得报考：受过刑事处罚的。\n"
        "附：岗位表\n岗位代码\t岗位名称\t人数\t学历\t其他条件\n"
        "B01\t药剂师\t2\t本科及以上\t具有2年以上医院药房工作经历\n"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert "具有2年以上医院药房工作经历" in texts
    assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "bachelor"
    # the pointer to the table and who may not apply are no requirements
    assert not any("岗位表" in t or "情形" in t or "刑事" in t for t in texts)


def test_commas_inside_brackets_cut_no_clause_and_equal_opportunity_asks_nothing():
    text = (
        "任职要求：\n- 熟练使用Excel (数据透视表, VLOOKUP)；\n- 英语流利，能作为工作语言\n"
        "平等就业机会：我们不因性别、年龄、民族等因素歧视任何求职者。\n"
    )
    texts = _texts(text)
    assert "熟练使用Excel (数据透视表, VLOOKUP)" in texts
    assert not any("歧视" in t for t in texts)


def test_a_beginner_let_in_asks_nothing():
    texts = _texts("任职要求：\n1.有仓库工作经验者优先，新手可学；\n2.能吃苦耐劳。\n")
    assert "新手可学" not in texts
    assert "有仓库工作经验者优先" in texts


def test_a_boards_benefit_chips_heading_ends_the_list_in_one_line():
    text = (
        "运营专员 10-15K·13薪 任职要求 1.大专及以上学历 2.2年以上社群运营经验 3.文案功底好，执行力强 "
        "职位福利 六险一金 弹性工作 下午茶 投递 收藏"
    )
    texts = _texts(text)
    assert "执行力强" in texts
    assert not any("六险一金" in t or "下午茶" in t for t in texts)


def test_a_campus_pages_application_link_and_schedule_ask_nothing():
    text = (
        "岗位要求：\n1、本科及以上学历，电子类专业；\n2、熟悉C语言。\n"
        "网申地址：campus.example.com\n行程安排：宣讲-笔试-面试-签约\n"
    )
    texts = _texts(text)
    assert "熟悉C语言" in texts
    assert not any("网申" in t or "行程" in t for t in texts)


def test_a_tables_title_is_no_requirement_and_full_width_ages_keep_their_range():
    text = (
        "招聘条件：\n1．全日制大专及以上学历；\n2．年龄２２－４０周岁。\n岗位表\n"
        "序号\t岗位\t人数\t要求\n1\t病房护士\t3\t具有病房护理工作经历\n"
    )
    reqs = _reqs(text)
    assert "岗位表" not in [r["text"] for r in reqs]
    age = next(r for r in reqs if r["kind"] == "age")
    assert (age["min_age"], age["max_age"]) == (22, 40)


def test_secondary_school_or_above_is_a_high_school_floor():
    req = parse_requirement("中學會考或以上程度")
    assert req is not None and req["min_level"] == "high_school"
    assert parse_requirement("持有中学教师资格证")["kind"] != "education"
