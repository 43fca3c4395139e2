"""Experience entries (title, organisation, dates, months) from headed sections, one-line headers
and prose bios ("历任某某公司董事、总经理"), and total years with overlaps counted once."""

from __future__ import annotations

import re

from matcher.resume.dates import (
    _DATE,
    _PRESENT,
    _SINGLE_RE,
    PERIOD_RE,
    Period,
    _date_of,
    find_dates,
    find_periods,
    merged_months,
    month_str,
    start_index,
)
from matcher.resume.education import SCHOOL_RE
from matcher.vocab import CN_NUMERAL_CHARS, cn_number, has_chinese, level_spans

_ORG_SUFFIX = (
    r"股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|分行|支行|证券|信托|保险|大学|学院|"
    r"学校|医院|研究院|研究所|研究中心|中心|事务所|委员会|协会|学会|联合会|商会|基金会|厂|矿务局|局|"
    r"政府|法院|检察院|出版社|报社|电视台|党校|总社|总署|本行|本所"
)
ORG_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9（）()·&]{{0,40}}?(?:{_ORG_SUFFIX})")
_EN_ORG_RE = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|GmbH|Corp|Corporation|Company|Co\.|Group|Bank|plc|AG|S\.A\.|Agency"
    r"|Hospital|University|College|Consulting|Technologies|Solutions|Systems|Labs?)\b\.?"
)
TITLE_RE = re.compile(
    r"(?:董事长|董事|总经理|经理|总监|主管|专员|助理|顾问|工程师|经济师|会计师|审计师|律师|教授|讲师|"
    r"研究员|主任|书记|秘书|主席|委员|会长|厂长|院长|所长|局长|处长|科长|部长|行长|社长|校长|组长|"
    r"队长|站长|监事|总裁|总工|合伙人|负责人|代表|干部|职员|党员|店长|文员|会计|出纳|客服|销售|设计师|"
    r"教师|老师|编辑|记者|医生|护士|技术员|操作员|程序员|架构师|分析师|策划|翻译|实习生|组员|员|师|长)$"
    r"|\b(?:Engineer|Manager|Developer|Analyst|Consultant|Director|Assistant|Intern|Designer"
    r"|Accountant|Lead|Officer|Specialist|Teacher|Architect|Scientist|Administrator|Coordinator"
    r"|Representative|Executive|President|Supervisor|Associate|Programmer|Writer|Editor|Nurse"
    r"|Agent|Clerk|Advisor|Head|Founder|Partner|Technician|Researcher|Trainee|CEO|CTO|CFO)s?\b"
    # German titles end their compounds (Softwareentwicklerin, Projektleiter, IT-Berater)
    r"|(?:entwickler|berater|leiter|ingenieur|referent|architekt|praktikant|werkstudent|kaufmann"
    r"|kauffrau|sachbearbeiter|geschäftsführer|mitarbeiter|techniker|assistent|programmierer"
    r"|verkäufer|lehrer|betreuer|redakteur|buchhalter|trainer|dozent|administrator|manager"
    r"|analytiker|analyst|designer|spezialist|tester)(?:in|innen)?\b|angestellter?\b"
    # a German CV's function in place of a title: "Einkauf Kundenservice Buchhaltung",
    # "Projektleitung", "Stellvertretende Geschäftsführung"
    r"|(?:kundenservice|kundendienst|kundenbetreuung|einkauf|buchhaltung|vertrieb|projektleitung"
    r"|teamleitung|geschäftsführung|personalwesen|qualitätssicherung)\b",
    re.I,
)
_PREFIX = re.compile(
    r"^(?:现任|历任|曾任|先后任|先后在|先后担任|曾先后在|曾先后任|曾先后担任|担任|兼任|出任|就职于|供职于|"
    r"任职于|工作于|服务于|加盟|加入|进入|调入|调任|创办|创建|参与创立|受聘为|受聘|任职|在|于|任|至今|起|曾|并|后|兼|现|历|先后|"
    r"同时|目前|此前|其后|之后|还|亦|是|为|系|和|及|与|、)+"
)
_ORG_MORE_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{0,2}}?(?:{_ORG_SUFFIX}|系|学院|分公司|分厂)")
_WORKED_AT = re.compile(
    r"^(?:曾|现|先后|并)?(?:就职于|供职于|任职于|工作于|服务于|加入|任职|在|于(?=.*(?:工作|任职|就职)$))"
)
_WORK_TAIL = re.compile(r"(?:工作至今|工作|任职|任教|就职|供职)$")
_TITLE_TAIL = re.compile(r"(?:等职务|等职|职务|一职|之职|等)$")
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
_SPLIT = re.compile(r"\t|\s*[|｜]\s*|\s*[，,;；]\s*|\s+[-–—@]\s+|\s+(?:at|bei)\s+|\s{2,}")


