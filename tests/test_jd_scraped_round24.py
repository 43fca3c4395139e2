"""Round twenty-four's mechanisms on scraped English postings: a career page's JSON-LD
JobPosting taken as text, a heading that names its purpose ("What you need to join us"),
... Postings here are written for the tests."""

from __future__ import annotations

import json

import pytest

from matcher.extract.text import job_posting_json
from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_DESCRIPTION = (
    "<p>Northgate Print Works is hiring a press operator.</p><p><b>Requirements</b></p><ul>"
    "<li>2+ years running Heidelberg offset presses</li><li>Forklift certification a plus</li>"
    "<li>Able to lift 50 lbs</li></ul><p>Northgate is an equal opportunity employer.</p>"
)
_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Press Operator (2nd shift)",
    "description": _DESCRIPTION,
    "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": 24},
    "experienceRequirements": {
        "@type": "OccupationalExperienceRequirements",
        "monthsOfExperience": 24,
    },
    "hiringOrganization": {"@type": "Organization", "name": "Northgate Print Works"},
}


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_json_ld_job_posting_is_read_as_its_page_shows_it(wrapped):
    blob = json.dumps(_POSTING)
    if wrapped:
        blob = f'<script type="application/ld+json">{blob}</script>'
    reqs = _reqs("Careers | Northgate " + blob + " © 2026 Northgate")
    got = {r["text"]: (r["kind"], r["must"], r["min_years"]) for r in reqs}
    assert got["2+ years running Heidelberg offset presses"] == ("experience", True, 2.0)
    assert got["Forklift certification a plus"][1] is False
    assert "Able to lift 50 lbs" in got
    # structured values (pay, months of experience, the employer) are no clauses of their own
    assert not any("monthsOfExperience" in t or "MonetaryAmount" in t or "@" in t for t in got)


def test_json_ld_under_a_graph_and_its_text_properties():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "Lakeview Clinic"},
            {
                "@type": ["JobPosting"],
                "title": "Medical Receptionist",
                "description": "Greet patients and book appointments.",
                "qualifications": "Experience with Epic scheduling\nBilingual English/Spanish preferred",
            },
        ],
    }
    text = job_posting_json(json.dumps(data))
    assert text.splitlines()[1:] == [
        "Medical Receptionist",
        "Greet patients and book appointments.",
        "Qualifications",
        "Experience with Epic scheduling",
        "Bilingual English/Spanish preferred",
    ]


def test_json_that_is_no_job_posting_or_does_not_parse_stays_as_it_is():
    for text in (
        'Skills: {"@type": "Person", "name": "x"} and JobPosting schemas',
        '{"@type": "JobPosting", "title": "cut off',
        "Requirements: experience with JSON-LD and schema.org JobPosting markup",
    ):
        assert job_posting_json(text) == text


