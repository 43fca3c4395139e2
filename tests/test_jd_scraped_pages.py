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
