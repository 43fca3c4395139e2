"""Chinese lines inside a requirements list that head, point or speak for the employer rather than
ask: a post's own line among several posts ("岗位二：仓库叉车司机（3名）", "（三）副教授" over the
conditions of that post), a pointer to the table's conditions ("岗位表中规定的其他条件"), and an
equal-opportunity statement ("我们…不因种族、性别…歧视任何候选人"); and a post's record whose
labels stand before their values after a space, no colon (a civil-service 职位表 copied as text)."""

from __future__ import annotations

import csv
import re

from matcher.jd.labels import CIRCLED_NUMBERS, label_of
from matcher.resume.work_names import TITLE_RE

# A post of several in one text: "岗位二：仓库叉车司机（3名）", "职位3：…", or a name with its head
# count in brackets ("品质检验员（5名）"), or numbered and after a space, its pay after it (a fair's
# booth record or a poster: "2. 装配钳工  5人  6000-8000元/月", "二、机修工 2名").
_POST_LINE = re.compile(
    r"^\s*(?:(?:招聘)?(?:岗位|职位)\s*[一二三四五六七八九十\d]{1,3}\s*[:：].{0,30}"
    r"|[^，,。；;：:]{2,20}?[（(]\s*\d{1,3}\s*(?:名|人)\s*[）)]"
    r"|(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．])?[^\S\n]*[^，,。；;：:\s\d]{2,12}"
    r"[^\S\n]+\d{1,3}[^\S\n]*(?:名|人)(?:[^\S\n]+[^，,。；;\n]{0,30})?"
    # (a name in brackets with its head count, a post's own line in an article: "【叉车司机】3名")
    r"|[【\[][^】\]\n]{2,20}[】\]][^\S\n]*\d{1,3}[^\S\n]*(?:名|人))\s*$"
)
# A post's title numbered alone on its line, the next post's block after a list ("二、前端开发工程师"):
# a job title (as a résumé's entry names one) with nothing asked.
_NUMBERED_TITLE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<name>[^，,。；;：:\s]{2,16})\s*$"
)
# A numbered sub-heading ("（二）专任教师（讲师）", "(三)副教授"), on its own line or run into one: a
# short name with no clause break and nothing asked, the points under it in another numbering
# ("(1)…", "1.…", "①…").
_SUB_HEADING = re.compile(
    r"(?:^|(?<=[\s；;。]))[（(][一二三四五六七八九十]{1,3}[）)][^\S\n]*"
    r"(?P<name>[^，,。；;：:、\s]{1,16})\s*(?=[（(]\d{1,2}[）)]|\d{1,2}\s*[.、．]|["
    + CIRCLED_NUMBERS
    + "])",
    re.M,
)
# What a name asks, when it is a condition rather than a post ("（四）具有…", "（二）本科以上").
ASKS = re.compile(
    r"具有|具备|熟悉|掌握|熟练|精通|了解|能|会|以上|以下|学历|学位|经验|经历|证|年龄|岁|专业|要求|条件"
)
# (a post's line that states conditions too: "岗位二：叉车司机（3名），要求1年以上经验")
_POST_ASKS = re.compile(r"具有|具备|熟悉|掌握|以上|以下|学历|经验|要求|优先")


def drop_post_lines(text: str) -> str:
    """A Chinese requirements section without the lines that name a post rather than ask (a
    post's line with its number or head count; a numbered sub-heading that names a post over
    points of its own)."""
    if "（" in text or "(" in text:
        text = _SUB_HEADING.sub(_unless_asked, text)
    lines = text.split("\n")
    text = "\n".join(ln for ln in lines if not _post_line(ln))
    return _POST_NAME_BEFORE.sub(_name_dropped, text) if "：" in text or ":" in text else text


# A point that opens with its post's name and a colon before what that post asks ("1.社区网格巡查员：
# 初中及以上文化程度，…", a notice's 岗位条件 per post): the name goes, the conditions stay; not a
# field's label ("学历：本科", "驾驶员证：…" names what is asked).
_POST_NAME_BEFORE = re.compile(
    r"^(?P<lead>[^\S\n]*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)])?[^\S\n]*)"
    r"(?P<name>[^，,。；;：:\s\d]{2,12})[:：][^\S\n]*(?=\S)",
    re.M,
)


def _name_dropped(m: re.Match) -> str:
    name = m.group("name")
    return m.group("lead") if TITLE_RE.search(name) and not ASKS.search(name) else m.group(0)


def _post_line(line: str) -> bool:
    """True for a line that names a post rather than asks."""
    if _POST_LINE.match(line):
        return not _POST_ASKS.search(line)
    m = _NUMBERED_TITLE.match(line)
    return m is not None and bool(TITLE_RE.search(m.group("name"))) and not ASKS.search(line)


def _unless_asked(m: re.Match) -> str:
    return m.group(0) if ASKS.search(m.group("name")) else ""


