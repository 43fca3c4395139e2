"""Split a JD text into postings: drop download-site boilerplate, find the title lines that start
each posting of a scraped collection, and name each posting."""

from __future__ import annotations

import re

from matcher.jd.heading_words import EN_HEADINGS
from matcher.jd.zh_heading_words import ZH_HEADINGS
from matcher.vocab import HAS_HAN

# Boilerplate of document-sharing sites, removed wherever it appears (inside lines too).
_INLINE_JUNK = re.compile(
    r"好好学习社区|更多免费资料下载\s*[:：]?|德信诚培训网|(?:https?://|www\.)[\w./%?=&#:-]+"
    r"|【[^】\n]{0,12}(?:说明书|范文|职责|精选)[^】\n]{0,6}】|_{3,}"
)
# Whole lines of boilerplate: download notices, "related documents" footers.
_JUNK_LINE = re.compile(
    r"^\s*(?:\d+\s*[.、]\s*)*(?:合集下载|相关文档|最新文档|下载文档前请自行甄别|.{0,4}仅部分预览"
    r"|如文档侵犯您的权益|本文档由|文档下载|免费下载|点击下载|下载地址|上一篇|下一篇|返回顶部)"
)
# A collection's title line: "客服主管岗位说明书", "外贸客服主管岗位职责", "2024年…详细说明(三篇)".
_TITLE_TAIL = re.compile(
    r"(?:的)?(?:工作)?(?:岗位|职位)?(?:职责|说明书|职责说明书?|职位说明书|工作说明书|描述)"
    r"(?:详细说明|说明书?)?(?:范例|范文|模板|大全)?\s*$"
)
# (whitespace from the start of its run only: tried at every space of a run, quadratic)
_COUNT_TAIL = re.compile(r"(?<!\s)\s*+[(（](?:精选)?[\d一二三四五六七八九十]+篇[)）]\s*$")
_YEAR_HEAD = re.compile(r"^\s*(?:19|20)\d\d\s*年\s*(?:度)?")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?：:、]")
# A posting names itself in a field: "岗位名称:客服经理所属部门", "岗位名称 商用客户主任 所属部门".
_NAMED = re.compile(
    r"(?:(?:岗位|职位)名称|招聘(?:岗位|职位))\s*[:：】\]]?\s*([\u4e00-\u9fffA-Za-z]{2,12}?)"
    r"(?=\s|所属|所在|部门|岗位|直接|编号|$|[,，;；:：])"
)
_EN_TITLE = re.compile(
    r"^\s*(?:job\s+title|position|title|projekt-titel|titel|role)\s*[:：]?\s*$", re.I
)
_EN_TITLE_INLINE = re.compile(r"^\s*(?:job\s+title|position)\s*[:：]\s*(\S.{1,80})$", re.I)
_ARTICLE_NO = re.compile(r"^篇\s*(?:\d+|[一二三四五六七八九十]+(?![、.．]))")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


# C1 control characters are Windows-1252 punctuation a scraper decoded as Latin-1: "\x92" is
# the apostrophe of "Master’s", "\x95" a bullet, "\x96" a dash. Read as what they stand for, a
# bullet splits a run-on list and a heading before it is found; one character each, so offsets
# into the text stay.
_CP1252 = {
    code: bytes([code]).decode("cp1252", "replace").replace("\ufffd", " ")
    for code in range(0x80, 0xA0)
}


def clean_lines(text: str) -> list[str]:
    """The text's lines with boilerplate removed (inline junk cut, junk lines dropped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    text = text.replace("\xa0", " ").replace("\ufeff", "").translate(_CP1252)
    out = []
    for line in text.split("\n"):
        if _JUNK_LINE.match(line):
            continue
        out.append(_INLINE_JUNK.sub(" ", line).rstrip())
    return out


def title_of_heading(line: str) -> str | None:
    """The job title a collection's title line names, or None when the line is no title line."""
    core = line.strip().strip("*#").strip()
    if not core or len(core) > 40 or _SENTENCE_PUNCT.search(core) or not HAS_HAN.search(core):
        return None
    core = _COUNT_TAIL.sub("", core)
    if not _TITLE_TAIL.search(core):
        return None
    title = _YEAR_HEAD.sub("", _TITLE_TAIL.sub("", core)).strip()
    # (a bilingual page's heading, "Your Responsibilities 岗位职责", names no post)
    if title.lower() in EN_HEADINGS:
        return None
    return title or None


