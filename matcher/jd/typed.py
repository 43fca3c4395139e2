"""Typed values of a clause: education floor, years of experience and their field, majors, and
the value lists of skills, knowledge and competencies (Chinese and English)."""

from __future__ import annotations

import re

from matcher.jd.labels import DE_HEDGES
from matcher.jd.skill_list import tag_run
from matcher.resume.skills import CASED_NAMES, SKILL_LEXICON
from matcher.vocab import (
    CN_NUMERAL_CHARS,
    EN_NUMBER_WORDS,
    LEVEL_RANK,
    level_spans,
    named_degrees,
    number,
)

_CN = f"[零{CN_NUMERAL_CHARS}]+"
# 3年以上 / 3-5年 / 两年以上 / 18个月 / 一年或以上 / 5年以下 (the first number ≤ 2 digits: not a date)
# Linear on any input: whitespace is taken whole (possessive \s*+: what follows is never
# whitespace) and only from the start of its run, a numeral only from the start of its run;
# tried at every position of a long run, each rescanned the rest (quadratic or worse).
_CN_RUN = f"(?<![零{CN_NUMERAL_CHARS}]){_CN}"
_ZH_YEARS = re.compile(
    # (not a time window: "近五年主持过…", "过去3年内")
    rf"(?:至少|不少于|不低于|最少|满)?(?<!\s)\s*+(?<!近)(?<!过去)(?P<a>(?<!\d)\d{{1,2}}(?:\.\d)?|{_CN_RUN})"
    rf"\s*+(?:年|个月|月)?\s*+"
    rf"(?:(?:[-~—～至到]|或)\s*+(?P<b>\d{{1,2}}(?:\.\d)?|{_CN}))?\s*+\+?\s*+(?P<unit>年|个月|个?月)"
    r"(?P<more>\s*+(?:或|及)?以上|\s*+以下|\s*+以内)?"
)
# a number in words restated in figures ("four (4) years", as public and hospital postings write)
_RESTATED = r"(?:\(\d{1,2}\)\s*+)?"
_EN_YEARS = re.compile(
    rf"(?P<lead>at least|a minimum of|minimum of|minimum|min\.?|more than|over|up to|less than|"
    rf"no more than|mindestens)?(?<!\s)\s*+(?P<a>\d{{1,2}}(?:\.\d)?|{EN_NUMBER_WORDS})\s*+{_RESTATED}\+?\s*+"
    rf"(?:(?:-|–|to|bis)\s*+(?P<b>\d{{1,2}}(?:\.\d)?|{EN_NUMBER_WORDS})\s*+{_RESTATED}\+?\s*+)?"
    r"(?P<unit>years?|yrs?|months?|jahre?n?|monate?n?)\b(?P<more>\s*+(?:\+|or more|and above|plus))?",
    re.I,
)
# (驾龄 / 教龄 / 工龄: years behind the wheel, in teaching, at work; not 年龄; 实职: service in a
# rank, as a crew's ad asks it: "实职大副18个月以上"; 执业: practice under a licence, "执业满3年";
# what the person did, "做过跨境电商美工1年以上")
_EXPERIENCE_WORD = re.compile(
    r"经验|经历|工作|从事|从业|担任|实职|执业|[做干]过|[驾教工]龄|experience|erfahrung|berufs", re.I
)


# A postdoc's record asked as experience ("具有博士后研究经历者优先", "1年以上海外博士后工作经历"):
# no degree floor in a JD (the résumé parser still reads a postdoc as holding a doctorate)
_POSTDOC_RECORD = re.compile(r"博士后(?=[^，,。；;]{0,8}?(?:经历|经验))")
# A stage of study when something was done ("本科或研究生阶段担任过主要学生干部", "硕士期间发表过
# SCI论文"): when, not an education floor (not "本科阶段须为全日制", a first degree's kind)
_STAGE_DONE = re.compile(
    r"(?:本科|专科|大专|硕士|博士|研究生)(?:或(?:本科|专科|大专|硕士|博士|研究生))?(?:阶段|期间)"
    r"(?=[^，,。；;]{0,6}?(?:担任|参加|参与|获得|发表|主持|从事))"
)


