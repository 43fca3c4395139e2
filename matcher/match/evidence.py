"""What proves a requirement of each kind, read off one résumé: the dated work entries in a field,
the terms a résumé names (Latin names and Chinese ones, with a few cross-language aliases), the
languages a résumé is written in (soft competencies: matcher.match.competency). Each reader returns
plain values; matcher.match.verdicts turns them into features, caps and reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from matcher.match import cased, casefold
from matcher.match.isa import IMPLIED_BY, known_name

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿ][a-z0-9ß-öø-ÿ+#]*")  # Latin letters, umlauts and accents too
# Words that say what kind of requirement it is, not what it is about.
GENERIC_ZH = frozenset(
    [
        "相关",
        "经验",
        "工作",
        "能力",
        "知识",
        "方面",
        "基础",
        "了解",
        "熟悉",
        "掌握",
        "具备",
        "具有",
        "一定",
        "良好",
        "较强",
        "以上",
        "从业",
        "行业",
        "等",
        "的",
        "和",
        "及",
        "或",
        "与",
        "并",
        "有",
        "对",
        "其他",
        "各种",
        "理念",
        "优先",
        "考虑",
        "经历",
        "岗位",
        "本岗位",
    ]
)
GENERIC_EN = frozenset(
    [
        "experience",
        "experienced",
        "years",
        "year",
        "knowledge",
        "skills",
        "skill",
        "understanding",
        "good",
        "strong",
        "very",
        "solid",
        "sound",
        "working",
        "work",
        "with",
        "and",
        "or",
        "the",
        "of",
        "in",
        "for",
        "a",
        "an",
        "at",
        "least",
        "plus",
        "profound",
        "basic",
        "deep",
        "proven",
        "ability",
        "able",
        "related",
        "field",
        "background",
    ]
)
# Chinese names a Latin résumé writes otherwise (and the reverse): only what a recruiter grants.
DEVELOPMENT = (
    "development",
    "developer",
    "entwicklung",
    "entwickler",
    "softwareentwicklung",
    "softwareentwickler",
    "software development",
    "software developer",
    "software engineer",
    "software engineering",
    "programmer",
    "programming",
    "programmierer",
    "programmierung",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "办公软件": ("office", "excel", "word", "powerpoint"),
    # (German: Kundenservice, Kundendienst, Kundenbetreuung, Kundensupport)
    "客服": (
        "customer service",
        "customer support",
        "call center",
        "help desk",
        "kundenservice",
        "kundendienst",
        "kundenbetreuung",
        "kundensupport",
    ),
    "客户服务": (
        "customer service",
        "customer support",
        "kundenservice",
        "kundendienst",
        "kundenbetreuung",
        "kundensupport",
    ),
    "市场营销": ("marketing",),
    "营销": ("marketing",),
    "销售": ("sales", "vertrieb", "verkauf"),
    "财务": ("finance", "financial", "accounting"),
    "财务报表": ("balance sheet", "income statement", "financial statement"),
    "会计": ("accounting", "accountant"),
    "人力资源": ("human resources", "hr", "recruit"),
    "供应链": ("supply chain", "procurement", "logistics"),
    # (外贸 and 进出口 are how a trading role is titled: 外贸部经理, 进出口部副经理)
    "国际贸易": (
        "international trade",
        "foreign trade",
        "export",
        "import",
        "外贸",
        "对外贸易",
        "进出口",
        "国际业务",
    ),
    "外贸": ("foreign trade", "export", "import", "对外贸易", "进出口", "国际贸易"),
    "海外贸易": ("foreign trade", "export", "import", "外贸", "对外贸易", "进出口", "国际贸易"),
    # testing as roles are titled, in English and German (a developer's "unit tests" are not
    # a testing role: the bare word "test" is not among them)
    **dict.fromkeys(
        ("testing", "qa"),
        (
            "tester",
            "test engineer",
            "test manager",
            "test management",
            "test automation",
            "test analyst",
            "software test",
            "quality assurance",
            "testmanager",
            "testmanagement",
            "testautomatisierung",
            "testanalyst",
            "testkoordination",
            "softwaretest",
            "qualitätssicherung",
        ),
    ),
    "automation": ("automatisierung", "testautomatisierung", "automatisiert"),
    "法律": ("legal", "law", "lawyer"),
    # (German: staff responsibility, leading a team)
    "团队管理": (
        "team lead",
        "managed a team",
        "team of",
        "personalverantwortung",
        "führungsverantwortung",
        "teamleitung",
        "teamleiter",
    ),
    "电子邮件": ("email", "e-mail", "outlook"),
    "互联网": ("internet", "web", "website", "online"),
    "旅游": ("tourism", "travel", "hospitality"),
    "旅游管理": ("tourism management", "hospitality management", "hotel management"),
    "质量管理": ("quality management", "quality assurance", "quality control", "iso 9001"),
    "酒店": ("hotel", "hospitality"),
    "管理": ("management", "managing", "mba", "emba"),
    "工商管理": ("business administration", "bba", "mba", "emba"),
    "商务管理": ("business administration", "business management", "bba"),
    "计算机": ("computer science", "computer"),
    "沟通": ("communicat",),
    "交流": ("communicat",),
    "领导": ("leadership", "led "),
    "团队": ("team", "teamwork"),
    "学习": ("learn",),
    "协调": ("coordinat",),
    "组织": ("organiz", "organis"),
    "抗压": ("pressure", "stress"),
    "解决问题": ("problem solving", "problem-solving"),
    "时间管理": ("time management",),
    "服务": ("service",),
    # German roles an English line writes otherwise (and the reverse): leading projects and
    # programmes is one field whichever the word (PMO: the project office that runs them)
    **dict.fromkeys(
        (
            "projektmanager",
            "projektleiter",
            "projektleitung",
            "project manager",
            "programmmanager",
        ),
        (
            "project manager",
            "projektmanager",
            "projektleiter",
            "projektleitung",
            "project lead",
            "projektmanagement",
            "project management",
            "program manager",
            "programme manager",
            "programmleiter",
            "programmleitung",
            "programmmanager",
            "pmo",
        ),
    ),
    # building software is one field whatever the role's word, in German or English
    # (Entwickler, Softwareentwicklung, software engineer, programmer); a front or back end is
    # one however written
    **dict.fromkeys(DEVELOPMENT, DEVELOPMENT),
    **dict.fromkeys(("frontend", "front-end", "front end"), ("frontend", "front-end", "front end")),
    **dict.fromkeys(("backend", "back-end", "back end"), ("backend", "back-end", "back end")),
    **dict.fromkeys(("architekt", "architect"), ("architekt", "architect")),
    **dict.fromkeys(("architektur", "architecture"), ("architektur", "architecture")),
    **dict.fromkeys(("berater", "consultant"), ("berater", "consultant", "consulting")),
    **dict.fromkeys(("teamleiter", "teamleitung"), ("teamleiter", "teamleitung", "team lead")),
    **dict.fromkeys(("vertrieb", "sales"), ("vertrieb", "sales")),
    **dict.fromkeys(("buchhaltung", "accounting"), ("buchhaltung", "accounting", "bookkeeping")),
    **dict.fromkeys(("einkauf", "purchasing"), ("einkauf", "purchasing", "procurement")),
    # testing software and assuring its quality is one field in German and English: a tester, a
    # test manager or coordinator works in quality assurance (Qualitätssicherung)
    **dict.fromkeys(
        ("quality assurance", "qualitätssicherung", "softwaretest", "software testing"),
        (
            "quality assurance",
            "qualitätssicherung",
            "qa engineer",
            "qa analyst",
            "softwaretest",
            "software test",
            "software tester",
            "tester",
            "test manager",
            "testmanager",
            "testmanagement",
            "test management",
            "testkoordination",
            "test automation",
            "testautomatisierung",
        ),
    ),
    **dict.fromkeys(
        ("systemadministrator", "system administrator"),
        ("system administrator", "systemadministrator", "systemadministration", "sysadmin"),
    ),
}
# What may follow a Latin word or alias and still name it: an inflection ("skills",
# "managed", "testing"), not another word glued on ("java" in "javascript", "sql" in "sqlite").
_INFLECTION = r"(?:s|es|ed|d|ing|er|ers|ion|ions|ment|ments|al|ly)?(?![a-z0-9])"


# Aliases that are stems, not words: they name every word they start (communicate, communication).
STEMS = frozenset({"communicat", "coordinat", "organiz", "organis"})
# German words for a person's role that end compounds naming the same role (Webentwickler,
# Anwendungsentwickler, Softwareprogrammierer); not "Entwicklung", which ends
# Personalentwicklung and Geschäftsentwicklung too.
COMPOUND_HEADS = frozenset({"entwickler", "programmierer"})
_SPLIT_ZH = re.compile(r"[、，,/和及或与以及等]+")
_SPLIT_EN = re.compile(r"\s*(?:,|/|\bor\b|\band\b|\(|\))\s*", re.I)


@lru_cache(maxsize=1)
def _jieba():
    from matcher.match.lexical import _jieba as load

    return load()


@lru_cache(maxsize=4096)
def content_words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase that carry its topic: jieba words (Chinese) or Latin words, generic
    ones dropped."""
    phrase = phrase.lower().strip()
    if _CJK.search(phrase):
        words = _joined_aliases([w.strip() for w in _jieba().lcut(phrase)])
        out = [w for w in words if len(w) >= 2 and w not in GENERIC_ZH and _CJK.search(w)]
        out += [w for w in _LATIN_WORD.findall(phrase) if w not in GENERIC_EN and len(w) > 1]
        return tuple(dict.fromkeys(out))
    return tuple(
        dict.fromkeys(w for w in _LATIN_WORD.findall(phrase) if w not in GENERIC_EN and len(w) > 2)
    )


