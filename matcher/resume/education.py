"""Education entries (level, school, major, dates) and the highest level."""

from __future__ import annotations

import re

from matcher.resume.dates import PERIOD_RE, find_dates, find_periods
from matcher.vocab import LEVEL_RANK, has_chinese, level_spans

# A capitalised word before "University" is at most 41 characters: unbounded, every capital of a
# long run of letters scanned the rest of it for the space after the word (quadratic).
SCHOOL_RE = re.compile(
    r"[\u4e00-\u9fff（）()·A-Za-z]{0,30}?(?:职业技术学院|大学|学院|学校|中学|高中|党校|研究生院|分校)"
    r"|(?:University|College|Institute|School|Academy) of(?: (?:[A-Z][\w&'.-]*|and|of|the)){1,6}"
    r"|(?:[A-Z][\w&'.-]{0,40}\s){1,5}(?:University|College|Institute of Technology|Institute|Polytechnic"
    r"|School of [A-Z]\w+|School|Academy)"
)
_SCHOOL_PREFIX = re.compile(
    r"^.*?(?:毕业于|就读于|肄业于|结业于|进修于|学习于|考入|就读|毕业|现任|曾任|历任|在|于|获得|获|赴|从|入"
    r"|—|-)"
)
_FIELD = re.compile(
    r"(学历|最高学历|学位|毕业院校|毕业学校|院校|学校|专业|所学专业|degree|school|university|major)"
    r"\s*[:：]\s*([^\t|，,;；]+)",
    re.I,
)
_MAJOR_RE = re.compile(
    r"(?:专业[:：]?\s*)([\u4e00-\u9fffA-Za-z（）()]{2,20})|([\u4e00-\u9fff]{2,15})专业"
    r"|(?:major(?:ing)?\s*(?:in|:)\s*|(?:degree|bachelor|master|b\.?sc|m\.?sc|ba|ma|mba|phd)[’'s]*"
    r"(?:\s+of\s+\w+)?\s+in\s+)([A-Z][A-Za-z&]*(?:\s+(?:[A-Z][A-Za-z&]*|and|of)){0,5})",
    re.I,
)
_NOISE = re.compile(
    r"^(?:学历|学位|统招|全日制|非全日制|在职|(?:毕业|就读|肄业)于?|现任|曾任|历任|.*学院|本科|硕士|博士|大专|专科|学士|研究生|gpa.*|"
    r"\d.*|主修.*|课程.*|.*学历|.*学位)$",
    re.I,
)
_NO_EDU_SECTIONS = {"skills", "languages", "certificates", "projects"}


def _school(text: str) -> str | None:
    for m in SCHOOL_RE.finditer(text):
        value = m.group(0)
        if has_chinese(value):
            value = _SCHOOL_PREFIX.sub("", value) if _SCHOOL_PREFIX.match(value) else value
            value = re.sub(r"^[（()）·年月]+", "", value)  # "1999年上海财经大学"
            if len(value) < 3 or value in ("大学", "学院", "学校", "中学", "高中", "本科院校"):
                continue
        return value.strip()
    return None


# Everything up to a school or department a major was read with ("毕业于吉林大学" + "数量经济学",
# "兰州商学院" + "会计", "某某大学动力工程系" + "热能工程"); "系统工程" is a field.
_UP_TO_SCHOOL = re.compile(r"^.*(?:大学|学院|学校|研究生院|分校|系(?!统))")
_CLAUSE = re.compile(r"[，。；;：:]")


