"""Dates and periods in résumé text (2015.07, 2015年7月, 07/2015, Jul 2015, 15.07.2015, 2019年至今,
2015 – present, 07/2018 bis heute, seit 07/2019, year-only ranges), months of a period, and merging
of overlapping periods."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january januar jän jänner",
            "feb february februar",
            "mar march märz mär",
            "apr april",
            "may mai",
            "jun june juni",
            "jul july juli",
            "aug august",
            "sep sept september",
            "oct october okt oktober",
            "nov november",
            "dec december dez dezember",
        ]
    )
    for m in names.split()
}
_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A year a résumé dates work by (1950-2049); the verdicts' quoted-line choice reads it too.
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"

_PRESENT = r"(?:至今|今|现在|目前|现|present|now|current|today|date|heute|jetzt|dato|aktuell|x\b)"
_MMYY = r"(?:0[1-9]|1[0-2])/\d\d(?![\d/.])"
# One date: group names say which part is which; year-only last so year+month wins.
_DATE = (
    rf"(?:(?P<y1>{YEAR})\s*(?:[./\-]|年)\s*(?P<m1>1[0-2]|0?[1-9])(?!\d)\s*月?(?:\s*\d{{1,2}}\s*日)?"
    rf"|(?P<m2>1[0-2]|0?[1-9])\s*/\s*(?P<y2>{YEAR})"
    rf"|(?P<mn>{_MONTH_NAME})\s*,?\s*(?P<y3>{YEAR})"
    # "Aug '17", "Jan ’19": a month name and a two-digit year after an apostrophe
    rf"|(?P<m6>{_MONTH_NAME})\s?['’‘]\s?(?P<y6>\d\d)(?![\d'’])"
    # German 15.06.2018 and 06.2018 (the day is dropped)
    rf"|(?:[0-3]?\d\.\s*)?(?P<m5>1[0-2]|0?[1-9])\.\s*(?P<y5>{YEAR})(?!\d)"
    rf"|(?P<y4>{YEAR})(?!\d)\s*年?"
    # German CVs' "06/17 bis heute", "09/10 bis 08/11": a month and a two-digit year, read only
    # where a range follows (never "5/15" or a fraction alone)
    rf"|(?P<m7>0[1-9]|1[0-2])/(?P<y7>\d\d)(?![\d/.])(?=\s*(?:[-–—]|bis|to)\s*(?:{_MMYY}|{_PRESENT})))"
)
# "1995年5月--2010年2月", "2010 –– 2015": a doubled dash is one separator. A PDF's text often
# loses the dash: "08/2016 06/2018" is a range too, but only between two dates that both name
# their month (or a month date and a word for today), never "2015 2016" or a day and a year.
_MONTH_END = r"(?:(?<=[/.]\d{4})|(?<=[A-Za-z.]\s\d{4})|(?<=[./]\d\d)|(?<=[./]\d)|(?<=月))"
_MONTH_NEXT = (
    r"(?=(?:[0-3]?\d\.)?(?:1[0-2]|0?[1-9])\s*[./]\s*(?:19|20)\d\d(?!\d)"
    r"|(?:19|20)\d\d\s*[./年]\s*(?:1[0-2]|0?[1-9])(?!\d)"
    rf"|{_MONTH_NAME}\s*,?\s*(?:19|20)\d\d|(?:至今|present|heute|today|now)\b)"
)
_SEP = (
    r"(?:\s*(?:[-–—－]{1,2}|~|～|至|到|to|until|till|bis(?:\s+zum)?)\s*"
    # "December 2016 / today": a slash between spaces parts two dates (a slash inside a date
    # has none: "06/2016")
    r"|\s+/\s+"
    rf"|{_MONTH_END}[ \t]+{_MONTH_NEXT})"
)
PERIOD_RE = re.compile(
    rf"(?<![\d.])(?P<start>{_DATE}){_SEP}"
    rf"(?P<end>{_DATE.replace('?P<', '?P<e')}|(?P<em8>0[1-9]|1[0-2])/(?P<ey8>\d\d)(?![\d/.])|{_PRESENT})",
    re.IGNORECASE,
)
_SINGLE_RE = re.compile(rf"(?<![\d.]){_DATE}", re.IGNORECASE)
# "seit 07/2019", "since March 2018": a period that runs to today
_SINCE_RE = re.compile(
    rf"\b(?:seit|since)\s+(?P<start>{_DATE})(?!\s*(?:-|–|—|bis|to)\s*(?:\d|{_MONTH_NAME}))", re.I
)


@dataclass(frozen=True)
class Period:
    """A span of time in a text: start/end as month indexes (year*12 + month-1), end inclusive."""

    start: int
    end: int
    start_text: str
    end_text: str
    present: bool
    span: tuple[int, int]

    @property
    def months(self) -> int:
        """Months covered, counting both end months (2015.07-2016.06 is 12)."""
        return max(0, self.end - self.start + 1)


def month_str(index: int) -> str:
    """A month index as "YYYY-MM"."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_index(iso: str) -> int:
    """ "YYYY-MM" or "YYYY-MM-DD" as a month index."""
    return int(iso[:4]) * 12 + int(iso[5:7]) - 1


