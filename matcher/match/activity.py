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

from matcher.match import evidence

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