def _joined_aliases(words: list[str]) -> list[str]:
    """jieba's words with two neighbours that make one known term joined again: beside a Latin
    word jieba may cut 办公软件 into 办公 + 软件, and only the whole has its aliases (Office)."""
    out: list[str] = []
    for word in words:
        if out and out[-1] + word in ALIASES:
            out[-1] += word
        else:
            out.append(word)
    return out


def parts(phrase: str) -> list[str]:
    """The alternatives or items of a field or value: 海外贸易或国际贸易 → 海外贸易, 国际贸易."""
    splitter = _SPLIT_ZH if _CJK.search(phrase) else _SPLIT_EN
    return [p.strip() for p in splitter.split(phrase) if p and p.strip()]


# What may follow a Chinese word inside one longer jieba word and still name it: the
# department, school or person of that field (财务部, 英语系, 会计师, 客服人员). Any other
# ending makes another word: 办公室 is a room, not office software; 服务器 a server; 销售额 a sum.
_KEEPS_WORD = frozenset("部处科组系院所司局员师人者学业类队")


def _whole_at(word: str, lowered: str, at: int) -> bool:
    """Whether the Chinese word found at `at` stands as a word there, not as the head of a
    longer word with another meaning (办公 in 办公室): jieba reads a few characters around it."""
    longer = lowered[at : at + len(word) + 1]
    if len(longer) == len(word) or longer[-1] in _KEEPS_WORD or longer not in _dictionary():
        return True  # no longer dictionary word starts here: nothing to segment
    start = max(0, at - 4)
    window = lowered[start : at + len(word) + 4]
    offset = 0
    for token in _jieba().lcut(window):
        end = offset + len(token)
        if offset <= at - start < end:
            if offset == at - start and len(token) == len(word) + 1 and token.startswith(word):
                return token[-1] in _KEEPS_WORD
            return True
        offset = end
    return True


