"""Experience entries and total years: headers in several layouts, bios, overlaps, stated years."""

from __future__ import annotations

import time

from matcher.resume import parse_resume
from matcher.resume.experience import _YEARS_CAREER, career_start, total_years

TODAY = "2026-11-28"


def _jobs(text: str) -> list[tuple]:
    p = parse_resume(text, today=TODAY)
    return [(e["organisation"], e["title"], e["start"], e["end"]) for e in p["experience"]]


def test_header_layouts():
    text = (
        "工作经历\n"
        "2016.03 - 2019.02 | 杭州某某网络科技有限公司 | 产品经理\n"
        "负责需求分析。\n"
        "Marketing Manager at Fabrikam Inc, Mar 2019 - Dec 2020\n"
        "2021年1月至今\t深圳某某医院\t护士\n"
    )
    assert _jobs(text) == [
        ("杭州某某网络科技有限公司", "产品经理", "2016-03", "2019-02"),
        ("Fabrikam Inc", "Marketing Manager", "2019-03", "2020-12"),
        ("深圳某某医院", "护士", "2021-01", "2026-11"),
    ]
    assert parse_resume(text, today=TODAY)["experience"][0]["description"] == "负责需求分析。"


def test_a_german_title_bei_its_employer_is_split_like_at():
    text = (
        "Berufserfahrung\n"
        "2017-2021 IT-Berater bei Beispiel GmbH\n"
        "Beratung von Kunden zu SAP-Einführungen.\n"
        "2021 - heute Projektleiter bei Muster AG, München\n"
    )
    assert _jobs(text) == [
        ("Beispiel GmbH", "IT-Berater", "2017-01", "2021-01"),
        ("Muster AG", "Projektleiter", "2021-01", "2026-11"),
    ]


