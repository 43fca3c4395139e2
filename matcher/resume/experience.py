"""Experience entries (title, organisation, dates, months), read from headed sections and
one-line headers (matcher.resume.work_sections) and from prose bios (matcher.resume.work_prose,
"历任某某公司董事、总经理"), and total years with overlaps counted once."""

from __future__ import annotations

import re

from matcher.resume.dates import _DATE, _date_of, merged_months, start_index
from matcher.resume.work_prose import prose_entries, stated_roles
from matcher.resume.work_sections import headed_entries, is_schooling
from matcher.vocab import CN_NUMERAL_CHARS, cn_number

# A number only from the start of its run (the lookbehinds): tried at every digit of a long run,
# \d+ rescanned the rest of it, quadratic (20 KB of digits: 31 s); whitespace is taken whole
# (possessive) where what follows cannot be whitespace.
_YEARS_STATED = re.compile(
    rf"((?<!\d)\d+(?:\.\d+)?|(?<![{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]+)"
    r"\s*+(?:\+|多)?\s*+年(?:以上|多)?(?:的)?"
    r"(?:[\u4e00-\u9fff]{0,8})?(?:工作|从业|相关|行业|管理|开发|销售)?经验"
    r"|(?<!\d)(\d+(?:\.\d+)?)\+?\s*+years?(?:'|’)?\s++(?:of\s++)?(?:\w+\s++){0,3}?experience",
    re.I,
)
# The start of a career or of the current job, which runs to today without saying so:
# "1981年7月参加工作", "1979年在某厂参加工作", "1995年10月进入本公司工作", "2005年起任本公司董事",
# "于2000年加入中国平安，历任…",
# "自1991年起至今" (but not "1994年起至2013年"), "working since 2003", "1998年…创立…",
# "started my career in 2004", "joined as a sales associate in 2010".
# Bounded gaps only ({0,20}), so the scan stays linear on any input.
_CLAUSE_GAP = r"[^，,。；;\n]{0,20}?"
_CAREER_START = re.compile(
    rf"(?<![\d.至到\-–~])(?:{_DATE})\s*(?:起(?!\s*至\s*(?:19|20)\d{{2}})|开始|以来)"
    rf"|(?<![\d.至到\-–~])(?:{_DATE.replace('?P<', '?P<c')})"
    rf"(?:{_CLAUSE_GAP}(?:参加(?:革命)?工作|开始工作)|\s*(?:进入{_CLAUSE_GAP}工作"
    rf"|加入{_CLAUSE_GAP}(?:公司|集团|银行|本行|本所|(?=[，,。；;\n]))|入职))"
    rf"|\b(?:working|employed|career)\s+(?:since|from)\s+(?:{_DATE.replace('?P<', '?P<w')})"
    # a founder's career runs from the founding: "1998年…一起创立某某公司，现任…"
    rf"|(?<![\d.至到\-–~])(?:{_DATE.replace('?P<', '?P<f')}){_CLAUSE_GAP}(?:创立|创办|创建)"
    rf"|\b(?:started\s+(?:my|his|her)\s+career|joined\s+as\s+an?\s+[\w ]{{1,30}}?)"
    rf"\s+in\s+(?:{_DATE.replace('?P<', '?P<s')})",
    re.I,
)
_CN_COUNT = r"(?<![\d.])(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})\s*(?:多|余)?\s*年"
# A stated total that _YEARS_STATED (…经验) does not read: "拥有20年证券行业从业经历",
# "从事财务工作二十余年".
_YEARS_CAREER = re.compile(
    rf"{_CN_COUNT}(?:以上|多)?的?[^，,。；;\n\d]{{0,12}}?(?:从业|工作|管理|行业|执业|职业)经历"
    rf"|从事[^，,。；;\n]{{1,15}}?(?:工作|行业|管理)(?:达|已|近|超过)?{_CN_COUNT}"
)


def experience(sentences: list[dict], today: int, line_of) -> list[dict]:
    """Experience entries: headed experience sections, then unheaded prose (bios), then English
    lines that state a role's length when nothing is dated."""
    headed = [s for s in sentences if s["section"] == "experience" and s.get("_headed")]
    out = headed_entries(headed, today, line_of)
    if not any(e["_period"] for e in out):
        # A freelancer's profile lists dated projects instead of jobs ("Projekte 04/2019 -
        # 11/2019 ..."): they are the experience. Next to dated jobs, projects (often school
        # projects, or inside those jobs) add nothing.
        projects = [s for s in sentences if s["section"] == "projects" and s.get("_headed")]
        out += [e for e in headed_entries(projects, today, line_of) if e["_period"]]
    engaged = False
    for s in sentences:
        if not s.get("_headed") and s["section"] in ("experience", "summary", "contact"):
            found, engaged = prose_entries(s["text"], today, engaged)
            out += found
            # a list of roles runs on over sentences ending in "；" or "、", not past a full stop
            engaged = engaged and not s["text"].rstrip().endswith(("。", "."))
        else:
            engaged = False
    if not any(e["_period"] for e in out):
        # A résumé whose dated jobs stand before any heading ("July, 2015 - present / Java
        # Developer @ Example"): its lines outside school and contact read as a headed list.
        loose = [
            s
            for s in sentences
            if not s.get("_headed") and s["section"] not in ("education", "contact")
        ]
        out += [e for e in headed_entries(loose, today, line_of) if e["_period"]]
    if not any(e["_period"] for e in out):
        # A CV that files its jobs under a school heading ("Akademischer Werdegang" over "06/17
        # bis heute Angestellter" / "Lush GmbH"): a dated entry there naming no school, degree
        # or course of study is a job.
        school = [s for s in sentences if s["section"] == "education" and s.get("_headed")]
        out += [
            e
            for e in headed_entries(school, today, line_of)
            if e["_period"] and not is_schooling(e)
        ]
    if not any(e["_period"] or e["months"] for e in out):
        for s in sentences:
            if s["section"] != "education":
                out += stated_roles(s["text"], today)
    return out


def career_start(text: str) -> int | None:
    """The month index of the earliest stated start of a career or current job, if any."""
    starts = []
    for m in _CAREER_START.finditer(text):
        date = next(filter(None, (_date_of(m, p) for p in ("", "c", "w", "f", "s"))), None)
        if date:
            starts.append(start_index(date))
    return min(starts) if starts else None


def stated_years(text: str) -> float | None:
    """The largest total of years the résumé states ("5年工作经验", "20年从业经历")."""
    values = []
    for pattern in (_YEARS_STATED, _YEARS_CAREER):
        for m in pattern.finditer(text):
            value = cn_number(next((g for g in m.groups() if g), ""))
            if value is not None and 0 < value <= 60:
                values.append(value)
    return max(values) if values else None


def total_years(entries: list[dict], text: str, today: int | None = None) -> float | None:
    """Years of experience: the largest of the dated entries merged (overlaps once), the time
    since a stated career start ("1981年7月参加工作", to `today`), and a stated total."""
    found = []
    periods = [e["_period"] for e in entries if e["_period"]]
    loose = sum(e["months"] or 0 for e in entries if not e["_period"])  # a stated length only
    if periods or loose:
        found.append(round((merged_months(sorted(set(periods))) + loose) / 12, 1))
    start = career_start(text) if today is not None else None
    if start is not None and start <= today:
        found.append(round((today - start + 1) / 12, 1))
    stated = stated_years(text)
    if stated is not None:
        found.append(stated)
    return max(found) if found else None
