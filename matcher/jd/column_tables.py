"""A public notice's table of posts (招聘计划 / 岗位表 of a 事业单位 or a state-owned firm): a header
row of column names, one row per post, cells cut by "|" or by tabs (a table copied from a
document or a spreadsheet), or by single spaces where a scraper ran the table into one line. The cells under a column that names what
is asked (学历, 专业, 年龄, 工作经验, 其他条件 …) are the post's requirements; the post's code, name
and head count are not."""

from __future__ import annotations

import re

from matcher.jd.labels import label_of
from matcher.vocab import levels_in

_CELL = re.compile(r"[|｜\t]")  # (cells stripped apart: "\s*[|｜]\s*" rescans a run of spaces)
# a column of conditions that names no field ("其他条件", "资格条件", "岗位要求", "其它要求")
_CONDITIONS = re.compile(r"^(?:其他|其它|资格|任职|岗位|招聘|报考|应聘|具体)?(?:条件|要求)$")
_NOTHING = ("/", "-", "—", "无", "不限")  # a cell that asks nothing
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()/]{1,8}$")


def _column_kind(name: str) -> str | None:
    """The kind of a column: "conditions" for a column of free conditions, the field kind a
    labelled column names (学历 → education), None for any other (岗位代码, 岗位名称, 人数)."""
    if _CONDITIONS.match(name):
        return "conditions"
    _label, kind, _value = label_of(f"{name}：x")
    return kind


def borders(text: str) -> int:
    """How many cell borders the text holds."""
    return text.count("|") + text.count("｜") + text.count("\t")


# A table whose cells a scraper cut by single spaces ("岗位表：序号 岗位名称 人数 学历 专业 岗位要求
# 1 财务主管 1 本科及以上 会计学、财务管理 5年以上… 2 法务专员 …"): a header that opens with the
# rows' number or code column, then rows of as many cells, each opening with its number or code;
# or a header that opens with the post's name and has a head-count column ("岗位 人数 学历 专业
# 其他要求 心血管内科医师 2 博士研究生 …"), each row's count a number.
_SPACED_HEADER = re.compile(
    r"(?:^|(?<=[\s:：]))(?:序号|编号|岗位代码|岗位编号|职位代码|职位编号|(?:招聘)?(?:岗位|职位)(?:名称)?)"
    r"(?:[^\S\n]+[\u4e00-\u9fff（）()/]{1,8}){2,}(?=[^\S\n])"
)
_ROW_START = re.compile(r"^[A-Za-z]{0,3}\d{1,8}$")
# Columns of a post's own that ask nothing (a named post's header is cut after its last column:
# the greedy header also takes the first row's name)
_POST_COLUMNS = frozenset(
    ["岗位", "职位", "岗位名称", "职位名称", "招聘岗位", "招聘职位", "用人部门", "招聘单位", "科室"]
    + ["部门", "招聘部门", "工作地点", "备注", "岗位类别", "岗位等级"]
)
_COUNTS = frozenset(["人数", "招聘人数", "计划人数", "拟聘人数", "名额", "数量"])


def _is_column(name: str) -> bool:
    return name in _POST_COLUMNS or name in _COUNTS or _column_kind(name) is not None


def has_table(text: str) -> bool:
    """True when the text may hold a table of posts (cell borders, a spaced header, or posts'
    rows with their head counts)."""
    return (
        bool(borders(text))
        or _SPACED_HEADER.search(text) is not None
        or len(_POST_ROW.findall(text)) >= 2
    )


# A list of posts whose rows state, after the post's number, name and head count, its degree and
# major in cells cut by spaces, under no header ("招聘岗位 1.模拟IC设计工程师 5人 硕士 微电子相关专业
# 2.芯片测试工程师 3人 本科及以上 电子信息类专业"): two rows or more.
_POST_ROW = re.compile(
    r"(?:^|(?<=[\s:：]))\d{1,2}[.、．][^\S\n]*[^\s\d，,。；;:：]{2,20}[^\S\n]+\d{1,3}[^\S\n]*[名人]"
    r"(?=[^\S\n])",
    re.M,
)
_ROW_NEXT = re.compile(r"^\d{1,2}[.、．]")


