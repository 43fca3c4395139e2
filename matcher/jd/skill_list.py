"""Skill lists of IT project postings: "Must-Have Skills" / "Nice-to-Have Skills" blocks whose
skills are joined by spaces ("Java Spring Boot Microservices Docker"), or chunks marked inline
("Python, LabView (Nice-to-Have)")."""

from __future__ import annotations

import re
from functools import cache

from matcher.resume.skills import SKILL_LEXICON

# A lowercase word with a German adjective ending qualifies the next word (agile Methoden).
_ADJECTIVE = re.compile(r"^[a-zäöü][a-zäöüß-]{2,}(?:e|en|er|es|em|sche|ische)$")
# Capitalised words that finish the skill before them (Java Entwicklung, Spring Boot).
_TAIL_WORDS = {
    "entwicklung",
    "entwickler",
    "datenbank",
    "datenbanken",
    "berater",
    "consultant",
    "admin",
    "administrator",
    "administration",
    "migration",
    "anwendungen",
    "monitoring",
    "design",
    "test",
    "testing",
    "boot",
    "shift",
    "cases",
    "how",
    "basis",
    "netweaver",
    "bw",
    "hana",
    "server",
    "services",
    "cloud",
    "framework",
    "engine",  # ("Unreal Engine", "Google App Engine")
    "development",
    "engineering",
    "management",
    "konzepterstellung",
    "programmierung",
    "themen",
    "kenntnisse",
    "umfeld",
    "umgebung",
}
# Words after which the next word belongs to the same skill (SAP HCM, Spring Boot).
_HEAD_WORDS = {
    "sap",
    "spring",
    "apache",
    "microsoft",
    "ms",
    "red",
    "google",
    "amazon",
    "aws",
    "azure",
}
_CONJUNCTIONS = {"und", "and", "oder", "or", "&", "of", "for", "für"}
_VERSION = re.compile(r"^(?:\d[\w.+]*|v\d[\w.]*|S/\d\w*|\d+\+|[A-Z]/\d+)$")
# "Methoden:" labels, "z.B." / "e.g." inside a list: not skills.
_NOISE = re.compile(r"(?:^|(?<=\s))[\w-]+:\s|\b(?:z\.\s?B|e\.g|i\.e|u\.a|etc)\.?(?=\s|$)", re.I)
_MARKER = re.compile(r"\((must|nice)[- ]?(?:to[- ])?have\)", re.I)
# The same separators as "\s*(?:[,;]|\s-\s|^-\s|\s/\s)\s*", with the whitespace before them
# taken from the start of its run only (that form was quadratic in a run of spaces).
_LIST_SEP = re.compile(r"(?<!\s)\s*+[,;]\s*|(?<!\s)\s++[-/]\s+|^-\s+")
_BULLET = re.compile(r"^(?:[\s·•▪●◦*-]+|\s*o\s+)")  # "·   Java", "- Java", "o Java"
# A parenthesis that grades or qualifies the skill before it, "(gut bis sehr gut)", "(mind.
# gut)", "(optional)", "(von Vorteil)": no skill of its own. "(Git)" names one and is kept.
_QUALIFIER = re.compile(
    r"\((?:[^()]*\b(?:gut|sehr|mind|mindestens|optional|vorteil|wünschenswert|grundkenntnisse|"
    r"basic|good|very|preferred|plus|level|jahre?|years?)\b[^()]*)\)",
    re.I,
)


def marked_chunks(line: str, default_must: bool) -> list[tuple[str, bool]]:
    """(chunk, must) pieces of a line with (Must-Have) / (Nice-to-Have) markers after them."""
    out, start = [], 0
    for m in _MARKER.finditer(line):
        chunk = line[start : m.start()].strip(" ,;")
        if chunk:
            out.append((chunk, m.group(1).lower() == "must"))
        start = m.end()
    rest = line[start:].strip(" ,;")
    if rest:
        out.append((rest, default_must))
    return out


