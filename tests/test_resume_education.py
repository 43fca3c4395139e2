"""Education entries: levels (with their traps), schools, majors, dates, field blocks."""

from __future__ import annotations

import pytest

from matcher.resume import parse_resume

TODAY = "2026-11-28"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("2005年毕业于某某职业高中，高中学历。", "high_school"),
        ("中专学历。", "high_school"),
        ("大专文化。", "associate"),
        ("大学专科学历。", "associate"),
        ("大学学历，高级工程师。", "bachelor"),
        ("工学学士。", "bachelor"),
        ("在职研究生学历。", "master"),
        ("EMBA。", "master"),
        ("经济学博士，博士生导师。", "doctorate"),
        ("Education\nPhD in Physics, University of Manchester", "doctorate"),
        ("Education\nMaster of Science, Imperial College London", "master"),
        ("Skills\nScrum Master certified; mastered SQL", None),
        ("Education Details\nJanuary 2019 B.Tech. Electrical Engineering", "bachelor"),
        ("Education\nMCA from Pune University", "master"),
        ("Ausbildung\n1996: Technische Informatik, Abschluss: Dipl.Ing.(FH)", "master"),
        ("Ausbildung\nDiplom-Kaufmann, Universität Köln", "master"),
        ("Ausbildung\nAbitur 1995, Gymnasium Essen", "high_school"),
        ("Kenntnisse\nDiplomatisches Geschick im Kundenkontakt", None),
        ("Certificates\nAWS Certified Solutions Architect Associate", None),
        ("Education\nAssociate Degree in Nursing, 2012", "associate"),
        # capitalised as degrees are (BEng, MEng); "Meng" is a name, "HND" a UK diploma
        ("Education\nBEng Mechatronics, TU Delft, 2014-2018", "bachelor"),
        ("Education\nMEng Civil Engineering, University of Bristol, 2012-2016", "master"),
        ("Education\nHND Computing, Glasgow Kelvin College, 2012-2014", "associate"),
        ("Skills\nWorked with Meng Li and Tan Ah Beng on the Singapore rollout", None),
        ("Education: BA in International Business, Northfield University", "bachelor"),
        ("Education\nMA (Hons) History, University of Leeds", "master"),
        ("Skills\nMS Office, Excel; worked with Ma Lin in Boston, MA", None),
        ("Ausbildungshistorie\nAbitur\nDuales Studium, Fachrichtung: BWL", "bachelor"),
        ("Ausbildung\n2008 – 2016: Studium Technische Informatik, TH Köln", "bachelor"),
        ("Ausbildung\nAbitur 2001\nStudium der Informatik abgebrochen", "high_school"),
        ("Ausbildung\nAbitur 2001\nAbgebrochenes Studium der Physik", "high_school"),
        ("Ausbildung\n1995 Abschluss zur Handelsfachwirtin – IHK München", "bachelor"),
        ("Ausbildung\n1995 Abschluss zur Fachwirtin – IHK München", "bachelor"),
    ],
)
def test_levels(text, level):
    assert parse_resume(text, today=TODAY)["highest_level"] == level


def test_entry_fields_from_a_section():
    text = "教育背景\n2014.09-2018.06 | 厦门大学 | 国际经济与贸易 | 本科\n2018年9月-2021年6月 复旦大学 金融学 硕士"
    entries = parse_resume(text, today=TODAY)["education"]
    assert [(e["school"], e["major"], e["level"], e["start"], e["end"]) for e in entries] == [
        ("厦门大学", "国际经济与贸易", "bachelor", "2014-09", "2018-06"),
        ("复旦大学", "金融学", "master", "2018-09", "2021-06"),
    ]


def test_english_entry_with_major():
    text = "Education\nSep 2009 - Jun 2013  BSc in Economics, University of Warwick"
    (e,) = parse_resume(text, today=TODAY)["education"]
    assert (e["level"], e["school"], e["major"]) == (
        "bachelor",
        "University of Warwick",
        "Economics",
    )


def test_school_after_a_verb_in_prose():
    (e,) = parse_resume("1998年毕业于清华大学，获工学硕士学位。", today=TODAY)["education"]
    assert (e["school"], e["level"]) == ("清华大学", "master")


def test_degree_after_a_run_on_field_is_kept():
    text = "学历：大学主要经历：2002年毕业于某某师范学院，获文学学士学位。"
    assert parse_resume(text, today=TODAY)["highest_level"] == "bachelor"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # capitalised degree abbreviations the JD side also reads (vocab.named_degrees)
        ("Dana Whitfield\nEducation\nBSN, 2019\nRiverbend State University", "bachelor"),
        ("Education\nMSN, Lakeshore College of Nursing, 2022", "master"),
        ("Education\nB.Ed (Hons) Primary Education, 2014", "bachelor"),
        ("Education\nLLB Law, Northgate University, 2012", "bachelor"),
        ("Education\nMPharm, 2018", "master"),
        # MSN the messenger and BSW (AUTOSAR's basic software) name no degree
        ("Skills\nSupported MSN and ICQ users on the help desk", None),
        ("Skills\nConfigured AUTOSAR BSW modules for body controllers", None),
    ],
)
def test_degree_abbreviations_read_as_levels_only_where_they_are_degrees(
    text: str, level: str | None
) -> None:
    assert parse_resume(text, today=TODAY)["highest_level"] == level


def test_a_scrum_master_certificate_is_no_masters_degree():
    """ "Professional Scrum-Master (PSM I und II)", hyphen or not, certifies a role: no degree."""
    from matcher.vocab import level_spans

    assert level_spans("Professional Scrum-Master (PSM I und II)") == []
    assert level_spans("Certified Scrum Master") == []
    assert level_spans("Master of Science in Informatik")[0][0] == "master"


@pytest.mark.parametrize(
    ("text", "school", "major"),
    [
        # a major read with its school or the verb before it is the field alone
        (
            "韩某某，男，毕业于某某北方大学数量经济学专业，硕士研究生。",
            "某某北方大学",
            "数量经济学",
        ),
        ("某某商学院会计专业学士。", "某某商学院", "会计"),
        ("1999年毕业于某某工业大学动力工程系热能工程专业，工学硕士。", "某某工业大学", "热能工程"),
        # "系统工程" is a field, not a department
        ("毕业于某某科技大学系统工程专业，博士。", "某某科技大学", "系统工程"),
        # the field between a school and its degree
        ("苏某某，男，某某交通大学管理学博士，现任某某学院教授。", "某某交通大学", "管理学"),
        ("获得某某师范大学企业管理专业博士学位。", "某某师范大学", "企业管理"),
        ("1999年某某财经大学国际贸易专业本科毕业。", "某某财经大学", "国际贸易"),
        # the clauses around a school in prose name the person, a party or a job, not a major
        (
            "韦某某女士，中共党员，大学文化，毕业于某某人民大学，某某证券部总经理。",
            "某某人民大学",
            None,
        ),
    ],
)
def test_a_bio_names_its_school_and_major_apart(text, school, major):
    (e,) = parse_resume(text, today=TODAY)["education"]
    assert (e["school"], e["major"]) == (school, major)