def start_index(date: tuple[int, int | None]) -> int:
    """The month index a (year, month) date starts at: its month, January where none is given."""
    return date[0] * 12 + (date[1] or 1) - 1


def _century(yy: int) -> int:
    """A two-digit year ('17) in the span YEAR reads: 1950-2049."""
    return 2000 + yy if yy < 50 else 1900 + yy


def _date_of(m: re.Match, prefix: str = "") -> tuple[int, int | None] | None:
    """(year, month or None) from the groups of a _DATE match."""
    g = m.groupdict()
    for y, mo in (
        ("y1", "m1"),
        ("y2", "m2"),
        ("y3", "mn"),
        ("y6", "m6"),
        ("y5", "m5"),
        ("y7", "m7"),
        ("y8", "m8"),
        ("y4", None),
    ):
        year = g.get(prefix + y)
        if year:
            if mo is None:
                return int(year), None
            raw = g[prefix + mo].lower().rstrip(".")
            full = int(year) if len(year) == 4 else _century(int(year))
            return full, _MONTHS[raw] if raw in _MONTHS else int(raw)
    return None


# "2007年5月起", "2010年以来": a Chinese start that runs to today ("1994年起至2013年" is a range)
_QI_RE = re.compile(rf"(?<![\d.至到\-–~]){_DATE}\s*(?:起|以来)(?!\s*(?:至|到|不再))")


def find_periods(text: str, today: int) -> list[Period]:
    """Every date range in the text, in order; `today` is the month index "至今" stands for.
    A year-only start is January, a year-only end the January of that year (2015-2019 is 4 years)."""
    out = []
    matches = list(PERIOD_RE.finditer(text))
    taken = [m.span() for m in matches]
    matches += [  # "since May 2015 to June 2016" is the period, not a start to today
        m
        for pattern in (_SINCE_RE, _QI_RE)
        for m in pattern.finditer(text)
        if not any(m.start() < b and a < m.end() for a, b in taken)
    ]
    for m in sorted(matches, key=lambda m: m.start()):
        start = _date_of(m)
        if start is None:
            continue
        s = start_index(start)
        end = (
            _date_of(m, "e") if m.re is PERIOD_RE else None
        )  # "seit 07/2019", "2007年起": to today
        if end is None:
            e, present = today, True
        else:
            present = False
            e = end[0] * 12 + (end[1] - 1 if end[1] else -1)
        if end and end[1] is None and start[1] is None and e < s:
            e = s + 11  # "2015-2015": one year
        if e < s:
            continue
        out.append(
            Period(
                start=s,
                end=e,
                start_text=month_str(s),
                end_text=month_str(today if present else e + (1 if end[1] is None else 0)),
                present=present,
                span=m.span(),
            )
        )
    return out


def is_period(text: str) -> bool:
    """Whether the text is one date range and nothing else ("02/2019 - 05/2019", "seit 07/2019",
    "07/2018 bis heute")."""
    text = text.strip()
    return bool(PERIOD_RE.fullmatch(text) or _SINCE_RE.fullmatch(text))


def find_dates(text: str) -> list[tuple[int, int | None, tuple[int, int]]]:
    """Every single date: (year, month or None, span)."""
    out = []
    for m in _SINGLE_RE.finditer(text):
        date = _date_of(m)
        if date:
            out.append((date[0], date[1], m.span()))
    return out


def merged_months(periods: list[tuple[int, int]]) -> int:
    """Months covered by inclusive (start, end) periods, overlaps counted once."""
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(periods):
        if cur_e is None or s > cur_e + 1:
            if cur_e is not None:
                total += cur_e - cur_s + 1
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s + 1
    return total