def segment(chunk: str) -> list[str]:
    """The skills of a chunk: split on commas and dashes when it has them, else grouped from
    space-joined words (a heuristic: capitalised words start a skill unless they are a known tail
    or follow a head word like SAP; lowercase words join the word before them, German adjectives
    the word after them; versions join the word before them)."""
    chunk = _QUALIFIER.sub(" ", _NOISE.sub(" ", _BULLET.sub("", chunk)))
    chunk = re.sub(r"[()]", " ", chunk).strip()  # "(Git)" is Git
    pieces = [p for p in _LIST_SEP.split(chunk) if p.strip()]
    if len(pieces) > 1:
        # (the separators already cut the skills: a piece of three words or fewer is one, "Palo
        # Alto Firewalls", "Google Cloud Platform"; a longer one may still be space-joined skills)
        return [
            s for p in pieces for s in ([p.strip(" ·•*")] if len(p.split()) <= 3 else segment(p))
        ]
    words = chunk.split()
    if len(words) <= 2:
        return [chunk.strip()] if chunk.strip() else []
    groups: list[list[str]] = []
    pending: list[str] = []  # adjectives waiting for their noun
    glue = False  # the word before was "und" / "and": this one belongs to the same skill
    for word in words:
        prev = groups[-1][-1] if groups else ""
        join = (
            bool(groups)
            and not pending
            and (
                glue
                or word.lower() in _CONJUNCTIONS
                or word.lower() in _TAIL_WORDS
                or _VERSION.match(word) is not None
                or prev.lower() in _HEAD_WORDS
                or (word[0].islower() and not _ADJECTIVE.match(word))
            )
        )
        if _ADJECTIVE.match(word) and word[0].islower():
            pending.append(word)
            continue
        glue = word.lower() in _CONJUNCTIONS
        if join:
            groups[-1].append(word)
        else:
            groups.append([*pending, word])
            pending = []
    if pending:
        groups.append(pending)
    out: list[str] = []
    for g in groups:
        skill = " ".join(g).strip(" ·•*")
        if len(skill) > 1 and skill not in out:
            out.append(skill)
    return out


# A job board's skill tags scraped into one run ("Java Spring Boot Microservices SQL", or glued:
# "JavaSpring BootMicroservicesSQL"): words that are names (a capital, a digit, a slash), no
# sentence words between them.
_TAG = re.compile(r"[A-Z0-9][\w+#./&-]*|[a-z]+[A-Z][\w+#./-]*")
# where a scraper glued two tags: a lower-case letter, then a capital ("JavaSpring")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _known() -> frozenset[str]:
    """The skill names this module may cut at: the résumé side's lexicon, lower-cased."""
    return frozenset(w.lower() for w in SKILL_LEXICON if w.isascii())


def _ungluing(word: str) -> list[str]:
    """A word cut where two tags were glued: before a known skill whose left part is a known
    skill or a long word ("JavaSpring", "MicroservicesSQL"), or after a word that ends a skill
    ("BootMicroservices"); a known word stays whole (MySQL, JavaScript), as do GitLab, NoSQL
    and PySpark."""
    known = _known()
    if word.lower() in known:
        return [word]
    pieces = _GLUED.split(word)
    out = [pieces[0]]
    for piece in pieces[1:]:
        left, right = out[-1].lower(), piece.lower()
        # (GitLab, NoSQL, PySpark, SpringBoot: a short or unknown left part is one name)
        if (right in known and (left in known or len(left) >= 4)) or left in _TAIL_WORDS:
            out.append(piece)
        else:
            out[-1] += piece
    return out


def tag_run(text: str) -> list[str] | None:
    """The tags of a run of skill tags, cut only where it is safe: where two tags were glued
    and one of them is a known skill, and between two spaced words that are both known skills
    (or a tail word, then a known skill) that no head word (SAP, Spring) binds; the
    rest stays together (a merged tag rather than a wrong cut). None when the text is no tag run."""
    words = text.split()
    if not words or not all(_TAG.fullmatch(w) for w in words):
        return None
    known = _known()
    pieces = [p for w in words for p in [(q, i == 0) for i, q in enumerate(_ungluing(w))]]
    if len(pieces) < 3:
        return None
    tags: list[str] = []
    for piece, spaced in pieces:
        if not tags:
            tags.append(piece)
            continue
        last = tags[-1].split()[-1]
        bound = last.lower() in _HEAD_WORDS or piece.lower() in _TAIL_WORDS
        bound = bound or piece.lower() in _CONJUNCTIONS or last.lower() in _CONJUNCTIONS
        # (two spaced words are cut only between known skills, or after a tail word: "Google
        # Cloud Platform", "Microsoft Office Suite" stay whole)
        safe = not spaced or (last.lower() in known | _TAIL_WORDS and piece.lower() in known)
        if safe and not bound:
            tags.append(piece)
        else:
            tags[-1] += (" " if spaced else "") + piece
    return tags if len(tags) > 1 else None
