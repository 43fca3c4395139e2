"""Sections of one posting by their headings (Chinese and English; inline, numbered 一、 1. ①, or
on a line of their own) and the items of a section (numbered points, bullets, sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from matcher.jd.boilerplate import ZH_PAGE_FIELDS
from matcher.jd.clause_breaks import AFTER_ABBREVIATION
from matcher.jd.headings import PICTO_BULLETS, find_headings, heading_kind
from matcher.jd.labels import CIRCLED_NUMBERS
from matcher.vocab import EN_NUMBER_WORDS

SECTION_KINDS = ("summary", "duties", "qualifications", "other")


@dataclass
class Section:
    """A section: its kind, the heading as written, its text and whether its items are musts."""

    kind: str
    heading: str
    text: str
    must: bool = True


def split_sections(text: str) -> list[Section]:
    """The posting's sections in order; text before the first heading is the summary."""
    heads = find_headings(text)
    sections: list[Section] = []
    first = heads[0][0] if heads else len(text)
    if text[:first].strip():
        sections.append(Section("summary", "", text[:first].strip()))
    for k, (_start, end, word) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        kind, must = heading_kind(word)
        # (the 】 of "…。【任职要求】1.…", and the 【 of the next heading: "…证书 【联系顾问】")
        body = text[end:stop].strip().lstrip(":：*】").rstrip("【").strip()
        # (the number of the next heading left on its own: "二、", "（一）")
        body = re.sub(
            r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*$",
            "",
            body,
        )
        sections.append(Section(kind, word, body, must))
    return sections


