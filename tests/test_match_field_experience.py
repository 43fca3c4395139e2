"""Experience in a field (matcher.match.field_experience, evidence.field_work): which entries are in
the field, what a clause asking no years or naming no field needs, and the reasons said. Résumés
are fictional people."""

from __future__ import annotations

from datetime import date

import numpy as np

from matcher.jd import parse_jd
from matcher.match import evidence, field_experience, verdicts
from matcher.match.reasons import joined
from tests.test_match_engine import requirement
from tests.test_match_verdicts import feature, read

# an HR executive whose skills table states a length of "HR management": no team led
HR_EXEC = (
    "Priya Nair\nSkill Details\nHR Management- Exprience - 12 months\nPayroll- Exprience - 12 months\n"
    "Company Details\ncompany - Acme Textiles\ndescription - HR executive handling payroll and "
    "joining formalities for the plant\n"
)
DEPUTY_GM = "张伟先生：现任北方机电股份有限公司副总经理，负责华东区业务。\n"
HEALTH = "赵敏女士：2010年1月至2020年1月任康宁健康管理有限公司市场总监。\n"
TEAM = "有客户服务或团队管理的工作经验者优先"


def decide(signals: verdicts.Signals, p_met: float, p_partial: float) -> verdicts.Decision:
    """The verdict where the model says P(met), P(partial) (the rest is 'not')."""
    return verdicts.decide(signals, np.array([p_met, p_partial, 1 - p_met - p_partial]), "en")


def test_a_weak_word_alone_does_not_name_a_field_with_other_words():
    # "HR management" is not team management, 健康管理 not 客服管理, "web services" no 服务理念
    assert not evidence.names("团队管理", "hr management- exprience - 12 months", share=0.5)
    assert not evidence.names("客服管理", "任康宁健康管理有限公司市场总监", share=0.5)
    assert not evidence.names("商务管理", "management of all contractual issues", share=0.5)
    # the word that says which field still names it, and a phrase of weak words only stands
    assert evidence.names("客服管理", "负责客服中心", share=0.5)
    assert evidence.names("管理", "工商管理硕士", share=0.5)


def test_hr_management_is_no_team_management_but_a_managers_role_is():
    req = requirement("experience", TEAM, field="客户服务或团队管理")
    got, _ = read(req, HR_EXEC)
    assert feature(got, "field_met") == 0.0
    assert "HR Management" not in joined(got.reasons, "en")
    manager = {"title": "Sales Manager", "start": "2015-01", "months": 60, "description": ""}
    officer = {"title": "HR Officer", "start": "2015-01", "months": 60, "description": ""}
    assert evidence.field_work("团队管理", [manager]).entries
    assert not evidence.field_work("团队管理", [officer]).entries
    assert not evidence.field_work("客服管理", [manager]).entries  # only leading people


def test_a_clause_asking_no_years_is_met_by_an_entry_in_the_field_dated_or_not():
    req = requirement("experience", TEAM, field="客户服务或团队管理")
    got, profile = read(req, DEPUTY_GM)
    assert feature(got, "field_met") == 1.0
    assert joined(got.reasons, "zh") == "副总经理：有此经历（未要求年限）"
    assert "副总经理" in profile["sentences"][got.sentence]["text"]
    # a stated length says so without a made-up "≥ 0"
    req = requirement("experience", "有Java开发经验", field="Java开发")
    got, _ = read(req, "李明\n3年Java开发经验，熟悉Spring\n")
    assert joined(got.reasons, "en") == '"3年Java开发经验，熟悉Spring": 3 years (no years asked)'


def test_total_years_of_a_clause_naming_no_field_are_arithmetic_the_model_cannot_doubt():
    req = requirement("experience", "工作经验:3-5年", min_years=3)
    text = "Lena Vogt\nExperience\n2009-2015 Clerk at Hafen AG\n2015-2024 Buyer at Nordbank AG\n"
    got, profile = read(req, text)
    assert got.floor == "met"
    assert profile["sentences"][got.sentence]["text"].startswith("2009-2015")  # where it starts
    said = decide(got, 0.1, 0.2)  # a model that doubts it
    assert said.verdict == "met" and said.score >= 0.75
    assert said.reason == "15 years of work in total ≥ 3"
    # the job's own field, unnamed: the career's length is at most partial, and says why
    req = requirement("experience", "本岗位两年以上工作经验", min_years=2)
    got, _ = read(req, text)
    assert got.floor == "not" and got.cap == "partial"
    assert decide(got, 0.9, 0.1).verdict == "partial"
    assert joined(got.reasons, "zh") == "共 15 年工作经历，未见是否本岗位/行业（要求 2 年）"
    # too short a career is no floor
    short = "Lena Vogt\nExperience\n2022-2024 Clerk at Hafen AG\n"
    got, _ = read(requirement("experience", "工作经验:3-5年", min_years=3), short)
    assert got.floor == "not" and decide(got, 0.1, 0.2).verdict != "met"


