"""Fields of study and their neighbours: which majors a recruiter takes as the same field
(informatics beside computer science), which as a neighbouring one (accounting, finance or trade
beside business administration and marketing) and which as another (economics for computer
science). LABELING: a degree in a neighbouring major is partial,
an unrelated one is not met. One home for the words that name a field of study in Chinese,
English and German; general knowledge of degrees, never a posting's list."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from matcher.match.evidence import EDUCATION

# A field of study: the words that name a major in it (lower case; Latin words match whole,
# Chinese ones as written). A major may fall in two (电子商务: business and computing).
FIELDS: dict[str, tuple[str, ...]] = {
    "computing": (
        "计算机",
        "软件",
        "信息技术",
        "信息管理",
        "信息系统",
        "网络工程",
        "数据科学",
        "人工智能",
        "computer science",
        "computer engineering",
        "computing",
        "informatics",
        "informatik",
        "information technology",
        "information systems",
        "information management",
        "software engineering",
        "data science",
        "wirtschaftsinformatik",
        "b.tech",
        "btech",
        "bca",
        "mca",
    ),
    "engineering": (
        "机械",
        "电气",
        "电子",
        "自动化",
        "土木",
        "化工",
        "通信",
        "测控",
        "仪表",
        "mechanical",
        "electrical",
        "electronics",
        "civil engineering",
        "chemical engineering",
        "telecommunication",
        "instrumentation",
        "maschinenbau",
        "elektrotechnik",
        "ingenieur",
        "engineering",
    ),
    "business": (
        "工商管理",
        "企业管理",
        "行政管理",
        "市场营销",
        "营销",
        "电子商务",
        "人力资源",
        "物流",
        "管理学",
        "公共管理",
        "business",
        "administration",
        "management",
        "marketing",
        "human resources",
        "logistics",
        "bba",
        "mba",
        "emba",
        "betriebswirtschaft",
        "bwl",
        "kaufmann",
        "kauffrau",
    ),
    # (accounting, finance, economics and trade: a recruiter listing 工商管理 / 市场营销 / 行政管理
    # takes them as neighbouring majors, not one of the list)
    "commerce": (
        "会计",
        "财务",
        "金融",
        "经济",
        "国际贸易",
        "贸易",
        "商务",
        "accounting",
        "accountancy",
        "finance",
        "economics",
        "commerce",
        "trade",
        "b.com",
        "m.com",
        "volkswirtschaft",
        "wirtschaftswissenschaft",
    ),
    "hospitality": (
        "旅游",
        "酒店",
        "餐饮",
        "hospitality",
        "tourism",
        "hotel",
        "touristik",
        "hotellerie",
    ),
    "law": ("法律", "法学", "law", "legal studies", "jura", "rechtswissenschaft"),
    "languages": (
        "英语",
        "外语",
        "日语",
        "德语",
        "汉语言",
        "中文",
        "翻译",
        "文学",
        "新闻",
        "english",
        "spanish",
        "french",
        "german studies",
        "philology",
        "linguistics",
        "literature",
        "translation",
        "journalism",
        "germanistik",
        "anglistik",
        "romanistik",
    ),
    "science": (
        "数学",
        "物理",
        "化学",
        "生物",
        "统计",
        "mathematics",
        "physics",
        "chemistry",
        "biology",
        "statistics",
        "mathematik",
        "physik",
        "chemie",
        "biologie",
        "microbiology",
    ),
    "medicine": ("医学", "药学", "护理", "medicine", "pharmacy", "nursing", "medizin"),
    "social": (
        "心理学",
        "社会学",
        "教育学",
        "psychology",
        "sociology",
        "pedagogy",
        "pädagogik",
        "psychologie",
        "soziologie",
    ),
}
# Fields a recruiter takes as neighbours of each other (a hotel-management graduate for a
# business-administration list; a psychology one beside human resources and administration).
NEAR: dict[str, frozenset[str]] = {
    "business": frozenset(["hospitality", "social", "commerce"]),
    "commerce": frozenset(["business"]),
    "hospitality": frozenset(["business"]),
    "social": frozenset(["business"]),
    "computing": frozenset(["engineering", "science"]),
    "engineering": frozenset(["computing", "science"]),
    "science": frozenset(["computing", "engineering", "medicine"]),
    "medicine": frozenset(["science"]),
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    out = {}
    for name, words in FIELDS.items():
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        out[name] = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    return out


def fields_in(text: str) -> frozenset[str]:
    """The fields of study the lower-cased text names (a regex per field)."""
    lowered = text.lower()
    return frozenset(name for name, pattern in _patterns().items() if pattern.search(lowered))


@lru_cache(maxsize=4096)
def fields_asked(clause: str) -> frozenset[str]:
    """fields_in of a requirement's text, kept per text: every candidate of a shortlist asks it
    of the same clause (never of a résumé's lines, which must not outlive the shortlist)."""
    return fields_in(clause)


def is_field_name(value: str) -> bool:
    """Whether a value is the name of a major and nothing more (心理学, 工商管理, Informatik)."""
    lowered = value.lower().strip()
    return any(lowered in words for words in FIELDS.values())


def relation(asked: frozenset[str], stated: frozenset[str]) -> str:
    """How the fields a résumé's education names stand to those asked: same, near, other, or
    unstated (the résumé names no field)."""
    if not stated:
        return "unstated"
    if asked & stated:
        return "same"
    if any(NEAR.get(field, frozenset()) & stated for field in asked):
        return "near"
    return "other"


# "Bachelor's degree in Computer Science", "University degree in X, Y or related discipline",
# "Studium der Informatik", "计算机相关专业本科": the field a degree clause asks.
_ASKED_EN = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|diploma|study|studies|phd|b\.?sc|m\.?sc|studium)\b"
    # "Studium der (Wirtschafts-) Informatik": a bracketed prefix before the field
    r"(?:\s+degree)?\s+(?:in|of|der|in der)\s+(?:\([^()\n]{1,25}\)\s*)?([^;.\n(]+)",
    re.I,
)
_ASKED_ZH = re.compile(r"([\u4e00-\u9fff、，,/]{2,}?)等?(?:相关|相近)?专业")
_RELATED = re.compile(
    r"\bor (?:a )?(?:related|similar|equivalent|comparable)\b.*|\bverwandt\w*.*|相关|相近", re.I
)


