"""Round twenty-two's mechanisms on scraped English postings: a run-on list that a legal notice
makes boilerplate keeps its items up to the last that asks something, a degree named by its
letters, a licence's code and its old number, a criminal record the person must have, "Must" and
any verb, a lead-in that stops at a bullet, a shift app's blocks and facts, a freelance brief's
request for a proposal and client block, an advanced degree's level, a board's years and
schooling fields in one line, and a credential's name that ends on its noun. Postings here are
written for the tests."""

from __future__ import annotations

import pytest

from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts

_GRADUATE = [
    "Graduate Structural Engineer (2027) | Graduate board",
    "Location: Leeds",
    "Salary: £28,000",
    "What we're looking for",
    "You'll be graduating in 2027 with a BEng or MEng in Civil or Structural Engineering",
    "A real curiosity about how buildings stand up",
    "Some familiarity with Revit or Tekla, from your course or a placement",
    "Confident writing short technical notes",
    "Bonus if you've used finite element software on a project",
    "Please note: applicants must have the right to work in the UK, as we cannot sponsor visas.",
    "What's in it for you",
    "Paid IStructE membership and a mentor",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_run_on_list_before_a_legal_notice_keeps_its_items(one_line):
    texts = _texts(_join(_GRADUATE, one_line))
    assert any(t.startswith("You'll be graduating in 2027 with a BEng or MEng") for t in texts)
    assert "A real curiosity about how buildings stand up" in texts
    assert "Some familiarity with Revit or Tekla, from your course or a placement" in texts
    assert "Confident writing short technical notes" in texts
    assert not any("IStructE" in t or "sponsor" in t for t in texts)


_PLANT = [
    "Auto Electrician | Jobs board (ZA)",
    "Minimum Requirements",
    "Grade 12",
    "Auto Electrician trade test certificate",
    "Valid Code EB (08) driver's licence",
    "Clean criminal record",
    "Must live within 30 km of town",
    "Should you not hear from us within 14 days, please consider your application unsuccessful.",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_licence_code_a_criminal_record_and_must_with_any_verb(one_line):
    texts = _texts(_join(_PLANT, one_line))
    # the old number in brackets is the code's, not the next point's number
    assert any(t.startswith("Valid Code EB (08) driver's licence") for t in texts)
    assert not any(t == "Valid Code EB" for t in texts)
    assert any(t.startswith("Must live within 30 km of town") for t in texts)
    if not one_line:  # (in one line the check runs on from the licence: left)
        assert not any("criminal" in t for t in texts)


def test_a_clean_criminal_record_after_other_words_is_not_dropped_with_them():
    # (only an item that opens with the record is the check; here it qualifies the years)
    texts = _texts("Requirements:\nMinimum 21 years with a clean criminal record")
    assert texts == ["Minimum 21 years with a clean criminal record"]


_SHIFT = [
    "Event Bartender - shift app",
    "$22.00/hr + tips",
    "Requirements",
    "✓ 2+ years of high-volume bartending experience",
    "✓ State alcohol server certification",
    "✓ Comfortable on your feet for 8 hours",
    "Attire",
    "All black, closed-toe non-slip shoes",
    "About the shift",
    "You'll run a cocktail bar for a 200-guest gala. Check in at the service entrance.",
    "Nice to have",
    "✓ Experience with batch cocktails",
    "✓ Barback experience",
    "Parking: Validated parking in Lot C",
    "Cancellation policy: Cancel 24 hours ahead to avoid a strike.",
    "Book shift",
]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_shift_apps_blocks_and_a_lead_in_that_stops_at_a_bullet(one_line):
    reqs = _reqs(_join(_SHIFT, one_line))
    texts = [r["text"] for r in reqs]
    assert "Comfortable on your feet for 8 hours" in texts
    nice = {r["text"]: r["must"] for r in reqs}
    assert nice.get("Experience with batch cocktails") is False
    assert nice.get("Barback experience") is False
    for word in ("All black", "cocktail bar", "Book shift", "service entr"):
        assert not any(word in t for t in texts), word
    if not one_line:  # (in one line a fact's label after the last item is cut off it: left)
        assert not any("Lot C" in t or "Cancel 24" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_freelance_briefs_request_for_a_proposal_and_client_block(one_line):
    lines = [
        "Payroll help for a small bakery | Freelance board",
        "Budget £150 / month",
        "You should be:",
        "- CIPP qualified or studying towards it",
        "- experienced with Sage Payroll",
        "Send me a short proposal with your rate and one reference.",
        "Client info",
        "Bristol, United Kingdom",
        "Member since 2020",
    ]
    texts = _texts(_join(lines, one_line))
    assert any(t.startswith("CIPP qualified") for t in texts)
    assert not any("Bristol" in t or "Member since" in t for t in texts)
    if not one_line:  # (in one line the request runs on from the last item: left)
        assert not any("proposal" in t for t in texts)


@pytest.mark.parametrize("one_line", [False, True])
def test_advantageous_heads_the_nice_to_haves(one_line):
    lines = [
        "Instrument Technician | Energy recruiter",
        "Requirements",
        "• Certificate IV in Instrumentation",
        "• 3 years' post-trade experience in process plants",
        "Advantageous",
        "• DCS loop checking experience",
        "What's on offer",
        "• Flights provided",
    ]
    reqs = _reqs(_join(lines, one_line))
    by_text = {r["text"]: r["must"] for r in reqs}
    assert by_text.get("DCS loop checking experience") is False
    assert not any(t.strip() == "Advantageous" or "Advantageous" in t for t in by_text)


def test_an_advanced_university_degree_is_master_level():
    reqs = _reqs("Requirements:\n- Advanced university degree in economics or a related field")
    assert [r["min_level"] for r in reqs if r["kind"] == "education"] == ["master"]


def test_a_boards_years_field_in_one_line_ends_at_its_unit():
    text = (
        "Programme Manager | NGO board Organization: Riverbend Trust Country: Kenya Job type: Job"
        " Years of experience: 3-4 years Theme: Education Background We run schools."
    )
    reqs = _reqs(text)
    years = [r for r in reqs if r["kind"] == "experience"]
    assert [r["text"] for r in years] == ["Years of experience: 3-4 years"]
    assert years[0]["min_years"] == 3


@pytest.mark.parametrize("one_line", [False, True])
def test_a_boards_schooling_fields_are_requirements(one_line):
    lines = [
        "Graduate Chemical Engineer | Graduate board",
        "Location: Teesside",
        "Degree Disciplines: Chemical Engineering, Process Engineering",
        "Minimum Grade: 2:2",
        "Deadline: Rolling",
        "Overview",
        "Join our process design team.",
    ]
    texts = _texts(_join(lines, one_line))
    assert "Degree Disciplines: Chemical Engineering, Process Engineering" in texts
    assert "Minimum Grade: 2:2" in texts
    assert not any("Deadline" in t or "Teesside" in t for t in texts)


def test_a_credentials_name_ends_on_its_noun():
    text = (
        "Preferred Qualifications\n"
        "Reach truck experience Counterbalance Forklift Operator Certificate Cold store picking"
        " experience"
    )
    texts = _texts(text)
    assert any(t.endswith("Forklift Operator Certificate") for t in texts)
    assert "Cold store picking experience" in texts
