"""Sections of one posting by their headings (Chinese and English; inline, numbered 一、 1. ①, or
on a line of their own) and the items of a section (numbered points, bullets, sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTION_KINDS = ("summary", "duties", "qualifications", "other")

# Heading words and the section they open. Longest first when matched.
_ZH_HEADINGS: dict[str, str] = {
    **dict.fromkeys(
        [
            "岗位描述",
            "职位概要",
            "岗位概述",
            "职位概述",
            "工作概述",
            "岗位概要",
            "职位描述",
            "岗位简介",
            "职位简介",
            "岗位使命",
            "岗位目的",
            "职位背景及职责概述",
            "工作概要",
            "岗位说明",
            "公司简介",
            "公司介绍",
        ],
        "summary",
    ),
    **dict.fromkeys(
        [
            "岗位职责",
            "主要职责",
            "工作职责",
            "职责和要求",
            "职责与任务",
            "工作的职责与任务",
            "职责描述",
            "工作内容",
            "工作任务",
            "职责范围",
            "具体职责",
            "职责",
            "主要工作",
            "岗位工作",
            "职责细则",
        ],
        "duties",
    ),
    **dict.fromkeys(
        [
            "任职资格",
            "任职要求",
            "职位要求",
            "岗位要求",
            "任职条件",
            "资格要求",
            "应聘要求",
            "招聘要求",
            "岗位资格",
            "职位资格",
            "任职标准",
            "基本要求",
            "能力要求",
            "素质要求",
            "应聘条件",
            "岗位任职资格",
            "技能要求",
        ],
        "qualifications",
    ),
    **dict.fromkeys(
        [
            "薪资与福利",
            "薪资待遇",
            "福利待遇",
            "薪酬福利",
            "薪资福利",
            "工作环境",
            "岗位工作环境",
            "发展前景",
            "晋升通道",
            "总结",
            "附件",
            "岗位权限",
            "工作权限",
            "关键考核指标",
            "考核指标",
            "工作关系",
            "外部关系",
            "内部关系",
            "工作时间",
            "工作地点",
            "工作基本信息",
            "管理标准",
            "联系方式",
            "公司福利",
        ],
        "other",
    ),
}
_EN_HEADINGS: dict[str, str] = {
    **dict.fromkeys(
        [
            "job description",
            "summary",
            "job summary",
            "about the role",
            "about the job",
            "about us",
            "overview",
            "projekt-beschreibung",
            "projektbeschreibung",
            "beschreibung",
            "description",
        ],
        "summary",
    ),
    **dict.fromkeys(
        [
            "key responsibilities",
            "responsibilities",
            "duties",
            "main duties",
            "what you'll do",
            "what you will do",
            "your tasks",
            "the role",
            "aufgaben",
            "ihre aufgaben",
            "aufgabe",
            "ihre tätigkeiten",
            "tätigkeiten",
            "aufgabenbeschreibung",
        ],
        "duties",
    ),
    **dict.fromkeys(
        [
            "requirements",
            "qualifications",
            "required qualifications",
            "minimum qualifications",
            "basic qualifications",
            "required skills",
            "must-have skills",
            "must have skills",
            "must-have",
            "skills",
            "skills and experience",
            "your profile",
            "who you are",
            "what you bring",
            "what we're looking for",
            "what we are looking for",
            "anforderungen",
            "ihr profil",
            "profil",
            "qualifikationen",
            "ihre qualifikationen",
            "muss-anforderungen",
            "muss anforderungen",
            "mussanforderungen",
            "anforderungsprofil",
            "voraussetzungen",
            "das bringen sie mit",
            "was sie mitbringen",
            "ihre kenntnisse",
        ],
        "qualifications",
    ),
    **dict.fromkeys(
        [
            "nice-to-have skills",
            "nice to have skills",
            "nice-to-have",
            "nice to have",
            "preferred qualifications",
            "preferred skills",
            "bonus points",
            "bonus",
            "pluspunkte",
            "soll-anforderungen",
            "soll anforderungen",
            "kann-anforderungen",
            "wünschenswert",
            "von vorteil",
        ],
        "qualifications:nice",
    ),
    **dict.fromkeys(
        ["benefits", "what we offer", "we offer", "compensation", "salary", "wir bieten"], "other"
    ),
}

_ZH_WORDS = "|".join(sorted(map(re.escape, _ZH_HEADINGS), key=len, reverse=True))
_EN_WORDS = "|".join(sorted(map(re.escape, _EN_HEADINGS), key=len, reverse=True))
# 一、任职资格 / 三、工作的职责与任务1. : a Chinese-numbered heading, any text may follow.
_ZH_NUMBERED = re.compile(
    rf"(?:^|(?<=[\s。;；!！:：]))[一二三四五六七八九十]{{1,3}}\s*[、.．]\s*(?P<w>{_ZH_WORDS})"
)
# 任职资格 / 主要职责1. / 职位概述作为… at a line start (after a title echo or bullet at most); the
# prefix stays on its line (across a run of blank lines each line start rescanned the rest).
_ZH_LINE_START = re.compile(
    rf"^(?:[^\S\n]|[*#>【\[])*+(?:\d{{1,2}}\s*[.、．]\s*)?(?P<w>{_ZH_WORDS})(?P<after>.?)", re.M
)
# …安排; 任职资格 / 基本要求 ➢ / 工作权限: : mid-line, then a separator.
_ZH_MIDLINE = re.compile(
    rf"(?<=[\s。;；!！】\]])(?P<w>{_ZH_WORDS})(?=\s*(?:[:：]|$|➢|•|◆|\d|[①-⑩])|[ \t])|(?P<w2>{_ZH_WORDS})(?=[:：])",
    re.M,
)
_EN_HEADING = re.compile(
    # On a line start: the word, then a colon, the line end, or (capitalised) the text on the line.
    # Linear: the prefix stays on its line, each optional token takes the whitespace after it
    # (four \s* around optional tokens split a run of spaces every way: cubic), and a
    # parenthesis is at most 80 characters (".*?" scanned to the line end at every heading word).
    rf"^(?:[^\S\n]|[*#>\-])*+(?P<w>(?i:{_EN_WORDS}))"
    rf"\s*(?:\([^)\n]{{0,80}}\)\s*)?(?:[:：]\s*)?(?:\*+\s*)?(?:$|(?=[A-Z\-•*]))"
    rf"|(?<=[\s.!*])(?P<w2>(?i:{_EN_WORDS}))\s*[:：]\s*\**",
    re.M,
)


@dataclass
class Section:
    """A section: its kind, the heading as written, its text and whether its items are musts."""

    kind: str
    heading: str
    text: str
    must: bool = True


def _heading_kind(word: str) -> tuple[str, bool]:
    kind = _ZH_HEADINGS.get(word) or _EN_HEADINGS.get(word.lower(), "other")
    if kind == "qualifications:nice":
        return "qualifications", False
    return kind, True


def _find_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every heading, in order, overlapping matches removed."""
    found: list[tuple[int, int, str]] = []
    for m in _ZH_NUMBERED.finditer(text):
        found.append((m.start(), m.end("w"), m.group("w")))
    for m in _ZH_LINE_START.finditer(text):
        word, after = m.group("w"), m.group("after")
        # Short words (职责) need a separator after them; longer ones may run into the text.
        if len(word) >= 4 or after in ("", ":", "：", " ", "\n") or after.isdigit():
            found.append((m.start("w"), m.end("w"), word))
    for m in _ZH_MIDLINE.finditer(text):
        word = m.group("w") or m.group("w2")
        key = "w" if m.group("w") else "w2"
        spaced = key == "w" and text[m.end(key) : m.end(key) + 1] in (" ", "\t")
        if len(word) >= 4 or (key == "w" and not spaced):  # "工作任务 职责", not "职责 …"
            found.append((m.start(key), m.end(key), word))
    for m in _EN_HEADING.finditer(text):
        key = "w" if m.group("w") else "w2"
        word = m.group(key)
        if not word[0].isupper() and (key == "w2" or text[m.end() : m.end() + 1].strip()):
            continue  # "Anforderungen werden …" is a sentence; "requirements:" on its own is a heading
        found.append((m.start(key), m.end(), word))
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in found:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def split_sections(text: str) -> list[Section]:
    """The posting's sections in order; text before the first heading is the summary."""
    heads = _find_headings(text)
    sections: list[Section] = []
    first = heads[0][0] if heads else len(text)
    if text[:first].strip():
        sections.append(Section("summary", "", text[:first].strip()))
    for k, (_start, end, word) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        kind, must = _heading_kind(word)
        body = text[end:stop].strip().lstrip(":：*").strip()
        body = re.sub(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*$", "", body)
        sections.append(Section(kind, word, body, must))
    return sections


# Item boundaries: numbered points (1. 2、 ① (1)), bullets, sentence ends, line ends. A marker
# takes no whitespace before it (the pieces are stripped): a leading \s* made every position of
# a run of spaces scan the rest of the run, quadratic in its length (20 KB of spaces: 24 s).
_ITEM_BREAK = re.compile(
    r"\n+|(?<=[。;；!！?？])\s*"
    r"|(?<![\d.])(?<![A-Za-z])\d{1,2}\s*(?:[.．](?!\d)|、)\s*|[①-⑳]\s*|[(（]\d{1,2}[)）]\s*"
    r"|[➢•◆●▪■◇★※]\s*|(?:^|(?<=\s))[-–]\s+"
)
_EN_SENTENCE = re.compile(r"(?<=[a-z0-9)]{2}[.!?])\s+(?=[A-Z])")


def split_items(text: str) -> list[str]:
    """The points of a section: numbered items, bullets, sentences; empty pieces dropped."""
    out = []
    for piece in _ITEM_BREAK.split(text):
        if not piece:
            continue
        for part in _EN_SENTENCE.split(piece):
            part = part.strip().strip("*").strip()
            # "1、2能够…", "2根据…": a number glued to the text, not 2年 / 3个月
            part = re.sub(
                r"^\d{1,2}(?:\s*[、.．]\s*\d{1,2})?(?=[\u4e00-\u9fff])(?![年个岁月周天])", "", part
            )
            if re.search(r"[\w\u4e00-\u9fff]", part):
                out.append(part)
    return out