@lru_cache(maxsize=4096)
def asked_field(text: str) -> tuple[str, bool] | None:
    """The field a degree clause names and whether it accepts related ones ("or related
    discipline", 相关专业); None when it names no field of study. Kept per clause."""
    m = _ASKED_EN.search(text) or _ASKED_ZH.search(text)
    if not m:
        return None
    field = m.group(1)
    related = accepts_related(text)
    field = _RELATED.sub("", field).strip(" ,，、/")
    return (field, related) if fields_asked(field) else None


# An employer's name: "深圳某某健康管理有限公司", "某某贸易公司", "Acme Logistics Ltd" name no field
# anyone studied.
_EMPLOYER = re.compile(
    r"[\u4e00-\u9fff]{2,20}?(?:有限责任公司|有限公司|公司|集团|事务所)"
    r"|\b(?:[A-Z][\w&.'-]*\s+){1,5}(?:Ltd|Limited|Inc|GmbH|LLC|Corp|Corporation|Company|Co)\b\.?"
)
_CLAUSE = re.compile(r"[，,;；。]")


def studied_text(sentence: dict) -> str:
    """What a line says was studied: the whole line in the education section; elsewhere only its
    clauses that name a degree or a school ("理学硕士", not "曾任职…管理有限公司" or "国际注册金融分析
    师执业资格" beside it in a bio); employer names left out either way."""
    text = sentence.get("text") or ""
    if sentence.get("section") != "education":
        text = " ".join(part for part in _CLAUSE.split(text) if EDUCATION.search(part))
    return _EMPLOYER.sub(" ", text)


def studied(sentences: list[dict], lines: list[int]) -> tuple[frozenset[str], int | None]:
    """The fields the education lines keep naming (not a course listed once: "Additionally
    civil law, statistics and accounting" beside four lines of economics) and the line to quote
    (the education section's first naming one); (empty, None) when none is named. A field
    studied is read off what the line says was studied (studied_text), not an employer's name."""
    stated = {i: fields_in(studied_text(sentences[i])) for i in lines}
    counts = Counter(f for fields in stated.values() for f in fields)
    if not counts:
        return frozenset(), None
    most = max(counts.values())
    top = frozenset(f for f, n in counts.items() if n == most)
    naming = [i for i in lines if stated[i] & top]
    line = min(naming, key=lambda i: (sentences[i].get("section") != "education", i))
    return top, line


def accepts_related(text: str) -> bool:
    """Whether a clause accepts fields related to those it names (相关专业, "or related
    discipline", "oder verwandte Fachrichtung")."""
    return bool(_RELATED.search(text))
