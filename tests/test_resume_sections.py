"""Headings and table cells: which section each cell is in."""

from __future__ import annotations

import pytest

from matcher.resume.sections import cells_with_sections, heading_of, split_cells


def test_headings_in_their_usual_dress():
    assert heading_of("【教育背景】") == "education"
    assert heading_of("二、工作经历：") == "experience"
    assert heading_of("WORK EXPERIENCE") == "experience"
    assert heading_of("教 育 背 景") == "education"
    assert heading_of("Skills:") == "skills"
    assert heading_of("负责教育背景调查") is None


def test_table_cells_keep_offsets():
    text = "教育背景\t2010.09-2014.06 | 北京大学\n\n技能 | Python"
    cells = split_cells(text)
    assert [c[0] for c in cells] == ["教育背景", "2010.09-2014.06", "北京大学", "技能", "Python"]
    for cell, start, end, _ in cells:
        assert text[start:end] == cell


def test_two_column_layout_heading_cell_sets_section():
    cells = cells_with_sections("张三\n工作经历\t2019.01-至今 甲公司 会计\n专业技能\tExcel")
    sections = [(c.text, c.section, c.heading) for c in cells]
    assert sections == [
        ("张三", "", False),
        ("工作经历", "experience", True),
        ("2019.01-至今 甲公司 会计", "experience", False),
        ("专业技能", "skills", True),
        ("Excel", "skills", False),
    ]


def test_a_date_range_after_a_list_heading_inside_a_project_starts_the_next_project():
    # GULP-style profiles give every project its own "Kenntnisse" and "Produkte" lines.
    text = (
        "Projekte\n09/2019 - 11/2019\nAufbau API-Gateway\nKenntnisse\nDocker\n"
        "Produkte\nKong\n02/2019 - 05/2019\nSetup Backup Tool\n"
        "Kompetenzen\nAnsible\nAus- und Weiterbildung\n09/2011 - 07/2014\nInformatik, FH Köln\n"
    )
    sections = {c.text: c.section for c in cells_with_sections(text)}
    assert sections["Docker"] == "skills"
    assert sections["02/2019 - 05/2019"] == sections["Setup Backup Tool"] == "projects"
    assert sections["Ansible"] == "skills"  # a skills section of its own after the projects
    assert sections["09/2011 - 07/2014"] == "education"
    # a date range in a skills list that did not break into a work list stays there
    alone = cells_with_sections("Skills\nPython\n2019 - 2020\n")
    assert [c.section for c in alone] == ["skills", "skills", "skills"]


def test_gulp_profile_counts_every_project():
    from matcher.resume import parse_resume

    text = (
        "DevOps Engineer\nProjekte\n09/2019 - 11/2019\n3 Monate\nAufbau API-Gateway\n"
        "Kenntnisse\nDocker Schulung\nProdukte\nKong Okta\n02/2018 - 05/2019\n1 Jahr 4 Monate\n"
        "Setup Backup Tool\nKenntnisse\nDatensicherung\n"
    )
    profile = parse_resume(text, today="2019-12-06")
    dated = [(e["start"], e["end"]) for e in profile["experience"] if e["start"]]
    assert dated == [
        ("2019-09", "2019-11"),
        ("2018-02", "2019-05"),
    ]
    assert profile["total_years"] == pytest.approx(1.6, abs=0.1)


def test_a_heading_that_ends_a_line_of_other_text_starts_its_section():
    """Text extraction that lost a line break glues a heading to the line before it ("…Mac OS
    Education Details"); only a capitalised heading of two or more words is cut off, so a
    sentence ending in "relevant work experience" stays one cell. Offsets stay exact."""
    text = (
        "Skills\nLinux, Mac OS Education Details\nAugust 2013 to July 2016 BE Computer\n"
        "I bring relevant work experience\n"
    )
    cells = cells_with_sections(text)
    got = [(c.text, c.section, c.heading) for c in cells]
    assert got == [
        ("Skills", "skills", True),
        ("Linux, Mac OS", "skills", False),
        ("Education Details", "education", True),
        ("August 2013 to July 2016 BE Computer", "education", False),
        ("I bring relevant work experience", "education", False),
    ]
    assert all(text[c.start : c.end] == c.text for c in cells)