# A pointer to the table's or the annex's own conditions ("岗位表中规定的其他条件", "符合招聘岗位
# 一览表要求的其他条件"): the table is read where it stands.
# (or to the post's own conditions, stated per post elsewhere: "具备岗位所需的学历、专业及其他资格
# 条件", "具有岗位所需的学历、专业和技能条件", "符合招聘岗位要求的其他条件"; not "具有岗位所需的专业知
# 识", which asks)
_POINTER = re.compile(
    r"^[^，,。；;]{0,10}(?:岗位表|岗位一览表|计划表|附表|附件|岗位信息表)[^，,。；;]{0,8}?"
    r"(?:规定|要求|列明|所列|所需)的?(?:其他|其它)?(?:条件|资格|要求)\s*$"
    r"|^(?:具备|具有|符合|满足)?(?:招聘)?(?:岗位|职位)(?:所需|要求|规定)的"
    r"(?:(?!能力|知识|技能(?!条件)|身体)[^，,。；;]){0,16}条件\s*$"
    # ("具备招录机关规定的拟任职位所要求的其他资格条件": the other conditions the employer sets)
    r"|^(?:具备|具有|符合|满足)[^，,。；;]{0,20}?(?:规定|要求)的(?:其他|其它)(?:资格)?条件\s*$"
)
# An equal-opportunity statement ("平等就业机会", "不因种族、性别…而歧视", "一视同仁"): the
# employer's word, no requirement.
_EQUAL = re.compile(
    r"机会均等|平等就业|就业歧视|歧视任何|而歧视|不会歧视|多元(?:与|和)?包容|一视同仁"
)


# A table's title on its line ("岗位表", "附：2026年招聘岗位一览表"): the rows are read as a table.
_TABLE_TITLE = re.compile(
    r"^(?:附(?:件|表)?\s*\d?\s*[:：]?\s*)?\S{0,24}?(?:岗位表|岗位一览表|职位表|计划表)$"
)


def says_for_employer(item: str) -> bool:
    """True for a Chinese item that points to the table's conditions, is a table's title or a
    post's own line, or states equal opportunity: no requirement."""
    text = item.strip(" ;；。.:：")
    if _POINTER.match(text) or _TABLE_TITLE.match(text) or _EQUAL.search(text):
        return True
    # (a post's own line left as an item where a line break was lost: "…者优先。 岗位二：叉车司机（3名）
    # 薪资：…")
    return _post_line(text)


# The labels of a post's record in a notice's table of posts, the post's own and those that ask.
_RECORD_LABELS = frozenset(
    ["职位代码", "职位编号", "岗位代码", "岗位编号", "招录机关", "用人司局", "招聘单位", "用人单位"]
    + ["职位名称", "岗位名称", "职位简介", "招录人数", "招考人数", "招聘人数", "考试类别"]
    + ["学历", "学位", "专业", "年龄", "政治面貌", "基层工作最低年限", "工作经历", "其他条件"]
    + ["备注"]
)
_RECORD_TOKEN = re.compile(r"\S+")


# An ATS's export of its posts as CSV ("岗位名称,所属部门,…,任职要求,薪资范围" over quoted rows): a
# header of three commas or more between short names, then rows of as many cells, one quoted at
# least. Each row is read as a record, its short fields on a line and each that holds clauses on
# a line of its own ("任职要求：1.中专以上学历,…"), rows apart.
_CLAUSES_IN = re.compile(r"[,，;；。]|\d[.、]\D")
_CSV_HEADER = re.compile(r"^[^\s,\"，]{1,12}(?:,[^\s,\"，]{1,12}){3,}$")


def csv_records(text: str) -> str:
    """The text with a CSV export's rows as records of labelled fields (see _CSV_HEADER)."""
    lines = text.strip("\n").split("\n")
    if not lines or not _CSV_HEADER.match(lines[0].strip()) or '"' not in text:
        return text
    header = lines[0].strip().split(",")
    out: list[str] = []
    rows = 0
    for line in lines[1:]:
        cells = next(csv.reader([line])) if line.strip() else []
        if len(cells) == len(header) and '"' in line:
            fields = [(name, cell.strip()) for name, cell in zip(header, cells, strict=True)]
            # (the short fields first, on one line as a board's header, then each that holds
            # clauses on its own: "任职要求：1.中专以上学历,…")
            long = [f for f in fields if _CLAUSES_IN.search(f[1])]
            out.append(
                "  ".join(f"{name}：{cell}" for name, cell in fields if (name, cell) not in long)
            )
            out.extend(f"{name}：{cell}" for name, cell in long)
            out.append("")
            rows += 1
        else:
            out.append(line)
    return "\n".join(out) if rows else text


def labelled_records(text: str) -> str:
    """The text with each post's record cut into its fields, a line each ("职位代码 10230001 招录机
    关 某某市税务局 … 学历 本科及以上 学位 学士及以上 专业 法学（0301）" → "职位代码 10230001\n招录机
    关 某某市税务局\n…\n学历 本科及以上\n…", each read as a field): a line of four labels or more,
    each before its value."""
    if not any(label in text for label in ("学历", "专业", "政治面貌")):
        return text
    return "\n".join(_record(line) for line in text.split("\n"))