def test_years_of_experience_naming_no_field_are_total_years():
    # nothing named after "experience" (nor between "years of" and it but how they were spent):
    # the whole career counts, as for 工作经验:3-5年
    for clause in (
        "3+ years of experience",
        "5 years of experience required",
        "You are an experienced software engineer with 3+ years of experience",
        "3 years of hands-on experience",
    ):
        (req,) = parse_jd(f"Developer\nRequirements:\n{clause}\n")[0]["requirements"]
        assert req["field"] is None, clause
        assert req["min_years"] in (3.0, 5.0)
        text = (
            "Lena Vogt\nExperience\n2009-2015 Clerk at Hafen AG\n2015-2024 Buyer at Nordbank AG\n"
        )
        got, _ = read(req, text)
        assert got.floor == "met", clause
    # a field named before "experience" is still the field
    (req,) = parse_jd("Developer\nRequirements:\n4 years of sales experience\n")[0]["requirements"]
    assert req["field"] == "sales"


def test_a_career_without_dated_entries_quotes_the_line_stating_its_start():
    req = requirement("experience", "工作经验:3-5年", min_years=3)
    got, profile = read(
        req, "钱进先生：1960年出生，高级工程师。\n1982年7月参加工作，历任技术员、主任。\n"
    )
    assert got.floor == "met"
    assert profile["sentences"][got.sentence]["text"].startswith("1982年7月参加工作")


def test_a_stated_start_before_every_dated_entry_is_the_careers_evidence():
    """A bio dating only its latest role ("2009年8月至今担任…监事") quotes where the career began."""
    req = requirement("experience", "工作经验:3-5年", min_years=3)
    got, profile = read(
        req,
        "孙立先生：1966年出生。\n1989年参加工作，历任技术员、车间主任。\n"
        "2009年8月至今担任某某科技股份有限公司监事。\n",
    )
    assert got.floor == "met"
    assert profile["sentences"][got.sentence]["text"].startswith("1989年参加工作")


def test_an_entry_named_by_its_employer_alone_quotes_its_own_line():
    req = requirement("experience", "3+ years of experience", min_years=3)
    text = (
        "Marco Rossi\nExperience\nMay 2014 - June 2016 : Nordlicht Controls spa.\n"
        "Built the plant's portal in Java.\nApril 2009 - March 2010: Hafen Treviso srl.\n"
        "Personalised the intranet.\nTechnologies: Java, Liferay\n1996 : Graduated from school.\n"
    )
    got, profile = read(req, text)
    assert got.floor == "met"
    assert profile["sentences"][got.sentence]["text"].startswith("April 2009 - March 2010")


def test_total_years_quote_the_entrys_dated_line_not_its_bare_title():
    req = requirement("experience", "工作经验:3-5年", min_years=3)
    text = (
        "Omar Haddad\nOperations Manager\nCompany Details\ncompany - Nordlicht Controls\n"
        "description - since May 2012 to June 2016 at Nordlicht Controls, Kiel\n"
        "Operations Manager for the commissioning of 7 plants.\n"
    )
    got, profile = read(req, text)
    assert got.floor == "met"
    assert "since May 2012" in profile["sentences"][got.sentence]["text"]


# a project portal's export: each project a period line, a length line and its role, every
# role "Development"; the earliest project's length "1 Jahr 5 Monate" holds "5 Monate", a later
# project's whole length line
PORTAL = (
    "Softwareentwickler (Java)\nProjekte\n"
    "03/2017 - 12/2018\n1 Jahr 10 Monate\nDevelopment\nBau eines Buchungsportals für Fähren.\n"
    "10/2013 - 02/2014\n5 Monate\nDevelopment\n"
    "09/2011 - 01/2013\n1 Jahr 5 Monate\nDevelopment\n"
)


