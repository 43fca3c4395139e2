"""Round nineteen's mechanisms on scraped English postings: Canada's Job Bank blocks (each a label
above its items: certificates, experience and specialization, personal suitability, who can
apply), an agency's "What they need:" in a forwarded e-mail and its confidentiality footer, a
page printed from a browser whose margins fall inside a list, a board's labelled certificates
("Certifications: BLS, ACLS"), "Must have …" after an acronym, an acronym spelled out before its
licence, a reason after the ask, no item opened after an article, and a gender preference
flagged. Postings here are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join as _join
from tests.jd_support import texts as _texts


def _posting(text: str) -> dict:
    return parse_jd(text)[0]


_JOB_BANK = [
    "Cook - Job Bank",
    "Job Bank",
    "Cook",
    "Posted on November 20, 2026 by",
    "Birchwood Lodge Inc.",
    "Kamloops, BC",
    "$19.50 hourly / 35 to 40 hours per week",
    "Job details",
    "Terms of employment: Permanent employment, Full time",
    "Overview",
    "Languages",
    "English",
    "Education",
    "Secondary (high) school graduation certificate",
    "Experience",
    "1 year to less than 2 years",
    "On site",
    "Work must be completed at the physical location. There is no option to work remotely.",
    "Work setting",
    "Hotel",
    "Responsibilities",
    "Tasks",
    "Prepare and cook complete meals",
    "Clean kitchen and work areas",
    "Certificates, licences, memberships, and courses",
    "Food Safe Certificate",
    "Experience and specialization",
    "Cuisine specialties",
    "Canadian",
    "Additional information",
    "Security and safety",
    "Criminal record check",
    "Work conditions and physical capabilities",
    "Standing for extended periods",
    "Personal suitability",
    "Flexibility",
    "Initiative",
    "Benefits",
    "Dental plan",
    "Who can apply to this job?",
    "Only apply to this job if:",
    "You are a Canadian citizen, a permanent or a temporary resident of Canada.",
    "You have a valid Canadian work permit.",
    "If you are not authorized to work in Canada, do not apply. The employer will not respond "
    "to your application.",
    "How to apply",
    "By email",
    "kitchen@birchwood.example.com",
]


def test_job_bank_blocks_are_read_as_what_the_post_asks():
    reqs = _posting("\n".join(_JOB_BANK))["requirements"]
    texts = [r["text"] for r in reqs]
    assert "Food Safe Certificate" in texts
    assert "Standing for extended periods" in texts
    assert "Flexibility" in texts and "Initiative" in texts
    assert "You are a Canadian citizen, a permanent or a temporary resident of Canada" in texts
    # the Overview's labelled experience is one clause of its kind
    years = [r for r in reqs if "1 year to less than 2 years" in r["text"]]
    assert years and years[0]["kind"] == "experience"
    # the page's facts, the screening and its notices are no requirement
    for chrome in ("On site", "Work must be completed", "do not apply", "will not respond"):
        assert not any(chrome in t for t in texts), chrome
    assert not any("Criminal record check" in t for t in texts)
    # the duties stay duties
    assert not any("Prepare and cook" in t for t in texts)


def test_job_bank_in_one_line_keeps_who_may_apply_without_its_lead_in():
    texts = _texts(" ".join(_JOB_BANK))
    assert "Food Safe Certificate" in texts
    assert "You are a Canadian citizen, a permanent or a temporary resident of Canada" in texts
    assert not any(t.startswith("Only apply") for t in texts)


_EMAIL = [
    "---------- Forwarded message ---------",
    "From: Trades Desk <trades@northgate-recruit.example.com>",
    "Subject: Maintenance Electrician - food plant, Leicester - £21/hr",
    "",
    "Hi,",
    "",
    "I'm recruiting for a Maintenance Electrician for a client of mine, a chilled food factory.",
    "",
    "What they need:",
    "* 18th Edition wiring regulations",
    "* At least 3 years of maintenance experience in a manufacturing plant",
    "* PLC fault finding (Siemens S7 ideally)",
    "* Happy to work a 4 on 4 off shift pattern",
    "* IPAF would be a bonus",
    "",
    "Rate: £21 per hour + shift allowance.",
    "",
    "Kind regards,",
    "Trades Desk",
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please delete it and notify the sender.",
]


def test_an_agencys_forwarded_email_gives_its_clients_list():
    reqs = _posting("\n".join(_EMAIL))["requirements"]
    musts = {r["text"]: r["must"] for r in reqs}
    assert musts.get("At least 3 years of maintenance experience in a manufacturing plant") is True
    assert musts.get("18th Edition wiring regulations") is True
    assert musts.get("IPAF would be a bonus") is False
    assert not any("error" in t or "confidential" in t for t in musts)


_PRINT = [
    "11/30/26, 9:05 AM Payroll Administrator",
    "https://harlow.wd3.myworkdayjobs.com/en-US/External/job/Payroll-Administrator_R0012",
    "Harlow Foods",
    "Payroll Administrator",
    "Apply",
    "Qualifications",
    "Required Qualifications:",
    "Two years of payroll processing experience",
    "Working knowledge of ADP Workforce Now",
    "https://harlow.wd3.myworkdayjobs.com/en-US/External/job/Payroll-Administrator_R0012 1/2",
    "11/30/26, 9:05 AM Payroll Administrator",
    "Strong attention to detail and confidentiality",
    "Preferred Qualifications:",
    "Certified Payroll Professional (CPP) credential",
    "Harlow Foods is an Equal Opportunity Employer.",
    "https://harlow.wd3.myworkdayjobs.com/en-US/External/job/Payroll-Administrator_R0012 2/2",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_printed_pages_margins_are_no_requirement(one_line):
    posting = _posting(_join(_PRINT, one_line))
    texts = [r["text"] for r in posting["requirements"]]
    assert "Working knowledge of ADP Workforce Now" in texts
    assert "Strong attention to detail and confidentiality" in texts
    assert not any("AM" in t or "myworkdayjobs" in t or "1/2" in t for t in texts)
    assert "11/30/26" not in posting["title"]


_NURSE = [
    "Travel Nurse RN - Telemetry",
    "Requirements",
    "Experience: 1 year of recent telemetry experience",
    "License: Active RN license in Arizona or a compact multistate license",
    "Certifications: BLS, ACLS",
    "Must have a minimum of 6 months of recent travel experience",
    "Pass a drug screen and background check prior to start",
    "Benefits",
    "Weekly pay",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_boards_labelled_certificates_are_one_each(one_line):
    texts = _texts(_join(_NURSE, one_line))
    assert "BLS" in texts and "ACLS" in texts
    assert "Must have a minimum of 6 months of recent travel experience" in texts
    assert not any("drug screen" in t for t in texts)


def test_an_acronym_spelled_out_opens_its_licence_in_a_run_on():
    text = (
        "Requirements Minimum 2 years of experience in a community pharmacy DHA (Dubai Health "
        "Authority) license or eligibility to obtain it Good communication skills in English"
    )
    texts = _texts(text)
    assert "Minimum 2 years of experience in a community pharmacy" in texts
    assert any(t.startswith("DHA (Dubai Health Authority) license") for t in texts)


def test_the_reason_after_the_ask_is_cut_and_an_article_keeps_its_name():
    text = "\n".join(
        [
            "About you",
            "A full UK driving licence is essential, as the role visits schools across the county",
            "Working knowledge of the Equality Act and the Working Time Regulations",
        ]
    )
    texts = _texts(text)
    assert "A full UK driving licence is essential" in texts
    assert "Working knowledge of the Equality Act and the Working Time Regulations" in texts


def test_a_gender_preference_is_flagged_not_asked():
    text = "\n".join(
        [
            "Desired Candidate Profile",
            "Diploma in nursing with 2 years of clinic experience",
            "Female candidates preferred",
        ]
    )
    posting = _posting(text)
    assert any(f["kind"] == "gender" for f in posting["flags"])
    assert not any(r["text"] == "Female candidates preferred" for r in posting["requirements"])


def test_your_role_heads_duties():
    text = "\n".join(
        [
            "Your role",
            "Plan daily collections and keep drivers' hours within the rules",
            "Report on cost per drop",
            "Your qualifications",
            "At least 2 years of transport planning experience",
        ]
    )
    posting = _posting(text)
    texts = [r["text"] for r in posting["requirements"]]
    assert texts == ["At least 2 years of transport planning experience"]
    assert any("Plan daily collections" in d for d in posting["duties"])
