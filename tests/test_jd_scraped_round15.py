"""Round fifteen's mechanisms on scraped English postings: headings written with or without their
contractions, a job board's labelled facts of the post, parentheses that carry the sentence on or
restate a number, clauses inside a skills block, a count of years after a full stop, asides in
the company's voice, floors counted of something else, reasons before an ask and words named
"Master" that are no degree. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


@pytest.mark.parametrize(
    "heading", ["What you'll bring", "What you will bring", "What You’ll Bring"]
)
def test_a_heading_reads_the_same_with_or_without_its_contraction(heading):
    text = (
        f"Bakery Supervisor\nWhat you'll do\nBake bread before dawn\n{heading}\n"
        "2 years of bakery experience\nA food hygiene certificate\n"
    )
    assert _texts(text) == ["2 years of bakery experience", "A food hygiene certificate"]


def test_a_package_and_supplemental_information_are_no_requirements():
    text = (
        "Lift Engineer\nAbout You:\n* NVQ Level 3 in Lift Engineering\n* Full UK driving licence\n"
        "Package:\n* 28 days holiday plus bank holidays\n* Overtime at double time\n"
        "* Pension and life cover\nSupplemental Information\n"
        "Candidates must complete the skills questionnaire.\n"
    )
    assert _texts(text) == ["NVQ Level 3 in Lift Engineering", "Full UK driving licence"]


def test_a_job_boards_labelled_fact_of_the_post_asks_nothing():
    text = (
        "Programme Officer\nEducation: Bachelor's Degree Required\nExperience Level: Senior\n"
        "Job Level: Individual Contributor\nDescription\nWe fund libraries."
    )
    assert _texts(text) == ["Bachelor's Degree Required"]
    one_line = text.replace("\n", " ")
    assert not any("Senior" in t for t in _texts(one_line))


def test_a_number_restated_in_figures_is_one_clause_with_its_years():
    text = (
        "Building Inspector\nMinimum Qualifications\n"
        "Experience: Three (3) years of experience as a building inspector.\n"
        "Two (2) to five (5) years of plan review experience.\n"
    )
    reqs = _reqs(text)
    assert [(r["text"], r["min_years"]) for r in reqs] == [
        ("Three (3) years of experience as a building inspector", 3),
        ("Two (2) to five (5) years of plan review experience", 2),
    ]


def test_a_parenthesis_before_a_word_that_carries_the_sentence_on_ends_no_item():
    text = (
        "Night Baker Requirements Able to start at 3am (Tuesday to Saturday) and work one Sunday "
        "a month Certified in food safety (Level 2) by an accredited body Happy to lift 25 kg "
        "sacks of flour (with a trolley) Perks Free bread"
    )
    assert _texts(text) == [
        "Able to start at 3am (Tuesday to Saturday) and work one Sunday a month",
        "Certified in food safety (Level 2) by an accredited body",
        "Happy to lift 25 kg sacks of flour (with a trolley)",
    ]


def test_an_item_of_a_skills_block_that_reads_as_a_clause_stays_whole():
    text = (
        "Systems Engineer\nRequired Skills:\n• Deep troubleshooting (DNS, DHCP, NTP) on Linux and "
        "Windows hosts\n• RHCE or equivalent certification\nNice to Have:\n"
        "• Healthcare or insurance industry experience\n• Terraform, Google Cloud Platform\n"
    )
    assert sorted(_texts(text)) == [
        "Deep troubleshooting (DNS, DHCP, NTP) on Linux and Windows hosts",
        "Google Cloud Platform",
        "Healthcare or insurance industry experience",
        "RHCE or equivalent certification",
        "Terraform",
    ]


def test_a_count_of_years_after_a_full_stop_opens_a_sentence():
    text = (
        "Pensions Analyst\nWhat we're looking for\nYou hold the Pensions Management Institute "
        "certificate. 3-5 years of pensions administration experience. Min. 2 years in a team."
    )
    reqs = _reqs(text)
    assert [r["text"] for r in reqs][:2] == [
        "You hold the Pensions Management Institute certificate",
        "3-5 years of pensions administration experience",
    ]
    assert any(r["min_years"] == 3 for r in reqs)


def test_the_company_speaking_in_brackets_leaves_the_ask_standing():
    text = (
        "Warehouse Lead What you bring 2 years leading a picking team Comfortable running "
        "reports in a WMS (we use Manhattan) Perks Free parking"
    )
    assert "Comfortable running reports in a WMS (we use Manhattan)" in _texts(text)


def test_a_floor_counted_of_something_else_is_an_ask_of_its_own():
    text = (
        "Fundraiser\nQualifications\nYou have four years of major-gift fundraising, including at "
        "least two gifts of six figures.\n"
    )
    texts = _texts(text)
    assert texts[0] == "You have four years of major-gift fundraising"
    assert texts[1:] and texts[1].endswith("at least two gifts of six figures")
    assert len(texts) == 2


def test_an_enrolment_held_after_a_comma_is_an_ask_of_its_own():
    text = (
        "Sign Language Interpreter\nMinimum Qualifications\nCurrent national certification as "
        "an interpreter (ASL), and enrollment on the state's registry of court interpreters.\n"
    )
    assert _texts(text) == [
        "Current national certification as an interpreter (ASL)",
        "enrollment on the state's registry of court interpreters",
    ]


def test_the_reason_given_before_an_ask_is_no_part_of_it():
    text = (
        "Data Centre Technician\nRequirements:\n• 3+ years of data centre operations\n"
        "For security reasons, applicants must hold a current SC clearance.\n"
    )
    assert "applicants must hold a current SC clearance" in _texts(text)


def test_a_master_list_or_a_master_electrician_is_no_masters_degree():
    text = (
        "Electrical Supervisor\nQualifications\nMaster Electrician license issued by the state\n"
        "Listed on the utility's Master List of approved contractors\n"
    )
    reqs = _reqs(text)
    assert len(reqs) == 2
    assert all(r["min_level"] != "master" for r in reqs)