def education_floor(text: str) -> str | None:
    """The lowest education level a clause names (大专或本科 → associate); English 'degree' alone
    means a bachelor's degree."""
    text = _EXTENT.sub(" ", _STAGE_DONE.sub(" ", _POSTDOC_RECORD.sub("", text)))
    # (the clause is read as education already: "MSN preferred" names the nursing degree)
    levels = [lv for lv, _, _ in level_spans(text, education=True)]
    if _UNIVERSITY.search(text):  # (Taiwan's 學歷要求 大學、碩士: 大學 is the bachelor's level)
        levels.append("bachelor")
    if _SECONDARY.search(text):  # (Hong Kong's 中學會考或以上程度)
        levels.append("high_school")
    if re.search(r"\b(?:BS|BA|BSc|BEng)\b", text):
        levels.append("bachelor")
    if re.search(r"\b(?:MS|MSc|MA|MEng)\b(?=.{0,20}degree|\s*/)", text):
        levels.append("master")
    if not levels and (
        re.search(r"\bdegree\b|\bstudium\b|hochschulabschluss", text, re.I) or _STUDY.search(text)
    ):
        levels.append("bachelor")
    if not levels:
        return None
    return min(levels, key=lambda lv: LEVEL_RANK[lv])


# A clause that opens with university study, Studium in English: "Study of computer science or
# comparable training", "Completed studies in economics" (not "a case study of")
_STUDY = re.compile(
    r"^\W*(?:an?\s|a\scompleted\s|completed\s|university\s)?stud(?:y|ies)\s(?:of|in)\s", re.I
)
_DEGREE_ABBR = re.compile(r"\b(?:BS|BA|BSc|BEng|MS|MSc|MEng)\b(?=/|\s+in\b|\s+degree)")
_EDU_CONTEXT = re.compile(
    # (a student's level: "2027届硕士在读", "本科在读")
    # (South Africa's school-leaving certificate: "Grade 12 (Matric)"; England's exams, "112 UCAS
    # points from A-levels")
    r"学历|以上|毕业|文化|学位|或|优先|在读|degree|diploma|graduate|bachelor|master|phd|studium|abschluss"
    r"|matric|a-levels?",
    re.I,
)


# 大学 standing as a level of its own, not a school's name ("大学、硕士", "大学以上", Hong Kong's
# "大学学位或以上")
_UNIVERSITY = re.compile(
    r"(?:^|(?<=[、/，,\s])|(?<=要求|学历))大学(?:学位|学历|本科|毕业)?(?:或|及)?(?:以上)?(?=$|[、/，,\s])"
)

# secondary school as a floor ("中學會考或以上程度", "中学或以上学历"; not 中学教师), also as Hong
# Kong names its forms ("中五或以上程度", "中六毕业": Form 5, Form 6)
_SECONDARY = re.compile(
    r"(?:中学(?:会考|文凭试?|毕业)?|中[五六七])(?:程度|毕业)?\s*(?:或|及)以上|中[五六七](?:程度|毕业)"
    # (or grades in its public exam: "在香港中學文憑考試五科考獲第2級或以上成績")
    r"|中学(?:会考|文凭考?试?)[^，,。；;]{0,12}?(?:科|级)[^，,。；;]{0,6}?(?:或|及)以上"
    # (Malaysia's school-leaving certificates, as its Chinese papers ask them: "至少持有SPM或同等学
    # 历", "STPM或以上", the independent schools' 统考 UEC)
    r"|(?<![A-Za-z])(?:SPM|STPM|UEC)(?![A-Za-z])|独中统考"
)


# "degree" as an extent, not a school's ("at an interactive degree", "to a high degree", "a high
# degree of autonomy")
_EXTENT = re.compile(
    r"\b(?:to|at|in)\s+(?:a|an|the|some|what)(?:\s+[\w-]+){0,2}\s+degree\b"
    r"|\b(?:high|great|certain|considerable|large|significant|reasonable|strong|good)\s+degree\s+of\b",
    re.I,
)


def is_education(text: str, labelled: bool) -> bool:
    """True when the clause states an education floor, not just a word like 研究生院."""
    # a short clause that is the abbreviation ("MSN preferred") asks the degree, as does one under
    # an education label; MSN elsewhere may be the messenger
    text = _EXTENT.sub(" ", _STAGE_DONE.sub(" ", _POSTDOC_RECORD.sub("", text)))
    if _DEGREE_ABBR.search(text) or named_degrees(
        text, education=labelled or len(text.split()) <= 3
    ):
        return True
    spans = level_spans(text)
    if (_UNIVERSITY.search(text) or _SECONDARY.search(text)) and (
        labelled or _EDU_CONTEXT.search(text)
    ):
        return True
    # a degree's abbreviation in capitals (MBA, B.Tech, MCA) names the degree on its own
    if any(sum(c.isupper() for c in text[a:b]) >= 2 for _, a, b in spans):
        return True
    if _STUDY.search(text):
        return True
    if not spans and not re.search(r"\bdegree\b|studium|hochschulabschluss", text, re.I):
        return False
    return labelled or bool(_EDU_CONTEXT.search(text))