def test_overlapping_jobs_count_once():
    text = (
        "工作经历\n2010.01-2014.12 甲公司 会计\n2013.01-2015.12 乙公司 兼职讲师\n"
        "2018.01-2018.12 丙公司 财务经理\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [e["months"] for e in p["experience"]] == [60, 36, 12]
    assert p["total_years"] == 7.0  # 2010-01..2015-12 once (72 months) + 12


def test_stated_years_without_dates():
    assert parse_resume("本人具有五年以上客服工作经验。", today=TODAY)["total_years"] == 5
    assert (
        parse_resume("Summary\n8+ years of experience in sales.", today=TODAY)["total_years"] == 8
    )
    assert parse_resume("热爱学习。", today=TODAY)["total_years"] is None


def test_an_english_role_with_a_stated_length_is_an_entry():
    text = (
        "Company Details\ncompany - Lakeside Motors\n"
        "1. Worked as an ASM at Northway dealership for 10 years\n"
        "2. Currently working as Manager sales in Lakeside car dealership from last 5 years\n"
    )
    p = parse_resume(text, today=TODAY)
    got = [
        (e["title"], e["organisation"], e["start"], e["end"], e["months"]) for e in p["experience"]
    ]
    assert got == [
        (None, "Lakeside Motors", None, None, None),  # the export's employer line, undated
        ("ASM", "Northway dealership", None, None, 120),
        ("Manager sales", "Lakeside car dealership", "2021-12", "2026-11", 60),
    ]
    assert p["total_years"] == 15.0
    since = parse_resume("Summary\nWorking as a nurse since 2015.", today=TODAY)["experience"]
    assert [(e["title"], e["start"], e["months"]) for e in since] == [("nurse", "2015-01", 143)]
    # dated jobs are read from their dates; a stated length beside them adds no entry
    dated = "Experience\n2019-2024 Nurse at Mercy Hospital\nworked as a nurse for 5 years\n"
    assert len(parse_resume(dated, today=TODAY)["experience"]) == 1


def test_bio_employers_and_titles():
    text = "历任湘江某某集团有限公司董事、副总经理，兰州某某大学经济系讲师。"
    pairs = {(e["organisation"], e["title"]) for e in parse_resume(text, today=TODAY)["experience"]}
    assert {
        ("湘江某某集团有限公司", "董事"),
        ("湘江某某集团有限公司", "副总经理"),
        ("兰州某某大学经济系", "讲师"),
    } <= pairs


def test_a_freelancer_profile_of_dated_projects_is_its_experience():
    """German headings (Projekte, Ausbildung, Sprachkenntnisse) and project periods on their own
    lines: with no dated jobs, the projects give the experience and its total (overlaps once)."""
    text = (
        "Senior Java Entwickler\nProjekte\n04/2019 - 11/2019\n8 Monate\n"
        "Integration einer PLM-Lösung mit Spring Cloud\n01/2018 - 06/2019\n1 Jahr 6 Monate\n"
        "Migration eines Buchungsclients\nAusbildung\nDiplom-Informatiker, Universität Hannover\n"
        "Sprachkenntnisse\nDeutsch\nMuttersprache\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [(e["start"], e["end"]) for e in p["experience"]] == [
        ("2019-04", "2019-11"),
        ("2018-01", "2019-06"),
    ]
    assert p["total_years"] == 1.9  # 2018-01 .. 2019-11 inclusive, 23 months, overlap once
    assert p["highest_level"] == "master"
    assert p["languages"][0]["level"] == "native"


def test_school_projects_add_nothing_next_to_dated_jobs():
    text = (
        "工作经历\n2020.07 - 2022.06 | 上海某某软件有限公司 | 测试工程师\n"
        "项目经验\n2017.09 - 2019.06 校园二手书交易平台\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [e["start"] for e in p["experience"]] == ["2020-07"]
    assert p["total_years"] == 2.0


def test_a_career_start_runs_to_today():
    # 1981-07 .. 2026-11 inclusive: 545 months; the dated 1990-1998 job is inside it
    bio = "汪晨，男，1961年出生，1981年7月参加工作，大学学历。1990年-1998年任某某公司经理。"
    assert parse_resume(bio, today="2026-11-30")["total_years"] == round(545 / 12, 1)
    joined = "殷可先生：1995年10月进入本公司工作，历任办公室主任、副总经理。"
    assert parse_resume(joined, today="2026-11-30")["total_years"] == round(374 / 12, 1)
    assert parse_resume("2005年起任本公司董事。", today="2026-11-30")["total_years"] == 21.9
    since = "Summary\nWorking since 2003 as a nurse."
    assert parse_resume(since, today="2026-11-30")["total_years"] == round(287 / 12, 1)


def test_stated_totals_count():
    assert parse_resume("拥有20年证券行业从业经历。", today=TODAY)["total_years"] == 20
    assert parse_resume("从事财务工作二十余年。", today=TODAY)["total_years"] == 20
    # a stated total larger than the dated jobs listed is the candidate's whole career
    text = "具有十年以上销售工作经验。\n工作经历\n2022.01-2023.12 某公司 销售经理\n"
    assert parse_resume(text, today=TODAY)["total_years"] == 10


def test_the_end_of_a_period_is_no_career_start():
    assert career_start("1990年至1995年进入本公司工作") is None
    assert career_start("1995年毕业于某某大学") is None
    assert career_start("1994年起至2013年在某某公司任职") is None
    assert career_start("1979年在某某车辆厂参加工作") == 1979 * 12
    assert career_start("自1991年起至今任本公司总工程师") == 1991 * 12


def test_career_patterns_stay_linear_on_long_runs():
    # A backtracking pattern takes minutes on these; a linear one well under a second.
    for run in ("1" * 200_000, "年" * 200_000, "1年" * 100_000, "从事" * 100_000):
        started = time.perf_counter()
        career_start(run)
        list(_YEARS_CAREER.finditer(run))
        assert time.perf_counter() - started < 5, run[:4]


def test_a_doubled_dash_range_and_a_joined_in_year_count():
    # as real executive bios write them (people invented)
    bio = (
        "陈明远，男，\n1965年1月出生，中国国籍。\n1987年7月-1995年5月任某省贸易公司主管会计，\n"
        "1995年5月--2010年2月历任某科技有限公司财务经理、副总经理等职务。\n"
    )
    assert parse_resume(bio, today="2026-11-28")["total_years"] == 22.7
    joined = "周立新先生，\n1974年出生。\n于2000年加入某保险集团，历任电子商务高级副总裁。\n"
    assert parse_resume(joined, today="2026-11-28")["total_years"] == 26.9


def test_europass_headings_decide_work_and_school():
    """A Europass CV in German: what stands under SCHUL- UND BERUFSBILDUNG is education, not
    work, and the work entries under BERUFSERFAHRUNG count alone (a fictional person)."""
    text = (
        "PERSÖNLICHE INFORMATIONEN\nJana Beispiel\n"
        "BERUFSERFAHRUNG\n01.03.2019–Heute Softwareentwicklerin\nMusterfirma GmbH, Köln\n"
        "SCHUL- UND BERUFSBILDUNG\n01.10.2013–30.09.2018 B.Sc. Informatik\nUniversität Bonn\n"
        "01.09.2004–30.06.2013 Abitur\nGymnasium am Park, Bonn\n"
        "PERSÖNLICHE FÄHIGKEITEN\nMuttersprache(n) Deutsch\nEnglisch C1 C1 B2 B2 C1\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [(e["title"], e["start"]) for e in p["experience"]] == [
        ("Softwareentwicklerin", "2019-03")
    ]
    assert p["total_years"] == 7.8
    assert p["highest_level"] == "bachelor"
    sections = {s["text"]: s["section"] for s in p["sentences"]}
    assert sections["Gymnasium am Park, Bonn"] == "education"
    assert sections["Englisch C1 C1 B2 B2 C1"] == "skills"


def test_dates_without_a_dash_start_entries():
    """ "08/2016 06/2018: Employer" (the dash lost in the PDF's text) is a dated entry."""
    text = (
        "Employment History\n08/2016 06/2018: Example Insurance Software, Skopje\n"
        "Working as an Angular developer in a team of 8.\n"
        "06/2015 12/2015: Intern at Example Labs, Skopje\n"
    )
    jobs = _jobs(text)
    assert [(j[2], j[3]) for j in jobs] == [("2016-08", "2018-06"), ("2015-06", "2015-12")]
    assert jobs[1][1] == "Intern"


def test_an_exports_company_and_description_lines_are_entries():
    """A résumé export writes "company - X" and "description - …" lines under a "Company
    Details" heading glued to the line before it ("…6 monthsCompany Details"): each company line
    starts an entry, the period in its description dates it, a Designation line titles it, and an
    empty company line with an empty description adds nothing (a fictional person)."""
    text = (
        "Skill Details\nExcel- Exprience - 6 monthsCompany Details\n"
        "company - Example Payments Pvt Ltd\n"
        "description - Card Operations Dec 2015 to Feb 2017\n"
        "Designation: Service Manager - Operations\n"
        "Managed a team of 12 handling customer escalations.\n"
        "company - Example Bank Ltd\ndescription - Aug 2006 to Oct 2009\n"
        "company - \ndescription - \n"
    )
    p = parse_resume(text, today=TODAY)
    got = [(e["organisation"], e["title"], e["start"], e["end"]) for e in p["experience"]]
    assert got == [
        ("Example Payments Pvt Ltd", "Service Manager - Operations", "2015-12", "2017-02"),
        ("Example Bank Ltd", None, "2006-08", "2009-10"),
    ]
    assert "Managed a team of 12" in p["experience"][0]["description"]
    sections = {s["text"]: s["section"] for s in p["sentences"]}
    assert sections["Excel- Exprience - 6 months"] == "skills"
    assert sections["company - Example Bank Ltd"] == "experience"


def test_a_period_alone_on_its_line_takes_its_name_from_the_lines_under_it():
    """A freelancer profile's period stands alone, then its length, then the project's name
    (GULP); a CV's bare period line has the title and employer under it. A length line or a
    labelled line ("Einsatzort: Köln") names nothing; a sentence ends the search."""
    gulp = (
        "Projekte\n04/2019 - 11/2019\n\n8 Monate\n\nIntegration eines Bestellsystems\n"
        "Einsatzort: Köln\n01/2018 - 03/2019\n\n1 Jahr 3 Monate\n\nEinsatzort: Bonn\n"
        "Migration eines Buchungsclients auf Angular\n"
    )
    got = [(e["title"], e["start"]) for e in parse_resume(gulp, today=TODAY)["experience"]]
    assert got == [
        ("Integration eines Bestellsystems", "2019-04"),
        ("Migration eines Buchungsclients auf Angular", "2018-01"),
    ]
    cv = "Experience\n2015 - 2018\nSoftware Engineer\nExample Tools GmbH\nBuilt the billing service.\n"
    assert _jobs(cv) == [("Example Tools GmbH", "Software Engineer", "2015-01", "2018-01")]
    prose = "Experience\n2015 - 2018\nBuilt the billing service for a bank.\nTeam of five\n"
    assert _jobs(prose) == [(None, None, "2015-01", "2018-01")]


def test_dated_jobs_before_any_heading_are_entries():
    """A CV that opens with its jobs, no heading above them ("July, 2015 - present (3 years 3
    months)" then "Java Developer @ Example SRL, Sibiu"), has those dated entries; the length in
    brackets names nothing; a school line stays education."""
    text = (
        "July, 2015 - present (3 years 3 months)\nJava Developer @ Example Systems SRL, Sibiu\n"
        "Built payment services.\n\n"
        "October, 2010 - June, 2015 (4 years 9 months)\nWaiter @ Example Ristorante, Nettuno\n"
        "2006 - 2010 Example University, BSc Computer Science\n"
    )
    got = [(e["title"], e["organisation"], e["start"], e["end"]) for e in _profile(text)]
    assert got == [
        ("Java Developer", "Example Systems SRL", "2015-07", "2026-11"),
        ("Waiter @ Example Ristorante, Nettuno", None, "2010-10", "2015-06"),
    ]


def test_german_internship_headings_head_work():
    """ "Praktika:" and "Praktika und Arbeitserfahrung" head work entries."""
    text = "Praktika:\n09/2014 - 01/2015 Werkstudent, Beispiel GmbH, Köln\n"
    assert _jobs(text) == [("Beispiel GmbH", "Werkstudent", "2014-09", "2015-01")]


def _profile(text: str) -> list[dict]:
    return parse_resume(text, today=TODAY)["experience"]


def test_a_founding_or_a_stated_first_job_starts_the_career():
    """A bio with no dated entries whose career starts at a founding or a first job runs to today."""
    today = 2026 * 12 + 11
    bio = "2003年张远先生与友人一起创立某某医疗器械有限公司，现任该公司副董事长、副总经理；"
    assert career_start(bio) == 2003 * 12
    assert total_years([], bio, today) == 24.0
    assert career_start("Joined as a sales associate in 2011. Promoted to Sales Manager.") == (
        2011 * 12
    )
    assert career_start("I started my career in 2015 as a teller.") == 2015 * 12
    # a founding year of something without a person's role stays no start
    assert career_start("Joined the chess club in 2011.") is None


def test_jobs_filed_under_a_school_heading_are_jobs():
    """A CV that puts its whole history under "Akademischer Werdegang": the dated entries naming
    no school, degree or course are its work; the studies stay education."""
    text = (
        "Akademischer Werdegang\n"
        "03/19 bis heute Systemadministrator\n"
        "Beispiel Logistik GmbH, Köln\n"
        "Betreuung von 40 Arbeitsplätzen\n"
        "09/16 bis 02/19 Masterstudium an der Universität Beispielstadt\n"
        "Fachrichtung: Informatik\n"
        "10/14 bis 08/16 IT-Support\n"
        "Musterbank AG, Bonn\n"
        "Nachhilfe für Studenten nebenbei\n"
        "05/14 bis 07/14 Sprachkurs Deutsch\n"
    )
    p = parse_resume(text, today=TODAY)
    dated = [(e["start"], e["end"]) for e in p["experience"] if e["start"]]
    assert dated == [("2019-03", "2026-11"), ("2014-10", "2016-08")]
    assert [e["level"] for e in p["education"]] == ["master"]


def test_a_school_section_is_not_read_as_work_when_jobs_are_dated_elsewhere():
    text = (
        "Berufserfahrung\n"
        "03/2019 - heute Systemadministrator, Beispiel Logistik GmbH\n"
        "Ausbildung\n"
        "10/14 bis 08/16 Praktikant im IT-Support\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [e["start"] for e in p["experience"] if e["start"]] == ["2019-03"]


def test_a_german_function_is_the_title_and_a_labelled_place_names_nothing():
    text = (
        "Berufserfahrung\n"
        "1997-01/1999: Einkauf Kundenservice Buchhaltung  Einsatzort: München\n"
        "2000-05 - 2014-06  Stellvertretende Geschäftsführung  Einsatzort Hamburg\n"
        "2015 - 2018  Softwareentwicklerin  Musterbau GmbH\n"
    )
    assert _jobs(text) == [
        (None, "Einkauf Kundenservice Buchhaltung", "1997-01", "1999-01"),
        (None, "Stellvertretende Geschäftsführung", "2000-05", "2014-06"),
        ("Musterbau GmbH", "Softwareentwicklerin", "2015-01", "2018-01"),
    ]


def test_a_heading_in_capitals_run_into_a_pdf_line_ends_the_entry_before_it():
    text = (
        "Berufserfahrung\n"
        "03/2008 - 03/2013  Integration Engineer / Projekt Manager\n"
        "5 Jahre 1 Monat Integration Engineer   ÜBER MICH   Seit zehn Jahren arbeite ich als "
        "Scrum Master.   ZERTIFIKATE   Professional Scrum Master I\n"
    )
    p = parse_resume(text, today=TODAY)
    (entry,) = p["experience"]
    assert "Scrum" not in entry["description"]
    sections = {s["text"]: s["section"] for s in p["sentences"]}
    assert sections["Professional Scrum Master I"] == "certificates"
    assert any(v == "summary" for t, v in sections.items() if t.startswith("Seit zehn"))
    # a heading word in capitals inside a sentence, without the runs of spaces, stays prose
    q = parse_resume("Berufserfahrung\n2015-2018 Entwickler PROJEKTE für Kunden\n", today=TODAY)
    assert q["experience"][0]["title"].startswith("Entwickler")


def test_several_dated_segments_run_together_on_one_line_are_each_an_entry():
    # a PDF's text lost the breaks between "MM/YYYY - MM/YYYY: Firma, Rolle, Schwerpunkt …"
    # entries, and wrapped the second one's focus onto the next line
    text = (
        "Berufserfahrung\n"
        "Seit 03/2016: Freiberuflich, Schwerpunkt Datenbankdesign   01/2012 - 02/2016: "
        "Beispielsoft GmbH, Entwicklerin, Schwerpunkt Web- und\n"
        "Mobilentwicklung   05/2008 - 12/2011: Musterbank AG, Analystin, Schwerpunkt Risikomodelle\n"
    )
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["organisation"], e["start"], e["end"]) for e in jobs] == [
        ("Freiberuflich", "2016-03", "2026-11"),
        ("Beispielsoft GmbH", "2012-01", "2016-02"),
        ("Musterbank AG", "2008-05", "2011-12"),
    ]
    assert [e["title"] for e in jobs[1:]] == ["Entwicklerin", "Analystin"]
    # each entry keeps its own focus, the wrapped one joined
    assert "Schwerpunkt Datenbankdesign" in jobs[0]["description"]
    assert "Schwerpunkt Web- und Mobilentwicklung" in jobs[1]["description"]
    assert "Risikomodelle" in jobs[2]["description"]
    # 2008-05 to 2026-11 without a gap: 223 months (the middle job lost, 173)
    assert parse_resume(text, today=TODAY)["total_years"] == 18.6


def test_a_header_with_its_dates_at_the_end_is_one_entry():
    # the segment rule reads only dates that lead their own text
    text = "Experience\nData Analyst, Example Ltd 2015 - 2017, 2018 - 2019\n"
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["title"], e["organisation"], e["start"]) for e in jobs] == [
        ("Data Analyst", "Example Ltd", "2015-01")
    ]