@lru_cache(maxsize=1)
def _dictionary() -> dict:
    """jieba's word frequencies: which character strings are words."""
    tokenizer = _jieba().dt
    tokenizer.check_initialized()
    return tokenizer.FREQ


def _cjk_word_in(word: str, lowered: str) -> bool:
    at = lowered.find(word)
    while at >= 0:
        if _whole_at(word, lowered, at):
            return True
        at = lowered.find(word, at + 1)
    return False


@lru_cache(maxsize=4096)
def _alias_pattern(alias: str) -> re.Pattern:
    # a Latin word or alias starts a word and ends as a word or an inflection of it ("import" is not in
    # "important", "office" not in "officer"); a stem (communicat) may end anywhere
    if not alias[:1].isascii():
        return re.compile(re.escape(alias))
    end = "" if alias in STEMS or alias.endswith(" ") else _INFLECTION
    if alias in COMPOUND_HEADS:  # Webentwickler, Anwendungsentwicklerin
        return re.compile(rf"{re.escape(alias)}(?:in|innen|n)?(?![a-z0-9])")
    return re.compile(rf"(?<![a-z0-9]){re.escape(alias)}{end}")


def _alias_in(phrase: str, lowered: str) -> bool:
    # str.find first: the pattern runs only where the alias occurs at all (plain loops: these
    # run tens of thousands of times a shortlist, and each generator is an allocation)
    for alias in ALIASES.get(phrase, ()):
        if alias in lowered and _alias_pattern(alias).search(lowered):
            return True
    return False