def _strip_echo(body: list[str], heading: str, title: str) -> list[str]:
    """Drop the title that scraped pages repeat at the start of the first body line."""
    if not body:
        return body
    first = body[0].lstrip()
    bare = _COUNT_TAIL.sub("", heading.strip())
    for echo in (heading.strip(), bare):
        if echo and first.startswith(echo):
            first = first[len(echo) :].lstrip()
            break
    first = _ARTICLE_NO.sub("", first).lstrip()
    if first.startswith(bare):  # "客服岗位说明书篇1" after the counted heading
        first = _ARTICLE_NO.sub("", first[len(bare) :]).lstrip()
    if (
        title
        and first.startswith(title)
        and re.match(r"[一二三四五六七八九十]、", first[len(title) :])
    ):
        first = first[len(title) :]
    return [first, *body[1:]]


def named_title(lines: list[str]) -> str | None:
    """The title a posting gives itself in a 岗位名称 / Title field, if any."""
    for i, line in enumerate(lines[:40]):
        m = _NAMED.search(line)
        if m:
            return m.group(1)
        m = _EN_TITLE_INLINE.match(line)
        if m:
            return m.group(1).strip()
        if _EN_TITLE.match(line):
            nxt = next((x.strip() for x in lines[i + 1 : i + 3] if x.strip()), "")
            if nxt and len(nxt) <= 80:
                return nxt
    return None


