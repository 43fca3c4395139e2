"""Skills, languages with normalised levels, certificates."""

from __future__ import annotations

import pytest

from matcher.resume.skills import certificates, languages, skills
from matcher.vocab import language_rank


def _s(text: str, section: str = "other") -> list[dict]:
    return [{"text": text, "section": section}]


def test_skills_from_lexicon_and_section_items():
    found = skills(_s("熟练掌握Java、Python；精通用友财务软件、报表编制", "skills"))
    assert {"Java", "Python", "用友", "报表编制"} <= set(found)
    assert skills(_s("Gone to the market")) == []  # "Go" only as a whole word


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("End User: Shell Nederland Raffinaderji B.V.", []),  # a client, not a shell
        ("System: ML200 R (PLC) + Experion", ["PLC"]),  # a model letter, not the language
        ("Helping the site office in preparing estimates", []),
        ("Built models in Python, R and SAS", ["Python", "R", "SAS"]),
        ("Deployment scripts in Shell and Python", ["Python", "Shell"]),
        ("Proficient in MS Office and Visio", ["Office", "Visio"]),
    ],
)
def test_a_skill_that_is_an_ordinary_word_counts_only_as_a_skill(line, found):
    """Outside a skills section, a name that is an ordinary word too (R, Shell, Go, Spark, office)
    counts as written beside another skill on its line, a single letter only as a listed item."""
    assert skills(_s(line, "experience")) == found
    assert "Shell" in skills(_s("Shell", "skills"))  # a skills section lists it as a skill


def test_skill_items_keep_their_brackets_and_leave_languages_out():
    """A closing bracket that belongs to the item stays, 具备良好的 goes with its 的, and
    language items (英语六级（CET-6）, 口语流利, fluent English) are languages, not skills."""
    found = skills(
        _s(
            "熟练使用 Excel、CRM 系统；英语六级（CET-6），口语流利；具备良好的沟通协调能力",
            "skills",
        )
        + _s("Skills: fluent English, basic Spanish, C++ (gut), (Git); 英语翻译", "skills")
    )
    assert {"Excel", "CRM 系统", "沟通协调能力", "C++ (gut)", "Git", "英语翻译"} <= set(found)
    assert not {"英语六级（CET-6", "口语流利", "的沟通协调能力", "fluent English"} & set(found)
    assert not [f for f in found if "Spanish" in f]


def test_skills_section_prose_headings_and_categories_are_no_items():
    """A one-line résumé runs its skills, headings, qualifications and interests together: the
    items of its list lines stay, a heading (KEY SKILLS, Interests), a category label
    (Programmiersprachen), a Europass grid word and the and-joined pieces of a prose sentence
    ("… and Playing Cricket.") are no skills."""
    found = skills(
        _s("KEY SKILLS:", "skills")
        + _s("Enquiry Generation", "skills")
        + _s("Client relationship", "skills")
        + _s("Excellent oral and written communication skills, plus a working knowledge", "skills")
        + _s("My hobbies are reading novels and Playing Cricket.", "skills")
        + _s("Analyse and map business process.", "skills")
        + _s("Knowledge of MS Excel, MS Word achievements and Interests", "skills")
        + _s("Produkte / Standards / Erfahrungen", "skills")
        + _s("Programmiersprachen: Java, Go", "skills")
        + _s("Sprechen", "skills")
        + _s("Java, Spring Boot, REST APIs and Docker.", "skills")
    )
    assert {"Enquiry Generation", "Client relationship", "MS Excel", "Spring Boot"} <= set(found)
    assert {"Java", "Go", "REST APIs", "Docker"} <= set(found)  # a list keeps its items
    bad = {"KEY SKILLS", "Playing Cricket", "Analyse", "map business process", "Interests"}
    bad |= {"Produkte", "Erfahrungen", "Programmiersprachen", "Sprechen", "reading novels"}
    assert not bad & set(found)


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        ("英语CET-4", "english", "cet-4"),
        ("大学英语六级", "english", "cet-6"),
        ("TEM-8", "english", "tem-8"),
        ("IELTS 6.5", "english", "ielts-6"),
        ("TOEFL 105", "english", "toefl-100"),
        ("普通话二级甲等", "mandarin", "2a"),
        ("JLPT N1", "japanese", "n1"),
        ("HSK 5", "chinese", "hsk5"),
    ],
)
def test_language_tests_normalised(text, language, level):
    (found,) = languages(_s(text, "languages"))
    assert (found["language"], found["level"]) == (language, level)
    assert language_rank(language, level) is not None


def test_spoken_language_with_a_word_level():
    found = languages(_s("German (fluent), French basic", "languages"))
    assert {(x["language"], x["level"]) for x in found} == {
        ("german", "fluent"),
        ("french", "basic"),
    }


def test_certificates():
    found = certificates(_s("持有会计从业资格证、教师资格证，驾照C1；PMP, CPA"))
    assert {"会计从业资格证", "教师资格证", "驾照C1", "PMP", "CPA"} <= set(found)


def test_level_on_the_line_under_the_language():
    """A two-column language list (Deutsch / Muttersprache / Englisch / fließend) gives each
    language the level on the line below it; a language line followed by another language or
    by a long sentence gets no level from it."""
    lines = ["Sprachkenntnisse", "Deutsch", "Muttersprache", "Englisch", "fließend", "Französisch"]
    found = {
        d["language"]: d["level"]
        for d in languages([{"text": t, "section": "languages"} for t in lines])
    }
    assert found == {"german": "native", "english": "fluent", "french": None}
    prose = [
        {"text": "English", "section": "languages"},
        {"text": "Good results in every project I delivered for the bank", "section": "languages"},
    ]
    assert [d["level"] for d in languages(prose)] == [None]
    # a longer line under it counts where the level opens it
    lines = ["Englisch", "verhandlungssicher in Wort und Schrift", "Spanisch"]
    found = {
        d["language"]: d["level"]
        for d in languages([{"text": t, "section": "languages"} for t in lines])
    }
    assert found == {"english": "fluent", "spanish": None}


def test_a_sentence_naming_a_language_takes_no_level_from_the_line_below():
    """Only a line that is the language's name alone takes the level under it: a sentence that
    mentions English does not borrow the 熟练 of the next line about Excel."""
    lines = ["日常使用英语邮件沟通。", "熟练使用Excel"]
    found = languages([{"text": t, "section": "languages"} for t in lines])
    assert [(d["language"], d["level"]) for d in found] == [("english", None)]


def test_a_german_cvs_languages_by_letters_levels_and_europass_grid():
    """The profile lists the languages a German CV states as letters before a level inside a work
    entry (E/F verhandlungssicher), a level before the name (Muttersprache(n) Deutsch) and a
    Europass grid's framework levels (Englisch C1 C1 B2 B2 C1); a bare adjective inside a work
    entry (in englischer Sprache) lists nothing there (a fictional CV)."""
    from matcher.resume import parse_resume

    text = (
        "BERUFSERFAHRUNG\n03/2015 - 02/2020 Vertriebsleiter, Beispiel AG\n"
        "Internationaler Projekteinsatz (E/F verhandlungssicher, ES Grundkenntnisse)\n"
        "Korrespondenz in englischer Sprache\n"
        "PERSÖNLICHE FÄHIGKEITEN\nMuttersprache(n) Deutsch\nEnglisch C1 C1 B2 B2 C1\n"
    )
    found = {
        (x["language"], x["level"]) for x in parse_resume(text, today="2026-11-30")["languages"]
    }
    assert found == {
        ("english", "fluent"),
        ("french", "fluent"),
        ("spanish", "basic"),
        ("german", "native"),
    }
