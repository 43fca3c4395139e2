"""Named terms: the tools, languages, products and methods a requirement names in Latin script
(Ansible, Spring Boot, SAP MDG, Excel, C++), and which of them a résumé names anywhere.

A static sentence model puts Ansible, Jenkins and Puppet close together, so every DevOps-ish line
of a résumé looks "similar" to a requirement listing them; whether the résumé names them is the
literal evidence a recruiter checks first. Names do not paraphrase, so they are matched as words;
Chinese values (沟通能力, 客服经验) do, and are left to the sentence similarity.

A term is named when every word of it (two characters or more) is a word of the résumé, so
"Spring Boot" needs both and "Oracle Datenbank" is found in "Oracle-Datenbank". After "e.g." /
"z.B." / "such as" / "including" the listed terms are examples, in "X or Y" alternatives, and a
major's list is the fields one may have studied: naming one of them is enough."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from matcher.match import cased, evidence
from matcher.match.isa import (
    IMPLIED_BY,
    PEERS,
    Category,
    categories_in,
    is_kind_word,
    known_name,
    known_word,
    spellings,
)
from matcher.match.majors import is_field_name
from matcher.resume.skills import SKILL_LEXICON
from matcher.vocab import has_chinese

WORD = re.compile(r"[a-z0-9äöüß][a-z0-9äöüß+#]*")
# the characters of a word, as a set: has_word tests the one before and after each hit (a set
# lookup, where a pattern's match cost a call each)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789äöüß+#")
_LATIN = re.compile(r"[a-zA-ZäöüÄÖÜ]")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*(?: [A-Za-z0-9][A-Za-z0-9+#.\-]*)*")
_NAME_MARK = re.compile(r"[A-ZÄÖÜ0-9+#]")  # a capital, digit, + or #: Ansible, ES6, C++, C#
EXAMPLES = re.compile(
    r"\be\.\s?g\.|\bz\.\s?b\.|\bsuch as\b|\bfor example\b|\bbeispielsweise\b|\betc\b|例如|比如|"
    r"\bincluding\b|\binkl\.|包括|\bor (?:an? )?(?:equivalent|similar)\b|或同等|或类似",
    re.IGNORECASE,
)
# A list of alternatives: "or" between its items and no "and" ("Java or Kotlin", "Git/SVN or
# Mercurial", "财务软件或OA软件"); "Java and Spring or Hibernate" is not one.
_OR = re.compile(r"\bor\b|\boder\b|或者?", re.IGNORECASE)
_AND = re.compile(r"\band\b|\bund\b|&|和|及|并且?|以及", re.IGNORECASE)
EXAMPLES_ENOUGH = 1  # after "e.g." or in a list of alternatives, naming one covers it
WEIGHT = 0.5  # share of a requirement's score that comes from naming its terms
MAX_WORDS = 3  # a longer value is a phrase ("front-end framework experience"), not a name
# Words that describe a requirement rather than name a thing; a value of only these is no term.
GENERIC = frozenset(
    [
        "experience",
        "experienced",
        "knowledge",
        "skills",
        "skill",
        "understanding",
        "years",
        "year",
        "good",
        "very",
        "erfahrung",
        "erfahrungen",
        "kenntnisse",
        "kenntnis",
        "fundierte",
        "gute",
        "sehr",
        "jahre",
        "jahren",
        # a sentence's first word, capitalised but no name: "Advanced Excel skills"
        "advanced",
        "excellent",
        "proficient",
        "expert",
        "strong",
        # what kind of thing a name is, not the name: "Linux Operating Systems", "CCNA level"
        "operating",
        "system",
        "systems",
        "level",
        "tools",
        "technologies",
        "technology",
        # what kind of thing the name beside it is: "Java Frameworks" asks Java (the
        # pre-filter asks the words as written: _KIND_NOUNS)
        "frameworks",
        "framework",
        # what a requirement's sentence opens with, capitalised but no name: a verb ("Requires
        # strong negotiation", "Has"), an adjective ("Relevant SAP Financials", "Additional
        # functional", "Technical consulting") or a word for the field of IT itself ("IT acumen")
        "requires",
        "required",
        "has",
        "have",
        "having",
        "understands",
        "demonstrated",
        "proven",
        "relevant",
        "additional",
        "technical",
        "significant",
        "general",
        "solid",
        "sound",
        "deep",
        "profound",
        "basic",
        "minimum",
        "using",
        "one",
        "it",
        # ("Interest in or experience with payment …": a sentence's opening, no name)
        "interest",
        "interested",
    ]
)


# Words of a phrase, not of a name: a value holding one ("Willing to travel", "work with the
# team") reads as a sentence piece whose capital is only its first letter.
PHRASE_WORDS = frozenset(
    ["to", "the", "a", "an", "with", "be", "able", "your", "you", "zu", "mit", "der", "die", "das"]
)
# Soft skills are described, not named: their values are left to sentence similarity.
UNNAMED_KINDS = frozenset(["competency"])


@dataclass(frozen=True)
class Term:
    """A name a requirement asks (its words), or a kind it asks (category: shown by a member)."""

    name: str
    words: frozenset[str]
    category: Category | None = None
    # strings one of which a text naming the term holds (_needles): read once here, tested
    # for every résumé of a shortlist
    needles: tuple[str, ...] | None = field(init=False, compare=False, repr=False)
    # and what _named asks of the name alone, read once here too: its other spellings, its
    # words written as one, its words in the order they are tried (each with the names that
    # imply it, IMPLIED_BY, split into their words), a kind's members split into their words
    spelled: tuple[str, ...] = field(init=False, compare=False, repr=False)
    glued: str = field(init=False, compare=False, repr=False)
    ordered: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = field(
        init=False, compare=False, repr=False
    )
    members: tuple[tuple[str, tuple[str, ...]], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        def split(names):
            return tuple((name, tuple(name.split())) for name in names)

        ordered = tuple((w, split(IMPLIED_BY.get(w, ()))) for w in sorted(self.words))
        members = split(self.category.members) if self.category is not None else ()
        object.__setattr__(self, "needles", _needles(self))
        object.__setattr__(self, "spelled", spellings(self.name.lower()))
        object.__setattr__(self, "glued", "".join(self.name.lower().split()))
        object.__setattr__(self, "ordered", ordered)
        object.__setattr__(self, "members", members)


@dataclass(frozen=True)
class Named:
    """A requirement's named terms and how many of them cover it (all, or EXAMPLES_ENOUGH after
    "e.g."): read once per requirement, used for every résumé."""

    terms: tuple[Term, ...] = ()
    needed: int = 0
    # beside a kind, the values that name neither a name nor a kind ("computer networks,
    # software development"): asked too, and no term reads them
    unread: tuple[str, ...] = ()
    # the pre-filter's reading where the clause writes German nouns with a capital
    # (prefilter_terms); None: this one
    asked: Named | None = None
    # what coverage says once, not twice: "virtualization (docker)" beside the Docker the
    # clause lists (each kind's name with each term's name), read once per requirement
    listed: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        kinds = [t for t in self.terms if t.category is not None]
        listed = frozenset(f"{k.name} ({t.name.lower()})" for t in self.terms for k in kinds)
        object.__setattr__(self, "listed", listed)

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self):
        return iter(self.terms)


@dataclass(frozen=True)
class Coverage:
    share: float  # 0-1
    found: tuple[str, ...]
    missing: tuple[str, ...]
    loose: tuple[str, ...] = ()  # kinds named only by their own word ("cloud"): half each
    names: int = 0  # terms named as themselves, not through a kind


def words_of(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 1}


# German capitalises every noun: a word with a noun's or an adjective's ending is a word of the
# language, not a name ("Programmierung", "Arbeitsstil", "Strukturierter", "Bereichen").
_GERMAN_WORD = re.compile(
    r"(?:ung|ungen|keit|keiten|heit|heiten|schaft|schaften|stil|tät|täten|nis|nisse|lich\w*|"
    r"isch\w*|iert\w*|ständig\w*|bewusst\w*|bereich\w*|kenntnis\w*)$"
)
# A clause written in German: one of its function words, none of them an English word.
_GERMAN_CLAUSE = re.compile(
    r"\b(?:der|den|dem|des|die|das|und|oder|mit|eine[mnrs]?|ist|sind|von|für|im|zu|bei|aus|"
    r"auf|über|sowie|kenntnisse|erfahrung|erfahrungen)\b",
    re.IGNORECASE,
)
# German capitalises every noun; its plurals and many of its nouns end in -en ("Sprachen",
# "Datenbanken", "Softwarearchitekturen", "Qualifikationen"), which almost no product name does.
_GERMAN_PLURAL = re.compile(r"...en$|.studium$")


# Words for what kind of thing a name is, written beside it ("Java Frameworks"): no name, but
# the pre-filter asks them with the name, as it asks a German clause's nouns.
_KIND_NOUNS = frozenset(["framework", "frameworks"])
_PREFILTER_GENERIC = GENERIC - _KIND_NOUNS


@lru_cache(maxsize=4096)  # the verdicts and the pre-filter both read a clause's values
def common_nouns(value: str, text: str) -> frozenset[str]:
    """The lower-cased words of a value that are ordinary nouns of a German clause, not names:
    written with a capital on the first letter only, ending as a German noun does (-ung,
    -keit, -en …), and no word of a name the project knows (isa.known_word). In a clause in
    another language: none. The one reading of "is this capitalised word a name" that
    verdicts (named_terms) and the pre-filter (prefilter_terms) share."""
    if not _GERMAN_CLAUSE.search(text):
        return frozenset()
    out = set()
    for token in re.findall(r"[A-Za-zÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß+#]*", value):
        word = token.lower()
        if (
            token[0].isupper()
            and not _SURE_MARK.search(token[1:])
            and (_GERMAN_PLURAL.search(word) or _GERMAN_WORD.search(word))
            and not known_word(word)
        ):
            out.add(word)
    return frozenset(out)


# A prefix cut off its word ("(non-) relational databases": "non"), which names nothing.
_PREFIX = re.compile(r"^\W*(?:non|nicht|un|pre|post|multi|semi)\W*$", re.I)


# Joiners inside one value: "XLST und XML", "Bash oder Perl" are two names.
_JOINER = re.compile(r"\s+(?:und|and|oder|or|sowie|bzw\.?)\s+", re.I)


def named_terms(req: dict) -> Named:
    """The requirement's values that read as names: Latin script (no Chinese), a capital,
    digit, + or # somewhere (lower-case values are concepts: "configuration management"), at
    most MAX_WORDS words that are not GENERIC, German nouns (common_nouns) or PHRASE_WORDS;
    once each. A longer value, or one holding a PHRASE_WORDS word, is a piece of a sentence:
    only its sure names count. A competency names nothing."""
    if req.get("kind") in UNNAMED_KINDS:
        return Named()
    text = req.get("text") or ""
    values = [v for v in req.get("values") or [] if isinstance(v, str)]
    # "Linux系统运维", "CRM系统", "Java开发": the Latin run inside a Chinese value is a name
    values = [run for v in values for run in (_LATIN_RUN.findall(v) if has_chinese(v) else [v])]
    values = [
        part
        for v in values
        for part in _JOINER.split(v)
        if part.strip() and not _PREFIX.match(part)
    ]
    nouns = {v: common_nouns(v, text) for v in values}
    named = _named_in(req, values, nouns, GENERIC)
    if not (any(nouns.values()) or any(words_of(v) & _KIND_NOUNS for v in values)):
        return named
    # the pre-filter asks the words as written, a value's nouns with its names
    return replace(named, asked=_named_in(req, values, {}, _PREFILTER_GENERIC))


def prefilter_terms(req: dict) -> Named:
    """The terms the pre-filter (retrieve.py) counts: named_terms' reading, except that a
    German noun it tells from a name is asked with the name beside it ("Programmiersprachen
    Java"): a German CV writing the noun is relevant to the clause, though no verdict asks the
    noun by name."""
    named = named_terms(req)
    return named.asked or named


def _named_in(
    req: dict, values: list[str], nouns: dict[str, frozenset[str]], generic: frozenset[str]
) -> Named:
    terms: dict[frozenset[str], Term] = {}
    concepts: list[str] = []
    for value in values:
        if not _LATIN.search(value):
            continue
        kinds = categories_in(value)  # "databases", "agile methodologies": shown by a member
        words: frozenset[str] = frozenset()
        if _NAME_MARK.search(value):  # else "configuration management": a concept
            common = nouns.get(value, frozenset())
            words = frozenset(w for w in words_of(value) - generic if not _GERMAN_WORD.search(w))
            words -= common
            if words & PHRASE_WORDS or len(words) > MAX_WORDS:
                # a piece of a sentence ("other markup language such as HTML5", "deploying
                # infrastructure utilizing ARM templates"): its sure names, each run of them a
                # term; the kinds it asks still count
                runs = _runs_of_names(value, common, generic)
                for run in runs:
                    if not (kinds and categories_in(run.name)):  # "software QA …": the kind
                        terms.setdefault(run.words, run)
                words = frozenset()
                if runs and not kinds:
                    continue
            elif words:
                words = _without_interface(value, _name_words(value, words))
        name = 0 < len(words) <= MAX_WORDS
        # (a kind of two words is a kind, not a name: "Data Modeling", "Test Automation")
        spoken = {w for k in kinds for m in k.forms.finditer(value.lower()) for w in words_of(m[0])}
        if kinds and not (
            name and any(not _a_kind_word(w, kinds) and w not in spoken for w in words)
        ):
            # the kind itself ("Network Technologies"), not a name it describes ("Oracle
            # Datenbank", "AWS cloud": the name is asked)
            for kind in kinds:
                terms.setdefault(frozenset([kind.name]), _kind_term(kind))
        elif name and words not in terms:
            terms[words] = Term(_shown(value, words), words)
        if not (name or kinds or _no_concept(value, generic)):
            concepts.append(value.strip())
    # a clause that was all concepts before kinds were read stays asked in full; so does an
    # alternative that names nothing ("iOS app or backend development": either shows it)
    asked = any(t.category for t in terms.values()) or _alternatives(req.get("text") or "")
    unread = tuple(concepts) if asked else ()
    needed = len(terms) + len(unread)
    # "one of Java, Kotlin or Scala" (the parser's any_of), examples, alternatives, majors
    if req.get("any_of") or any_one(req):
        needed = min(needed, EXAMPLES_ENOUGH)
    elif (count := at_least(req.get("text") or "")) is not None:
        needed = min(needed, count)
    return Named(tuple(terms.values()), needed, unread)


# "at least two of them", "mindestens zwei davon", "至少两种": that many of those listed cover it
_AT_LEAST = re.compile(
    r"\bat least (one|two|three|four|[1-4]) (?:of|from)\b"
    r"|\bmindestens (eine[nmrs]?|zwei|drei|vier|[1-4]) (?:davon|der|aus)\b"
    r"|至少(一|两|二|三|四|[1-4])(?:种|项|个|门)",
    re.I,
)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4}
_COUNTS |= {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


@lru_cache(maxsize=4096)
def at_least(text: str) -> int | None:
    """How many of the things listed a clause says cover it ("you'll be up to speed with at least
    two of them"), or None."""
    m = _AT_LEAST.search(text)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return int(word) if word.isdigit() else _COUNTS.get(word, 1)


# A clause about a field of study: a person holds one major, so the list is alternatives.
_MAJOR = re.compile(r"相关专业|等专业|专业[:：]|专业优先|专业毕业|\bmajor\b|\bdegree in\b", re.I)


def _clause(req: dict) -> tuple[str, str, tuple[str, ...]]:
    """What of a requirement is_major and any_one read (kind, text, string values): a key they
    are kept by, since every candidate of a shortlist asks them again of the same requirement."""
    values = tuple(v for v in req.get("values") or [] if isinstance(v, str))
    return req.get("kind") or "", req.get("text") or "", values


def is_major(req: dict) -> bool:
    """Whether the requirement asks a field of study: its kind, a clause naming 专业 / major, or
    a list of majors and nothing else."""
    return _is_major(*_clause(req))


@lru_cache(maxsize=4096)
def _is_major(kind: str, text: str, values: tuple[str, ...]) -> bool:
    if kind == "major" or _MAJOR.search(text):
        return True
    # "行政管理、工商管理、心理学" cut from its 专业 clause: two or more values, each a major
    return len(values) >= 2 and all(is_field_name(v) for v in values)


def any_one(req: dict) -> bool:
    """Whether naming one of the requirement's terms covers it: examples ("e.g. Ansible, Puppet",
    "such as", "including", "or equivalent"), a list of alternatives ("Java or Kotlin", "A、B或C")
    or a field of study (one major of those listed)."""
    return _any_one(*_clause(req))


@lru_cache(maxsize=4096)
def _any_one(kind: str, text: str, values: tuple[str, ...]) -> bool:
    if _lists_examples(text) or _is_major(kind, text, values):
        return True
    return bool(_OR.search(text)) and not _AND.search(text)


@lru_cache(maxsize=4096)
def _alternatives(text: str) -> bool:
    """Whether the clause is a list of alternatives ("A or B", no "and"), not of examples."""
    return bool(_OR.search(text)) and not _AND.search(text) and not _lists_examples(text)


# Markers that open a list of examples in Latin script; a name must follow before the list
# ends: "(including hands-on experience in customizing), namely in FICO, BW as well as SAP
# Consolidation" lists no examples of the names, it asks each of them.
_FORWARD = re.compile(
    r"\be\.\s?g\.|\bz\.\s?b\.|\bsuch as\b|\bfor example\b|\bbeispielsweise\b|\bincluding\b|"
    r"\binkl\.",
    re.IGNORECASE,
)
_LIST_END = re.compile(r"[);]|\.\s")


def _lists_examples(text: str) -> bool:
    """Whether the clause lists examples: "etc", "or equivalent", 例如 …, or a Latin marker
    ("e.g.", "such as", "including") followed by a name before the list ends."""
    for m in EXAMPLES.finditer(text):
        if not _FORWARD.fullmatch(m.group()):
            return True
        if name_runs(_LIST_END.split(text[m.end() :], maxsplit=1)[0]):
            return True
    return False


def _name_words(value: str, words: frozenset[str]) -> frozenset[str]:
    """The words that name the thing in a value that mixes a name with lower-case description
    ("Linux system administration" → linux, "AWS security" → aws); all words when every word
    is a name ("Spring Boot") or none is marked."""
    marked = frozenset(
        w
        for token in re.findall(r"[A-Za-z0-9äöüÄÖÜß][A-Za-z0-9äöüÄÖÜß+#.\-]*", value)
        if _NAME_MARK.search(token)
        for w in words_of(token)
    )
    # marks only on generic words ("Experience preparing financial statements"): no name here
    return marked & words if marked else words


# A token of a name: "C++", "ASP.NET", "T-SQL"; a slash joins short parts ("CI/CD", "S/4", "FI/CO")
# but separates names ("Qpid/MQ/Kafka").
_TOKEN = re.compile(
    r"[A-Za-z0-9äöüÄÖÜß][A-Za-z0-9äöüÄÖÜß+#.\-]*(?:/[A-Za-z0-9]{1,2}(?![A-Za-z0-9]))*"
)


def _is_name_token(token: str, generic: frozenset[str] = GENERIC) -> bool:
    """A token that can be (part of) a name: marked, a letter in it (a number names nothing),
    and not a generic, phrase or German word."""
    words = words_of(token)
    return (
        bool(_NAME_MARK.search(token))
        and bool(_LATIN.search(token))
        and bool(words)
        and not words & (generic | PHRASE_WORDS)
        and not any(_GERMAN_WORD.search(w) for w in words)
    )


def _runs_of_names(
    value: str, nouns: frozenset[str] = frozenset(), generic: frozenset[str] = GENERIC
) -> list[Term]:
    """The names inside a piece of a sentence: runs of name tokens apart only by spaces, each
    surely a name (a capital past its first letter, a digit, + or #: "HTML5", "S4HANA", "ARM",
    "Dynamics 365"). A word capitalised only on its first letter may be a sentence's first word
    or a noun written with a capital ("… needs to like Security"), so it is no name here."""
    found = []
    for name in name_runs(value, opening=False, generic=generic):
        words = _without_interface(name, frozenset(words_of(name)) - nouns)
        if words and len(words) <= MAX_WORDS and _SURE_MARK.search(name[1:]):
            found += [Term(n, frozenset(words_of(n))) for n in _apart(name)] or [
                Term(_shown(name, words), words)
            ]
    return found


def name_runs(text: str, opening: bool = True, generic: frozenset[str] = GENERIC) -> list[str]:
    """Runs of name tokens apart only by spaces ("Dynamics 365", "Azure", "CISSP"); the text's
    first token counts when `opening` or when it is surely a name."""
    runs: list[list[re.Match]] = []
    last: re.Match | None = None
    for at, token in enumerate(_TOKEN.finditer(text)):
        word = token.group()
        joined = last is not None and not text[last.end() : token.start()].strip()
        if joined and word.isdigit():  # "Dynamics 365": a number goes on a name
            runs[-1].append(token)
            last = token
            continue
        if not (
            _is_name_token(word, generic) and (opening or at > 0 or _SURE_MARK.search(word[1:]))
        ):
            last = None
            continue
        if joined:
            runs[-1].append(token)
        else:
            runs.append([token])
        last = token
    return [text[run[0].start() : run[-1].end()] for run in runs]


# What kind of interface the name before it offers ("Android SDK", "REST API's"): a résumé
# naming the name (Android, RESTful) shows it; the pre-filter asks the words as written.
_INTERFACE = frozenset(["sdk", "api", "apis"])
_LEXICON = frozenset(w for name in SKILL_LEXICON for w in words_of(name.lower()))


def _without_interface(written: str, words: frozenset[str]) -> frozenset[str]:
    """A name's words without an interface word after a name that is surely one by itself:
    a capital past its first letter ("REST", "iOS") or a name of the skill lexicon
    ("Android"); "Web API" stays whole: "web" alone names nothing."""
    rest = words - _INTERFACE
    if not rest or rest == words:
        return words
    sure = {
        w
        for token in _TOKEN.findall(written)
        if _SURE_MARK.search(token[1:])
        for w in words_of(token)
    }
    if all(w in sure or w in _LEXICON for w in rest):
        return rest
    return words


def _apart(written: str) -> list[str]:
    """The names a run of three or more capitalised words holds when the run is none the
    project knows but is two or more it knows side by side, after words that describe them
    ("Core Java Spring Boot" → Java, Spring Boot). [] when the run is one name: two words
    ("SAP HANA", "Oracle Java": a vendor's product), or a word no known name holds after the
    first known one ("Azure SQL Database", "Azure Kubernetes Service")."""
    tokens = _TOKEN.findall(written)
    if len(tokens) < 3 or known_name(" ".join(tokens).lower()):
        return []
    names: list[str] = []
    i = 0
    while i < len(tokens):
        j = next(
            (j for j in range(len(tokens), i, -1) if known_name(" ".join(tokens[i:j]).lower())),
            None,
        )
        if j is None:
            if names:  # an unknown word inside or after the names: one product's name
                return []
            i += 1
            continue
        names.append(" ".join(tokens[i:j]))
        i = j
    return names if len(names) >= 2 else []


_REPEATED = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)  # "SAP SAP PO": a typo's repeat


def _shown(value: str, words: frozenset[str]) -> str:
    """The value as a reason shows it: from its first to its last token naming one of the
    term's words ("Relevant SAP Financials experience" → "SAP Financials", "namely in FICO" →
    "FICO"), a word repeated in a row said once ("SAP SAP PO" → "SAP PO")."""
    at = [t for t in _TOKEN.finditer(value) if words_of(t.group()) & words]
    if not at:
        return value.strip()
    return _REPEATED.sub(r"\1", value[at[0].start() : at[-1].end()])


def sure_names(named: Named, text: str) -> bool:
    """Whether every term is surely a name, not a capitalised first word: a capital past its
    first letter, a digit, + or # (AWS, VMWare, Container Security, C++), or it does not open
    the clause ("e.g. Ansible, Puppet"; not "E-commerce operations experience"). A kind (cloud,
    databases) is as sure: only its word or a member shows it."""
    if named.unread:  # a concept is asked beside them: a similar line may show it
        return False
    opening = text.lstrip(" -–•*·(").lower()
    for term in named.terms:
        if term.category is not None:  # shown by its word or a member, nothing else
            continue
        if not (_SURE_MARK.search(term.name[1:]) or not opening.startswith(term.name.lower())):
            return False
    return bool(named.terms)


_SURE_MARK = re.compile(r"[A-ZÄÖÜ0-9+#]")


def has_word(lowered: str, word: str) -> bool:
    """Whether the lower-cased text holds `word` as a whole word (str.find, then a look at the
    characters around it: a résumé costs microseconds, not a tokenisation)."""
    i = lowered.find(word)
    while i >= 0:
        end = i + len(word)
        before = lowered[i - 1] if i else " "
        after = lowered[end] if end < len(lowered) else " "
        if before not in _WORD_CHARS and after not in _WORD_CHARS and not _dotted(lowered, i):
            return True
        i = lowered.find(word, i + 1)
    return False


def _dotted(lowered: str, i: int) -> bool:
    """Whether the word at i is the second part of a dotted abbreviation: one letter and a dot
    before it ("b.sc.", "m.sc", "b.tech": no SC, no tech named), not a name after a word and a
    dot ("asp.net", "www.github")."""
    return (
        i >= 2
        and lowered[i - 1] == "."
        and lowered[i - 2].isalpha()
        and (i == 2 or not lowered[i - 3].isalnum())
    )


# Words of a value that ask nothing of their own: "or equivalent", "and so on", "Skills".
# (and what of a kind beside them is asked: "QA methodologies, tools and processes")
_NO_CONCEPT = frozenset(
    ["equivalent", "similar", "etc", "so", "on", "gleichwertig", "ähnlich"]
    + ["process", "processes", "methods", "methodologies", "practices", "principles"]
    + ["procedure", "procedures", "techniques", "approaches", "tool"]
)


def _no_concept(value: str, generic: frozenset[str] = GENERIC) -> bool:
    """Whether a value that is neither a name nor a kind asks nothing: generic words only."""
    return not (words_of(value) - generic - _NO_CONCEPT)


def _a_kind_word(word: str, kinds: list[Category]) -> bool:
    return is_kind_word(word) or any(kind.forms.fullmatch(word) for kind in kinds)


def _kind_term(kind: Category) -> Term:
    """A kind as a term; its words are those a line naming it holds (its members' first words,
    found by str.find before the line is read whole)."""
    firsts = {w.split()[0] for w in (*kind.members, *kind.words)}
    return Term(kind.name, frozenset(firsts), kind)


LOOSE = "~"  # _named's answer for a kind named only by its own word


def _named(term: Term, lowered: str) -> str | None:
    """How the text names the term: its name, "Linux (CentOS)" when the term is one word
    named only by something that is one (IMPLIED_BY), "agile (Scrum)" for a kind by a member,
    LOOSE for a kind named only by its own word (a discipline's own word, "QA engineer", names
    it in full: its name), or None. A word inside a product's name is no
    kind of thing: MySQL is no "Microsoft SQL Server"."""
    # a text holding none of the strings any of the ways below needs names it in none of them:
    # one substring test each, before the word tests and the kind's pattern
    if term.needles is not None:
        for needle in term.needles:  # a loop, not any(): this runs per term and résumé
            if needle in lowered:
                break
        else:
            return None
    if term.category is not None:
        if term.category.named_by_word and term.category.forms.search(lowered):
            return term.name  # "QA engineer" for QA: the discipline itself
        for member, words in term.members:
            if all(has_word(lowered, w) for w in words):
                return f"{term.name} ({member})"
        return LOOSE if term.category.forms.search(lowered) else None
    for spelled in term.spelled:  # a loop, not any(): this runs per term and résumé
        if has_word(lowered, spelled):
            return term.name  # another spelling of the name: Postgres for PostgreSQL, K8s
    if len(term.words) > 1 and has_word(lowered, term.glued):
        return term.name  # a name's words written as one: "Webdesign" for "Web design"
    via = []
    for word, impliers in term.ordered:
        if has_word(lowered, word) or _spelled(lowered, word) or _versioned(lowered, word):
            continue
        if len(term.words) > 1 or _more_than(term.name, word):
            return None
        for implier, words in impliers:  # the first that the text names in full
            if all(has_word(lowered, w) for w in words):
                via.append(implier)
                break
        else:
            return None
    if len(term.words) > 1 and not via and not _together(term.words, lowered, len(term.name)):
        return None  # "management" in one line, "studio" in another: no Management Studio
    return f"{term.name} ({', '.join(via)})" if via else term.name


def _needles(term: Term) -> tuple[str, ...] | None:
    """Strings one of which the lower-cased text holds wherever _named finds the term: every
    way _named reads it (has_word, _spelled, _versioned, the kind's forms) looks for one of
    these with str.find or in a pattern that matches it. None where _named may find it without
    a string (a term of no words, a member of none): no test then."""
    if term.category is not None:  # the kind's own words, or a member's words
        members = [m.split() for m in term.category.members]
        if not all(members):
            return None
        return tuple(dict.fromkeys([*term.category.words, *(w for m in members for w in m)]))
    if not term.words:
        return None
    name = term.name.lower()
    out = [*spellings(name), "".join(name.split())]
    for word in term.words:
        out += [word, *_spellings(word)]
        out += [w for implier in IMPLIED_BY.get(word, ()) for w in implier.split()]
    return tuple(dict.fromkeys(out))


_VERSION_TAIL = re.compile(r"\d+(?:\.\d+)*\+?")


def _versioned(lowered: str, word: str) -> bool:
    """Whether the text names the word with a version run onto it: CSS3 and HTML5 are CSS and
    HTML, "Angular2+" is Angular (a word of three letters or more that ends in a letter; the
    other way round, HTML for HTML5, is only related: _parts)."""
    if len(word) < 3 or not word[-1].isalpha():
        return False
    i = lowered.find(word)
    while i >= 0:
        end = i + len(word)
        before = lowered[i - 1] if i else " "
        tail = _VERSION_TAIL.match(lowered, end)
        if tail and before not in _WORD_CHARS:
            after = lowered[tail.end()] if tail.end() < len(lowered) else " "
            if after not in _WORD_CHARS:
                return True
        i = lowered.find(word, i + 1)
    return False


def _more_than(name: str, word: str) -> bool:
    """Whether a one-word term's name holds more than its word: "T-SQL" is a dialect, not SQL
    itself, so what names SQL (MySQL) does not name it."""
    return bool(re.search(r"[a-z0-9]", name.lower().replace(word, "", 1)))


# A letter and a digit that open a name are written together or apart: S4HANA, S/4HANA,
# S/4 HANA, S4 HANA are one name, as R3 and R/3.
_LETTER_DIGIT = re.compile(r"^([a-z])(\d)([a-z]*)$")


@lru_cache(maxsize=1024)
def _spellings(word: str) -> tuple[str, ...]:
    m = _LETTER_DIGIT.match(word)
    if m is None:
        return ()
    head, rest = f"{m.group(1)}/{m.group(2)}", m.group(3)
    if not rest:
        return (head,)
    return (head + rest, f"{head} {rest}", f"{m.group(1)}{m.group(2)} {rest}")


def _spelled(lowered: str, word: str) -> bool:
    """Whether the text writes the word another way its name is spelled (S/4 HANA for S4HANA)."""
    return any(has_word(lowered, v) for v in _spellings(word))


@lru_cache(maxsize=1024)
def _longest_plain(words: frozenset[str]) -> str | None:
    """The longest word written one way only: the fewest places to look (read once a name)."""
    return max((w for w in sorted(words) if not _spellings(w)), key=len, default=None)


def _together(words: frozenset[str], lowered: str, span: int) -> bool:
    """Whether the words of a name stand together: all of them within about the name's length
    of its longest word (a line wrapped inside the name, "SAP\nS/4HANA", still names it)."""
    first = _longest_plain(words)
    if first is None:
        return True
    i = lowered.find(first)
    while i >= 0:
        near = lowered[max(0, i - span) : i + len(first) + span]
        if all(has_word(near, w) or _spelled(near, w) for w in words):
            return True
        i = lowered.find(first, i + 1)
    return False


def coverage(named: Named, lowered: str) -> Coverage | None:
    """How much of a requirement's named terms the lower-cased résumé text names; None
    without terms."""
    if not named.terms:
        return None
    how = [_named(t, lowered) for t in named.terms]
    pairs = list(zip(named.terms, how, strict=True))
    found = tuple(n for n in how if n and n != LOOSE)
    loose = tuple(t.name for t, n in pairs if n == LOOSE)
    missing = tuple(t.name for t, n in pairs if not n) + named.unread
    count = len(found) + 0.5 * len(loose)
    # "virtualization (docker)" beside "Docker" the clause lists: the reason says Docker once
    shown = tuple(n for n in found if n not in named.listed)
    names = sum(1 for t, n in pairs if n and (t.category is None or n == t.name))
    return Coverage(min(1.0, count / named.needed), shown, missing, loose, names)


_VERSIONED = re.compile(r"^([a-z][a-z+#]{2,})\d+$")  # html5, css3, python3: a version on a name


def _parts(term: Term) -> list[tuple[str, str]]:
    """(word, as written) of the parts of a term that name a related thing alone: the base of
    a versioned name ("HTML5" → HTML, "Java 11" → Java) and, in a name of several words, each word that is surely
    a name by itself ("ABAP OO" → ABAP, OO; "SAP S4HANA" → SAP, S4HANA; not "Spring" of
    "Spring Boot")."""
    parts = []
    written = _VERSION_ON.sub("", term.name.lower())
    if written != term.name.lower() and known_name(written):  # "Java 11", "Angular 14": Java
        parts.append((written, term.name[: len(written)]))
    for token in _TOKEN.findall(term.name):
        for word in words_of(token):
            if m := _VERSIONED.match(word):
                parts.append((m.group(1), token[: len(m.group(1))]))
            elif (
                len(term.words) > 1
                and _LATIN.search(token)
                and _SURE_MARK.search(token[1:])
                and word not in _VENDORS
            ):
                parts.append((word, token))
    return parts


# A maker's short name before its product names no related thing: the "MS" of "MS SQL Server"
# is in "MS Office" too, the "IBM" of "IBM Db2" in any IBM product. (SAP stays: an SAP module
# is some SAP work.)
_VENDORS = frozenset(["ms", "ibm", "hp"])


@lru_cache(maxsize=256)
def alias_terms(items: tuple[str, ...]) -> Named:
    """The names a Chinese item is written as in Latin script, where they are names the
    project knows (办公软件: office, excel, word, powerpoint), as terms: what is related to
    them (partly) is related to the item."""
    out: dict[str, Term] = {}
    for item in items:
        words = (item.lower(), *evidence.content_words(item))  # office办公软件: 办公软件, office
        for alias in (a for w in words for a in (w, *evidence.ALIASES.get(w, ()))):
            if alias.isascii() and known_name(alias) and alias not in out:
                out[alias] = Term(alias, frozenset(words_of(alias)))
    return Named(tuple(out.values()), needed=min(1, len(out)))


def partly(named: Named, lowered: str) -> tuple[str, ...]:
    """The related things the text names where it names none of the terms, as the requirement
    writes them: "ABAP" for "ABAP OO", "HTML" for "HTML5" — a related skill, not the same one
    (the labelling guide's partial); else, as the résumé names them, another name of a term's
    kind: Bash for PowerShell, Terraform for ARM templates, Docker for "Container Security"."""
    found: dict[str, str] = {}
    for term in named.terms:
        for word, shown in _parts(term):
            if word not in found and has_word(lowered, word):
                found[word] = shown
    if found:
        return tuple(found.values())
    # a clause naming a kind ("virtualization technologies (e.g. OpenStack, VMWare)") asks
    # its examples as that kind: Azure is no virtualization, though OpenStack is a cloud too
    kinds = tuple(t.category.name for t in named.terms if t.category is not None)
    for term in named.terms:
        for member in _peers_of(term.name, kinds):
            if member not in found and has_word(lowered, member):
                found[member] = member
    return tuple(found.values())


@lru_cache(maxsize=1024)  # a clause's terms: asked again for every candidate of a shortlist
def _peers_of(name: str, kinds: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The other names of the kinds a term is one of (PowerShell: Bash, Perl …), or whose own
    word is a word of it ("Container Security": Docker, Kubernetes …); only `kinds` where the
    clause names some."""
    lowered = name.lower()
    words = words_of(lowered)
    # a version on the name asks the name ("Vue2", "Java 11", "Angular 14"): DB2 stays DB2
    base = _VERSION_ON.sub("", lowered)
    # the name as any of its spellings ("PostgresSQL": PostgreSQL), none of them its own peer
    names = {lowered, base, *spellings(lowered), *spellings(base)}
    out: list[str] = []
    for peers in PEERS:
        if kinds and peers.name not in kinds:
            continue
        if names & peers.asked or words & peers.words:
            out += [m for m in peers.members if m not in names and m not in out]
    return tuple(out)


_VERSION_ON = re.compile(r"(?<=[a-z+#])[\s\-]?v?\d+(?:\.(?:\d+|x))*\+?$")


def term_count(term: Term, lowered: str) -> float:
    """How much a term counts towards a share of the text: 1 named, 0.5 a kind by its own word
    only (LOOSE), 0 not named."""
    how = _named(term, lowered)
    return (0.5 if how == LOOSE else 1.0) if how else 0.0


def share(named: Named, lowered: str, count: Callable[[int, Term], float] | None = None) -> float:
    """coverage(named, lowered).share, without saying what was found: it stops once enough
    terms are named (the pre-filter asks it of every résumé of a pool). `count(i, term)`: the
    i-th term's term_count, where a caller keeps the answers (matcher.match.doc_terms)."""
    found = 0.0
    for i, term in enumerate(named.terms):
        counts = count(i, term) if count is not None else term_count(term, lowered)
        if counts:
            found += counts
            if found >= named.needed:
                return 1.0
    return min(1.0, found / named.needed)


def names_one(named: Named, lowered: str) -> bool:
    """Whether the lower-cased text names one of the terms (coverage's found or loose is not
    empty)."""
    return any(_named(term, lowered) for term in named.terms)


def first_naming(sentences: list[dict], terms: Named) -> int | None:
    """Index of the first sentence that names one of the terms (directly or by IMPLIED_BY)."""
    for i, sentence in enumerate(sentences):
        lowered = cased.fold(sentence.get("text") or "")
        if any(_named(t, lowered) for t in terms):
            return i
    return None


def listed(names: tuple[str, ...], limit: int = 4) -> str:
    """ "A, B, C" or "A, B, C, D, …" for a reason line."""
    shown = ", ".join(names[:limit])
    return shown + (", …" if len(names) > limit else "")
