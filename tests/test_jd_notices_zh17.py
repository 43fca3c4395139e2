"""Chinese round 17z's shapes: a construction crew's call (招工要求), requirements asked in a
description's prose (我们希望你…), a table of posts whose cells a scraper cut by single spaces, a
post table's labelled lines, what opens with 能 but is no elaboration, a first degree beside a
higher floor, pictograph bullets and Hong Kong's forms. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def test_a_crews_call_reads_its_requirements_under_zhaogong_yaoqiu():
    text = (
        "招钢筋工 某某劳务公司 380元/天 招工人数：6人 工作内容：绑扎楼板钢筋。 "
        "招工要求：1.2年以上钢筋绑扎经验；2.会看钢筋施工图，服从管理3.有焊工证的优先。 "
        "待遇：包住，半月结一次。 联系人：马工 联系电话：139****0000"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert "2年以上钢筋绑扎经验" in texts
    assert next(r for r in reqs if r["kind"] == "experience")["min_years"] == 2
    assert "服从管理" in texts
    nice = next(r for r in reqs if "焊工证" in r["text"])
    assert nice["must"] is False
    assert not any("包住" in t or "马工" in t for t in texts)


_PROSE = (
    "跨境电商运营 1-1.5万 杭州 职位描述 我们是一家做家居用品出口的公司，团队年轻有活力。你将负责亚马逊"
    "店铺的日常运营、listing优化和广告投放。我们希望你大专及以上学历，电子商务或市场营销专业优先；"
    "有2年以上亚马逊运营经验，熟悉站内广告的投放逻辑。你需要英语读写流利、数据敏感，能接受偶尔加班。"
    " 职能类别：电商运营 上班地址：杭州市滨江区某某路1号"
)


def test_requirements_asked_in_a_descriptions_prose_are_read():
    reqs = _reqs(_PROSE)
    texts = [r["text"] for r in reqs]
    # the employer's wish opens the asking; the reader's address is no part of a clause
    assert "大专及以上学历" in texts
    assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "associate"
    assert next(r for r in reqs if r["kind"] == "experience")["min_years"] == 2
    assert any(t.startswith("英语读写流利") for t in texts)
    assert not any(t.startswith(("我们希望你", "你需要")) for t in texts)
    # the duties and the company's words before it ask nothing; the page's fields after it neither
    assert not any("亚马逊店铺" in t or "年轻有活力" in t or "滨江区" in t for t in texts)


def test_a_wish_that_the_reader_join_asks_nothing():
    text = "店长助理 职位描述 我们是一家连锁茶饮品牌。希望你加入我们，一起把好茶带给更多人。"
    assert _texts(text) == []


_SPACED_TABLE = (
    "某某水务集团2026年招聘公告 一、招聘岗位 序号 岗位名称 人数 学历 专业 岗位要求 "
    "1 管网工程师 2 本科及以上 给排水科学与工程 3年以上供水管网设计经验 "
    "2 化验员 1 大专及以上 分析检验技术 持有化学检验员证书 "
    "二、报名条件 （一）遵纪守法，品行端正；（二）年龄35周岁以下。 三、报名方式 请发送简历至邮箱。"
)


def test_a_table_of_posts_cut_by_single_spaces_is_read_by_its_columns():
    reqs = _reqs(_SPACED_TABLE)
    texts = [r["text"] for r in reqs]
    assert "给排水科学与工程" in texts and "分析检验技术" in texts
    assert "3年以上供水管网设计经验" in texts
    assert "持有化学检验员证书" in texts
    levels = {r["min_level"] for r in reqs if r["kind"] == "education"}
    assert levels == {"bachelor", "associate"}
    # no piece holds a row's number or the post's name run together with its cells
    assert not any("管网工程师" in t or "化验员 1" in t for t in texts)


_POST_LINES = """某某区2026年事业单位招聘公告
二、报考条件
（一）遵守宪法和法律；
（二）符合岗位要求的学历、专业等其他资格条件。
附件：岗位条件
岗位代码：A01  招聘单位：区档案馆  岗位名称：档案管理  招聘人数：1
学历要求：本科及以上  学位要求：学士及以上
专业要求：档案学（120502）、汉语言文学（050101）
其他条件：具有1年以上档案工作经历
咨询电话：0000-1234567  附件下载：岗位表.xls"""


def test_a_post_tables_labelled_lines_give_its_fields_and_nothing_else():
    for text in (_POST_LINES, _one_line(_POST_LINES)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "学历要求：本科及以上" in texts and "学位要求：学士及以上" in texts
        assert "具有1年以上档案工作经历" in texts
        # a major's label names a field of study, not a language (汉语言文学)
        assert [r["kind"] for r in reqs if r["text"].startswith("专业要求")] == ["major"]
        # the post's own fields, the footer and the pointer to the conditions ask nothing
        assert not any(
            "岗位代码" in t or "档案馆" in t or "附件下载" in t or "资格条件" in t for t in texts
        )


def test_a_pointer_is_told_from_what_the_post_needs():
    text = "任职要求：\n1.具有岗位所需的专业知识；\n2.具备岗位所需的资格条件。\n"
    assert _texts(text) == ["具有岗位所需的专业知识"]


def test_what_opens_with_neng_after_a_quality_is_a_requirement_of_its_own():
    text = (
        "任职要求：\n1.具有较强的沟通能力，能独立处理客户投诉；\n2.工作认真、有责任感，能独立工作；\n"
        "3.5年以上模具设计经验，能独立完成整套模具设计；\n4.2年以上电工经验，能看懂电气原理图；\n"
        "5.良好的普通话表达能力，能讲流利的粤语。\n"
    )
    texts = _texts(text)
    assert "具有较强的沟通能力" in texts and "能独立处理客户投诉" in texts
    assert "能独立工作" in texts
    assert "能讲流利的粤语" in texts
    # after experience, working alone says how far the experience goes: one clause
    assert "5年以上模具设计经验，能独立完成整套模具设计" in texts
    # reading drawings is a skill of its own wherever it stands
    assert "2年以上电工经验" in texts and "能看懂电气原理图" in texts


def test_a_first_degree_beside_a_higher_floor_is_no_floor():
    text = "应聘条件：\n1.具有博士学位；\n2.第一学历为统招本科；\n3.获得博士学位不超过2年。\n"
    reqs = _reqs(text)
    floors = [r["min_level"] for r in reqs if r["kind"] == "education" and r["min_level"]]
    assert floors == ["doctorate"]
    first = next(r for r in reqs if "第一学历" in r["text"])
    assert first["kind"] == "education" and first["min_level"] is None
    # how long ago the degree was taken is a date, neither a floor nor years of experience
    since = next(r for r in reqs if "不超过2年" in r["text"])
    assert since["kind"] == "other" and since["min_years"] is None
    # alone, a first degree's kind is the floor
    alone = _reqs("任职要求：\n1.第一学历为全日制本科；\n2.3年以上审计经验。\n")
    assert next(r for r in alone if r["kind"] == "education")["min_level"] == "bachelor"


def test_pictograph_bullets_are_bullets():
    text = (
        "🔥 招聘 | 门店店长\n💼 岗位职责\n🔹 负责门店日常管理；\n🔹 完成销售目标。\n"
        "🎯 任职要求\n✅ 大专及以上学历；\n✅ 3年以上零售门店管理经验；\n✔️ 有烘焙行业经验者优先。\n"
        "🎁 福利：五险一金\n"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert texts[:2] == ["大专及以上学历", "3年以上零售门店管理经验"]
    assert any(t == "有烘焙行业经验者优先" for t in texts)
    assert not any("负责门店" in t for t in texts)


def test_hong_kong_forms_and_what_asks_nothing():
    text = (
        "倉務員\n要求：\n• 中六程度或以上\n• 一年相關經驗，應屆畢業生亦會考慮\n• 懂操作叉車\n"
        "報名條件：特別優秀者可適當放寬；公司提供帶薪培訓\n"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "high_school"
    assert not any("亦會考慮" in t or "放寬" in t or "培訓" in t for t in texts)


def test_a_bracketed_chinese_hedge_keeps_the_clause_a_must():
    reqs = _reqs("任职要求：\n1.英语可作为工作语言（有海外留学经历者更佳）；\n2.会日语者优先。\n")
    english = next(r for r in reqs if r["text"].startswith("英语"))
    assert english["must"] is True
    assert next(r for r in reqs if "日语" in r["text"])["must"] is False


def test_kinds_of_working_alone_of_what_was_done_and_of_what_is_made():
    text = (
        "任职要求：\n1.能独立工作；\n2.能独立完成空调拆装；\n3.做过母婴店导购者优先；\n"
        "4.会做家常菜；\n5.爱干净。\n"
    )
    kinds = {r["text"]: r["kind"] for r in _reqs(text)}
    assert kinds == {
        "能独立工作": "competency",
        "能独立完成空调拆装": "skill",
        "做过母婴店导购者优先": "experience",
        "会做家常菜": "skill",
        "爱干净": "competency",
    }


def test_a_crews_health_words_are_flagged_not_asked():
    reqs, flags = [], []
    for p in parse_jd("招工要求：1.身体好，无心脏病史；2.会开挖掘机。\n"):
        reqs += p["requirements"]
        flags += p["flags"]
    assert [r["text"] for r in reqs] == ["会开挖掘机"]
    assert {f["kind"] for f in flags} == {"health"}
    assert {f["text"] for f in flags} == {"身体好", "无心脏病史"}


def test_hong_kong_and_macau_headings_and_a_bare_pay_word():
    hk = "文員\n職責：\n• 處理文件\n入職要求：\n• 中學會考程度或以上\n• 兩年相關經驗\n福利：五天工作\n"
    reqs = _reqs(hk)
    assert next(r for r in reqs if r["kind"] == "education")["min_level"] == "high_school"
    assert next(r for r in reqs if r["kind"] == "experience")["min_years"] == 2
    macau = "前台接待員 工作要求：1. 高中畢業或以上 2. 有酒店工作經驗者優先 薪酬：MOP 15,000"
    assert _texts(macau)[-1] == "有酒店工作經驗者優先"


def test_a_you_need_lead_in_asks_and_a_you_need_duty_does_not():
    asks = "设计师 职位详情 我们在找一位设计师。你需要：本科以上学历；2年以上品牌设计经验。"
    assert _texts(asks) == ["本科以上学历", "2年以上品牌设计经验"]
    duty = "设计师 职位详情 你需要负责品牌物料的设计，3年以上经验的同事会带你。"
    assert _texts(duty) == []