# Item boundaries: numbered points (1. 2、 ① (1)), bullets, sentence ends, line ends. A marker
# takes no whitespace before it (the pieces are stripped): a leading \s* made every position of
# a run of spaces scan the rest of the run, quadratic in its length (20 KB of spaces: 24 s).
# (A dash between two times, days or amounts is a range, no bullet: "Tuesday - Saturday, 10:00
# AM - 7:00 PM", "$20.00 - $24.00", "December 2027 - June 2028".)
_RANGE_DASH = (
    r"(?:(?<=\d\s)|(?<=[AaPp][Mm]\s)|(?<=day\s))[-–]\s+"
    r"(?:[$€£]?\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
# Not right after a number in words (lookbehinds of one width each, as re requires).
_AFTER_NUMBER_WORD = "".join(
    f"(?<!{w} )(?<!{w.capitalize()} )(?<!{w.upper()} )" for w in EN_NUMBER_WORDS.split("|")
)
# What a hyphen glued to it opens as an item: a capitalised word, or a count of years ("-5+ years
# substation relay testing")
_HYPHENED_ITEM = r"[A-Z]|\d{1,2}(?:\+|\s*(?:years?|yrs)\b)"
# A hyphen glued to the item it opens after a space, where a scraper joined a list's lines ("…
# and one-lines -NETA Level III certification preferred -Valid DL …"): a bullet where two of them
# or more run on (not one stray hyphen before a word, "ESB -Routen", nor a range's, "3 -5 years")
_GLUED_HYPHEN = re.compile(rf"(?<=[^\s\d])\s+-(?={_HYPHENED_ITEM})")
_ITEM_BREAK = re.compile(
    # (a point numbered in words after a clause's end, where a line break was lost: "…血糖；
    # 二、持…证书")
    r"(?<=[。;；!！?？])\s*[一二三四五六七八九十]{1,2}、[^\S\n]*(?=[^\s，,。；;：:])"
    r"|\n+|(?<=[。;；!！?？])\s*"
    # a person specification's row ends at its column mark ("… induction | Essential A degree …")
    r"|(?:(?<=\| Essential)|(?<=\| Desirable))\s+(?=[A-Z])"
    # Naukri's note after its Key Skills tags ("… Order To Cash Skills highlighted with '*' are
    # preferred keyskills") is page chrome between items, no item
    r"|(?<!\s)\s*Skills highlighted with\s*\S{1,3}\s*are preferred key\s?skills\b\s*"
    r"|(?<![\d.])(?<![A-Za-z])\d{1,2}\s*(?:[.．](?!\d)|、)\s*|[" + CIRCLED_NUMBERS + r"]\s*"
    # ("(2)" after a number in words is that number again, no point: "four (4) years of …")
    # (nor after a code ending in its digit, "Code C1 (10) driver's licence": a licence's code
    # and its old number)
    # (a zero-padded number is no point's either: "Code EB (08) driver's licence")
    rf"|(?=[(（]){_AFTER_NUMBER_WORD}(?<![A-Z]\d )(?<![A-Z]\d\d )[(（](?!0)\d{{1,2}}[)）]\s*"
    # a point number glued to a year ("1.2026/2027届本科…", "1.2027年毕业…") or to a school's
    # programme ("3.985/211院校优先"): no decimal
    r"|(?<![\d.．])(?<![A-Za-z])\d{1,2}[.．]"
    r"(?=(?:19|20)\d\d[届年/／-]|(?:985|211)(?:[/／、]|院校|高校|大学|工程))"
    # a notice's points numbered "（一）" "(二)"
    r"|[(（][一二三四五六七八九十]{1,3}[)）]\s*"
    # "1）本科及以上学历", "2)5年以上…": a number and a closing parenthesis only (not the end of
    # "（8:30-17:00）" or "(3-5)")
    r"|(?<![\d.:：\-–~～(（A-Za-z])\d{1,2}(?:）|\)(?=\s*[\u4e00-\u9fff]))\s*"
    # (a star is a bullet, not the grade that ends a rated row: "团队管理    ★★★★"; in one line
    # the grade ends its row: "仪器操作 | ★★★★ 数据记录与分析 | ★★★")
    # (a pictograph or check mark is a bullet too, as WeChat articles write their lists: "✅ 全日制
    # 大专及以上学历", "🔹 负责…")
    rf"|[➢•◆●▪■◇※{PICTO_BULLETS}]\ufe0f?\s*|(?<![★☆])★(?![★☆]{{0,9}}+[^\S\n]*+(?:\n|$))(?![★☆])\s*"
    r"|(?<=[★☆]{2})[^\S\n]+(?=[^★☆\s])"
    # a middle dot opening a line before white space is a bullet ("·       Mehrjährige …", as a
    # word processor's list is pasted), not the dot inside a name or a pay ("14K·13薪")
    r"|(?<![^\n])[^\S\n]*·[^\S\n]+"
    # (and spaced, after a colon or a space, in a scraped line: "要求：· 至少5年… · 须持有…";
    # or glued to the clause it opens, on its line or after a space: "·有耐心", "… ·有初中…")
    r"|(?:(?<=[:：])|(?<=\s)|(?<![^\n]))·[^\S\n]*(?=[\u4e00-\u9fff])"
    # a point numbered in words after a space, where a line break was lost ("… 有网感 二、前端…")
    r"|(?<=[^\s\d一二三四五六七八九十])[^\S\n]+(?=[一二三四五六七八九十]{1,2}、)"
    # a point numbered in words opening its line under a heading ("招募要求\n一、有养老院…"):
    # its number is no part of the clause
    r"|(?<![^\n])[^\S\n]*[一二三四五六七八九十]{1,2}、[^\S\n]*(?=[^\s，,。；;：:])"
    rf"|(?=[-–])(?:^|(?<=\s))(?!{_RANGE_DASH})[-–]\s+"
    # (a hyphen glued to the item it opens a line with, "-Valid DL with clean MVR", as a plain ad
    # writes its list; after a space in a scraped line, see _GLUED_HYPHEN)
    rf"|(?<![^\n])[^\S\n]*-(?={_HYPHENED_ITEM})"
    # a board's field line run into the last item ("…者优先 职能类别：会计 关键字：全盘账")
    rf"|(?<![\s:：])\s+(?=(?:{ZH_PAGE_FIELDS})[:：])"
)
# (also after a name in capitals, "… in T-SQL. Experience with …", not after "U.S." or "Ph.D.";
# after an ellipsis, "This and more is awaiting you… An energetic team"; and before a masked
# name, "… (written and spoken). <ORGANIZATION> has a strong commitment …")
# (not after a title or a saint's name: "St. Brigid", "Dr. Smith", "Sr. Engineer")
_EN_SENTENCE = re.compile(
    r"(?:(?<=[A-Za-z0-9)][a-z0-9)][.!?])|(?<=[A-Za-z0-9-][A-Z]{2}\.)|(?<=[a-z]…))"
    r"(?<!\b(?:St|Dr|Mr|Ms|Mt|Jr|Sr)\.)(?<!\bMrs\.)"
    # (nor after an abbreviation inside a clause: "insbes. JIRA (inkl. Plug-ins …)")
    rf"{AFTER_ABBREVIATION}\s+(?=[A-Z]|<[A-Z]"
    # (or a count of years: "… towards Fellowship. 2-4 years of actuarial experience …", not
    # after an abbreviation, "min. 3 years", "approx. 5 years")
    r"|(?<![Mm]in\.\s)(?<![Mm]ax\.\s)(?<!approx\.\s)(?<!\bca\.\s)"
    r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\+?\s*(?:years?|yrs)\b)"
)
# Breaks a scraper glued shut: a bullet "∙" mid-line, "a plusPersonality:" (a heading glued to
# the word before), "(e.g. MySQL)databases" (the next item glued to a parenthesis).
_GLUED = re.compile(
    # (?<!\s): matches start where a run of white space starts (scanned once, not per character)
    r"(?<!\s)\s*∙\s*|(?<=\s)\*\s+"
    # a heading glued to a lower-case word, not a CamelCase name ("OpenShift:", "DevOps:")
    r"|(?=[A-Z][a-z]+:)(?<=[a-z]{2})(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})"
    r"(?<![A-Z][a-z]{4})(?<![A-Z][a-z]{5})|(?<=\))(?<!-\))(?=[a-z]{4})|(?:^|(?<!\s)\s+)\d{1,2}\)\s+(?=[A-Z])"
)


