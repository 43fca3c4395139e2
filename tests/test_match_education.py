"""A degree clause that names a field (matcher.match.typed.education with matcher.match.majors),
and a degree named on an education line where the parser kept no entry. Fictional people."""

from __future__ import annotations

import pytest

from matcher.match.majors import asked_field, fields_in, relation, studied
from tests.test_match_typed import judge, profile, req


def educated(*lines: str, **fields) -> dict:
    """A profile whose lines after the first ("Education") are its education section."""
    p = profile(*lines, **fields)
    for sentence in p["sentences"][1:]:
        sentence["section"] = "education"
    return p


CS = req("education", "Bachelor's degree in Computer Science", min_level="bachelor")


def test_the_field_a_degree_clause_asks_and_whether_related_ones_do():
    assert asked_field(CS["text"]) == ("Computer Science", False)
    assert asked_field("Degree in Computer Science, Information Management or related field") == (
        "Computer Science, Information Management",
        True,
    )
    assert asked_field("计算机相关专业本科以上学历") == ("计算机", True)
    assert asked_field("本科以上学历") is None and asked_field("Master degree or above") is None
    # a bracketed prefix before the field still leaves it asked
    asked, _ = asked_field("Abgeschlossenes Studium der (Wirtschafts-) Informatik")
    assert asked == "Informatik"


def test_fields_and_their_neighbours():
    assert fields_in("BBA Marketing, Westbrook College") == {"business"}
    assert relation(frozenset(["business"]), frozenset(["hospitality"])) == "near"
    assert relation(frozenset(["computing"]), frozenset(["business"])) == "other"
    assert relation(frozenset(["computing"]), frozenset()) == "unstated"
    # accounting or trade for a list of management majors is a neighbour, not one of them
    listed = fields_in("市场营销、行政管理、工商管理等相关专业")
    assert relation(listed, fields_in("会计专业学士")) == "near"
    assert relation(listed, fields_in("Bachelor of Commerce")) == "near"
    assert relation(listed, fields_in("Master of Management Studies")) == "same"


def test_a_degree_in_the_field_asked_is_met_and_an_unrelated_one_is_not():
    cs = profile(
        "Education", "B.Sc. in Computer Science, Nordstadt University", highest_level="bachelor"
    )
    assert judge(CS, cs).verdict == "met"
    economics = educated(
        "Education",
        "Bachelor at Nordstadt University",
        "» Economics",
        "Focus on economics of trade; statistics and accounting",
        "» Economics of the firm, seminar",
        highest_level="bachelor",
    )
    j = judge(CS, economics)
    assert (j.verdict, j.typed) == ("unmet", False)  # no knock-out on a field read off words
    assert j.reason == 'bachelor ≥ bachelor, but not in Computer Science: "» Economics"'
    # a neighbouring field is some of it; the level alone says nothing about the field
    informatics = profile(
        "Bachelor of Engineering, Mechanical Engineering", highest_level="bachelor"
    )
    assert judge(CS, informatics).verdict == "partial"
    silent = profile("Bachelor, Nordstadt University", highest_level="bachelor")
    assert judge(CS, silent).verdict == "met"


@pytest.mark.parametrize(
    ("lines", "verdict", "reason"),
    [
        (
            ("Education Details", "MBA Operations  Westbrook College", "B.B.A. Marketing"),
            "met",
            "硕士 ≥ 本科",
        ),
        (("Education Details", "Skills: MS Office"), "unknown", "简历未写明学历"),
    ],
)
def test_a_degree_on_an_education_line_counts_where_no_entry_was_parsed(lines, verdict, reason):
    j = judge(req("education", "本科及以上学历", min_level="bachelor"), profile(*lines))
    assert (j.verdict, j.reason) == (verdict, reason)
    if verdict == "met":
        assert j.sentence == 1  # the line naming the highest degree


def _major(req_: dict, *lines: str):
    import numpy as np

    from matcher.match import terms, verdicts
    from matcher.match.reasons import joined

    p = profile(*lines)
    lowered = "\n".join(s["text"].lower() for s in p["sentences"])
    sims = np.zeros(len(p["sentences"]))
    got = verdicts.read(req_, p, sims, terms.named_terms(req_), lowered)
    said = verdicts.decide(got, np.array([0.05, 0.05, 0.9]), "zh")
    return said.verdict, joined(got.reasons, "zh")


def test_a_list_of_majors_is_met_by_one_partly_by_a_neighbour_and_not_by_another_field():
    # a list of majors cut from its 专业 clause is still a list of majors
    cut = req("other", "行政管理、工商管理、心理学", values=["行政管理", "工商管理", "心理学"])
    hotel = ("2002-2006 Westbrook University, Bachelor in Hospitality Management",)
    assert _major(cut, *hotel) == (
        "partial",
        "未提及 行政管理、工商管理、心理学；相近专业：“2002-2006 Westbrook Universit…”",
    )
    chemistry = ("2002年毕业于某某大学化学专业，理学学士",)
    verdict, reason = _major(cut, *chemistry)
    assert verdict == "unmet" and reason.startswith(
        "未提及 行政管理、工商管理、心理学；所学为其他专业"
    )
    # the same field where the clause accepts related majors (相关专业) is met
    related = req("major", "专业:商务管理、市场营销等相关专业", values=["商务管理", "市场营销"])
    accounting = ("1998年毕业于某某财经学院会计专业，经济学学士",)
    assert _major(related, *accounting)[0] == "met"
    assert _major(related, "熟练使用Excel")[0] == "unknown"  # no field stated: silent


