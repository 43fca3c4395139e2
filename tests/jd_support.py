"""Helpers of the JD round tests (tests/test_jd_scraped_round*.py, test_jd_notices_zh*.py): every
requirement a text parses into across its postings, their texts, and a posting's lines joined as
written or as a scraper runs them into one line."""

from __future__ import annotations

from matcher.jd import parse_jd


def reqs(text: str) -> list[dict]:
    return [r for p in parse_jd(text) for r in p["requirements"]]


def texts(text: str) -> list[str]:
    return [r["text"] for r in reqs(text)]


def join(lines: list[str], one_line: bool) -> str:
    return (" " if one_line else "\n").join(lines)
