"""Skills (a lexicon plus the items of a skills section), languages with normalised levels, and
certificates."""

from __future__ import annotations

import re

from matcher.resume.sections import heading_of
from matcher.vocab import (
    LANGUAGE_CODES_RE,
    LANGUAGE_NAME_RE,
    LANGUAGE_TESTS,
    PRODUCT_WORDS,
    bare_level,
    language_mentions,
    level_from_next_line,
)

# Common skills named in Chinese and English résumés; matched case-insensitively as whole words.
SKILL_LEXICON = [
    "Python",
    "Java",
    "JavaScript",
    "TypeScript",
    "C++",
    "C#",
    "Go",
    "Golang",
    "Rust",
    "PHP",
    "Ruby",
    "Swift",
    "Kotlin",
    "Scala",
    "R",
    "MATLAB",
    "SQL",
    "MySQL",
    "PostgreSQL",
    "Oracle",
    "MongoDB",
    "Redis",
    "Elasticsearch",
    "Kafka",
    "Spark",
    "Hadoop",
    "Hive",
    "Flink",
    "Linux",
    "Unix",
    "Docker",
    "Kubernetes",
    "AWS",
    "Azure",
    "GCP",
    "Git",
    "Jenkins",
    "HTML",
    "CSS",
    "React",
    "Vue",
    "Angular",
    "Node.js",
    "Django",
    "Flask",
    "Spring",
    "SpringBoot",
    "MyBatis",
    "TensorFlow",
    "PyTorch",
    "Pandas",
    "NumPy",
    "Excel",
    "Word",
    "PowerPoint",
    "PPT",
    "Office",
    "Photoshop",
    "Illustrator",
    "AutoCAD",
    "CAD",
    "SolidWorks",
    "SAP",
    "ERP",
    "CRM",
    "Tableau",
    "PowerBI",
    "SPSS",
    "SAS",
    "Stata",
    "Visio",
    "Axure",
    "Figma",
    "Sketch",
    "Jira",
    "Scrum",
    "Agile",
    "SEO",
    "SEM",
    "Shell",
    "Bash",
    "Perl",
    "Selenium",
    "JMeter",
    "TCP/IP",
    "Nginx",
    "Tomcat",
    "Android",
    "iOS",
    "Unity",
    "用友",
    "金蝶",
    "财务软件",
    "办公软件",
    "数据分析",
    "机器学习",
    "深度学习",
    "自然语言处理",
    "项目管理",
    "客户服务",
    "电话营销",
    "网络营销",
    "新媒体运营",
    "市场营销",
    "商务谈判",
    "财务分析",
    "成本核算",
    "税务申报",
    "人力资源管理",
    "招聘",
    "培训",
    "绩效考核",
    "薪酬管理",
    "供应链管理",
    "采购",
    "仓储管理",
    "物流管理",
    "质量管理",
    "平面设计",
    "视频剪辑",
    "文案写作",
    "公文写作",
    "数据库",
    "前端开发",
    "后端开发",
    "测试",
    "运维",
    "嵌入式",
    "单片机",
    "PLC",
]  # noqa: SIM905 (a word list reads better as one string)
_SKILL_RE = re.compile(
    r"(?<![A-Za-z0-9+#])(?:"
    + "|".join(re.escape(s) for s in sorted(SKILL_LEXICON, key=len, reverse=True))
    + r")(?![A-Za-z0-9+#])",
    re.I,
)
_CANON = {s.lower(): s for s in SKILL_LEXICON}
_ITEM_SPLIT = re.compile(r"[,，、;；/|｜\t]|\s{2,}|[：:]|\band\b|和|及")
_LEVEL_WORDS = re.compile(
    r"^(?:(?:熟练|精通|熟悉|掌握|了解|良好|优秀|能够|会|使用|运用|较强|扎实|具备|具有|较好|"
    r"proficient in|familiar with|experienced in|knowledge of|expert in|good at|strong)\s*)+",
    re.I,
)