_BULLET_LINE = re.compile(
    rf"^\s*(?:[-–•*·∙▪●➢◆◾{PICTO_BULLETS}]" r"|\(?\d{1,2}\s*[.)、]\s|[a-z][.)]\s)"
)


# A bulleted item the page's width (or a paste) broke: it ends in a comma, an open bracket or a
# word that leads on ("including Java,\n\nJavaScript and Python"), or the next line opens with a
# bracket ("… cloud technology\n\n(Azure or GCP)").
_LEADS_ON = re.compile(r"(?:[,(]|\b(?:and|or|including|such as|e\.g\.|like|of|in|with))\s*$", re.I)
_GOES_ON = re.compile(r"^\s*\(")
# (or the next line hangs under the item's text, indented and in lower case, as a flyer's or a
# print's lines do: "• Grade I … certification\n  issued by the State (or obtain …")
_HANGS = re.compile(r"^[^\S\n]{2,}[a-z]")


def wrapped_items(text: str) -> str:
    """The text with each bulleted item a page broke joined again (see _LEADS_ON): only in a
    list of bullets, and only a line without a bullet of its own, across blank lines."""
    lines = text.split("\n")
    if sum(bool(_BULLET_LINE.match(line)) for line in lines) < 2:
        return text
    out: list[str] = []
    last = -1  # the output line of the last bulleted item, while it may go on
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        if (
            last >= 0
            and not _BULLET_LINE.match(line)
            and (_LEADS_ON.search(out[last]) or _GOES_ON.match(line) or _HANGS.match(line))
        ):
            out[last] = f"{out[last].rstrip()} {line.strip()}"
            del out[last + 1 :]  # (the blank lines between the pieces)
            continue
        out.append(line)
        last = len(out) - 1 if _BULLET_LINE.match(line) else -1
    return "\n".join(out)