def language_of(text: str) -> str:
    """'zh' when Chinese characters carry the text, else 'en' (German texts say 'de'). A
    Chinese character is about a word: a bilingual text with as many Chinese characters as Latin
    words is Chinese (its readers are)."""
    cjk = len(HAS_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk and (cjk * 3 >= latin or cjk >= len(_LATIN_WORD.findall(text))):
        return "zh"
    if re.search(
        r"\b(?:und|wir|für|Sie|mit|der|die|das|ist|nicht|NICHT|oder|zur|zum|von|bei)\b", text
    ) and not re.search(r"\b(?:the|and|with|you)\b", text):
        return "de"
    return "en"


def split_postings(text: str) -> list[tuple[str, list[str]]]:
    """(title, body lines) of each posting, in order. A run of title lines (the same title
    repeated, a collection title before it) starts one posting named by its last line."""
    lines = clean_lines(text)
    starts: list[tuple[int, str, str]] = []  # (first body line, heading, title)
    i = 0
    while i < len(lines):
        title = title_of_heading(lines[i])
        if title is None:
            i += 1
            continue
        heading = lines[i]
        j = i + 1
        while j < len(lines):  # swallow the run of title lines and blank lines
            if not lines[j].strip():
                j += 1
            elif title_of_heading(lines[j]) is not None:
                heading, title = lines[j], title_of_heading(lines[j])
                j += 1
            else:
                break
        starts.append((j, heading, title))
        i = j
    if not starts:
        body = [ln for ln in lines]
        return [(named_title(body) or _first_line_title(body), body)] if _has_text(body) else []
    postings = []
    lead = lines[: _run_start(lines, starts[0][0])]
    if _has_text(lead) and sum(len(x) for x in lead) > 200:  # a posting before the first title
        postings.append((named_title(lead) or _first_line_title(lead), lead))
    for k, (first, heading, title) in enumerate(starts):
        end = _run_start(lines, starts[k + 1][0]) if k + 1 < len(starts) else len(lines)
        body = _strip_echo(lines[first:end], heading, title)
        if _has_text(body):
            postings.append((named_title(body) or title, body))
    return postings


def _run_start(lines: list[str], first_body: int) -> int:
    """The index of the first title line of the run that ends before `first_body`."""
    k = first_body
    while k > 0 and (not lines[k - 1].strip() or title_of_heading(lines[k - 1]) is not None):
        k -= 1
    return k


def _has_text(lines: list[str]) -> bool:
    return any(re.search(r"\w", ln) for ln in lines)


# What a job board puts before a title (its name or a tag in 【】, 招聘：, 急招) and after it (the
# pay, " | " and the board's name). (A break starts where a run of white space starts: tried
# from every space of a long run, "\s+(?=…)" is quadratic in its length.)
_ZH_TITLE_TAG = re.compile(r"^(?:【[^】]{1,10}】\s*|(?:招聘|急招|诚聘)\s*[:：]?\s*)+")
_ZH_TITLE_END = re.compile(
    r"(?<!\s)\s+(?=底薪|月薪|年薪|薪资|\d[\d.]*\s*(?:[-~～]\s*\d[\d.]*\s*)?(?:千|万|[Kk]|元))"
    r"|(?<!\s)\s*[|｜]\s*"
)
# A career site's navigation above the title ("Skip to main content", "Careers at Acme", "Search
# Jobs | Students & Graduates | Sign In", "Candidate Home"): no title.
_NAVIGATION = re.compile(
    r"(?:skip to (?:main )?content|careers at\b.{0,60}|(?:search|find) (?:for )?jobs\b.{0,80}"
    r"|sign in|log ?in|sign up|candidate home|home|jobs|careers|menu|back to (?:jobs|search results))",
    re.I,
)


# A career site's page scraped into one line: the title stands after its navigation and before
# the Apply button ("… Candidate Home Sign In Litigation Paralegal Apply locations Chicago, IL …"),
# or in a "Job Title:" field.
_NAV_THEN_TITLE = re.compile(
    r"^.{0,300}\b(?:Sign In|Log ?In|Candidate Home|Back to (?:Jobs|Search Results))\s+"
    r"(?P<t>[A-Z][^|:]{1,80}?)\s+Apply\b",
)
_TITLE_FIELD = re.compile(
    r"\b(?:Job|Position|Posting) Title\s*:\s*(?P<t>[A-Z][^|:]{1,80}?)"
    r"(?=\s+(?:Location|Department|Job (?:ID|Type|Category)|Req(?:uisition)?|Posted|Apply|"
    r"Employment|Company|Salary|Pay|Schedule|Reports? to)\b|\s*[|]|\s*$)",
)


def _page_title(line: str) -> str | None:
    """The title of a one-line career-site page: a "Job Title:" field, else the run between its
    navigation and its Apply button (a few words that start with a capital)."""
    for pattern in (_TITLE_FIELD, _NAV_THEN_TITLE):
        m = pattern.search(line)
        if m and len(m.group("t").split()) <= 10:
            return m.group("t").strip()
    return None


# A summary heading glued to the first sentence, and the role it casts the reader in
# ("职位概述作为外贸客服主管，您将负责…", "岗位概述：担任…"): not part of the title.
_SUMMARY_LEAD = re.compile(
    "^(?:"
    + "|".join(sorted((w for w, kind in ZH_HEADINGS.items() if kind == "summary"), key=len)[::-1])
    + r")\s*[:：]?\s*(?:作为|担任)?"
)


_BILINGUAL_TITLE = re.compile(r"[A-Z][A-Za-z&/-]*(?: [A-Za-z&/-]+){0,5} [\u4e00-\u9fff]{2,12}")


def _first_line_title(lines: list[str]) -> str:
    """A posting without a title line: its first short line after the site's navigation, else
    the head of a long first line before " - " / " | " (a scraped page: "Senior .NET Developer
    - Acme Inc. - Austin, …") or a one-line page's title field or run before Apply, else an
    empty title."""
    for line in lines:
        s = line.strip().strip("*#").strip()
        if s and _NAVIGATION.fullmatch(s):
            continue
        if len(s) > 60 and not HAS_HAN.search(s) and (page := _page_title(s)):
            return page
        long = len(s) > 20
        if HAS_HAN.search(s):  # "【58同城】销售代表 底薪4000+…", "会计 4.5-6千/月", "… | 猎聘"
            s = _ZH_TITLE_END.split(_ZH_TITLE_TAG.sub("", s), maxsplit=1)[0].strip()
            if _NAVIGATION.fullmatch(s):  # ("Careers | 某某医疗器械（上海）有限公司": the site's)
                continue
        if s:
            # (a bilingual page's title, the English name then the Chinese: "Regulatory Affairs
            # Specialist 注册专员")
            if _BILINGUAL_TITLE.fullmatch(s):
                return s
            # "销售经理 负责区域销售。【任职要求】…", "仓储主管，负责仓库团队的管理。"
            if HAS_HAN.search(s) and (long or re.search(r"[，。；]", s)):
                s = _SUMMARY_LEAD.sub("", s)  # "职位概述作为外贸客服主管，您将…"
                head = re.split(r"[\s【\[（(：:，,。;；]", s, maxsplit=1)[0].strip()
                return head if 2 <= len(head) <= 20 else ""
            if len(s) <= 60:
                return s
            head = re.split(r"\s+[-–|·]\s+", s, maxsplit=1)[0].strip()
            if len(head) > 60 and head != s:  # "Research Associate in … at University of …"
                head = re.split(r"\s+at\s+(?=[A-Z])", head, maxsplit=1)[0]
            return head if len(head) <= 60 and head != s else ""
    return ""