CERTIFICATE_RE = re.compile(
    r"会计从业资格证?书?|初级会计(?:师|职称)?(?:证书)?|中级会计(?:师|职称)?|注册会计师|CPA|ACCA|CFA|FRM|"
    r"PMP|教师资格证?书?|律师资格证?|法律职业资格证?书?|人力资源管理师(?:[一二三四]级)?|证券从业资格证?|"
    r"基金从业资格证?|银行从业资格证?|报关员资格证?|导游证|护士执业证书|执业医师(?:资格)?证?|"
    r"(?:驾照|驾驶证|驾驶执照)\s*[A-C][1-3]?|[A-C][1-3]\s*(?:驾照|驾驶证)|驾照|驾驶证|"
    r"计算机(?:等级)?(?:考试)?[一二三四]级|全国计算机等级考试[一二三四]级|CCNA|CCNP|CCIE|RHCE|"
    r"OCP|AWS Certified [A-Za-z ]+?(?=[,，;；.\n]|$)|PRINCE2|ITIL|Six Sigma|六西格玛|"
    r"心理咨询师(?:[一二三]级)?|营养师|建造师|造价工程师|注册[\u4e00-\u9fff]{2,6}师|"
    r"[\u4e00-\u9fff]{2,8}(?:资格证书|资格证|执业证|上岗证|合格证)",
    re.I,
)


_HELD = re.compile(r"^(?:持有|获得|取得|拥有|考取|通过|已获|具有|具备|有)+")


_OPEN, _CLOSE = "(（", ")）"


def _unwrap(item: str) -> str:
    """An item without surrounding spaces, full stops and brackets, but a bracket that closes
    one inside it stays: 英语六级（CET-6） keeps its ）."""
    item = item.strip(" .。")
    while item and item[0] in _OPEN and item[-1] in _CLOSE:
        item = item[1:-1].strip()
    while (
        item and item[-1] in _CLOSE and sum(map(item.count, _CLOSE)) > sum(map(item.count, _OPEN))
    ):
        item = item[:-1].strip()
    while item and item[0] in _OPEN and sum(map(item.count, _OPEN)) > sum(map(item.count, _CLOSE)):
        item = item[1:].strip()
    return item


def _is_language(item: str) -> bool:
    """A skills-line item that states a language or only a fluency (口语流利)."""
    if any(pattern.search(item) for pattern, _, _ in LANGUAGE_TESTS):
        return True
    name = LANGUAGE_NAME_RE.search(item)
    if name:  # 英语, 英语熟练, fluent English, English (fluent) — not 英语翻译
        rest = (item[: name.start()] + " " + item[name.end() :]).strip(" \t:：-–()（）.,;")
        return not rest or bare_level(rest) is not None
    return bare_level(item) is not None and len(item) <= 6  # 口语流利


# Names that are ordinary words too ("Shell Nederland", "ML200 R", "Go to market"): outside a
# skills section one counts only as written (R, Shell) beside another skill on its line, a
# single letter only as a listed item ("Python, R and SAS").
_ORDINARY = frozenset(
    ["go", "rust", "ruby", "swift", "r", "spark", "hive", "sketch", "spring", "shell", "agile"]
    + ["flask", "oracle"]
)
# Names a lower-case word says otherwise ("the head office", "excel in", "word of mouth").
CASED_NAMES = _ORDINARY | frozenset(PRODUCT_WORDS)
_LISTED_LETTER = re.compile(r"(?:^|[,，/;；、]|\b(?:and|or)\b)\s*$")


def _named_as_skill(m: re.Match, text: str, names: list[str]) -> bool:
    """Whether a lexicon match outside a skills section names the skill (see _ORDINARY)."""
    key = m.group(0).lower()
    if key in CASED_NAMES and m.group(0) != _CANON[key]:
        return False
    if key not in _ORDINARY:
        return True
    if not any(n not in _ORDINARY and n != key for n in names):
        return False
    return len(key) > 1 or bool(_LISTED_LETTER.search(text, 0, m.start()))


# English prose ends in a full stop and runs four words or more between its commas ("Worked as a
# team leader for the college presentation.", "Analyse and map business process."): its
# and-joined pieces are no skill names ("Playing Cricket"). A list ending in a full stop ("Java,
# Spring Boot, REST APIs and Docker.") has short pieces and keeps its items.
_PIECES = re.compile(r"[,;，；、|/]")


def _is_prose(text: str) -> bool:
    """Whether a Latin-script sentence is prose rather than a list of items."""
    text = text.strip()
    if not (text.endswith(".") and text[-2:-1].isalpha() and text.isascii()):
        return False
    pieces = _PIECES.split(text)
    return len(text.split()) >= 4 * len(pieces)