def _word_in(word: str, lowered: str) -> bool:
    if _CJK.search(word):
        return _cjk_word_in(word, lowered) or _alias_in(word, lowered)
    # (a Latin word of a family names it too: "Entwickler" for "developer")
    return (word in lowered and _alias_pattern(word).search(lowered) is not None) or _alias_in(
        word, lowered
    )


# Words that say how a field is worked, not which field: "HR management" is not team management
# (团队管理), 健康管理 not 客服管理, "web services" not 服务理念. Where a phrase has other content
# words, naming only these does not name it.
WEAK = frozenset(
    ["管理", "服务", "企业", "现代", "理论", "management", "managing", "service", "services"]
)


def names(phrase: str, lowered: str, share: float = 1.0) -> bool:
    """Whether the lower-cased text names the phrase: the whole phrase (or an alias of it), or at
    least `share` of its content words, one of them not WEAK when it has such words."""
    phrase_l = phrase.lower().strip()
    if (
        phrase_l
        and phrase_l in lowered
        and (_CJK.search(phrase_l) or _alias_pattern(phrase_l).search(lowered))
    ):
        return True
    if _alias_in(phrase_l, lowered):
        return True
    words = content_words(phrase_l)
    if not words:
        return False
    need, hit = max(1, share * len(words) - 1e-9), 0
    strong = not all(w in WEAK for w in words)  # then a hit must include a word not WEAK
    for word in words:
        if _word_in(word, lowered):
            hit += 1
            if word not in WEAK:
                strong = False
            if hit >= need and not strong:
                return True
    return False


@dataclass(frozen=True)
class FieldWork:
    """Dated work in a field: months, the entries that count (title, start, end, months) and
    all dated months."""

    months: float
    entries: tuple[dict, ...]
    dated_months: float
    dated: int


# A field that is leading people, not a subject: any manager's role is in it (a deputy general
# manager, a sales manager, a team lead), whatever the department.
TEAM_FIELD = re.compile(
    r"团队管理|管理团队|带团队|人员管理|团队领导|"
    r"(?:team|people|staff) (?:management|leadership|lead)|(?:managing|leading) (?:a )?(?:team|people)",
    re.I,
)
MANAGER_TITLE = re.compile(
    r"董事长|总经理|副总|总裁|总监|经理|主管|组长|部长|处长|科长|厂长|队长|负责人|"
    r"\b(?:manager|director|head of|team lead(?:er)?|supervisor|ceo|coo|cfo|cto)\b",
    re.I,
)


_SURE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9+#./\-]*[A-Z0-9+#]")  # SAP, UI5, S/4HANA, C++


# A role whose last word is the role itself: "Scrum Master", "Agile Coach", "Product Owner". Its
# first word alone is the method or the thing worked on (a developer in a Scrum team, an agile
# transformation), not the role.
_ROLE_NOUNS = frozenset(["master", "coach", "owner"])


def names_role(alt: str, body: str) -> bool:
    """Whether the entry names the role noun a role field ends in (_ROLE_NOUNS), where it does."""
    words = alt.lower().split()
    return len(words) < 2 or words[-1] not in _ROLE_NOUNS or _word_in(words[-1], body)