def years(text: str, english: bool) -> tuple[float | None, float | None, re.Match | None]:
    """(min_years, max_years, the match) of an experience clause; 18 months → 1.5."""
    pattern = _EN_YEARS if english else _ZH_YEARS
    for m in pattern.finditer(text):
        a = number(m.group("a"))
        b = number(m.group("b")) if m.group("b") else None
        if a is None:
            continue
        per_year = 12.0 if m.group("unit").lower().startswith(("个", "月", "mon")) else 1.0
        a, b = a / per_year, (b / per_year if b is not None else None)
        lead = (m.groupdict().get("lead") or "").lower()
        more = (m.group("more") or "").strip()
        if more in ("以下", "以内") or lead in ("up to", "less than", "no more than"):
            return None, _round(a), m
        return _round(a), (_round(b) if b is not None else None), m
    if english and (w := _DE_YEARS_WORD.search(text)):
        return (5.0 if w.group(1).lower().startswith("lang") else 2.0), None, w
    return None, None, None


# German says how long in a word: mehrjährige (several years: two at least) or langjährige (many
# years: five at least, as German postings and references use it) Berufserfahrung.
_DE_YEARS_WORD = re.compile(r"\b(mehrjährig|langjährig)\w*\s+(?:\w+\s+){0,2}?\w*erfahrung", re.I)


def _round(x: float) -> float:
    return round(x, 2)


# "experience", or years spent in / as something ("At least 5 years in a role focused on …"), or
# years of an activity ("4+ years of hands-on Java development", "10 years of hands-on work with
# …"; not "18 years of age", "2 years of college", "within 1 year of hire").
_EN_EXPERIENCE = (
    r"\bexperience\b|erfahrung|\b(?:years?|yrs)\.?\s+(?:in|as|working)\b"
    r"|\b(?:years?|yrs)\.?\+?\s+of\s+(?!age\b|(?:full[- ]time\s+|post-?secondary\s+|university\s+)?"
    r"(?:study|studies|college|university|school|schooling|education|coursework|hire|employment)\b)"
    # (or a count of years that opens the clause, before the activity spent on: "5+ years
    # substation relay testing and commissioning", "2+ yrs building dashboards in Looker"; not an
    # age, "18 years or older", "21 years old")
    r"|^\W*(?:(?:minimum|min\.?|at least|over)\s+(?:of\s+)?)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*\+?\s*"
    r"(?:years?|yrs)\.?\+?\s+(?!old\b|or\b|and\b|of\b|age\b|\d)(?=[a-z])"
)


# Work in a role, or (German) professional experience in a line of work, stated with or without
# years: "experience as a project manager", "Erfahrung als Projektleiter", "Berufserfahrung im
# IT-Support". "Work experience in CI/CD solutions, DevOps …" and "Erfahrung mit Docker" name
# skills: what proves them is the names, not the dated entries.
_ROLE_EXPERIENCE = re.compile(
    r"\bexperience\s+as\b|berufserfahrung|praxiserfahrung|erfahrung\s+als\b"
    # where the person has worked ("You've worked at an early-stage startup", "Worked in a
    # hospital setting"): experience, not a skill
    r"|(?:\b(?:have|has)|'ve|^\W*)\s*(?:previously\s+|already\s+)?worked\s+(?:at|in|for|as|with)\b",
    re.I,
)


