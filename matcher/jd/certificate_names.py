"""The certificates an English certificate clause names ("CKA or AWS certifications" → CKA, AWS;
"Valid CDL Class A" → CDL Class A): the requirement's values, as Chinese 证书 clauses have."""

from __future__ import annotations

import re

# An English certificate clause's words around the names: what holding it is ("Valid",
# "Current", "Must hold a", "At least one", German "Mindestens eine") and what it is
# ("certification preferred", "licence required").
_CERT_LEAD = re.compile(
    r"^(?:(?:must|should|will)\s+(?:have|hold|possess|obtain)|(?:have|hold|holds|possess|possession"
    r"\s+of|obtain)|(?:a|an|the|valid|current|active|unrestricted|relevant|professional|industry|"
    r"recognised|recognized|at\s+least\s+one|one\s+or\s+more|mindestens\s+eine?n?|eine?n?)\b"
    r"|[-•*:,]|\s)+",
    re.I,
)
# The certificate's noun ends its names ("Florida Dental Hygiene License in good standing",
# "BLS certification from the American Heart Association"); a driver's licence keeps it.
_CERT_NOUN = re.compile(
    r"\s*\b(?<!driver's )(?<!drivers )(?<!driving )(?:certifications?|certificates?|certified\b(?!\s+[A-Z])|"
    r"certs?|licen[cs]es?|credentials?|designations?|registrations?|zertifizierung(?:en)?"
    r"|zertifikate?)\b",
    re.I,
)
_CERT_END = re.compile(
    r"\s*(?:\((?:required|preferred)\)|(?:is|are|would be|will be)?\s*(?:strongly\s+)?(?:an?\s+)?"
    r"(?:added\s+)?(?:preferred|required|desired|desirable|essential|plus|advantage|bonus|"
    r"or equivalent|or higher|or above|or similar|(?:oder|bzw\.?)\s+(?:eine?\s+)?(?:vergleichbar"
    r"|ähnlich|gleichwertig)\w*)\b).*$",
    re.I,
)
_CERT_SEP = re.compile(
    r"\s*(?:,\s*(?:or\s+|and\s+|oder\s+)?|/(?=\s*[A-Z])|\s+(?:or|oder)\s+|\s+and/or\s+)\s*"
)
# A bracket listing names ("Scrum certification (CSM, PSM or similar)", "Zertifizierung als
# ScrumMaster (Certified Scrum Master, Professional Scrum Master oder vergleichbare)"): each of
# them is a certificate the clause takes.
_BRACKET_LIST = re.compile(r"\(([^()]*,[^()]*)\)")
# Words that open a clause about something else than a named certificate ("Reliable
# transportation and a valid driver's license", "Experience with robotics … certification").
_NOT_A_NAME = re.compile(
    r"(?:experience|knowledge|reliable|ability|willingness|proof|understanding|familiarity|"
    r"progress|eligib\w*|able)\b",
    re.I,
)
_SMALL = {"of", "in", "the", "and", "for", "with", "a", "an", "&", "card", "permit"}


def en_certificates(text: str) -> list[str]:
    """The certificates an English clause names, as alternatives or a list: "CKA or AWS
    certifications" → [CKA, AWS]; "Valid CDL Class A" → [CDL Class A]; "PMP certification
    preferred" → [PMP]. A name is a run mostly of capitalised words (an acronym, a number);
    "and" splits names only before a certificate noun ("CPR and First Aid certifications");
    a bracket other than an acronym ("(or willingness to obtain)") is no name."""
    value = re.sub(r"\s+", " ", text).strip(" .;")
    listed = _BRACKET_LIST.search(value)
    # (only where the words outside it speak of a certificate: "Continuous Integration (SCM, CI,
    # ITIL or TDD)" lists topics, not certificates)
    if listed is not None and _CERT_NOUN.search(value[: listed.start()] + value[listed.end() :]):
        inner = re.sub(r"^(?:e\.g\.|z\.\s?B\.|such as)\s*", "", listed.group(1))
        names = [
            part
            for part in _CERT_SEP.split(_CERT_END.sub("", inner).strip(" ,."))
            if re.match(r"[A-Z0-9]", part) and not _NOT_A_NAME.match(part)
        ]
        if len(names) > 1:  # a list of names, not a bracket about one ("or willingness to …")
            head = en_certificates(value[: listed.start()] + value[listed.end() :])
            return list(dict.fromkeys([*head, *names]))
    value = re.sub(r"\s*\((?![A-Z][A-Z0-9-]+\))[^()]*\)", "", value)
    noun = _CERT_NOUN.search(value)
    value = _CERT_END.sub("", value[: noun.start()] if noun else value)
    # "Security certifications such as CISSP, CISM or CEH": the names are the examples
    if m := re.search(r"\b(?:such as|e\.g\.|including|like)\s+", text):
        value = _CERT_END.sub("", _CERT_NOUN.sub("", text[m.end() :]))
    value = _CERT_LEAD.sub("", value).strip(" ,.")
    value = re.sub(r"^(?:one of|either)\s+", "", value, flags=re.I)
    parts = _CERT_SEP.split(value)
    if noun:
        parts = [p for part in parts for p in re.split(r"\s+and\s+", part)]
    out: list[str] = []
    for part in parts:
        part = _CERT_LEAD.sub("", part).strip(" ,.-")
        words = [w for w in part.split() if w.lower() not in _SMALL]
        named = [w for w in words if re.match(r"[A-Z0-9]", w)]
        if not named or not re.match(r"[A-Z0-9]", part) or _NOT_A_NAME.match(part):
            continue
        if len(named) * 2 < len(words):
            continue
        if len(part) <= 60 and part not in out:
            out.append(part)
    return out
