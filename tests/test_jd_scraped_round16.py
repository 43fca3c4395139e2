"""Round sixteen's mechanisms on scraped English postings: headings that end the item before them
whatever it ends in, a board's block of fields of the candidate, colon-less lead-ins ending in
"the following (…)", bracketed preferences that narrow a detail, items run together after a name,
a quote or a course completed, skill tags cut by commas, pay statements run into a list, and the
boards' chrome. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd, parse_requirement
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f["kind"], f["text"]) for p in parse_jd(text) for f in p["flags"]]


def test_a_heading_of_several_words_ends_an_item_that_ends_in_a_number_or_a_name():
    text = (
        "Boiler Technician Your tasks Service gas boilers to BS 6798 Your profile Gas Safe "
        "registration 2 years of boiler servicing experience Nice to have: experience with "
        "Worcester Bosch What we offer 28 days of holiday and a company van"
    )
    assert _texts(text) == [
        "Gas Safe registration",
        "2 years of boiler servicing experience",
        "experience with Worcester Bosch",
    ]


def test_a_heading_whose_first_word_carries_a_comma_is_found_inside_a_line():
    text = (
        "Archivist Preferred Qualifications Experience with ArchivesSpace Knowledge, Skills and "
        "Abilities Ability to lift archive boxes of 30 lbs"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs == {
        "Experience with ArchivesSpace": False,
        "Ability to lift archive boxes of 30 lbs": True,
    }


BOARD_BLOCK = (
    "Site Safety Supervisor\nSkills\n• Knowledge of scaffolding inspections\nPreferred Candidate\n"
    "Career Level\nMid Career\nYears of Experience\nMin: 3 Max: 8\nGender\nFemale\n"
    "Nationality\nEgypt; Jordan\nDegree\nDiploma\nAge\nMin: 22 Max: 35\n"
    "Certificates: NEBOSH IGC, First Aid at Work\nBenefits: Housing allowance\n"
)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_boards_block_of_fields_is_read_field_by_field(one_line):
    text = " ".join(BOARD_BLOCK.split("\n")) if one_line else BOARD_BLOCK
    texts = [" ".join(t.split()) for t in _texts(text)]
    assert "Years of Experience Min: 3 Max: 8" in texts
    assert "Degree Diploma" in texts
    assert "NEBOSH IGC" in texts and "First Aid at Work" in texts
    assert not any("Mid Career" in t for t in texts)  # the post's level asks nothing
    kinds = {kind for kind, _ in _flags(text)}
    assert {"gender", "age", "ethnicity"} <= kinds


def test_a_lone_degree_line_in_a_list_is_no_field():
    text = "Requirements\nDegree\nBachelor's in Civil Engineering\n5 years of site experience\n"
    texts = _texts(text)
    assert "5 years of site experience" in texts
    assert not any(t.startswith("Degree Bachelor") for t in texts)


def test_a_lead_in_ending_in_the_following_and_a_bracket_heads_its_list():
    text = (
        "Park Warden Your application must show how you meet the following (essential "
        "qualifications) Secondary school diploma. Experience working outdoors. The following "
        "may be assessed later (may be needed for the job) Experience driving a boat. Other "
        "information We are committed to a diverse workforce."
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs == {
        "Secondary school diploma": True,
        "Experience working outdoors": True,
        "Experience driving a boat": False,
    }


@pytest.mark.parametrize(
    ("clause", "must"),
    [
        ("2 years in a payroll role (multi-state a bonus)", True),
        ("Working knowledge of a CAD tool (SolidWorks preferred)", True),
        ("SolidWorks (preferred)", False),
        ("Welding ticket (useful)", False),
    ],
)
def test_a_bracketed_preference_narrows_a_detail_unless_it_is_the_whole_aside(clause, must):
    assert parse_requirement(clause)["must"] is must


def test_an_age_floor_as_or_older_is_flagged():
    text = "Dog Walker Requirements: Must be 18 or older. Comfortable walking large dogs"
    assert ("age", "be 18 or older") in _flags(text)
    assert "Comfortable walking large dogs" in _texts(text)


def test_the_right_to_work_in_a_country_is_asked_not_given():
    text = "Barista\nWho you are\nYou have the right to work in Canada\nYou love coffee\n"
    assert "You have the right to work in Canada" in _texts(text)


def test_items_run_together_after_a_name_a_quote_or_a_licence_class_are_cut():
    text = (
        "Field Engineer Your profile At least 2 years of experience with Siemens WinCC "
        "Comfortable with Modbus and BACnet Good German or higher Driving licence class C1 "
        'You\'re calm when a customer says "now" You have a valid passport'
    )
    texts = _texts(text)
    assert "At least 2 years of experience with Siemens WinCC" in texts
    assert "Comfortable with Modbus and BACnet" in texts
    assert "Driving licence class C1" in texts
    assert 'You\'re calm when a customer says "now"' in texts


def test_a_passport_or_permit_named_by_its_place_opens_an_item_not_after_valid():
    text = (
        "Ski Instructor Your profile Level 2 instructor certificate Calm, patient and passionate "
        "about fresh, powdery snow EU/EEA passport or valid Norwegian work permit Perks Free "
        "lift pass"
    )
    assert _texts(text) == [
        "Level 2 instructor certificate",
        "Calm, patient and passionate about fresh, powdery snow",
        "EU/EEA passport or valid Norwegian work permit",
    ]


def test_a_course_completed_and_previous_experience_end_their_items():
    text = (
        "Helicopter Pilot Minimum requirements 1000 hours on type night flying "
        "Crew Resource Management course completed ICAO English Language Proficiency Level 5 "
        "Desirable: EC135 rating; training will be provided Previous offshore experience"
    )
    texts = _texts(text)
    assert "Crew Resource Management course completed" in texts
    assert "ICAO English Language Proficiency Level 5" in texts
    assert "Previous offshore experience" in texts


def test_skill_tags_cut_by_commas_under_a_heading_lost_in_one_line():
    text = (
        "Data Engineer - Contract Apply Now Save Skills Snowflake, dbt, Airflow, Kafka, Python "
        "Overview Remote Contract Job Details Our client needs a data engineer."
    )
    texts = _texts(text)
    assert texts[:5] == ["Snowflake", "dbt", "Airflow", "Kafka", "Python"]
    assert not any("Overview" in t or "Remote" in t for t in texts)


def test_a_lower_case_list_after_the_ideal_candidate_will():
    text = (
        "Kitchen Porter The ideal candidate will: have worked in a busy kitchen; be able to "
        "work weekends. Benefits: Free meals"
    )
    assert _texts(text) == ["have worked in a busy kitchen", "be able to work weekends"]


def test_a_heading_reads_the_same_with_an_ampersand():
    text = (
        "Roofer About the role We re-roof schools. Skills & experience - NVQ Level 2 in "
        "Roofing - CSCS card Why work with us Steady work all year"
    )
    assert _texts(text) == ["NVQ Level 2 in Roofing", "CSCS card"]


def test_a_pay_statement_run_into_the_last_item_is_no_requirement():
    text = (
        "Nurse Educator Bonus points: simulation training (SimMan, Laerdal) The base salary "
        "range for this role is $98,000-$112,000. We are an equal opportunity employer."
    )
    assert _texts(text) == ["simulation training (SimMan, Laerdal)"]


def test_linkedin_criteria_and_a_level_of_the_post_ask_nothing():
    text = (
        "Buyer What you'll need 3+ years in procurement Show more Show less Seniority level "
        "Mid-Senior level Employment type Full-time Job function Purchasing\n"
        "Minimum Experience\nExperienced\n"
    )
    assert _texts(text) == ["3+ years in procurement"]


def test_naukris_job_highlights_head_requirements_not_its_page_header():
    text = (
        "PHP Developer - Corvex Labs - 2 to 4 years - Indore | Naukri.com PHP Developer Corvex "
        "Labs 4.0 (88 Reviews) 2 - 4 years 5-9 Lacs PA Indore Job highlights Strong PHP 8 and "
        "Laravel Experience with MySQL tuning Job description Build our billing portal."
    )
    assert _texts(text) == ["Strong PHP 8 and Laravel", "Experience with MySQL tuning"]


def test_a_salary_before_its_amount_and_jobs_like_this_end_the_list():
    text = (
        "Pastry Chef The Person Level 2 Food Hygiene certificate Patience with laminated doughs "
        "Salary £29,000 - £31,000 + tronc Report this job Jobs like this Baker Bath"
    )
    texts = _texts(text)
    assert texts[0] == "Level 2 Food Hygiene certificate"
    assert not any("Salary" in t or "Baker" in t or "£" in t for t in texts)


def test_what_may_not_stand_in_for_experience_asks_nothing():
    text = (
        "Qualifications Specialized Experience: You must have one year of specialized experience "
        "in grants management. Education There is no substitute of education for specialized "
        "experience at this grade."
    )
    assert _texts(text) == ["You must have one year of specialized experience in grants management"]


def test_a_nice_to_have_put_as_a_condition_is_cut_from_the_must_before_it():
    text = (
        "Account Manager About you 2+ years in account management You're comfortable in "
        "HubSpot and Gong Bonus if you've sold to retailers What we offer Equity"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs["You're comfortable in HubSpot and Gong"] is True
    assert reqs["Bonus if you've sold to retailers"] is False


def test_an_age_floor_in_years_old_ends_its_clause():
    text = "Courier Requirements Must be at least 21 years old Clean driving record"
    assert _texts(text) == ["Must be at least 21 years old", "Clean driving record"]
    assert ("age", "at least 21 years old") in _flags(text)


def test_labels_followed_by_their_sentence_are_no_fields():
    text = (
        "Requirements\nDegree in Nursing\nCertificates in first aid, food hygiene and manual "
        "handling\nAge-appropriate communication skills\n"
    )
    texts = _texts(text)
    assert "Degree in Nursing" in texts
    assert not any(t.startswith("in first aid") for t in texts)


def test_the_successful_candidate_will_leads_into_what_they_have_not_their_duties():
    asks = (
        "Teacher of Geography The successful candidate will: hold QTS; have a degree in "
        "Geography. Safeguarding: We are committed to safeguarding children."
    )
    texts = _texts(asks)
    assert texts[:2] == ["hold QTS", "have a degree in Geography"]
    assert not any("safeguarding" in t for t in texts)
    duties = (
        "Teacher of Geography\nThe successful candidate will:\n- Plan and teach lessons to KS3\n"
        "- Run fieldwork trips\nPerson Specification\nQTS\n"
    )
    assert not any(t.startswith(("Plan", "Run")) for t in _texts(duties))


def test_a_bonus_the_job_pays_is_no_requirement():
    text = (
        "Qualifications: Current RN license in Texas BLS required Sign-on bonus up to $8,000 "
        "for experienced nurses! We are an equal opportunity employer."
    )
    assert not any("bonus" in t.lower() for t in _texts(text))


def test_a_count_of_years_keeps_the_name_its_of_names():
    text = "Requirements: 3+ years of commercial HVAC service experience; EPA 608 certification"
    assert "3+ years of commercial HVAC service experience" in _texts(text)


def test_a_heading_of_several_words_after_an_acronym_starts_a_section():
    text = (
        "Preferred Qualifications MBA or CFA Physical Requirements Ability to travel between "
        "sites Benefits Overview Medical and dental"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs.get("MBA or CFA") is False
    assert reqs.get("Ability to travel between sites") is True
