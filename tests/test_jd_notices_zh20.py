"""Chinese round 20z's shapes: a shared document's posts under "我们希望你" with their fact rows, a
post's own lines (a title numbered in words, a bracketed name with its head count), a scraped
line bulleted by spaced middle dots, a headhunter's message (硬性要求, 加分项, its sign-off, whom it
will not consider), a table pasted from a PDF one cell a line, a trainees' call (招收对象), and
conditions (a citizenship preferred, an age after 且, 身心健康). Postings here are written for
the tests."""

from __future__ import annotations

from matcher.jd import parse_jd
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f["kind"], f["text"]) for p in parse_jd(text) for f in p["flags"]]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_SHARED_DOC = """某团队 · 岗位需求（对外）
最后修改：昨天 18:05   仅查看
一、数据分析师
岗位信息
| 部门 | 增长组 |
| 薪资 | 15-25K |
我们希望你
- 统招本科及以上学历，统计学、数学相关专业
- 2年以上互联网数据分析经验
- 熟练使用SQL和Python
二、测试工程师
岗位信息
| 部门 | 质量部 |
我们希望你
- 大专及以上学历
- 3年以上软件测试经验，有自动化测试经验者优先
💬 2 条评论
@某用户 还在招吗"""


def test_a_shared_document_reads_each_post_under_its_wish_and_not_its_facts():
    for text in (_SHARED_DOC, _one_line(_SHARED_DOC)):
        reqs = _reqs(text)
        texts = [r["text"] for r in reqs]
        assert "2年以上互联网数据分析经验" in texts
        assert "熟练使用SQL和Python" in texts
        assert "3年以上软件测试经验" in texts
        # the second post's title, its facts, the heading and the comments ask nothing
        assert not any("测试工程师" in t or "我们希望你" in t for t in texts), texts
        assert not any("部门" in t or "评论" in t or "还在招" in t for t in texts), texts
        nice = [r for r in reqs if r["text"] == "有自动化测试经验者优先"]
        assert nice and not nice[0]["must"]
        assert {r["min_level"] for r in reqs if r["kind"] == "education"} >= {
            "bachelor",
            "associate",
        }


_ARTICLE = """某某物流招人啦
+关注
【分拣主管】1名
岗位要求：
1.高中及以上学历；
2.2年以上分拣中心管理经验；
【装卸工】5名
岗位要求：
1.能适应夜班；
2.年龄18-50岁，男性。
举报"""


def test_a_bracketed_post_name_with_its_head_count_is_no_requirement():
    texts = _texts(_ARTICLE)
    assert "2年以上分拣中心管理经验" in texts and "能适应夜班" in texts
    assert not any("装卸工" in t for t in texts), texts
    flags = _flags(_ARTICLE)
    assert ("gender", "男性") in flags
    assert any(kind == "age" for kind, _ in flags)


_CLASSIFIED = (
    "某某招聘网 首页 > 餐饮 > 点心师 某某茶餐室私人有限公司 招聘 点心师 1名 月薪：S$2,800 - S$3,400 "
    "要求：· 至少3年点心制作经验 · 会制作广式早茶点心 · 能讲华语 · 马来西亚公民或PR优先，可申请Work Permit "
    "· 能配合轮班 福利：包午餐 有意者请WhatsApp 9000 0000"
)


def test_spaced_middle_dots_are_bullets_and_citizenship_is_flagged():
    texts = _texts(_CLASSIFIED)
    assert "至少3年点心制作经验" in texts
    assert "会制作广式早茶点心" in texts
    assert "能配合轮班" in texts
    # a citizenship preferred is a condition the posting should not set, the permit an offer
    assert ("ethnicity", "马来西亚公民或PR优先") in _flags(_CLASSIFIED)
    assert not any("公民" in t or "Work Permit" in t for t in texts), texts


_HEADHUNTER = (
    "【职位推荐】某某汽车零部件 质量经理 base苏州 年薪40-50W 硬性要求：1）本科及以上，机械相关专业；"
    "2）10年以上汽车零部件质量管理经验；3）熟悉IATF 16949。加分项：有六西格玛黑带；有外资企业经验。"
    "不考虑近两年内换过三份工作的候选人。感兴趣的话回复1，我把JD发你～ 推荐成功有红包 ——某某猎头 顾问小K 微信同号：139****0001"
)