def test_a_lower_case_heading_word_wrapped_from_the_sentence_above_is_no_heading():
    text = (
        "Experience\n2015-2019 CIO at Nordbank\n"
        "● Drive the re-engineering of in house software development\nprojects\n"
        "● Cloud transformation\nEducation\nMSc Informatics\n"
    )
    cells = {c.text: c for c in cells_with_sections(text)}
    assert not cells["projects"].heading
    assert cells["● Cloud transformation"].section == "experience"  # the work list goes on
    assert cells["Education"].heading and cells["MSc Informatics"].section == "education"
    # a capitalised heading there, or a lower-case one under a short item or a full stop, is one
    for above, heading in [
        ("● Drive the re-engineering of in house software development", "Projects"),
        ("● Cloud transformation", "projects"),
        ("● Drove the re-engineering of in house software development.", "projects"),
    ]:
        cells = {c.text: c for c in cells_with_sections(f"Experience\n{above}\n{heading}\nX\n")}
        assert cells[heading].heading and cells["X"].section == "projects", (above, heading)


def test_a_project_label_inside_a_job_keeps_the_work_list_going():
    """'Projekte: …' under a job names that job's project; the jobs below it are still jobs (a
    fictional CV, laid out as German PDFs come out)."""
    from matcher.resume import parse_resume

    cv = (
        "BERUFSPRAXIS\n"
        "03/2018 - 12/2019        Kestrel Versicherung AG - Köln\n"
        "                         Testmanager\n"
        "Projekte:                Neues Kundenportal, Abnahmetests\n"
        "08/2015 - 12/2016        Heron Software GmbH - Bonn\n"
        "                         Tester\n"
        "STUDIUM\n"
        "10/2009 - 09/2014        Master Informatik, Universität Bonn\n"
    )
    cells = cells_with_sections(cv)
    heron = next(c for c in cells if c.text.startswith("08/2015"))
    assert heron.section == "experience"
    project = next(c for c in cells if c.text.startswith("Projekte:"))
    assert project.section == "experience"
    jobs = parse_resume(cv, today="2019-12-06")["experience"]
    assert [e["start"] for e in jobs if e.get("months")] == ["2018-03", "2015-08"]
    # a projects heading of its own still starts the projects section
    headed = cv.replace("Projekte:                Neues", "PROJEKTE\nNeues")
    assert next(c for c in cells_with_sections(headed) if c.text.startswith("Neues")).section == (
        "projects"
    )


def test_a_qualified_work_or_school_heading_is_that_heading():
    assert heading_of("Sonstige Berufserfahrung") == "experience"
    assert heading_of("Bisherige berufliche Erfahrungen:") == "experience"
    assert heading_of("Previous education") == "education"
    assert heading_of("Job experience") == "experience"
    # a qualified list or "other" label inside a job's entry stays a label
    assert heading_of("Other Activities :") is None
    assert heading_of("Weitere Erfahrungen") is None


def test_jobs_under_a_qualified_heading_are_read_beside_an_internship():
    from matcher.resume import parse_resume

    text = (
        "Previous education\n"
        "Oct 2014 - July 2015 Beispiel College\n"
        "Job experience\n"
        "Mar 2014 - Now Own Web Agency\n"
        "Internship\n"
        "Jan 2015 - Mar 2015 Musterfirma GmbH\n"
    )
    p = parse_resume(text, today="2019-12-06")
    assert [(e["organisation"], e["start"]) for e in p["experience"]] == [
        ("Own Web Agency", "2014-03"),
        ("Musterfirma GmbH", "2015-01"),
    ]
    assert p["total_years"] == 5.8