def _is_org(piece: str) -> bool:
    return bool(re.search(rf"(?:{_ORG_SUFFIX})$", piece) or _EN_ORG_RE.search(piece))


# A place a header line labels: "Einsatzort: München", "Ort: Berlin", "Location: Leeds", "地点：上海"
_PLACE = re.compile(
    r"(?:einsatzort|arbeitsort)\b|(?:standort|ort|location|地点|工作地点)\s*[:：]", re.I
)


def _header(text: str) -> tuple[str | None, str | None]:
    """(title, organisation) from a header line whose dates were removed."""
    title, org, _ = _header_read(text)
    return title, org


# "Essen", "Kairo/Ägypten", "Siegen/Deutschland", "Al-khobar/Saudi Arabien": one name, or a
# "town/country" pair (at most three words a side); no digits
_NAME = r"[^\W\d_][^\s/,()\d]*"
_PLACE_PIECE = re.compile(rf"{_NAME}|{_NAME}(?: {_NAME}){{0,2}}\s*/\s*{_NAME}(?: {_NAME}){{0,2}}")


def _balanced(part: str) -> str:
    """A piece whose closing bracket the trim took keeps it: "Ingenieur (Testautomatisierung)",
    not "Ingenieur (Testautomatisierung"."""
    if part.count("(") > part.count(")"):
        return part + ")"
    if part.count("（") > part.count("）"):
        return part + "）"
    return part


def _header_read(text: str) -> tuple[str | None, str | None, bool]:
    """(title, organisation, whether the title is read by its word) from a header line whose
    dates were removed. Without a title word, another piece is the title, but not the place
    after the employer ("SQS GmbH, Kairo/Ägypten": a CV names its employer's town there)."""
    pieces = []
    for part in _SPLIT.split(text):
        part = _balanced(part.strip(" ()（）:：·-–—"))
        # "(3 years 3 months)" names nothing, nor does a place ("Einsatzort: München")
        if not part or _DURATION_LINE.fullmatch(part) or _PLACE.match(part):
            continue
        # "北京某某科技有限公司 Java开发工程师": Chinese pieces also split on single spaces
        if has_chinese(part):
            pieces += [p for p in part.split() if p]
        else:
            pieces.append(part)
    org = next((p for p in pieces if _is_org(p)), None)
    title = next((p for p in pieces if p != org and TITLE_RE.search(p)), None)
    worded = title is not None
    rest = [p for p in pieces if p not in (org, title) and len(p) > 1 and not p.isdigit()]
    if org is None and rest:
        org = rest.pop(0)
    at = pieces.index(org) + 1 if org in pieces else len(pieces)
    # right after an employer named by its suffix, one name ending the line, or there or after
    # any employer a "town/country" pair
    place = pieces[at] if at < len(pieces) else None
    if (
        place in rest
        and place[0].isupper()
        and _PLACE_PIECE.fullmatch(place)
        and ("/" in place or (_is_org(org) and at == len(pieces) - 1))
    ):
        rest.remove(place)
    if title is None and rest:
        title = rest.pop(0)
    return title, org, worded


def _entry(title, org, period: Period | None, description: str) -> dict:
    return {
        "title": title,
        "organisation": org,
        "start": period.start_text if period else None,
        "end": period.end_text if period else None,
        "months": period.months if period else None,
        "description": description,
        "_period": (period.start, period.end) if period else None,
    }


