"""A whole requirement run onto the end of another in a scraped line: "… or equivalent HCPC
registration", "AIC or CPCU coursework Catastrophe (CAT) deployment experience", "… or full
ATPL Valid UK CAA Class 1 Medical Certificate". Where a capitalised phrase of a few words that
ends in what a requirement names (experience, a registration, a certificate, a licence, a
permit, a degree; then perhaps its weight) closes a longer piece, and the word before it ends an item, it is
an item of its own."""

from __future__ import annotations

import re

from matcher.jd.clause_breaks import LEADS_INTO_WORDS
from matcher.vocab import LANGUAGE_NAMES

_LANGUAGE_NAMES = "|".join(
    re.escape(n.title()) for n in sorted(LANGUAGE_NAMES, key=len, reverse=True) if n.isascii()
)
# What a requirement's last words name: the thing asked, then perhaps how much it is wanted (a
# name alone before "preferred" is the object of the words before it: "… supporting Epic is a
# plus", "… configure Cisco routers preferred").
_HEAD = re.compile(
    r"\b(?:experience|registration|certifications?|certificates?|licen[cs]es?|card|permit"
    r"|degree|diploma|qualifications?|training|skills|knowledge|course\s+(?:completed|passed)"
    # (a language named alone, then how much it is wanted: "… weekends and holidays Spanish is
    # a plus")
    rf"|(?-i:{_LANGUAGE_NAMES})(?=\s+(?:is|would be|will be)\s))"
    r"(?:\s*\([^()]*\))?"
    r"(?:\s+(?:is\s+|are\s+|would be\s+|will be\s+)?(?:strongly\s+|highly\s+)?(?:preferred|required"
    r"|desirable|desired|essential|a plus|an? (?:added |big |great )?advantage|an asset"
    # ("… PLCs Wireman's Licence will be advantageous")
    r"|advantageous|beneficial|an? (?:added )?bonus)"
    r"(?:\s+but not (?:essential|required))?)?$",
    re.I,
)
# Words no item ends on: they lead into the name after them ("years of SQL experience", "a valid
# UK driving licence", "must hold CSCS card"; "an equivalent UK qualification" is an article's
# noun phrase, below).
_LEADS = frozenset(LEADS_INTO_WORDS) | frozenset(
    ["valid", "current", "active", "full", "clean", "own", "recognised"]
    + ["recognized", "accredited", "approved", "appropriate", "suitable", "recent", "additional"]
    + ["have", "has", "hold", "holds", "possess", "obtain", "maintain", "require", "requires"]
    + ["need", "needs", "bring", "gain", "get", "earn", "achieve", "complete", "pursue"]
    + ["toward", "towards", "into", "onto", "under", "over", "about", "within", "across"]
    + ["through", "via", "per", "than", "after", "before", "without", "against", "between"]
)
# Nouns a requirement's phrase ends on ("a degree", "a licence"): no name goes on after them.
_NOUN_ENDS = re.compile(
    r"degree|diploma|licen[cs]e|certificate|certification|qualification|experience"
)
_CREDENTIAL = re.compile(r"certif|licen[cs]e|card|registration|permit", re.I)
_ARTICLES = frozenset(["a", "an", "the", "our", "your", "their", "its", "this", "that"])
# After an acronym an item ends only where a held licence or card opens ("… full ATPL Valid UK
# CAA …"): "CDL Class A license", "AWS D1.1 certification" are one name.
_HELD = frozenset(["Valid", "Current", "Active"])
_ACRONYM = re.compile(r"[A-Z][A-Z0-9/&+-]+")
_LOWER = re.compile(r"[a-z][a-z'’-]*")
_MIXED = re.compile(r"[A-Z]{2,}[a-z]+")
# A count of years whose "of" leads into the name after a word or two: "3+ years of residential
# HVAC service experience" is one clause.
_COUNTED_OF = re.compile(r"\b(?:years?|yrs|months?)\s+of(?:\s+[a-z][\w-]*){0,2}$")
# A count and its unit of time: "3 years", "5+ yrs", "2-4 years".
_COUNT = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?\+?")
_YEARS = re.compile(r"years?|yrs|months?", re.I)
TAIL_WORDS = 8  # a tail is a short item, its name and what is asked of it
MIN_HEAD_WORDS = 3  # what stays before it is an item too


def _ends_item(words: list[str], k: int, credential: bool = False) -> bool:
    """Whether words[k - 1] can end the item before a capitalised words[k]."""
    prev = words[k - 1]
    if prev.endswith(")"):
        return True
    if _MIXED.fullmatch(prev):
        return True  # a name in mixed case ends an item: "… the class teacher and the SENCo"
    if k >= 2 and words[k - 2].lower() in _ARTICLES:
        # inside a noun phrase: "an equivalent UK qualification"; but a credential's name opens
        # an item after the noun an article's phrase ends on ("… may be substituted for a degree
        # DoD 8570 IAT Level II certification"; not "a degree Computer Science or equivalent
        # experience", the subject the degree is in)
        return credential and bool(_NOUN_ENDS.fullmatch(prev))
    if _ACRONYM.fullmatch(prev):
        return words[k] in _HELD
    if k >= 2 and _COUNT.fullmatch(words[k - 2]) and _YEARS.fullmatch(prev):
        # a count of years leads into the name after it ("Minimum 3 years PLC / instrumentation
        # experience"), unless a held licence opens an item there
        return words[k] in _HELD
    if prev[:1].isupper() and _NOUN_ENDS.fullmatch(prev.lower()):
        # a credential's name ends on its noun ("… FCC General Radiotelephone Operator License
        # Borescope inspection experience")
        return True
    return bool(_LOWER.fullmatch(prev)) and prev not in _LEADS


def split_tail(text: str) -> list[str]:
    """A piece with a whole requirement run onto its end cut before it (see the module)."""
    words = text.split()
    head = _HEAD.search(text.rstrip(" .;,"))
    if len(words) < MIN_HEAD_WORDS + 2 or not head:
        return [text]
    # (a closing parenthesis is the tail's own: "Food Handler Certification (or able to get it
    # within 30 days)"; and so is how much it is wanted: "Team Teach or similar positive
    # handling training would be an advantage" counts to "training")
    core = len(text[: text.rindex("(")].split()) if text.rstrip().endswith(")") else len(words)
    core = min(core, len(text[: head.start()].split()) + 1)
    first = max(MIN_HEAD_WORDS, core - TAIL_WORDS)
    starts = [
        k
        for k in range(first, len(words) - 1)
        if words[k][:1].isupper()
        and _ends_item(words, k, bool(_CREDENTIAL.match(head.group(0))))
        and not _COUNTED_OF.search(" ".join(words[:k]))
    ]
    if not starts:
        return [text]
    # a held licence or card opens the item where it stands ("… or frozen ATPL Valid EASA Class
    # 1 Medical Certificate"); else the longest tail is the item
    k = next((k for k in starts if words[k] in _HELD), starts[0])
    # (the tail may hold a run-on of its own: "… type experience FCC General Radiotelephone
    # Operator License Borescope inspection experience")
    return [" ".join(words[:k]), *split_tail(" ".join(words[k:]))]