def _major(text: str, school: str | None) -> str | None:
    m = _MAJOR_RE.search(text)
    if m:
        value = next(g for g in m.groups() if g).strip()
        if has_chinese(value):
            value = _UP_TO_SCHOOL.sub("", value) or value
        if not level_spans(value):
            return value
    if school is None:
        return None
    # "西安交通大学管理学博士", "某某大学法律硕士": the field between a school and its degree
    m = re.search(re.escape(school) + r"([\u4e00-\u9fff]{2,12}?)(?:博士|硕士|学士)", text)
    if m and not level_spans(m.group(1)) and not re.search(r"[及和与]", m.group(1)):
        return m.group(1)
    # a table row or line "北京大学 计算机科学与技术 本科": the piece that is neither school,
    # date nor level; in a prose sentence only the school's own clause is such a row (the
    # clauses around it name the person, a party or a job: "杨某某女士，…，毕业于某某大学")
    if _CLAUSE.search(text):
        text = next((c for c in _CLAUSE.split(text) if school in c), text)
    rest = PERIOD_RE.sub(" ", text).replace(school, " ")
    for piece in re.split(r"\s+|[|｜,，/、]", rest):
        piece = piece.strip("（）() ")
        plausible = has_chinese(piece) or piece.istitle()
        fits = 2 <= len(piece) <= 20 and not _NOISE.match(piece) and not level_spans(piece)
        if plausible and fits:
            return piece
    return None


def _entry(text: str, today: int) -> dict:
    levels = [lv for lv, _, _ in level_spans(text)]
    level = max(levels, key=LEVEL_RANK.__getitem__) if levels else None
    school = _school(text)
    periods = find_periods(text, today)
    start = end = None
    if periods:
        start, end = periods[0].start_text, periods[0].end_text
    else:
        dates = find_dates(text)
        if dates:
            year, month, _ = dates[-1]
            end = f"{year:04d}-{month or 7:02d}" if month else f"{year:04d}-07"
    return {
        "level": level,
        "school": school,
        "major": _major(text, school),
        "start": start,
        "end": end,
        "text": text,
    }


def _fields(sentences: list[dict]) -> dict | None:
    """A "学历：本科 / 毕业院校：… / 专业：…" block as one entry."""
    found: dict[str, str] = {}
    texts = []
    for s in sentences:
        for m in _FIELD.finditer(s["text"]):
            key = m.group(1).lower()
            kind = "major" if key in ("专业", "所学专业", "major") else "level"
            if key in ("毕业院校", "毕业学校", "院校", "学校", "school", "university"):
                kind = "school"
            if kind not in found:
                found[kind] = m.group(2).strip()
                texts.append(s["text"])
    if not found:
        return None
    levels = [lv for lv, _, _ in level_spans(found.get("level", ""))]
    return {
        "level": max(levels, key=LEVEL_RANK.__getitem__) if levels else None,
        "school": found.get("school"),
        "major": found.get("major"),
        "start": None,
        "end": None,
        "text": " ".join(dict.fromkeys(texts)),
    }


def _groups(sentences: list[dict], line_of) -> list[str]:
    """Texts of education entries: in the education section a new entry starts on a line with a
    period or a school once the current one has one; elsewhere each sentence naming a degree."""
    groups: list[list[dict]] = []
    has_anchor = False
    last_line = None
    for s in sentences:
        if s["section"] == "education":
            anchor = bool(PERIOD_RE.search(s["text"]) or _school(s["text"]))
            same_line = line_of(s["start"]) == last_line
            if not groups or (anchor and has_anchor and not same_line):
                groups.append([])
                has_anchor = False
            groups[-1].append(s)
            has_anchor = has_anchor or anchor
            last_line = line_of(s["start"])
        elif s["section"] not in _NO_EDU_SECTIONS and level_spans(s["text"]):
            # a "学历：本科" field is the field block's; a degree named elsewhere in the line is not
            if level_spans(_FIELD.sub(" ", s["text"])):
                groups.append([s])
                has_anchor = True
            last_line = None
    return [" ".join(x["text"] for x in g) for g in groups]


def education(sentences: list[dict], today: int, line_of) -> list[dict]:
    """Education entries in résumé order (only entries with a level, school or dates)."""
    out = []
    for text in _groups(sentences, line_of):
        entry = _entry(text, today)
        if entry["level"] or entry["school"]:
            out.append(entry)
    block = _fields(sentences)
    if block:
        twin = next((e for e in out if block["school"] and e["school"] == block["school"]), None)
        if twin:
            for key in ("level", "major"):
                twin[key] = twin[key] or block[key]
        else:
            out.insert(0, block)
    return out


def highest_level(entries: list[dict]) -> str | None:
    """The highest level among the entries."""
    levels = [e["level"] for e in entries if e["level"]]
    return max(levels, key=LEVEL_RANK.__getitem__) if levels else None
