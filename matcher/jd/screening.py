"""The screening block a job board appends to an English posting ("Education: High school or
equivalent (Preferred) Experience: Warehouse: 1 year (Required) License/Certification: CDL A
(Required) Language: Spanish (Preferred)"): one requirement per answer it asks for, must or
preferred as the board marks it. Its location and shift answers ("Ability to Commute: Austin, TX
78701 (Required)", "Shift availability: Night Shift (Preferred)", "Work Location: In person")
ask nothing of the candidate's record and are no requirements."""

from __future__ import annotations

import re

from matcher.jd.clauses import Clause
from matcher.jd.requirements import requirements_of

# the label, and the kind of requirement its answers state (None: no requirement)
_KINDS = {
    "education": "education",
    "experience": "experience",
    "license/certification": "certificate",
    "licence/certification": "certificate",
    "licenses/certifications": "certificate",
    "language": "language",
    "shift availability": None,
    "ability to commute": None,
    "ability to relocate": None,
}
_LABEL = re.compile(
    r"(?<![\w/])(?P<label>Education|Experience|Licen[cs]e/Certification|Licenses/Certifications"
    r"|Language|Shift availability|Ability to (?:Commute|Relocate))\s*:\s*"
)
# one answer: up to a few words (one inner colon: "Tractor-trailer: 1 year"), then the mark
_ANSWER = re.compile(
    r"(?P<value>[^():\n]{1,60}?(?::[^\S\n]*[^():\n]{1,30}?)?)[^\S\n]*\((?P<mark>Required|Preferred)\)"
)
_WORK_LOCATION = re.compile(
    r"(?<![\w/])Work Location\s*:\s*(?:In person|Remote|Hybrid remote|Hybrid|On the road|On-site"
    r"|One location|Multiple locations|Fully Remote)\b"
)
_YEARS = re.compile(r"^(?P<field>.+?):\s*(?P<years>\d+\+?\s*(?:years?|months?))$", re.I)


def screening(text: str) -> tuple[str, tuple[list[dict], list[dict]]]:
    """The text without its screening answers (each a line break), and the (requirements,
    flags) they state."""
    if "(Required)" not in text and "(Preferred)" not in text and "Work Location" not in text:
        return text, ([], [])
    spans: list[tuple[int, int]] = [m.span() for m in _WORK_LOCATION.finditer(text)]
    reqs: list[dict] = []
    flags: list[dict] = []
    for label in _LABEL.finditer(text):
        kind = _KINDS[label.group("label").lower()]
        pos, end = label.end(), None
        while (answer := _ANSWER.match(text, pos)) is not None:
            if kind:
                found = requirements_of(_clause(text, answer, kind), True)
                reqs += found[0]
                flags += found[1]
            end = pos = answer.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if _LABEL.match(text, pos):
                break  # the next label's answers
        if end is not None:
            spans.append((label.start(), end))
    for start, stop in sorted(spans, reverse=True):
        text = f"{text[:start]}\n{text[stop:]}"
    return text, (reqs, flags)


def _clause(text: str, answer: re.Match, kind: str) -> Clause:
    """The clause of one answer: its text as written, "Warehouse: 1 year" read as one year of
    warehouse experience."""
    value = answer.group("value").strip()
    shown = text[answer.start("value") : answer.end()].strip()
    must = answer.group("mark") == "Required"
    years = _YEARS.match(value) if kind == "experience" else None
    if years:
        value = f"{years.group('years')} of {years.group('field')} experience"
    return Clause(shown, kind, must, value)
