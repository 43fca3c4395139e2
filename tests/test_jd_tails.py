"""A whole requirement run onto the end of another in a scraped English line is an item of its
own (round fourteen). Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd
from matcher.jd.tails import split_tail


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_a_requirement_run_onto_the_end_of_another_is_cut_off():
    assert split_tail("IOSH or NEBOSH coursework Confined space (CS) entry experience") == [
        "IOSH or NEBOSH coursework",
        "Confined space (CS) entry experience",
    ]
    assert split_tail(
        "Commercial pilot licence with IR or full ATPL Valid EASA Class 1 Medical"
    ) == [
        "Commercial pilot licence with IR or full ATPL Valid EASA Class 1 Medical"
    ]  # (no head word at the end: a medical is not named)
    assert split_tail("HND in Marine Engineering or similar products STCW II/2 certificate") == [
        "HND in Marine Engineering or similar products",
        "STCW II/2 certificate",
    ]


def test_a_tail_is_not_cut_inside_a_name_or_after_a_word_that_leads_into_it():
    for whole in (
        "Must have a Valid CDL Class A license",  # an acronym before a class: one name
        "Able to weld to a high standard with a full UK driving licence",
        "Bachelor's degree or an equivalent UK qualification",  # an article: one noun phrase
        "Working towards CIPD Level 5 qualification",
        "Sage or similar ERP CPA or progress toward CPA preferred",
        "Experience with Microsoft Dynamics",  # no head word: nothing is cut
    ):
        assert split_tail(whole) == [whole], whole


def test_a_scraped_line_keeps_the_run_on_requirement_apart():
    text = (
        "First Officer | Example Board Requirements Commercial pilot licence with instrument "
        "rating or frozen ATPL Valid EASA Class 1 Medical Certificate Minimum 300 hours total "
        "time Benefits Staff travel"
    )
    texts = _texts(text)
    assert "Commercial pilot licence with instrument rating or frozen ATPL" in texts
    assert "Valid EASA Class 1 Medical Certificate" in texts