def _post_rows(text: str) -> tuple[list[tuple[str, str]], str]:
    """column_cells of posts' rows (see _POST_ROW): each row's degree and major cells after its
    head count, up to a cell that is neither; the rows read are cut from the text."""
    rows = list(_POST_ROW.finditer(text))
    if len(rows) < 2:
        return [], text
    found: list[tuple[str, str]] = []
    cuts: list[tuple[int, int]] = []
    for m in rows:
        end = m.end()
        # (a cell is short and holds no clause break: "应聘条件：1.…" after the last row is text)
        for cell in re.finditer(
            r"[^\S\n]+([^\s:：，,；;。]{1,24})(?=\s|$)", text[m.end() : m.end() + 80]
        ):
            word = cell.group(1)
            if _ROW_NEXT.match(word):
                break
            if levels_in(word):
                found.append(("education", word))
            elif word.endswith("专业") and not word.startswith(_NOTHING):
                found.append(("major", word))
            elif word.endswith("专业"):  # (不限专业: asks nothing)
                pass
            else:
                break
            end = m.end() + cell.end()
        cuts.append((m.start(), end))
    if not found:
        return [], text
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    return found, text


def _spaced(line: str) -> tuple[list[tuple[str, str]], str]:
    """column_cells of a table whose cells are cut by single spaces (see _SPACED_HEADER)."""
    m = _SPACED_HEADER.search(line)
    if m is None:
        return [], line
    tokens = line[m.start() :].split()
    header = m.group(0).split()
    count = None
    if header[0] in _POST_COLUMNS:  # (a named post's rows: their count column tells them)
        known = next((k for k, c in enumerate(header) if not _is_column(c)), len(header))
        header = header[:known]
        count = next((k for k, c in enumerate(header) if c in _COUNTS), None)
        if count is None:
            return [], line
    kinds = [_column_kind(c) for c in header]
    if not any(kinds):
        return [], line
    found: list[tuple[str, str]] = []
    k = len(header)
    while k + len(header) <= len(tokens) and (
        _ROW_START.match(tokens[k])
        if count is None
        else tokens[k + count].isdigit() and not tokens[k].isdigit()
    ):
        row = tokens[k : k + len(header)]
        found += [
            (kind, c) for kind, c in zip(kinds, row, strict=True) if kind and c not in _NOTHING
        ]
        k += len(header)
    if not found:
        return [], line
    return found, f"{line[: m.start()]} {' '.join(tokens[k:])}".strip()


_FIRST_COLUMN = frozenset(["序号", "编号", "岗位代码", "岗位编号", "职位代码", "职位编号"])


def cell_lines(text: str) -> str:
    """The text with a table pasted from a PDF one cell a line ("序号\n招聘单位\n岗位名称\n人数\n学历
    要求\n…\n1\n集团本部\n…") put back a row a line, its cells cut by tabs: a header of four
    known columns or more opening with the rows' number column, then rows of as many lines, each
    opening with its number."""
    if "\n" not in text or not any(w in text for w in _FIRST_COLUMN):
        return text
    lines = _spaced_rows(text.split("\n"))
    out: list[str] = []
    k = 0
    while k < len(lines):
        if lines[k].strip() not in _FIRST_COLUMN:
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        while (
            end < len(lines)
            and _HEADER_CELL.match(lines[end].strip())
            and _is_column(lines[end].strip())
        ):
            end += 1
        width = end - k
        if width < 4 or not any(_column_kind(c.strip()) for c in lines[k + 1 : end]):
            out.append(lines[k])
            k += 1
            continue
        out.append("\t".join(c.strip() for c in lines[k:end]))
        while end + width <= len(lines) and _ROW_START.match(lines[end].strip()):
            out.append("\t".join(c.strip() for c in lines[end : end + width]))
            end += width
        k = end
    return "\n".join(out)


def _spaced_rows(lines: list[str]) -> list[str]:
    """The lines with a table whose rows stand a line each, cells cut by single spaces ("序号 岗位
    人数 学历要求 专业要求 资格条件\n1 临床医生 2 大专及以上 临床医学 具有…"), cut by tabs: a
    header of four known columns or more opening with the rows' number column, then lines of as
    many cells, each opening with its number."""
    k = 0
    while k < len(lines):
        header = lines[k].split()
        if not (
            len(header) >= 4
            and header[0] in _FIRST_COLUMN
            and all(_HEADER_CELL.match(c) and _is_column(c) for c in header[1:])
            and any(_column_kind(c) for c in header[1:])
        ):
            k += 1
            continue
        end = k + 1
        while end < len(lines):
            cells = lines[end].split()
            if len(cells) != len(header) or not _ROW_START.match(cells[0]):
                break
            lines[end] = "\t".join(cells)
            end += 1
        if end > k + 1:
            lines[k] = "\t".join(header)
        k = end
    return lines


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL.split(line.strip().strip("|｜"))]