# Experience in a field or an activity that names no tool ("Experience in quality assurance",
# "Hands-on experience with automated testing tools"): proved by work in that field, not by a
# name on the résumé. "Experience with
# Docker", "Erfahrung mit PHP" name a tool: a skill. Knowledge or interest asked first ("Knowledge
# and experience with …") stays what it is.
_HAS_EXPERIENCE = re.compile(r"\bexperience[ds]?\b|erfahrung(?:en)?\b", re.I)
_ASKED_FIRST = re.compile(
    r"^.*?\b(?:knowledge|understanding|familiar\w*|kenntnisse|wissen|interest(?:ed)?)\b.*?"
    r"(?:experience|erfahrung)",
    re.I,
)
_WORD = re.compile(r"[\w#+.]*[A-Za-z][\w#+.]*")
_GERMAN_EXPERIENCE = re.compile(r"erfahrung", re.I)
# acronyms of a field, not of a tool ("IT support", "QA", "HR", "UX research")
_FIELD_ACRONYMS = frozenset(["IT", "QA", "HR", "UX", "UI", "B2B", "B2C", "R&D"])
_LEXICON = frozenset(w for w in SKILL_LEXICON if w.isascii())
# known names that are also ordinary words: named only when written as names ("an office",
# "excel at", "spring")
# (the résumé reader's list, and a few more; "agile" lower case still names the method asked:
# read as a field, dev verdicts fell 0.853 -> 0.851)
_WORDS_TOO = (CASED_NAMES - {"agile"}) | {"unity", "illustrator", "unix", "cad", "sem"}
_LEXICON_LOWER = frozenset(w.lower() for w in _LEXICON) - _WORDS_TOO


def names_a_tool(text: str, english: bool) -> bool:
    """True when a clause names a tool, language or product: a known name, an acronym, a word
    with a capital inside, a digit or #/+ ("Docker", "AWS", "S4HANA", "C#"), or (English, where
    nouns are not capitalised as in German) a capitalised word past the first."""
    for k, word in enumerate(_WORD.findall(text)):
        word = word.strip(".")
        if not word or word in _FIELD_ACRONYMS:
            continue
        if (
            word in _LEXICON
            or word.lower() in _LEXICON_LOWER
            or re.search(r"[A-Z].*[A-Z]|\d|[#+]", word[1:])
        ):
            return True
        if english and k and word[0].isupper():
            return True
    return False


def is_field_experience(text: str, english: bool) -> bool:
    """Experience asked in a field or an activity, no tool named (see _HAS_EXPERIENCE); the
    field must be told (with none, dated entries could not be read against it)."""
    return (
        bool(_HAS_EXPERIENCE.search(text))
        and not _ASKED_FIRST.match(text)
        # (German "Erfahrung in der Softwareentwicklung" too reads as experience to a recruiter,
        # but measured on the verdict sets fresh and fresh2 it cost verdicts: the field reading
        # does not match a German field against résumé entries yet; left a skill)
        and not _GERMAN_EXPERIENCE.search(text)
        and not names_a_tool(text, english)
        and experience_field(text, None, True) is not None
    )


def is_experience(text: str, label_kind: str | None, english: bool) -> bool:
    """True for a clause about work experience (with or without a number of years)."""
    if label_kind == "experience":
        return True
    if english:
        if _ROLE_EXPERIENCE.search(text) or is_field_experience(text, english):
            return True
        return bool(re.search(_EN_EXPERIENCE, text, re.I)) and years(text, True)[2] is not None
    # (what the person has done before, "主导过至少2个成功投资案例", and the field they come from,
    # "有互联网、电商行业背景者优先", are experience too)
    # (an award won is no work done: "有Kaggle比赛获奖经历者优先")
    text = text.replace("获奖经历", "")
    if re.search(r"经验|经历|(?:主导|主持|操盘|带领|担任)过|行业背景|从业背景", text):
        return True
    m = years(text, False)[2]
    # (a count of years alone, or what a post needs of them: "店助需2年以上")
    return m is not None and (
        bool(_EXPERIENCE_WORD.search(text))
        or bool(_YEARS_ALONE.fullmatch(text[: m.start()] + "|" + text[m.end() :]))
    )


# What stands around a count of years that asks only the years: nothing, or a post and 需 / 须
# before it ("店助需2年以上", "主管岗须3年以上").
_YEARS_ALONE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,6}?(?:需|须)(?:要)?)?\s*\|[\s。；;]*")


_ZH_FIELD_TRIM = re.compile(
    r"^(?:具有|具备|拥有|有|从事过?|在)?(?:相关的?)?|(?:的|相关)?(?:工作|从业)?$"
)


# The next name of a list ("…, Java", "… or Python"): one or two words that start with a capital.
_LIST_NAME = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+)(?=[A-Z0-9.])[\w#+./-]+(?:\s[A-Z0-9][\w#+./-]*)?"
    r"(?=\s*(?:[,.;()]|\b(?:and|or)\b|$))"
)