def test_the_role_line_under_a_dated_employer_is_the_title_and_the_town_is_no_title():
    text = (
        "Berufspraxis\n"
        "08/2015 - 12/2016      Beispiel Systems GmbH, Kairo/Ägypten\n"
        "                       Qualitätssicherung Software Ingenieur\n"
        "Aufgaben:              Testfälle erstellen und durchführen.\n"
        "2018 - Present   Musterwerk Energy\n"
        "Head of IT\n"
        "Rebuilding the IT organisation.\n"
        "10/2010 - 11/2012      Probe GmbH, Siegen\n"
        "Vorbereitung und Prüfung von Angeboten für Kunden im In- und Ausland\n"
        "01/2009 - 09/2009      Muster AG, Analystin, Schwerpunkt Risikomodelle\n"
    )
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["title"], e["organisation"]) for e in jobs] == [
        ("Qualitätssicherung Software Ingenieur", "Beispiel Systems GmbH"),
        ("Head of IT", "Musterwerk Energy"),
        (None, "Probe GmbH"),  # a description under it, no role: the town is still no title
        ("Analystin", "Muster AG"),
    ]


def test_a_german_role_on_the_dated_line_and_the_employer_under_it():
    text = (
        "Berufserfahrung\n"
        "06/17 bis heute Angestellter\n"
        "Beispielhandel GmbH, Düsseldorf\n"
        "Kontrolle und Verwaltung der Produkte\n"
        "09/11 bis 10/13 System- und Netzwerkadministrator\n"
        "09/09 bis 08/10 IT-Dozentin\n"
    )
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["title"], e["organisation"]) for e in jobs] == [
        ("Angestellter", "Beispielhandel GmbH"),
        ("System- und Netzwerkadministrator", None),
        ("IT-Dozentin", None),
    ]


