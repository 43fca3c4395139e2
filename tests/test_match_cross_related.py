"""A Chinese knowledge item against an English or German CV (matcher.match.cross_related): a line
about the same thing in other words ("regulatory compliance" for 法律法规, "Außenhandel" for
国际贸易政策) is some of it, never all of it; a CV about none of it stays silent. Résumés are
fictional people."""

from __future__ import annotations

import numpy as np

from matcher.match import cross_related
from matcher.match.reasons import joined
from tests.test_match_engine import requirement
from tests.test_match_verdicts import read

COMPLIANCE = (
    "Mara Lind\nExperience\n2015-2023 HR Officer at Nordwerk GmbH\n"
    "Managed statutory compliance for payroll and benefits\n"
)
TRADE = (
    "Jan Vogt\nBerufserfahrung\n2016-2022 Sachbearbeiter Außenhandel, Hafen AG\n"
    "Exportabwicklung und Zollpapiere\n"
)
DEVELOPER = "Tom Hale\nExperience\n2017-2023 Backend developer, REST services in Go\n"


def test_a_line_in_other_words_is_related_work_and_at_most_partial():
    laws = requirement("knowledge", "了解相关法律法规和行业标准", values=["法律法规", "行业标准"])
    got, profile = read(laws, COMPLIANCE)
    assert got.cap == got.floor == "partial"
    assert "statutory compliance" in profile["sentences"][got.sentence]["text"]
    assert joined(got.reasons, "zh").startswith("相关：“Managed statutory")
    got, _ = read(laws, DEVELOPER)
    assert got.reasons[0].code == "terms_none"
    trade = requirement(
        "knowledge",
        "对国际贸易政策、产品品质标准、供应链管理等方面的知识和了解",
        values=["国际贸易政策", "产品品质标准", "供应链管理"],
    )
    got, profile = read(trade, TRADE)
    assert got.reasons[0].code == "terms_touched" and got.cap == "partial"


def test_only_the_items_a_stem_is_part_of_are_touched():
    sentences = [{"text": "Budget planning and controlling"}, {"text": "Team of five"}]
    lowered = "\n".join(s["text"].lower() for s in sentences)
    touched, line = cross_related.related_line(
        ["财务知识", "网络知识"], sentences, lowered, np.zeros(2)
    )
    assert (touched, line) == (["财务知识"], 0)
    assert cross_related.related_line(["企业文化知识"], sentences, lowered, np.zeros(2)) == (
        [],
        None,
    )
