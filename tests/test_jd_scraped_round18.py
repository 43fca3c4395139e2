"""Round eighteen's mechanisms on scraped English postings: a person specification laid out as a
grid (criteria | essential | desirable | how assessed), in lines or joined into one, the
behaviours and nationality blocks of a civil-service page, a weight said in brackets beside an
offer's word, what a posting says it does not ask, a bare "helpful" hedge, pictograph bullets
after an offer's heading, items a scraper's joins must not cut ("(e-)bikes", "3 shifts a week,
…"), and kinds: a registration with a body a certificate, when the person is free to work other,
the languages European postings ask. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_GRID = [
    "Pharmacy Technician - Band 5 - Northfield Community Hospitals NHS Trust",
    "Job overview",
    "Salary: £29,970 to £36,483 a year",
    "Main duties of the job",
    "Dispense medicines and check prescriptions on the wards.",
    "Person Specification",
    "Attribute | Essential | Desirable | Method of assessment",
    "Qualifications | BTEC Level 3 Diploma in Pharmaceutical Science; GPhC registration as a "
    "Pharmacy Technician | Accredited Checking Technician qualification | Application form",
    "Experience | Experience of dispensing in a hospital pharmacy | Experience of medicines "
    "reconciliation | Application form / Interview",
    "Skills | Accurate with numbers and calculations | | Test / Interview",
    "Disclosure and Barring Service Check",
    "This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975.",
    "Employer details",
    "Northfield Community Hospitals NHS Trust",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_person_specification_grid_is_read_by_its_columns(one_line):
    reqs = _reqs(_join(_GRID, one_line))
    musts = {r["text"]: r["must"] for r in reqs}
    kinds = {r["text"]: r["kind"] for r in reqs}
    assert musts.get("BTEC Level 3 Diploma in Pharmaceutical Science") is True
    assert musts.get("GPhC registration as a Pharmacy Technician") is True
    assert kinds["GPhC registration as a Pharmacy Technician"] == "certificate"
    assert kinds["Experience of dispensing in a hospital pharmacy"] == "experience"
    assert musts.get("Experience of dispensing in a hospital pharmacy") is True
    assert musts.get("Accurate with numbers and calculations") is True
    # the desirable column holds nice-to-haves
    assert musts.get("Accredited Checking Technician qualification") is False
    assert musts.get("Experience of medicines reconciliation") is False
    # the label and assessment columns and the header ask nothing
    for text in musts:
        assert "|" not in text and "Interview" not in text and "Application form" not in text
        assert not text.startswith(("Qualifications", "Experience |", "Skills", "Attribute"))
        assert "Rehabilitation" not in text


def test_a_grid_without_an_assessment_column_in_lines():
    text = "\n".join(
        [
            "Person Specification",
            "Criteria | Essential | Desirable",
            "Education | NVQ Level 3 in Health and Social Care | Care Certificate",
            "Experience | Six months in a care home | Experience of dementia care",
        ]
    )
    musts = {r["text"]: r["must"] for r in _reqs(text)}
    assert musts.get("NVQ Level 3 in Health and Social Care") is True
    assert musts.get("Six months in a care home") is True
    assert musts.get("Care Certificate") is False
    assert musts.get("Experience of dementia care") is False
    assert not any(t.startswith(("Education", "Experience |")) for t in musts)


def test_rows_that_carry_their_column_word_are_read_as_before():
    text = "\n".join(
        [
            "Person Specification",
            "Criteria | Essential | Desirable",
            "Qualified Teacher Status (QTS) | Essential",
            "Experience of teaching A level Physics | Desirable",
        ]
    )
    musts = {r["text"]: r["must"] for r in _reqs(text)}
    assert musts.get("Qualified Teacher Status (QTS)") is True
    assert musts.get("Experience of teaching A level Physics") is False


_CIVIL_SERVICE = [
    "Higher Executive Officer - Licensing Team - Civil Service Jobs - GOV.UK",
    "Job description",
    "As a licensing officer you will review applications.",
    "Person specification",
    "Essential criteria:",
    "Experience of assessing applications against published guidance",
    "Clear written communication, with the ability to summarise complex cases",
    "Confident using Excel to track a caseload",
    "Behaviours",
    "We'll assess you against these behaviours during the selection process:",
    "Seeing the Big Picture",
    "Working Together",
    "Managing a Quality Service",
    "Benefits",
    "A Civil Service pension with an employer contribution of 28.97%",
    "Things you need to know",
    "Nationality requirements",
    "This job is broadly open to the following groups:",
    "UK nationals",
    "nationals of the Republic of Ireland",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_civil_service_page_assesses_behaviours_and_lists_who_may_apply(one_line):
    texts = _texts(_join(_CIVIL_SERVICE, one_line))
    assert "Experience of assessing applications against published guidance" in texts
    # (a run-on cut before "Confident using …")
    assert "Confident using Excel to track a caseload" in texts
    for behaviour in ("Seeing the Big Picture", "Working Together", "Managing a Quality Service"):
        assert behaviour in texts
    assert not any(t.startswith("Behaviours") or t.endswith("Behaviours") for t in texts)
    # the groups who may apply are no requirement, nor is the pension
    assert not any("nationals" in t or "pension" in t for t in texts)


def test_a_weight_in_brackets_keeps_an_item_beside_an_offers_word():
    text = "\n".join(
        [
            "Dental Therapist",
            "About you",
            "GDC registered Dental Therapist (essential)",
            "Experience with paediatric patients",
            "What we offer",
            "Dental plan for you and your family",
        ]
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    texts = list(reqs)
    assert reqs["GDC registered Dental Therapist (essential)"]["must"] is True
    assert reqs["GDC registered Dental Therapist (essential)"]["kind"] == "certificate"
    assert not any("plan" in t for t in texts)


def test_european_languages_are_read_as_languages():
    text = "Your profile\nFluent Danish or Swedish\nGood Norwegian skills are a plus\n"
    reqs = _reqs(text)
    assert [(r["kind"], r["values"], r["any_of"]) for r in reqs[:1]] == [
        ("language", ["danish", "swedish"], True)
    ]
    assert reqs[1]["kind"] == "language" and reqs[1]["language"] == "norwegian"
    assert reqs[1]["must"] is False


def test_what_a_posting_says_it_does_not_ask_is_no_requirement():
    text = (
        "Who we are looking for You have 2+ years of experience with React You write clear "
        "English - Swedish is not a requirement What we offer Pension and a gym card"
    )
    texts = _texts(text)
    assert "2+ years of experience with React" in texts
    assert not any("Swedish" in t for t in texts)


def test_a_bare_helpful_hedge_ends_its_clause():
    text = (
        "Your profile Completed training as an electrician Good Dutch skills, French helpful "
        "Reliable and customer-focused Why us? Company car"
    )
    reqs = _reqs(text)
    musts = {r["text"]: r["must"] for r in reqs}
    assert musts.get("Good Dutch skills") is True
    assert musts.get("French helpful") is False
    languages = {r["text"]: r["language"] for r in reqs if r["kind"] == "language"}
    assert languages == {"Good Dutch skills": "dutch", "French helpful": "french"}
    assert musts.get("Reliable and customer-focused") is True
    # a quality is no hedge
    musts = {r["text"]: r["must"] for r in _reqs("Your profile\nFriendly and helpful\n")}
    assert musts.get("Friendly and helpful") is True


def test_pictograph_bullets_after_an_offer_heading_in_one_line():
    text = (
        "Backend Engineer at Tidewell | Remote board Requirements 4+ years building APIs in Python "
        "Experience with PostgreSQL Benefits 🏖 Flexible vacation 💻 Laptop of your choice 📚 "
        "Learning budget"
    )
    texts = _texts(text)
    assert any(t.startswith("4+ years building APIs in Python") for t in texts)
    assert "Experience with PostgreSQL" in texts
    assert not any("vacation" in t or "Laptop" in t or "budget" in t for t in texts)


def test_a_prefix_in_brackets_and_a_rate_per_week_stay_in_their_item():
    text = "\n".join(
        [
            "Requirements",
            "- Two years of experience (re-)upholstering furniture",
            "- Available 3 shifts a week, including Sundays",
        ]
    )
    kinds = {r["text"]: r["kind"] for r in _reqs(text)}
    assert kinds.get("Two years of experience (re-)upholstering furniture") == "experience"
    # (when the person is free to work is a term of the job, not a skill)
    assert kinds.get("Available 3 shifts a week, including Sundays") == "other"


@pytest.mark.parametrize(
    "clause",
    [
        "Flexibility to work evenings, weekends and public holidays",
        "Willingness to take part in the on-call rota",
        "Must be able to work a rotating night schedule",
    ],
)
def test_when_the_person_is_free_to_work_is_kind_other(clause):
    reqs = _reqs(f"Requirements\n{clause}\nBenefits\nPension")
    assert [(r["text"], r["kind"]) for r in reqs] == [(clause, "other")]