def test_a_forms_start_and_end_fields_date_the_entry_its_fields_opened():
    text = (
        "Experience\n"
        "Company: Beispiel Ltd.\n"
        "Position\t:\tQuality Assurance Engineer\n"
        "Start time\t:\tJune  2011\n"
        "End time\t:\tFebruary 2012\n"
        "Responsibilities\n"
        "Functional testing of web applications\n"
        "Company\t:\tMuster Bank\n"
        "Position\t:\tTest Automation Engineer\n"
        "Start time\t:\tSeptember 2014\n"
        "End time\t:\tTill now\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [(e["organisation"], e["title"], e["start"], e["end"]) for e in p["experience"]] == [
        ("Beispiel Ltd.", "Quality Assurance Engineer", "2011-06", "2012-02"),
        ("Muster Bank", "Test Automation Engineer", "2014-09", "2026-11"),
    ]
    assert "Functional testing" in p["experience"][0]["description"]


def _pairs(text: str) -> list[tuple]:
    return [(e["organisation"], e["title"]) for e in parse_resume(text, today=TODAY)["experience"]]


def test_a_bios_grades_memberships_schooling_and_honours_are_no_jobs():
    """Before any role verb a bio lists who the person is: a party membership and professional
    grades there are no jobs, nor is a school, a committee or congress membership, an honour or
    a role given up."""
    text = (
        "周某某，男，1968年出生，中共党员，大学本科学历，高级工程师、注册会计师。\n"
        "毕业于某某师范学院英语专业。\n"
        "曾任某某市某某机械厂技术员、某某有限公司财务部经理，某某省政协委员，"
        "某某市财政预算审查委员会委员，2013年当选为某某市人大代表。\n"
        "2010年获“某某市劳动模范”称号。2012年起不再担任某某股份有限公司董事。"
    )
    assert _pairs(text) == [
        ("某某市某某机械厂", "技术员"),
        ("某某有限公司", "财务部经理"),
    ]