_PURPOSE = [
    "Deckhand (Seasonal) - Bluewater Charters",
    "The role",
    "- Handle lines and fenders when docking",
    "- Keep the deck clean and the gear stowed",
    "What you'll need to be successful",
    "- At least 1 season of deckhand experience on passenger vessels",
    "- Valid first aid and CPR certificate",
    "- Comfortable working on the water in all weather",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_heading_that_names_its_purpose_heads_the_requirements(one_line):
    texts = _texts(_join(_PURPOSE, one_line))
    assert "At least 1 season of deckhand experience on passenger vessels" in texts
    assert "Valid first aid and CPR certificate" in texts
    assert not any("What you" in t or "Handle lines" in t for t in texts)


@pytest.mark.parametrize("sep", [": ", " : "])
def test_a_boards_schooling_and_years_fields_are_fields_not_a_lead_in(sep):
    text = (
        f"Stores Officer Kanem Foods Lagos Job Summary Minimum Qualification{sep}Degree "
        f"Experience Level{sep}Mid level Experience Length{sep}4 years Job Description/Requirements "
        "Kanem Foods is a leading food producer."
    )
    reqs = _reqs(text)
    got = {r["text"]: (r["kind"], r["min_level"], r["min_years"]) for r in reqs}
    assert got[f"Minimum Qualification{sep}Degree"] == ("education", "bachelor", None)
    assert got[f"Experience Length{sep}4 years"] == ("experience", None, 4.0)
    assert not any("Mid level" in t for t in got)


def test_an_age_ceiling_after_must_not_be_is_flagged_with_its_ceiling():
    reqs = _reqs(
        "Requirements:\n- HND in Marketing\n- Applicants must not be more than 32 years old"
    )
    ages = [(r["kind"], r["min_age"], r["max_age"]) for r in reqs if "years old" in r["text"]]
    assert ages == [("age", None, 32.0)]


_WARNING = [
    "Sales Executive Okoro Paints Abuja",
    "Requirements:",
    "- OND in Marketing or Business Administration",
    "- 2 years of field sales experience",
    "Important Safety Tips Do not make any payment without confirming with the Customer Support Team.",
    "If you think this advert is not genuine, please report it via the link below.",
    "Report Job  Share",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_boards_fraud_warning_and_buttons_ask_nothing(one_line):
    texts = _texts(_join(_WARNING, one_line))
    assert "2 years of field sales experience" in texts
    assert not any("payment" in t or "genuine" in t or "Report" in t for t in texts)


_CLASSIFIED = [
    "Drywall Taper Wanted - Start Monday",
    "$30/hr",
    "We are a small crew doing basements and additions around the city.",
    "You must have at least 2 years experience taping and mudding. Must have your own tools and a"
    " valid driver's licence with a reliable vehicle. A Working at Heights card would be nice but"
    " we can train you.",
    "Text or call after 5pm.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_classifieds_subjectless_must_and_a_nice_to_have_that_the_employer_softens(one_line):
    reqs = _reqs(_join(_CLASSIFIED, one_line))
    got = {r["text"]: r["must"] for r in reqs}
    assert got.get("your own tools") is True
    # a licence and a reliable vehicle are asked apart, after "and" or "with"
    assert got.get("a valid driver's licence") is True
    assert got.get("a reliable vehicle") is True
    # what the employer will do about a nice-to-have is no part of it
    assert got.get("A Working at Heights card would be nice") is False
    assert not any("train you" in t for t in got)


def test_reliable_vehicle_maintenance_is_no_second_ask():
    texts = _texts("Requirements:\n- Experience with reliable vehicle maintenance programs")
    assert texts == ["Experience with reliable vehicle maintenance programs"]


_FORHIRE = [
    "[Hiring] Voice actor for an audio drama, remote, $300 per episode",
    "We're an indie podcast studio casting our second season.",
    "**Requirements**",
    "* A home studio with a treated booth",
    "* Experience voicing at least 3 characters in released audio fiction",
    "**Bonus**",
    "* Able to sing in a choir or a band.",
    "Payment via PayPal, net 30. No recruiters please.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_markdown_bold_heading_heads_its_list_in_one_line_and_a_posters_terms_ask_nothing(
    one_line,
):
    reqs = _reqs(_join(_FORHIRE, one_line))
    got = {r["text"]: r["must"] for r in reqs}
    assert got.get("A home studio with a treated booth") is True
    assert got.get("Experience voicing at least 3 characters in released audio fiction") is True
    # (the last item ends in its full stop: without it, in one line it runs into the terms
    # after it, a leftover)
    assert got.get("Able to sing in a choir or a band") is False
    assert not any("*" in t or "Payment" in t or "recruiters" in t for t in got)


def test_bold_words_inside_a_sentence_are_no_heading():
    texts = _texts("Requirements:\n- Fluent in **Requirements** engineering tools such as DOORS")
    assert texts == ["Fluent in **Requirements** engineering tools such as DOORS"]