def _record(line: str) -> str:
    if any(border in line for border in "|｜\t"):  # (a table's header or row: read by its columns)
        return line
    tokens = list(_RECORD_TOKEN.finditer(line))
    labels = [
        k
        for k, t in enumerate(tokens[:-1])
        if t.group(0) in _RECORD_LABELS and tokens[k + 1].group(0) not in _RECORD_LABELS
    ]
    if len(labels) < 4:
        return line
    out, at = [], 0
    for k in labels:
        if k:
            out.append(line[at : tokens[k - 1].end()] + "\n")
            at = tokens[k].start()
    return "".join(out) + line[at:]


# A poster as OCR gives it: its lines broken at the print's width, inside clauses ("年龄18-\n45周
# 岁，初中以上文化，\n身体健康…", "工作认真\n负责"). A text with such breaks has lines that end in a
# clause's comma or a range's dash; there a line that runs on is joined to the next unless that
# opens an item (a number, a bullet, a bracket) or a field (a label).
_WRAP_END = re.compile(r"(?:[，、,]|(?<=\d)[-~～—])\s*$")
_RANGE_CUT = re.compile(r"(?<=\d)[-~～—]\s*$")
_ENDED = re.compile(r"[。；;！!？?：:)）】]\s*$")
_BREAK_INSIDE = re.compile(r"[，、；;]")
_ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}\s*[、.．)）]|[" + CIRCLED_NUMBERS + r"【\[•·*●■◆▪➢-])"
)
# (nor what opens a field of its own: "技能技巧1了解…", "待遇：包吃住")
_FIELD_START = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*[:：]")
_WRAPS_AT_LEAST = 2
_OPENS_WITH_BREAK = re.compile(r"^[^\S\n]*[，、；;]")
# A poster's letter-spaced words as OCR gives them ("高 薪 诚 聘", "要 求：1、…"): single characters
# each set apart by a space or two; read as the word.
_LETTER_SPACED = re.compile(
    r"(?<!\w)[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff]))+"
)
_SPACE = re.compile(r"[ \u3000]")
# ... and an English poster's headings in spaced capitals ("M I N I M U M   Q U A L I F I C A T I
# O N S", "P R E F E R R E D"): four capitals or more each set apart by one space, the words by
# two or more; read as the words.
_LETTER_SPACED_EN = re.compile(r"(?<!\S)[A-Z](?: [A-Z]){3,}(?:[ \t]{2,}[A-Z](?: [A-Z])+)*(?!\S)")
_WORD_GAP = re.compile(r"[ \t]{2,}")


def letter_spaced(text: str) -> str:
    """The text with its letter-spaced words closed up (see _LETTER_SPACED, _LETTER_SPACED_EN)."""
    if "  " in text or " " in text and re.search(r"(?<!\S)[A-Z] [A-Z] [A-Z] [A-Z](?!\S)", text):
        text = _LETTER_SPACED_EN.sub(
            lambda m: " ".join(w.replace(" ", "") for w in _WORD_GAP.split(m.group(0))), text
        )
    return _LETTER_SPACED.sub(lambda m: _SPACE.sub("", m.group(0)), text)


# A line opening with a date and a time is a message's or a record's own (a chat log's "2026-11-28
# 14:03:10 买家："), never the rest of the line before it.
_STAMPED = re.compile(r"^\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[^\S\n]+\d{1,2}:\d\d")


def wrapped_lines(text: str) -> str:
    """The text with the lines a print's width broke inside a clause joined (see _WRAP_END)."""
    lines = text.split("\n")
    # (a range cut in two, "年龄18-", can only be the print's width: it counts twice; so does a
    # line that opens with a clause's comma, which print never sets at a line's start)
    wraps = sum(1 + bool(_RANGE_CUT.search(ln)) for ln in lines if _WRAP_END.search(ln))
    wraps += 2 * sum(1 for ln in lines if _OPENS_WITH_BREAK.match(ln))
    if wraps < _WRAPS_AT_LEAST:
        return text
    out = [[lines[0]]]  # each output line as its pieces
    broken = bool(_BREAK_INSIDE.search(lines[0]))  # (a break inside the output line so far)
    for line in lines[1:]:
        end = out[-1][-1].rstrip()[-2:]  # (only its end is looked at)
        # (a line that ends in a word, "工作认真", runs on into a line that goes on with the text:
        # one with a break or an end of its own, "负责，有…者", "优先。"; not into an item of a list
        # whose lines carry no marks, "熟悉Java")
        runs_on = _WRAP_END.search(end) or (
            broken and (_BREAK_INSIDE.search(line) or _ENDED.search(line))
        )
        if (
            end
            and line.strip()
            and runs_on
            and not _ENDED.search(end)
            and not _ITEM_START.match(line)
            and not _FIELD_START.match(line)
            and not _STAMPED.match(line)
            and label_of(line.strip())[0] is None
        ):
            out[-1][-1] = out[-1][-1].rstrip()
            out[-1].append(line.strip())
            broken = broken or bool(_BREAK_INSIDE.search(line))
        else:
            out.append([line])
            broken = bool(_BREAK_INSIDE.search(line))
    return "\n".join("".join(pieces) for pieces in out)
