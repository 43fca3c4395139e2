"""What a clause asks done with a named thing ("Linux administration", "Schema Design (z.B.
MySQL, Postgres)", "experience with SQL scripts"): the named thing alone is not the activity. A
résumé that names the thing but never states the activity anywhere — no word of it in any line —
shows some of the clause, not all (the labelling guide's partial: "Linux listed among operating
systems; no administration shown"). Where the résumé has any word of the activity, the names
decide as before: which line does the work is not read here.

Each activity is (the words of a clause that ask it, the words of a résumé that state it or
work close to it), in English and German; read only where the résumé is written in the clause's
language (a German CV states "administration" as Administration, Betrieb or Betreuung, which the
table holds, but another language would hold none of them)."""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.match import evidence, quotes

# (asked in the clause, stated in the résumé); the résumé side is broad on purpose: one trace of
# the activity anywhere leaves the clause to its names.
ACTIVITIES: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "administration": (
        re.compile(r"\badministr\w*|\badminister\w*", re.I),
        re.compile(r"administ|admin\b|sysadmin|verwalt|betrieb|betreu|maintain|wartung|operat"),
    ),
    "design": (
        re.compile(r"\bdesign(?:ing)?\b|\bentwurf\b|\bentw[üu]rfe?n?\b", re.I),
        re.compile(r"design|entw[üu]rf|konzept|concept|architekt|architect|model"),
    ),
    "scripting": (
        re.compile(r"\bscript(?:s|ing)?\b|\bskript(?:e|ing|en)?\b", re.I),
        re.compile(r"script|skript"),
    ),
    "development": (
        re.compile(r"\bdevelop(?:ing|ment)?\b|\bentwicklung\b|\bentwickeln\b", re.I),
        re.compile(r"develop|entwickl|programm|implement|coding|\bcode|engineer"),
    ),
    "programming": (
        re.compile(r"\bprogramm(?:ing|ier\w*)\b|\bprogrammiersprache\w*", re.I),
        re.compile(r"programm|develop|entwickl|coding|\bcode|engineer"),
    ),
    "deployment": (
        re.compile(r"\bdeploy(?:ing|ment|ments)?\b", re.I),
        re.compile(r"deploy|rollout|roll-out|bereitstell|release|ci/cd|pipeline|betrieb"),
    ),
    "migration": (
        re.compile(r"\bmigrat(?:e|ing|ion|ions)\b", re.I),
        re.compile(r"migrat"),
    ),
    "tuning": (
        re.compile(r"\btuning\b|\boptimi[sz](?:e|ing|ation)\b|\boptimierung\b", re.I),
        re.compile(r"optimi|tuning|performance"),
    ),
}


@lru_cache(maxsize=1024)
def asked(clause: str) -> tuple[tuple[str, str], ...]:
    """(activity, as the clause writes it) of each activity the clause asks: read once per clause,
    not per candidate."""
    return tuple(
        (name, m.group(0)) for name, (asks, _) in ACTIVITIES.items() if (m := asks.search(clause))
    )


def unstated(
    clause: str, named: tuple[str, ...], sentences: list[dict], lowered: str, cache: dict
) -> str | None:
    """The activity the clause asks with its named things that the résumé never states (as the
    clause writes it), or None: none asked, the activity is part of a name the résumé names
    ("Domain-Driven Design", "Test Driven Development"), the résumé is not in the clause's
    language, or some word of the activity is in it. Whether the résumé states an activity is
    kept in its cache (the profile's readings), read once for all its requirements."""
    wanted = asked(clause)
    if not wanted:
        return None
    language = evidence.clause_language(clause)
    if language == "chinese" or language not in evidence.languages_of(sentences, lowered, cache):
        return None
    names = " ".join(named).lower()
    for name, written in wanted:
        if written.lower() in names:
            continue
        key = ("activity", name)
        if key not in cache:
            cache[key] = ACTIVITIES[name][1].search(lowered) is not None
        if not cache[key]:
            return written
    return None


# A level asked of a named thing ("proficient in Python", "Sehr gute Linux Kenntnisse", "fluent
# in SQL", "Deep knowledge of Spring", "精通Java"): a name in a skills list claims the thing, not
# the level. ("strong", "solid", "good" are left out: clauses write them of any mention.)
LEVEL_ASKED = re.compile(
    r"\b(?:proficien\w*|fluen(?:t|cy)\w*|deep|profound|expert\w*|advanced|in-depth|thorough"
    r"|sehr\s+gute?\w*|fundiert\w*|profund\w*|vertieft\w*|ausgezeichnet\w*|hervorragend\w*)\b"
    r"|精通",
    re.I,
)
# A level or a use stated on a skills line beside the name ("Python (sehr gut)", "Java – 8 years",
# "Perl: Experte", "★★★★", "4/5").
LEVEL_SHOWN = re.compile(
    r"sehr gut|\bgut\b|expert|fluent|flie(?:ß|ss)end|advanced|fortgeschritten|proficient|excellent"
    r"|profund|fundiert|verhandlungssicher|精通|熟练|\b[3-5]\s*/\s*5\b|[★●■]"
    r"|\b\d+\+?\s*(?:years?|yrs?|jahre?|months?|monate?)\b",
    re.I,
)
_SHORT = 40  # characters: a skills list's entry ("Python", "Perl/Python Scripts"), not a statement
# A label over a list that says its entries are the person's speciality ("Schwerpunkte",
# "Kernkompetenzen", "Core competencies", "Expertise", 专长): a level, not a mere mention.
_FOCUS = re.compile(
    r"^\W*(?:schwerpunkte?|kernkompetenzen|spezialgebiete?|fachgebiete?|core competenc(?:e|ies)"
    r"|expertise|areas? of expertise|specialit(?:y|ies)|specialt(?:y|ies)|专长|擅长)\W*$",
    re.I,
)
_UP = 8  # lines: how far above a listed entry its list's label may stand


def level_unshown(clause: str, naming: list[int], sentences: list[dict]) -> bool:
    """Whether the clause asks a level of its named things (LEVEL_ASKED) and every line naming
    them only lists them: outside the work history, a list or a short entry, no level or length
    beside the name (the labelling guide's partial: "Python listed only", "Linux listed among
    operating systems"). A line using the thing in a sentence, or a work entry, leaves the
    clause to its names."""
    if not naming or not _asks_level(clause):
        return False
    for i in naming:
        text = sentences[i].get("text") or ""
        if sentences[i].get("section") in evidence.WORK_SECTIONS or LEVEL_SHOWN.search(text):
            return False
        if len(text) > _SHORT and not quotes.is_list(text):
            return False
        if _under_focus(i, sentences):
            return False
    return True


@lru_cache(maxsize=1024)
def _asks_level(clause: str) -> bool:
    """LEVEL_ASKED of a clause, read once per clause, not per candidate (as asked())."""
    return LEVEL_ASKED.search(clause) is not None


def _under_focus(i: int, sentences: list[dict]) -> bool:
    """Whether line i stands in a list of short entries headed by a speciality label (_FOCUS)."""
    for j in range(i - 1, max(-1, i - 1 - _UP), -1):
        text = sentences[j].get("text") or ""
        if _FOCUS.match(text):
            return True
        if len(text) > _SHORT or sentences[j].get("section") != sentences[i].get("section"):
            return False
    return False
