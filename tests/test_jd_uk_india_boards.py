"""Job boards and career pages of the UK and India, and what more US pages wrap around the
requirements (Tes, Reed, Naukri, Lever, iCIMS, Greenhouse's application form): person
specifications, their headings run into a scraped line, screenings and fair-chance notices, and
requirements run together. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in _reqs(text)]


def test_an_application_forms_fields_are_no_requirements():
    text = (
        "Payroll Specialist Requirements: You have 3+ years of payroll experience. Apply for "
        "this job First Name * Last Name * Email * Resume/CV * LinkedIn Profile Submit application"
    )
    assert _texts(text) == ["You have 3+ years of payroll experience"]


def test_screenings_and_fair_chance_notices_are_no_requirements():
    text = (
        "Warehouse Associate\nRequirements:\n- High school diploma or GED\n"
        "- Must pass a pre-employment drug test\n- Forklift experience a plus\n"
        "The successful applicant will be subject to an enhanced DBS check.\n"
        "Pursuant to the San Diego Fair Chance Ordinance, we will consider qualified applicants "
        "with arrest and conviction records.\n"
        "If you need any adjustments during the application process, please let us know.\n"
    )
    texts = _texts(text)
    assert "High school diploma or GED" in texts
    assert "Forklift experience a plus" in texts
    assert not any(w in t for t in texts for w in ("drug", "DBS", "Fair Chance", "adjustments"))


def test_what_you_have_done_stays_beside_an_amount():
    text = (
        "About you\nYou've owned a retention program at a DTC brand with $50M+ in revenue\n"
        "You have 5+ years of CRM marketing experience\n"
    )
    assert "You've owned a retention program at a DTC brand with $50M+ in revenue" in _texts(text)


def test_the_offer_after_a_scraped_list_is_no_requirement():
    text = (
        "What we're looking for Essential: 3+ years' commercial experience with React Strong "
        "TypeScript and CSS Desirable: Experience with Next.js or Remix What we offer £60,000 – "
        "£75,000 depending on experience Share options 25 days' holiday plus bank holidays "
        "Flexible hybrid working"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs.get("Experience with Next.js or Remix") is False
    assert not any("holiday" in t or "hybrid" in t or "Share" in t for t in reqs)


def test_compensation_run_into_the_list_heads_the_pay():
    text = (
        "Requirements You have 6+ years of lifecycle marketing experience Bachelor's degree in "
        "Marketing or a related field Compensation The base salary range for this role is "
        "$135,000 - $160,000. Final offers depend on experience and location."
    )
    texts = _texts(text)
    assert any(t.endswith("6+ years of lifecycle marketing experience") for t in texts)
    assert not any("offers" in t or "location" in t for t in texts)


def test_naukris_desired_candidate_profile_heads_the_requirements():
    text = (
        "SAP MM Consultant Roles and Responsibilities Configure procurement processes "
        "Support UAT and cutover Desired Candidate Profile 4-6 years of relevant experience in "
        "SAP MM Good communication skills About company Tarang Infosys is a CMMI Level 3 "
        "talent solutions firm with offices in Pune."
    )
    texts = _texts(text)
    assert "4-6 years of relevant experience in SAP MM" in texts
    assert not any("Tarang" in t or "Infosys" in t or "CMMI" in t for t in texts)


_PERSON_SPEC = [
    "Person Specification",
    "Criteria | Essential | Desirable",
    "Qualified Teacher Status (QTS) | Essential",
    "A degree in Chemistry or a closely related subject | Essential",
    "Experience of teaching A Level Chemistry | Desirable",
    "Good behaviour management skills | Essential",
    "We offer: a supportive leadership team and free on-site parking.",
]


def test_a_person_specifications_rows_are_musts_as_their_column_says():
    for text in ("\n".join(_PERSON_SPEC), " ".join(_PERSON_SPEC)):  # as written, and scraped
        reqs = {r["text"]: r["must"] for r in _reqs(text)}
        assert reqs["Qualified Teacher Status (QTS)"] is True
        assert reqs["A degree in Chemistry or a closely related subject"] is True
        assert reqs["Experience of teaching A Level Chemistry"] is False
        assert reqs["Good behaviour management skills"] is True
        assert not any("|" in t or "Criteria" in t for t in reqs)


def test_a_second_floor_a_registration_or_a_tool_skill_after_and_is_its_own_requirement():
    text = (
        "Requirements:\n"
        "- 5-8 years of relevant experience in SAP MM, with minimum 2 end-to-end S/4HANA "
        "implementations\n"
        "- 4+ years of CRM marketing experience, with at least 2 years managing people\n"
        "- BPharm degree and current registration with the Pharmacy Council\n"
        "- You're fluent in Braze or Iterable, and comfortable writing basic SQL\n"
    )
    texts = _texts(text)
    for clause in (
        "5-8 years of relevant experience in SAP MM",
        "minimum 2 end-to-end S/4HANA implementations",
        "4+ years of CRM marketing experience",
        "at least 2 years managing people",
        "BPharm degree",
        "current registration with the Pharmacy Council",
        "comfortable writing basic SQL",
    ):
        assert clause in texts, clause


def test_a_scraped_list_breaks_before_a_licence_a_range_of_years_and_a_capitalised_nice_to_have():
    text = (
        "Qualifications Must be at least 21 years of age High school diploma or equivalent Valid "
        "Ohio Private Security License Must be registered in a state apprenticeship program (e.g. "
        "IEC) 1-3 years of warehouse experience Ability to work weekends as store needs require "
        "Retail experience strongly preferred Basic math skills and ability to count cash "
        "Bilingual in English and Spanish preferred Benefits Paid time off"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs["High school diploma or equivalent"] is True
    assert reqs["Valid Ohio Private Security License"] is True
    assert reqs["Must be registered in a state apprenticeship program (e.g. IEC)"] is True
    assert reqs["1-3 years of warehouse experience"] is True
    assert reqs["Ability to work weekends as store needs require"] is True
    assert reqs["Retail experience strongly preferred"] is False
    assert reqs["Bilingual in English and Spanish preferred"] is False


def test_a_nice_to_have_after_a_name_in_the_sentence_stays_whole():
    text = (
        "Requirements:\n- Fluent in written and spoken English any additional language is a plus\n"
        "- Experience with Epic or Cerner preferred\n"
    )
    texts = _texts(text)
    assert "Experience with Epic or Cerner preferred" in texts
    assert not any(t.startswith("English") for t in texts)


def test_a_capital_article_opens_the_next_item_of_a_scraped_list():
    text = (
        "Nice to have Experience with Attentive Familiarity with Shopify and Looker A passion "
        "for design or the home category Benefits Paid time off"
    )
    texts = _texts(text)
    assert "Familiarity with Shopify and Looker" in texts
    assert "A passion for design or the home category" in texts


def test_a_firms_name_before_its_equal_opportunity_statement_is_no_requirement():
    text = (
        "Qualifications Bachelor's degree required Knowledge of Spanish is a plus Salary Range: "
        "$60,000 - $70,000 annually. Pemberton Vale LLP is an equal opportunity employer. "
        "All qualified applicants will receive consideration for employment."
    )
    texts = _texts(text)
    assert "Bachelor's degree required" in texts
    assert not any("Pemberton" in t or t == "Vale" for t in texts)


def test_naukris_notice_period_is_no_lead_in_and_an_acronyms_certification_a_plus_is_its_own():
    text = (
        "Desired Candidate Profile 4-6 years of relevant experience in SAP MM Good communication "
        "skills and client-facing experience SAP MM certification will be an added advantage "
        "Notice period: Immediate to 15 days only Perks and benefits Medical insurance, PF"
    )
    reqs = {r["text"]: r["must"] for r in _reqs(text)}
    assert reqs["Good communication skills and client-facing experience"] is True
    assert reqs["SAP MM certification will be an added advantage"] is False


def test_naukris_note_on_its_key_skills_is_no_requirement():
    text = (
        "Desired Candidate Profile 4-6 years of relevant experience in SAP MM Good communication "
        "skills PG: Any Postgraduate Key Skills "
        "SAP MM Procurement Skills highlighted with '*' are preferred keyskills About company "
        "Tarang Infosys is a talent solutions firm."
    )
    texts = _texts(text)
    assert "4-6 years of relevant experience in SAP MM" in texts
    assert not any("keyskills" in t or "highlighted" in t for t in texts)


def test_degree_abbreviations_are_education_floors_and_named_licences_are_certificates():
    text = (
        "Requirements:\n- MBA preferred\n- BSN required\n- B.Tech in Computer Science\n"
        "- Valid Class B CDL\n- Current DOT medical card\n- Qualified Teacher Status (QTS)\n"
        "- Current registration with the Nursing and Midwifery Council\n"
        "- Experience with credit card processing\n"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert (reqs["MBA preferred"]["kind"], reqs["MBA preferred"]["min_level"]) == (
        "education",
        "master",
    )
    assert reqs["BSN required"]["min_level"] == "bachelor"
    assert reqs["B.Tech in Computer Science"]["min_level"] == "bachelor"
    for cert in (
        "Valid Class B CDL",
        "Current DOT medical card",
        "Qualified Teacher Status (QTS)",
        "Current registration with the Nursing and Midwifery Council",
    ):
        assert reqs[cert]["kind"] == "certificate", cert
    # ("card" names no certificate here: an activity, no tool named, so work experience)
    assert reqs["Experience with credit card processing"]["kind"] == "experience"


def test_a_career_sites_navigation_is_no_title():
    text = (
        "Skip to main content\nCareers at Harrow & Lane LLP\nSearch Jobs | Students | Sign In\n"
        "Candidate Home\nConveyancing Paralegal\nApply\nQualifications\n"
        "- Two years of residential conveyancing experience\n"
    )
    posting = parse_jd(text)[0]
    assert posting["title"] == "Conveyancing Paralegal"
    assert [r["text"] for r in posting["requirements"]] == [
        "Two years of residential conveyancing experience"
    ]


def test_a_licence_word_after_a_word_that_leads_into_it_starts_no_item():
    text = (
        "Requirements: Must have a Valid Driver's License and reliable transportation Must hold "
        "Current BLS certification Knowledge of Active Directory and Group Policy"
    )
    texts = _texts(text)
    # (the licence is not cut after "a"; the transportation is an ask of its own, round 24)
    assert "Must have a Valid Driver's License" in texts
    assert "reliable transportation" in texts
    assert "Must have a" not in texts
    assert "Must hold Current BLS certification" in texts
    assert "Knowledge of Active Directory and Group Policy" in texts


def test_a_named_tool_after_a_verb_and_the_uks_a_level_stay_in_their_clause():
    text = (
        "Requirements:\n- Prior experience supporting Epic is a plus\n"
        "- Ability to configure Cisco routers preferred\n"
        "- Experience of teaching A level Chemistry and GCSE Physics\n"
    )
    assert _texts(text) == [
        "Prior experience supporting Epic is a plus",
        "Ability to configure Cisco routers preferred",
        "Experience of teaching A level Chemistry and GCSE Physics",
    ]


def test_years_after_the_word_experience_stay_with_it():
    text = (
        "Requirements:\n- Sales experience 2-3 years preferred\n- Experience 1-2 years in retail\n"
        "- Sales experience 3+ years\n"
    )
    assert _texts(text) == [
        "Sales experience 2-3 years preferred",
        "Experience 1-2 years in retail",
        "Sales experience 3+ years",
    ]


def test_drug_testing_as_work_and_it_acronyms_like_degrees_stay_requirements():
    text = (
        "Requirements:\n- Experience with drug testing procedures\n- Experience with MFA and SSO\n"
        "- Hands-on work with LLM APIs\n- Must pass a pre-employment drug screening\n"
    )
    reqs = {r["text"]: r for r in _reqs(text)}
    assert "Experience with drug testing procedures" in reqs
    assert reqs["Experience with MFA and SSO"]["kind"] == "skill"
    assert reqs["Hands-on work with LLM APIs"]["kind"] == "skill"
    assert not any("screening" in t for t in reqs)
    # AUTOSAR's basic software (BSW) is a skill, not a social-work degree
    (bsw,) = _reqs("Requirements:\n- Experience configuring AUTOSAR BSW modules\n")
    assert bsw["kind"] == "skill"


def test_an_ambiguous_degree_abbreviation_is_education_alone_or_in_context_only():
    reqs = {
        r["text"]: r
        for r in _reqs(
            "Requirements:\n- MSN preferred\n- Experience supporting MSN Messenger and Skype users\n"
        )
    }
    assert (reqs["MSN preferred"]["kind"], reqs["MSN preferred"]["min_level"]) == (
        "education",
        "master",
    )
    messenger = reqs["Experience supporting MSN Messenger and Skype users"]
    assert messenger["kind"] != "education" and messenger["min_level"] is None


NAUKRI_ONE_LINE = (
    "SAP MM Consultant - Job in Pune | Naukri.com Login Register Apply Save Job highlights 4-6 "
    "years of experience in SAP MM procurement Hybrid work, 3 days in office Job description We "
    "are hiring for a global client. Roles and Responsibilities Configure purchasing processes "
    "Desired Candidate Profile Good communication skills Education UG: B.Tech/B.E. in Any "
    "Specialization, B.Com in Commerce PG: Any Postgraduate Key Skills SAP MM Procurement"
)


def test_naukri_highlights_and_ug_line_give_the_years_and_the_education_floor():
    reqs = {r["text"]: r for r in _reqs(NAUKRI_ONE_LINE)}
    years = reqs["4-6 years of experience in SAP MM procurement"]
    assert (years["kind"], years["min_years"], years["max_years"]) == ("experience", 4.0, 6.0)
    degree = reqs["B.Tech/B.E. in Any Specialization, B.Com in Commerce"]
    assert (degree["kind"], degree["min_level"]) == ("education", "bachelor")
    # "Any Specialization" / "Any Postgraduate" ask no major and no master's degree
    assert not any(r["kind"] == "major" or r["min_level"] == "master" for r in reqs.values())
    assert not any("Hybrid" in t or "days in office" in t for t in reqs)


def test_a_naukri_ug_line_on_lines_of_its_own_and_not_required():
    text = "Data Analyst\nRequirements:\n- SQL\nEducation\nUG: Any Graduate\nPG: Any Postgraduate\n"
    (edu,) = [r for r in _reqs(text) if r["kind"] == "education"]
    assert (edu["text"], edu["min_level"]) == ("Any Graduate", "bachelor")
    text = "Picker\nRequirements:\n- Forklift licence\nEducation UG: Graduation Not Required\n"
    assert not [r for r in _reqs(text) if r["kind"] == "education"]


def test_a_one_line_career_page_takes_its_title_from_the_page():
    workday = (
        "Skip to main content Careers at Harrow & Lane LLP Search for Jobs | Candidate Home | "
        "Sign In Conveyancing Paralegal Apply locations Leeds time type Full time posted on "
        "Posted 2 Days Ago Qualifications Two years of residential conveyancing experience"
    )
    assert parse_jd(workday)[0]["title"] == "Conveyancing Paralegal"
    field = (
        "Careers | Brookfield Foods Job Title: Senior Payroll Specialist Location: Denver, CO "
        "Department: Finance Requirements: 3 years of payroll experience with ADP"
    )
    assert parse_jd(field)[0]["title"] == "Senior Payroll Specialist"
    board = (
        "Research Associate in Soil Chemistry at University of Eastmoor - jobs.ac.uk\n"
        "Essential criteria\n- PhD in Soil Science\n"
    )
    assert parse_jd(board)[0]["title"] == "Research Associate in Soil Chemistry"
