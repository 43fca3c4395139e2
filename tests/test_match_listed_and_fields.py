"""Stop 36's verdict rules, each on fictional people: a level asked of a thing a résumé only
lists (activity.level_unshown), trading and testing roles as their titles write them, an undated
role in the field beside dated ones elsewhere, courses that are no degree, software interfaces that
are no communication, and a maker's short name that relates nothing."""

from __future__ import annotations

from matcher import vocab
from matcher.jd import parse_jd
from matcher.match import evidence
from matcher.match.engine import evaluate_batch
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder

TODAY = "2026-11-28"
LISTER = (
    "Ines Vogt\nExperience\n2016-2024 Data analyst at Heron Freight GmbH\n"
    "Built the weekly freight reports for the sales team and the board\n"
    "Skills\nPython, Excel, Tableau, SQL\n"
)


def _judged(clause: str, resume: str, title: str = "Data Engineer") -> dict:
    (job,) = parse_jd(f"{title}\nRequirements:\n- {clause}\n")
    profile = parse_resume(resume, today=TODAY)
    return evaluate_batch(job, [profile], FakeEncoder())[0]["requirements"][0]


def test_a_level_asked_of_a_thing_only_listed_is_part_of_the_clause():
    got = _judged("You are proficient in Python", LISTER)
    assert got["verdict"] == "partial", got
    assert got["reason"].startswith("lists Python; no level or use shown"), got["reason"]
    # no level asked: the name in the list is enough
    assert _judged("Python", LISTER)["verdict"] == "met"
    # a level beside the name, or the thing used in the work history, shows it
    rated = LISTER.replace("Python, Excel", "Python (sehr gut), Excel")
    assert _judged("You are proficient in Python", rated)["verdict"] == "met"
    used = LISTER.replace(
        "Skills\n", "Wrote the Python jobs that load the freight data every night\nSkills\n"
    )
    assert _judged("You are proficient in Python", used)["verdict"] == "met"
    # a list headed as the person's speciality ("Schwerpunkte", "Core competencies") states one
    focus = LISTER.replace("Python, Excel, Tableau, SQL\n", "Schwerpunkte\nPython\nTableau\n")
    assert _judged("You are proficient in Python", focus)["verdict"] == "met"


def test_foreign_trade_roles_are_international_trade_experience():
    bio = (
        "王小明，1970年生，大专学历。2001年3月至2010年6月任宁波市某机电有限公司外贸部副经理；"
        "2010年7月至今任某电器股份有限公司进出口部经理。"
    )
    got = _judged("有相关海外贸易或国际贸易经验", bio, title="外贸客服主管")
    assert got["verdict"] == "met", got
    assert "外贸部副经理" in got["evidence"] or "进出口部经理" in got["evidence"]


def test_testing_and_automation_roles_as_german_cvs_title_them():
    cv = (
        "Berufserfahrung\n"
        "01/2014 - 12/2019 Senior Qualitätssicherungs Ingenieur (Testautomatisierung)\n"
        "Aufbau der automatisierten Regressionstests für ein Portal einer Versicherung\n"
    )
    for clause in (
        "Minimum of 3 years of testing experience",
        "Minimum of 3 years automation experience",
    ):
        got = _judged(clause, cv, title="QA Engineer")
        assert got["verdict"] == "met", (clause, got)
    # a developer who wrote unit tests holds no testing role
    developer = (
        "Experience\n2014-2019 Java developer at Kite Software Ltd\n"
        "Built the billing services and wrote their unit tests\n"
    )
    assert (
        _judged("Minimum of 3 years of testing experience", developer, title="QA Engineer")[
            "verdict"
        ]
        != "met"
    )
    assert evidence.names("testing", "testmanager (istqb)", 0.5)
    assert not evidence.names("testing", "wrote the unit tests", 0.5)


def test_an_undated_role_in_the_field_beside_dated_ones_elsewhere():
    bio = (
        "李华，1965年生，硕士学历。历任某有色金属进出口总公司业务经理、进出口部副经理。"
        "2003年10月至2013年5月任某铝业股份有限公司董事会秘书。"
    )
    # asking no years: the role shows the experience
    got = _judged("有相关海外贸易或国际贸易经验", bio, title="外贸客服主管")
    assert got["verdict"] == "met", got
    # asking years: its length is not read, so part of it
    got = _judged("3年以上国际贸易经验", bio, title="外贸客服主管")
    assert got["verdict"] == "partial", got


def test_a_course_is_no_degree():
    assert vocab.levels_in("1999年管理学院MBA进修班毕业。")  # the words are there …
    assert not vocab.level_spans("1999年管理学院MBA进修班毕业。")  # … but name no degree
    assert not vocab.level_spans("学习工商管理课程，获得研究生结业证书。")
    assert [lv for lv, _, _ in vocab.level_spans("工商管理硕士（MBA）")] == ["master", "master"]
    assert [lv for lv, _, _ in vocab.level_spans("2005年获EMBA学位")] == ["master"]


def test_a_software_interface_is_no_communication():
    cv = (
        "Berufserfahrung\n2015 - 2019 Softwareentwickler bei der Kestrel Systems GmbH\n"
        "Definition von Kommunikationsschnittstelle zwischen Server und Partnersystemen\n"
    )
    got = _judged("You are a good communicator", cv, title="Software Engineer")
    assert got["verdict"] == "unknown", got
    # a person between people is
    broker = cv.replace(
        "Definition von Kommunikationsschnittstelle zwischen Server und Partnersystemen",
        "Schnittstelle zwischen Fachabteilung und Entwicklung, Abstimmung der Anforderungen",
    )
    assert _judged("You are a good communicator", broker, title="Software Engineer")["verdict"] in (
        "met",
        "partial",
    )


def test_a_makers_short_name_relates_nothing():
    seller = (
        "Experience\n2010-2024 Sales manager at a car dealership\n"
        "Sold new and used cars and kept the customer records\nSkills\nMS Office, Salesforce\n"
    )
    got = _judged("T-SQL (MS SQL Server)", seller, title="Back-end Developer")
    assert got["verdict"] not in ("met", "partial"), got


def test_scrum_listed_suggests_teamwork_and_no_more():
    """A Scrum listed suggests teamwork (the learned model then weighs it: partial at most, as a
    suggestion), where before nothing in this résumé did."""
    cv = (
        "Experience\n2016-2024 Java developer at Kite Software Ltd\n"
        "Kept the billing services of the online shop running\nSkills\nJava, Spring, Scrum\n"
    )
    got = _judged("Teamwork", cv, title="Back-end Developer")
    assert got["reason_codes"][0]["code"] == "facets_suggested", got
    assert got["verdict"] in ("partial", "unknown")
    bare = _judged("Teamwork", cv.replace(", Scrum", ""), title="Back-end Developer")
    assert bare["reason_codes"][0]["code"] != "facets_suggested", bare
