"""Round twenty's mechanisms on scraped English postings: an agency's "The Successful Applicant"
block and its "A successful … should have:" lead-in, a South African board's "Desired Experience
& Qualification" and "Package & Remuneration" blocks with a school-leaving floor, a classified
ad that asks in prose (a count of years, what would be a bonus, an age put as a condition), run-on
tails of a language or a licence and how much it is wanted, a date range in one line, what may be
substituted for a degree, and "and own transport". Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join as _join
from tests.jd_support import texts as _texts


def _posting(text: str) -> dict:
    return parse_jd(text)[0]


_AGENCY = [
    "Payroll Manager Job in Bristol - Page Group",
    "Payroll Manager",
    "Bristol, Permanent, £48,000 - £55,000 per year",
    "About Our Client",
    "Our client is a family-owned retailer with 40 stores across the South West.",
    "Job Description",
    "Run the monthly and weekly payrolls for 1,900 employees",
    "Manage a team of three payroll officers",
    "The Successful Applicant",
    "A successful Payroll Manager should have:",
    "CIPP Level 3 qualified",
    "Experience of running payroll for more than 1,000 employees",
    "Working knowledge of Sage 300 People",
    "Experience of managing a small team",
    "What's on Offer",
    "A salary of £48,000 - £55,000, a 5% bonus and 25 days' holiday.",
    "Contact Olivia Grant",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_an_agencys_successful_applicant_block_gives_its_requirements(one_line):
    texts = _texts(_join(_AGENCY, one_line))
    assert "Working knowledge of Sage 300 People" in texts
    assert "Experience of managing a small team" in texts
    assert "CIPP Level 3 qualified" in texts
    # the lead-in is none of them, from its article on
    assert not any(t.startswith(("A successful", "Payroll Manager should")) for t in texts)
    # what the page offers ends the list, its heading in a headline's case
    assert not any("bonus" in t or "holiday" in t for t in texts)
    assert not any("Run the monthly" in t for t in texts)


_PNET = [
    "Millwright | Job board",
    "Millwright",
    "Vaal Steel Fabricators (Pty) Ltd",
    "Vanderbijlpark, Gauteng",
    "Duties & Responsibilities",
    "Maintain conveyors, gearboxes and hydraulic presses",
    "Desired Experience & Qualification",
    "Grade 12 (Matric)",
    "Millwright Trade Test Certificate",
    "Minimum 3 years post-trade experience in heavy industry",
    "Working knowledge of hydraulic systems",
    "Welding ticket will be advantageous",
    "Valid Code 10 driver's licence and own reliable transport",
    "Package & Remuneration",
    "Market related salary and medical aid",
    "If you have not heard from us within 3 weeks, please consider your application unsuccessful.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_south_african_boards_blocks_and_school_floor(one_line):
    reqs = _posting(_join(_PNET, one_line))["requirements"]
    musts = {r["text"]: r["must"] for r in reqs}
    school = [r for r in reqs if r["text"] == "Grade 12 (Matric)"]
    assert school and school[0]["kind"] == "education"
    assert school[0]["min_level"] == "high_school"
    assert musts.get("Valid Code 10 driver's licence") is True
    assert musts.get("own reliable transport") is True
    assert musts.get("Welding ticket will be advantageous") is False
    assert "Working knowledge of hydraulic systems" in musts
    assert not any("Market related" in t or "heard from us" in t for t in musts)


_CLASSIFIED = [
    "Class 2 Driver - Days - £15/hr | Classifieds",
    "Posted 3 hours ago",
    "Description",
    "Ridgeway Haulage are looking for Class 2 drivers for multi-drop work out of our depot. "
    "Monday to Friday, 06:00 start.",
    "You must hold a full Category C licence and a Driver CPC card.",
    "Minimum 2 years of Class 2 experience, ideally on multi-drop.",
    "A HIAB ticket would be an advantage.",
    "Due to insurance requirements, drivers must be aged 23 or over.",
    "Call Jo on 07700 900441.",
]


def test_a_classified_asks_in_prose():
    posting = _posting("\n".join(_CLASSIFIED))
    musts = {r["text"]: r["must"] for r in posting["requirements"]}
    # a count of years is a must whatever a detail after it hedges
    assert musts.get("Minimum 2 years of Class 2 experience, ideally on multi-drop") is True
    assert musts.get("A HIAB ticket would be an advantage") is False
    ages = [f for f in posting["flags"] if f["kind"] == "age"]
    assert ages and "23" in ages[0]["text"]
    assert not any(t.startswith("Ridgeway") or "06:00" in t for t in musts)


def test_a_count_of_years_that_is_an_age_asks_no_experience():
    text = "Description\nWe are hiring door staff.\nMinimum 21 years with a clean record."
    reqs = _posting(text)["requirements"]
    assert not any(r["kind"] == "experience" for r in reqs)


def test_a_language_and_how_much_it_is_wanted_closes_a_run_on():
    text = (
        "Requirements\n1+ year of barista experience\nAvailable early mornings and weekends "
        "Portuguese is a plus\nBenefits\nFree coffee"
    )
    reqs = _posting(text)["requirements"]
    musts = {r["text"]: r["must"] for r in reqs}
    assert musts.get("Available early mornings and weekends") is True
    assert musts.get("Portuguese is a plus") is False


def test_a_date_range_in_one_line_is_no_bullet():
    text = (
        "Job requirements Graduation date: May 2027 - August 2027 Majors: Mathematics, "
        "Statistics Perks Free lunch"
    )
    texts = _texts(text)
    assert any("May 2027 - August 2027" in t for t in texts)
    assert not any(t.startswith("August 2027") for t in texts)


def test_what_may_be_substituted_for_a_degree_asks_nothing_and_ends_its_item():
    text = (
        "Required Qualifications: Bachelor's degree in Computer Science 3 additional years of "
        "experience may be substituted for a degree CISSP certification (or obtained within 6 "
        "months) Benefits: 401(k)"
    )
    texts = _texts(text)
    assert any(t.startswith("CISSP certification") for t in texts)
    assert not any("substituted" in t for t in texts)


def test_a_degree_in_a_subject_stays_whole():
    texts = _texts("Requirements\nYou have a degree Computer Science or equivalent experience")
    assert "You have a degree Computer Science or equivalent experience" in texts
