"""Round twenty-six's mechanisms on scraped English postings: a chat message's bold lead-ins
("*Must have:*", "*Would be good:*"), an age condition run onto the item before it, a poster's
letter-spaced headings and its hanging lines, a page's blocks two spaces apart in one line, a
word processor's bullets and numbered blocks, a medical check after "and", and what a page says
that asks nothing (what to bring, how to answer, the pay's basis, an employer named with "of").
Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_CHAT = (
    "[09:05, 02/03/2027] Brightline Roofing: *ROOFERS NEEDED* Start next week in Leeds. "
    "*Pay:* £22/hr. *Must have:* - NVQ Level 2 in Roofing - Minimum 3 years on pitched roofs "
    "- Own hand tools *Would be good:* - Lead work experience - IPAF ticket Age 20–45 due to "
    "insurance. Drug & alcohol test before start. Reply with your name and a photo of your "
    "ticket to this number"
)


def test_a_chat_messages_bold_lead_ins_head_their_lists():
    got = {r["text"]: r["must"] for r in _reqs(_CHAT)}
    assert got.get("NVQ Level 2 in Roofing") is True
    assert got.get("Minimum 3 years on pitched roofs") is True
    assert got.get("Own hand tools") is True
    assert got.get("Lead work experience") is False
    assert got.get("IPAF ticket") is False


def test_an_age_condition_run_onto_an_item_is_cut_from_it_and_flagged():
    reqs = _reqs(_CHAT)
    ages = [r for r in reqs if r["kind"] == "age"]
    assert [(r["min_age"], r["max_age"]) for r in ages] == [(20, 45)]
    assert "IPAF ticket" in [r["text"] for r in reqs]
    assert not any("IPAF" in r["text"] for r in ages)
    flags = [f for p in parse_jd(_CHAT) for f in p["flags"]]
    assert any(f["kind"] == "age" and f["text"] == "Age 20–45" for f in flags)


def test_how_to_answer_a_message_and_a_drug_and_alcohol_test_ask_nothing():
    texts = _texts(_CHAT)
    assert "Own hand tools" in texts  # (the list is read)
    got = " ".join(texts)
    assert "Reply with" not in got
    assert "Drug & alcohol" not in got


_FLYER = [
    "COUNTY TRANSIT AUTHORITY",
    "~ HIRING EVENT ~",
    "BUS OPERATOR TRAINEE",
    "WHAT YOU'LL DO",
    "Drive fixed routes safely and on time.",
    "",
    "R E Q U I R E M E N T S",
    "• High school diploma or GED",
    "• Class B commercial learner's permit",
    "  with passenger endorsement (or obtain",
    "  within 30 days of hire)",
    "• Able to work split shifts",
    "",
    "P R E F E R R E D",
    "• Two years of customer service experience",
    "",
    "BRING: resume, copy of your driving record",
    "The County of Lake Ridge is an Equal Opportunity Employer.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_posters_letter_spaced_headings_head_their_lists(one_line):
    got = {r["text"]: r["must"] for r in _reqs(_join(_FLYER, one_line))}
    assert got.get("High school diploma or GED") is True
    assert got.get("Able to work split shifts") is True
    assert got.get("Two years of customer service experience") is False


def test_a_line_hanging_under_a_bulleted_item_is_the_items():
    got = _texts(_join(_FLYER, False))
    assert (
        "Class B commercial learner's permit with passenger endorsement (or obtain within 30 "
        "days of hire)" in got
    )


@pytest.mark.parametrize("one_line", [False, True])
def test_what_to_bring_and_an_employer_named_with_of_ask_nothing(one_line):
    texts = _texts(_join(_FLYER, one_line))
    assert "Two years of customer service experience" in texts  # (the list is read)
    got = " ".join(texts)
    assert "resume, copy" not in got
    assert "County of" not in got and "Lake Ridge" not in got


def test_a_heading_two_spaces_after_a_block_in_one_line_heads_its_list():
    text = (
        "Riverside Food Bank  Volunteer  Donate  Volunteer Role: Warehouse Sorter  What you'll be "
        "doing Sorting donations and packing parcels  Who we're looking for Some experience in a "
        "warehouse or stockroom Comfortable lifting boxes of up to 15 kg  Sign up below"
    )
    got = _texts(text)
    assert any(t.startswith("Some experience in a warehouse") for t in got)
    assert any(t.startswith("Comfortable lifting boxes") for t in got)


def test_sound_as_a_noun_opens_no_item():
    text = "Requirements: Experience mixing sound for theatre shows Good communication skills"
    got = _texts(text)
    assert "Experience mixing sound for theatre shows" in got


_DOC = [
    "Role brief: Video Editor (6-month contract)",
    "",
    "1. Context",
    "We publish two explainer videos a week.",
    "",
    "2. Responsibilities",
    "● Cut and grade explainer videos",
    "",
    "3. Must-haves",
    "● At least 2 years editing video for YouTube",
    "● Fluent in DaVinci Resolve",
    "",
    "4. Nice-to-haves",
    "● Motion graphics in After Effects",
    "",
    "5. Practicalities",
    "Remote within the UK. Day rate agreed on hire.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_word_processors_bullets_follow_an_inline_heading(one_line):
    got = {r["text"]: r["must"] for r in _reqs(_join(_DOC, one_line))}
    assert got.get("At least 2 years editing video for YouTube") is True
    assert got.get("Fluent in DaVinci Resolve") is True
    assert got.get("Motion graphics in After Effects") is False


def test_a_numbered_block_after_numbered_headings_is_a_heading_of_its_own():
    got = _texts(_join(_DOC, False))
    assert "Practicalities" not in got
    assert not any("Day rate" in t for t in got)


def test_a_numbered_item_under_numbered_headings_stays_an_item():
    text = "\n".join(
        ["1. Duties", "1. Sort post", "2. Requirements", "1. Forklift licence", "2. Own car"]
        + ["3. Good English"]
    )
    got = _texts(text)
    assert "Good English" in got


def test_a_medical_check_after_and_is_flagged_and_the_rest_asked():
    text = "Requirements:\n- Comfortable in confined spaces and passing a pre-employment medical"
    postings = parse_jd(text)
    got = [r["text"] for p in postings for r in p["requirements"]]
    flags = [f for p in postings for f in p["flags"]]
    assert got == ["Comfortable in confined spaces"]
    assert [f["kind"] for f in flags] == ["health"]


def test_the_pays_basis_asks_nothing():
    text = (
        "We're hiring a nail technician! What we need ✅ NVQ Level 3 in Nail Services ✅ 1+ "
        "years in a salon 💅 Booth rent or commission - your choice 📲 DM us"
    )
    got = _texts(text)
    assert not any("commission" in t for t in got)
    assert any(t.startswith("NVQ Level 3 in Nail Services") for t in got)
