"""Where a statement of the employer's starts inside a run-on item, its full stop and line break
lost: the last requirement of a scraped list and the sentence after it ("… to travel between
facilities BrightPath Staffing is an Equal Opportunity Employer.", "… given by the JATC All
applicants who are selected must pass a drug screen …"). Cut there, the requirement is read and
the statement left as the boilerplate it is."""

from __future__ import annotations

import re

from matcher.jd.boilerplate import is_boilerplate, states_legal_terms

# The opening of such a statement after a lower-case word, a closing bracket, a figure or an
# acronym: the employer's name and what it is ("Acme Care Ltd is an equal opportunity
# employer", "We are an EEO employer"), or the applicants it speaks of ("All applicants who are
# selected must pass …", "Candidates must …", "Employment is contingent upon …", "Offers of
# employment are …").
_OPENS = re.compile(
    r"(?:(?<=[a-z)\d])|(?<=[A-Z]{2}))\s+(?="
    r"[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|&|and|of)\s+){0,5}(?:is|are)\s+(?:an?\s+)?(?:proud\s+)?"
    r"(?i:equal\s+opportunit|eeo\b|affirmative|drug[- ]free|e-verify)"
    r"|(?:All|Any|Every)\s+(?:successful\s+|selected\s+|new\s+)?(?:applicants?|candidates?|offers?"
    r"|hires?|employees?)\b"
    r"|(?:Applicants|Candidates|Employment|Offers?(?:\s+of\s+employment)?)\s+(?:who|are|is|must"
    r"|will|shall|may)\b)"
)


_TITLE_WORD = re.compile(r"[A-Z][a-z]")
_NAME_JOINER = re.compile(r"of|and|&|for|the|de|du|von|van")


def cut_statement(item: str) -> list[str]:
    """The item cut before the legal statement run onto it, when the words before it are no
    boilerplate themselves; else the item whole."""
    if not states_legal_terms(item):
        return [item]
    for m in _OPENS.finditer(item):
        head, tail = item[: m.start()].strip(), item[m.end() :].strip()
        words = head.split()
        # (the statement's subject is all of its capitalised words: not "Cardinal | Savings Bank
        # is an …"; an acronym may end the item before it, "… given by the JATC | All …")
        if len(words) < 2 or _TITLE_WORD.match(words[-1]):
            continue
        # (nor a name's small word: "The City of | Elm River is an …")
        if _NAME_JOINER.fullmatch(words[-1]) and _TITLE_WORD.match(words[-2]):
            continue
        if states_legal_terms(tail) and not is_boilerplate(head):
            return [head, tail]
    return [item]
