"""More job boards and career pages (ZipRecruiter, SEEK, Monster, CareerBuilder, Indeed Canada,
Wellfound, jobs.ac.uk, USAJOBS): their footers, fraud warnings and schedule facts, public-sector
blocks, and requirements run together in a scraped line. Postings here are written for the
tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def test_footers_warnings_and_page_buttons_are_no_requirements():
    text = (
        "Loan Officer Requirements: 2+ years of mortgage lending experience; NMLS license "
        "required Member FDIC Share this job Report this job Be careful - Don't provide your "
        "bank or credit card details when applying for jobs Do Not Sell My Personal Information"
    )
    texts = _texts(text)
    assert "2+ years of mortgage lending experience" in texts
    assert not any(w in t for t in texts for w in ("FDIC", "Report", "credit card", "Sell"))


def test_how_pay_is_set_and_who_may_apply_are_no_requirements():
    text = (
        "Veterinary Technician Qualifications: Credentialed Veterinary Technician license "
        "2+ years of small-animal clinic experience preferred; recent graduates are welcome to "
        "apply. Pay is based on experience."
    )
    texts = _texts(text)
    assert "2+ years of small-animal clinic experience preferred" in texts
    assert not any("welcome" in t or "Pay is" in t for t in texts)


def test_a_diversity_statement_and_what_goes_with_the_application_are_no_requirements():
    text = (
        "Lecturer in Accounting\nPerson Specification\nPhD in Accounting or Finance\n"
        "Experience of teaching at undergraduate level\n"
        "The School is committed to equality and welcomes applications from under-represented "
        "groups.\nA writing sample must be submitted with your application if you hold no PhD.\n"
    )
    texts = _texts(text)
    assert "PhD in Accounting or Finance" in texts
    assert "Experience of teaching at undergraduate level" in texts
    assert not any("equality" in t or "writing sample" in t for t in texts)


def test_a_job_boards_schedule_facts_are_no_requirements():
    text = (
        "Dishwasher Requirements: Able to lift 40 lbs Job Types: Part-time Expected hours: 15 – 25 "
        "per week Additional pay: Tips Schedule: Day shift Weekends as needed Work Location: In "
        "person"
    )
    assert _texts(text) == ["Able to lift 40 lbs"]


def test_a_graduate_of_a_program_is_asked_even_beside_an_offer_word():
    # ("dental" is a benefit's word: "Dental insurance")
    text = (
        "Dental Assistant\nQualifications:\n"
        "Graduate of an accredited dental assisting program\nRadiography certificate\n"
    )
    assert "Graduate of an accredited dental assisting program" in _texts(text)


def test_a_language_that_is_an_asset_is_a_nice_to_have_of_its_own():
    text = (
        "Barista What we're looking for: 6 months of cafe experience Mandarin is an asset "
        "Friendly and reliable with a positive attitude"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert "Mandarin is an asset" in reqs and reqs["Mandarin is an asset"]["must"] is False
    assert "Friendly and reliable with a positive attitude" in reqs


def test_run_on_licences_availability_and_a_required_item_are_cut_apart():
    text = (
        "Prep Cook Requirements: 1 year of prep experience in a commercial kitchen Safe Food "
        "Handling Certificate (or willing to obtain) Able to lift 40 lbs Available weekends and "
        "holidays; Forklift certification required Steel-toe boots required"
    )
    texts = _texts(text)
    assert "1 year of prep experience in a commercial kitchen" in texts
    assert "Safe Food Handling Certificate (or willing to obtain)" in texts
    assert "Able to lift 40 lbs" in texts
    assert "Available weekends and holidays" in texts
    assert "Forklift certification required" in texts
    assert "Steel-toe boots required" in texts


def test_months_of_experience_open_the_next_item_but_not_after_minimum():
    text = (
        "Cashier Requirements: High school diploma or equivalent 6 months of retail experience "
        "Minimum 3 months of cash handling experience"
    )
    texts = _texts(text)
    assert "High school diploma or equivalent" in texts
    assert "6 months of retail experience" in texts
    assert "Minimum 3 months of cash handling experience" in texts


def test_public_sector_blocks_and_perks_run_into_a_line():
    text = (
        "Psychologist | USAJOBS Conditions of Employment You must be a U.S. citizen to apply. "
        "Qualifications Basic Requirements: Education. Have a doctoral degree in clinical "
        "psychology. Licensure. Hold a full, current and unrestricted license to practice "
        "psychology. Perks Free parking What's on offer Flexible hours"
    )
    texts = _texts(text)
    assert "Have a doctoral degree in clinical psychology" in texts
    assert "Hold a full, current and unrestricted license to practice psychology" in texts
    assert not any(t in ("Licensure", "Conditions of Employment") for t in texts)
    assert not any("parking" in t or "Flexible hours" in t for t in texts)


def test_acronyms_with_alternatives_that_are_a_nice_to_have_open_their_own_item():
    text = (
        "Payroll Administrator Requirements: 2+ years of payroll experience Experience with "
        "Paychex Flex CPP or FPC certification preferred"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert "CPP or FPC certification preferred" in reqs
    assert reqs["CPP or FPC certification preferred"]["must"] is False
    assert "Experience with Paychex Flex" in reqs


def test_a_licences_class_letter_is_no_capital_article():
    text = "Delivery Driver\nRequirements:\n- Valid CDL Class A license\n- Clean driving record"
    texts = _texts(text)
    assert "Valid CDL Class A license" in texts
    assert "A license" not in texts
