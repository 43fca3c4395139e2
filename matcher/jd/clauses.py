"""From a qualification item to clauses: field labels (学历: / 性别男女不限 / 语言技巧:), clause
boundaries that keep elaborations (能够…, 包括…, 如…) with their head, and must / nice markers."""

from __future__ import annotations

import re
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
_OPENS = re.compile(
    r"^(?:熟悉|了解|掌握|精通|熟练|具备|具有|有|拥有|持有|通过|年龄|性别|学历|本科|大专|硕士|博士|英语|"
    r"普通话|外语|\d|[一二两三四五六七八九十]+年|[A-Za-z])"
)
_CLAUSE_BREAK = re.compile(r"([,，;；。!！]\s*)")
# Clause breaks in English: ; or a sentence end, or, in a run-on list whose line breaks a scraper
# lost ("… software design Very good understanding of …"), a capitalised word that opens a
# requirement right after a lower-case word.
_EN_OPENERS = (
    "Very|Profound|Basic|Strong|Good|Excellent|Solid|Deep|Sound|Ability|Experience|Knowledge"
    "|Understanding|Familiarity|Proficiency|Hands-on|Fluent|Fluency|Working"
)
_EN_CLAUSE_BREAK = re.compile(
    rf"([;；]\s*|(?<=[a-z0-9)]{{2}})\.\s+(?=[A-Z])|(?<=[a-z)])\s+(?=(?:{_EN_OPENERS})\b|\d+\+\s*years\b))"
)

NICE = re.compile(
    r"优先考虑|者优先|优先|加分|更佳|为佳|最好|preferred|preferably|a plus|is a plus|bonus|nice[- ]to[- ]have"
    r"|desirable|advantageous|an advantage|ideally|wünschenswert|von vorteil|\bplus\b",
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


def _split_run_on(text: str) -> list[str]:
    """A long piece cut before each German requirement opener (see _DE_OPENER)."""
    if len(text) < RUN_ON_MIN:
        return [text]
    cuts = [0]
    for m in _DE_OPENER.finditer(text):
        before = text[cuts[-1] : m.start()].split()
        if len(before) >= 2 and not _LEADS_IN.fullmatch(before[-1]):
            cuts.append(m.end())
    return [
        text[a:b].strip()
        for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)
        if text[a:b].strip()
    ]


def _split(text: str, english: bool) -> list[str]:
    """Clauses of a value, each keeping its own punctuation where elaborations are joined: after
    an elaboration (能够…), clauses stay with it until one opens a requirement of its own."""
    pieces = (_EN_CLAUSE_BREAK if english else _CLAUSE_BREAK).split(text)
    out: list[str] = []
    elaborating = False
    for k in range(0, len(pieces), 2):
        part = pieces[k].strip()
        sep = pieces[k - 1] if k else ""
        if not part:
            continue
        joins = _CONTINUES.match(part) or (elaborating and not _OPENS.match(part))
        if out and joins:
            out[-1] = f"{out[-1]}{sep.strip() or ' '}{part}"
            elaborating = True
        else:
            out.append(part)
            elaborating = False
    return [cut for clause in out for cut in _split_run_on(clause)] if english else out


# An item that ends in a colon introduces what follows (at most a dozen words).
_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,12}\S+\s*[:：]\s*$")


def clauses_of(items: list[str], section_must: bool, english: bool) -> list[Clause]:
    """The clauses of a section's items, labels resolved, must decided clause by clause."""
    out: list[Clause] = []
    carried: str | None = None  # a label-only item names the kind of the items after it
    for item in items:
        only = is_label_only(item)
        if only:
            carried = only
            continue
        if _LEAD_IN.search(item):
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
            label, kind, value = label_of(piece.strip())
            if label is None:
                kind = carried
            else:
                carried = None
            if not value:
                continue
            # A labelled list (专业:A,B、C等相关专业) is one clause; other items split.
            parts = [value] if kind == "major" else _split(value, english)
            for part in parts:
                must = section_must and not NICE.search(part)
                text = part if label is None or len(parts) > 1 else piece.strip()
                out.append(Clause(text.strip(" ;；。."), kind, must, part.strip(" ;；。.")))
    return out
