"""English postings as scrapers deliver them: Windows-1252 punctuation decoded as Latin-1, run-on
statements about the candidate, the application's own fine print. Postings here are written for
the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_windows_1252_bullets_and_apostrophes_read_as_what_they_stand_for():
    # "\x95" is a bullet and "\x92" an apostrophe of a page decoded as Latin-1
    text = (
        "Acme builds freight software.\nKey responsibilities \x95 Build the data platform\n"
        "Skills\n3+ years of Python\x95 A master\x92s degree in statistics\x95 Good SQL skills\n"
    )
    texts = _texts(text)
    assert "3+ years of Python" in texts
    assert "A master’s degree in statistics" in texts
    assert not any("Build the data platform" in t for t in texts)