def test_a_headhunters_message_reads_its_hard_requirements_and_not_its_talk():
    reqs = _reqs(_HEADHUNTER)
    texts = [r["text"] for r in reqs]
    assert "本科及以上" in texts and "10年以上汽车零部件质量管理经验" in texts
    assert max(r["min_years"] or 0 for r in reqs if r["kind"] == "experience") == 10
    assert not any(r["must"] for r in reqs if r["text"].startswith("有六西格玛"))
    # whom the headhunter will not put forward is a must, after the nice-to-haves too
    excluded = [r for r in reqs if r["text"].startswith("不考虑")]
    assert excluded and excluded[0]["must"]
    assert not any("回复" in t or "红包" in t or "微信" in t for t in texts), texts


_PDF_TABLE = """二、招聘岗位
序号
招聘部门
岗位名称
人数
学历要求
专业要求
其他条件
1
信息中心
网络管理员
1
大专及以上
计算机类
持有网络工程师证书
2
办公室
文秘
1
本科及以上
汉语言文学
2年以上公文写作经验
三、报名方式
请将报名表发送至邮箱。"""


def test_a_table_pasted_one_cell_a_line_reads_its_asking_columns_only():
    reqs = _reqs(_PDF_TABLE)
    texts = [r["text"] for r in reqs]
    assert {"计算机类", "汉语言文学"} <= {r["text"] for r in reqs if r["kind"] == "major"}
    assert "持有网络工程师证书" in texts and "2年以上公文写作经验" in texts
    assert {r["min_level"] for r in reqs if r["kind"] == "education"} == {"associate", "bachelor"}
    # the posts' units, names and counts ask nothing
    assert not any(t in ("信息中心", "网络管理员", "办公室", "文秘", "1", "2") for t in texts), (
        texts
    )


_TRAINEES = """某某医院2027年护理人员规范化培训招收简章
二、招收对象
（一）全日制普通高等院校护理学专业大专及以上学历毕业生；
三、报名条件
1.应届毕业生须在2027年7月31日前取得毕业证书；
2.往届生须取得护士执业资格证书，且年龄不超过30周岁；
3.身心健康，无传染病史。
四、报名方式
请登录医院官网报名。"""


def test_a_trainees_call_reads_whom_it_takes_and_flags_its_conditions():
    reqs = _reqs(_TRAINEES)
    texts = [r["text"] for r in reqs]
    # whom the call takes: its major and its degree floor
    assert any("护理学专业" in r["text"] for r in reqs if r["kind"] == "major"), texts
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == ["associate"]
    assert "往届生须取得护士执业资格证书" in texts  # the age after 且 is no part of it
    flags = _flags(_TRAINEES)
    assert ("health", "身心健康") in flags and ("health", "无传染病史") in flags
    assert any(kind == "age" and "30" in text for kind, text in flags)
    assert not any(t.endswith("史") and len(t) < 3 for t in texts)


def test_a_graduates_papers_due_on_time_are_a_condition_of_their_own():
    text = "任职要求：\n1.2027届本科毕业生，能按期取得毕业证和学位证；\n2.熟悉Verilog。"
    texts = _texts(text)
    assert "2027届本科毕业生" in texts
    assert "能按期取得毕业证和学位证" in texts


def test_a_hong_kong_degree_or_above_is_a_bachelors_floor():
    text = "要求：工商管理或相關學科學位或以上；最少2年行政經驗；即時上班者優先。"
    edu = [r for r in _reqs(text) if r["kind"] == "education"]
    assert edu and edu[0]["min_level"] == "bachelor"


_CAMPUS_TALK = (
    "某某大学就业信息网 宣讲详情 某某光电2027届校园招聘宣讲会 宣讲时间：2026-12-10 14:00 招聘岗位 "
    "1.光学设计工程师 4人 硕士 光学工程、物理学相关专业 2.工艺工程师 6人 本科及以上 材料类专业 "
    "3.销售代表 3人 大专及以上 不限专业 应聘条件：1.2027届毕业生；2.熟悉Zemax者优先。 联系人：招聘组"
)


def test_posts_rows_give_each_posts_degree_and_major():
    reqs = _reqs(_CAMPUS_TALK)
    texts = [r["text"] for r in reqs]
    assert {"光学工程、物理学相关专业", "材料类专业"} <= {
        r["text"] for r in reqs if r["kind"] == "major"
    }
    assert {"master", "bachelor", "associate"} <= {
        r["min_level"] for r in reqs if r["kind"] == "education"
    }
    assert "熟悉Zemax者优先" in texts
    # the posts' names and counts, and a major not limited, ask nothing
    assert not any("工程师" in t or "销售代表" in t or "不限专业" in t for t in texts), texts


def test_whom_a_clause_describes_named_after_it_asks_nothing_of_its_own():
    text = "招收对象：\n已取得护士执业资格，需要参加培训的人员。\n"
    texts = _texts(text)
    assert "已取得护士执业资格" in texts
    assert not any(t.endswith("的人员") for t in texts), texts