# A person specification's criterion codes ("E1 A degree in …", "D2 Familiarity with …": E for
# essential, D for desirable, as UK universities and the NHS number them), each opening a row:
# read as bullets where the first two of a column stand (E1 and E2, or D1 and D2), in one line
# too. (Not a CEFR level, "C1 English", nor a licence's category, "D1 licence": no run of them.)
_CRITERION_CODE = re.compile(r"(?:^|(?<=\s))(?P<code>[ED])(?P<n>\d{1,2})[.:)]?[^\S\n]+(?=[A-Z])")


def criterion_codes(text: str) -> str:
    """The text with each row code of a person specification's run of them a bullet."""
    codes = {m["code"] + m["n"] for m in _CRITERION_CODE.finditer(text)}
    if not ({"E1", "E2"} <= codes or {"D1", "D2"} <= codes):
        return text
    return _CRITERION_CODE.sub(lambda m: "\n• " if m.start() else "• ", text)


# A line a printed page's width broke (a PDF's text, known by a word its width broke with a
# hyphen, "… in chemistry or a re-\nlated science"): the line before is long and ends in a word,
# and this one opens in lower case. (Elsewhere a line that opens in lower case may be an item of
# a list whose items do: "… for at least 2 years\npractice TDD".)
_BROKEN_WORD = re.compile(r"[a-z]-\n(?=[a-z])")
_PAGE_WRAP = re.compile(r"(?<=[^\n]{60})(?<=[A-Za-z,)])(?P<hyphen>(?<=[a-z])-)?[^\S\n]*\n(?=[a-z])")


def page_wrapped(text: str) -> str:
    """The text of a printed page with each line its width broke joined to the line before (a
    hyphen that broke a word dropped)."""
    if not _BROKEN_WORD.search(text):
        return text
    return _PAGE_WRAP.sub(lambda m: "" if m["hyphen"] else " ", text)


def list_body(text: str) -> str:
    """A bulleted section without what follows its list: after two bullet lines or more, the
    first two lines in a row without a bullet (the company's description, legal text) end it."""
    lines = text.split("\n")
    bullets = 0
    run: list[int] = []  # the lines without a bullet since the last bullet
    head = [line for line in lines if line.strip()][:2]
    if not any(_BULLET_LINE.match(line) for line in head):
        return text  # a list that does not start the section (its first bullet may be cut off)
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if _BULLET_LINE.match(line):
            bullets, run = bullets + 1, []
        elif bullets >= 2:
            run.append(k)
            if len(run) == 2:
                return "\n".join(lines[: run[0]]).rstrip()
    return text


# Every point number ("1." "2、"), and one glued to a number of years ("1.3年以上…": point 1
# asking for 3 years, or 1.3 years?).
_NUMBER = re.compile(r"(?<![\d.．])(\d{1,2})\s*[.．、]")
_GLUED_YEARS = re.compile(r"(?<![\d.．])\d{1,2}[.．](?=\d{1,2}(?:\.\d)?\s*(?:年|个月))")


def unglue_numbering(text: str) -> str:
    """The text with a line break after each point number glued to a number of years: "1.3年以上
    销售经验；2.沟通能力强" is point 1 asking for 3 years when the points around it count on
    (the previous point is N-1 or N-2, or the next is N+1); a lone "1.5年以上" stays 1.5 years."""
    if not _GLUED_YEARS.search(text):
        return text
    marks = [(m, bool(_GLUED_YEARS.match(text, m.start()))) for m in _NUMBER.finditer(text)]
    marks = [(m, glued) for m, glued in marks if glued or not text[m.end() : m.end() + 1].isdigit()]
    cuts = []
    prev = 0
    for k, (m, glued) in enumerate(marks):
        n = int(m.group(1))
        if glued:
            later = next((int(x.group(1)) for x, g in marks[k + 1 :] if not g), None)
            if not (n in (prev + 1, prev + 2) and (prev or later == n + 1) or later == n + 1):
                continue
            cuts.append(m.end())
        prev = n
    for cut in reversed(cuts):
        text = f"{text[:cut]}\n{text[cut:]}"
    return text


