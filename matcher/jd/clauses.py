"""From a qualification item to clauses: field labels (学历: / 性别男女不限 / 语言技巧:), clause
boundaries that keep elaborations (能够…, 包括…, 如…) with their head, and must / nice markers."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# Field labels and the requirement kind they announce. Longest first when matched.
_LABELS: dict[str, str] = {
    **dict.fromkeys(
        ["学历要求", "学历", "文化程度", "教育程度", "教育背景", "学历和经验"], "education"
    ),
    **dict.fromkeys(["专业要求", "所学专业", "专业"], "major"),
    **dict.fromkeys(["性别"], "gender"),
    **dict.fromkeys(["年龄要求", "年龄"], "age"),
    **dict.fromkeys(
        [
            "工作经验",
            "行业经验",
            "职位经验",
            "从业经验",
            "相关经验",
            "工作经历",
            "经验要求",
            "经验",
        ],
        "experience",
    ),
    **dict.fromkeys(
        ["语言技巧", "语言能力", "外语要求", "外语水平", "外语", "语言", "英语水平"], "language"
    ),
    **dict.fromkeys(
        [
            "技术技能",
            "技能技巧",
            "专业技能",
            "技能要求",
            "计算机水平",
            "计算机能力",
            "计算机",
            "技能",
            "软件",
        ],
        "skill",
    ),
    **dict.fromkeys(
        [
            "知识和行业了解",
            "基本知识",
            "专业知识",
            "管理知识",
            "相关知识",
            "知识要求",
            "行业知识",
            "知识",
        ],
        "knowledge",
    ),
    **dict.fromkeys(
        [
            "沟通技巧",
            "人际关系处理",
            "能力要求",
            "素质要求",
            "个人素质",
            "综合素质",
            "能力",
            "素质",
            "性格",
            "市场敏感度",
        ],
        "competency",
    ),
    **dict.fromkeys(["资格证书", "证书要求", "证书", "资质"], "certificate"),
    **dict.fromkeys(["身高", "婚姻状况", "婚否", "户籍", "籍贯", "民族", "相貌", "形象"], "other"),
}
# Labels of fields ("学历 大专或本科", "工作经验:3-5年"): a requirement wherever the line stands,
# and the label stays in its text; other labels (专业知识: / 技能技巧1) only name the kind.
FIELD_KINDS = frozenset({"education", "major", "gender", "age", "experience"})
_LABEL_WORDS = "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
# "学历:大专", "语言技巧:熟练…", "性别 不限": a label, then a colon or space.
_LABEL_SEP = re.compile(
    rf"^(?P<label>{_LABEL_WORDS})\s*[:：]\s*|^(?P<label2>{_LABEL_WORDS})\s+(?=\S)"
)
# "性别男女不限", "年龄26岁", "文化程度大专…", "专业市场营销,…", "经验本岗位…": only labels whose
# value can be told from what follows.
_LABEL_GLUED = re.compile(
    r"^(?P<label>性别(?=男|女|不限)|年龄(?=\d|[一二三四五六七八九十]+岁|不限)|文化程度|学历(?=[大本硕博中高专])"
    r"|专业(?=.*(?:专业|、))|经验(?=本|\d|[一二两三四五六七八九十]|不限)|技能技巧|知识(?=\s*\S*知识)"
    r"|(?:基本|专业|管理|相关)知识(?=[:：]))"
)
# A label heading its own line with no value ("知识 基本知识", "专业知识"): it names what follows.
_LABEL_ONLY = re.compile(rf"^(?:(?:{_LABEL_WORDS})\s*)+$")
# Second label inside an item: "…服务理念管理知识:具备…".
_INNER_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:管理知识|相关知识|专业知识|基本知识)[:：])")

# Elaborations that belong to the clause before them.
_CONTINUES = re.compile(
    r"^(?:能够|能为|能|包括|如|例如|比如|譬如|以及|从而|以便|并能|并且|尤其|特别是|且|"
    r"such as|including|e\.g\.|especially|ideally)",
    re.I,
)
# Words that open a requirement of their own after an elaboration.
# A clause that ends in its nice-to-have marker ("会操作叉车者优先", "有驾照更佳") is complete:
# what follows it ("能吃苦耐劳") is a requirement of its own, not its elaboration.
_CLOSED = re.compile(r"(?:优先考虑|优先|更佳|为佳|加分)\s*$")
_OPENS = re.compile(
    r"^(?:熟悉|了解|掌握|精通|熟练|具备|具有|有|拥有|持有|通过|年龄|性别|学历|本科|大专|硕士|博士|英语|"
    r"普通话|外语|\d|[一二两三四五六七八九十]+年|[A-Za-z])"
)
_CLAUSE_BREAK = re.compile(
    # "财务相关专业大专以上学历": a major, then a degree floor, with nothing between them
    # (an ASCII comma inside a list of majors, "市场营销,行政管理、工商管理等相关专业", is one of
    # its 、: the list is one clause)
    r"((?:,(?![\u4e00-\u9fff]{2,8}、[^,，;；。]*专业)|(?<=学历|以上|经验),(?=[\u4e00-\u9fff]{2,8}、[^,，;；。]*专业))"
    r"\s*|[，;；。!！]\s*|(?<=专业)(?=(?:全日制|统招)?(?:大专|专科|本科|硕士|博士|中专|研究生)(?:及|或)?以上))"
)
# Clause breaks in English: ; or a sentence end, or, in a run-on list whose line breaks a scraper
# lost ("… software design Very good understanding of …"), a capitalised word that opens a
# requirement right after a lower-case word.
_EN_OPENERS = (
    "Very|Profound|Basic|Strong|Good|Excellent|Solid|Deep|Sound|Ability|Experience|Knowledge"
    "|Understanding|Familiarity|Proficiency|Hands-on|Fluent|Fluency|Working|Relevant|Proven"
    "|Demonstrated|Expert|Expertise|Experienced|Advanced|Significant|Extensive|Thorough|In-depth"
    "|Outstanding|Exceptional|Successful|Passion|Passionate|Willingness|Familiar|Proficient|You"
    "|Minimum|Must"
    # "… or Medical Laboratory Technologist One or more years of …"
    "|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
    "(?: or more| to (?:two|three|four|five|six|seven|eight|nine|ten))?\\+? years?"
    # the verbs a list of requirements starts its items with ("… or similar Have minimum 3 years …")
    "|Have|Be|Are"
    # the company speaking again (a sentence whose full stop the scraper lost): cut, then dropped
    # ("… meet tight deadlines Your employment will be at …", "… Please send …"), or a notice
    # ("… gRPC services Covid-19 Due to the pandemic …")
    "|We|Our|Your|Please|Covid|COVID|Due to"
)
# The word before is lower-case as a whole (not "Additional", "Supervisory"): no capital and
# 1-19 word characters before this position (checked after the cheap lookahead of a rule).
_LOWER_WORD = "".join(rf"(?<![A-Z][\w-]{{{n}}})" for n in range(1, 20))
_EN_CLAUSE_BREAK = re.compile(
    rf"([;；]\s*|(?<=[a-z0-9)]{{2}})\.\s+(?=[A-Z])|(?<=[a-z)])\s+(?=(?:{_EN_OPENERS})\b(?!:)|\d+\+\s*years\b|\d{{1,3}}%\s)"
    # an acronym that opens "… experience / knowledge / skills" after a lower-case word ("… in a
    # full stack environment SQL experience is a plus")
    rf"|(?<=[a-z]{{2}})(?=\s+[A-Z]{{2,}}[\w#+.]*\s+(?:experience|knowledge|skills?)\b){_LOWER_WORD}\s+"
    # a parenthesis after a parenthesis opens the next item ("(or related field) (Significant)
    # experience with …")
    r"|(?<=\))\s+(?=\([A-Z][a-z]+\)\s)"
    r"|(?:(?<=\bplus)|(?<=advantage)|(?<=preferred)|(?<=desirable)|(?<=advantageous))\s+(?:and\s+)?"
    r"(?!but\s|not\s|though\b|although\b|if\b|when\b)(?=[A-Za-z])"
    # a run-on list of Title Case items: a word that ends a requirement, then a capitalised word
    # ("Excellent communication skills Well-structured working style", "Strategic mindset Big
    # picture thinking", "Knowledge of Czech welcome but not a must Product management skills")
    r"|(?:(?<=\bskills)|(?<=\bstyle)|(?<=\bmindset)|(?<=\battitude)|(?<=\babilities)"
    r"|(?<=\bwelcome)|(?<=\bwelcomed)|(?<=\ba must))\s+(?=[A-Z][a-z]+(?:[\s/-]|$))"
    # a Title Case label of up to three words after a lower-case word ("… is desirable
    # Supervisory Experience: 2 or more years …", "… practices Remote / Virtual Teams: …")
    # (the word before is lower-case as a whole: "Supervisory Experience:" stays one label)
    rf"|(?<=[a-z)])(?=\s+(?:[A-Z][\w-]*\s+(?:/\s+)?){{0,2}}[A-Z][\w-]*:\s){_LOWER_WORD}\s+"
    # after a technology name (".NET Expert in …", "SQL Experience with …")
    rf"|(?<=[A-Z0-9#+]{{2}})\s+(?=(?:{_EN_OPENERS})\b)"
    # a degree after a run of lower-case words, not after "a" / "and" / "or" nor after the
    # degree's own adjective ("a relevant Master's degree") (and "MS Office", "MS Excel" name
    # no degree)
    r"|(?<=[a-z]{3})(?<!and)(?<!relevant)(?<!related)(?<!completed)(?<!finished)(?<!academic)"
    r"(?<!technical)(?<!suitable)(?<!appropriate)(?<!accredited)(?<!university)\s+"
    r"(?=(?:Bachelor|Master|Degree|BS|BA|BSc|MS(?!\s+(?:[Oo]ffice|[A-Z][a-z]))"
    r"|MSc|PhD)\b))"
)

# German postings keep the clause breaks they were tuned on: their nouns are capitalised, so
# the English rules for lost line breaks (a capital after a lower-case word, "… Scrum Master")
# would cut their sentences apart.
_DE_OPENERS = (
    "Very|Profound|Basic|Strong|Good|Excellent|Solid|Deep|Sound|Ability|Experience|Knowledge"
    "|Understanding|Familiarity|Proficiency|Hands-on|Fluent|Fluency|Working"
)
_DE_CLAUSE_BREAK = re.compile(
    rf"([;；]\s*|(?<=[a-z0-9)]{{2}})\.\s+(?=[A-Z])|(?<=[a-z)])\s+(?=(?:{_DE_OPENERS})\b|\d+\+\s*years\b))"
)
_GERMAN = re.compile(
    r"\b(?:der|die|das|und|mit|von|für|auf|dem|den|des|ein|eine|einer|ist|sind|oder|im|zur|zum"
    r"|du|dein|deine|Sie|Ihr|Ihre|wir|uns)\b"
)

NICE = re.compile(
    r"优先考虑|者优先|优先|加分|更佳|为佳|最好|preferred|preferably|a plus|is a plus|bonus|nice[- ]to[- ]have"
    r"|desirable|advantageous|an? (?:absolute |added |big |clear |definite |real |great |huge )?advantage|ideally|wünschenswert|von vorteil|\bplus\b|\bideal$",
    re.I,
)
NOT_REQUIRED = re.compile(
    r"^\s*(?:不限|男女不限|不作要求|不做要求|无要求|无|any|n/?a|none)\s*[。.;；]?\s*$", re.I
)


@dataclass
class Clause:
    """One requirement-sized piece of text with the kind its label suggests and its must."""

    text: str
    label_kind: str | None
    must: bool
    value: str = ""  # the text without its field label

    def __post_init__(self) -> None:
        self.value = self.value or self.text


def label_of(item: str) -> tuple[str | None, str | None, str]:
    """(label word, the kind it names, the value after it) of a qualification item."""
    m = _LABEL_SEP.match(item)
    if m:
        label = m.group("label") or m.group("label2")
        return label, _LABELS[label], item[m.end() :].strip()
    m = _LABEL_GLUED.match(item)
    if m:
        label = m.group("label")
        # "技能技巧1了解…": a point number glued on; not the 35 of 35岁 / the 2 of 2年 (whitespace
        # taken whole: two \s* around an optional colon split a run of spaces every way)
        value = re.sub(
            r"^\s*+[:：]?\s*+\d{0,2}(?=[\u4e00-\u9fffA-Za-z])(?![年个岁月周天])",
            "",
            item[m.end() :],
        )
        if label == "知识":  # "知识专业知识:…": the inner label says more
            return label_of(value.strip())
        return label, _LABELS.get(label, "knowledge"), value.strip()
    return None, None, item


def is_label_only(item: str) -> str | None:
    """The kind named by an item that is only labels ("知识 基本知识"), else None."""
    item = item.strip(" :：")
    if not _LABEL_ONLY.match(item):
        return None
    return _LABELS[re.split(r"\s+", item)[-1]]


# German run-on lists (a scraped "Skills" block whose line breaks were lost: "… von Vorteil
# Erfahrungen in der Entwicklung mit Java 8+Kenntnisse in der Build Automation …") break before
# a word that opens a requirement. Only long pieces are cut, and never after a word that leads
# into the opener ("sehr gute Kenntnisse", "über Erfahrung"), so ordinary sentences stay whole.
RUN_ON_MIN = 150  # characters: a requirement sentence is shorter, a run-on list is not
_DE_OPENER = re.compile(
    r"(?:(?<=[a-zäöüß)])\s+|(?<=\+))(?=(?:Mindestens|Erfahrungen?|Berufserfahrung|Projekterfahrung"
    r"|Kenntnisse|Grundkenntnisse|Fachkenntnisse|[A-ZÄÖÜ][a-zäöüß]+kenntnisse|Sehr|Gute|Fundierte"
    r"|Solide|Breites|Tiefe|Umfassende|Fließende|Sichere[rs]?|Abgeschlossenes|Erfolgreich"
    r"|Idealerweise|Arbeitserlaubnis|Hands-On|Praktische|Mehrjährige|Einschlägige|Nachgewiesene"
    r"|Ausgeprägte|Verhandlungssichere|Wünschenswert|\d+\+?\s*Jahre)\b)"
)
_LEADS_IN = re.compile(
    r"sehr|gut|gute|fundierte|solide|erste|tiefe|breite|umfassende|fließende|sichere|"
    r"grundlegende|praktische|mehrjährige|einschlägige|nachweisbare|nachgewiesene|ausgeprägte|"
    r"der|die|das|den|dem|des|ein|eine|einen|mit|in|im|und|oder|von|auf|für|über|an|bei|zur|zum|"
    r"du|sie|ihr|hast|haben|hat|bringst|bringen|besitzt|besitzen|verfügst|verfügen|idealerweise",
    re.I,
)


# In an English run-on list, a closing parenthesis ends an item: "(e.g. MySQL) modern CICD-tooling
# (e.g. Git) virtualization …", "(CCNA level or equivalent) Cloud Security …".
_PAREN_END = re.compile(r"(?<=\))\s+(?=[A-Za-z])")


def _split_run_on(text: str, parens: bool = True) -> list[str]:
    """A long piece cut before each German requirement opener (see _DE_OPENER) and, unless
    parens is False (German: "(Wirtschafts-) Informatik"), after each closing parenthesis
    followed by more text."""
    ends = list(_PAREN_END.finditer(text)) if parens else []
    if len(text) < RUN_ON_MIN and len(ends) < 2:
        return [text]
    cuts = [0]
    found = sorted([*_DE_OPENER.finditer(text), *ends], key=lambda m: m.start())
    for m in found:
        if m.re is _PAREN_END:
            cuts.append(m.end())
            continue
        before = text[cuts[-1] : m.start()].split()
        if len(before) >= 2 and not _LEADS_IN.fullmatch(before[-1]):
            cuts.append(m.end())
    return [
        text[a:b].strip()
        for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)
        if text[a:b].strip()
    ]


# "… experience and sound knowledge in …", "… skills and ability to …", ", experience with …",
# "… environment and are fluent in …": a second requirement joined by "and" or a comma. Cut
# only after three words, so "Knowledge and experience with Docker" stays one.
_EN_AND = re.compile(
    # (?<!\s): a match starts where a run of white space starts, so a long run is scanned once,
    # not again from each of its characters (quadratic on a page of spaces)
    # ("… in the organisation as well as a deep understanding of …": an article may come first)
    r"(?<!\s)(?:\s*,\s*|\s+and\s+|\s+as well as\s+|\s+combined with\s+)(?=(?:are\s+|be\s+)?(?:an?\s+)?(?:(?:sound|strong|solid|good|"
    r"very good|excellent|deep|basic|proven|demonstrated|some)\s+)?(?:ideally\b|preferably\b|(?:knowledge|experience|"
    r"understanding|familiarity|proficiency)\s+(?:in|of|with|from|interacting|working|using)\b|ability to\b"
    r"|willingness to\b"
    r"|fluent\b|passionate about\b|(?:familiar|experienced|skilled|proficient) (?:with|in)\b|(?:at least )?(?:an? )?(?:bachelor|master|degree|phd)\b"
    # "3 years of SAP development, at least 2 years in SAP UI5": a second number of years
    r"|(?:at least|minimum(?: of)?) \d)"
    # "You are fluent in Java and have knowledge of …", "… and you possess …": a second
    # statement of what the candidate has or is
    r"|(?<=\sand\s)(?:you\s+)?(?:have|possess|hold|know)\s|(?<=\sand\s)you\s+(?:are|can)\s"
    # "… keep the overall view and you thrive in …", "… managing people and your CV shows …":
    # whatever the verb, "and you" opens the next statement about the candidate
    r"|(?<=\sand\s)you\s+(?!will\b)[a-z]+\s|(?<=\sand\s)your\s+(?:cv|résumé|resume)\s"
    # "… of marketing and it is a big advantage if your studies include …": a nice-to-have
    r"|(?<=\sand\s)it is (?:also )?(?:a |an )?(?:big |huge |great |clear )?(?:advantage|plus|bonus)"
    r" if\s)"
    # "You enjoy working independently but at the same time you are …": so does "but you"
    r"|(?<!\s)(?:\s*,\s*|\s+)but (?:at the same time )?(?=you\s+(?!will\b)[a-z]+\s)",
    re.I,
)
# ", German is a plus" / ", German language skills advantageous": a nice-to-have tail after a
# comma is a requirement of its own when the part before it asks for something outright.
_COMMA_CAPITAL = re.compile(r",\s+(?=[A-Z])")


# In a long English run-on piece (a list whose line breaks were lost), a capitalised word after
# a lower-case one starts the next item when a lower-case word follows it ("… backend language
# Awareness of …", "… level Great technical …"), unless the word before leads into it.
_CAPITAL_START = re.compile(r"(?<=[a-z)])\s+(?=[A-Z][a-z]+\s+[a-z])")
_LEADS_INTO = re.compile(
    r"of|in|with|and|or|the|a|an|to|for|on|at|by|as|like|such|including|especially|using|from"
    r"|strong|solid|good|excellent|deep|basic|advanced|proven|working|expert|fluent|extensive"
    r"|relevant|professional|practical|sound|very|modern|other|similar|related|any|some|several"
    r"|multiple|both|either|written|spoken|native|our|your|their|its|is|are|be|e\.g\.|i\.e\.",
    re.I,
)
_ARTICLES = frozenset(["the", "a", "an", "our", "your", "their", "its"])
_OPENER_WORD = re.compile(rf"(?:{_EN_OPENERS}|Ideally|Preferably|Nice|Bonus)\b")
CAPITAL_RUN_ON = 100  # characters: shorter pieces are read as written


def _split_capitals(text: str) -> list[str]:
    """A long English run-on piece cut before capitalised item starts (see _CAPITAL_START)."""
    if len(text) < CAPITAL_RUN_ON:
        return [text]
    out, start = [], 0
    for m in _CAPITAL_START.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1] if before else ""
        # "… of the wider Microsoft stack": an article two words back is inside a noun phrase
        # (unless a requirement opens there: "… working in a team Ideally you have …")
        inside = len(before) >= 2 and before[-2].lower() in _ARTICLES
        inside = inside and not _OPENER_WORD.match(text, m.end())
        if len(before) >= 3 and last.islower() and not _LEADS_INTO.fullmatch(last) and not inside:
            out.append(text[start : m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


# A lower-case run-on list ("Fluency in English excellent communication skills", "Fluent in
# written and spoken English knowledge of the German language is a plus"): an adjective that
# opens a requirement, after a word that does not lead into it (not "a", "with", "have"), starts
# the next item; so does "knowledge of" / "experience with" after a name ("English", "Java").
_LOWER_OPENER = re.compile(
    r"(?<=[\w)])\s+(?=(?P<adj>(?:excellent|strong|good|solid|proven|fluent|fluency|outstanding"
    r"|exceptional|great|deep|sound|basic|any|additional)\s+[a-z])"
    r"|(?:knowledge|experience|understanding|familiarity|proficiency)\s+(?:of|with|in)\s)"
)
_LEADS_ON_VERB = re.compile(
    r"have|has|having|had|possess|possesses|show|shows|demonstrate|demonstrates|require|requires"
    r"|need|needs|bring|brings|feel|look|looks|is|was|were|been|being|not|also|very|really|quite"
    r"|particularly|highly|equally|just|no|be|are|am|one|two|three|least|more|most|all|each|every"
    r"|many|much",
    re.I,
)


_NOUN_END = re.compile(r"(?:[^s]s|ing|ion|ity|ment|ness|[ea]nce|ship|ure|ics|ge|ty)\)?$")


def _split_lower(text: str) -> list[str]:
    """An English piece cut before lower-case item starts (see _LOWER_OPENER)."""
    out, start = [], 0
    for m in _LOWER_OPENER.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1] if before else ""
        if len(before) < 2 or _LEADS_INTO.fullmatch(last) or _LEADS_ON_VERB.fullmatch(last):
            continue
        if not (last[:1].isupper() or (m.group("adj") and _NOUN_END.search(last))):
            # "industry experience in …": a noun before it modifies it; "maintain deep
            # knowledge": a verb before it leads into it (an item ends in a name or a noun)
            continue
        out.append(text[start : m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


def _split_and(text: str) -> list[str]:
    """An English clause cut where "and" or a comma joins a second requirement (see _EN_AND)."""
    out, start = [], 0
    cuts = sorted(
        [*_EN_AND.finditer(text), *_COMMA_CAPITAL.finditer(text)], key=lambda m: m.start()
    )
    # Where NICE words stand, found once: looking again in the text before and after every cut
    # costs the square of a long run-on piece.
    nice = [(m.start(), m.end()) for m in NICE.finditer(text)] if cuts else []
    starts = [a for a, _ in nice]
    for m in cuts:
        if m.re is _COMMA_CAPITAL:
            after = bool(nice) and starts[-1] >= m.end()
            first = bisect_left(starts, start)  # the first NICE word at or after the piece start
            before = first < len(nice) and nice[first][1] <= m.start()
            if not after or before:
                continue
        if _THREE_WORDS.match(text, start, m.start()):
            out.append(text[start : m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


_THREE_WORDS = re.compile(r"\s*+\S+\s+\S+\s+\S")


def _split(text: str, english: bool, german: bool = False) -> list[str]:
    """Clauses of a value, each keeping its own punctuation where elaborations are joined: after
    an elaboration (能够…), clauses stay with it until one opens a requirement of its own."""
    german = english and (german or bool(_GERMAN.search(text)))
    breaks = _DE_CLAUSE_BREAK if german else _EN_CLAUSE_BREAK if english else _CLAUSE_BREAK
    pieces = breaks.split(text)
    out: list[str] = []
    elaborating = False
    for k in range(0, len(pieces), 2):
        part = pieces[k].strip()
        sep = pieces[k - 1] if k else ""
        if not part:
            continue
        joins = _CONTINUES.match(part) or (elaborating and not _OPENS.match(part))
        if out and joins and not _CLOSED.search(out[-1]):
            out[-1] = f"{out[-1]}{sep.strip() or ' '}{part}"
            elaborating = True
        else:
            out.append(part)
            elaborating = False
    if not english:
        return out
    if german:
        return [cut for clause in out for cut in _split_run_on(clause, parens=False)]
    return [
        piece
        for clause in out
        for cut in _split_run_on(clause)
        for capital in _split_capitals(cut)
        for lower in _split_lower(capital)
        for piece in _split_and(lower)
    ]


# A piece cut before its second requirement keeps no dangling "and" ("… or a related field and").
# (Read on the right-stripped piece, from the start of a run of spaces only: "\s*,\s*$" tried
# from every space of a long run is quadratic.)
_TRAILING_AND = re.compile(r"(?<!\s)\s+(?:and|or|as well as)$|,$", re.I)
# An English item that leads into what follows without a colon ("To be successful", "You will
# have stronger chances if you"): no requirement of its own.
_DANGLING = re.compile(
    r"\b(?:if|that|when|where) you\s*$|^to be successful(?: in (?:this|the) (?:role|job|position))?\s*$",
    re.I,
)
# "At the same time you have …", "As a person you are …": a connective before what the
# candidate has or is belongs to the sentence, not to the requirement.
# Words that join a statement about the candidate to the one before ("Finally you can …"): no
# part of the requirement (also read by matcher.jd.prose).
CONNECTIVES = (
    "at the same time|as a person|in addition|furthermore|moreover|also|of course|naturally"
    "|above all|on top of that|besides that|besides|finally|additionally|likewise|as such"
)
_YOU_LEAD = re.compile(rf"^(?:{CONNECTIVES}),?\s+(?=you(?:'re|’re|re)?\s)", re.I)
# "Personality: 60% background in …": a one-word label before an English item.
_EN_LABEL = re.compile(r"^[A-Z][\w-]{1,20}(?:\s+(?:/\s+)?[A-Z][\w-]{0,20}){0,2}:\s+(?=\S)")
# What makes an item ending in a colon a requirement rather than a lead-in ("本科以上学历:").
_STATES = re.compile(
    r"学历|本科|大专|专科|硕士|博士|中专|高中|\d\s*年|[一二两三四五六七八九十]年|经验|证书"
)
# An item that ends in a colon introduces what follows (at most a dozen words).
_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,12}\S+\s*[:：]\s*$")


# A row of a competency table: a name and its grade ("财务知识1;", "网络知识3。"). What the
# company teaches on the job (its culture, rules, workflow, products) is no requirement.
_RATED = re.compile(r"^[\u4e00-\u9fff]{2,12}\d[;；。]?$")
RATED_ROW = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}\d[;；]?)+[。]?$")
_IN_HOUSE = re.compile(r"^(?:本?公司|企业内部)|规章制度|工作流程|岗位职责")


def rated_rows(items: list[str]) -> list[str]:
    """Items with each run of graded table cells joined back into one row ("财务知识1;法律知识2;
    网络知识3"), in-house cells dropped; other items unchanged."""
    out: list[str] = []
    run = False  # the last item of out is a row being built
    for item in items:
        if not _RATED.match(item.strip()):
            out.append(item)
            run = False
        elif _IN_HOUSE.search(item.strip()):
            run = False
        elif run:
            out[-1] += item.strip()
        else:
            out.append(item.strip())
            run = True
    return out


def clauses_of(
    items: list[str], section_must: bool, english: bool, german: bool = False
) -> list[Clause]:
    """The clauses of a section's items, labels resolved, must decided clause by clause."""
    out: list[Clause] = []
    items = items if english else rated_rows(items)
    carried: str | None = None  # a label-only item names the kind of the items after it
    for item in items:
        only = is_label_only(item)
        if only:
            carried = only
            continue
        if _LEAD_IN.search(item) and not _STATES.search(item):
            # "Folgendes wäre wünschenswert:" / "Required technical skills:" introduce the
            # items after them: no requirement of their own, and a nice-to-have lead-in makes
            # the rest of the section nice-to-have.
            if NICE.search(item):
                section_must = False
            continue
        for piece in _INNER_LABEL.split(item):
            only = is_label_only(piece)
            if only:
                carried = only
                continue
            label, kind, value = label_of(
                _EN_LABEL.sub("", piece.strip()) if english else piece.strip()
            )
            if label is None:
                kind = carried
            else:
                carried = None
            if not value:
                continue
            # A labelled list (专业:A,B、C等相关专业) and a table row are one clause each.
            whole_value = kind == "major" or (not english and RATED_ROW.match(value))
            parts = [value] if whole_value else _split(value, english, german)
            for part in parts:
                if english:
                    part = _TRAILING_AND.sub("", _EN_LABEL.sub("", part.strip())).rstrip()
                    part = _YOU_LEAD.sub("", part)
                    if _DANGLING.search(part.strip(" .;:,")):
                        continue
                must = section_must and not NICE.search(part)
                whole = label is not None and len(parts) == 1 and kind in FIELD_KINDS
                text = piece.strip() if whole else part
                trim = " ;；。.:："
                out.append(Clause(text.strip(trim), kind, must, part.strip(trim)))
    return out