def test_an_entrys_lines_are_its_own_block_and_the_period_line_above_them():
    """The career's first entry is quoted by its own period line, not by the first line anywhere
    that its title or a piece of its description happens to match ("Development" of the first
    project listed, "5 Monate" of another project's length)."""
    req = requirement("experience", "3+ years of experience", min_years=3)
    got, profile = read(req, PORTAL)
    assert got.floor == "met"
    assert profile["sentences"][got.sentence]["text"] == "09/2011 - 01/2013"


def test_total_years_met_quote_a_line_stating_a_career_that_long():
    """ "Experienced full stack developer with 7+ years experience" says the verdict in the
    résumé's own words; a stated total shorter than asked is not quoted for it."""
    text = "Ana Lima\nShort profile\nExperienced full stack developer with 7+ years experience.\n"
    req = requirement("experience", "3+ years of experience", min_years=3)
    got, profile = read(req, text + PORTAL)
    assert got.floor == "met"
    assert "7+ years experience" in profile["sentences"][got.sentence]["text"]
    text = "Ana Lima\nShort profile\nFull stack developer with 2 years experience.\n"
    got, profile = read(req, text + PORTAL)
    assert got.floor == "met"  # the projects' 7 years
    assert profile["sentences"][got.sentence]["text"] == "09/2011 - 01/2013"


def test_field_years_quote_a_line_of_the_entry_that_names_the_field():
    req = requirement("experience", "at least 2 years in SAP UI5", min_years=2, field="SAP UI5")
    text = (
        "Jonas Feld\nBerufserfahrung\n03/2015 - 06/2017 Frontend Lead, Airbus\n"
        "Abstimmung mit dem Fachbereich\nEntwicklung von SAP UI5 Apps für die Wartung\n"
    )
    got, profile = read(req, text)
    assert feature(got, "field_met") == 1.0
    assert joined(got.reasons, "en").startswith("Frontend Lead 2015–2017")  # the entry's dates
    assert (
        profile["sentences"][got.sentence]["text"] == "Entwicklung von SAP UI5 Apps für die Wartung"
    )


def test_a_products_name_of_several_words_is_named_whole_by_an_entry():
    """ "SAP UI5": an SAP R/3 project is SAP work, not UI5 work; half the words still name a
    field of ordinary words ("software design")."""
    assert evidence.field_share("SAP UI5") == 1.0
    assert evidence.field_share("software design") == 0.5
    r3 = {"title": "SAP R/3 Einführung", "start": "2003-01", "months": 96, "description": ""}
    ui5 = {"title": "SAP UI5 Frontend", "start": "2016-08", "months": 5, "description": ""}
    work = evidence.field_work("SAP UI5", [r3, ui5])
    assert work.entries == (ui5,) and work.months == 5
    design = {"title": "Software developer", "start": "2015-01", "months": 24, "description": ""}
    assert evidence.field_work("software design", [design]).entries


def test_a_comparable_position_is_the_jobs_own_field_not_a_field_named_position():
    text = "Lena Vogt\nExperience\n2012-2020 Software developer at Hafen AG\n"
    for clause, field in [
        ("mehrjährige Berufserfahrung in einer vergleichbaren Position", "vergleichbaren Position"),
        ("3+ years of experience in a similar position", "similar position"),
        ("5 years in a comparable role", "a comparable role"),
    ]:
        got, _ = read(requirement("experience", clause, min_years=2, field=field), text)
        assert got.reasons[0].code == "total_years_own", clause  # not "no work in Position"
        assert got.cap == "partial" and decide(got, 0.1, 0.8).verdict == "partial"
    # a field named beside the words stays that field
    req = requirement("experience", "3 years in a similar SAP role", min_years=3, field="SAP")
    got, _ = read(req, text)
    assert got.reasons[0].code != "total_years_own"