# Labels a skills section groups its items under ("Programmiersprachen: Java, Go", "Produkte /
# Standards / Erfahrungen"): each names a kind of item, not one the person has.
_CATEGORIES = frozenset(
    ["programmiersprachen", "programming languages", "datenbanken", "databases", "frameworks"]
    + ["tools", "produkte", "products", "standards", "erfahrungen", "schwerpunkte", "methoden"]
    + ["methods", "betriebssysteme", "operating systems", "sonstiges", "others", "responsibilities"]
    # the Europass language grid's columns and legend (Verstehen / Sprechen / Schreiben, "Niveaus:
    # A1 und A2: Elementar - …"), which its template puts under "persönliche Fähigkeiten"
    + ["verstehen", "sprechen", "schreiben", "hören", "lesen", "teilnehmen", "niveaus"]
    + ["an gesprächen teilnehmen", "zusammenhängendes sprechen", "zusammenhängendes"]
    + ["elementar", "selbstständig", "selbstständige", "kompetent", "kompetente"]
    + ["a1 und a2", "b1 und b2", "c1 und c2", "verwendung", "datenverarbeitung"]
    + ["informationsverarbeitung", "elementare verwendung", "selbstständige verwendung"]
    + ["kompetente verwendung"]
)


def _lists_items(text: str) -> bool:
    """Whether a skills-section sentence lists items: not a heading (KEY SKILLS:, Interests) that
    the run-together text left among the items, and not a sentence of prose."""
    return not heading_of(text.rstrip(" .")) and not _is_prose(text)


def skills(sentences: list[dict]) -> list[str]:
    """Lexicon skills found anywhere, plus the items of skills-section lines; sorted."""
    found: dict[str, str] = {}
    for s in sentences:
        matches = list(_SKILL_RE.finditer(s["text"]))
        names = [m.group(0).lower() for m in matches]
        for m in matches:
            if s["section"] != "skills" and not _named_as_skill(m, s["text"], names):
                continue
            found.setdefault(m.group(0).lower(), _CANON.get(m.group(0).lower(), m.group(0)))
        if s["section"] != "skills" or not _lists_items(s["text"]):
            continue
        for item in _ITEM_SPLIT.split(s["text"]):
            item = _LEVEL_WORDS.sub("", _unwrap(item)).lstrip("的")  # 具备良好的沟通能力
            if _is_language(item) or heading_of(item) or item.lower() in _CATEGORIES:
                continue  # the languages list has them; a heading or a category names no skill
            if 1 < len(item) <= 20 and not re.fullmatch(r"[\d\W]+", item):
                found.setdefault(item.lower(), item)
    return sorted(found.values(), key=lambda v: (v.lower(), v))


def languages(sentences: list[dict]) -> list[dict]:
    """Languages with a level normalised per matcher.vocab.LANGUAGE_LEVEL_RANK (or None)."""
    out: dict[tuple[str, str | None], dict] = {}
    for i, s in enumerate(sentences):
        text = s["text"]
        tested = False
        for pattern, language, level_of in LANGUAGE_TESTS:
            for m in pattern.finditer(text):
                out.setdefault(
                    (language, level_of(m)),
                    {"language": language, "level": level_of(m), "text": text},
                )
                tested = True
        if tested:
            continue
        # a language named as a whole word with its level before or after it (Muttersprache(n)
        # Englisch, Englisch C1, fließend Deutsch); in a work entry only the letters of a German
        # CV (E/F verhandlungssicher), which always carry a level
        listed = s["section"] in ("languages", "skills", "summary", "contact", "other", "")
        if not (LANGUAGE_NAME_RE.search(text) or LANGUAGE_CODES_RE.search(text)):
            continue  # the cheap look first: most lines name no language
        for m in language_mentions(text):
            language, level = m["language"], m["level"]
            named = LANGUAGE_NAME_RE.fullmatch(text, m["start"], m["end"])
            if any(k[0] == language for k in out) or (named and not listed):
                continue
            if level is None:  # "Deutsch" with "Muttersprache" on the line under it
                below = sentences[i + 1]["text"] if i + 1 < len(sentences) else None
                level = level_from_next_line(text, m["start"], m["end"], below)
            if s["section"] == "languages" or level:
                out.setdefault(
                    (language, level), {"language": language, "level": level, "text": text}
                )
    return sorted(out.values(), key=lambda d: (d["language"], d["level"] or "", d["text"]))


def certificates(sentences: list[dict]) -> list[str]:
    """Certificates named anywhere (会计从业资格, PMP, 教师资格证, 驾照 C1 ...), sorted."""
    found = set()
    for s in sentences:
        for m in CERTIFICATE_RE.finditer(s["text"]):
            value = _HELD.sub("", re.sub(r"\s+", " ", m.group(0).strip()))
            if value:
                found.add(value)
    return sorted(found)