def test_a_bio_list_runs_on_over_lines_and_a_dated_line_holds_roles():
    """Roles listed after "历任" run on over lines ending in "；"; a line opening with a date
    (not a birth) names roles without a verb; a full stop ends the list."""
    text = (
        "吴某某，男。\n历任某某有限公司副总经理；\n某某市妇联副主席；\n"
        "2006/02，某某研究院党委书记、副院长。\n高级经济师。"
    )
    assert _pairs(text) == [
        ("某某有限公司", "副总经理"),
        (None, "某某市妇联副主席"),
        ("某某研究院", "党委书记"),
        ("某某研究院", "副院长"),
    ]


def test_a_bio_title_is_not_cut_into_its_employer():
    """A head's title starts at the factory's own 厂 ("副厂长", "厂长助理"); a unit (部, 处)
    after a name's extension is the title's; a person named before "曾任" and a verb between
    employer and title are neither."""
    text = (
        "郑某某先生曾任某某化工厂厂长助理、副厂长、厂长，某某综艺股份有限公司证券部经理。\n"
        "1995年至2000年4月在某某市某某公司任办公室主任。\n"
        "1992年至1993年于某某部财务司二处工作。"
    )
    assert [(o, t) for o, t in _pairs(text)] == [
        ("某某化工厂", "厂长助理"),
        ("某某化工厂", "副厂长"),
        ("某某化工厂", "厂长"),
        ("某某综艺股份有限公司", "证券部经理"),
        ("某某市某某公司", "办公室主任"),
        ("某某部财务司二处", None),
    ]
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["start"], e["end"]) for e in jobs[-2:]] == [
        ("1995-01", "2000-04"),
        ("1992-01", "1993-01"),
    ]


