"""Which of several lines that show the same thing a verdict quotes: the one a recruiter checks
fastest and trusts most. Beside what each reader already weighs (how much of the clause a line
shows, a statement before a paragraph, similarity), what a recruiter reads first:

- recency: the current or latest role (2013年7月至今任…副总经理 over 1988年参加工作，历任…). A line's
  year is the latest it names, "至今" / "present" / "currently" the latest of all; a line naming
  none has no year (a duty line does not take the year of the dated line above it: measured on
  both label sets, that picked more wrong lines than right ones).
- a statement over a list: "Durchführung von Workshops zur Förderung der Agilität" over
  "Workshops zu den Themen - Scrum Rollen - Delegation Poker – Teamsetup – Retrospektiven".
- specificity: a line that counts something (a team of 6, 30% more, 8 projects) proves more than
  one that only names the act.

What is read off a line is kept with the résumé's readings (matcher.match.readings) as an
integer by line number: what the lines alone decide, never their words, and not today's date
("present" is a mark, not a year).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from matcher.resume.dates import YEAR

# A year a résumé dates work by, or a word for the present (the latest of all).
_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# (read on lower-cased text: IGNORECASE makes a scan several times slower)
_NOW = re.compile(
    r"至今|迄今|现任|目前|\bpresent\b|\bcurrent(?:ly)?\b|\btill date\b|\bnow\b|\bheute\b|\baktuell\b|"
    r"\bderzeit\b"
)
PRESENT = 9999  # the year of a line about the present: later than any date

# A counted result or a team's size: a number with what it counts, or a number word before
# people ("a team of four - six people"); a date's digits count nothing.
_COUNTED = re.compile(
    r"\d+(?:\.\d+)?\s*(?:个)?\s*(?:\+|%|％|人|名|家|项目?|门店|万|亿|倍|"
    r"people|persons?|staff|members?|employees|"
    r"engineers|developers|reports|projects|clients|customers|countries|stores|branches|"
    r"million|mio|mitarbeiter)|"
    r"\b(?:team|group|staff) of (?:\w+ ){0,2}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"twenty)\b[\w\s-]{0,12}\b(?:people|persons|staff|members|employees|reports)\b",
    re.I,
)


# Leaving a post ("因工作调动，辞去董事、总经理职务", "resigned as CFO in 2014"): the line dates
# when a role ended, not work done, so it is no recent work.
_LEFT = re.compile(
    r"辞去|辞任|辞职|离任|卸任|不再担任|\bresign(?:ed|s)?\b|\bstepped down\b|\bleft the (?:company|firm)\b"
)


def _own_year(text: str) -> int:
    lowered = text.lower()
    if _LEFT.search(lowered):
        return 0
    if _NOW.search(lowered):
        return PRESENT
    years = _YEAR.findall(text)
    return max(map(int, years)) if years else 0


# What separates the items of a list on one line: "Workshops zu den Themen - A - B – C",
# "历任计划员、副科长、总经理", "Scrum, Kanban, SAFe".
_SEPARATOR = re.compile(r",|，|、|;|；|\||\s[-–]\s|–")


def is_list(text: str) -> bool:
    """Whether a line lists things (three separators or more) instead of stating one act."""
    return len(_SEPARATOR.findall(text)) >= 3


def dated(text: str) -> bool:
    """Whether a line names a year or the present (a line a recruiter can check dates on)."""
    return _own_year(text) > 0


def counts_something(text: str) -> bool:
    """Whether a line counts what it did (a team's size, a result in numbers)."""
    return _COUNTED.search(text) is not None


class Line(NamedTuple):
    """What this module reads off one line: the year it is about (PRESENT for "至今" /
    "present", 0 for none), whether it lists things, whether it counts what it did."""

    year: int
    listed: bool
    counted: bool


def line(i: int, sentences: list[dict], cache: dict) -> Line:
    """The reading of line i, kept in `cache` as one integer per line (-1: not read yet; year,
    list and count packed), read when first asked: only lines a verdict may quote are read."""
    kept = cache.get("quote lines")
    if kept is None or len(kept) != len(sentences):
        kept = [-1] * len(sentences)
        cache["quote lines"] = kept  # set, not setdefault: readings.Cache keeps what is set
    if kept[i] < 0:  # several shortlists may read it at once: all write the same value
        text = sentences[i].get("text") or ""
        kept[i] = _own_year(text) * 4 + is_list(text) * 2 + counts_something(text)
    packed = kept[i]
    return Line(packed // 4, bool(packed & 2), bool(packed & 1))