def test_a_project_role_in_german_or_english_is_one_field():
    text = "Lena Vogt\nBerufserfahrung\n2014-2020 Projektleiter bei Hafen AG\nPMO und Steuerung\n"
    req = requirement(
        "experience", "3+ years as a project manager", min_years=3, field="project manager"
    )
    got, _ = read(req, text)
    assert feature(got, "field_met") == 1.0
    req = requirement(
        "experience", "Berufserfahrung als Projektmanager", min_years=2, field="Projektmanager"
    )
    got, _ = read(req, "Omar Haddad\nExperience\n2016-2020 Programme Manager at Nordbank\n")
    assert feature(got, "field_met") == 1.0
    got, _ = read(req, "Omar Haddad\nExperience\n2016-2020 Accountant at Nordbank\n")
    assert feature(got, "field_met") == 0.0


def test_building_software_is_one_field_in_german_and_english():
    def entry(title: str) -> dict:
        return {"title": title, "start": "2015-01", "months": 48, "description": ""}

    for field, title in [
        ("Frontend-Entwickler", "Frontend Developer"),
        ("software development", "Softwareentwickler"),
        ("development", "Java Programmer"),
        ("web developer", "Webentwickler"),
        ("Entwickler", "Anwendungsentwicklerin"),
        ("Softwareentwicklung", "Senior Software Engineer"),
    ]:
        assert evidence.field_work(field, [entry(title)]).entries, (field, title)
    # the family says what is done, not with what: a Java developer did no SAP development,
    # and his line does not touch it either
    assert not evidence.field_work("SAP development", [entry("Java developer")]).entries
    assert evidence.field_work("SAP development", [entry("SAP ABAP Entwickler")]).entries
    assert not field_experience.touches("SAP development", "Java developer")
    assert field_experience.touches("software development", "Java developer")
    # an accountant is in none of it, and HR's development is no software's
    assert not evidence.field_work("Frontend-Entwickler", [entry("Accountant")]).entries
    assert not evidence.field_work("Entwickler", [entry("Personalentwicklung")]).entries
    req = requirement(
        "experience",
        "Mehrere Jahre Erfahrung als Frontend-Entwickler",
        field="Frontend-Entwickler",
        min_years=3,
    )
    got, _ = read(req, "Jan Kohl\nErfahrung\n2012-2019 Webentwickler, Developer bei Nordbank\n")
    assert feature(got, "field_met") == 1.0


def test_a_stated_length_in_the_field_beyond_the_dated_entries_counts():
    req = requirement(
        "experience", "Berufserfahrung als Projektmanager", min_years=5, field="Projektmanager"
    )
    text = (
        "Jan Kohl\nProfil\n20 Jahre Erfahrung als IT Projektmanager\n"
        "Projekte\n01/2018 - 12/2019 Projektleitung Zahlungsverkehr, Nordbank\n"
    )
    got, profile = read(req, text)
    assert feature(got, "field_met") == 1.0
    assert profile["sentences"][got.sentence]["text"].startswith("20 Jahre Erfahrung")


def test_several_years_said_in_words_ask_three_and_a_short_entry_is_partial():
    # "Mehrere Jahre" / "several years" give the parser no number: a few months in the field
    # are not several years, three years are
    text = "Mara Lind\nExperience\n2021-03 - 2021-08 Frontend-Entwickler at Hafen AG\n"
    for clause in (
        "Mehrere Jahre Erfahrung als Frontend-Entwickler",
        "several years of experience as a Frontend-Entwickler",
    ):
        req = requirement("experience", clause, field="Frontend-Entwickler")
        got, _ = read(req, text)
        assert feature(got, "field_met") == 0.0 and feature(got, "field_partial") == 1.0, clause
        assert got.reasons[0].code == "field_years_short" and got.reasons[0].params["need"] == 3
    longer = "Mara Lind\nExperience\n2019-03 - 2023-08 Frontend-Entwickler at Hafen AG\n"
    req = requirement("experience", "Mehrere Jahre Erfahrung als Frontend-Entwickler")
    got, _ = read({**req, "field": "Frontend-Entwickler"}, longer)
    assert feature(got, "field_met") == 1.0
    # many years ask five
    got, _ = read(
        requirement(
            "experience", "many years as a Frontend-Entwickler", field="Frontend-Entwickler"
        ),
        longer,
    )
    assert feature(got, "field_partial") == 1.0


QA_CAREER = (
    "Jonas Brandt\nExperience\n2014-01 - 2022-12 Testmanager at Hafen AG\n"
    "Skills\nJira, Confluence\n"
)
SALES_CAREER = "Jonas Brandt\nExperience\n2014-01 - 2022-12 Sales Manager at Hafen AG\n"


