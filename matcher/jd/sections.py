"""Sections of one posting by their headings (Chinese and English; inline, numbered 一、 1. ①, or
on a line of their own) and the items of a section (numbered points, bullets, sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.jd.clauses import NICE

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
            "要求",
            "用人要求",
            "人员要求",
            "工作要求",
            "招聘条件",
            "岗位条件",
            "资格条件",
            "任职要求及条件",
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
            "your responsibilities",
            "tasks",
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
            "must-haves",
            "must haves",
            "skills",
            "skills and experience",
            "skills & requirements",
            "skills and requirements",
            "requirements & skills",
            "your qualifications",
            "your skills",
            "what you need",
            "what you'll need",
            "what you will need",
            "what you’ll need",
            "who we're looking for",
            "who we are looking for",
            "what we expect",
            "about you",
            "what we ask for",
            "what we ask",
            "your background",
            "your experience",
            "you have",
            "you bring",
            "the ideal candidate",
            "ideal candidate",
            "candidate profile",
            "job requirements",
            "position requirements",
            "minimum requirements",
            "key requirements",
            "key skills",
            "essential skills",
            "essential criteria",
            "education and experience",
            "experience and skills",
            "knowledge, skills and abilities",
            "what you need to succeed",
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
            "nice-to-haves",
            "nice to haves",
            "preferred qualifications",
            "preferred skills",
            "desired skills",
            "desirable criteria",
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
        [
            "benefits",
            "job benefits",
            "perks",
            "perks and benefits",
            "benefits and perks",
            "perks & benefits",
            "benefits & perks",
            "what we offer",
            "we offer",
            "we offer you",
            "our offer",
            "compensation",
            "salary",
            "wir bieten",
            "company description",
            "about the company",
            "who we are",
            "additional information",
            "zusätzliche informationen",
            "weitere informationen",
            "what you'll get",
            "what you get",
            "our offer to you",
            "what's in it for you",
            "why join us",
            "why you'll love working here",
            "highlights",
        ],
        "other",
    ),
}

_EN_HEADINGS.update({w.replace("'", "’"): k for w, k in list(_EN_HEADINGS.items()) if "'" in w})


def word_trie(words) -> str:
    """An alternation of the words as a trie ("a(?:bout(?: us| the role)|…)"): the regex engine
    then tries one branch per character instead of every word at every position, and a longer
    word is still tried before a word it begins with."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


_ZH_WORDS = word_trie(_ZH_HEADINGS)
_EN_WORDS = word_trie(_EN_HEADINGS)
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


# A heading in Title Case or capitals inside a scraped line ("… key. Requirements You have …",
# "… fun! YOUR PROFILE You have …", "… goals Ihr Profil At least …"): after a sentence end (a
# few lower-case words may follow it: "Your qualifications skills & experience"), after a
# lower-case word when it has two words or more, or in capitals after any space; always before a
# capitalised word, a digit or a bullet. Case-sensitive, so "requirements you" in a sentence is
# none. Candidates are the capitalised words of the text, looked up by their first word.
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*")
_BY_FIRST: dict[str, list[str]] = {}
for _form in sorted(
    {f for w in _EN_HEADINGS for f in (w.capitalize(), w.title(), w.upper())}, key=len, reverse=True
):
    _BY_FIRST.setdefault(_form.split()[0], []).append(_form)
# One-word headings that head a section even right after a lower-case word (a lost line break).
_STRONG_SINGLE = frozenset(["Requirements", "Qualifications", "Responsibilities", "Benefits"])
_NEXT_CAPITAL = re.compile(r"\s+[A-Z0-9•*<]")
_TAIL = re.compile(r"(?:\s+[a-z&]+){0,4}(?=\s+[A-Z0-9•*<]|\s*$)", re.M)