# "公司：某某公司", "Position: Engineer", "company - Example Ltd", "description - Nov 2015 - June
# 2016 …" (an export's field lines): a field name, then ":" or a spaced dash, then its value.
_FIELD = re.compile(
    r"(职位|职务|岗位|公司|单位|title|position|designation|role|rolle|company|employer"
    r"|arbeitgeber|firma|description|beschreibung)\s*(?:[:：]|-(?=\s|$)|\t)\s*(.*)",
    re.I,
)
_ORG_FIELD = {"公司", "单位", "company", "employer", "arbeitgeber", "firma"}
_TEXT_FIELD = {"description", "beschreibung"}


# A form's date fields under its employer and position ("Start time : June 2011", "End time :
# Till now", "Beginn: 03/2015", "Ende: heute"): together they are the entry's period
_WHEN_FIELD = re.compile(
    r"(start|end|beginn|ende)(?:\s*(?:time|date|datum))?\s*(?:[:：]|\t)\s*(.*)", re.I | re.S
)


def _date_field(entry: dict, which: str, value: str, today: int) -> None:
    """A start or end date field of an entry opened by its field lines; the end field, after a
    start, dates the entry (a word for today ends it today)."""
    dates = find_dates(value)
    if which in ("start", "beginn"):
        if dates:
            entry["_from"] = (dates[0][0], dates[0][1], value.strip())
        return
    start = entry.get("_from")
    present = re.search(rf"(?<!\w){_PRESENT}", value, re.I)
    if not start or not (dates or present):
        return
    s = start_index(start)
    e = today if present and not dates else start_index(dates[0])
    if e < s:
        return
    period = Period(s, e, month_str(s), month_str(e), e == today and not dates, (0, 0))
    dated = _entry(entry["title"], entry["organisation"], period, entry["description"])
    entry.clear()
    entry.update(dated)


_SEGMENT_TRIM = " \t:：,;-–—|"


def _segments(line: str, periods: list[Period]) -> list[tuple[Period, str]]:
    """The entries of a line whose dates each lead their own text: several "MM/YYYY - MM/YYYY:
    Firma, Rolle, Schwerpunkt …" run together on one line (a PDF's text lost the breaks), or one
    such date followed by its colon. Each period with the text after it up to the next period;
    [] when a period leads no text (a header with its dates at the end, two dates side by side)."""
    if not periods:
        return []
    out = []
    for p, nxt in zip(periods, [*periods[1:], None], strict=True):
        text = line[p.span[1] : nxt.span[0] if nxt else len(line)]
        if not re.search(r"[^\W\d_]", text):
            return []
        out.append((p, text.strip(_SEGMENT_TRIM)))
    if len(out) == 1 and not re.match(r"\s*[:：]", line[periods[0].span[1] :]):
        return []
    return out


def _headed(sentences: list[dict], today: int, line_of) -> list[dict]:
    """Entries of a headed experience section: a line with a period starts an entry, and so
    does an employer's field line ("company - Example Ltd") after a finished entry; the first
    period under such a field line ("description - Nov 2015 - June 2016 …") dates its entry."""
    out: list[dict] = []
    lines: dict[int, list[dict]] = {}
    for s in sentences:
        lines.setdefault(line_of(s["start"]), []).append(s)
    last_line = -2  # the last line read as dated segments
    for number, group in sorted(lines.items()):
        line_text = "\t".join(s["text"] for s in group)
        periods = find_periods(line_text, today)
        field = _FIELD.match(line_text)
        name = field.group(1).lower() if field else ""
        segments = _segments(line_text, periods)
        if periods and out and out[-1].get("_field") and not out[-1]["_period"]:
            p = periods[0]  # the period of the entry its field line opened
            # the whole line is the description, so the entry's evidence is the dated line
            out[-1] = _entry(out[-1]["title"], out[-1]["organisation"], p, line_text)
        elif segments:
            lead = line_text[: periods[0].span[0]].strip(_SEGMENT_TRIM)
            if lead and out and last_line == number - 1:
                # the wrapped end of the entry on the line above ("… Schwerpunkt Test- und" /
                # "Qualitätsmanagement   04/1996 - 10/2005: CSC, …")
                sep = " " if out[-1]["description"] else ""
                out[-1]["description"] += sep + lead
            elif lead:
                segments[0] = (segments[0][0], lead + "\t" + segments[0][1])
            for p, text in segments:
                title, org = _header(text)
                out.append(_entry(title, org, p, text.replace("\t", " ")) | {"_bare": 0})
        elif periods:
            p = periods[0]
            header = line_text[: p.span[0]] + "\t" + line_text[p.span[1] :]
            title, org, worded = _header_read(header)
            # a period alone on its line: the next lines name the entry; a header without a
            # title word or an employer: its next line may name the role or the employer
            bare = 0 if title or org else 2
            out.append(_entry(title, org, p, "") | {"_bare": bare, "_role": not bare})
            out[-1]["_worded"] = worded
        elif (when := _WHEN_FIELD.match(line_text)) and out and not out[-1]["_period"]:
            _date_field(out[-1], when.group(1).lower(), when.group(2), today)
        elif name in _ORG_FIELD and (not out or out[-1]["organisation"] or out[-1]["description"]):
            out.append(_entry(None, field.group(2).strip() or None, None, "") | {"_field": True})
        elif out and field and name not in _TEXT_FIELD:
            key = "organisation" if name in _ORG_FIELD else "title"
            out[-1][key] = out[-1][key] or field.group(2).strip() or None
        elif name in _TEXT_FIELD and not field.group(2).strip():
            continue  # "description - " with nothing after it
        elif out:
            if out[-1].get("_bare"):
                _name_entry(out[-1], line_text)
            elif out[-1].get("_role"):
                _role_line(out[-1], line_text)
            sep = " " if out[-1]["description"] else ""
            out[-1]["description"] += sep + " ".join(s["text"] for s in group)
        else:
            title, org = _header(line_text)
            if org and _is_org(org):
                out.append(_entry(title, org, None, ""))
        if segments:
            last_line = number
    return [
        {k: v for k, v in e.items() if k not in ("_field", "_bare", "_role", "_worded", "_from")}
        for e in out
        if e["_period"] or e["title"] or e["organisation"] or e["description"]
    ]