def _row(line: str, width: int) -> list[str]:
    """A row's cells; a row copied from a spreadsheet whose last cell is empty lost its last tab
    to the line's trimming ("心理健康教师\t1\t硕士研究生及以上\t心理学类\t"): one cell short, it
    is that row."""
    cells = _cells(line)
    if len(cells) == width - 1 and width > 2 and "\t" in line and not re.search(r"[|｜]", line):
        return [*cells, ""]
    return cells


_TABLE_NOTE = re.compile(r"^[^\S\n]*(?:注|备注|说明)[^\S\n]*[:：][^\S\n]*(?P<body>\S.*)$")


def column_cells(text: str) -> tuple[list[tuple[str, str]], str]:
    """(kind, cell) of every asking cell of the text's column tables (kind "conditions" for a
    column of free conditions, "note" for the note under a table), and the text without the
    tables' lines."""
    lines = text.split("\n")
    found: list[tuple[str, str]] = []
    drop: set[int] = set()
    k = 0
    while k < len(lines):
        header = _cells(lines[k]) if borders(lines[k]) >= 2 else []
        kinds = [_column_kind(c) if _HEADER_CELL.match(c) else "" for c in header]
        if not header or "" in kinds or not any(kinds):
            k += 1
            continue
        rows = k + 1
        while rows < len(lines) and len(_row(lines[rows], len(header))) == len(header):
            for kind, cell in zip(kinds, _row(lines[rows], len(header)), strict=True):
                if kind and cell and cell not in _NOTHING:
                    found.append((kind, cell))
            rows += 1
        if rows > k + 1:
            drop.update(range(k, rows))
            # (the note under the table holds what every post asks: "注：…以上岗位均需具有某某县户籍")
            note = _TABLE_NOTE.match(lines[rows]) if rows < len(lines) else None
            if note:
                found.append(("note", note.group("body")))
                drop.add(rows)
                rows += 1
        k = rows
    rest = "\n".join(line for n, line in enumerate(lines) if n not in drop)
    if not found and _SPACED_HEADER.search(rest):
        for n, line in enumerate(lines):
            cells, lines[n] = _spaced(line)
            found += cells
        rest = "\n".join(lines)
    if not found and ("名" in rest or "人" in rest):
        cells, rest = _post_rows(rest)
        found += cells
        lines = rest.split("\n")
    if not found and borders(rest) >= 4:
        for n, line in enumerate(lines):
            cells, line = _run_together(line)
            if cells:
                found += cells
                lines[n] = line
        rest = "\n".join(lines)
    return found, rest


def _run_together(line: str) -> tuple[list[tuple[str, str]], str]:
    """column_cells of a table a scraper ran into one line: the header's first word ends the text
    before it, its last word and each row's last cell are followed by a space and the next row
    ("… 一、招聘计划 岗位代码 | 岗位名称 | 学历 | 专业 A01 | 检验技师 | 大专及以上 | 医学检验技术
    二、报名条件 …")."""
    cells = _CELL.split(line)
    if len(cells) < 5:
        return [], line
    before, _, first = cells[0].strip().rpartition(" ")
    header = [first]
    for cell in cells[1:]:
        word, space, after = cell.strip().partition(" ")
        header.append(word)
        if space:
            break
    else:
        return [], line
    kinds = [_column_kind(c) if _HEADER_CELL.match(c) else "" for c in header]
    if len(header) < 3 or "" in kinds or not any(kinds):
        return [], line
    found: list[tuple[str, str]] = []
    row = [after.strip()]
    tail = ""
    for k, cell in enumerate(cells[len(header) :], start=len(header)):
        cell = cell.strip()
        if len(row) == len(header) - 1:  # the row's last cell, then the next row or the text
            cell, _, nxt = cell.partition(" ")
            row.append(cell)
            found += [
                (kind, c) for kind, c in zip(kinds, row, strict=True) if kind and c not in _NOTHING
            ]
            row = [nxt.strip()]
            if k == len(cells) - 1:
                tail = nxt
        else:
            row.append(cell)
    if not found or len(row) > 1:
        return [], line
    return found, f"{before} {tail}".strip()