@lru_cache(maxsize=1024)
def field_share(alt: str) -> float:
    """The share of a field's content words a line must name: half ("客服|管理", "software
    design"), but all of a product's name of several words, each surely a name ("SAP UI5": an
    SAP R/3 project is no UI5 work)."""
    tokens = alt.split()
    if len(tokens) > 1 and all(_SURE_NAME.match(t) for t in tokens):
        return 1.0
    return 0.5


# acronyms of a field of work, not of a product ("IT support", "QA", "HR")
_FIELD_ACRONYMS = frozenset(["IT", "QA", "HR", "UX", "UI", "B2B", "B2C", "R&D", "PM"])


def names_products(alt: str, body: str) -> bool:
    """Whether the entry names every product a field names surely ("SAP" of "SAP development":
    a Java developer's work is development, not SAP development; the field's other words, or
    their family, say only what is done with it)."""
    for token in alt.split():
        token = token.strip(".,;:()")
        if token in _FIELD_ACRONYMS or _word_in(token.lower(), body):
            continue
        if _SURE_NAME.fullmatch(token):
            return False
        # a product the project knows, written as a name ("Java development": a front-end
        # developer's TypeScript work is development, not Java), unless a name implying it is
        # there (Spring for Java)
        word = token.lower()
        if (
            token[:1].isupper()
            and known_name(word)
            and not any(_word_in(n, body) for n in IMPLIED_BY.get(word, ()))
        ):
            return False
    return True


def entry_body(entry: dict) -> str:
    """A work entry's title and description as in_field reads them: folded ("planned the go
    live" is no work in Go, "a robotic arm" none with ARM)."""
    return cased.fold(f"{entry.get('title') or ''} {entry.get('description') or ''}")


def in_field(entry: dict, alternatives: list[str], body: str | None = None) -> bool:
    """Whether a work entry is in one of the field's alternatives: its title or description
    names it (field_share of its content words, or an alias), or the field is leading people
    and the entry's title is a manager's (`body`: entry_body(entry), when read already)."""
    body = entry_body(entry) if body is None else body
    for alt in alternatives:
        if (
            names(alt, body, share=field_share(alt))
            and names_products(alt, body)
            and names_role(alt, body)
        ):
            return True
        if TEAM_FIELD.search(alt) and MANAGER_TITLE.search(entry.get("title") or ""):
            return True
    return False


class WorkEntries(NamedTuple):
    """What field_work reads of a career whatever the field: its dated entries, the months
    they cover and each one's entry_body (work_entries; a caller asking several fields of one
    career reads it once)."""

    dated: tuple[dict, ...]
    months: float
    bodies: tuple[str, ...]


def work_entries(experience: list[dict]) -> WorkEntries:
    """The career's WorkEntries."""
    dated = [e for e in experience if e.get("months")]
    return WorkEntries(tuple(dated), _span_months(dated), tuple(map(entry_body, dated)))


def field_work(field: str, experience: list[dict], entries: WorkEntries | None = None) -> FieldWork:
    """Months of the dated entries in the field (in_field) — distinct periods once (one line
    listing two titles is one period); `entries`: work_entries(experience), when read already."""
    entries = work_entries(experience) if entries is None else entries
    alternatives = parts(field) or [field]
    chosen = [
        entry
        for entry, body in zip(entries.dated, entries.bodies, strict=True)
        if in_field(entry, alternatives, body)
    ]
    return FieldWork(_span_months(chosen), tuple(chosen), entries.months, len(entries.dated))


_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _month(value: str | None) -> int | None:
    m = _YEAR_MONTH.match(value or "")
    return int(m.group(1)) * 12 + int(m.group(2)) - 1 if m else None