def _with_list(text: str, start: int, end: int) -> str:
    """The field from start to end, and the names listed after it when it is itself a name
    ("experience in Ruby, Java, Python" is in all three, not in Ruby)."""
    field = text[start:end].strip()
    if len(field.split()) <= 3 and field[:1].isupper():
        while m := _LIST_NAME.match(text, end):
            end = m.end()
    return text[start:end].strip()


_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or)\s+")


def field_values(field: str | None) -> list[str]:
    """The values of an experience field: the names of a listed field ("Ruby, Java, Python"),
    else the field itself."""
    if not field:
        return []
    if "," not in field:
        # "Java or Kotlin": two names, either of which is the field
        parts = [p.strip() for p in re.split(r"\s+(?:or|oder)\s+", field)]
        if len(parts) == 2 and all(p and len(p.split()) <= 3 for p in parts):
            return parts
        return [field]
    return [v.strip() for v in _LIST_SEP.split(field) if v.strip()]


# German: what the experience is in or as ("Berufserfahrung als Projektleiter", "Erfahrung in der
# Softwareentwicklung", "Berufserfahrung im IT-Support"); an article, or "Bereich" / "Umfeld"
# ("im Bereich IT-Sicherheit"), is no part of the field.
_DE_FIELD = re.compile(
    r"erfahrung\s+(?:als|in|im|bei|mit)\s+(?:(?:der|dem|den|einer|einem|eines|einer)\s+)?"
    r"(?:(?:Bereich(?:en)?|Umfeld|Feld)\s+(?:der\s+|des\s+)?)?"
    # (the setting after the field ends it: "als Scrum Master in einem Software Entwicklungsteam")
    r"(?P<f>[^.;:()]{2,60}?)(?=\s*(?:[,.;(]|\b(?:und|oder|sowie|wünschenswert|von Vorteil"
    r"|(?:in|im|bei)\s+(?:einem|einer|eines))\b|$))",
    re.I,
)


# Roles named as alternatives after "as" / "als": every one is the field ("experience as a team
# lead, project manager or program manager", "Berufserfahrung als Projektleiter oder Teamleiter").
_ROLES = re.compile(
    r"(?:experience|erfahrung)\s+(?:as|als)\s+(?:an?\s+)?(?P<f>[^.;:()]{2,120}?\s(?:or|oder)\s+"
    r"[^.;:(),]{2,40}?)(?=\s*(?:[,.;(]|$))",
    re.I,
)


_WORKED = re.compile(
    r"\bworked\s+(?:at|in|for|as|with)\s+(?:an?\s+|the\s+)?(?P<f>[^.;:()]{2,60}?)"
    r"(?=\s*(?:[,.;(]|\b(?:and|before|previously)\b|$))",
    re.I,
)


# Words between "years of" and "experience" that say how the years were spent, not in what:
# "of" itself ("3+ years of experience"), "professional", "hands-on", "relevant" (the job's own
# field, read as such by matcher.match.field_experience).
_NO_FIELD = (
    r"(?:of\b\s*)?(?:(?:relevant|related|professional|work|working|industry|hands-on|practical|"
    r"prior|previous|proven|overall|total|solid|full-time|paid)\s*)*"
)


# Experience building software, however the software is qualified ("developing production level
# software", "building web applications", "writing commercial code"): the field is software
# development, which a developer's or software engineer's role is in, not the qualifier's words.
_BUILDING_SOFTWARE = re.compile(
    r"experience\s+(?:developing|building|writing|engineering)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:software|applications|apps|code)\b",
    re.I,
)