# "8 Monate", "1 Jahr 3 Monate", "2 years 6 months": a freelancer profile's length line under
# a period (GULP), which names nothing
_DURATION_LINE = re.compile(
    r"\d+\s*(?:jahre?|monate?|years?|months?|yrs?|年|个月)(?:\s*\d+\s*(?:monate?|months?|个月))?",
    re.I,
)


_LABELLED = re.compile(r"[^\W\d][\w -]{1,20}[:：]")


def _name_entry(entry: dict, line: str) -> None:
    """Title and employer of an entry whose period stood alone, from a line under it: an
    employer by its suffix, a job title by its word, else the line itself as the title (a
    project's name); a length line is skipped, a sentence ends the search."""
    line = line.strip()
    if _DURATION_LINE.fullmatch(line) or _LABELLED.match(line):  # "Einsatzort: München"
        return
    if len(line) > 80 or line.endswith(("。", ".", "；", ";")):
        entry["_bare"] = 0
        return
    entry["_bare"] -= 1
    title, org = _header(line)
    if title and TITLE_RE.search(title):  # "Software developer @ Example SRL, Sibiu"
        entry["title"] = entry["title"] or title
        entry["organisation"] = entry["organisation"] or org
    elif org and _is_org(org):
        entry["organisation"] = entry["organisation"] or org
    elif not entry["title"]:
        entry["title"] = line
    if entry["title"] and entry["organisation"]:
        entry["_bare"] = 0


def _role_line(entry: dict, line: str) -> None:
    """The line under a dated header that named no role by a title word, or no employer: a
    short line naming a role by its word is the title ("10/2010 - 11/2012  Beispiel GmbH, Siegen"
    over "Produktionsingenieur (Studentjob)"), one naming an employer by its suffix the employer.
    Only the first line: the lines below it describe the work."""
    entry["_role"] = False
    line = line.replace("\t", " ").strip()
    if (
        len(line) > 80
        or line.endswith(("。", ".", "；", ";", ":", "："))
        or _LABELLED.match(line)
        or re.match(r"[-–•●▪*·]", line)
    ):
        return
    title, org, worded = _header_read(line)
    if not entry["_worded"] and TITLE_RE.search(line):
        if entry["title"] and entry["title"] != entry["organisation"]:
            entry["description"] = entry["title"]  # the header's other piece, kept as text
        # "Senior Developer Mobile Solutions L1": a title word, though "Solutions" ends it
        entry["title"] = title if worded else line
    elif org and _is_org(org) and not (entry["organisation"] and _is_org(entry["organisation"])):
        if entry["organisation"] and not entry["title"]:
            # the header's one piece was no employer: "10/06 bis 03/07 Bachelor Praktikum …"
            # over "Beispielbank, Serres"
            entry["title"] = entry["organisation"]
        entry["organisation"] = org