def test_a_field_studied_is_read_off_the_study_not_an_employer_or_a_licence():
    bio = {
        "text": "陈晓明先生：中国国籍，理学硕士，具有国际注册金融分析师执业资格，"
        "曾任职某某国际贸易有限公司、某某旅游管理有限公司，担任市场总监。"
    }
    assert studied([bio], [0]) == (frozenset(), None)
    line = {"text": "某某大学会计专业学士，曾任职某某旅游有限公司"}
    assert studied([line], [0]) == (frozenset(["commerce"]), 0)
    section = {"text": "Hospitality Management, Northbay College", "section": "education"}
    assert studied([section], [0]) == (frozenset(["hospitality", "business"]), 0)


def test_study_of_a_field_is_a_degree_clause_met_in_the_field_and_not_by_another():
    """ "Study of computer science or comparable training" is the English of "Studium der
    Informatik": a degree clause with a field, read as one by the JD parser and the verdict."""
    from matcher.jd import parse_requirement

    clause = "Study of computer science or comparable professional training and experience"
    parsed = parse_requirement(clause)
    assert (parsed["kind"], parsed["min_level"]) == ("education", "bachelor")
    assert asked_field(clause) == ("computer science", True)
    engineer = educated(
        "Education", "2013-2016 BE Computer Engineering, Nashik", highest_level="bachelor"
    )
    assert judge(parsed, engineer).verdict == "met"
    business = educated("Education", "BBA, Lakeside University", highest_level="bachelor")
    assert judge(parsed, business).verdict == "unmet"
    # a case study is no study of a field
    assert parse_requirement("A case study of our product launch") is None


def test_a_university_education_without_its_level_is_part_of_a_bachelor_floor():
    """大学学历 (本科 or 专科, a reader cannot tell) meets a 大专 floor and is partial for a 本科
    one, with a reason that says why; 大学本科 meets it; 大学普通班, the 1970s course recognised
    as 专科, is below it (read by the résumé parser, matcher.vocab)."""
    from matcher.resume import parse_resume

    bio = educated("教育", "张伟：1979年出生，大学学历。", highest_level="bachelor")
    bachelor = req("education", "本科以上学历", min_level="bachelor")
    got = judge(bachelor, bio)
    assert got.verdict == "partial"
    assert got.reason == "大学学历未注明本科或专科（要求 本科）"
    assert judge(req("education", "大专及以上学历", min_level="associate"), bio).verdict == "met"
    stated = educated("教育", "张伟：1979年出生，大学本科学历。", highest_level="bachelor")
    assert judge(bachelor, stated).verdict == "met"
    old = parse_resume("赵强：男，生于1957年，大学普通班学历，高级工程师。\n")
    assert old["highest_level"] == "associate"


def test_studies_without_a_stated_degree_are_part_of_a_bachelor_floor():
    """A CV naming its studies and no degree on any education line ("Mathematik-Studium") is
    partial for a bachelor's floor, quoting the line; the same studies beside 'Abschluss:
    Bachelor', or a Duales Studium (a bachelor's course by name), meet it."""
    floor = req("education", "BS/BA degree or equivalent experience", min_level="bachelor")
    studies = educated("Ausbildung", "1993 - 2000 Mathematik-Studium", highest_level="bachelor")
    got = judge(floor, studies)
    assert got.verdict == "partial"
    assert (
        got.reason == '"1993 - 2000 Mathematik-Studium": studies, no degree stated (bachelor asked)'
    )
    done = educated(
        "Ausbildung",
        "1993 - 2000 Mathematik-Studium",
        "Abschluss: Bachelor",
        highest_level="bachelor",
    )
    assert judge(floor, done).verdict == "met"
    dual = educated("Ausbildung", "Duales Studium, Fachrichtung BWL", highest_level="bachelor")
    assert judge(floor, dual).verdict == "met"


def test_the_degree_is_quoted_from_the_education_section_not_a_line_naming_its_word():
    """ "Quickly learn and master new technologies" (a summary) and a language course's
    "Diplom" under certificates name a level's word; the degree held is on the education line."""
    p = profile(
        "Profile",
        "Quickly learn and master new technologies.",
        "Certificates",
        "03/2014 - 06/2014 Diplom (Deutsch als Fremdsprache)",
        "Education",
        "Master's Degree 2015 - 2017 Embedded Systems",
        highest_level="master",
    )
    p["sentences"][1]["section"] = "summary"
    p["sentences"][3]["section"] = "certificates"
    p["sentences"][5]["section"] = "education"
    j = judge(req("education", "BS/BA degree or equivalent experience", min_level="bachelor"), p)
    assert (j.verdict, j.reason) == ("met", "master ≥ bachelor")
    assert p["sentences"][j.sentence]["text"].startswith("Master's Degree")
    # with no education section naming it, the first line naming it still is quoted
    p["sentences"][5]["section"] = "other"
    j = judge(req("education", "Bachelor's degree", min_level="bachelor"), p)
    assert j.verdict == "met" and j.sentence is not None