def experience_field(text: str, match: re.Match | None, english: bool) -> str | None:
    """What the experience is in: 3年以上客服管理经验 → 客服管理; 5 years of Java development
    experience / experience in Java development → Java development."""
    if english:
        m = _WORKED.search(text)
        if m:  # "You've worked at an early-stage startup" → early-stage startup
            return m.group("f").strip()
        m = _ROLES.search(text)
        if m:  # "as a senior SAP manager, team lead, project manager or program manager"
            return m.group("f").strip()
        m = _DE_FIELD.search(text)
        if m:
            return _with_list(text, m.start("f"), m.end("f"))
        if _BUILDING_SOFTWARE.search(text):
            return "software development"
        m = re.search(
            r"experience\s+(?:in|with|of|as|using|developing)\s+(?:an?\s+)?(?P<f>[^.;:()]{2,60}?)"
            # (a hedge ends the field: "in quality assurance preferably in the same industry")
            # (and so does a setting: "as a Scrum Master in a software team")
            r"(?=\s*(?:[,.;(]|\b(?:and|preferably|ideally|especially|particularly|including"
            r"|in an?)\b|$))",
            text,
            re.I,
        )
        if m:
            return _with_list(text, m.start("f"), m.end("f"))
        m = re.search(
            r"(?:years?|yrs?)\+?\s+(?:in|as)\s+(?P<f>[^.;:()]{2,60}?)(?=\s*(?:[,.;(]|\band\b|$))",
            text,
            re.I,
        )
        if m and "experience" not in m.group("f").lower():
            return _with_list(text, m.start("f"), m.end("f"))
        m = re.search(
            r"(?:years?|yrs?|months?)\+?\s+(?:of\s+)?(?P<f>[^.;:()]{2,60}?)\s+experience",
            text,
            re.I,
        )
        # ("3+ years of experience", "5 years of hands-on experience required": no field after
        # "experience" nor before it, only how the years were spent: arithmetic on total years,
        # like 工作经验:3-5年)
        if m and not re.fullmatch(_NO_FIELD, m.group("f").strip(), re.I):
            return re.sub(
                r"^(?:relevant|related|professional|hands-on)\s+",
                "",
                m.group("f").strip(),
                flags=re.I,
            )
        return None
    m = re.search(r"经[验验历险]|经历", text)
    end = m.start() if m else len(text)
    start = match.end() if match is not None and match.end() <= end else 0
    field = text[start:end]
    if match is not None and match.end() > end:  # 经验3年: the field comes before
        field = text[: match.start()]
    field = re.sub(r"^.*?[:：]", "", field)
    for _ in range(2):
        field = _ZH_FIELD_TRIM.sub("", field.strip()).strip()
    return field or None


_MAJOR_TAIL = re.compile(
    r"(?:等|及)?(?:相关|相近|类)?(?:的)?专业(?:优先考虑|者优先|优先|毕业|背景|出身|以上)?(?:者)?\s*$"
)
_LIST_SPLIT_ZH = re.compile(r"[、,，/／;；]|或者|或|以及|及|和|与")
# "/" splits Hibernate/SQL but not A/B, CI/CD or TCP/IP.
_LIST_SPLIT_EN = re.compile(r"[,;]|(?<=\w{3})/(?=\w{3})|\bor\b|\band\b|\boder\b|\bund\b", re.I)


# (a Scrum Master's role names no field of study: "Erfahrung als Scrum Master in einem Team";
# nor does what a degree comes with: "A first-level university degree in combination with two
# additional years of qualifying experience …")
_EN_MAJOR = re.compile(
    r"\b(?<!scrum )(?:(?:degree|studium|major|BS|MS|BA|BSc|MSc|PhD|bachelor'?s?|master'?s?)\s+"
    r"(?:in|of)|studium\s+der)\s+(?=\w)(?!(?:combination|conjunction|addition|lieu)\b)",
    re.I,
)


# A clause that is only fields of study and "or a related field" ("Computer Science Engineering or
# a related field", "Mathematics, Statistics or similar discipline"): capitalised names, then the
# tail that says they are disciplines.
_EN_FIELDS_ONLY = re.compile(
    r"^\s*[A-Z][\w&-]*(?:[ ,/]+(?:and |or )?[A-Z][\w&-]*)*,?\s+(?:or|and/or)\s+(?:an?\s+)?"
    r"(?:related|similar|equivalent|relevant|comparable)\s+(?:technical\s+)?"
    r"(?:fields?|disciplines?|subjects?|areas?(?: of study)?|majors?|degrees?)\b",
)


def is_major(text: str, label_kind: str | None, english: bool) -> bool:
    """True for a clause naming fields of study (市场营销等相关专业, degree in Computer Science,
    "Computer Science Engineering or a related field")."""
    if label_kind == "major":
        return True
    if english:
        text = _EXTENT.sub(" ", text)
        return bool(re.search(_EN_MAJOR, text) or _EN_FIELDS_ONLY.search(text))
    # (or the discipline's background: "金融、经济、理工科背景", "有理工科本科背景"; not a licence's
    # scope, "执业范围为医学影像和放射治疗专业")
    text = _LICENCE_SCOPE.sub("", text)
    return bool(
        re.search(r"专业(?:优先|毕业|背景|出身|$|者)|(?:相关|等|类)专业|科(?:本科)?背景", text)
    )


_LICENCE_SCOPE = re.compile(r"(?:执业|注册)(?:范围|类别)[^，,。；;]*")


