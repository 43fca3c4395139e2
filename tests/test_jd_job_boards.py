"""US job-board and career-site pages (Indeed, LinkedIn, Glassdoor, Workday, Greenhouse): labelled
facts of the job, time ranges, the company's pitch and "Similar Jobs" after the list, headings
with a word before them, who else "will be considered", and requirements split or kept whole as
a recruiter reads them. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def test_a_labelled_fact_of_the_job_is_no_requirement():
    text = (
        "Backend Engineer\nRequirements:\n- 3+ years of Go in production\n"
        "- Experience with PostgreSQL\nTech stack: Go, PostgreSQL, Redis, GCP, Grafana\n"
    )
    texts = _texts(text)
    assert "3+ years of Go in production" in texts
    assert not any("Redis" in t or "Grafana" in t for t in texts)


def test_a_time_range_is_no_bullet_and_the_hours_are_no_requirement():
    text = (
        "Bank Teller Requirements: You have 2+ years of cash handling experience. Hours: "
        "Monday - Friday, 9:00 AM - 5:30 PM Eastern. Benefits: Paid holidays"
    )
    texts = _texts(text)
    assert "You have 2+ years of cash handling experience" in texts
    assert not any("PM" in t or "Friday" in t for t in texts)


def test_you_have_and_its_years_are_one_requirement():
    text = "Requirements: You have 3+ years of payroll experience. Benefits: Paid holidays"
    assert _texts(text) == ["You have 3+ years of payroll experience"]


def test_a_range_of_years_stays_one_requirement():
    text = "Bookkeeper\nRequirements:\n- 2 - 4 years of bookkeeping experience\n- QuickBooks\n"
    assert "2 - 4 years of bookkeeping experience" in _texts(text)


def test_an_abbreviated_name_ends_no_sentence():
    text = (
        "Qualifications: Current BLS card. Two years of telemetry nursing experience. "
        "St. Luke's Hospital is an equal opportunity employer."
    )
    texts = _texts(text)
    assert "Two years of telemetry nursing experience" in texts
    assert all(len(t) > 3 for t in texts)


def test_who_else_will_be_considered_is_no_requirement():
    text = (
        "Qualifications: Two years of pharmacy technician experience; recent graduates of an "
        "accredited program will be considered. Experience with Epic Willow will be considered "
        "an asset."
    )
    texts = _texts(text)
    assert "Two years of pharmacy technician experience" in texts
    assert not any("recent graduates" in t for t in texts)
    assert any(t.startswith("Experience with Epic Willow") for t in texts)


def test_a_word_before_a_heading_heads_with_it():
    text = (
        "Pharmacy Technician Qualifications: Active pharmacy technician license Basic "
        "computer skills Physical Requirements: Able to stand for an 8 hour shift Technician "
        "Responsibilities: Fill prescriptions accurately"
    )
    texts = _texts(text)
    assert "Able to stand for an 8 hour shift" in texts
    assert not any(t.endswith(("Physical", "Technician")) for t in texts)


def test_a_language_or_a_skill_before_a_heading_stays_with_the_list():
    text = "Qualifications: Fluent in English Job benefits: Free parking"
    assert "Fluent in English" in _texts(text)


def test_the_company_pitch_and_similar_jobs_end_the_list():
    text = (
        "Forklift Driver What we're looking for: • Valid forklift certification • Able to lift "
        "50 lbs • Willing to work weekends Why Ridgeway? Paid holidays and tuition help. "
        "Similar Jobs (4) Inventory Clerk Night Loader"
    )
    texts = _texts(text)
    assert "Willing to work weekends" in texts
    assert not any(w in t for t in texts for w in ("Ridgeway", "Similar", "Clerk", "Loader"))


def test_years_in_a_narrower_role_are_a_requirement_of_their_own():
    text = (
        "Requirements:\n- 4+ years of restaurant management experience, including at least 2 "
        "years as a General Manager\n"
    )
    reqs = _reqs(text)
    assert [r["text"] for r in reqs] == [
        "4+ years of restaurant management experience",
        "at least 2 years as a General Manager",
    ]
    assert [r["min_years"] for r in reqs] == [4, 2]


def test_a_comma_inside_parentheses_cuts_no_clause():
    text = "Requirements:\n- Experience with a TMS (e.g. Oracle, MercuryGate) is a plus\n"
    reqs = _reqs(text)
    assert [(r["text"], r["must"]) for r in reqs] == [
        ("Experience with a TMS (e.g. Oracle, MercuryGate) is a plus", False)
    ]


def test_a_full_stop_after_a_parenthesis_ends_the_clause():
    text = (
        "Requirements:\n- 5 years with ERP modules (FI, CO, MM, ...). Additional experience "
        "with SAP BW is desirable\n"
    )
    texts = _texts(text)
    assert "5 years with ERP modules (FI, CO, MM, ...)" in texts
    assert "Additional experience with SAP BW is desirable" in texts


def test_a_share_after_up_to_stays_with_its_clause():
    text = (
        "Minimum Qualifications: Ability to read wiring diagrams Willingness to travel up to 60% "
        "across the Midwest, including weekends Valid driver's license and a clean driving record"
    )
    texts = _texts(text)
    assert "Willingness to travel up to 60% across the Midwest, including weekends" in texts
    assert "Valid driver's license and a clean driving record" in texts


def test_an_age_floor_is_a_flagged_age_condition():
    text = (
        "Requirements:\n- Must be at least 18 years of age\n- Applicants must be 21 years of "
        "age or older\n- Five years of age-related research\n"
    )
    posting = parse_jd(text)[0]
    ages = [(r["text"], r["min_age"], r["max_age"]) for r in posting["requirements"]]
    assert ("Must be at least 18 years of age", 18, None) in ages
    assert ("Applicants must be 21 years of age or older", 21, None) in ages
    assert [f["kind"] for f in posting["flags"]] == ["age", "age"]


def test_a_background_check_in_a_run_on_list_drops_only_its_own_piece():
    text = (
        "Delivery Driver Requirements: Valid Class B CDL 2 years of tanker hauling "
        "experience in the last five years Must pass a pre-employment background check Tanker "
        "endorsement a plus but not required Responsibilities: Deliver fuel safely"
    )
    reqs = _reqs(text)
    texts = [r["text"] for r in reqs]
    assert "Valid Class B CDL" in texts
    assert "2 years of tanker hauling experience in the last five years" in texts
    assert ("Tanker endorsement a plus but not required", False) in [
        (r["text"], r["must"]) for r in reqs
    ]
    assert not any("background check" in t for t in texts)


def test_an_acronym_after_a_preposition_is_its_object_not_a_new_clause():
    text = "Requirements:\n- CPA or progress toward CPA preferred\n- Bachelor's in Accounting\n"
    reqs = _reqs(text)
    assert ("CPA or progress toward CPA preferred", False) in [(r["text"], r["must"]) for r in reqs]


def test_a_job_boards_screening_answers_are_requirements_as_it_marks_them():
    text = (
        "Warehouse Associate Job Type: Full-time Pay: $18.00 - $21.00 per hour Benefits: 401(k) "
        "Dental insurance Schedule: 8 hour shift Monday to Friday Education: High school or "
        "equivalent (Preferred) Experience: Pallet jack: 2 years (Required) "
        "License/Certification: Forklift Certification (Required) OSHA 10 (Preferred) "
        "Language: Spanish (Preferred) Shift availability: Night Shift (Preferred) Ability to "
        "Commute: Boise, ID 83702 (Required) Work Location: In person"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert set(reqs) == {
        "High school or equivalent (Preferred)",
        "Pallet jack: 2 years (Required)",
        "Forklift Certification (Required)",
        "OSHA 10 (Preferred)",
        "Spanish (Preferred)",
    }
    education = reqs["High school or equivalent (Preferred)"]
    assert (education["kind"], education["min_level"], education["must"]) == (
        "education",
        "high_school",
        False,
    )
    years = reqs["Pallet jack: 2 years (Required)"]
    assert (years["kind"], years["min_years"], years["field"], years["must"]) == (
        "experience",
        2,
        "Pallet jack",
        True,
    )
    assert reqs["Forklift Certification (Required)"]["kind"] == "certificate"
    assert reqs["Spanish (Preferred)"]["values"] == ["spanish"]
