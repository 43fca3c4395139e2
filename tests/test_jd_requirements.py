"""Typed requirements: number forms, education words, majors, languages, soft kinds, must/nice."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd


def _reqs(qualifications: str, heading: str = "任职要求:") -> list[dict]:
    (posting,) = parse_jd(
        f"客服专员岗位职责\n岗位职责:\n1. 接听客户来电。\n{heading}\n{qualifications}"
    )
    return posting["requirements"]


def _one(qualifications: str, kind: str, heading: str = "任职要求:") -> dict:
    found = [r for r in _reqs(qualifications, heading) if r["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3年以上客服工作经验", 3, None),
        ("三年以上客服工作经验", 3, None),
        ("两年以上工作经验", 2, None),
        ("一年及以上相关工作经验", 1, None),
        ("十年以上管理经验", 10, None),
        ("3-5年客服经验", 3, 5),
        ("3~5年客服经验", 3, 5),
        ("三至五年工作经验", 3, 5),
        ("工作经验5年以下", None, 5),
        ("半年以上客服经验", 0.5, None),
        ("18个月以上客服经验", 1.5, None),
        ("至少2年客服经验", 2, None),
    ],
)
def test_chinese_years(text, low, high):
    req = _one(text, "experience")
    assert (req["min_years"], req["max_years"]) == (low, high)
    assert req["must"] is True


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("At least 2 years of experience in Java development", 2, None),
        ("3+ years of professional web development experience", 3, None),
        ("3-5 years of experience with customer service", 3, 5),
        ("Minimum 18 months of experience in customer support", 1.5, None),
        ("Two years of experience in sales", 2, None),
        ("Up to 5 years experience in retail", None, 5),
    ],
)
def test_english_years(text, low, high):
    req = _one(text, "experience", heading="Requirements:")
    assert (req["min_years"], req["max_years"]) == (low, high)


def test_experience_field():
    assert _one("具有3年以上客服管理经验", "experience")["field"] == "客服管理"
    assert _one("有相关海外贸易或国际贸易经验", "experience")["field"] == "海外贸易或国际贸易"
    en = _one("At least 2 years of experience in Java development", "experience", "Requirements:")
    assert en["field"] == "Java development"
    en = _one("5 years of Python development experience", "experience", "Requirements:")
    assert en["field"] == "Python development"


@pytest.mark.parametrize(
    ("text", "field", "low"),
    [
        ("Proven experience as a project manager", "project manager", None),
        ("Mehrjährige Berufserfahrung als Projektleiter", "Projektleiter", 2),
        ("Langjährige Berufserfahrung im IT-Support", "IT-Support", 5),
        ("Erste Berufserfahrung in der Softwareentwicklung", "Softwareentwicklung", None),
        ("Erfahrung als Systemadministrator wünschenswert", "Systemadministrator", None),
        ("Mindestens 3 Jahre Erfahrung in der Java-Entwicklung", "Java-Entwicklung", 3),
        ("5 Jahre Berufserfahrung im Bereich IT-Sicherheit", "IT-Sicherheit", 5),
        # a Scrum Master is a role, not a master's degree in a field; the setting ends the field
        ("Mehrjährige Erfahrung als Scrum Master in einem Softwareteam", "Scrum Master", 2),
        ("2+ years of experience as a Scrum Master in a product team", "Scrum Master", 2),
    ],
)
def test_work_in_a_role_is_experience_with_or_without_years(text, field, low):
    """A role or (German) a line of professional work is judged on the dated entries in it, not
    as a skill's name: "experience as a project manager", "mehrjährige Berufserfahrung als …"
    (mehrjährig: two years at least, langjährig: five)."""
    req = _one(text, "experience", heading="Requirements:")
    assert req["field"] == field
    assert req["min_years"] == low


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "10+ years experience as a senior SAP manager, team lead, project manager or program manager",
            ["senior SAP manager", "team lead", "project manager", "program manager"],
        ),
        ("Berufserfahrung als Projektleiter oder Teamleiter", ["Projektleiter", "Teamleiter"]),
    ],
)
def test_roles_named_as_alternatives_are_each_the_field(text, values):
    """Work in any one of the roles listed after "as" / "als" counts, not only in the first."""
    req = _one(text, "experience", heading="Requirements:")
    assert req["values"] == values
    assert req["any_of"] is True


def test_experience_with_named_tools_stays_a_skill():
    assert _one("Work experience in CI/CD solutions, Jenkins and Docker", "skill", "Requirements:")
    assert _one("Erste Erfahrung mit Docker und Kubernetes", "skill", "Requirements:")


def test_a_date_is_not_years_of_experience():
    assert not any(r["kind"] == "experience" for r in _reqs("2024年毕业生,熟悉Excel"))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("本科以上学历", "bachelor"),
        ("本科及以上学历", "bachelor"),
        ("大学本科及以上学历", "bachelor"),
        ("大专或本科", "associate"),
        ("大专及以上学历", "associate"),
        ("专科以上学历", "associate"),
        ("硕士以上学历", "master"),
        ("硕士研究生及以上学历", "master"),
        ("博士学历", "doctorate"),
        ("高中及以上学历", "high_school"),
        ("学历:大专", "associate"),
    ],
)
def test_chinese_education_words(text, level):
    req = _one(text, "education")
    assert req["min_level"] == level and req["must"] is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Bachelor's degree in Computer Science or a related field", "bachelor"),
        ("Master's degree in Statistics", "master"),
        ("PhD in Chemistry", "doctorate"),
        ("University degree required", "bachelor"),
        ("BS/MS in Computer Science", "bachelor"),
    ],
)
def test_english_education_words(text, level):
    assert _one(text, "education", "Requirements:")["min_level"] == level


def test_a_higher_degree_preferred_is_a_separate_nice_to_have():
    reqs = [r for r in _reqs("本科及以上学历,硕士优先") if r["kind"] == "education"]
    assert [(r["min_level"], r["must"]) for r in reqs] == [("bachelor", True), ("master", False)]


@pytest.mark.parametrize(
    ("text", "values", "must"),
    [
        ("市场营销、管理等相关专业优先", ["市场营销", "管理"], False),
        ("专业:商务管理、市场营销等相关专业", ["商务管理", "市场营销"], True),
        ("计算机或软件工程相关专业", ["计算机", "软件工程"], True),
        ("中文、新闻、广告等专业毕业", ["中文", "新闻", "广告"], True),
        # a language asked after the major is no major
        ("法语专业毕业，能熟练使用法语", ["法语"], True),
    ],
)
def test_majors_split_into_values(text, values, must):
    req = _one(text, "major")
    assert req["values"] == values and req["must"] is must


def test_english_major():
    req = _one("Degree in Computer Science or Mathematics", "major", "Requirements:")
    assert req["values"] == ["Computer Science", "Mathematics"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a German relaxation is no field: "oder eine vergleichbare Ausbildung"
        (
            "Studium in Informatik, Wirtschaftsinformatik oder eine vergleichbare Ausbildung",
            ["Informatik", "Wirtschaftsinformatik"],
        ),
        (
            "Abgeschlossenes Studium der Informatik oder einer vergleichbaren Fachrichtung",
            ["Informatik"],
        ),
        ("Studium der Physik, Mathematik oder Informatik", ["Physik", "Mathematik", "Informatik"]),
    ],
)
def test_german_majors(text, values):
    assert _one(text, "major", "Anforderungen:")["values"] == values


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        ("熟练掌握英语", "english", "fluent"),
        ("英语六级以上", "english", "cet-6"),
        ("CET-6", "english", "cet-6"),
        ("大学英语四级", "english", "cet-4"),
        ("英语专业八级", "english", "tem-8"),
        ("普通话标准", "mandarin", "good"),
        ("普通话二级甲等", "mandarin", "2a"),
        ("日语N1", "japanese", "n1"),
        ("英语口语流利", "english", "fluent"),
        ("粤语", "cantonese", None),
    ],
)
def test_chinese_languages(text, language, level):
    req = _one(text, "language")
    assert (req["language"], req["level"]) == (language, level)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Fluent in German and English", {"german": "fluent", "english": "fluent"}),
        ("Sehr gute Deutsch- und Englischkenntnisse", {"german": "fluent", "english": "fluent"}),
        (
            "Verhandlungssichere Deutsch- und Englischkenntnisse in Wort und Schrift",
            {"german": "fluent", "english": "fluent"},
        ),
        ("Fließende Deutsch- und gute Englischkenntnisse", {"german": "fluent", "english": "good"}),
        ("Fluent English, basic German", {"english": "fluent", "german": "basic"}),
        ("Fluent German, good English", {"german": "fluent", "english": "good"}),
    ],
)
def test_languages_joined_by_and_share_their_level(text, levels):
    """One level word before names joined by "and" / German "Deutsch- und" asks it of each, as
    one requirement (one chip) that every language must meet; a name with a level of its own
    keeps it in the same requirement's `levels` (a German level word is long:
    "Verhandlungssichere")."""
    (req,) = [r for r in _reqs(text, "Requirements:") if r["kind"] == "language"]
    assert req["any_of"] is False and req["values"] == list(levels)
    assert {
        name: (req["levels"] or {}).get(name) or req["level"] for name in req["values"]
    } == levels
    # one level shared: no per-language levels to keep
    assert (req["levels"] is None) == (len(set(levels.values())) == 1)


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        ("Fluent English", "english", "fluent"),
        ("Native-level German", "german", "native"),
        ("IELTS 7.0 or above", "english", "ielts-7"),
        ("Good command of English", "english", "good"),
    ],
)
def test_english_languages(text, language, level):
    req = _one(text, "language", "Requirements:")
    assert (req["language"], req["level"]) == (language, level)


@pytest.mark.parametrize("marker", ["优先", "者优先", "优先考虑", "加分"])
def test_chinese_nice_markers(marker):
    req = _one(f"有客服工作经验{marker}", "experience")
    assert req["must"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Kubernetes preferred",
        "Knowledge of SQL is a plus",
        "Docker experience would be an advantage",
        "Nice to have: experience with Kafka",
    ],
)
def test_english_nice_markers(text):
    (req,) = _reqs(text, "Requirements:")
    assert req["must"] is False


def test_preferred_applies_to_its_clause_only():
    reqs = _reqs("大学本科及以上学历,市场营销专业优先")
    assert [(r["kind"], r["must"]) for r in reqs] == [("education", True), ("major", False)]


def test_a_clause_ending_in_its_nice_marker_is_complete():
    # "能吃苦耐劳" reads like the elaboration "能够…", but after "…者优先" it stands alone
    reqs = _reqs("高中以上学历，会操作叉车者优先，能吃苦耐劳，服从安排。")
    assert [(r["text"], r["must"]) for r in reqs] == [
        ("高中以上学历", True),
        ("会操作叉车者优先", False),
        ("能吃苦耐劳", True),
        ("服从安排", True),
    ]


def test_soft_kinds():
    reqs = _reqs(
        "1. 熟练使用Excel和CRM系统;\n2. 熟悉客服工作流程;\n3. 具备良好的沟通能力和抗压能力;\n"
        "4. 持有会计从业资格证书"
    )
    assert [r["kind"] for r in reqs] == ["skill", "knowledge", "competency", "certificate"]
    assert reqs[0]["values"] == ["Excel", "CRM系统"]
    assert reqs[2]["values"] == ["沟通能力和抗压能力"]


def test_elaborations_stay_with_their_clause():
    (req,) = _reqs("具备良好的沟通、协调和组织能力,能够有效管理团队,解决问题和处理紧急情况。")
    assert req["kind"] == "competency"
    assert req["text"].endswith("处理紧急情况")


def test_english_skill_values():
    (req,) = _reqs("Experience with Java, Spring Boot and REST APIs", "Requirements:")
    assert req["kind"] == "skill" and req["values"] == ["Java", "Spring Boot", "REST APIs"]
    (req,) = _reqs("Strong knowledge of HTML and CSS", "Requirements:")
    assert req["kind"] == "knowledge" and req["values"] == ["HTML", "CSS"]
    (req,) = _reqs("Excellent communication skills", "Requirements:")
    assert req["kind"] == "competency"


@pytest.mark.parametrize(
    "text", ["性别:不限", "性别 男女不限", "男女不限", "年龄不限", "相关知识:不作要求"]
)
def test_no_limit_is_no_requirement(text):
    (posting,) = parse_jd(f"客服专员岗位职责\n任职要求:\n{text}")
    assert posting["requirements"] == [] and posting["flags"] == []


def test_a_typical_recruitment_site_posting():
    (posting,) = parse_jd(
        "Java开发工程师\n岗位职责：\n1、负责核心系统的设计与开发；\n任职要求：\n"
        "1、计算机相关专业，本科及以上学历；\n2、3年以上Java开发经验，熟悉Spring Boot、MyBatis等框架；\n"
        "3、熟悉MySQL、Redis，有分布式系统经验者优先；\n4、英语四级以上；\n5、年龄35岁以下，男性优先。"
    )
    got = [(r["kind"], r["must"]) for r in posting["requirements"]]
    assert got == [
        ("major", True),
        ("education", True),
        ("experience", True),
        ("skill", True),
        ("skill", True),
        ("experience", False),
        ("language", True),
        ("age", True),
    ]
    reqs = posting["requirements"]
    assert reqs[2]["text"] == "3年以上Java开发经验" and reqs[2]["field"] == "Java开发"
    assert reqs[3]["values"] == ["Spring Boot", "MyBatis"]
    assert (reqs[6]["level"], reqs[7]["max_age"]) == ("cet-4", 35)
    assert sorted(f["kind"] for f in posting["flags"]) == ["age", "gender"]


def test_a_nice_to_have_marker_is_not_part_of_the_named_skill():
    from matcher.jd.typed import zh_objects

    assert zh_objects("熟练使用CRM系统和办公软件者优先", True) == ["CRM系统", "办公软件"]
    assert zh_objects("熟悉Python者优先", True) == ["Python"]
    assert zh_objects("有驾照优先考虑", True) == ["驾照"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Anforderungen\n- ITIL-Zertifizierung\n", "certificate"),
        ("Anforderungen\n- Führerschein Klasse B\n", "certificate"),
        ("Requirements\n- PMP certification\n", "certificate"),
        ("Requirements\n- ITIL\n", "certificate"),
        ("任职要求：\n1. 持有PMP证书\n", "certificate"),
        # knowing what a certificate certifies is knowledge, not holding it
        ("Anforderungen\n- Fundiertes Wissen von ITIL Prozessen\n", "skill"),
        ("Requirements\n- Basic knowhow in networking (CCNA level or equivalent)\n", "skill"),
        ("任职要求：\n1. 熟悉ITIL流程\n", "knowledge"),
    ],
)
def test_a_certificate_name_asks_for_the_certificate_unless_knowledge_of_it_is_asked(text, kind):
    reqs = parse_jd(text)[0]["requirements"]
    assert [r["kind"] for r in reqs] == [kind]


def test_a_competency_table_row_is_one_requirement_and_in_house_cells_none():
    text = (
        "任职资格\n知识 基本知识 ➢ 公司文化2;规章制度2;客服基础知识2。\n"
        "专业知识 ➢ 心理学知识1;法律知识2;网络知识3。\n技能技巧1熟练使用呼叫中心系统;\n"
    )
    reqs = parse_jd(text)[0]["requirements"]
    got = {r["text"]: (r["kind"], r["values"]) for r in reqs}
    assert got == {
        "客服基础知识2": ("knowledge", ["客服基础知识"]),
        "心理学知识1;法律知识2;网络知识3": ("knowledge", ["心理学知识", "法律知识", "网络知识"]),
        "熟练使用呼叫中心系统": ("skill", ["呼叫中心系统"]),
    }


def test_alternatives_are_one_requirement_any_of_which_meets_it():
    (req,) = [
        r
        for r in parse_jd("任职要求：\n掌握其他外语,如日语、韩语或俄语等者优先考虑\n")[0][
            "requirements"
        ]
        if r["kind"] == "language"
    ]
    assert req["values"] == ["japanese", "korean", "russian"] and req["must"] is False
    both = parse_jd("Requirements:\nFluent English and German, written or spoken\n")[0]
    # both asked, not alternatives: one requirement every value of which must be met
    assert [(r["values"], r["any_of"]) for r in both["requirements"]] == [
        (["english", "german"], False)
    ]


def test_a_flagged_condition_leaves_the_requirement_text():
    reqs = parse_jd("任职要求：\n普通话标准、声音甜美\n")[0]
    assert [r["text"] for r in reqs["requirements"]] == ["普通话标准"]
    assert [f["text"] for f in reqs["flags"]] == ["声音甜美"]


def test_field_lines_run_together_are_one_requirement_each():
    # a scraper joined "学历：…", "工作经验：…" and "年龄：…" into one line
    reqs = _reqs("学历：中专及以上 工作经验：1年以上客服工作经验 年龄：20-35岁")
    by_kind = {r["kind"]: r for r in reqs}
    assert by_kind["education"]["text"] == "学历：中专及以上"
    assert by_kind["experience"]["text"] == "工作经验：1年以上客服工作经验"
    assert by_kind["experience"]["min_years"] == 1
    assert (by_kind["age"]["min_age"], by_kind["age"]["max_age"]) == (20, 35)
    assert len({r["text"] for r in reqs}) == len(reqs)


def test_a_language_named_as_a_major_is_no_language_requirement():
    reqs = _reqs("1.国际贸易、英语等相关专业；\n2.英语六级以上")
    kinds = [(r["kind"], r["text"]) for r in reqs]
    assert ("major", "国际贸易、英语等相关专业") in kinds
    assert ("language", "国际贸易、英语等相关专业") not in kinds
    # the language asked outright is still one
    assert ("language", "英语六级以上") in kinds
    (posting,) = parse_jd(
        "Editor\nRequirements:\n- Degree in English Literature\n- Fluent German\n"
    )
    kinds = [(r["kind"], r["text"]) for r in posting["requirements"]]
    assert not any(kind == "language" and "Literature" in text for kind, text in kinds)
    assert ("language", "Fluent German") in kinds


def test_very_good_english_is_the_level_sehr_gut_is_and_a_notice_period_is_no_skill():
    """ "A very good command of English" asks the level German "sehr gute Englischkenntnisse" asks
    (fluent), above a plain "good English"; "Notice period: 30 days" is a term of the job (kind
    other), not a skill to find in a résumé."""
    reqs = _reqs(
        "- a very good command of English\n- good spoken English\n- Notice period: 30 days\n"
        "- sehr gute Englischkenntnisse",
        heading="Requirements:",
    )
    by_text = {r["text"]: r for r in reqs}
    assert by_text["a very good command of English"]["level"] == "fluent"
    assert by_text["sehr gute Englischkenntnisse"]["level"] == "fluent"
    assert by_text["good spoken English"]["level"] == "good"
    assert by_text["Notice period: 30 days"]["kind"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Mehrjährige Erfahrung als Scrum Master in einem Software Entwicklungsteam",
        "Experience as a Scrum Master in a distributed team",
    ],
)
def test_a_scrum_master_asks_no_degree(text):
    """ "Scrum Master in …" is no master's degree in a field: one experience requirement, no
    education floor and no major."""
    kinds = [r["kind"] for r in _reqs(text, "Anforderungen:")]
    assert kinds == ["experience"]


@pytest.mark.parametrize(
    "text",
    [
        "any additional language is a plus",
        "Knowledge of a second language is an advantage",
        "Weitere Fremdsprachen von Vorteil",
        "其他外语优先",
    ],
)
def test_a_language_besides_the_postings_own_is_a_language_requirement(text):
    (req,) = _reqs(text, "Requirements:")
    assert (req["kind"], req["language"], req["values"]) == ("language", "other", ["other"])
