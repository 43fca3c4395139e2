"""Round twenty-one's mechanisms on scraped English postings: an Australian posting's "Key
Selection Criteria" and "Essential requirements", a freelance client's "What I need from you:"
and "Skills Required" tags, requests of how to apply and the client's block after them, a social
post's chrome, a count of years of an activity read as experience, an age ceiling in words, a
share after "with", "Perks + Benefits" and "Top Skills", and when a post was posted. Postings here
are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_COUNCIL = [
    "Aged Care Assessor | Careers board",
    "Wattle Shire Council",
    "Location: Ballarat, VIC",
    "Salary: Band 5 + super",
    "About the role",
    "You will assess older residents for home support services.",
    "Key Selection Criteria",
    "1. Tertiary qualification in nursing, social work or occupational therapy",
    "2. Experience conducting needs assessments with older people",
    "3. Sound knowledge of the aged care reforms",
    "Essential requirements",
    "- Current Victorian driver's licence",
    "How to apply",
    "Please address the Key Selection Criteria in a cover letter.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_key_selection_criteria_head_the_requirements(one_line):
    texts = _texts(_join(_COUNCIL, one_line))
    assert "Tertiary qualification in nursing, social work or occupational therapy" in texts
    assert "Experience conducting needs assessments with older people" in texts
    assert "Sound knowledge of the aged care reforms" in texts
    assert any(t.startswith("Current Victorian driver's licence") for t in texts)
    assert not any("cover letter" in t or "older residents" in t for t in texts)


_BRIEF = [
    "Build a booking widget for a yoga studio | Freelancer",
    "Project Budget (USD) $250 - $750",
    "Project details",
    "We need a booking widget embedded in our Squarespace site.",
    "What I need from you:",
    "You have built at least 2 booking widgets before - please link them",
    "Solid knowledge of JavaScript and the Acuity Scheduling API",
    "Please start your bid with the word lotus so I know you read this.",
    "Skills Required",
    "JavaScript  Squarespace  API",
    "About the Client",
    "Portland, United States",
    "Member since June 2021",
    "Project ID: #40011223",
    "Report Project",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_freelance_briefs_requirements_and_tags(one_line):
    texts = _texts(_join(_BRIEF, one_line))
    assert "You have built at least 2 booking widgets before" in texts
    assert "Solid knowledge of JavaScript and the Acuity Scheduling API" in texts
    assert "Squarespace" in texts
    # how to apply, the client's block and the page's button ask nothing
    assert not any(t.lower().startswith("please") for t in texts)
    assert not any("Portland" in t or "Member since" in t or "Report" in t for t in texts)


_POST = [
    "Riverbend Jobs & Gigs",
    "Dana Whitfield · Admin",
    "3d ·",
    "HIRING: roofing helper, $19/hr",
    "MUST HAVE:",
    "✅ 1+ season of roofing experience",
    "✅ Can carry 80 lbs up a ladder",
    "Message me or text 555-0143 if interested 👍",
    "… See more",
    "👍😮 12",
    "8 comments  2 shares",
    "Like  Comment  Share",
    "Most relevant",
    "Write a comment…",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_social_posts_chrome_is_no_requirement(one_line):
    texts = _texts(_join(_POST, one_line))
    assert any("roofing experience" in t for t in texts)
    assert any("80 lbs" in t for t in texts)
    for chrome in ("See more", "comments", "Like", "Share", "Most relevant", "Message me"):
        assert not any(chrome in t for t in texts), chrome


def _one(text: str) -> dict:
    reqs = _reqs(f"Requirements:\n{text}\n")
    assert len(reqs) == 1, reqs
    return reqs[0]


def test_a_count_of_years_of_an_activity_is_experience():
    req = _one("5+ years of hands-on Python development")
    assert (req["kind"], req["min_years"]) == ("experience", 5)
    req = _one("10 years of hands-on work with SAP systems")
    assert (req["kind"], req["min_years"]) == ("experience", 10)
    # an age, schooling or a deadline counted in years is none
    assert _one("Must be at least 18 years of age")["kind"] == "age"
    assert _one("2 years of college coursework in biology")["kind"] != "experience"
    assert "experience" not in {
        r["kind"] for r in _reqs("Requirements:\nBLS within 1 year of hire\n")
    }


@pytest.mark.parametrize("one_line", [False, True])
def test_an_age_ceiling_in_words_is_flagged_and_ends_the_item_before_it(one_line):
    lines = [
        "Minimum Qualifications",
        "Must have a stable internet connection of at least 10 Mbps",
        "No older than 40 years of age",
        "Perks and Benefits",
        "HMO from day 1",
    ]
    posting = parse_jd(_join(lines, one_line))[0]
    ages = [r for r in posting["requirements"] if r["kind"] == "age"]
    assert [(r["min_age"], r["max_age"]) for r in ages] == [(None, 40)]
    assert [f["kind"] for f in posting["flags"]] == ["age"]
    assert "Must have a stable internet connection of at least 10 Mbps" in [
        r["text"] for r in posting["requirements"]
    ]


def test_a_share_after_with_stays_in_its_clause():
    assert _one("Typing speed of 35 WPM with 90% accuracy")["text"] == (
        "Typing speed of 35 WPM with 90% accuracy"
    )


@pytest.mark.parametrize("one_line", [False, True])
def test_perks_plus_benefits_and_top_skills(one_line):
    lines = [
        "Data Analyst | Tech board",
        "Posted: 3 hours ago",
        "What You'll Bring",
        "3+ years of experience in marketing analytics",
        "Strong SQL skills",
        "Perks + Benefits",
        "Flexible PTO Parental leave",
        "Top Skills",
        "Looker SQL Python",
    ]
    texts = _texts(_join(lines, one_line))
    assert "3+ years of experience in marketing analytics" in texts
    assert "Looker" in texts
    assert not any("PTO" in t or "Perks" in t or "ago" in t for t in texts)
