"""Work entries from a CV's headed sections: a line with a period starts an entry, its header
split into title, employer and place; a form's field lines ("Company: …", "Position: …",
"Start time: …"); a period alone on its line named by the lines under it; several dated entries
run together on one line; and whether a dated entry under a school heading is schooling."""

from __future__ import annotations

import re

from matcher.resume.dates import (
    _PRESENT,
    Period,
    find_dates,
    find_periods,
    month_str,
    start_index,
)
from matcher.resume.education import SCHOOL_RE
from matcher.resume.work_names import TITLE_RE, is_org, work_entry
from matcher.vocab import has_chinese, level_spans

_SPLIT = re.compile(r"\t|\s*[|｜]\s*|\s*[，,;；]\s*|\s+[-–—@]\s+|\s+(?:at|bei)\s+|\s{2,}")


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
    org = next((p for p in pieces if is_org(p)), None)
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
        and ("/" in place or (is_org(org) and at == len(pieces) - 1))
    ):
        rest.remove(place)
    if title is None and rest:
        title = rest.pop(0)
    return title, org, worded


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
    dated = work_entry(entry["title"], entry["organisation"], period, entry["description"])
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


def headed_entries(sentences: list[dict], today: int, line_of) -> list[dict]:
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
            out[-1] = work_entry(out[-1]["title"], out[-1]["organisation"], p, line_text)
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
                out.append(work_entry(title, org, p, text.replace("\t", " ")) | {"_bare": 0})
        elif periods:
            p = periods[0]
            header = line_text[: p.span[0]] + "\t" + line_text[p.span[1] :]
            title, org, worded = _header_read(header)
            # a period alone on its line: the next lines name the entry; a header without a
            # title word or an employer: its next line may name the role or the employer
            bare = 0 if title or org else 2
            out.append(work_entry(title, org, p, "") | {"_bare": bare, "_role": not bare})
            out[-1]["_worded"] = worded
        elif (when := _WHEN_FIELD.match(line_text)) and out and not out[-1]["_period"]:
            _date_field(out[-1], when.group(1).lower(), when.group(2), today)
        elif name in _ORG_FIELD and (not out or out[-1]["organisation"] or out[-1]["description"]):
            out.append(
                work_entry(None, field.group(2).strip() or None, None, "") | {"_field": True}
            )
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
            if org and is_org(org):
                out.append(work_entry(title, org, None, ""))
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
    elif org and is_org(org):
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
    elif org and is_org(org) and not (entry["organisation"] and is_org(entry["organisation"])):
        if entry["organisation"] and not entry["title"]:
            # the header's one piece was no employer: "10/06 bis 03/07 Bachelor Praktikum …"
            # over "Beispielbank, Serres"
            entry["title"] = entry["organisation"]
        entry["organisation"] = org


_STUDY = re.compile(
    r"stud|schul|school|ausbildung|bildung|abitur|gymnasium|kurs|course|seminar|training"
    r"|lehrgang|diplom|praktikum|internship|universit|college|hochschule|akademie|academy"
    r"|institut|学|培训",
    re.I,
)


def is_schooling(entry: dict) -> bool:
    """Whether an entry's title or employer (else the start of its description) names a school, a
    degree or a course of study; what the description says of the work is not read: a tutor's
    "Nachhilfe für Studenten" is a job."""
    text = " ".join(filter(None, (entry["title"], entry["organisation"])))
    text = text or entry["description"][:80]
    return bool(SCHOOL_RE.search(text) or level_spans(text) or _STUDY.search(text))
