"""Chinese round 25z's shapes: a Macau 開考通告's procedure, selection and pay sections and its
sentence over the conditions ("凡符合下列條件者，均可報考："), an age in numerals ("年满十八周岁"), a
poster's heading between rules ("—— 站点福利 ——"), a chat message's placeholder for a file sent
with it ("[文件] …"), a relaxation after a nice-to-have ("…的优先，没有可以租"), and a document
printed to PDF whose running head stands before each page number. Postings here are written for
the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_NOTICE = [
    "某某署 開考通告",
    "一、職務內容",
    "負責接待市民查詢及登記資料。",
    "二、報考條件",
    "凡符合下列條件者，均可報考：",
    "1.澳門特別行政區永久性居民身份證持有人；",
    "2.年滿十八歲；",
    "3.具有大學學士學位；",
    "4.具三年以上客戶服務工作經驗者優先。",
    "三、報考方式及期限",
    "投考人須於指定期間內親身遞交報考表。",
    "四、甄選方法",
    "筆試及面試。",
    "五、薪俸",
    "薪俸點為350點。",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_macau_notice_asks_only_its_conditions(one_line):
    reqs = _reqs(join(_NOTICE, one_line))
    texts = [r["text"] for r in reqs]
    assert "具有大學學士學位" in texts
    assert [r["must"] for r in reqs if "客戶服務" in r["text"]] == [False]
    # (the sentence over the conditions, the procedure, the selection and the pay ask nothing)
    for word in ("均可報考", "符合下列", "遞交", "筆試", "薪俸點", "市民"):
        assert not any(word in t for t in texts), word


@pytest.mark.parametrize(
    "clause, bounds",
    [
        ("年满十八周岁", (18, None)),
        ("年滿十八歲", (18, None)),
        ("年龄不超过三十五周岁", (None, 35)),
        ("年满二十周岁", (20, None)),
    ],
)
def test_an_age_in_numerals_is_read(clause, bounds):
    # (a simplified posting around it, or the traditional one alone: both fold to one reading)
    head = "報考條件：" if "歲" in clause else "报名条件："
    ages = [r for r in _reqs(f"{head}\n1.{clause}；\n2.具有大专学历。\n") if r["kind"] == "age"]
    assert [(r.get("min_age"), r.get("max_age")) for r in ages] == [bounds]


def test_a_count_in_numerals_is_no_age_without_its_years_word():
    texts = _texts("任职要求：\n1.三年以上仓库管理经验；\n2.能操作十八种常用设备。\n")
    assert "三年以上仓库管理经验" in texts
    assert not any(r["kind"] == "age" for r in _reqs("任职要求：\n1.能操作十八种常用设备。\n"))


@pytest.mark.parametrize("one_line", [False, True])
def test_a_heading_between_rules_opens_what_its_last_words_name(one_line):
    poster = [
        "某某快递 驿站急招分拣员",
        "—— 报名条件 ——",
        "★ 会用智能手机扫码",
        "★ 有分拣经验的优先，没有可以教",
        "—— 驿站福利 ——",
        "★ 包住宿 ★ 餐补每天20元",
        "地址：某某路1号",
    ]
    reqs = _reqs(join(poster, one_line))
    texts = [r["text"] for r in reqs]
    assert "会用智能手机扫码" in texts
    assert [r["must"] for r in reqs if "分拣经验" in r["text"]] == [False]
    # (the benefits under "驿站福利" and the relaxation after the nice-to-have ask nothing)
    assert not any("住宿" in t or "餐补" in t or "没有可以" in t for t in texts)


def test_a_relaxation_names_what_it_relaxes_or_nothing():
    texts = _texts("要求：\n1.有自己货车的优先，没有可以租\n2.没有犯罪记录\n")
    assert texts[:2] == ["有自己货车的优先", "没有犯罪记录"]  # (an absence asked still asks)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_chat_messages_file_placeholder_ends_the_posting(one_line):
    message = [
        "@所有人 内推：测试开发工程师（杭州）",
        "要求：本科及以上；2年以上接口自动化测试经验；熟悉Python。",
        "[文件] 测试开发JD.pdf  120KB",
        "以上消息由 某某科技 企业微信 发送  2026/11/20 09:30",
    ]
    texts = _texts(join(message, one_line))
    assert "2年以上接口自动化测试经验" in texts and "熟悉Python" in texts
    assert not any("JD.pdf" in t or "消息" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_running_head_before_each_page_number_goes(one_line):
    lines = [
        "某某水务集团有限公司2026年公开招聘公告",
        "一、岗位条件",
        "1.大专及以上学历，给排水等相关专业；",
        "2.具有2年以上水厂运行工作经验；",
        "某某水务集团有限公司2026年公开招聘公告",
        "— 1 —",
        "3.持有特种作业操作证者优先。",
        "二、报名方式",
        "请登录官网报名。",
        "某某水务集团有限公司2026年公开招聘公告",
        "— 2 —",
    ]
    texts = _texts(join(lines, one_line))
    assert "具有2年以上水厂运行工作经验" in texts
    assert "持有特种作业操作证者优先" in texts
    assert not any("公告" in t or "—" in t for t in texts)


def test_words_before_a_page_number_that_are_not_the_running_head_stay():
    text = "岗位条件：\n1.具有2年以上驾驶经验；\n2.持有A2驾驶证\n— 1 —\n3.熟悉本市道路。\n"
    texts = _texts(text)
    assert "持有A2驾驶证" in texts and "熟悉本市道路" in texts
    assert len(parse_jd(text)) == 1


@pytest.mark.parametrize("one_line", [False, True])
def test_a_gig_boards_notes_after_the_last_point_end_it(one_line):
    gig = [
        "岗位要求：1.性格开朗 2.需自备健康证 3.能连续三天到岗",
        "报名须知：本兼职不收取任何费用，如有收费请举报",
        "某某兼职安全提示：求职过程中请提高警惕",
    ]
    texts = _texts(join(gig, one_line))
    assert "能连续三天到岗" in texts  # (the last point was lost with the note run into it)
    assert not any("收费" in t or "警惕" in t for t in texts)


def test_what_the_post_binds_the_person_to_asks_nothing():
    text = (
        "申请条件：\n1.具有博士学位；\n2.入职后须接受三个月岗前培训；\n"
        "3.聘期内需完成两项课题；\n4.能按期取得毕业证书。\n"
    )
    texts = _texts(text)
    assert "具有博士学位" in texts and "能按期取得毕业证书" in texts
    assert not any("岗前培训" in t or "课题" in t for t in texts)


def test_a_second_thing_the_person_can_do_after_a_list_comma_is_its_own():
    texts = _texts("要求：\n1、会开叉车、会用扫码枪\n2、熟悉财务、会计准则\n3、会使用Word、Excel\n")
    assert texts[:2] == ["会开叉车", "会用扫码枪"]
    # (a word of 会 in a list, and names after one 会, stay in their clause)
    assert "熟悉财务、会计准则" in texts and "会使用Word、Excel" in texts


@pytest.mark.parametrize("one_line", [False, True])
def test_a_nice_to_have_said_as_pay_is_one(one_line):
    ad = [
        "现招理发学徒两名，要求18周岁以上，能吃苦，会剪男士短发的工资另算。",
        "上班时间9点到9点，月休4天。",
    ]
    reqs = _reqs(join(ad, one_line))
    assert [r["must"] for r in reqs if "男士短发" in r["text"]] == [False]
    texts = _texts("要求：\n1.能吃苦\n2.工资另算\n3.有电工证的待遇从优\n")
    assert "工资另算" not in texts  # (pay alone still asks nothing)
    assert "有电工证的待遇从优" in texts


def test_the_note_under_a_flattened_table_of_posts_is_read():
    table = "\n".join(
        ["某某镇卫生院2026年招聘简章", "序号", "岗位名称", "人数", "学历", "专业要求", "其他条件"]
        + ["1", "护士", "2", "大专及以上", "护理学", "取得护士执业证书"]
        + ["2", "收费员", "1", "高中及以上", "不限", "会使用电脑"]
        + ["注：年龄计算截至2026年12月31日；以上岗位均需具有本镇户籍。"]
    )
    postings = parse_jd(table + "\n")
    reqs = [r for p in postings for r in p["requirements"]]
    flags = [f["text"] for p in postings for f in p["flags"]]
    assert "以上岗位均需具有本镇户籍" in flags
    assert "取得护士执业证书" in [r["text"] for r in reqs]
    # (the note's counting rule asks nothing)
    assert not any("截至" in r["text"] for r in reqs)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_licensed_trades_qualification_label_heads_its_clause(one_line):
    lines = ["任职要求：1.3年以上项目管理经验；2.熟悉施工规范。", "资质要求：持有一级建造师证书。"]
    texts = _texts(join(lines, one_line))
    assert "持有一级建造师证书" in texts and "3年以上项目管理经验" in texts
    assert not any("资质要求" in t for t in texts)


def test_a_public_posts_fitness_is_flagged_whole():
    text = "報考條件：\n1.具備擔任公職的身體及精神能力；\n2.具有高中學歷。\n"
    postings = parse_jd(text)
    flags = [(f["kind"], f["text"]) for p in postings for f in p["flags"]]
    assert flags == [("health", "具備擔任公職的身體及精神能力")]
    assert [r["text"] for p in postings for r in p["requirements"]] == ["具有高中學歷"]
