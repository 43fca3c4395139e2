"""Where a posting asks under no heading the parser knows: a first section of numbered points
that ask (本科学历, 两年以上经验, 熟悉…), a Chinese duties list whose last points turn to what the
candidate brings, and a Chinese description that asks in prose (我们希望你…)."""

from __future__ import annotations

import re

from matcher.jd.boilerplate import DUTY, asks_something
from matcher.jd.labels import CIRCLED_NUMBERS
from matcher.jd.prose import zh_prose_asks
from matcher.jd.sections import Section, split_items
from matcher.jd.split import language_of


def asked_sections(sections: list[Section], body: str) -> list[Section]:
    """The sections of a posting with what asks under no known heading cut out as
    qualifications (see the module's docstring)."""
    if sections and not any(s.kind in ("duties", "qualifications") for s in sections):
        sections = [*_headless(sections[0]), *sections[1:]]
    # a Chinese duties list whose last points ask what the candidate brings ("4.法学本科及以上学历；
    # 5.3年以上企业法务经验…"): those points are its requirements
    sections = [part for section in sections for part in _asked_tail(section)]
    # a Chinese description that asks in prose ("我们希望你本科及以上学历，…") and lists nothing
    if language_of(body) == "zh" and not any(s.kind == "qualifications" for s in sections):
        sections = [part for section in sections for part in zh_prose_asks(section)]
    return sections


# A line that opens a point (1. 2、 ① - •): a run of them under no heading lists duties, while
# a header of field lines (Titel / Beginn / sofort / Einsatzort) is no list of duties. The
# indentation stays on its line: across blank lines every line start rescanned the rest.
_POINT = re.compile(
    r"^[^\S\n]*+(?:\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|["
    + CIRCLED_NUMBERS
    + r"]|[-•·*▪●]\s)",
    re.M,
)

# Point 1 of a numbered list run into a line ("外贸业务员 1.英语六级以上…2.两年以上…").
_FIRST_POINT = re.compile(r"(?<![\d.．])1\s*[.．、](?!\d)")


_NUMBER_BEFORE = re.compile(r"\d{1,2}\s*[.．、)）]\s*$")


def _headless(first: Section) -> list[Section]:
    """The first section of a posting under no duties or qualifications heading: numbered points
    of which most ask something of the candidate (本科学历, 两年以上经验, 熟悉…) are its
    qualifications, from point 1 on; other points on lines of their own list duties."""
    if first.heading:
        return [first]
    start = _FIRST_POINT.search(first.text)
    if start is not None:
        points = split_items(first.text[start.start() :])
        # a board that lists no headings may still put the duties first ("1.负责仓库物料收发…
        # 2.定期盘点… 3.熟练使用ERP系统… 4.高中以上学历…"): they stay duties
        lead = next((k for k, p in enumerate(points) if not DUTY.match(p)), len(points))
        asked = points[lead:]
        if len(asked) >= 2 and sum(map(asks_something, asked)) * 2 > len(asked):
            cut = _point_at(first.text, start.start(), points, lead)
            before = first.text[: start.start()].strip()
            out = [Section("summary", "", before)] if before else []
            if cut > start.start():
                out.append(Section("duties", "", first.text[start.start() : cut]))
            return [*out, Section("qualifications", "", first.text[cut:])]
    if len(_POINT.findall(first.text)) >= 2:
        # A posting of points under no heading ("客服专员岗位职责\n1. …\n2. …") lists duties.
        return [Section("duties", "", first.text)]
    return [first]


# What a requirements list opens with: an education floor or years of experience ("本科及以上学历",
# "3年以上…经验", "两年以上…经验").
_TYPED_OPENER = re.compile(
    r"^[^，,。；;]{0,8}?(?:学历|(?:中专|高中|大专|专科|本科|硕士|研究生|博士)(?:及|或)?以上"
    r"|(?:\d{1,2}|[一二两三四五六七八九十])\s*年(?:及|或)?以上[^，,。；;]{0,20}经[验历])"
)


def _asked_tail(section: Section) -> list[Section]:
    """A Chinese duties section whose numbered points turn, after the duties (the first opens
    with one, none asks anything), to what is asked of the candidate, cut in two: the duties, then
    (from the point that states a degree or years of experience) its qualifications, when two
    points or more from there on ask something and no duty follows."""
    if section.kind != "duties" or language_of(section.text) != "zh":
        return [section]
    start = _FIRST_POINT.search(section.text)
    if start is None:
        return [section]
    points = split_items(section.text[start.start() :])
    lead = next((k for k, p in enumerate(points) if k and _TYPED_OPENER.match(p)), None)
    if lead is None or not DUTY.match(points[0]) or any(map(asks_something, points[:lead])):
        return [section]
    # (the page's field lines and buttons may follow: "职能类别：…", but no duty)
    run = next((k for k in range(lead, len(points)) if not asks_something(points[k])), len(points))
    if run - lead < 2 or any(map(DUTY.match, points[run:])):
        return [section]
    cut = _point_at(section.text, start.start(), points, lead)
    if cut <= start.start():
        return [section]
    return [
        Section("duties", section.heading, section.text[:cut].strip(), section.must),
        Section("qualifications", "", section.text[cut:].strip(), section.must),
    ]


def _point_at(text: str, start: int, points: list[str], k: int) -> int:
    """Where point k of the points read from text[start:] begins, its number included (start
    for the first: the numbering tells "2.3年以上" from 2.3 years only when it counts on)."""
    if not k:
        return start
    at = start
    for point in points[: k + 1]:
        found = text.find(point, at)
        if found < 0:
            return start  # (a point split_items rewrote: the list is read whole)
        at = found
    number = _NUMBER_BEFORE.search(text, max(start, at - 6), at)
    return number.start() if number else at
