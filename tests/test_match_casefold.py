"""matcher.match.casefold: the lower-case patterns on lower-cased text find what the IGNORECASE
ones find on the text, for every cased character, and the résumé readers that use them
(education lines, languages written in) read the same lines and languages either way."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from matcher.match import casefold, evidence

PATTERNS = [evidence.EDUCATION, evidence._EN_FUNCTION, evidence._DE_FUNCTION, evidence._EN_PLAIN]


def test_only_the_unsafe_characters_match_otherwise_when_lower_cased():
    """Every character with a case (the others lower to themselves and match only themselves):
    one that lowers to another length, changes \\w or \\s, or that IGNORECASE matches to a
    pattern's literal (or any ASCII letter, ä ö ü ß) other than what lower() gives, is UNSAFE."""
    literals = set("abcdefghijklmnopqrstuvwxyzäöüß")
    for pattern in PATTERNS:
        literals |= {c for c in re.sub(r"\\[A-Za-z]", "", pattern.pattern) if c.isalpha()}
    folds = {p: re.compile(re.escape(p), re.I) for p in literals}
    word, space = re.compile(r"\w"), re.compile(r"\s")
    differ = set()
    for point in range(0x110000):
        c = chr(point)
        if 0xD800 <= point <= 0xDFFF or (c.lower() == c and c.upper() == c):
            continue
        low = c.lower()
        if (
            len(low) != 1
            or bool(word.fullmatch(c)) != bool(word.fullmatch(low))
            or bool(space.fullmatch(c)) != bool(space.fullmatch(low))
            or any(bool(f.fullmatch(c)) != (low == p) for p, f in folds.items())
        ):
            differ.add(c)
    assert differ == set(casefold.UNSAFE)


def lowered(texts: list[str]) -> tuple[str, np.ndarray]:
    """The batch's lower-cased lines joined, with where each starts (engine.Batch.lowered)."""
    low = [t.lower() for t in texts]
    return "\n".join(low), np.cumsum([0] + [len(t) + 1 for t in low[:-1]]).astype(np.int64)


PIECES = [
    "Bachelor",
    "B.Sc",
    "B. A",
    "M.Sc.",
    "MBA",
    "Master's",
    "University",
    "GRADUATED",
    "Studium",
    "UNIVERSITÄT",
    "Hochschule",
    "degree",
    "Diploma",
    "PhD",
    "本科",
    "硕士",
    "大学",
    "计算机专业",
    "the",
    "THE",
    "And",
    "with",
    "of",
    "For",
    "AS",
    "at",
    "In",
    "from",
    "To",
    "der",
    "DIE",
    "und",
    "Mit",
    "FÜR",
    "für",
    "ist",
    "eine",
    "sowie",
    "als",
    "İn",
    "ıs",
    "ſtudies",
    "KELVIN \u212a",
    "ΣΑΣ",
    "Straße",
    "java",
    "Spring",
    "2019",
    "负责",
    "项目",
    "-",
    ",",
    ".",
    "'",
    " ",
    "  ",
    "\t",
]


@pytest.mark.parametrize("seed", range(40))
def test_readers_find_the_same_on_lower_cased_lines(seed):
    rng = random.Random(seed)
    texts = [
        "".join(rng.choice(PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 60)))
        for _ in range(rng.randint(1, 30))
    ]
    sentences = [
        {"text": t, "section": rng.choice(["experience", "education", None])} for t in texts
    ]
    low = lowered(texts)
    assert evidence.education_lines(sentences, low) == evidence.education_lines(sentences)
    whole = "\n".join(texts)
    assert evidence.written_in(whole, low[0]) == evidence.written_in(whole)


def test_fictional_resumes_read_alike():
    """Whole résumés (fictional people) in English, German, Chinese and one with a Turkish İ."""
    resumes = [
        "Alex Morgan\nEducation\nB.Sc. Computer Science, University of Leeds 2012-2016\n"
        "Experience\nWorked as an analyst at a bank for 5 years in London; I was the lead on "
        "the reporting team and have moved to data work with Python\n",
        "Jana Keller\nAusbildung\nStudium der Informatik an der Hochschule München\n"
        "Berufserfahrung\nEntwicklerin bei einer Bank, zuständig für die Pflege der Systeme und "
        "die Betreuung von Kunden im Vertrieb sowie als Ansprechpartnerin für das Team\n",
        "林晓雯\n教育背景\n2008-2011 某职业技术学院 大专 市场营销\n工作经历\n"
        "2015.03-至今 某电商公司 客服主管，熟练使用Excel制作日报\n",
        "Ayşe Yılmaz\nEDUCATION: İstanbul Üniversitesi, BACHELOR of Arts\nWorked in İzmir "
        "for a firm as the head of sales and was in charge of the team with ten people\n",
    ]
    for resume in resumes:
        texts = resume.strip().split("\n")
        sentences = [{"text": t, "section": "experience"} for t in texts]
        low = lowered(texts)
        assert evidence.education_lines(sentences, low) == evidence.education_lines(sentences)
        assert evidence.written_in(resume, low[0]) == evidence.written_in(resume)
    # they do read something: a degree line, English, German and Chinese
    assert evidence.written_in(resumes[1]) == {"german"}
    assert evidence.education_lines([{"text": resumes[0].split("\n")[2]}]) == [0]


def test_a_pattern_with_an_upper_case_literal_is_refused():
    with pytest.raises(ValueError, match="lower-case"):
        casefold.lowered_pattern(re.compile(r"\bJava\b", re.I))
    assert casefold.lowered_pattern(evidence._EN_PLAIN).flags & re.I == 0
    assert not casefold.safe("i\u0307stanbul") and casefold.safe("istanbul")