def test_a_nameless_experience_clause_is_judged_by_the_work_in_its_field():
    # "Experience in quality assurance" names no tool: a test manager's dated entry shows it
    # (German and English name the field otherwise), a sales career does not
    for clause in (
        "Experience in quality assurance preferably in the same industry",
        "Praktische Erfahrung im Bereich Softwaretest und IT-Qualitätssicherung",
    ):
        req = requirement("skill", clause, values=[clause])
        got, profile = read(req, QA_CAREER)
        assert got.floor == "met" and got.reasons[0].code == "field_found", clause
        assert "Testmanager" in profile["sentences"][got.sentence]["text"]
        got, _ = read(req, SALES_CAREER)
        assert got.floor != "met", clause
    # a product's name the résumé does not name is not shown by other work in the field
    clause = "Experience in quality assurance and delivery across the Dynamics 365 landscape"
    got, _ = read(requirement("skill", clause, values=["Dynamics 365"]), QA_CAREER)
    assert got.floor != "met"
    # a qualifier the résumé never writes is not shown by any work in the field's other word
    # ("Deskriptive Programmierung" by a developer's career), nor items joined by "and" by one
    # of them alone
    dev_career = "Jonas Brandt\nExperience\n2014-01 - 2022-12 Softwareentwickler at Hafen AG\n"
    for clause in (
        "Praktische Erfahrungen mit der Deskriptive Programmierung",
        "Experience in creating and maintaining deployment pipelines for web services",
    ):
        got, _ = read(requirement("skill", clause, values=[clause]), dev_career)
        assert got.floor != "met", clause
    clause = "Background in development, systems architecture, and/or operations"
    got, _ = read(requirement("skill", clause, values=[clause]), dev_career)
    assert got.floor == "met"  # one alternative is enough
    # knowledge asked beside the experience word is no field of work
    clause = "Quality assurance knowledge and working experience are a plus"
    assert field_experience.work_field(clause) is None


def test_the_field_of_a_nameless_experience_clause():
    assert field_experience.work_field("Good object-oriented development experience") == (
        "object-oriented development"
    )
    assert field_experience.work_field("Hands-on experience with automated testing tools") == (
        "automated testing tools"
    )
    got = field_experience.work_field("Experience with iOS app or backend development is a plus")
    assert got == "iOS app or backend development"
    assert field_experience.work_field("Fluent English") is None


def test_experience_in_this_field_is_the_jobs_own_field_not_one_named_this_field():
    """ "relevanter Berufserfahrung in diesem Bereich" names no field: the career's length is no
    proof of it (unknown, said so), never "no work history in diesem Bereich"."""
    req = requirement(
        "experience", "relevanter Berufserfahrung in diesem Bereich", field="diesem Bereich"
    )
    got, _ = read(
        req, "Jonas Brandt\nExperience\n2014-01 - 2022-12 Softwareentwickler at Hafen AG\n"
    )
    assert got.reasons[0].code == "total_years_own_any"
    assert joined(got.reasons, "en") == "9 years of work in total, not shown to be in this field"


def test_a_role_of_two_words_asks_the_role_and_german_alternatives_are_read_apart():
    """ "Scrum Master oder Agile Coach" is two roles, either of which counts; a developer in a
    Scrum team or an agile transformation names the method, not the role."""
    req = requirement(
        "experience",
        "Mehrjährige Erfahrung als Scrum Master oder Agile Coach",
        min_years=2,
        field="Scrum Master oder Agile Coach",
    )
    coach = (
        "Lena Wirth\nBerufserfahrung\n2016-2019 Agile Coach, Beispiel AG\n"
        "2019-2024 Fullstack Developer in einem Scrum Team\n"
    )
    got, _ = read(req, coach)
    assert feature(got, "field_met") == 1.0  # three years as agile coach
    developer = "Lena Wirth\nBerufserfahrung\n2016-2024 Fullstack Developer in einem Scrum Team\n"
    got, _ = read(req, developer)
    assert feature(got, "field_met") == 0.0
    assert not evidence.names_role("scrum master", "fullstack developer in einem scrum team")


