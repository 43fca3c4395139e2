"""Round twenty-three's mechanisms on scraped English postings: a hyphen glued to the item it opens,
a level's roman numeral, a count of years that opens a clause, a person specification's criterion
codes, a printed page's broken lines and page numbers, a pay grade, how applicants are assessed,
a nice-to-have after a legal item, a count of years or an issuing authority before a name,
"You will have …" and England's A-levels, a page's buttons and the block after them, and a pay
rate that opens an item. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_HYPHENED = [
    "Pipe Welder - Shutdown crew | trades board",
    "Rate: $44/hr  Duration: 6 weeks",
    "Qualifications:",
    "-4+ years pipe welding in refineries or chemical plants",
    "-Able to pass 6G bend test on carbon steel",
    "-ASNT Level II certification preferred",
    "-Valid TWIC card",
    "Send your resume to the crew office.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_hyphen_glued_to_its_item_is_a_bullet(one_line):
    reqs = _reqs(_join(_HYPHENED, one_line))
    texts = [r["text"] for r in reqs]
    assert "Able to pass 6G bend test on carbon steel" in texts
    if not one_line:  # (in one line the last item runs into how to apply, "… card Send your …",
        # and the whole piece reads as boilerplate: left)
        assert "Valid TWIC card" in texts
    # a level's roman numeral opens no nice-to-have of its own
    assert "ASNT Level II certification preferred" in texts
    assert not any(t.startswith("II ") for t in texts)
    # the count of years that opens the item is experience of that many years
    years = [r for r in reqs if r["text"].startswith("4+ years pipe welding")]
    assert [(r["kind"], r["min_years"]) for r in years] == [("experience", 4.0)]
    assert not any(t.startswith("-") for t in texts)


def test_one_stray_hyphen_or_a_range_is_no_bullet():
    texts = _texts("Requirements:\n- 3 -5 years of SAP FI experience\n- Aufbau von ESB -Routen")
    assert "3 -5 years of SAP FI experience" in texts


def test_a_count_of_years_that_opens_a_clause_is_experience_but_not_an_age():
    reqs = _reqs("Requirements:\n- 2+ yrs building dashboards in Power BI\n- 18 years or older")
    kinds = {r["text"]: (r["kind"], r["min_years"]) for r in reqs}
    assert kinds["2+ yrs building dashboards in Power BI"] == ("experience", 2.0)
    assert all(r["kind"] != "experience" for r in reqs if "older" in r["text"])


_PARTICULARS = [
    "UNIVERSITY OF EASTFIELD                                 People Services",
    "FURTHER PARTICULARS",
    "Post: Laboratory Technician (Microbiology)",
    "Grade: 4 (£24,100 - £26,900 per annum)",
    "Page 1 of 2",
    "Person Specification",
    "Applicants will be assessed against the criteria below, so please address each one in",
    "your statement.",
    "Essential Criteria",
    "E1 An HNC or a degree in microbiology, biomedical science or a closely re-",
    "lated subject",
    "E2 Experience of aseptic technique and of preparing culture media in a teaching",
    "laboratory",
    "E3 Good organisational skills",
    "Desirable Criteria",
    "D1 Experience of autoclave validation",
    "D2 A full UK driving licence",
    "Page 2 of 2",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_person_specification_printed_to_pdf(one_line):
    texts = _texts(_join(_PARTICULARS, one_line))
    # the codes are bullets, no requirements of their own
    assert not any(t in ("E1", "E2", "E3", "D1", "D2") for t in texts)
    assert "Good organisational skills" in texts
    assert "A full UK driving licence" in texts
    # page numbers, the post's pay grade and how applicants are assessed are no requirements
    assert not any(t.startswith(("Page", "Grade")) or "assessed" in t for t in texts)
    if not one_line:  # the page's broken lines are joined, the broken word made whole
        assert (
            "An HNC or a degree in microbiology, biomedical science or a closely related subject"
            in texts
        )
        assert any(t.endswith("in a teaching laboratory") for t in texts)


def test_lower_case_lines_of_an_unprinted_list_are_not_joined():
    # (no word broken by a hyphen: the lines are items, however long the one before)
    lines = [
        "You should be able to:",
        "know and use Django in commercial projects for at least 2 years as a backend developer",
        "practice TDD",
    ]
    texts = _texts("\n".join(lines))
    assert "practice TDD" in texts


def test_a_minimum_grade_is_still_the_schooling_field():
    reqs = _reqs("Graduate Analyst\nMinimum Grade: 2:1\nDeadline: Rolling")
    assert any(r["text"].startswith("Minimum Grade: 2:1") for r in reqs)


_DISPATCH = [
    "LOCAL 88 — CALLS FOR MONDAY",
    "CALL #88-204 Employer: Harbor Mechanical",
    "Requirements:",
    "* Valid state Journeyman Plumber license",
    "* Minimum 2 years HVAC / refrigeration experience",
    "* Must pass pre-employment drug screen",
    "* Med gas certification a plus",
    "* Must bring own tools",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_nice_to_have_after_a_legal_item_goes_on_with_the_list(one_line):
    reqs = _reqs(_join(_DISPATCH, one_line))
    texts = [r["text"] for r in reqs]
    assert any(t.startswith("Med gas certification a plus") for t in texts)
    assert any(t.startswith("Must bring own tools") for t in texts)
    # the issuing authority and the count of years lead into the names after them
    assert "Valid state Journeyman Plumber license" in texts
    years = [r for r in reqs if r["text"] == "Minimum 2 years HVAC / refrigeration experience"]
    assert [(r["kind"], r["min_years"]) for r in years] == [("experience", 2.0)]


_SCHOOL_LEAVER = [
    "Apprentice Payroll Assistant",
    "About you",
    "You will have at least 96 UCAS points from A-levels or equivalent.",
    "You will have the opportunity to study for a CIPP qualification.",
    "You are confident with numbers.",
]


def test_you_will_have_what_the_person_brings_and_a_levels():
    reqs = _reqs("\n".join(_SCHOOL_LEAVER))
    asked = [r for r in reqs if "UCAS" in r["text"]]
    assert [(r["kind"], r["min_level"]) for r in asked] == [("education", "high_school")]
    assert not any("opportunity" in r["text"] for r in reqs)


def test_a_level_of_is_no_a_level():
    reqs = _reqs("Requirements:\n- A level of English that lets you write reports")
    assert all(r["kind"] != "education" for r in reqs)


_GULF = [
    "Site Engineer - Doha | Gulf board",
    "Requirements:",
    "• Bachelor's degree in Civil Engineering",
    "• Minimum 6 years of site experience in Qatar",
    "Candidate Profile",
    "Education: Bachelor of Civil Engineering",
    "Nationality: Any",
    "Apply for this job  Save  Share",
    "About Dunes Building Contracting WLL",
    "Dunes Building Contracting is a leading contractor founded in 1987.",
]


def test_a_run_of_buttons_and_the_company_block_after_it_are_no_requirement():
    texts = _texts(" ".join(_GULF))
    assert "Minimum 6 years of site experience in Qatar" in texts
    assert not any("Apply" in t or "Dunes" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_an_item_that_opens_with_a_pay_rate_is_the_offer(one_line):
    lines = [
        "Must-haves:",
        "• solid Excel (pivot tables, XLOOKUP)",
        "• 1+ yrs in accounts payable",
        "Rate is $30–38/hr depending on experience.",
    ]
    texts = _texts(_join(lines, one_line))
    assert "solid Excel (pivot tables, XLOOKUP)" in texts
    assert not any("$30" in t for t in texts)