def _org_at(piece: str) -> str | None:
    """The organisation a clause piece starts with: the shortest name ending in an org suffix,
    extended while the next name continues it ("华菱钢铁集团" + "有限责任公司", "兰州大学" + "经济系"),
    but not into the title after it: the name stops where the rest is a head's title rather
    than "长…" ("新疆锂盐厂" + "副厂长", not "新疆锂盐厂副厂" + "长") and an extension stops
    before a unit ("某某公司" + "证券部经理", not "某某公司证券" + "部经理"). A bare suffix of one
    character ("厂长助理") or a bare school word ("大学本科") names no organisation."""
    m = ORG_RE.match(piece)
    if not m or m.end() == 0:
        return None
    ends = [m.end()]
    while True:
        more = _ORG_MORE_RE.match(piece, ends[-1])
        if not more or more.end() == ends[-1]:
            break
        ends.append(more.end())
    for end in reversed(ends):
        rest = piece[end:]
        # "某某厂" + "厂长助理", not "某某厂厂" + "长助理"; "某某公司" + "证券部经理", not
        # "某某公司证券" + "部经理" (a unit after an extension is the title's)
        if rest.startswith("长") or (rest[:1] in _UNIT and end != ends[0]):
            continue
        break
    else:
        return None
    name = piece[:end]
    if len(name) < 2 or name in _BARE_SCHOOL:
        return None
    return name


_UNIT = set("部处科室")
_BARE_SCHOOL = {"大学", "学院", "学校", "中学"}
# Not work: a clause about schooling ("毕业于某某学院", "大学本科学历", "某某专业硕士"), an honour
# ("获“劳动模范”称号", "被评为…"), or a role given up ("不再担任", "辞去…职务").
_NOT_WORK = re.compile(
    r"毕业|就读|肄业|学历|学位|文化程度|专业(?!委员会|技术)|荣获|获得|被评为|称号|授予|获“|获\"|"
    r"不再担任|辞去|卸任|辞任|(?:无|未|没有)(?:在|担任|任)"
)
# A membership, not a job: of a committee, a party, a congress ("某某委员会委员", "中共党员",
# "人大代表", "政协常委", "专家库成员"); a chief representative of an office is a job.
_MEMBERSHIP = re.compile(r"(?:委员|常委|成员|会员|党员|团员|(?:人大|党|大会|政协)代表)$")
# A verb that puts a person in a role: before one, a bio lists who the person is ("男，1966年出生，
# 中共党员，本科学历，高级工程师"), and a title there is a professional grade, not a job held.
_ROLE_VERB = re.compile(
    r"(?<![主责信委])任(?![务何期命])|担任|受聘|聘为|就职|供职|工作|加入|加盟|进入|调入|创办|创立|创建"
)
# The role verb between an employer and its title ("在某某公司任办公室主任")
_TITLE_VERB = re.compile(r"^(?:至今|起|并|曾|现|历|先后|分别|一直|主要)*(?:担任|兼任|出任|就任|任)")
# A sentence opening with a date that is not a birth ("1966年出生", "1968年9月生")
_DATED_START = re.compile(rf"\s*(?:{_DATE})")
_BIRTH_START = re.compile(r"\s*[\d年月日./\-\s]*(?:出生|生)")
# A role verb inside a piece, after whatever came before it ("杨帆先生曾任…", "近五年主要就任…")
_INNER_VERB = re.compile(r"(?:曾任|现任|历任|先后担任|先后任|担任|出任|就任|兼任|当选为|当选)")


_NOW = re.compile(r"^(?:现任|现兼任|现担任|目前|现为|现)")
_FORMERLY = re.compile(r"^(?:并|还|亦|同时)?曾")


