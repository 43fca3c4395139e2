"""Evidence units: split at 。；; and sentence ends, exact offsets, sections by heading or content."""

from __future__ import annotations

from matcher.resume.sections import cells_with_sections
from matcher.resume.sentences import split_sentences


def _units(text: str) -> list[dict]:
    units = split_sentences(cells_with_sections(text), text)
    for u in units:
        assert text[u["start"] : u["end"]] == u["text"]
    return units


def test_split_points_and_offsets():
    text = "工作经历\n• 负责客服团队管理；制定考核方案。Handled 30 calls a day. Used Excel.\n"
    units = _units(text)
    assert [u["text"] for u in units] == [
        "负责客服团队管理；",
        "制定考核方案。",
        "Handled 30 calls a day.",
        "Used Excel.",
    ]
    assert {u["section"] for u in units} == {"experience"}


def test_versions_and_dates_do_not_split():
    units = _units("Skills\nPython 3.11, B.Sc. holder since 2015.07")
    assert [u["text"] for u in units] == ["Python 3.11, B.Sc. holder since 2015.07"]


def test_unheaded_statements_classed_by_content():
    text = "电话：13800138000\n2010年毕业于四川大学，本科学历。\n2012年至今任某某公司销售经理。\n热爱生活。"
    sections = [u["section"] for u in _units(text)]
    assert sections == ["contact", "education", "experience", "summary"]


def test_headings_and_punctuation_are_not_statements():
    units = _units("自我评价\n——\n踏实肯干。")
    assert [u["text"] for u in units] == ["踏实肯干。"]


def test_unmapped_bullet_glyphs_end_an_item_and_are_never_quoted():
    # a converter's U+FFFD (or a symbol font's private-use bullet) between listed duties
    text = (
        "Experience\nJob:- \ufffd\ufffd\ufffd Wiring schedule \ufffd\ufffd\ufffd Focal point for "
        "communication with client \ufffd\ufffd Timely delivery.\ufffd\ufffd\n"
        "\uf0b7 Handled 30 calls a day\n"
    )
    texts = [u["text"] for u in _units(text)]
    assert texts == [
        "Job:-",
        "Wiring schedule",
        "Focal point for communication with client",
        "Timely delivery.",
        "Handled 30 calls a day",
    ]


def test_a_freelancer_portals_profile_chrome_is_no_statement():
    """A portal's buttons, availability fields and contact wish, exported with the CV, are never
    quoted nor compared with a requirement; the person's own lines around them stay."""
    text = (
        "Java Backend, Spring, Microservices\ngulp_id_picture\nKontaktieren\nAuf die Merkliste\n"
        "verfügbar ab\n01.01.2020\nKontaktwunsch\n"
        "Ich möchte bevorzugt für Projekte in diesen Einsatzorten kontaktiert werden.\n"
        "Projekte\n02/2019 - Heute\nAuftragsbearbeitung mit Spring Boot und Kafka\n"
    )
    said = [u["text"] for u in _units(text)]
    assert "Kontaktieren" not in said and "Auf die Merkliste" not in said
    assert not any("Einsatzorten" in t or "verfügbar" in t for t in said)
    assert "Java Backend, Spring, Microservices" in said
    assert "Auftragsbearbeitung mit Spring Boot und Kafka" in said