def majors(text: str, english: bool) -> list[str]:
    """The fields of study a major clause lists."""
    if english:
        m = re.search(_EN_MAJOR.pattern + r"(?P<v>[^.;()]+)", text, re.I)
        value = m.group("v") if m else text
        value = re.sub(
            r",?\s*(?:or\s+)?(?:a\s+)?(?:related|similar|equivalent)\b.*$"
            # ("Informatik, Wirtschaftsinformatik oder eine vergleichbare Ausbildung")
            r"|,?\s*(?:oder|bzw\.?)\s+(?:eine?[nmrs]?\s+)?(?:vergleichbar|ähnlich|gleichwertig"
            r"|verwandt|entsprechend)\w*\b.*$",
            "",
            value,
            flags=re.I,
        )
        parts = _LIST_SPLIT_EN.split(value)
    else:
        value = re.sub(r"^.*?[:：]", "", text)
        value = re.split(r"[,，;；](?=[^,，;；]*(?:学历|以上学历))", value)[-1]
        # the major ends with its 专业: "法语专业毕业，能熟练使用法语" asks a language after it
        # (a list before it stays whole: "市场营销,行政管理、心理学等相关专业")
        value = re.sub(r"(专业[^,，;；]*)[,，;；].*$", r"\1", value)
        value = _MAJOR_TAIL.sub("", value.strip(" 。.;；"))
        value = re.sub(r"^(?:所学|具有|具备|有)?", "", value)
        parts = _LIST_SPLIT_ZH.split(value)
    out = []
    for part in parts:
        part = part.strip(" 。.")
        if part and part not in out and not re.fullmatch(r"相关|其他|等|以上", part):
            out.append(part)
    return out


# Verbs that introduce the things a skill or knowledge clause names.
_OBJECT_VERB = re.compile(
    r"(?:熟练(?:使用|掌握|运用|操作)?|熟悉|掌握|精通|会使用|会用|能使用|能熟练使用|使用|运用|操作|了解|理解|懂得?|"
    r"具备|具有)(?:相关的?)?"
)
_OBJECT_TAIL = re.compile(
    r"(?:运用|操作|使用|应用|进行工作|进行|的使用|等方面|软件的使用"
    r"|等(?:框架|工具|技术|软件|系统|平台|数据库|语言|开发工具)?)+$"
)
# The nice-to-have marker ends the clause, not the named thing (must is already false).
_NICE_TAIL = re.compile(r"(?:者|的)?(?:优先考虑|优先|更佳|为佳|加分|最好)$")
_LEAD_ADJ = re.compile(
    r"^(?:具备|具有|拥有|有)?(?:较强|很强|极强|良好|优秀|出色|卓越|一定|较好|扎实|突出|强烈|高度|敏锐)?的?"
)


def zh_objects(text: str, split_and: bool) -> list[str]:
    """The named things of a skill/knowledge clause: 熟悉办公软件和CRM系统 → [办公软件, CRM系统];
    对A、B、C等方面的知识 → [A, B, C]."""
    m = re.search(r"对(?P<v>.+?)(?:等)?(?:方面)?的?(?:知识|了解|认识)", text)
    chunks = [m.group("v")] if m else []
    if not chunks:
        for piece in re.split(r"[,，;；]", text):
            hits = list(_OBJECT_VERB.finditer(piece))
            if hits:
                chunks.append(piece[hits[0].end() :])
    if not chunks:
        chunks = [re.split(r"[,，;；]", text)[0]]
    splitter = _LIST_SPLIT_ZH if split_and else re.compile(r"[、,，/／;；]")
    out: list[str] = []
    for chunk in chunks:
        chunk = re.sub(r"^(?:高效|熟练|灵活|正确|准确)?地?", "", chunk)
        chunk = _NICE_TAIL.sub("", chunk.strip(" 。."))  # 办公软件者优先 → 办公软件
        chunk = _OBJECT_TAIL.sub("", chunk)
        for part in splitter.split(chunk):
            part = re.sub(r"^(?:相关的?|其他|各种|各类)", "", part.strip(" 。.")).strip()
            part = _LEAD_ADJ.sub("", part).strip() or part
            part = re.sub(r"(?<=[\u4e00-\u9fff])\d$", "", part)  # 公司文化2: a proficiency grade
            if len(part) >= 2 and part not in out:
                out.append(part)
    return out


