"""Scraped pages of more boards (NHS Jobs, Glassdoor, SmartRecruiters, Caterer.com, Totaljobs,
Adzuna, Jobvite, Ashby): the company's description, its offer and the page's blocks are no
requirements, and requirements under headings these boards use are found. Postings here are
written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_a_place_named_central_is_no_requirement_that_counts():
    text = (
        "Kennel Assistant Who we are Riverbend Animal Hospital is Central Texas' only 24/7 "
        "referral hospital, with 80 team members. What you need Minimum 1 year of kennel "
        "experience Ability to lift 40 lbs"
    )
    texts = _texts(text)
    assert "Minimum 1 year of kennel experience" in texts
    assert not any("Riverbend" in t for t in texts)
    # a requirement that counts still does
    assert "A valid driving licence is essential" in _texts(
        "Courier About the role You will deliver parcels. A valid driving licence is essential."
    )


def test_a_heading_asked_as_a_question_ends_the_list_in_a_scraped_line():
    text = (
        "Stock Controller About you Minimum 2 years' stock control experience Excellent people "
        "management skills Flexible to cover extra shifts at peak What's in it for you? Annual "
        "pay review, 25 days holiday, on-site gym and free parking"
    )
    texts = _texts(text)
    assert "Flexible to cover extra shifts at peak" in texts
    assert not any("holiday" in t or "What's" in t for t in texts)


def test_an_agencys_the_person_block_holds_the_requirements():
    text = (
        "Design Engineer\nThe Role:\n- Design assemblies in SolidWorks\n- Produce drawings\n"
        "The Person:\n- HNC/HND or degree in Mechanical Engineering\n"
        "- Exposure to PDM systems\n- Full UK driving licence\nThe Package:\n- 25 days holiday\n"
    )
    texts = _texts(text)
    for clause in (
        "HNC/HND or degree in Mechanical Engineering",
        "Exposure to PDM systems",
        "Full UK driving licence",
    ):
        assert clause in texts
    assert not any("holiday" in t or "Produce" in t for t in texts)


def test_a_lead_in_ending_in_if_you_heads_its_list_without_a_colon():
    lines = [
        "ML Engineer",
        "In this role you will",
        "Build ranking models",
        "You might be a fit if you",
        "Have 4+ years of industry experience building ML systems",
        "Are fluent in Python",
        "Have shipped models to production",
        "Benefits",
        "Home office stipend",
    ]
    for text in ("\n".join(lines), " ".join(lines)):
        texts = _texts(text)
        assert "Are fluent in Python" in texts, text
        assert "Have shipped models to production" in texts, text
        assert "4+ years of industry experience building ML systems" not in texts, text
        assert not any("Build" in t or "stipend" in t for t in texts), text


def test_a_count_of_years_of_something_after_work_experience_opens_the_next_item():
    text = (
        "Claims Adjuster Qualifications: An Associate's degree, or equivalent work experience "
        "1-2 years of property claims experience A valid driver's license"
    )
    texts = _texts(text)
    assert "An Associate's degree, or equivalent work experience" in texts
    assert "1-2 years of property claims experience" in texts
    # a count of years after the experience it counts stays with it
    assert "Sales experience 2-3 years preferred" in _texts(
        "Clerk Requirements: Sales experience 2-3 years preferred"
    )


def test_a_person_specifications_column_words_mark_the_rows_under_them():
    lines = [
        "Occupational Therapist",
        "Person Specification",
        "Qualifications",
        "Essential",
        "Degree in Occupational Therapy",
        "HCPC registration",
        "Desirable",
        "Membership of the Royal College of Occupational Therapists",
        "Experience",
        "Essential",
        "Experience of community rehabilitation",
        "Skills",
        "Essential",
        "Excellent communication skills",
    ]
    for text in ("\n".join(lines), " ".join(lines)):
        got = {r["text"]: r["must"] for p in parse_jd(text) for r in p["requirements"]}
        assert "Essential" not in got, text
        assert got.get("Experience of community rehabilitation") is True, text
        assert got.get("Excellent communication skills") is True, text
        assert got.get("Membership of the Royal College of Occupational Therapists") is False, text
        assert not any(t.startswith("Experience Essential") for t in got), text


def test_a_longer_capitalised_nice_to_have_opens_its_own_item_in_a_scraped_list():
    text = (
        "Pipe Fitter Requirements 2+ years of pipe fitting experience Able to pass a fit-up test "
        "(2G/5G) ASME B31.3 certification preferred Must bring own hand tools Telehandler and overhead "
        "crane experience a plus"
    )
    texts = _texts(text)
    assert "Able to pass a fit-up test (2G/5G)" in texts
    assert "ASME B31.3 certification preferred" in texts
    assert "Must bring own hand tools" in texts
    assert "Telehandler and overhead crane experience a plus" in texts
    # a tool's name after the verb that uses it is no item start; the next name is
    other = _texts(
        "Cloud Engineer Requirements: Experience deploying resources utilizing Bicep templates "
        "Azure certifications preferred"
    )
    assert "Experience deploying resources utilizing Bicep templates" in other
    assert "Azure certifications preferred" in other


def test_bonus_points_for_heads_the_nice_to_haves_after_the_last_requirement():
    text = (
        "Claims Handler Qualifications You're a great fit if you have: A valid driver's license "
        "Strong negotiation skills Bonus points for: CPCU coursework"
    )
    got = {r["text"]: r["must"] for p in parse_jd(text) for r in p["requirements"]}
    assert got.get("Strong negotiation skills") is True
    assert got.get("CPCU coursework") is False


def test_a_certificate_named_by_a_capital_or_an_acronym_ends_the_item_before_it():
    text = (
        "Scaffolder Requirements 3+ years of scaffolding experience on commercial sites CISRS "
        "Part 1 card Spanish language skills Experience with system scaffolds and tube and fitting "
        "IPAF certification"
    )
    texts = _texts(text)
    assert "3+ years of scaffolding experience on commercial sites" in texts
    assert "CISRS Part 1 card" in texts
    assert "Experience with system scaffolds and tube and fitting" in texts
    assert "IPAF certification" in texts
    # not after a word that leads into it
    assert "Willingness to achieve NEBOSH certificate" in _texts(
        "HSE Advisor Requirements: Willingness to achieve NEBOSH certificate"
    )
