"""The screening block a job board appends to an English posting ("Education: High school or
equivalent (Preferred) Experience: Warehouse: 1 year (Required) License/Certification: CDL A
(Required) Language: Spanish (Preferred)"): one requirement per answer it asks for, must or
preferred as the board marks it. Its location and shift answers ("Ability to Commute: Austin, TX
78701 (Required)", "Shift availability: Night Shift (Preferred)", "Work Location: In person")
ask nothing of the candidate's record and are no requirements."""

from __future__ import annotations

import re

from matcher.jd import typed
from matcher.jd.clauses import Clause, clauses_of
from matcher.jd.requirements import new_requirement, requirements_of

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


# Naukri's education field: "Education UG: B.Tech/B.E. in Any Specialization, B.Com in Commerce
# PG: Any Postgraduate" (one line or three). The degrees a level lists are alternatives, so the
# first level named is the floor; "Any …" names no major; "Not Required" asks nothing.
_DEGREES = re.compile(
    r"(?<![\w/])Education\s*:?\s*(?P<body>(?:UG|PG|Doctorate)\s*:.*?)"
    r"(?=\s+(?:Key\s?Skills|Role|Industry Type|Department|Employment Type|About company)\b|\n\n|$)",
    re.S,
)
_DEGREE_LEVEL = re.compile(
    r"(?P<label>UG|PG|Doctorate)\s*:\s*(?P<value>.+?)(?=\s*(?:UG|PG|Doctorate)\s*:|$)", re.S
)
_LEVEL_OF = {"UG": "bachelor", "PG": "master", "Doctorate": "doctorate"}


def board_education(text: str) -> tuple[str, list[dict]]:
    """The text without a job board's "Education UG: … PG: …" field (a line break instead), and
    the education floor it states: its first level's, unless that level is "Not Required"."""
    m = _DEGREES.search(text)
    if m is None:
        return text, []
    reqs = []
    for level in _DEGREE_LEVEL.finditer(m.group("body")):
        value = re.sub(r"\s+", " ", level.group("value")).strip(" ,;")
        if re.search(r"not required", value, re.I):
            return f"{text[: m.start()]}\n{text[m.end() :]}", []
        floor = typed.education_floor(value) if not value.lower().startswith("any") else None
        floor = floor or _LEVEL_OF[level.group("label")]
        reqs = [new_requirement("education", value, True, min_level=floor)]
        break
    return f"{text[: m.start()]}\n{text[m.end() :]}", reqs


# Naukri's "Job highlights" block before the description: a few facts the board pulls out, the
# years and degree asked among them ("5+ years of SAP SD experience …", "Hybrid work, 3 days in
# office"). Only the typed requirements of it are read: its other lines are the job's terms.
_HIGHLIGHTS = re.compile(
    r"(?<![\w/])Job highlights\s*:?\s*(?P<body>.+?)(?=\s*\bJob description\b|\n\s*\n|$)",
    re.S | re.I,
)
_TYPED = ("experience", "education", "certificate", "language")
_WORK_MODE = re.compile(
    r"\s+(?=(?:Hybrid|Remote|Work from (?:home|office)|WFH|WFO|On-?site)\b|\d+ days in office)",
    re.I,
)


def highlights(text: str) -> list[dict]:
    """The typed requirements (years, degree, certificate, language) of a job board's "Job
    highlights" block; the block stays in the text (its lines are the summary's)."""
    m = _HIGHLIGHTS.search(text)
    if m is None:
        return []
    # (run into one line, the next fact starts at its work mode: "… procurement Hybrid work, …")
    body = _WORK_MODE.sub("\n", m.group("body"))
    lines = [line.strip(" •·-*") for line in body.splitlines() if line.strip()]
    reqs: list[dict] = []
    for clause in clauses_of(lines, True, True, False):
        reqs += [r for r in requirements_of(clause, True)[0] if r["kind"] in _TYPED]
    return reqs


def screening(text: str) -> tuple[str, tuple[list[dict], list[dict]]]:
    """The text without its screening answers (each a line break), and the (requirements,
    flags) they state."""
    text, degrees = board_education(text)
    degrees = highlights(text) + degrees
    if "(Required)" not in text and "(Preferred)" not in text and "Work Location" not in text:
        return text, (degrees, [])
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
    return text, (degrees + reqs, flags)


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