def split_items(text: str) -> list[str]:
    """The points of a section: numbered items, bullets, sentences; empty pieces dropped."""
    return list(_items(text))


@lru_cache(maxsize=64)
def _items(text: str) -> tuple[str, ...]:
    """split_items, kept for the texts of the posting being parsed: a section is split once to
    find requirement runs in it (shape.requirement_runs) and again to read it."""
    out = []
    if len(_GLUED_HYPHEN.findall(text)) >= 2:
        text = _GLUED_HYPHEN.sub("\n", text)
    for piece in _ITEM_BREAK.split(unglue_numbering(text)):
        if not piece:
            continue
        for part in (p for glued in _GLUED.split(piece) for p in _EN_SENTENCE.split(glued)):
            part = part.strip().strip("*").strip()
            # "1、2能够…", "2根据…": a number glued to the text, not 2年 / 3个月, nor a range's
            # first number ("18到30岁")
            part = re.sub(
                r"^\d{1,2}(?:\s*[、.．]\s*\d{1,2})?(?=[\u4e00-\u9fff])(?![年个岁月周天]|[到至]\d)",
                "",
                part,
            )
            if re.search(r"[\w\u4e00-\u9fff]", part):
                out.append(part)
    return tuple(out)


# A person specification's row and its column ("A degree in Mathematics | Essential"), and the
# table's header ("Criteria | Essential | Desirable").
_CRITERIA_ROW = re.compile(r"^(?P<text>.*?)\s*\|\s*(?P<mark>Essential|Desirable)$", re.I)
_CRITERIA_HEADER = re.compile(r"^(?:[\w ]{0,30}\|\s*)?essential\s*\|\s*desirable$", re.I)


# A person specification's column word over the rows it groups ("Qualifications / Essential /
# BSc (Hons) in Physiotherapy / … / Desirable / …", NHS Jobs), alone or before its first row in
# a scraped line.
_COLUMN_WORD = re.compile(r"^(?P<mark>Essential|Desirable)\s*:?(?:\s+(?=[A-Z(])|$)")
# ... and inside a scraped line, after the last row of the group before it and the label of its
# own group ("… of Physiotherapy Experience Essential Substantial post-registration …")
_INLINE_COLUMN = re.compile(
    r"(?<=[a-z)])\s+(?:(?:Qualifications|Experience|Skills|Knowledge|Education|Training|Other)\s+)?"
    r"(?=(?:Essential|Desirable)(?:\s+[A-Z(]|$))"
)


def is_column_word(item: str) -> bool:
    """True for a person specification's column word alone ("Essential", "Desirable:")."""
    return bool(_COLUMN_WORD.match(item.strip())) and len(item.split()) == 1


def criteria_rows(items: list[str]) -> list[tuple[str, bool | None]]:
    """Each item without its person-specification column mark, with the must the mark states
    (None where it has none; a column word over a group of rows marks the rows after it); the
    table's header row and the column words dropped."""
    rows: list[tuple[str, bool | None]] = []
    column: bool | None = None
    for item in (p for i in items for p in _INLINE_COLUMN.split(i)):
        text = item.strip()
        word = _COLUMN_WORD.match(text)
        if word:
            column = word["mark"] == "Essential"
            text = item = text[word.end() :]
            if not text:
                continue
        if "|" not in text:
            rows.append((item, column))
        elif not _CRITERIA_HEADER.match(text):
            row = _CRITERIA_ROW.match(text)
            if row is None:
                rows.append((item, None))
            else:
                rows.append((row["text"], row["mark"].lower() == "essential"))
    return rows


