"""Where a requirements list ends: at the first piece of boilerplate (a footer, an offer, the
employer's details) after it, under any heading, unless a requirement follows it. Postings here
are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_a_list_under_a_heading_without_a_colon_ends_at_the_page_footer():
    text = (
        "Bridge Inspector\nRequirements\nDegree in Civil Engineering\n"
        "3+ years of bridge inspection experience\nRope access certification is a plus\n"
        "Apply for this job\nEmployer details\nEmployer name\nKestrel Bridgeworks\nHarbour Road\n"
        "Leith\nEH6 7DX\n"
    )
    texts = _texts(text)
    assert "3+ years of bridge inspection experience" in texts
    assert "Rope access certification is a plus" in texts
    assert not any(
        w in t for t in texts for w in ("Employer", "Kestrel", "Harbour", "Leith", "EH6")
    )


def test_a_requirement_in_the_companys_voice_does_not_end_the_list():
    text = (
        "QA Engineer\nRequirements\n3+ years of test automation experience\n"
        "Scripting skills to build test rigs (we use Jenkins)\n"
        "Eagerness to work in a fast-moving team\nApply now\nSimilar roles nearby\n"
    )
    texts = _texts(text)
    assert "Eagerness to work in a fast-moving team" in texts
    assert not any("Similar" in t for t in texts)


def test_a_heading_in_capitals_or_a_candidates_should_sentence_does_not_end_the_list():
    text = (
        "Data Analyst\nRequirements\n2+ years of SQL experience\n"
        "Good knowledge of Power BI\nWHAT WE WISH FOR\nCuriosity about retail data\n"
        "Our office is in the city centre.\n"
        "Candidates who wish to join us should demonstrate an interest in retail\n"
    )
    texts = _texts(text)
    assert "Curiosity about retail data" in texts
    assert any(t.startswith("Candidates who wish to join us") for t in texts)
