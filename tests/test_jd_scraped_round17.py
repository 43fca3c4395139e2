"""Round seventeen's mechanisms on scraped English postings: "The successful candidate will
have:" heading a lower-case list run into one line, lead-ins that end in their cue, field labels
cut by a slash or run onto a name, a citizenship or an associate's degree opening an item, a
reason and a page's buttons after the ask, hedges in other words, and the blocks around the
requirements (the work environment, an offer under two words, a poster's links). Postings here
are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_requirement
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def test_the_successful_candidate_will_have_heads_a_lower_case_list_in_one_line():
    text = (
        "Nursery Practitioner Closing date: 3 March 2027 Apply now About the setting Little "
        "Acorns is a 60-place nursery in Bristol. The successful candidate will have: Level 3 "
        "Early Years Educator or equivalent qualification BTEC Childcare at merit or above "
        "experience of planning activities for toddlers patience and warmth with young children "
        "the ability to write clear learning journals What we can offer you Childcare discount "
        "and a birthday day off"
    )
    texts = _texts(text)
    assert "Level 3 Early Years Educator or equivalent qualification" in texts
    assert "BTEC Childcare at merit or above" in texts
    assert any(t.startswith("experience of planning activities") for t in texts)
    assert "the ability to write clear learning journals" in texts
    assert not any("discount" in t for t in texts)  # the offer's heading ends the list


@pytest.mark.parametrize("one_line", [False, True])
def test_labels_with_a_slash_and_a_label_run_onto_a_name(one_line):
    lines = [
        "Radiographer",
        "Job Requirements",
        "Education: Graduate of an accredited radiography programme",
        "Licensure/Certification: ARRT (R) required; CT registry required within a year of hire",
        "Current ACLS from the National Resuscitation Council",
        "Experience: One year of hospital imaging experience preferred",
    ]
    text = (" " if one_line else "\n").join(lines)
    texts = _texts(text)
    assert "ARRT (R) required" in texts  # the label is no part of the clause
    assert "CT registry required within a year of hire" in texts
    assert "Current ACLS from the National Resuscitation Council" in texts
    assert "One year of hospital imaging experience preferred" in texts


def test_a_lead_in_says_what_it_leads_into_at_its_end():
    text = (
        "Requirements Phlebotomy certificate required; Two years in a busy outpatient clinic "
        "working under the Regional Blood Service Guidelines Skills: venepuncture"
    )
    texts = _texts(text)
    # "… required; Two years … Guidelines Skills:" is an item, then a heading
    assert any(t.startswith("Two years in a busy outpatient clinic") for t in texts)


def test_the_work_environment_asks_nothing():
    text = (
        "Inventory Clerk\nRequirements\nHigh school diploma or GED\nOne year of stock control "
        "experience\nWork Environment\nCold storage area; standing for long periods\n"
    )
    texts = _texts(text)
    assert "One year of stock control experience" in texts
    assert not any("storage" in t or "standing" in t for t in texts)


def test_an_offer_under_two_words_ends_the_list_in_one_line():
    text = (
        "Payroll Clerk The Ideal Candidate 2+ years of payroll experience Working knowledge of "
        "Xero Compensation & Perks $48,000 - $55,000 per year, hybrid after 60 days"
    )
    texts = _texts(text)
    assert "Working knowledge of Xero" in texts
    assert not any("Compensation" in t or "$48,000" in t for t in texts)


def test_a_citizenship_and_an_associates_degree_open_an_item():
    text = (
        "Requirements Comfortable working alone in remote bush locations AU citizen or "
        "permanent resident Nice to have: experience with ArcGIS or QGIS Associate's degree in "
        "environmental science"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs.get("Comfortable working alone in remote bush locations") is True
    assert any(t.startswith("AU citizen or permanent resident") for t in reqs)
    assert "experience with ArcGIS or QGIS" in reqs
    assert any(t.startswith("Associate's degree in environmental science") for t in reqs)


def test_bilingual_after_an_acronym_opens_an_item():
    text = "Preferred Qualifications Experience with SAP or JDE Bilingual English/French"
    assert _texts(text) == ["Experience with SAP or JDE", "Bilingual English/French"]


def test_a_company_named_in_four_words_is_no_requirement():
    text = (
        "Requirements\nValid BLS certification\nKnowledge of Meditech is helpful\n"
        "Lakeside Valley Regional Hospital is an Equal Opportunity Employer.\n"
    )
    assert _texts(text) == ["Valid BLS certification", "Knowledge of Meditech is helpful"]


def test_a_reason_after_the_ask_and_the_pages_buttons_are_cut():
    assert parse_requirement("Own car and full licence, as the role involves site visits")[
        "text"
    ] == ("Own car and full licence")
    assert (
        parse_requirement("Valid passport, as you will travel to client sites abroad")["text"]
        == "Valid passport"
    )
    text = "Requirements\nEducation: Bachelor's Degree / Master's Degree Apply Save\n"
    assert _texts(text) == ["Bachelor's Degree / Master's Degree"]


@pytest.mark.parametrize(
    "clause",
    [
        "Knowledge of Cerner is helpful",
        "Experience with charities would be lovely, but it isn't essential",
        "We'd also love it if you've run a book club",
        "Familiarity with Jira is helpful but not required",
    ],
)
def test_hedges_in_other_words_make_a_nice_to_have(clause):
    assert parse_requirement(clause)["must"] is False


def test_a_must_that_says_essential_ends_its_clause_and_a_posters_link_is_chrome():
    text = (
        "Essential qualifications Ability to work outdoors. French essential Information on "
        "language requirements Asset qualifications: Experience with small boats"
    )
    texts = _texts(text)
    assert "French essential" in texts
    assert not any(t.startswith("Information on") for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_boards_header_field_of_years_is_a_requirement(one_line):
    lines = [
        "Motion Designer",
        "Permanent contract",
        "Manchester",
        "Salary: 40K to 48K £",
        "Experience: 3-6 Years",
        "Education: Bachelor's Degree",
        "Apply",
        "Save",
        "The company",
        "Pixel & Pine is a small studio.",
    ]
    text = (" " if one_line else "\n").join(lines)
    years = [r for r in _reqs(text) if r["kind"] == "experience"]
    assert [(r["text"], r["min_years"], r["max_years"]) for r in years] == [
        ("Experience: 3-6 Years", 3.0, 6.0)
    ]


def test_the_posts_level_in_a_header_field_asks_nothing():
    text = "Motion Designer\nManchester\nExperience: Mid-level\nThe company\nPixel & Pine\n"
    assert not [r for r in _reqs(text) if r["kind"] == "experience"]


def test_a_skills_block_item_saying_how_well_is_one_clause_and_an_engine_is_its_names():
    text = (
        "Skills\n• Computer literate (Google Workspace)\n• Fluent Portuguese\n"
        "Skills and Expertise Level Design Godot Engine Blender\n"
    )
    texts = _texts(text)
    assert "Computer literate (Google Workspace)" in texts
    assert "Godot Engine" in texts and "Godot" not in texts and "Engine" not in texts


def test_essential_heads_its_list_after_a_sentence_in_one_line():
    text = (
        "Kitchen Porter Job details Pay £11.80 an hour Shift and schedule Day shift Full job "
        "description We are looking for a Kitchen Porter. Essential: Experience in a commercial "
        "kitchen Able to work weekends Desirable: Food hygiene certificate Benefits: Free meals"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs == {
        "Experience in a commercial kitchen": True,
        "Able to work weekends": True,
        "Food hygiene certificate": False,
    }


def test_a_bare_verb_after_a_name_opens_the_next_item_of_an_if_you_list():
    text = (
        "You might be a good fit if you: Have 3+ years of Salesforce administration Are fluent "
        "with Flow and Apex Communicate clearly with sales leaders Keep your projects on track"
    )
    assert _texts(text)[1:] == [
        "Are fluent with Flow and Apex",
        "Communicate clearly with sales leaders",
        "Keep your projects on track",
    ]


def test_a_heading_of_words_cut_by_a_slash_ends_the_item_before_it():
    text = (
        "Qualifications Minimum Experience 2 years of sterile processing experience "
        "Licenses/Certifications CRCST certification within 6 months of hire"
    )
    texts = _texts(text)
    assert "2 years of sterile processing experience" in texts
    assert "CRCST certification within 6 months of hire" in texts


def test_a_lower_case_run_cut_before_an_article_and_a_hedged_tail_after_a_mixed_case_name():
    text = (
        "The successful candidate will have: experience of supporting adults with learning "
        "disabilities a warm, friendly manner and good listening skills the ability to liaise "
        "with the GP and the SENCo Makaton or similar signing training would be an advantage."
    )
    reqs = {r["text"].rstrip("."): r["must"] for r in _reqs(text)}
    assert reqs.get("a warm, friendly manner and good listening skills") is True
    assert reqs.get("the ability to liaise with the GP and the SENCo") is True
    assert reqs.get("Makaton or similar signing training would be an advantage") is False


def test_a_speaker_of_a_language_opens_an_item_after_a_name_not_after_native():
    text = "Bonus Points Certified Pool Operator Spanish speaker What We Offer Uniforms"
    assert _texts(text) == ["Certified Pool Operator", "Spanish speaker"]
    text = "Requirements Must be a native Spanish speaker Valid driver's license"
    assert "Must be a native Spanish speaker" in _texts(text)
