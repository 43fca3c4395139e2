"""Chinese round 18z's shapes: a lead-in in the poster's own words before a chatty paragraph, a
social post's chrome, a table of posts whose rows open with the post's name, a civil-service
post's record of labels before their values, a page's header of facts, who a campus call is for,
and kinds (a postdoc's record, a diploma, a title, an exam passed, an ID card, typing, what was
built). Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd, parse_requirement
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _kind(clause: str) -> str:
    req = parse_requirement(clause)
    assert req is not None, clause
    return req["kind"]


_CHATTY = (
    "【内推】某某云 后端开发工程师（上海） 30-45K·14薪\n"
    "我们组做支付网关，流量大、挑战多，氛围轻松。\n"
    "对你的要求：硕士以上学历，3年以上Go或Java后端开发经验；搭建过高并发服务，熟悉MySQL、Redis；"
    "有金融行业背景更好。做事细致，沟通顺畅。\n"
    "有兴趣的私信我，或者发简历到 someone@example.com ~\n"
    "#内推 #后端 #上海\n"
    "赞 12  评论 3  分享 1\n"
    "相关推荐：某某云 测试开发工程师"
)


def test_a_lead_in_in_the_posters_words_heads_a_chatty_paragraph():
    for text in (_CHATTY, _one_line(_CHATTY)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "master"
        assert next(r for r in reqs if r["kind"] == "experience")["min_years"] == 3
        assert "搭建过高并发服务" in texts and "沟通顺畅" in texts
        nice = next(r for r in reqs if "金融行业背景" in r["text"])
        assert nice["must"] is False  # (…更好 at a clause's end)
        # the post's tags, counters and pointers to other posts ask nothing
        assert not any("#" in t or "评论" in t or "相关推荐" in t for t in texts)
        assert not any("支付网关" in t for t in texts)


def test_a_fields_label_or_a_duty_is_no_lead_in():
    # (a label's 要求 before its colon heads nothing: the field keeps its label)
    text = "仓管员 岗位职责：负责出入库。 学历要求：高中及以上。"
    assert (
        next(r for r in _reqs(text) if r["kind"] == "education")["text"] == "学历要求：高中及以上"
    )
    # "更好地…" in a duty makes nothing nice-to-have
    duty = "任职要求：1.熟悉Excel，能更好地整理数据；2.大专以上学历"
    assert all(r["must"] for r in _reqs(duty))


_NAMED_TABLE = (
    "某某区妇幼保健院2027年招聘公告\n"
    "一、招聘岗位\n"
    "岗位名称 人数 学历 专业 其他条件 儿科医师 2 硕士研究生及以上 儿科学 具有执业医师资格证书 "
    "超声科技师 1 大专及以上 医学影像技术 具有1年以上超声工作经历\n"
    "二、报名方式\n请将简历发送至邮箱。"
)


def test_a_spaced_table_whose_rows_open_with_the_posts_name_is_read_by_columns():
    for text in (_NAMED_TABLE, _one_line(_NAMED_TABLE)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "儿科学" in texts and "医学影像技术" in texts
        assert "具有执业医师资格证书" in texts
        assert {r["min_level"] for r in reqs if r["kind"] == "education"} == {
            "master",
            "associate",
        }
        # no row runs into the next one, no post's name or head count is asked
        assert not any("儿科医师" in t or "超声科技师" in t for t in texts)


def test_a_spaced_header_without_a_head_count_reads_no_table():
    text = "职位 名称 地点 说明 本岗位负责门店收银。 任职要求：1.高中以上学历"
    texts = _texts(text)
    assert texts == ["高中以上学历"]


_RECORDS = (
    "某某市2027年度考试录用公务员公告\n"
    "一、报考条件\n"
    "（一）具有中华人民共和国国籍；\n"
    "（二）具有大学本科及以上文化程度；\n"
    "（三）具备招录机关规定的拟任职位所要求的其他资格条件。\n"
    "二、不得报考的情形\n"
    "被开除公职的人员不得报考。\n"
    "三、职位信息\n"
    "职位代码 20270011 招录机关 某某区统计局 职位名称 统计员 招录人数 1 学历 研究生 学位 硕士 "
    "专业 统计学（0714） 政治面貌 中共党员 基层工作最低年限 三年 其他条件 无\n"
    "四、报名时间\n2027年1月5日至1月9日"
)


def test_a_civil_service_posts_record_of_labels_is_read_field_by_field():
    for text in (_RECORDS, _one_line(_RECORDS)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "专业 统计学（0714）" in texts
        assert any(r["kind"] == "education" and r["min_level"] == "master" for r in reqs)
        grass_roots = next(r for r in reqs if "基层工作最低年限" in r["text"])
        assert grass_roots["kind"] == "experience" and grass_roots["min_years"] == 3
        assert any("中共党员" in t for t in texts)
        # the post's own fields, the exclusions and a pointer to the other conditions ask nothing
        assert not any("统计员" in t or "20270011" in t or "招录机关" in t for t in texts)
        assert not any("不得报考" in t or "其他资格条件" in t for t in texts)


def test_a_header_of_facts_states_no_requirement_but_a_field_line_does():
    header = (
        "某某集团2027届校园招聘 储备干部\n"
        "工作地点：合肥   招聘人数：8   学历：本科/硕士   发布时间：2026-10-01\n"
        "【招聘对象】\n2027届全日制本科应届毕业生，2026届毕业生亦可报名。\n"
        "【岗位要求】\n1、英语四级以上；2、专业课成绩良好，有实习经历者优先"
    )
    reqs = _reqs(header)
    texts = [r["text"] for r in reqs]
    assert "学历：本科/硕士" not in texts
    assert any(t.startswith("2027届全日制本科应届毕业生") for t in texts)
    assert not any("亦可报名" in t for t in texts)
    # 专业课 names no major: the quality and the nice-to-have are two clauses
    assert "专业课成绩良好" in texts
    assert next(r for r in reqs if "专业课" in r["text"])["must"] is True
    assert not any(r["kind"] == "major" for r in reqs)
    assert "学历：大专及以上" in _texts("招聘对象：社会人员\n学历：大专及以上\n")


def test_what_can_be_done_alone_after_a_list_is_its_own_requirement():
    texts = _texts("任职要求：1.会空调安装、能独立排查电路故障；2.应届毕业生亦欢迎")
    assert texts == ["会空调安装", "能独立排查电路故障"]
    assert [_kind(t) for t in texts] == ["skill", "skill"]


def test_a_postdocs_record_is_experience_not_a_degree_floor():
    req = parse_requirement("具有2年以上博士后工作经历者优先")
    assert req["kind"] == "experience" and req["must"] is False
    assert not any(r["kind"] == "education" for r in _reqs("任职要求：具有博士后研究经历者优先"))
    # a doctorate asked stays one
    assert parse_requirement("具有博士学位")["min_level"] == "doctorate"


def test_kinds_of_round_18z():
    assert _kind("持有酒店管理文凭者优先") == "certificate"
    assert _kind("持有社工文凭或相关资历者优先") == "certificate"
    assert _kind("会印尼语者优先") == "language"
    assert _kind("具有副主任医师及以上职称") == "certificate"
    assert _kind("通过全国会计专业技术中级资格考试") == "certificate"
    assert _kind("持有香港永久居民身份证") == "other"
    assert _kind("懂中英文打字") == "skill"
    assert _kind("懂葡语者优先") == "language"
    assert _kind("做事严谨") == "competency"
    assert _kind("人要靠谱") == "competency"
    assert _kind("写过大型分布式系统") == "experience"
    assert _kind("做过风控平台者优先") == "experience"
    assert _kind("有数学建模竞赛获奖经历者优先") == "other"
    # a language asked beside typing is still asked
    assert _kind("英语流利") == "language"


def test_a_health_condition_with_its_mental_part_is_flagged_whole():
    text = "报考条件：（一）具有正常履行职责的身体条件和心理素质；（二）大专以上学历"
    posting = parse_jd(text)[0]
    assert [r["text"] for r in posting["requirements"]] == ["大专以上学历"]
    assert any(f["text"].endswith("和心理素质") for f in posting["flags"])
