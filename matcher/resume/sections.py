"""Headings and layout: which section each cell of the résumé is in. A "cell" is a line, or one cell
of a table row (tabs or " | " between cells, as matcher.extract writes DOCX tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.resume.dates import is_period

SECTIONS = (
    "contact",
    "education",
    "experience",
    "projects",
    "skills",
    "languages",
    "certificates",
    "summary",
    "other",
)

_HEADINGS: dict[str, tuple[str, ...]] = {
    "contact": (
        [
            "个人信息",
            "基本信息",
            "个人资料",
            "个人概况",
            "联系方式",
            "联系信息",
            "基本资料",
            "个人基本信息",
        ]
        + ["contact", "contact information", "contact details", "personal information"]
        + ["personal details", "personal data", "personal info"]
        # Europass: "personal information" in German, French, Italian, Spanish
        + ["persönliche informationen", "angaben zur person", "informations personnelles"]
        + ["informazioni personali", "información personal"]
    ),
    "education": (
        [
            "教育背景",
            "教育经历",
            "学习经历",
            "教育情况",
            "学历背景",
            "教育培训",
            "教育及培训",
            "教育与培训",
            "培训经历",
        ]
        + ["education", "academic background", "education and training", "qualifications"]
        + ["educational background", "academic qualifications", "training", "education details"]
        + ["educational qualification", "educational qualifications", "academic details"]
        + ["ausbildung", "ausbildungshistorie", "bildungsweg", "schulbildung", "studium"]
        + ["aus- und weiterbildung", "aus- & weiterbildung", "ausbildung und weiterbildung"]
        + ["hochschulausbildung", "schulausbildung", "akademischer werdegang"]
        # Europass "education and training" in German, French, Italian, Spanish, Dutch
        + ["schul- und berufsbildung", "éducation et formation", "istruzione e formazione"]
        + ["educación y formación", "opleiding en scholing", "bildungsweg und ausbildung"]
    ),
    "experience": (
        [
            "工作经历",
            "工作经验",
            "实习经历",
            "工作履历",
            "职业经历",
            "工作背景",
            "实践经历",
            "社会实践",
            "任职经历",
        ]
        + ["experience", "work experience", "professional experience", "employment history"]
        + ["work history", "employment", "career history", "internships", "internship"]
        + ["relevant experience", "career", "company details", "experience details"]
        + ["berufserfahrung", "beruflicher werdegang", "werdegang", "berufliche erfahrung"]
        + ["berufspraxis", "beschäftigungsverlauf", "berufliche stationen", "praktika"]
        + ["job experience", "berufliche erfahrungen", "berufliche tätigkeiten"]
        + ["praktikum", "arbeitserfahrung", "praktika und arbeitserfahrung", "berufstätigkeit"]
        # Europass "work experience" in French, Italian, Spanish, Dutch
        + ["expérience professionnelle", "esperienza professionale", "experiencia profesional"]
        + ["werkervaring"]
    ),
    "projects": (
        ["项目经验", "项目经历", "项目背景", "主要项目", "项目"]
        + ["projects", "project experience", "selected projects", "key projects"]
        + ["projekte", "projekthistorie", "projekterfahrung", "projektliste", "referenzprojekte"]
    ),
    "skills": (
        [
            "专业技能",
            "技能",
            "技能特长",
            "个人技能",
            "技能专长",
            "专业能力",
            "计算机能力",
            "计算机水平",
            "职业技能",
            "技能证书",
        ]
        + ["skills", "technical skills", "core skills", "key skills", "competencies"]
        + ["skills and competencies", "it skills", "computer skills", "core competencies"]
        + ["skill details", "technical skills details", "computer knowledge"]
        + ["kenntnisse", "kompetenzen", "fachkenntnisse", "it-kenntnisse", "fähigkeiten"]
        # Europass "personal skills" (its language grid and digital skills follow)
        + ["personal skills", "persönliche fähigkeiten", "compétences personnelles"]
        + ["competenze personali", "competencias personales", "persoonlijke vaardigheden"]
    ),
    "languages": (
        ["语言能力", "外语能力", "语言", "外语水平", "语言技能"]
        + ["languages", "language skills"]
        + ["sprachkenntnisse", "sprachen", "fremdsprachen"]
    ),
    "certificates": (
        ["证书", "资格证书", "获得证书", "荣誉证书", "职业资格", "资质证书", "证书资质", "所获证书"]
        + ["certificates", "certifications", "certification", "licenses", "licences"]
        + ["licenses and certifications"]
        + ["zertifikate", "zertifizierungen", "zertifizierung", "weiterbildung"]
    ),
    "summary": (
        [
            "自我评价",
            "个人简介",
            "自我介绍",
            "个人评价",
            "个人总结",
            "职业目标",
            "求职意向",
            "个人优势",
            "自我描述",
        ]
        + ["summary", "profile", "about me", "objective", "career objective"]
        + ["über mich", "kurzprofil", "profil", "zusammenfassung", "persönliches profil"]
        + ["professional summary", "personal statement", "personal profile"]
    ),
    "other": (
        [
            "兴趣爱好",
            "爱好",
            "获奖情况",
            "荣誉奖项",
            "获奖经历",
            "所获荣誉",
            "其他",
            "其它",
            "附加信息",
            "校园经历",
        ]
        + ["hobbies", "interests", "awards", "honors", "honours", "references", "activities"]
        + ["additional information", "publications", "volunteering"]
        + ["zusätzliche informationen", "informations complémentaires", "ulteriori informazioni"]
    ),
}
HEADING_OF = {word: section for section, words in _HEADINGS.items() for word in words}

_DECOR = " \t:：-—_=*#•·●■□◆◇▶►【】[]()（）<>《》|/\\"
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)]|[（(][一二三四五六七八九十\d]+[)）])\s*"
)
# " | " only from the first space of a run: otherwise each space of a long run rescans the rest.
_CELL_SPLIT = re.compile(r"\t+|(?<! ) +\| +|｜")


@dataclass(frozen=True)
class Cell:
    """A cell of text with its offsets into the résumé and its section."""

    text: str
    start: int
    end: int
    section: str
    line: int
    heading: bool = False


def heading_of(text: str) -> str | None:
    """The section a heading names ("教育背景", "【工作经历】", "WORK EXPERIENCE:"), else None."""
    core = _NUMBERING.sub("", text.strip()).strip(_DECOR).lower()
    core = re.sub(r"\s+", " ", core)
    if len(core) > 40:
        return None
    if core in HEADING_OF:
        return HEADING_OF[core]
    spaced = core.replace(" ", "")  # "教 育 背 景" as some templates space it
    if spaced in HEADING_OF:
        return HEADING_OF[spaced]
    # "Previous education", "Sonstige Berufserfahrung", "Bisherige berufliche Erfahrungen": a
    # work or school heading after a word that only qualifies it ("Other Activities :" inside a
    # job's entry stays a label)
    named = HEADING_OF.get(_QUALIFIER.sub("", core))
    return named if named in ("experience", "education") else None


_QUALIFIER = re.compile(
    r"^(?:previous|other|additional|further|relevant|selected|bisherige[rs]?|sonstige[rs]?"
    r"|weitere[rs]?|relevante[rs]?|zusätzliche[rs]?|ausgewählte[rs]?)\s+"
)


_INLINE_HEADING = re.compile(r"^\s*([^\s:：]{2,12}|[A-Za-z][A-Za-z &]{1,30}?)\s*[:：]\s*(\S.*)$")


def split_cells(text: str) -> list[tuple[str, int, int, int]]:
    """(cell text, start, end, line number) of every non-blank line or table cell, stripped."""
    out = []
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        last = 0
        for m in list(_CELL_SPLIT.finditer(body)) + [None]:
            stop = m.start() if m else len(body)
            piece = body[last:stop]
            stripped = piece.strip()
            if stripped:
                s = pos + last + (len(piece) - len(piece.lstrip()))
                out.append((stripped, s, s + len(stripped), number))
            if m:
                last = m.end()
        pos += len(line)
    return out


# A heading that ends a line of other text ("…6 monthsCompany Details", "…Mac OS Education
# Details"): text extraction lost the line break before it. Only a heading of two or more Latin
# words, its first letter a capital, so "relevant work experience" in a sentence stays prose.
# str.endswith over a tuple: one C call a cell, where a regex alternation tried every position.
_TRAILING = tuple(
    sorted((w for w in HEADING_OF if " " in w and w.isascii() and w[0].isalpha()), key=len)[::-1]
)


def _trailing_heading(cell: str) -> int | None:
    """Where a heading that ends the cell after other text starts, else None."""
    core = cell.rstrip(" \t:：")
    low = core.lower()
    if not low.endswith(_TRAILING):
        return None
    at = len(core) - len(next(h for h in _TRAILING if low.endswith(h)))
    if at == 0 or not core[at].isupper() or not core[:at].strip():
        return None
    return at


# A heading in capitals that a PDF's text kept on one line with the text around it, apart by
# runs of spaces ("ÜBER MICH   Seit mehr als 10 Jahren …   ZERTIFIKATE   Professional Scrum …"):
# the line is cut before it and after it. Capitals and the runs of spaces on both sides only,
# so a heading word inside a sentence stays prose.
_CAPITAL_HEADING = re.compile(
    r"(?:^|(?<=\S)[ \t]{2,})("
    + "|".join(
        re.escape(w.upper())
        for w in sorted(HEADING_OF, key=len, reverse=True)
        if w[0].isalpha() and not re.search(r"[\u4e00-\u9fff]", w)
    )
    + r")(?=[ \t]{2,}\S)"
)


def _capital_headings(cell: str) -> list[int]:
    """Where the cell is cut around a heading in capitals run into it (_CAPITAL_HEADING)."""
    cuts = []
    for m in _CAPITAL_HEADING.finditer(cell):
        cuts += [m.start(1), m.end(1)]
    return [c for c in cuts if 0 < c < len(cell)]


# A line that stops mid-sentence: its last character is a letter, a digit, a comma or a hyphen.
_OPEN_END = re.compile(r"[\w,\-]$")


def _continues(cell: str, previous: str) -> bool:
    """Whether a cell that reads as a heading is the wrapped end of the line above: a heading
    word written all in lower case ("projects") under a sentence of five words or more that
    stops mid-way ("… of in house software development"). Headings are capitalised; a sentence
    broken across lines is not."""
    core = cell.strip(_DECOR)
    return bool(
        core
        and core.isascii()
        and core == core.lower()
        and core[0].isalpha()
        and _OPEN_END.search(previous)
        and len(previous.split()) >= 5  # a sentence, not a title or a short item above
    )


_WORK = ("experience", "projects")
_LISTS = ("skills", "languages", "certificates")


def cells_with_sections(text: str) -> list[Cell]:
    """Every cell with the section it is in. A heading cell starts a section; "教育背景：北京大学"
    starts it inline. Cells before any heading get section "" (classed later by content).

    A list heading inside a work entry (GULP-style profiles give each project its own
    "Kenntnisse" / "Produkte" lines) does not end the work list: a line that is only a date
    range ("02/2019 - 05/2019") there starts the next entry of the interrupted section."""
    out: list[Cell] = []
    section = ""  # before the first heading: unknown, classed per sentence by content
    interrupted = ""  # the work section a list heading broke into, until another heading
    pieces = []
    for cell, start, end, line in split_cells(text):
        cut = _trailing_heading(cell) if len(cell) > 12 else None
        capitals = _capital_headings(cell) if cut is None and "  " in cell else []
        if capitals:
            bounds = [0, *capitals, len(cell)]
            for a, b in zip(bounds, bounds[1:], strict=False):
                piece = cell[a:b]
                lead = len(piece) - len(piece.lstrip())
                if piece.strip():
                    at = start + a + lead
                    pieces.append((piece.strip(), at, at + len(piece.strip()), line))
            continue
        if cut is None:
            pieces.append((cell, start, end, line))
            continue
        before = cell[:cut].rstrip()
        pieces.append((before, start, start + len(before), line))
        pieces.append((cell[cut:], start + cut, end, line))
    previous = ""
    for cell, start, end, line in pieces:
        named = heading_of(cell)
        if named and _continues(cell, previous):
            named = None
        previous = cell
        if named:
            interrupted = section if named in _LISTS and section in _WORK else ""
            section = named
            out.append(Cell(cell, start, end, section, line, heading=True))
            continue
        if interrupted and section in _LISTS and is_period(cell):
            section, interrupted = interrupted, ""
        m = _INLINE_HEADING.match(cell)
        if m and (inline := heading_of(m.group(1))):
            # "Projekte: VW Job Portal" inside a job's entry labels that job's project: the
            # work list goes on (its next dated jobs are jobs, not projects)
            if not (section in _WORK and inline in _WORK):
                section = inline
            out.append(Cell(cell, start, end, section, line))
            continue
        out.append(Cell(cell, start, end, section, line))
    return out