def _period_of(clause: str, at: int, periods: list[Period], used: set) -> Period | None:
    """The period of a clause at offset `at` of its sentence: the last one before it ("1987年-1995年
    任甲公司会计，1995年-2010年任乙公司经理"), else the sentence's first. A current role ("现任…")
    takes none that has ended; a past one ("曾任…") none running to today that already dates
    another role ("2003年至今任甲公司副总经理，曾任乙厂厂长"; `used`: the spans that date one)."""
    before = [p for p in periods if p.span[0] < at]
    period = before[-1] if before else periods[0] if periods else None
    if period and (
        (_NOW.match(clause) and not period.present)
        or (_FORMERLY.match(clause) and period.present and period.span in used)
    ):
        return None
    return period


def _prose(sentence: str, today: int, engaged: bool = False) -> tuple[list[dict], bool]:
    """(title, organisation) pairs of a bio sentence, each clause dated by _period_of, and
    whether a role verb was met by its end. Clauses about schooling, honours or roles given up
    name no work; a membership is no job; a bare title before any role verb of the sentence (or
    of the one it continues, `engaged`) is a grade ("男，1966年出生，中共党员，高级工程师"), unless
    the sentence opens with a date other than a birth ("2006/02，某某院副院长")."""
    periods = find_periods(sentence, today)
    blank = lambda m: "，" * len(m.group())  # noqa: E731 (offsets kept for the periods' spans)
    masked = _SINGLE_RE.sub(blank, PERIOD_RE.sub(blank, sentence))
    out = []
    used: set = set()  # the spans of the periods that date an entry
    org = None
    first = re.split(r"[，,；;。]", sentence, maxsplit=1)[0]
    engaged = (
        engaged
        or bool(periods)
        or bool(
            _DATED_START.match(sentence)
            and not _BIRTH_START.match(sentence)
            and not _NOT_WORK.search(first)  # "1982年毕业于某某学院，高级工程师"
        )
    )
    for found in re.finditer(r"[^，,；;。：:（）()]+", masked):
        clause = found.group().strip()
        if _NOT_WORK.search(clause):
            continue
        period = _period_of(clause, found.start(), periods, used)
        worked_at = _WORKED_AT.match(clause)
        for piece in re.split(r"[、/]|兼任|兼|及|和|与", clause):
            piece = piece.strip()
            inner = list(_INNER_VERB.finditer(piece))
            name = None
            if inner and inner[-1].start() > 0:
                before = _PREFIX.sub("", piece[: inner[-1].start()])
                if _is_org(before) and len(before) > 2:  # "某某中心担任总经理"
                    name = before
                    piece = before + piece[inner[-1].end() :]
                elif not _org_at(before):  # "杨帆先生曾任…", "近五年主要就任…"
                    piece = piece[inner[-1].end() :]
            engaged = engaged or bool(inner or _ROLE_VERB.search(piece))
            had_prefix = _PREFIX.match(piece)
            piece = _WORK_TAIL.sub("", _PREFIX.sub("", piece))
            if not piece:
                continue
            name = name if name and piece.startswith(name) else _org_at(piece)
            if name and (len(piece) > len(name) or len(name) > 2 or "本" in name):
                org = name
                title = _TITLE_TAIL.sub("", _TITLE_VERB.sub("", piece[len(name) :]))
                if title and TITLE_RE.search(title) and len(title) <= 15:
                    if not _MEMBERSHIP.search(title):
                        out.append(_entry(title, org, period, sentence))
                elif not title:
                    out.append(_entry(None, org, period, sentence))
                continue
            title = _TITLE_TAIL.sub("", piece)
            if 1 < len(title) <= 15 and TITLE_RE.search(title):
                grade = not (engaged or org) and has_chinese(title)  # an English line is as before
                if not grade and not _MEMBERSHIP.search(title):
                    out.append(_entry(title, org, period, sentence))
            elif worked_at and had_prefix and len(piece) <= 25:
                org = piece  # "就职于四川省轻工厅": an employer without a known suffix
                out.append(_entry(None, org, period, sentence))
        if period and out and out[-1]["_period"] == (period.start, period.end):
            used.add(period.span)
    return out, engaged


