"""Where a posting's headings stand and what they open: headings on a line of their own, numbered
(一、), inline in a scraped line, and sentences that lead into the requirements ("…including:").
The words themselves are in heading_words and zh_heading_words."""

from __future__ import annotations

import re

from matcher.jd.heading_words import EN_HEADINGS
from matcher.jd.labels import CIRCLED_NUMBERS, NICE, is_job_fact
from matcher.jd.lead_ins import PICTO_BULLETS, announces_requirements, following, lead_ins
from matcher.jd.numbered_blocks import numbered_blocks
from matcher.jd.zh_heading_words import ZH_HEADINGS
from matcher.jd.zh_lines import ASKS
from matcher.resume.skills import SKILL_LEXICON
from matcher.vocab import language_mentions


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


_ZH_WORDS = word_trie(ZH_HEADINGS)
_EN_WORDS = word_trie(EN_HEADINGS)
# 一、任职资格 / 三、工作的职责与任务1. : a Chinese-numbered heading, any text may follow.
_ZH_NUMBERED = re.compile(
    rf"(?:^|(?<=[\s。;；!！:：]))[一二三四五六七八九十]{{1,3}}\s*[、.．]\s*(?P<w>{_ZH_WORDS})"
)
# A notice's numbered heading that names its conditions in its own words ("二、应聘人员应具备的条
# 件", "三、报考人员须具备以下条件"): the conditions of application, whatever leads into them (not
# those of the medical, the exam or the pay); so is a group of them numbered in brackets
# ("（二）身体条件", "（三）专业条件").
_ZH_NUMBERED_CONDITIONS = re.compile(
    r"(?:^|(?<=[\s。;；!！]))(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
    r"(?P<w>(?![^\n]{0,14}?(?:体检|考试|考核|材料|纪律|薪酬|待遇|回避|工作条件))"
    r"[^\s，,。；;:：、]{0,14}?(?:条件|要求))(?=[^\S\n]*[:：]?[^\S\n]*(?:\n|$|\d|[(（]))",
    re.M,
)
# ... and one that names the notice's procedure, pay or notes ("三、报名办法", "四、工资待遇",
# "五、其他事项"): a section of its own, no requirements, on a line of its own.
_ZH_NUMBERED_OTHER = re.compile(
    r"^[^\S\n]*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<w>[^\s，,。；;:：、]{0,10}"
    r"(?:办法|方式|程序|流程|时间|地点|待遇|福利|须知|事项|说明|安排|材料|简介|概况|咨询|纪律|监督"
    # (the posts a notice lists, "三、招考岗位" over its table: their conditions are the table's)
    r"|(?:招聘|招考|招录)(?:岗位|职位)))"
    r"[^\S\n]*[:：]?[^\S\n]*$",
    re.M,
)
# 任职资格 / 主要职责1. / 职位概述作为… at a line start (after a title echo or bullet at most); the
# prefix stays on its line (across a run of blank lines each line start rescanned the rest).
# (a notice numbers its sub-headings in parentheses: "（一）基本条件", "(二)岗位条件")
# (a social post glues a check mark or pictograph to its heading: "✅要求：", "📌任职要求")
_ZH_LINE_START = re.compile(
    rf"^(?:[^\S\n]|[*#>【\[{PICTO_BULLETS}\ufe0f])*+(?:\d{{1,2}}\s*[.、．]\s*|[(（][一二三四五六七八九十]{{1,3}}[)）]\s*)?"
    rf"(?P<w>{_ZH_WORDS})(?P<after>.?)",
    re.M,
)
# …安排; 任职资格 / 基本要求 ➢ / 工作权限: / （一）基本条件 1．: mid-line, then a separator.
# (a WeChat article marks its sub-headings with a bar, "▍岗位职责", run into one line as well;
# a social post with a check mark or pictograph, "… 团队300+ ✅要求：")
_ZH_MIDLINE = re.compile(
    rf"(?:(?<=[\s。;；!！】\]【▍▌▎┃{PICTO_BULLETS}\ufe0f])|(?<=[(（][一二三四五六七八九十][)）]))(?P<w>{_ZH_WORDS})(?=\s*(?:[:：]|$|➢|•|◆|\d|["
    + CIRCLED_NUMBERS
    + rf"]|】)|[ \t])|(?P<w2>{_ZH_WORDS})(?=(?:[(（][^()（）\n]{{1,6}}[)）])?[:：])",
    re.M,
)
# What a heading says its list is for: "What you need to join us", "What you'll need to be
# successful", "Skills for this role".
_PURPOSE = (
    r"(?:to (?:join us|join the team|join our team|succeed|be successful|thrive)"
    r"|for (?:this|the) (?:role|job|position))"
)
_PURPOSE_AFTER = re.compile(rf"[^\S\n]+{_PURPOSE}\b")
_EN_HEADING = re.compile(
    # On a line start: the word, then a colon, the line end, or (capitalised) the text on the line.
    # Linear: the prefix stays on its line, each optional token takes the whitespace after it
    # (four \s* around optional tokens split a run of spaces every way: cubic), and a
    # parenthesis is at most 80 characters (".*?" scanned to the line end at every heading word).
    rf"^(?:[^\S\n]|[*#>\-])*+(?P<w>(?i:{_EN_WORDS}))"
    rf"\s*(?:\([^)\n]{{0,80}}\)\s*)?(?:[:：]\s*)?(?:\*+\s*)?(?:$|(?=[A-Z\-•*]))"
    # a line of the heading and one lower-case word ("Wir bieten außerdem", "Benefits include"),
    # or the purpose the heading names ("What you need to join us", "… for this role")
    rf"|^(?:[^\S\n]|[*#>\-])*+(?P<w3>(?i:{_EN_WORDS}))[^\S\n]+(?:[a-zäöüß]+|{_PURPOSE})"
    rf"[^\S\n]*[:：]?[^\S\n]*$"
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
# (a headline keeps its short prepositions lower: "What's on Offer", "Work at Home")
_SMALL_WORD = re.compile(r"(?<=[\s-])(?:To|And|Of|The|In|For|With|A|An|It|On|At|By|Or)\b")


def _headline(words: str) -> str:
    """A heading as a headline writes it: "Nice-to-Have Skills", "What You'll Need" (str.title
    gives "Nice-To-Have" and "You'Ll")."""
    capitalised = re.sub(r"(?:^|(?<=[\s-]))[a-zäöü]", lambda m: m.group(0).upper(), words)
    return _SMALL_WORD.sub(lambda m: m.group(0).lower(), capitalised)


_BY_FIRST: dict[str, list[str]] = {}
for _form in sorted(
    {f for w in EN_HEADINGS for f in (w.capitalize(), w.title(), _headline(w), w.upper())},
    key=len,
    reverse=True,
):
    # (keyed as _CAP_WORD reads the text: "Knowledge, Skills and Abilities" under "Knowledge")
    _first = _CAP_WORD.match(_form)
    if _first:
        _BY_FIRST.setdefault(_first.group(0), []).append(_form)
# One-word headings that head a section even right after a lower-case word (a lost line break).
_STRONG_SINGLE = frozenset(
    ["Requirements", "Qualifications", "Responsibilities", "Benefits"]
    + ["Must-Haves", "Must-Have", "Nice-to-Haves", "Nice-to-Have", "Compensation", "Perks", "Bonus"]
    # (Civil Service Jobs: "… environment Behaviours We'll assess you against these …")
    + ["Behaviours", "Behaviors"]
    # (a shift app's page: "… standing for the full shift Attire Black long-sleeve shirt …")
    + ["Attire"]
)
# ... of which these also end a name ("Performance Bonus", "Signing Bonus")
_NAME_ENDS = frozenset(["Bonus"])
_LOOKING_FOR = re.compile(r"\blooking for\s$")
_GAP_END = re.compile(r"[ \t]{2,}$")
_BULLET_NEXT = re.compile(rf"[^\S\n]*[•▪●{PICTO_BULLETS}]")
_PICTO_NEXT = re.compile(rf"[^\S\n]*[{PICTO_BULLETS}]")
_NUMBER_OR_ACRONYM = r"(?:\d|\b[A-Z]{2,}[\w+#]*)\s$"
_AMOUNT_NEXT = re.compile(r"[^\S\n]*[:：]?[^\S\n]*[$£€₹]\s*\d")
_NAME = r"[A-Za-z0-9][\w+#./-]*(?:[^\S\n][A-Z0-9][\w+#./-]*){0,3}"
_NAMES_NEXT = re.compile(rf"[^\S\n]+(?:{_NAME},[^\S\n]*){{3,}}")
_NAMES_BEFORE = re.compile(rf"(?:,[^\S\n]*{_NAME}){{3,}}[^\S\n]$")
# (or a bullet glued to the heading, "Skills• Excellent …", or a dash after it, "Lab Technician
# Requirements - Bachelor degree …")
# (an amount opens a section as a capital does: "… sector What we offer £60,000 – £75,000 …")
# (a word processor's bullets too, as a Google Doc's list is pasted: "… 3. Must-haves ● At
# least 3 years …")
_NEXT_CAPITAL = re.compile(rf"\s+[A-Z0-9•●▪*<$£€₹{PICTO_BULLETS}]|•|\s+[-–]\s+[A-Z0-9]")
_TAIL = re.compile(r"(?:\s+[a-z&]+){0,4}(?=\s+[A-Z0-9•●▪*<$£€₹]|\s+[-–]\s+[A-Z0-9]|\s*$)", re.M)


def _inline_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the Title Case or capital headings inside lines (see above)."""
    out = []
    for m in _CAP_WORD.finditer(text):
        forms = _BY_FIRST.get(m.group(0))
        if not forms:
            continue
        pos = m.start()
        # (what stands before it, a run of spaces read as one: a page's blocks scraped into one
        # line apart by two spaces, "… on the day  Who we're looking for Some experience …")
        head = _GAP_END.sub(" ", text[max(0, pos - 34) : pos])
        before = head[-2:]
        after_sentence = bool(re.search(r"[.!?)。！？；]\s?$", before))  # (Chinese ends too)
        for form in forms:
            end = pos + len(form)
            if not text.startswith(form, pos) or text[end : end + 1].isalnum():
                continue
            if text.startswith("?", end):  # a heading asked: "… during peak What's in it for you?"
                end += 1
            # (the purpose it names: "… and stocked What you need to join us • Diploma …")
            purpose = _PURPOSE_AFTER.match(text, end)
            end = purpose.end() if purpose else end
            # a heading set in Markdown's bold is set apart by its writer: "… per week **Bonus**
            # * You've played …"
            bold = text[max(0, pos - 2) : pos] in ("**", "__") and text.startswith(
                text[pos - 2 : pos], end
            )
            end = end + 2 if bold else end
            # "… Degree Required Experience Level: Mid-level": the heading's last word opens a
            # job board's label of the post
            if is_job_fact(text[text.rfind(" ", pos, end) + 1 : end + 30]):
                continue
            if after_sentence:
                tail = _TAIL.match(text, end)
                if tail:
                    out.append((pos, tail.end(), form))
                    break
            nxt = _NEXT_CAPITAL.match(text, end) is not None
            lower_before = bool(re.search(r"[a-z>]\s$", before))
            # a heading of several words ends the item before it when that ends in a number or
            # an acronym ("… to IEC 61131-3 Your profile Degree …", "… Vacancies 2 Preferred
            # Candidate …", "… MBA or CPA Physical Requirements Sedentary …"),
            # and in sentence case whatever it ends in, a name too ("… Beckhoff TwinCAT What we
            # offer 30 days …"; Title Case, "Senior Data Engineer Job Description", may still be a
            # title)
            # (words cut by a slash are several: "… pharmacy experience Licenses/Certifications
            # Registered Pharmacy Technician …")
            several = " " in form or "/" in form
            if not lower_before and several:
                pattern = r"\w\s$" if form == form.capitalize() else _NUMBER_OR_ACRONYM
                lower_before = bool(re.search(pattern, head[-20:]))
            # "… und Requirements Engineering" is a name, not a heading
            joined = re.search(r"(?:\b(?:und|and|or|oder|of|for|in|im)|&)\s$", head[-6:])
            # "… support rota We are looking for Skills Excellent …": a lead-in whose colon a
            # scraper lost, then the heading of the list
            looking = _LOOKING_FOR.search(head[-13:]) is not None
            # ("Bonus" after a capitalised word is the pay's name: "Performance Bonus")
            titled = form in _NAME_ENDS and re.search(r"[A-Z][a-z]+\s$", head[-30:])
            # (a bullet right after a word heads its list: "… for the client Skills • Sound …";
            # so does a list of names cut by commas after a button or a name, and a list of
            # names ends where a heading follows its last: Dice's "… Apply Now Save Skills Cisco
            # Catalyst, BGP, OSPF, …, Python Overview Hybrid …")
            bulleted = _BULLET_NEXT.match(text, end) is not None
            # (looked at for a single word only, and only where a comma stands near: the cost)
            names = (
                " " not in form
                and "," in text[max(0, pos - 200) : end + 200]
                and (
                    _NAMES_NEXT.match(text, end) is not None
                    or _NAMES_BEFORE.search(text, max(0, pos - 200), pos) is not None
                )
            )
            bulleted = bulleted or names
            lower_before = lower_before or names
            # ("… Calm under pressure Salary £32,000 - …": the pay's heading before its amount)
            paid = form == "Salary" and _AMOUNT_NEXT.match(text, end) is not None
            strong = several or (
                (form in _STRONG_SINGLE or looking or bulleted or paid)
                and (looking or not joined)
                and not titled
            )
            # (a pictograph after it is its list's bullet, whatever word stands before: "… with
            # PostgreSQL Benefits 🏖 Flexible vacation …")
            picto = _PICTO_NEXT.match(text, end) is not None
            if nxt and (
                (lower_before and strong)
                or picto
                or bold
                or (form.isupper() and before[-1:].isspace())
            ):
                out.append((pos, end, form))
                break
    return out


def heading_kind(word: str) -> tuple[str, bool]:
    """The section kind a heading opens and whether its items are musts."""
    if word.endswith(":") and announces_requirements(word):
        return "qualifications", not NICE.search(word)
    kind = ZH_HEADINGS.get(word) or EN_HEADINGS.get(word.lower(), "other")
    if word not in ZH_HEADINGS and _ZH_NUMBERED_CONDITIONS.fullmatch(f"一、{word}"):
        kind = "qualifications"  # (a notice's own words for its conditions)
    if kind == "qualifications:nice":
        return "qualifications", False
    return kind, True


def find_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every heading, in order, overlapping matches removed."""
    found: list[tuple[int, int, str]] = []
    for m in _ZH_NUMBERED.finditer(text):
        found.append((m.start(), m.end("w"), m.group("w")))
    for m in _ZH_NUMBERED_CONDITIONS.finditer(text):
        found.append((m.start(), m.end("w"), m.group("w")))
    for m in _ZH_NUMBERED_OTHER.finditer(text):
        found.append((m.start(), m.end("w"), m.group("w")))
    for m in _ZH_LINE_START.finditer(text):
        word, after = m.group("w"), m.group("after")
        # Short words (职责) need a separator after them; longer ones may run into the text.
        if len(word) >= 4 or after in ("", ":", "：", " ", "\n") or after.isdigit():
            found.append((m.start("w"), m.end("w"), word))
    for m in _ZH_MIDLINE.finditer(text):
        word = m.group("w") or m.group("w2")
        key = "w" if m.group("w") else "w2" if m.group("w2") else "w3"
        spaced = key == "w" and text[m.end(key) : m.end(key) + 1] in (" ", "\t")
        # (a short heading before a list's bullet heads it: "… 源码 ### 加分项 - 有开源…")
        spaced = spaced and not _BULLET_AFTER.match(text, m.end(key))
        if len(word) >= 4 or (key == "w" and not spaced):  # "工作任务 职责", not "职责 …"
            found.append((m.start(key), m.end(key), word))
    for m in _EN_HEADING.finditer(text):
        key = "w" if m.group("w") else "w2" if m.group("w2") else "w3"
        word = m.group(key)
        if not word[0].isupper() and (key != "w" or text[m.end() : m.end() + 1].strip()):
            continue  # "Anforderungen werden …" is a sentence; "requirements:" on its own is a heading
        found.append((m.start(key), m.end(), word))
    found += _inline_headings(text)
    # a lead-in that runs into a heading of the lists ("… advantageous Additional Information:")
    # yields to it, and so does one that opens with the heading of a page's block whose cue is
    # the heading's own word ("Nationality requirements This job is broadly open to the
    # following groups: UK nationals …")
    found += [
        h
        for h in lead_ins(text)
        if not any(
            h[0] < f[0] < h[1] or (h[0] == f[0] < f[1] < h[1] and heading_kind(f[2])[0] == "other")
            for f in found
        )
    ]
    found += [(m.start(), m.end("w"), m.group("w")) for m in _OTHER_BLOCK.finditer(text)]
    if "评论" in text or "回复" in text or "附言" in text:
        found += [(m.start(), m.end("w"), m.group("w")) for m in _ZH_COMMENTS.finditer(text)]
    found += following(text)
    found += [(m.start(), m.end(), m.group(0)) for m in _ZH_EXCLUSIONS.finditer(text)]
    # (scanned only where it may stand)
    if "要求" in text or "期" in text or "希望" in text or "须" in text or "条件" in text:
        found += [
            (m.start(), m.end("w" if m.group("w") else "w2"), "要求")
            for m in _ZH_LEAD_IN.finditer(text)
        ]
    if "职位" in text or "岗位" in text:
        found += [(m.start(), m.end("w"), "岗位条件") for m in _ZH_NUMBERED_POSTS.finditer(text)]
    if _CJK.search(text):
        found += _set_apart(text, found)
        # (a page's buttons after the posting, "举报  收藏  分享" / "應徵 儲存 分享": its end)
        found += [(m.start(), m.end(), "附件") for m in _ZH_BUTTONS.finditer(text)]
        found += [(m.start(), m.end(), m.group("k")) for m in _DECORATED.finditer(text)]
        found += [(m.start(), m.end(), "附件") for m in _CHAT_ITEM.finditer(text)]
        found += [(m.start(), m.end(), "附件") for m in _CHAT_STAMP.finditer(text)]
        found += [(m.start(), m.end(), "附件") for m in _TAG_RUN.finditer(text)]
    found += numbered_blocks(text, found)
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in found:
        if out and h[0] < out[-1][1]:
            continue
        h = _with_modifier(text, h, out[-1][1] if out else 0)
        # (a Chinese heading's bracketed modifier before its colon is the heading's: "任职资格
        # （必须）：", "岗位要求（加分项）：" heads nice-to-haves)
        m = _ZH_BRACKETED.match(text, h[1]) if h[2] in ZH_HEADINGS else None
        if m:
            word = "加分项" if _NICE_LABEL.search(m.group(0)) else h[2]
            h = (h[0], m.end(), word)
        # (and a Markdown heading's marks before it, "… 源码 ### 加分项 - …" in one line)
        marks = (
            _MARKDOWN_MARKS.search(text, max(0, h[0] - 8), h[0]) if h[2] in ZH_HEADINGS else None
        )
        if marks and (not out or marks.start() >= out[-1][1]):
            h = (marks.start(), h[1], h[2])
        out.append(h)
    return out


_MARKDOWN_MARKS = re.compile(r"(?<=\s)#{1,6}[ \t]*$")
_BULLET_AFTER = re.compile(r"[ \t]+[-•·*▪●◆➢][ \t]")
_ZH_BRACKETED = re.compile(r"[(（][^()（）\n]{1,6}[)）](?=[^\S\n]*[:：])")


_CJK = re.compile(r"[\u4e00-\u9fff]")
# A label the vocabulary does not hold, set apart as a heading: a short name and a colon at a
# line's start or after a sentence ("服务商要求：", "你将带来什么：", "司机要求："), then numbered or
# bulleted points most of which read as conditions (学历, 经验, 熟练, 以上, 证 …; not duties): the
# requirements' heading, or the nice-to-haves' when it says so ("加分技能："). A field's label with
# its value after it ("学历要求：本科") is none: points must follow. (The bracketed modifier of a
# known heading, "任职资格（必须）：", is the heading's: see _with_modifier.)
_SET_APART = re.compile(
    r"(?:^|(?<=[\s。！!？?；;]))[【\[]?(?P<w>[^\s\d，,。；;:：、！!？?【】\[\]（）()<>《》\-•·*]{2,10})[】\]]?"
    r"[^\S\n]*[:：][^\S\n]*(?=\n?[^\S\n]*(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[-•·*▪●◆][^\S\n]?|["
    + CIRCLED_NUMBERS
    + r"]))",
    re.M,
)
_POINT_MARK = re.compile(
    r"(?:^|(?<=[\s；;。，,]))[^\S\n]*(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[-•·*▪●◆](?=[^\S\n]?\S)|["
    + CIRCLED_NUMBERS
    + r"])",
    re.M,
)
_NICE_LABEL = re.compile(r"加分|优先|更佳|更好|bonus", re.I)
_POSTS_LABEL = re.compile(r"(?:岗位|职位|职缺|工种)$")


def _set_apart(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The labels set apart as headings over points that ask (see _SET_APART): what a
    condition names (zh_lines.ASKS), not what a duty opens with (boilerplate.DUTY)."""
    from matcher.jd.boilerplate import DUTY  # (boilerplate reads this module's word tries)

    out = []
    for m in _SET_APART.finditer(text):
        if any(f[0] <= m.start("w") < f[1] or m.start("w") <= f[0] < m.end() for f in found):
            continue  # (a known heading, or one that lies inside the label)
        if _POSTS_LABEL.search(m.group("w")):
            continue  # (the posts a page lists, "招聘岗位：1. 电气工程师 3人 …", each with its asks)
        body = text[m.end() : m.end() + 400]
        nxt = _SET_APART.search(body, 1)
        body = body[: nxt.start()] if nxt else body
        body = body.split("\n\n", 1)[0]
        points = [p.strip(" \t\n；;。，,") for p in _POINT_MARK.split(body)]
        points = [p for p in points if p]
        asks = [p for p in points if ASKS.search(p) and not DUTY.match(p)]
        if len(points) >= 2 and len(asks) * 3 >= len(points) * 2:
            word = "加分项" if _NICE_LABEL.search(m.group("w")) else "要求"
            out.append((m.start("w"), m.end(), word))
    return out


# A run of a Chinese page's buttons, set apart by spaces, after the posting ("举报  收藏  分享",
# "立即投标  收藏需求  举报", "应征 储存 分享"): the page goes on with its own blocks.
_BUTTON = (
    r"(?:举报|收藏|分享|应征|储存|保存|立即(?:投递|沟通|投标|申请)|申请(?:此|该)?职位|收藏(?:需求|职位)"
    # (a forum's, V2EX's "感谢 收藏 忽略主题")
    r"|感谢|忽略主题)"
)
_ZH_BUTTONS = re.compile(rf"(?:^|(?<=\s)){_BUTTON}(?:[^\S\n]+{_BUTTON})+(?=\s|$)", re.M)


# A heading between rules, as a poster sets it ("—— 报名条件 ——", "== 站点福利 =="): its last words
# name the section when the vocabulary holds them (站点福利 opens what 福利 opens).
_DECORATED = re.compile(
    rf"(?:^|(?<=\s))[—\-=~～]{{2,}}[^\S\n]*(?P<w>[^\s—\-=~～]{{0,6}}?(?P<k>{_ZH_WORDS}))"
    r"[^\S\n]*[—\-=~～]{2,}(?=\s|$)",
    re.M,
)
# A chat's placeholder for what was sent with a message ("[文件] 岗位JD.pdf 356KB", "[图片]"), as a
# 企业微信 or QQ message is copied: the message's text is over.
_CHAT_ITEM = re.compile(r"(?:^|(?<=\s))\[(?:文件|图片|链接|语音|视频|表情)\]")
# A social post's run of tags ("#芯片 #IC设计 #猎头"): the post's text is over, its stamp and
# likes follow (in one line they would run onto the last item).
_TAG_RUN = re.compile(r"(?:^|(?<=\s))#[^#\s]{1,20}#?(?:[^\S\n]+#[^#\s]{1,20}#?)+(?=\s|$)", re.M)
# A chat log's message header, its time and its sender ("2026-11-30 10:05:30 tb_小鱼：", as a
# 旺旺 / 千牛 or QQ record is exported): the message before it is over, whoever writes the next.
_CHAT_STAMP = re.compile(
    r"(?:^|(?<=\s))(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[^\S\n]+\d{1,2}:\d\d(?::\d\d)?[^\S\n]+"
    r"[^\s：]{1,40}：(?=\s|$)",
    re.M,
)


# The page's own blocks after a sentence, in any case: "… and Saturdays Why Northgate? Medical,
# dental …" (the company's pitch), "… background check. Similar Jobs (3) Material Handler …"
# (and a job alert e-mail's other posts after the featured one: "MORE JOBS FOR YOU Commis …")
_OTHER_BLOCK = re.compile(
    r"(?:^|(?<=[\s.!?]))(?P<w>Why (?:[A-Z][\w&.'’-]*[^\S\n]?){1,4}\?|(?:Similar|Related|Recommended)"
    r" [Jj]obs|People [Aa]lso [Vv]iewed|Jobs [Yy]ou [Mm]ay [Ll]ike|Jobs [Ll]ike [Tt]his"
    r"|(?:SIMILAR|RELATED|RECOMMENDED) JOBS|More [Jj]obs (?:[Ff]or [Yy]ou|[Ll]ike [Tt]his)"
    r"|MORE JOBS (?:FOR YOU|LIKE THIS))(?=\s|$)",
    re.M,
)
# A social post's comment section ("共 47 条评论", "全部评论"): what follows is other people's talk.
_ZH_COMMENTS = re.compile(
    r"(?:^|(?<=\s))(?P<w>(?:共\s*)?\d+\s*条(?:评论|回复)|全部评论|评论区"
    # (and a forum post's addendum, V2EX's "第 1 条附言 · 1 小时前": the poster's later news)
    r"|第\s*\d+\s*条附言)(?=\s|$)",
    re.M,
)
# A Chinese lead-in in the poster's own words that announces what is asked, in a post or a
# paragraph ("简单说下要求吧：本科以上学历，…", "对你的要求：", "具体要求如下：", a notice's "凡符合下列条件
# 者，均可报考："): the requirements
# heading; a field's label ("学历要求：", "其他要求：") is none, so it takes a particle after 要求
# or a speaking or addressing word before it (a social post's "❤️对你的小期待：", "对您的几点要求：").
_ZH_LEAD_IN = re.compile(
    r"(?:^|(?<=[\s。！!？?；;~～]))(?P<w>(?:[^\s，,。；;:：！!？?、]{0,6}?(?:说|讲|聊)[^\s，,。；;:：！!？?、]{0,3}?"
    r"|[^\s，,。；;:：！!？?、]{0,4}?对(?:你|您|候选人|应聘者)的[^\s，,。；;:：！!？?、]{0,2}?)(?:要求|期待|期望)"
    r"[^\s，,。；;:：！!？?、]{0,2}?|[^\s，,。；;:：！!？?、]{0,8}?要求(?:吧|如下|呢|哈|啦|是这些)"
    # (or a civil-service post's "申請人必須──" before its lettered conditions)
    r"|(?:申请人|应聘者|应聘人员|报考者|报考人员)(?:必须|须)(?:具备|符合)?(?:[─—]{2})?"
    r"|凡?(?:符合|具备|满足)(?:下列|以下|如下)(?:条件|要求)(?:者|的)?"
    r"(?:[，,][^\S\n]*均?可以?(?:报考|报名|应聘|申请))?)"
    r"(?:[:：]|(?<=[─—]{2})|(?<=[必须备合])$)"
    # (or the poster's wish addressed to the reader, alone on its line or before a list's
    # bullet: a shared document's "我们希望你" over its list, "我们期待你：")
    r"|(?:^|(?<=\s))(?P<w2>(?:我们)?(?:希望|期待|期望)(?:你|您)(?:具备|拥有)?)[^\S\n]*"
    r"(?:[:：]|$|(?=[-•·*][^\S\n]))",
    re.M,
)
# A notice's numbered heading over its posts' records ("三、职位信息（部分）", "二、岗位一览表"): the
# fields each post asks, under the conditions' heading (the post's own fields are page fields).
_ZH_NUMBERED_POSTS = re.compile(
    r"(?:^|(?<=\s))[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<w>(?:招聘|招录|招考)?(?:职位|岗位)"
    r"(?:信息|一览表|表|条件表)(?:[（(]部分[)）])?)(?=\s|$|[:：])",
    re.M,
)
# A notice's list of who may not apply ("有下列情形之一的，不得报名：曾因犯罪受过刑事处罚的；…",
# "凡有下列情形之一者，不得报考："):
# no requirements, whatever its items name.
# (or a notice's numbered heading naming them: "二、不得报考的情形", "（三）不得报考的情形")
_ZH_EXCLUSIONS = re.compile(
    r"(?:(?:凡)?有(?:下列|以下)情形之一(?:的|者)?[，,]?\s*)?不(?:得|予|能)(?:报名|报考|应聘|聘用)(?:[:：]|$)"
    r"|(?:^|(?<=\s))(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"\s*不(?:得|予|能)(?:报名|报考|应聘|聘用)的"
    r"(?:情形|情况|人员)(?=\s|$|[:：])",
    re.M,
)
# "Physical Requirements:", "Driver Responsibilities:": a capitalised word before a heading with
# a colon is the heading's own (left before it, "Physical" was read as the list's last item);
# not a name asked for ("… experience with Java Requirements:", "… fluent in English
# Requirements:"), nor before a heading of two words ("… English Job benefits:").
_MODIFIER = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]+[^\S\n]+$", re.M)
_NAMES = frozenset(SKILL_LEXICON)
_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]+$")
_COUNT_UNIT = re.compile(r"\d\+?\s+(?:Years?|Yrs|Months?)[^\S\n]+$")
_NAME_INNER = frozenset(["at", "of", "and", "&", "for", "in", "on", "the", "to"])


def _with_modifier(text: str, heading: tuple[int, int, str], floor: int) -> tuple[int, int, str]:
    """The heading with the capitalised word glued before it when it ends in a colon."""
    start, end, word = heading
    if " " in word or not text[start:end].rstrip(" *").endswith((":", "：")):
        return heading
    m = _MODIFIER.search(text, max(floor, start - 20), start)
    if m is None or m.group(0).strip() in _NAMES or language_mentions(m.group(0)):
        return heading
    # (nor the unit of a count before it: "Experience: 2-5 Years Education: …")
    if _COUNT_UNIT.search(text, max(floor, m.start() - 12), m.end()):
        return heading
    # (nor the last word of a name before it: "… First Aid at Work Benefits:", "… IOSH Managing
    # Safely Benefits:")
    before = _WORD_BEFORE.search(text, max(floor, m.start() - 30), m.start())
    if before is not None and (before.group(1)[:1].isupper() or before.group(1) in _NAME_INNER):
        return heading
    return m.start(), end, word