def _span_months(entries: list[dict]) -> float:
    """Months covered by the entries, overlapping periods once (two titles held at the same
    time, or one line listing both, are one period); an entry without readable dates adds its
    own months."""
    periods: list[tuple[int, int]] = []
    loose = 0.0
    for entry in entries:
        start = _month(entry.get("start"))
        if start is None:
            loose += entry["months"]
            continue
        # from the start, as many months as the entry lasted (the parser's count of its period)
        periods.append((start, start + int(entry["months"])))
    # the periods' union, merged in order of their starts: its length is the count of months
    # in any of them (a set of every month held cost ~7 µs an entry, and every requirement of
    # experience asks it of every candidate)
    covered, end = 0, None
    for first, stop in sorted(periods):
        if end is None or first > end:
            covered += max(0, stop - first)
            end = max(stop, first)
        elif stop > end:
            covered += stop - end
            end = stop
    return float(covered) + loose


_LAST_STARTS: list = [None, None]  # (sentences, their starts): every reader of a profile asks


def line_starts(sentences: list[dict]) -> np.ndarray:
    """Where each line starts in the lines joined by newlines (judgement.lowered_text); the last
    profile's are kept, as its requirements are read one after another."""
    last, starts = _LAST_STARTS
    if last is not sentences:
        starts = np.cumsum([0] + [len(s.get("text") or "") + 1 for s in sentences[:-1]])
        _LAST_STARTS[:] = [sentences, starts]
    return starts