def test_months_in_overlapping_periods_count_once_as_a_set_of_months_would():
    """evidence._span_months merges the periods in order of their start: the months it counts
    are those of a set holding every month of every period (overlapping, adjacent, nested,
    empty and undated entries, in any order)."""
    import random

    from matcher.match.evidence import _month, _span_months

    def by_set(entries: list[dict]) -> float:
        covered, loose = set(), 0.0
        for entry in entries:
            start = _month(entry.get("start"))
            if start is None:
                loose += entry["months"]
            else:
                covered.update(range(start, start + int(entry["months"])))
        return float(len(covered)) + loose

    rng = random.Random(7)
    for _ in range(2000):
        entries = [
            {
                "start": None
                if rng.random() < 0.1
                else f"{rng.randint(2000, 2006)}-{rng.randint(1, 12):02d}",
                "months": rng.choice([0, 1, 6, 12, 13.5, 40, -2]),
            }
            for _ in range(rng.randint(0, 5))
        ]
        assert _span_months(entries) == by_set(entries)
    nested = [{"start": "2010-01", "months": 60}, {"start": "2011-03", "months": 12}]
    assert _span_months(nested) == 60.0
    adjacent = [{"start": "2010-01", "months": 12}, {"start": "2011-01", "months": 12}]
    assert _span_months(adjacent) == 24.0


def test_managing_sales_or_marketing_is_a_neighbour_of_managing_customer_service():
    """A career managing customers' neighbours (市场总监, a sales manager) is partial for customer
    service management, quoting the entry; a marketing specialist manages nothing, so not even
    that; an engineering manager's career stays elsewhere."""
    req = requirement("experience", "具有3年以上客服管理经验", field="客服管理", min_years=3)
    got, profile = read(req, HEALTH)
    assert got.reasons[0].code == "field_neighbour"
    assert joined(got.reasons, "zh") == "工作经历不在客服管理，相近：市场总监"
    assert "市场总监" in profile["sentences"][got.sentence]["text"]
    assert decide(got, 0.9, 0.05).verdict == "partial"  # the model cannot lift it to met
    specialist = "钱红女士：2012年3月至2021年6月任华远贸易有限公司市场专员。\n"
    assert read(req, specialist)[0].reasons[0].code == "field_elsewhere"
    engineer = "孙磊先生：2008年1月至2020年1月任海川机械有限公司工程部经理。\n"
    assert read(req, engineer)[0].reasons[0].code == "field_elsewhere"
    # customer service asked without managing it: any sales work neighbours it
    plain = requirement("experience", "有客服工作经验", field="客服")
    assert read(plain, specialist)[0].reasons[0].code == "field_neighbour"


def test_a_career_read_once_for_several_fields_reads_as_each_field_alone():
    # two fictional careers; the cache of one profile is kept between its requirements, and a
    # cache handed a different career reads that career, not the one read before
    qa = [
        {
            "title": "QA Engineer",
            "description": "test automation with Selenium",
            "start": "2016-03",
            "end": "2019-02",
            "months": 36,
        },
        {
            "title": "Java Developer",
            "description": "order services in Spring Boot",
            "start": "2019-03",
            "end": "2023-02",
            "months": 48,
        },
        {
            "title": "Team Lead QA",
            "description": "",
            "start": "2018-01",
            "end": "2019-02",
            "months": 14,
        },
        {"title": "Werkstudent", "description": "undated help desk", "months": 0},
    ]
    sales = [
        {
            "title": "销售经理",
            "description": "负责华东区客户",
            "start": "2012-01",
            "end": "2020-01",
            "months": 96,
        }
    ]
    fields = ["quality assurance", "Java development", "team management", "销售", "help desk"]
    entries = evidence.work_entries(qa)
    assert len(entries.dated) == 3 and entries.months == 84  # overlapping periods once
    for field in fields:
        assert evidence.field_work(field, qa, entries) == evidence.field_work(field, qa)
    assert evidence.field_work("quality assurance", qa).months == 36  # a period inside it once

    today = date(2026, 12, 1)
    cache: dict = {}
    for career in (qa, sales, qa):
        profile = {"experience": career, "sentences": []}
        for field in fields:
            req = requirement("experience", f"3 years of {field}", min_years=3, field=field)
            alone = field_experience.field_reading(req, profile, [], "", today, None)
            assert field_experience.field_reading(req, profile, [], "", today, cache) == alone
