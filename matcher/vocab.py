"""Vocabulary shared by the JD and résumé parsers and the verdict rules: education levels,
Chinese numerals, language levels. One place, so a requirement and a résumé agree on meanings."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

# Education levels in order; a requirement's floor and a résumé's highest level compare by index.
LEVELS = ("high_school", "associate", "bachelor", "master", "doctorate")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}

# Words naming a level, longest first when matched. Chinese and English.
LEVEL_WORDS: dict[str, str] = {
    "博士研究生": "doctorate",
    "博士": "doctorate",
    "phd": "doctorate",
    "ph.d": "doctorate",
    "doctorate": "doctorate",
    "doctoral": "doctorate",
    "doctor of": "doctorate",
    "硕士研究生": "master",
    "硕士": "master",
    "研究生": "master",
    "mba": "master",
    "mpacc": "master",
    "emba": "master",
    "master": "master",
    "msc": "master",
    "m.sc": "master",
    "m.s.": "master",
    "m.tech": "master",
    "mtech": "master",
    "mca": "master",
    "m.com": "master",
    "postgraduate": "master",
    # an advanced degree is one above the first ("Advanced university degree (Master's or
    # equivalent)", as UN and NGO postings write it; a US "advanced degree": a master's or PhD)
    "advanced university degree": "master",
    "advanced degree": "master",
    # German degrees: a university Diplom, Magister or Staatsexamen is master level (EQF 7);
    # a Diplom (FH) is formally bachelor level, but résumés rarely keep the (FH) beside it.
    "diplom": "master",
    "dipl.": "master",
    "magister": "master",
    "staatsexamen": "master",
    "大学本科": "bachelor",
    "大学学历": "bachelor",
    "大学文化": "bachelor",
    "大学毕业": "bachelor",
    "大本": "bachelor",
    # (大学普通班: the two- or three-year university course of the 1970s, recognised as 专科)
    "大学普通班": "associate",
    "本科": "bachelor",
    "学士": "bachelor",
    # Hong Kong's and Macau's boards: a degree is a bachelor's ("會計或相關學科學位或以上")
    "学位或以上": "bachelor",
    "大学学位": "bachelor",
    "bachelor": "bachelor",
    "undergraduate": "bachelor",
    "b.sc": "bachelor",
    "bsc": "bachelor",
    "b.a.": "bachelor",
    "b.s.": "bachelor",
    "b.eng": "bachelor",
    "b.tech": "bachelor",
    "btech": "bachelor",
    "b.com": "bachelor",
    "bca": "bachelor",
    "bba": "bachelor",
    "university degree": "bachelor",
    "honours degree": "bachelor",
    "honors degree": "bachelor",
    "hochschulabschluss": "bachelor",
    "hochschulstudium": "bachelor",
    "universitätsabschluss": "bachelor",
    "abgeschlossenes studium": "bachelor",
    # "Studium" is university study (a dual one ends in a bachelor); dropped-out study is masked
    "studium": "bachelor",
    # German further-training degrees of DQR level 6, the bachelor's level
    "fachwirt": "bachelor",
    "fachwirtin": "bachelor",
    "meisterprüfung": "bachelor",
    "meisterbrief": "bachelor",
    "大专": "associate",
    "专科": "associate",
    "高职": "associate",
    "专修科": "associate",
    # "associate" alone is a certificate grade (AWS ... Associate) or a job title
    "associate degree": "associate",
    "associate's degree": "associate",
    "associate of arts": "associate",
    "associate of science": "associate",
    "associate of applied": "associate",
    "diploma": "associate",
    "college diploma": "associate",
    "高中": "high_school",
    "中专": "high_school",
    "中技": "high_school",
    "职高": "high_school",
    "技校": "high_school",
    "high school": "high_school",
    "secondary school": "high_school",
    # (South Africa's school-leaving year: "Grade 12 (Matric)", "Matric certificate")
    "grade 12": "high_school",
    # (England's school-leaving exams: "three A-levels", "112 UCAS points from A-levels"; not
    # "a level", an amount)
    "a-level": "high_school",
    "abitur": "high_school",
}
_LEVEL_RE = re.compile(
    "|".join(re.escape(w) for w in sorted(LEVEL_WORDS, key=len, reverse=True)), re.IGNORECASE
)


def levels_in(text: str) -> list[str]:
    """Every education level named in the text, in order of appearance."""
    return [LEVEL_WORDS[m.group(0).lower()] for m in _LEVEL_RE.finditer(text)]


# Words that contain a level word but name no degree of the person (a doctoral supervisor, a
# graduate school, Scrum Master, "mastered"): level_spans skips matches inside them.
_NOT_A_DEGREE = re.compile(
    # (a specialty hospital or clinic, worked in: "康复专科医院神经康复工作经验")
    r"专科(?:医院|门诊|诊所)|"
    r"博士生导师|专科护士|专科医师|硕士生导师|研究生导师|博导|硕导|研究生院|研究生部|scrum[\s-]*master"
    r"|master\s+data|master\s+plan|master\s+(?:list|electrician|plumber|craftsman|black\s+belt|class)"
    r"|mastered|mastering|mastery|masterpiece|headmaster|webmaster|postmaster"
    # the verb: "You master English on level C1", "must master German"
    r"|\b(?:you|we|i|they|to|must|can|should|will|shall)\s+master\b"
    r"|ph\.?\s?d\.?\s+supervis\w*"
    # a course, not a degree: "MBA进修班", "研究生课程进修", "获得研究生结业证书"
    r"|(?:e?mba|研究生|硕士|博士)(?:课程)?(?:进修|研修|培训)班?|研究生(?:课程|结业)"
    r"|studium\b[^.;\n]{0,40}?(?:abgebrochen|ohne\s+abschluss)|abgebrochenes\s+studium"
    # the school taught at or the subject taught there ("3年以上高中教学经历", "高中语文教师")
    r"|高中(?:教学|教师|老师|班主任|学段|语文|数学|英语|物理|化学|生物|历史|地理|政治)",
    re.IGNORECASE,
)


# Two-letter degree abbreviations are words of their own too often (Ma a surname, MS Office, MA
# a state): only in capitals and followed by "in" / "of" / "(Hons)" ("BA in International
# Business", "MSc of ...", "BA (Hons) Economics"). The engineering degrees B.E / M.E (India,
# Pakistan) stand before their field ("B.E Electronics", "B.E. in Civil"); without their dot
# ("BE Computer Engineering") only in capitals before an engineering branch, not the verb.
_SHORT_DEGREE = re.compile(
    r"(?<![A-Za-z.])(B\.?A|B\.?S|M\.?A|M\.?S)\.?(?=\s*(?:\(Hons?\.?\)|in\b|of\b))"
    r"|(?<![A-Za-z.])(B\.E|M\.E)\.?(?=\s+(?:in\b|\(|[A-Z][a-z]))"
    r"|(?<![A-Za-z.])(BE|ME)(?=\s+(?:in\s+|\(\s*)?(?:Computer|Mechanical|Electrical|Electronics?|"
    r"Civil|Chemical|Information|IT\b|Production|Automobile|Instrumentation|Telecom|E&TC|Software|"
    r"Aeronautical|Industrial|Biomedical|Biotech|Metallurg|Mechatronics|Structural|Textile))"
)
_SHORT_LEVEL = {"B": "bachelor", "M": "master"}

# Degree abbreviations in capitals that name their level on their own, on both sides ("BSN
# required", "BSN, 2019", "B.Ed (Hons)"); case-sensitive, and none of them a tool's name (not
# MFA or LLM, multi-factor authentication and large language models in IT postings, nor BSW,
# AUTOSAR's basic software). The lower-case ones of LEVEL_WORDS (MBA, BBA, B.Tech, MCA …) are
# read there, case-insensitive.
_NAMED_DEGREE = re.compile(
    r"(?<![\w.])(?:(?P<bachelor>BSN|BCom|BEng|B\.E\.|B\.?Pharm|B\.?Ed|BFA|LLB|LL\.B\.?)"
    r"|(?P<master>MSN|MEng|M\.?Pharm|M\.?Ed|MSW|LL\.M\.?)"
    # the UK's Higher National Diploma / Certificate: vocational, below a bachelor's
    r"|(?P<associate>HND|HNC))(?![\w])"
)
# Abbreviations that are also other things (MSN the messenger, MSW municipal solid waste): they
# count only in an education context, a school or a year beside them, or where the caller says
# the text is about education (a JD clause under an education label).
_AMBIGUOUS_DEGREE = frozenset({"MSN", "MSW"})
_EDUCATION_CONTEXT = re.compile(
    r"degree|universit|college|school|institut|academy|nursing|social work|graduat|diploma|"
    r"(?<!\d)(?:19|20)\d\d(?!\d)|大学|学院|学历|学位",
    re.IGNORECASE,
)


def named_degrees(text: str, education: bool = False) -> list[tuple[str, int, int]]:
    """(level, start, end) of each capitalised degree abbreviation (BSN, MSN, B.Ed, LLB …); an
    ambiguous one (MSN) only when `education` or the text names a school, a degree or a year."""
    context = education or bool(_EDUCATION_CONTEXT.search(text))
    return [
        (m.lastgroup, m.start(), m.end())
        for m in _NAMED_DEGREE.finditer(text)
        if m.lastgroup and (context or m.group(0) not in _AMBIGUOUS_DEGREE)
    ]


def level_spans(text: str, education: bool = False) -> list[tuple[str, int, int]]:
    """(level, start, end) of each level word that names a degree; English words only at word
    boundaries, and not inside a word of _NOT_A_DEGREE (博士生导师, Scrum Master); capitalised
    abbreviations by named_degrees (`education`: the text is known to be about education)."""
    masked = [(m.start(), m.end()) for m in _NOT_A_DEGREE.finditer(text)]
    out = [
        (_SHORT_LEVEL[(m.group(1) or m.group(2) or m.group(3))[0]], m.start(), m.end())
        for m in _SHORT_DEGREE.finditer(text)
    ]
    out += [span for span in named_degrees(text, education) if not _overlaps(span, out)]
    for m in _LEVEL_RE.finditer(text):
        start, end = m.span()
        if any(a <= start < b for a, b in masked):
            continue
        word = m.group(0)
        if word.isascii() and word[0].isalpha():
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            # "Handelsfachwirtin", "Industriefachwirt": the one level word that ends compounds
            if before.isascii() and before.isalpha() and not word.lower().startswith("fachwirt"):
                continue
            # an abbreviation's dot ends the word: "Dipl.Ing." is a degree
            if after.isascii() and after.isalpha() and after not in "sS" and word[-1] != ".":
                continue
        if any(a <= start < b for _, a, b in out):  # B.S. already taken as a short degree
            continue
        out.append((LEVEL_WORDS[word.lower()], start, end))
    return sorted(out, key=lambda span: span[1])


def _overlaps(span: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    return any(a < span[2] and span[1] < b for _, a, b in spans)


# The CJK Unified Ideographs with Extension A: what "contains Chinese" means everywhere.
HAN = "\u3400-\u9fff"
HAS_HAN = re.compile(f"[{HAN}]")


def has_chinese(text: str | None) -> bool:
    """True when the text holds a Chinese character."""
    return bool(HAS_HAN.search(text or ""))


def level_at_least(have: str, need: str) -> bool:
    """True when level `have` meets the floor `need`."""
    return LEVEL_RANK[have] >= LEVEL_RANK[need]


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "半": 0.5,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(token: str) -> float | None:
    """A number written in digits or Chinese numerals (三, 十五, 二十, 两, 1.5, 半) as a float."""
    token = token.strip()
    if not token:
        return None
    try:
        return float(token)
    except ValueError:
        pass
    total, current = 0.0, 0.0
    for ch in token:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


# Language tests and their levels, normalised to (language, level). Levels are ordered per language
# family so a verdict can compare them: LANGUAGE_LEVEL_RANK[language][level].
LANGUAGE_LEVEL_RANK: dict[str, dict[str, int]] = {
    "english": {
        "basic": 1,
        "cet-4": 2,
        "good": 2,
        "cet-6": 3,
        "ielts-6": 3,
        "toefl-80": 3,
        "toeic-785": 3,
        "fluent": 4,
        "tem-4": 4,
        "ielts-7": 4,
        "toefl-100": 4,
        "toeic-945": 4,
        "tem-8": 5,
        "native": 6,
    },
    "mandarin": {
        "basic": 1,
        "3b": 1,
        "3a": 2,
        "2b": 3,
        "good": 3,
        "2a": 4,
        "fluent": 4,
        "1b": 5,
        "1a": 6,
        "native": 6,
    },
    "japanese": {
        "basic": 1,
        "n5": 1,
        "n4": 2,
        "n3": 3,
        "good": 3,
        "n2": 4,
        "fluent": 4,
        "n1": 5,
        "native": 6,
    },
    "chinese": {
        "basic": 1,
        "hsk1": 1,
        "hsk2": 1,
        "hsk3": 2,
        "hsk4": 3,
        "good": 3,
        "hsk5": 4,
        "fluent": 4,
        "hsk6": 5,
        "native": 6,
    },
}

LANGUAGE_NAMES: dict[str, str] = {
    "英语": "english",
    "英文": "english",
    "english": "english",
    "普通话": "mandarin",
    "mandarin chinese": "mandarin",
    "mandarin": "mandarin",
    "日语": "japanese",
    "日文": "japanese",
    "japanese": "japanese",
    "汉语": "chinese",
    "中文": "chinese",
    "chinese": "chinese",
    "粤语": "cantonese",
    "cantonese": "cantonese",
    "韩语": "korean",
    "korean": "korean",
    "德语": "german",
    "german": "german",
    "deutsch": "german",
    "法语": "french",
    "french": "french",
    "俄语": "russian",
    "russian": "russian",
    "西班牙语": "spanish",
    "spanish": "spanish",
    "阿拉伯语": "arabic",
    "arabic": "arabic",
    "葡萄牙语": "portuguese",
    "葡语": "portuguese",
    "西语": "spanish",
    "越南语": "vietnamese",
    "泰语": "thai",
    "印尼语": "indonesian",
    "马来语": "malay",
    "portuguese": "portuguese",
    "意大利语": "italian",
    "italian": "italian",
    "englisch": "english",
    "französisch": "french",
    "spanisch": "spanish",
    "chinesisch": "chinese",
    "japanisch": "japanese",
    "russisch": "russian",
    "italienisch": "italian",
    "portugiesisch": "portuguese",
    "arabisch": "arabic",
    "koreanisch": "korean",
    # the languages European postings ask besides English ("Good Dutch skills", "Danish is not a
    # requirement"; jobs.ch, Jobindex, Recruitee): not Polish, an English verb too
    "荷兰语": "dutch",
    "dutch": "dutch",
    "niederländisch": "dutch",
    "丹麦语": "danish",
    "danish": "danish",
    "dänisch": "danish",
    "瑞典语": "swedish",
    "swedish": "swedish",
    "schwedisch": "swedish",
    "挪威语": "norwegian",
    "norwegian": "norwegian",
    "norwegisch": "norwegian",
    "芬兰语": "finnish",
    "finnish": "finnish",
    "finnisch": "finnish",
}


def language_rank(language: str, level: str | None) -> int | None:
    """The order of a level within its language, or None when the level is not known."""
    if level is None:
        return None
    return LANGUAGE_LEVEL_RANK.get(language, {}).get(level.lower())


_EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
EN_NUMBER_WORDS = "|".join(_EN_NUMBERS)
# The Chinese numeral characters a count of years or months is written with (两年, 三年半).
CN_NUMERAL_CHARS = "一二两三四五六七八九十半"
# Microsoft products whose names are ordinary English words: written in lower case in prose
# ("the head office", "excel in", "word of mouth", "access to"), they name no software; the
# résumé parser's skills (resume.skills.CASED_NAMES) and the verdict readers (match.cased) read
# them only as the product is written.
PRODUCT_WORDS = ("office", "excel", "word", "access", "outlook")
# A number as the "N years" patterns read it: digits, Chinese numerals or an English word.
NUMBER = rf"\d+(?:\.\d+)?|[{CN_NUMERAL_CHARS}]+|{EN_NUMBER_WORDS}"


def number(token: str) -> float | None:
    """A number in digits, Chinese numerals or an English word (three, twelve) as a float."""
    value = cn_number(token)
    if value is None:
        value = _EN_NUMBERS.get(token.strip().lower())
    return None if value is None else float(value)


# A level of the Common European Framework (Europass grids, "Englisch C1"): upper case, alone.
_CEFR = r"(?-i:(?<!\w)%s[12](?![\w+#]))"
# Fluency words in Chinese, English and German, strongest first: the first that matches wins.
FLUENCY: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"母语|native|mother tongue|muttersprach", re.I), "native"),
    (
        re.compile(
            r"流利|精通|熟练|fluent|fluency|flie(?:ß|ss)end|verhandlungssicher|proficien|advanced"
            r"|business|excellent|sehr gut|very good|very strong|exzellent|" + _CEFR % "C",
            re.I,
        ),
        "fluent",
    ),
    (
        re.compile(
            r"良好|标准|较好|good|gute?|intermediate|conversational|solid|熟悉|" + _CEFR % "B", re.I
        ),
        "good",
    ),
    (
        re.compile(
            r"一般|基础|基本|basic|elementary|beginner|average|grundkenntnisse|了解|" + _CEFR % "A",
            re.I,
        ),
        "basic",
    ),
]

_CLAUSE_CUT = re.compile(r"[,，;；。、/]|\b(?:and|or|und|oder)\b|和|或")
# German CVs shorten the languages to letters before their level: "(E/F verhandlungssicher, ES
# Grundkenntnisse)", "D Muttersprache, EN C1". Upper case, only right before a level word and
# apart from it ("DB2" is a database, not German at B2); I / IT only inside a list ("IT: sehr
# gut" is computing).
_CODES = {"E": "english", "EN": "english", "ENG": "english", "D": "german", "DE": "german"}
_CODES.update({"F": "french", "FR": "french", "ES": "spanish", "SP": "spanish", "I": "italian"})
_CODES.update({"IT": "italian", "RU": "russian", "PT": "portuguese"})
_CODE = "|".join(sorted(_CODES, key=len, reverse=True))
_CODE_LEVEL = (
    r"verhandlungssicher|flie(?:ß|ss)end|grundkenntnisse|muttersprache|fluent"
    r"|native|basic|business fluent|[ABC][12](?![A-Za-z0-9])"
)
# Words one of which a line of codes holds (language_hint_words): keep in step with _CODE_LEVEL.
_CODE_HINTS = ("verhandlungssicher", "fließend", "fliessend", "grundkenntnisse", "muttersprache")
_CODE_HINTS += ("fluent", "native", "basic", "a1", "a2", "b1", "b2", "c1", "c2")
LANGUAGE_CODES_RE = re.compile(
    rf"(?<![\w/&-])((?:{_CODE})(?:\s*/\s*(?:{_CODE}))*)(?:\s*[:(–-]\s*|\s+)(?i:{_CODE_LEVEL})"
)
# A German adjective of a language name ("in englischer Sprache", "englischsprachig",
# "Englischkenntnisse"): the name is a word with these endings, the adjective only before Sprache.
_WORD_REST = re.compile(r"[^\W\d_]*")
_NAME_ENDING = re.compile(r"kenntnis|sprachig|(?:e[mnrs]?)\s+(?:\w+\s+){0,3}?\w*sprach", re.I)
LANGUAGE_NAME_RE = re.compile(
    "|".join(re.escape(n) for n in sorted(LANGUAGE_NAMES, key=len, reverse=True)), re.I
)


def _banded(*bands: tuple[float, str]) -> Callable[[re.Match], str]:
    """The level of a test's score (its first group): the first band, highest first, whose
    floor it reaches, else basic."""

    def level(m: re.Match) -> str:
        score = float(m.group(1))
        return next((name for floor, name in bands if score >= floor), "basic")

    return level


# Tests that name their own level: (pattern, language, level from the match).
_TESTED = [
    (
        re.compile(r"CET\s*[-—]?\s*([46])|(?:大学)?英语\s*([四六])级", re.I),
        "english",
        lambda m: "cet-4" if (m.group(1) or m.group(2)) in ("4", "四") else "cet-6",
    ),
    (
        re.compile(r"TEM\s*[-—]?\s*([48])|专业(?:英语)?\s*([四八])级|英语专业\s*([四八])级", re.I),
        "english",
        lambda m: "tem-4" if (m.group(1) or m.group(2) or m.group(3)) in ("4", "四") else "tem-8",
    ),
    (
        re.compile(r"(?:IELTS|雅思)\s*[:：]?\s*(\d(?:\.\d)?)", re.I),
        "english",
        _banded((7, "ielts-7"), (6, "ielts-6")),
    ),
    (
        re.compile(r"(?:TOEFL|托福)\s*(?:iBT)?\s*[:：]?\s*(\d{2,3})", re.I),
        "english",
        _banded((100, "toefl-100"), (80, "toefl-80")),
    ),
    (
        # TOEIC listening and reading, by ETS's own CEFR bands: 945 C1, 785 B2, 550 B1; the score
        # is the first three-digit number after it that is no part of a date
        re.compile(r"TOEIC[^\n]{0,60}?(?<![\d.])(\d{3})(?![\d.])", re.I),
        "english",
        _banded((945, "toeic-945"), (785, "toeic-785"), (550, "good")),
    ),
    (
        re.compile(r"普通话\s*(?:水平)?(?:测试)?\s*(?:达到)?\s*([一二三])\s*级\s*([甲乙])\s*等?"),
        "mandarin",
        lambda m: str("一二三".index(m.group(1)) + 1) + "ab"["甲乙".index(m.group(2))],
    ),
    (
        re.compile(
            r"JLPT\s*[-—]?\s*N\s*([1-5])|日语\s*(?:能力)?(?:考试)?\s*N\s*([1-5])"
            r"|日语\s*([一二三四])级",
            re.I,
        ),
        "japanese",
        lambda m: "n" + (m.group(1) or m.group(2) or str(" 一二三四".index(m.group(3) or " "))),
    ),
    (
        re.compile(
            r"HSK\s*[-—]?\s*(?:level\s*)?([1-6])|汉语水平考试\s*([1-6一二三四五六])\s*级", re.I
        ),
        "chinese",
        lambda m: "hsk" + _digit(m.group(1) or m.group(2)),
    ),
]
LANGUAGE_TESTS = _TESTED  # (pattern, language, level of the match): shared with the résumé parser


def _digit(raw: str) -> str:
    return str("一二三四五六".index(raw) + 1) if raw in "一二三四五六" else raw


def bare_level(text: str) -> str | None:
    """The level a short line states on its own ("Muttersprache", "fließend", "(Good)"; up to
    48 characters where the level opens it): in a two-column language list the level is the line
    under the language. None for anything longer or naming a language itself."""
    line = text.strip(" \t:：-–()（）.,;")
    if not line or len(line) > 48 or LANGUAGE_NAME_RE.search(line):
        return None
    if len(line) > 24:  # longer only where the level opens it ("verhandlungssicher in Wort und
        # Schrift", "fluent, spoken and written")
        return next((lv for rx, lv in FLUENCY if rx.match(line)), None)
    return next((lv for rx, lv in FLUENCY if rx.search(line)), None)


def level_from_next_line(line: str, start: int, end: int, next_line: str | None) -> str | None:
    """The level the line under a language states, for a two-column list (Englisch / fließend):
    only when `line` is the language's name (at start:end) alone, so "…使用英语邮件沟通。"
    never borrows the 熟练 of "熟练使用Excel" below it."""
    if next_line is None or len(line.strip(" \t:：-–()（）.,;")) > end - start + 2:
        return None
    return bare_level(next_line)


def language_mentions(text: str) -> list[dict]:
    """Languages a text asks for or states, each {"language", "level", "start", "end"}: tests
    (CET-6, TEM-8, IELTS 6.5, 普通话二级甲等, N1, HSK5) give their level; a bare name takes the
    fluency word next to it (熟练掌握英语, fluent English, 普通话标准, Englisch fließend) or None."""
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    for pattern, language, level_of in _TESTED:
        for m in pattern.finditer(text):
            out.append(
                {"language": language, "level": level_of(m), "start": m.start(), "end": m.end()}
            )
            taken.append(m.span())
    for m in LANGUAGE_CODES_RE.finditer(text):
        codes = re.split(r"\s*/\s*", m.group(1))
        if codes[0] in ("I", "IT") and len(codes) == 1:
            continue
        level = next((lv for rx, lv in FLUENCY if rx.search(text, m.end(1), m.end())), None)
        at = m.start(1)
        for code in codes:
            at = text.index(code, at)
            out.append(
                {"language": _CODES[code], "level": level, "start": at, "end": at + len(code)}
            )
            taken.append((at, at + len(code)))
            at += len(code)
    for m in LANGUAGE_NAME_RE.finditer(text):
        word = m.group(0)
        if has_chinese(word):
            if text.startswith("大学", m.end()):  # 香港中文大学 is a school, no language
                continue
        else:
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            # Deutschkenntnisse, englischsprachig, in englischer Sprache; not Germany, Deutschland
            ending = after.isalpha() and _NAME_ENDING.match(text, m.end(), m.end() + 60)
            if before.isalpha() or (after.isalpha() and not ending):
                continue
        language = LANGUAGE_NAMES[word.lower()]
        near = [s for s in out if s["language"] == language and abs(s["start"] - m.start()) < 12]
        if near or any(a <= m.start() < b for a, b in taken):
            continue
        # wide enough for a German level word: "Verhandlungssichere Deutsch…"
        before = _CLAUSE_CUT.split(text[max(0, m.start() - 24) : m.start()])[-1]
        end = m.end()
        if not has_chinese(word):  # the level after the whole word: Englischkenntnisse sehr gut
            end += len(_WORD_REST.match(text, end).group(0))
        after = _CLAUSE_CUT.split(text[end : end + 14])[0]
        before = LANGUAGE_NAME_RE.split(before)[-1]
        after = LANGUAGE_NAME_RE.split(after)[0]  # "英语流利日语基础": 日语's level is its own
        level = next((lv for rx, lv in FLUENCY if rx.search(after)), None)  # 英语流利
        if level is None:  # 熟练掌握英语, fluent English
            level = next((lv for rx, lv in FLUENCY if rx.search(before)), None)
        out.append({"language": language, "level": level, "start": m.start(), "end": m.end()})
    out.sort(key=lambda d: d["start"])
    for prev, mention in itertools.pairwise(out):
        # one level for names joined by nothing but "and": "Fluent in German and English",
        # "Sehr gute Deutsch- und Englischkenntnisse" (both asked fluent)
        if mention["level"] is None and _SHARED_LEVEL.fullmatch(
            text, prev["end"], mention["start"]
        ):
            mention["level"] = prev["level"]
    return out


# What may stand between two languages that share the first one's level: "and" / "und" / "&"
# (after German's "Deutsch-" elision or a name's own ending: "Deutsch- und", "German and").
_SHARED_LEVEL = re.compile(r"\w{0,3}-?\s*(?:and|und|&)\s*", re.I)


# Hint words: per level and per language, lower-case strings at least one of which every span
# of level_spans / language_mentions of that level or language contains. A text holding none
# names no such degree or language, so a caller looking for one may skip the scanners for it
# (they cost ~10 µs a sentence, a str.find a fraction of that). A test needs its language's
# name or its own acronym (专业四级 its 四级); a short degree (BA in, MS of, MA (Hons)) its
# letters before in / of / a bracket. Keep in step with the patterns above.
_TEST_HINTS = {  # a test's acronym or Chinese name, by the language it certifies (_TESTED)
    "english": ("cet", "tem", "ielts", "toefl", "toeic", "雅思", "托福", "四级", "六级", "八级"),
    "japanese": ("jlpt",),
    "chinese": ("hsk",),
}
_SHORT_HINTS = {  # a short degree's letters before in / of / a bracket (_SHORT_DEGREE)
    level: {f"{d}{sep}" for d in pair for sep in (" in", " of", " (", "(")}
    | {f"{d[0]}.{d[1]}" for d in pair}
    for level, pair in (("bachelor", ("ba", "bs")), ("master", ("ma", "ms")))
}
_SHORT_HINTS["bachelor"].update(("b.e", "be "))
_SHORT_HINTS["master"].update(("m.e", "me "))
# a capitalised abbreviation's letters (named_degrees), lower-cased
_SHORT_HINTS["bachelor"].update(
    ("bsn", "bcom", "beng", "b.e.", "pharm", "b.ed", "bed", "bfa", "llb", "ll.b")
)
_SHORT_HINTS["master"].update(("msn", "meng", "pharm", "m.ed", "med", "msw", "ll.m"))
_SHORT_HINTS["associate"] = {"hnd", "hnc"}
SAME_LANGUAGE = {"chinese": "mandarin"}  # 普通话 and 中文 answer each other

# Where a language was studied, not stated: a degree in its literature or a university in a
# country that speaks it ("毕业于北京第二外国语学院英国文学专业", "毕业于新西兰梅西大学"). A recruiter
# grants such a graduate the language; Hong Kong or Singapore, where teaching may be in either
# language, say nothing of it. Each language's words, lower case: its subjects, its countries.
_STUDIED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        (
            "英国文学",
            "英美文学",
            "英语语言文学",
            "英语系",
            "英文系",
            "english literature",
            "english studies",
            "english philology",
            "anglistik",
        ),
        (
            "美国",
            "英国",
            "澳大利亚",
            "澳洲",
            "新西兰",
            "加拿大",
            "爱尔兰",
            "usa",
            "united states",
            "united kingdom",
            "uk",
            "australia",
            "new zealand",
            "canada",
            "ireland",
        ),
    ),
    "german": (
        (
            "德语语言文学",
            "德国文学",
            "德语系",
            "german literature",
            "german studies",
            "germanistik",
        ),
        ("德国", "奥地利", "germany", "deutschland", "austria", "österreich"),
    ),
    "japanese": (
        ("日语语言文学", "日本文学", "日语系", "japanese literature", "japanese studies"),
        ("日本", "japan"),
    ),
    "french": (
        ("法语语言文学", "法国文学", "法语系", "french literature", "french studies"),
        ("法国", "france", "frankreich"),
    ),
}


def _either(words: tuple[str, ...]) -> str:
    # a Latin word stands whole ("uk" is no part of "ukraine"); a Chinese one anywhere
    return "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words)


# (read the cheap way round: a subject's words by substring first; a country only in the few
# characters before a university's word — a search of one pattern through a whole résumé cost
# 150 µs a candidate)
STUDIED_SUBJECTS: dict[str, tuple[str, ...]] = {k: a for k, (a, _) in _STUDIED.items()}
STUDIED_LANGUAGE: dict[str, re.Pattern] = {
    k: re.compile(_either(subjects)) for k, (subjects, _) in _STUDIED.items()
}
STUDIED_COUNTRY: dict[str, re.Pattern] = {
    k: re.compile(_either(places)) for k, (_, places) in _STUDIED.items()
}
UNIVERSITY_WORDS = ("大学", "学院", "university", "college")
COUNTRY_BEFORE = 12  # characters at most between the country and the university's word


@cache
def level_hint_words(level: str) -> tuple[str, ...]:
    """Lower-case strings one of which every level_spans span of `level` contains."""
    words = {w.lower() for w, lv in LEVEL_WORDS.items() if lv == level}
    return tuple(sorted(words | _SHORT_HINTS.get(level, set())))


@cache
def language_hint_words(language: str) -> tuple[str, ...]:
    """Lower-case strings one of which every language_mentions span of `language` (or of the
    language SAME_LANGUAGE says answers it) contains: its names and its tests' names."""
    want = SAME_LANGUAGE.get(language, language)
    langs = {lang for lang in LANGUAGE_NAMES.values() if SAME_LANGUAGE.get(lang, lang) == want}
    words = {w.lower() for w, lang in LANGUAGE_NAMES.items() if lang in langs}
    if any(_CODES.get(code) in langs for code in _CODES):  # "E/F verhandlungssicher"
        words.update(_CODE_HINTS)
    return tuple(sorted(words | {t for lang in langs for t in _TEST_HINTS.get(lang, ())}))