@lru_cache(maxsize=2048)
def _minimal(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those holding another of them (总经理 beside 经理, "managed" beside
    "manage"): every line a longer one is on, the shorter one finds too."""
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def lines_with_words(words: tuple[str, ...], sentences: list[dict], lowered: str) -> list[int]:
    """Indices of the lines holding one of the lower-case words (str.find over the joined
    lines, judgement.lowered_text)."""
    at = []
    for word in _minimal(words):
        i = lowered.find(word)
        while i >= 0:
            at.append(i)
            i = lowered.find(word, i + 1)
    if not at:
        return []
    return sorted(set((np.searchsorted(line_starts(sentences), at, side="right") - 1).tolist()))


# A line about one's studies: a degree, a school, a major, a graduation (a field of study is read
# only there: 商务部部长 is a post, not a major in 商务管理).
EDUCATION = re.compile(
    r"专业|毕业|学士|硕士|博士|学位|学历|大学|学院|本科|大专|研究生|mba|"
    r"\b(?:b\.?\s?(?:a|sc|e|com|tech)|m\.?\s?(?:a|sc|e|com|tech)|degree|bachelor'?s?|master'?s?|"
    r"diploma|university|college|institute|school|studies|studied|graduat\w*|major\w*|phd|"
    r"studium|hochschule|universität)\b",
    re.I,
)


# A line naming a degree itself (not only a school): where a major is stated.
DEGREE = re.compile(
    r"专业|学士|硕士|博士|学位|mba|bba|b\.\s?b\.\s?a|\b(?:bachelor|master|diploma|degree|phd|"
    r"b\.?\s?(?:sc|com|tech|e)|m\.?\s?(?:sc|com|tech|s))\b",
    re.I,
)


def education_lines(
    sentences: list[dict], lowered: tuple[str, np.ndarray] | None = None
) -> list[int]:
    """Indices of the lines about the résumé's education: its education section, or a line
    naming a degree, school or major. `lowered`: the lines lower-cased and joined, and where
    each starts (judgement.lowered_text), read faster where it finds the same (casefold)."""
    if lowered is not None and casefold.safe(lowered[0]):
        text, starts = lowered
        found = casefold.lowered_pattern(EDUCATION)
        return [
            i
            for i, s in enumerate(sentences)
            if s.get("section") == "education"
            or found.search(text, starts[i], starts[i] + len(s.get("text") or ""))
        ]
    return [
        i
        for i, s in enumerate(sentences)
        if s.get("section") == "education" or EDUCATION.search(s.get("text") or "")
    ]


_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
# English function words: a terse English résumé ("Worked as an ASM at Maruti for 10 years")
# may lack "the", "and", "with" and "of" but not all of these; a German profile naming English
# tools holds a few of them too, and more German ones.
_EN_PLAIN = re.compile(r"\b(?:the|and|with|of)\b", re.I)  # English and nothing else
_EN_FUNCTION = re.compile(r"\b(?:for|as|at|in|from|to|my|on|was|were|is|have|has)\b", re.I)
_DE_FUNCTION = re.compile(
    r"\b(?:der|die|das|und|mit|von|für|im|zu|auf|ist|bei|den|des|ein|eine|sowie|als)\b", re.I
)


def _more_english_than_german(text: str, read=lambda p: p) -> bool:
    english = len(read(_EN_FUNCTION).findall(text))
    return english >= 3 and english >= 3 + len(read(_DE_FUNCTION).findall(text))


def written_in(text: str, lowered: str | None = None) -> set[str]:
    """Languages the résumé is written in: chinese when a tenth of its letters are Chinese
    characters (each counted as three letters), english when it has 120 Latin letters or more
    and English function words (the, and, with, of; or three more of for, as, at… than German
    ones), german when it has as many Latin letters and five German function words (der, und,
    mit…), more than English ones. Counted on bytes (a CJK character is three UTF-8 bytes, a Latin
    letter one): a résumé costs microseconds. `lowered`: the text lower-cased, where the
    function words are counted faster when that finds the same (casefold)."""
    text = text[:3000]  # the opening pages say which language a résumé is written in
    read, scan = lambda p: p, text
    if lowered is not None and casefold.safe(lowered):
        read, scan = casefold.lowered_pattern, lowered[:3000]
    ascii_ = text.encode("ascii", "ignore")
    latin = len(ascii_) - len(ascii_.translate(None, _LETTERS))
    cjk = (len(text.encode("utf-8")) - len(text)) // 2  # other non-ASCII is rare and small
    out = set()
    if cjk and cjk * 3 >= 0.1 * (cjk * 3 + latin) and _CJK.search(text):
        out.add("chinese")
    if latin >= 120 and (read(_EN_PLAIN).search(scan) or _more_english_than_german(scan, read)):
        out.add("english")
    if latin >= 120:
        german = len(read(_DE_FUNCTION).findall(scan))
        if german >= 5 and german > len(read(_EN_FUNCTION).findall(scan)):
            out.add("german")
    return out


def languages_of(sentences: list[dict], lowered: str, cache: dict) -> set[str]:
    """written_in of a résumé's lines, kept in its per-résumé cache (language names only)."""
    if "written_in" not in cache:
        cache["written_in"] = written_in("\n".join(s["text"] for s in sentences), lowered)
    return cache["written_in"]


@lru_cache(maxsize=4096)
def clause_language(text: str) -> str:
    """The language a requirement is written in: chinese where it has Chinese characters,
    german where it has more German function words than English ones, else english."""
    if _CJK.search(text):
        return "chinese"
    english = len(_EN_FUNCTION.findall(text)) + len(_EN_PLAIN.findall(text))
    return "german" if len(_DE_FUNCTION.findall(text)) > english else "english"


# Sections whose lines state the work (a sentence there shows the language in use); a heading,
# a name or a skills list shows little.
WORK_SECTIONS = ("experience", "projects")
_WORD = re.compile(r"[^\W\d_]+")


def _line_in(text: str, language: str) -> bool:
    """Whether one line is itself a sentence in the language: eight Chinese characters; or six
    words with two function words of the language, more than of the other one's (English or
    German): a sentence, not a heading, a date range or a name."""
    if language == "chinese":
        return len(_CJK.findall(text)) >= 8
    if language not in ("english", "german") or len(_WORD.findall(text)) < 6:
        return False
    english = len(_EN_FUNCTION.findall(text)) + len(_EN_PLAIN.findall(text))
    german = len(_DE_FUNCTION.findall(text))
    mine, other = (english, german) if language == "english" else (german, english)
    return mine >= 2 and mine > other


def line_written_in(sentences: list[dict], language: str) -> int | None:
    """The line that shows a résumé written in the language: the first sentence in it among the
    work descriptions (experience, projects), else anywhere but the contact lines; None when no
    line is one."""
    rest = None
    for i, s in enumerate(sentences):
        if not _line_in(s.get("text") or "", language):
            continue
        if s.get("section") in WORK_SECTIONS:
            return i
        if rest is None and s.get("section") != "contact":
            rest = i
    return rest