_EN_COUNT = r"(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?"
# "Worked as an ASM at Maruti for 10 years", "Currently working as Manager sales in Honda from
# last 5 years", "working as a nurse since 2015": a role whose length is stated, not dated.
_ROLE_STATED = re.compile(
    r"\b(?:work(?:ed|ing|s)?|employed|serv(?:ed|ing)|job)\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<title>[A-Za-z][\w .&/-]{1,40}?)"
    r"(?:\s+(?:at|in|with|for)\s+(?P<org>[A-Z][\w .&'-]{1,60}?))?\s+"
    r"(?:(?P<past>for(?:\s+(?:the\s+)?(?:last|past))?|over\s+(?:the\s+)?(?:last|past)"
    rf"|(?:from|in)\s+(?:the\s+)?(?:last|past))\s+(?:about\s+|around\s+|over\s+)?{_EN_COUNT}"
    r"\s+years?|since\s+(?P<since>(?:19|20)\d{2}))\b",
    re.I,
)
_EN_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_EN_NUMBER.update({"eight": 8, "nine": 9, "ten": 10})


def stated_roles(sentence: str, today: int) -> list[dict]:
    """Entries of English lines that state a role and how long it lasted ("worked as X for 10
    years", "working as X from last 5 years", "since 2015"): the months are the stated length; a
    role held now ("currently", "from last", "since") ends today, so its period is known."""
    out = []
    for m in _ROLE_STATED.finditer(sentence):
        if m.group("since"):
            start = int(m.group("since")) * 12
            if start > today:
                continue
            months = today - start + 1
        else:
            raw = m.group("n").lower()
            years = float(_EN_NUMBER.get(raw, 0) or raw)
            months = int(round(years * 12))
            if not 0 < months <= 600:
                continue
            start = today - months + 1
        now = bool(m.group("since")) or re.search(
            r"\b(?:current(?:ly)?|now|presently|last|past)\b", sentence[: m.end()], re.I
        )
        period = Period(start, today, "", "", True, m.span()) if now else None
        entry = _entry(
            m.group("title").strip(), (m.group("org") or "").strip() or None, period, sentence
        )
        if period:
            entry.update(start=month_str(start), end=month_str(today))
        entry["months"] = months
        out.append(entry)
    return out


def experience(sentences: list[dict], today: int, line_of) -> list[dict]:
    """Experience entries: headed experience sections, then unheaded prose (bios), then English
    lines that state a role's length when nothing is dated."""
    headed = [s for s in sentences if s["section"] == "experience" and s.get("_headed")]
    out = _headed(headed, today, line_of)
    if not any(e["_period"] for e in out):
        # A freelancer's profile lists dated projects instead of jobs ("Projekte 04/2019 -
        # 11/2019 ..."): they are the experience. Next to dated jobs, projects (often school
        # projects, or inside those jobs) add nothing.
        projects = [s for s in sentences if s["section"] == "projects" and s.get("_headed")]
        out += [e for e in _headed(projects, today, line_of) if e["_period"]]
    engaged = False
    for s in sentences:
        if not s.get("_headed") and s["section"] in ("experience", "summary", "contact"):
            found, engaged = _prose(s["text"], today, engaged)
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
        out += [e for e in _headed(loose, today, line_of) if e["_period"]]
    if not any(e["_period"] for e in out):
        # A CV that files its jobs under a school heading ("Akademischer Werdegang" over "06/17
        # bis heute Angestellter" / "Lush GmbH"): a dated entry there naming no school, degree
        # or course of study is a job.
        school = [s for s in sentences if s["section"] == "education" and s.get("_headed")]
        out += [e for e in _headed(school, today, line_of) if e["_period"] and not _schooling(e)]
    if not any(e["_period"] or e["months"] for e in out):
        for s in sentences:
            if s["section"] != "education":
                out += stated_roles(s["text"], today)
    return out


_STUDY = re.compile(
    r"stud|schul|school|ausbildung|bildung|abitur|gymnasium|kurs|course|seminar|training"
    r"|lehrgang|diplom|praktikum|internship|universit|college|hochschule|akademie|academy"
    r"|institut|学|培训",
    re.I,
)


def _schooling(entry: dict) -> bool:
    """Whether an entry's title or employer (else the start of its description) names a school, a
    degree or a course of study; what the description says of the work is not read: a tutor's
    "Nachhilfe für Studenten" is a job."""
    text = " ".join(filter(None, (entry["title"], entry["organisation"])))
    text = text or entry["description"][:80]
    return bool(SCHOOL_RE.search(text) or level_spans(text) or _STUDY.search(text))


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
