"""Chinese round 27z's shapes: a moments post whose heading has a check mark glued to it
("✅要求："), its tags, stamp and likes after the list; a chat log's message headers ("2026-11-30
10:05:30 买家：") that end the message holding the list; a township notice's post table with its
rows a line each and cells cut by single spaces; years of practice (执业满3年) and of work done
(做过…1年以上). Postings here are written for the tests."""

from __future__ import annotations

import pytest

from tests.jd_support import join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_MOMENTS = [
    "猎头小林｜新能源",
    "🔥急招｜电池BMS算法工程师",
    "📍Base：合肥",
    "💰年薪40-60W",
    "✅要求：",
    "✔️电气工程、自动化相关专业本科及以上",
    "✔️3年以上BMS算法开发经验",
    "✔️熟悉SOC/SOH估算方法",
    "学历背景一般的也可以聊～",
    "#新能源 #BMS #猎头",
    "3小时前　··",
    "❤️ 阿峰，Lily",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_heading_with_a_check_mark_glued_to_it_heads_the_list(one_line):
    reqs = _reqs(join(_MOMENTS, one_line))
    texts = [r["text"] for r in reqs]
    assert "3年以上BMS算法开发经验" in texts
    assert "熟悉SOC/SOH估算方法" in texts
    assert max(r["min_years"] or 0 for r in reqs) == 3


@pytest.mark.parametrize("one_line", [False, True])
def test_a_moments_posts_tags_stamp_and_likes_ask_nothing(one_line):
    texts = _texts(join(_MOMENTS, one_line))
    assert not any("#" in t or "小时前" in t or "❤" in t or "Lily" in t for t in texts)


def test_who_may_still_talk_to_the_employer_asks_nothing():
    texts = _texts(join(_MOMENTS, False))
    assert not any("可以聊" in t for t in texts)
    assert _texts("要求：\n1. 3年以上销售经验\n2. 经验少点也可以谈") == ["3年以上销售经验"]


_CHAT = [
    "某某数码专营店　与　买家小周　的聊天记录",
    "2026-11-28 14:01:09 买家小周：",
    "请问客服岗位还招人吗？",
    "2026-11-28 14:02:30 某某数码专营店:阿乐：",
    "在招的亲～",
    "要求如下：",
    "1、打字每分钟60字以上",
    "2、做过淘宝客服半年以上",
    "3、能上晚班",
    "2026-11-28 14:03:10 买家小周：",
    "我没做过客服可以吗？可以的话我明天去面试",
    "2026-11-28 14:03:40 某某数码专营店:阿乐：",
    "[自动回复] 您好，客服在线时间9:00-22:00～",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_chat_logs_next_message_ends_the_list(one_line):
    texts = _texts(join(_CHAT, one_line))
    assert "能上晚班" in texts
    assert not any("可以吗" in t or "明天去面试" in t or "自动回复" in t for t in texts)
    assert not any("2026-11-28" in t for t in texts)


def test_years_of_work_done_and_of_practice_are_experience():
    reqs = _reqs(join(_CHAT, False))
    done = next(r for r in reqs if r["text"] == "做过淘宝客服半年以上")
    assert done["kind"] == "experience"
    assert done["min_years"] == 0.5
    practice = next(
        r for r in _reqs("任职条件：\n1. 持有律师执业证，执业满5年") if "执业满" in r["text"]
    )
    assert practice["kind"] == "experience"
    assert practice["min_years"] == 5


_TOWNSHIP = [
    "某某乡卫生院2026年招聘编外人员公告",
    "一、招聘岗位",
    "序号 岗位 人数 学历要求 专业要求 资格条件",
    "1 护士 2 中专及以上 护理 具有护士执业资格",
    "2 检验员 1 大专及以上 医学检验技术 具有检验士资格",
    "二、报名条件",
    "1. 遵纪守法，品行端正；",
    "三、报名方式",
    "现场报名，联系电话：0000-1234567。",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_post_tables_rows_a_line_each_cut_by_spaces_are_read_by_column(one_line):
    reqs = _reqs(join(_TOWNSHIP, one_line))
    texts = [r["text"] for r in reqs]
    for cell in ("中专及以上", "护理", "具有护士执业资格", "医学检验技术", "具有检验士资格"):
        assert cell in texts
    assert not any("护士 2" in t or "序号" in t or t.startswith("1 ") for t in texts)
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == [
        "high_school",
        "associate",
    ]


def test_a_major_before_a_masters_named_with_its_graduate_word_is_cut_from_it():
    texts = _texts("任职条件：\n1. 会计学专业硕士研究生及以上学历；\n2. 2年以上审计经验")
    assert "会计学专业" in texts
    assert "硕士研究生及以上学历" in texts


def test_a_pointer_to_the_points_below_asks_nothing():
    texts = _texts("任职条件：\n（1）持有以下资格证书：\n①证券从业资格证书；\n②基金从业资格证书。")
    assert texts == ["证券从业资格证书", "基金从业资格证书"]


@pytest.mark.parametrize("one_line", [False, True])
def test_whom_an_ad_invites_asks_the_trait_not_the_invitation(one_line):
    lines = [
        "要求：",
        "- 2年以上水电安装经验",
        "- 有电工证者优先",
        "手脚勤快、不怕脏的师傅请直接联系。",
    ]
    texts = _texts(join(lines, one_line))
    assert "手脚勤快、不怕脏" in texts
    assert "有电工证者优先" in texts
    assert not any("请直接联系" in t for t in texts)


def test_a_stage_of_study_when_something_was_done_is_no_floor():
    reqs = _reqs(
        "应聘条件：\n1. 硕士研究生及以上学历；\n2. 本科或研究生阶段担任过班长、团支部书记等学生干部。"
    )
    levels = [r["min_level"] for r in reqs if r["kind"] == "education" and r["min_level"]]
    assert levels == ["master"]
    cadre = next(r for r in reqs if "学生干部" in r["text"])
    assert cadre["kind"] == "experience"


_BILINGUAL = [
    "Careers | 某某化工（中国）有限公司",
    "EHS Engineer 环境健康安全工程师",
    "Location: 南京 | Full time",
    "Your Responsibilities 岗位职责",
    "• Conduct risk assessments and safety inspections",
    "• 负责安全培训及事故调查",
    "Your Profile 任职要求",
    "1. 安全工程、环境工程相关专业本科及以上学历；",
    "2. 3年以上化工行业EHS工作经验。",
    "What We Offer",
    "Competitive salary | 补充医疗保险",
]


def test_a_bilingual_pages_heading_names_no_posting():
    from matcher.jd import parse_jd

    postings = parse_jd(join(_BILINGUAL, False))
    assert len(postings) == 1
    assert postings[0]["title"] == "EHS Engineer 环境健康安全工程师"
    assert "3年以上化工行业EHS工作经验" in [r["text"] for r in postings[0]["requirements"]]


def test_an_english_heading_after_a_chinese_sentence_end_heads_its_block_in_one_line():
    texts = _texts(join(_BILINGUAL, True))
    assert "3年以上化工行业EHS工作经验" in texts
    assert not any(t.startswith("What") or t.endswith("What") for t in texts)


def test_an_aside_preferring_one_of_the_clauses_own_names_makes_it_nice():
    reqs = _reqs("任职条件：\n1. 全日制本科及以上学历；\n2. CFA、FRM或CPA证书（具备其一者优先）。")
    nice = [r for r in reqs if "CFA" in r["text"]]
    assert len(nice) == 1
    assert nice[0]["text"] == "CFA、FRM或CPA证书（具备其一者优先）"
    assert nice[0]["must"] is False


def test_what_only_joins_a_flagged_condition_to_another_asks_nothing():
    texts = _texts("报名条件：\n1. 具有大专及以上学历；\n2. 本镇户籍，或配偶为本镇户籍。")
    assert texts == ["具有大专及以上学历"]


def test_a_qualification_held_by_its_kind_is_a_certificate():
    reqs = _reqs(
        "任职条件：\n1. 持有证券从业资格；\n2. 取得教师资格；\n3. 具有执业医师及以上资格，执业范围为内科。"
    )
    assert [r["kind"] for r in reqs] == ["certificate"] * 3
    # (the licence's scope stays with it and names no major)
    assert reqs[2]["text"] == "具有执业医师及以上资格，执业范围为内科"
    scoped = _reqs("条件：\n1. 具有执业医师资格，执业范围为医学影像和放射治疗专业")
    assert [r["kind"] for r in scoped] == ["certificate"]