# A person specification laid out as a grid (an NHS Trust's own page: "Criteria | Essential |
# Desirable | Assessed by", then "Qualifications | BSc …; HCPC registration | Post-graduate … |
# Application form / Interview"): the rows' label column, then the criteria asked and those
# preferred, each cell cut by ";", then how each is assessed. A scraper may have joined its lines
# with spaces, so a row's last cell runs into the next row's label; the label and the assessment
# column ask nothing, so the grid is read by the cells' places.
_GRID_HEAD = re.compile(
    r"\b(?:criteria|criterion|attributes?|requirements?|areas?|categor(?:y|ies)|factors?)?"
    r"[^\S\n]*\|[^\S\n]*essential[^\S\n]*\|[^\S\n]*desirable\b(?P<assessed>[^\S\n]*\|[^\S\n]*"
    r"(?:(?:methods?|means|how|stages?)\b[^|\n]{0,20}?\b(?:of )?(?:assess|identif|evidenc|measur)\w*"
    r"|(?:assessed|identified|evidenced|measured)(?: by)?))?(?=[^\S\n]*(?:\n|[^\S\n][A-Z]))",
    re.I,
)
# How a criterion is assessed, left before the text after the grid when its lines were joined
# ("Interview Disclosure and Barring …", "Application form / Certificates …", "AF, I, T …").
_ASSESSMENT = re.compile(
    r"^(?:(?:[Aa]pplication(?: [Ff]orm)?|[Ii]nterview|[Cc]ertificates?|[Rr]eferences?|[Tt]ests?"
    r"|[Pp]resentation|[Aa]ssessment|[Pp]ortfolio|AF|I|T|P|A)\b(?:[^\S\n]*[/,&][^\S\n]*"
    r"|[^\S\n]+and[^\S\n]+)?[^\S\n]*)+"
)
_COLUMN_NAMES = ("essential", "desirable")


def spec_grid(text: str) -> str:
    """The text with a person specification's grid (see _GRID_HEAD) rewritten as its rows
    ("BSc … | Essential", "Post-graduate … | Desirable": criteria_rows reads them), the label and
    assessment columns dropped; the text unchanged where the cells do not fill whole rows."""
    head = _GRID_HEAD.search(text) if "|" in text else None
    if head is None:
        return text
    width = 4 if head["assessed"] else 3
    before, rest = text[: head.start()], text[head.end() :]
    lines = rest.split("\n")
    if len(lines) > 1 and not lines[0].strip():  # rows a line each: the run of lines with cells
        size = next((k for k, line in enumerate(lines[1:], 1) if "|" not in line), len(lines))
        rows = [line.split("|") for line in lines[1:size]]
        if not rows or any(len(r) != width for r in rows):
            return text
        cells = [r[1:3] for r in rows]
        after = "\n".join(lines[size:])
    else:  # joined: each row after the first opens in the cell that ends the row before it
        pieces = rest.split("|")
        if width == 3 or len(pieces) < width or (len(pieces) - 1) % (width - 1):
            return text  # (a desirable cell would run into the next row's label)
        cells = [pieces[k : k + 2] for k in range(1, len(pieces) - 1, width - 1)]
        last = pieces[-1].strip()
        assessed = _ASSESSMENT.match(last)
        after = last[assessed.end() :] if assessed else last
    if any(c.strip().lower() in _COLUMN_NAMES for row in cells for c in row):
        return text  # (rows of the other layout: "A degree in Chemistry | Essential")
    out = [
        f"{piece.strip()} | {mark}"
        for row in cells
        for cell, mark in zip(row, ("Essential", "Desirable"), strict=True)
        for piece in cell.split(";")
        if piece.strip()
    ]
    return "\n".join([before.rstrip(), *out, after.strip()])