def test_each_clause_of_a_bio_line_takes_the_period_before_it():
    """One line, several periods: a clause is dated by the last period before it, "2010年起" runs
    to today, a current role takes no ended period and a past role none that already dates the
    current one."""
    text = (
        "1987年7月-1995年5月任某某甲公司会计，1995年5月至2010年2月任某某乙有限公司财务经理，"
        "现任某某丁股份有限公司董事。\n"
        "2010年起任某某丙集团总经理。\n"
        "2003年11月至今，任某某戊有限公司副总经理，曾任某某己厂厂长。"
    )
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(e["organisation"], e["start"], e["end"]) for e in jobs] == [
        ("某某甲公司", "1987-07", "1995-05"),
        ("某某乙有限公司", "1995-05", "2010-02"),
        ("某某丁股份有限公司", None, None),
        ("某某丙集团", "2010-01", "2026-11"),
        ("某某戊有限公司", "2003-11", "2026-11"),
        ("某某己厂", None, None),
    ]


def test_a_title_keeps_its_closing_bracket_and_a_tester_is_a_title():
    """A fictional German CV: the trim of a header's pieces left "Ingenieur (Testautomatisierung"
    in the reason a recruiter reads; "Tester" under a dated line named no role."""
    from matcher.resume import parse_resume

    cv = (
        "BERUFSPRAXIS\n"
        "03/2018 - 12/2024        Kestrel Versicherung AG - Köln\n"
        "                         Senior Qualitätssicherungs Ingenieur (Testautomatisierung)\n"
        "08/2015 - 12/2016        Heron Software GmbH - Bonn\n"
        "                         Tester\n"
    )
    jobs = parse_resume(cv, today="2026-01-01")["experience"]
    assert [e["title"] for e in jobs] == [
        "Senior Qualitätssicherungs Ingenieur (Testautomatisierung)",
        "Tester",
    ]
