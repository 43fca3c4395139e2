"""Chinese round 19z's shapes: Taiwan's 1111 board with its own field names, a social note's
lead-in and comment section, a poster whose lines OCR broke inside its clauses, a job fair's booth
record of several posts, a notice's exclusions and posts headings, a bilingual posting with each
point in English and then Chinese, an employer's aside in brackets, another post's years in
brackets, and kinds (a tool used with ease, a sense or a liking, schooling below the degrees'
scale). Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd, parse_requirement
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f["kind"], f["text"]) for p in parse_jd(text) for f in p["flags"]]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


_TAIWAN_1111 = (
    "1111人力銀行 職缺 門市儲備幹部 某某餐飲股份有限公司 台中市西屯區 月薪 34,000~40,000元 "
    "工作內容 1.門市營運管理。 2.人員排班與教育訓練。 求職條件 身份類別 一般求職者、應屆畢業生 "
    "學歷限制 專科以上 科系限制 不拘 工作經驗 1年以上工作經驗 語文能力 英文--普通 "
    "電腦專長 Excel、POS系統 專業憑證 食品安全管制系統 駕駛執照 普通重型機車 "
    "附加條件 1.具連鎖餐飲管理經驗者佳 2.可配合假日排班 3.具服務熱忱 "
    "福利制度 勞健保、員工餐 聯絡人 人資部 王小姐 我要應徵"
)


def test_a_1111_posting_reads_its_fields_in_its_own_characters():
    reqs = _reqs(_TAIWAN_1111)
    texts = [r["text"] for r in reqs]
    edu = next(r for r in reqs if r["kind"] == "education")
    assert edu["min_level"] == "associate" and "專科以上" in edu["text"]
    years = next(r for r in reqs if r["kind"] == "experience" and r["min_years"])
    assert years["min_years"] == 1 and "工作經驗" in years["text"]
    assert any("Excel" in t and "POS" in t for t in texts)
    assert next(r for r in reqs if "食品安全" in r["text"])["kind"] == "certificate"
    assert next(r for r in reqs if "普通重型機車" in r["text"])["kind"] == "certificate"
    # 者佳 is a preference; 附加條件 are requirements
    assert next(r for r in reqs if "連鎖餐飲" in r["text"])["must"] is False
    assert any("假日排班" in t for t in texts)
    # who may apply, 不拘, the benefits and the contact ask nothing
    assert not any(
        "不拘" in t or "一般求職者" in t or "勞健保" in t or "王小姐" in t or "月薪" in t
        for t in texts
    )


_NOTE = """小红书
某某烘焙工作室
🍞上海招人｜面包学徒+裱花师
坐标：徐汇区某某路，地铁站步行3分钟
💰薪资：学徒 4500-5500，裱花师 7000-9000
💗对你的一点期待：
🔸有半年以上烘焙店工作经验（裱花师需3年以上）
🔸会使用烤箱、打蛋机等设备
🔸持有健康证
🔸审美在线，有耐心
🎁包住宿、员工餐、节日福利
👉感兴趣私信我
#上海招聘 #烘焙
编辑于 昨天 上海
赞 88 收藏 40 评论 12
共 12 条评论
用户某某：学徒要经验吗？
作者：不需要哦"""


def test_a_social_note_asks_under_its_lead_in_and_its_comments_ask_nothing():
    reqs = _reqs(_NOTE)
    texts = [r["text"] for r in reqs]
    assert "有半年以上烘焙店工作经验" in texts
    assert "持有健康证" in texts
    assert any(t.startswith("会使用烤箱") for t in texts)
    # another post's years in brackets: a requirement of its own, the largest years asked
    other_post = next(r for r in reqs if "裱花师需3年以上" in r["text"])
    assert other_post["kind"] == "experience" and other_post["min_years"] == 3
    # the note's stamp, its counters and the comments below it are no requirements
    assert not any(
        "编辑于" in t or "评论" in t or "学徒要经验" in t or "不需要" in t for t in texts
    )
    assert not any("包住宿" in t or "私信" in t for t in texts)
    # the same note in one line
    one = _texts(_one_line(_NOTE))
    assert "持有健康证" in one and not any("学徒要经验" in t for t in one)


_POSTER = """某某电子厂
急  聘
一、普工 30名
要求：1、男女不限，年龄18-
48周岁，身体健康，初中以上
文化，能适应长白班；2、工
作认真负责，有电子厂工作经验
者优先。
二、设备技术员 2名
要求：1、中专以上学历，机电
一体化相关专业；2、2年以上
SMT设备维护经验，会看电路图
者优先。
待遇：月薪5500-7500元，包吃住。
报名地址：某某工业园区某某路8号"""


def test_a_poster_whose_lines_break_inside_its_clauses_is_read_whole():
    reqs = _reqs(_POSTER)
    texts = [r["text"] for r in reqs]
    age = next(r for r in reqs if r["kind"] == "age")
    assert (age["min_age"], age["max_age"]) == (18, 48)
    assert "工作认真负责" in texts
    assert "有电子厂工作经验者优先" in texts
    years = next(r for r in reqs if r["kind"] == "experience" and r["min_years"])
    assert years["min_years"] == 2 and "SMT设备维护经验" in years["text"]
    assert "机电一体化相关专业" in texts
    assert next(r for r in reqs if "电路图" in r["text"])["must"] is False
    # the posts' own lines ask nothing; age and health are flagged conditions
    assert not any("名" in t and ("普工" in t or "技术员" in t) for t in texts)
    assert {"age", "health"} <= {kind for kind, _ in _flags(_POSTER)}
    # schooling below the degrees' scale is education with no floor on it
    school = next(r for r in reqs if "初中以上" in r["text"])
    assert school["kind"] == "education" and school["min_level"] is None


def test_lines_a_list_breaks_on_purpose_are_not_joined():
    # (two lines end in a comma, but the lines after them are a list with no end marks, a field)
    text = (
        "任职要求：\n本科以上学历，\n计算机相关专业，\n熟悉Java、MySQL\n沟通能力强\n"
        "有团队精神\n工作经验：3年以上\n待遇：面议\n"
    )
    texts = _texts(text)
    assert "计算机相关专业" in texts and "沟通能力强" in texts and "有团队精神" in texts
    assert "熟悉Java、MySQL" in texts
    assert next(r for r in _reqs(text) if r["kind"] == "experience")["min_years"] == 3


_FAIR = """某某区人才市场 2026年冬季招聘会 参会单位
展位号：C-08
单位名称：某某汽车服务有限公司
单位简介：某某汽车服务有限公司是一家汽车维修保养连锁企业，在本市有门店12家。
招聘岗位：
1. 汽车维修工  6人  6000-9000元/月
要求：中专以上学历，2年以上汽车维修经验，持汽车维修工证者优先。
2. 服务顾问  2人  底薪+提成
要求：大专以上学历，有C1驾照，熟练使用DMS系统，能接受周末轮休。
3. 洗车美容学徒  4人
要求：吃苦耐劳，能适应室外工作。
联系人：林先生  联系电话：0000-6677889"""


def test_a_fair_booth_record_reads_each_posts_requirements_not_its_post_lines():
    reqs = _reqs(_FAIR)
    texts = [r["text"] for r in reqs]
    assert "2年以上汽车维修经验" in texts and "有C1驾照" in texts
    assert next(r for r in reqs if "汽车维修工证" in r["text"])["must"] is False
    assert "熟练使用DMS系统" in texts and "能适应室外工作" in texts
    assert not any("人" in t and ("顾问" in t or "学徒" in t or "维修工  " in t) for t in texts)
    levels = {r["min_level"] for r in reqs if r["kind"] == "education"}
    assert levels == {"high_school", "associate"}


_NOTICE = """某某市消防救援支队2027年公开招聘政府专职消防员公告
一、招聘对象
2027年高校应届毕业生及社会人员。
二、报名条件
（一）基本条件
1.具有中华人民共和国国籍，遵纪守法，品行端正；
2.年龄18周岁以上、28周岁以下；
3.具有岗位所需的学历、专业和技能条件；
4.身体条件符合消防员招录体检标准。
（二）资格条件
报考驾驶员岗位的，须持有B2及以上机动车驾驶证。
（三）不得报考的情形
曾受过刑事处罚的；被开除公职的。
三、招聘岗位
岗位代码 | 岗位名称 | 人数 | 学历 | 其他条件
01 | 消防员 | 20 | 高中及以上 | 无
02 | 消防驾驶员 | 4 | 高中及以上 | 3年以上驾龄
四、报名方式
登录某某人事考试网报名。"""


def test_a_notice_reads_its_conditions_not_its_exclusions_or_pointers():
    reqs = _reqs(_NOTICE)
    texts = [r["text"] for r in reqs]
    assert "具有中华人民共和国国籍" in texts
    licence = next(r for r in reqs if "B2" in r["text"])
    assert licence["kind"] == "certificate" and licence["must"] is True
    assert any("3年以上驾龄" in t for t in texts)
    # the pointer to each post's own conditions, the exclusions and the posts' heading ask nothing
    assert not any("岗位所需的学历" in t for t in texts)
    assert not any("不得报考" in t or "刑事处罚" in t or "开除公职" in t for t in texts)
    assert not any("招聘岗位" in t for t in texts)
    # the medical standard is a flagged health condition, the ages a flagged age range
    flags = _flags(_NOTICE)
    assert ("health", "身体条件符合消防员招录体检标准") in flags
    age = next(r for r in reqs if r["kind"] == "age")
    assert (age["min_age"], age["max_age"]) == (18, 28)


_BILINGUAL = (
    "某某人才热线 职位详情 质量主管 Quality Supervisor 某某汽车部件（苏州）有限公司 外商独资（德资） "
    "任职资格 Qualifications: 1. College degree or above in Mechanical Engineering. "
    "大专及以上学历，机械类专业。 2. At least 5 years quality experience in automotive industry. "
    "5年以上汽车行业质量工作经验。 3. Good command of German; English is a plus. "
    "德语流利，会英语者优先。 4. Familiar with IATF 16949. 熟悉IATF 16949体系。 "
    "待遇 Benefits: 五险一金、年终奖 联系人：人事部 邮箱：hr@example.com"
)


def test_a_bilingual_posting_cuts_each_english_point_from_its_chinese_one():
    reqs = _reqs(_BILINGUAL)
    texts = [r["text"] for r in reqs]
    assert "At least 5 years quality experience in automotive industry" in texts
    assert "5年以上汽车行业质量工作经验" in texts
    # the English sentence is read as English: its years too
    english = next(r for r in reqs if r["text"].startswith("At least 5 years"))
    assert english["kind"] == "experience" and english["min_years"] == 5
    assert "Familiar with IATF 16949" in texts
    assert next(r for r in reqs if r["text"] == "会英语者优先")["must"] is False
    assert not any("." in t and any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)


def test_an_employers_aside_in_brackets_does_not_make_the_ask_an_offer():
    text = (
        "【急招】同城配送员 某某劳务派遣有限公司 岗位要求：20-50周岁，男女不限，身体健康；"
        "有电动车（公司提供电动车租赁）；会使用手机导航；吃苦耐劳。 福利：包住（公司提供宿舍）。"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert any(t.startswith("有电动车") for t in texts)
    assert "会使用手机导航" in texts
    assert not any("包住" in t for t in texts)
    kinds = {kind for kind, _ in _flags(text)}
    assert {"age", "health"} <= kinds


def test_kinds_of_this_rounds_clauses():
    assert parse_requirement("熟练使用EPLAN")["kind"] == "skill"
    assert parse_requirement("会手冲和意式出品")["kind"] == "skill"
    assert parse_requirement("镜头感好")["kind"] == "competency"
    assert parse_requirement("有上进心")["kind"] == "competency"
    assert parse_requirement("喜欢和客人聊天")["kind"] == "competency"
    assert parse_requirement("手脚麻利")["kind"] == "competency"
    assert parse_requirement("能独立处理设备常见故障")["kind"] == "skill"
    assert parse_requirement("能提供健康证或入职后一周内办理")["kind"] == "certificate"
    cert = parse_requirement("报考护理岗位的，须取得护士执业资格证书")
    assert cert["kind"] == "certificate"
    assert parse_requirement("Able to read mechanical drawings")["kind"] == "skill"
    # (an offer in brackets still leaves a benefit a benefit)
    assert parse_requirement("五险一金（公司提供）") is None
