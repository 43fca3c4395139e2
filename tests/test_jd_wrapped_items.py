"""A bulleted item a page's width or a paste broke across lines (and blank lines) is one item
again: it ended in a comma or a word that leads on, or its next piece opens with a bracket.
Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd

_BROKEN = """Cloud Security Engineer
Qualifications:
∙ Experience in at least one additional cloud technology

(Azure or GCP)

∙ Strong scripting skills in several languages, including Go,

Bash and Python

∙ Experience with security monitoring tools
"""


def test_a_broken_bullet_item_is_one_requirement():
    texts = [r["text"] for r in parse_jd(_BROKEN)[0]["requirements"]]
    assert texts == [
        "Experience in at least one additional cloud technology (Azure or GCP)",
        "Strong scripting skills in several languages, including Go, Bash and Python",
        "Experience with security monitoring tools",
    ]


def test_lines_of_a_list_without_bullets_stay_apart():
    text = "Engineer\nRequirements:\nPython,\nDocker\nKubernetes\n"
    texts = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert "Docker" in texts and "Kubernetes" in texts


def test_the_postings_note_on_its_own_marks_asks_nothing():
    text = (
        "Security Engineer\nRequirements:\n∙ CISSP certification\n∙ CEH an advantage\n\n"
        "NICE TO HAVE: Where is written “an advantage” is nice to have. Also Go is nice to have.\n"
        "Items marked with * are optional.\n"
    )
    texts = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert not any("written" in t or "marked" in t for t in texts), texts
    assert "CISSP certification" in texts