def _inline_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the Title Case or capital headings inside lines (see above)."""
    out = []
    for m in _CAP_WORD.finditer(text):
        forms = _BY_FIRST.get(m.group(0))
        if not forms:
            continue
        pos = m.start()
        before = text[max(0, pos - 2) : pos]
        after_sentence = bool(re.search(r"[.!?)]\s?$", before))
        for form in forms:
            end = pos + len(form)
            if not text.startswith(form, pos) or text[end : end + 1].isalnum():
                continue
            if after_sentence:
                tail = _TAIL.match(text, end)
                if tail:
                    out.append((pos, tail.end(), form))
                    break
            nxt = _NEXT_CAPITAL.match(text, end) is not None
            lower_before = bool(re.search(r"[a-z>]\s$", before))
            # "… und Requirements Engineering" is a name, not a heading
            joined = re.search(
                r"(?:\b(?:und|and|or|oder|of|for|in|im)|&)\s$", text[max(0, pos - 6) : pos]
            )
            strong = " " in form or (form in _STRONG_SINGLE and not joined)
            if nxt and ((lower_before and strong) or (form.isupper() and before[-1:].isspace())):
                out.append((pos, end, form))
                break
    return out


# A sentence ending in a colon that announces requirements ("This role requires … including:",
# "We are looking for:", "Join us if you:", "It would be a plus if you have:").
_COLON = re.compile(r":(?=\s|$)")
_WORD = re.compile(r"\S+")
# (Headings are an open vocabulary: "What You'll Bring:", "Technical Skills Required:",
# "Additional Skills/Experience:", "What you offer:" — a short phrase before a colon with one of
# these words heads the requirements, unless it speaks of duties or of what the company offers.)
_LEAD_IN_CUE = re.compile(
    r"\b(?:requires?|required|requirements?|qualifications?|looking for|seeking|if you|you (?:have|bring|"
    r"need|should|must|offer)|we expect|ideal candidate|must[- ]haves?|nice[- ]to[- ]haves?|plus if"
    r"|skills?|profile|background|expertise|competenc\w*|bring|about you)\b",
    re.I,
)
_LEAD_IN_NOT = re.compile(
    r"\b(?:experience level|job description|job type|responsib\w*|tasks?|duties|mission|will do"
    r"|involve|we offer|offer you|benefits?|perks|salary|company)\b",
    re.I,
)


_HEADING_ADJECTIVE = re.compile(
    r"Additional|Technical|Required|Preferred|Desired|Key|Other|Core|Essential|Minimum|Basic"
    r"|Professional|Personal|Soft|Hard|Your|Our|Weitere|Allgemeine|Zusätzliche"
)


def _lead_ins(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each lead-in: the shortest run of words before a colon that
    starts with a capital within the sentence and announces requirements (see _lead_in)."""
    out = []
    for colon in _COLON.finditer(text):
        start = max(0, colon.start() - 160)
        window = text[start : colon.start()]
        stop = max(window.rfind(c) for c in ".!?;:\n),")
        if not _LEAD_IN_CUE.search(window, stop + 1):
            continue
        words = list(_WORD.finditer(window, stop + 1))[-16:]
        for k in range(len(words) - 1, -1, -1):
            phrase = window[words[k].start() :] + ":"
            if words[k].group(0)[0].isupper() and _lead_in(phrase):
                while k and _HEADING_ADJECTIVE.fullmatch(words[k - 1].group(0)):
                    k -= 1  # "Additional Skills/Experience:", "Technical Skills Required:"
                out.append(
                    (start + words[k].start(), colon.end(), window[words[k].start() :] + ":")
                )
                break
    return out


def _lead_in(sentence: str) -> bool:
    """True for a short English sentence that ends in a colon and announces requirements."""
    return (
        len(sentence.split()) <= 16
        and bool(_LEAD_IN_CUE.search(sentence))
        and not _LEAD_IN_NOT.search(sentence)
    )


@dataclass
class Section:
    """A section: its kind, the heading as written, its text and whether its items are musts."""

    kind: str
    heading: str
    text: str
    must: bool = True


def _heading_kind(word: str) -> tuple[str, bool]:
    if word.endswith(":") and _lead_in(word):
        return "qualifications", not NICE.search(word)
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
    found += _inline_headings(text)
    # a lead-in that runs into a heading of the lists ("… advantageous Additional Information:")
    # yields to it
    found += [h for h in _lead_ins(text) if not any(h[0] < f[0] < h[1] for f in found)]
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
_EN_SENTENCE = re.compile(r"(?<=[A-Za-z0-9)][a-z0-9)][.!?])\s+(?=[A-Z])")
# Breaks a scraper glued shut: a bullet "∙" mid-line, "a plusPersonality:" (a heading glued to
# the word before), "(e.g. MySQL)databases" (the next item glued to a parenthesis).
_GLUED = re.compile(
    # (?<!\s): matches start where a run of white space starts (scanned once, not per character)
    r"(?<!\s)\s*∙\s*|(?<=\s)\*\s+"
    # a heading glued to a lower-case word, not a CamelCase name ("OpenShift:", "DevOps:")
    r"|(?<=[a-z]{2})(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<![A-Z][a-z]{4})"
    r"(?<![A-Z][a-z]{5})(?=[A-Z][a-z]+:)|(?<=\))(?=[a-z]{4})|(?:^|(?<!\s)\s+)\d{1,2}\)\s+(?=[A-Z])"
)


_BULLET_LINE = re.compile(r"^\s*(?:[-–•*·∙▪●➢◆◾]|\(?\d{1,2}\s*[.)、]\s|[a-z][.)]\s)")


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
    out = []
    for piece in _ITEM_BREAK.split(unglue_numbering(text)):
        if not piece:
            continue
        for part in (p for glued in _GLUED.split(piece) for p in _EN_SENTENCE.split(glued)):
            part = part.strip().strip("*").strip()
            # "1、2能够…", "2根据…": a number glued to the text, not 2年 / 3个月
            part = re.sub(
                r"^\d{1,2}(?:\s*[、.．]\s*\d{1,2})?(?=[\u4e00-\u9fff])(?![年个岁月周天])", "", part
            )
            if re.search(r"[\w\u4e00-\u9fff]", part):
                out.append(part)
    return out