def competency_value(text: str) -> str:
    """The ability a competency clause names: 具备较强的组织与协调能力,能够… → 组织与协调能力."""
    head = re.split(r"[,，;；。]", text)[0]
    head = re.sub(r"^.*?[:：]", "", head)
    return _LEAD_ADJ.sub("", head.strip()).strip() or head.strip()


_EN_LEAD = re.compile(
    r"^(?:(?:you\s+(?:have|are|bring|should have)|we\s+(?:expect|require)|must\s+have|strong|solid|"
    # (a hedge before what is asked: "Ideally Kotlin", "idealerweise Drupal und Wordpress")
    rf"ideally|preferably|{'|'.join(DE_HEDGES)}|"
    r"excellent|expert|advanced|good|very good|sehr gute?|gute?|solide|fundierte|proven|hands-on|deep|working|"
    r"practical|demonstrated|extensive|in-depth|basic|sound|thorough|some|a|an|the)\s+)*"
    r"(?:(?:knowledge|understanding|experience|expertise|proficiency|familiarity|skills?|background|"
    r"know-how|kenntnisse|erfahrung)\s+(?:in|with|of|using|im bereich|mit|in der|der|des)\s+"
    r"|(?:familiar|proficient|skilled|experienced|fluent)\s+(?:with|in)\s+|ability to\s+|able to\s+)?",
    re.I,
)


_EN_MID_LEAD = re.compile(
    r"^.*?\b(?:experience|knowledge|understanding|expertise|proficiency|familiarity|background|"
    r"awareness|skills?|kenntnisse|erfahrung)\s+(?:in|with|of|using|mit|im bereich)\s+",
    re.I,
)
# Three \s* around optional words, tried at every space of a run: stopped after 10 s on 2,000
# spaces. Whitespace is now taken whole, from the start of its run only.
_EN_TRAIL = re.compile(
    r"(?<!\s)\s*+(?:\b(?:experience|knowledge|skills?)\b)?\s*+(?:would be|will be|is|are)?\s*+"
    r"(?:considered\s++)?(?:an? )?(?:plus|advantage|bonus|preferred|desired|desirable|required|"
    r"necessary|prerequisites?|essential|welcomed?|(?:good |nice |great |valuable )?addition"
    r"|(?:very |highly )?(?:beneficial|useful|regarded|appreciated))\b.*$"
    r"|(?<!\s)\s*+(?:etc\.?|kenntnisse)$",
    re.I,
)
_KNOWN_TECH = re.compile(
    "|".join(re.escape(w) for w in SKILL_LEXICON if w.isascii() and len(w) > 1), re.I
)


def en_values(text: str) -> list[str]:
    """The things an English requirement names: lead-in dropped (also mid-sentence: 'a researcher
    with experience in X' → X), list split on , / and or, runs of tech names split (Java C#)."""
    value = _EN_LEAD.sub(
        "", re.sub(r"\s+", " ", text).strip(" .•-*")
    ).strip()  # one space: no backtracking
    value = re.sub(r"\((?:must|nice)[- ]to[- ]have\)|\((?:must|nice)-have\)", "", value, flags=re.I)
    tags = tag_run(value)  # "JavaSpring BootMicroservicesSQL": a job board's tags run together
    if tags:
        return tags
    out: list[str] = []
    for part in _LIST_SPLIT_EN.split(re.sub(r"[()]", ",", value)):
        part = _EN_MID_LEAD.sub("", part.strip(" .:-"))
        # a label before the names ("den folgenden Programmiersprachen: C/C++"): the names
        head, colon, tail = part.partition(": ")
        if colon and tail and len(head.split()) <= 5 and not _KNOWN_TECH.search(head):
            part = tail
        part = re.sub(
            r"^(?:e\.g\.|z\.\s?b\.|such as|including|as well as|etc\.?|(?:at least )?(?:one|any)"
            r" of(?: the following)?|either\b)\s*",
            "",
            part,
            flags=re.I,
        )
        part = _EN_TRAIL.sub("", part).strip(" .:-")
        words = part.split()
        pieces = (
            words if len(words) > 1 and all(_KNOWN_TECH.fullmatch(w) for w in words) else [part]
        )
        for piece in pieces:
            if piece and len(piece) <= 120 and piece.lower() not in {x.lower() for x in out}:
                out.append(piece)
    return out


def strip_en_lead(text: str) -> str:
    """An English/German requirement without its lead-in (solid knowledge of, sehr gute Kenntnisse mit)."""
    return _EN_LEAD.sub("", text.strip(" .•-*")).strip()
