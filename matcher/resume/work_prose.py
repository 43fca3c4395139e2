"""Work entries from prose: Chinese bio sentences ("历任某某公司董事、总经理", "1995年-2010年任
乙公司经理"), each clause's employer and title dated by the sentence's periods, grades, memberships,
schooling and honours left out; and English lines that state a role's length ("worked as X for
10 years", "working as X since 2015")."""

from __future__ import annotations

import re

from matcher.resume.dates import (
    _DATE,
    _SINGLE_RE,
    PERIOD_RE,
    Period,
    find_periods,
    month_str,
)
from matcher.resume.work_names import ORG_SUFFIX, TITLE_RE, is_org, work_entry
from matcher.vocab import has_chinese

ORG_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9（）()·&]{{0,40}}?(?:{ORG_SUFFIX})")
_PREFIX = re.compile(
    r"^(?:现任|历任|曾任|先后任|先后在|先后担任|曾先后在|曾先后任|曾先后担任|担任|兼任|出任|就职于|供职于|"
    r"任职于|工作于|服务于|加盟|加入|进入|调入|调任|创办|创建|参与创立|受聘为|受聘|任职|在|于|任|至今|起|曾|并|后|兼|现|历|先后|"
    r"同时|目前|此前|其后|之后|还|亦|是|为|系|和|及|与|、)+"
)
_ORG_MORE_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{0,2}}?(?:{ORG_SUFFIX}|系|学院|分公司|分厂)")
_WORKED_AT = re.compile(
    r"^(?:曾|现|先后|并)?(?:就职于|供职于|任职于|工作于|服务于|加入|任职|在|于(?=.*(?:工作|任职|就职)$))"
)
_WORK_TAIL = re.compile(r"(?:工作至今|工作|任职|任教|就职|供职)$")
_TITLE_TAIL = re.compile(r"(?:等职务|等职|职务|一职|之职|等)$")


def _org_at(piece: str) -> str | None:
    """The organisation a clause piece starts with: the shortest name ending in an org suffix,
    extended while the next name continues it ("华菱钢铁集团" + "有限责任公司", "兰州大学" + "经济系"),
    but not into the title after it: the name stops where the rest is a head's title rather
    than "长…" ("新疆锂盐厂" + "副厂长", not "新疆锂盐厂副厂" + "长") and an extension stops
    before a unit ("某某公司" + "证券部经理", not "某某公司证券" + "部经理"). A bare suffix of one
    character ("厂长助理") or a bare school word ("大学本科") names no organisation."""
    m = ORG_RE.match(piece)
    if not m or m.end() == 0:
        return None
    ends = [m.end()]
    while True:
        more = _ORG_MORE_RE.match(piece, ends[-1])
        if not more or more.end() == ends[-1]:
            break
        ends.append(more.end())
    for end in reversed(ends):
        rest = piece[end:]
        # "某某厂" + "厂长助理", not "某某厂厂" + "长助理"; "某某公司" + "证券部经理", not
        # "某某公司证券" + "部经理" (a unit after an extension is the title's)
        if rest.startswith("长") or (rest[:1] in _UNIT and end != ends[0]):
            continue
        break
    else:
        return None
    name = piece[:end]
    if len(name) < 2 or name in _BARE_SCHOOL:
        return None
    return name


_UNIT = set("部处科室")
_BARE_SCHOOL = {"大学", "学院", "学校", "中学"}
# Not work: a clause about schooling ("毕业于某某学院", "大学本科学历", "某某专业硕士"), an honour
# ("获“劳动模范”称号", "被评为…"), or a role given up ("不再担任", "辞去…职务").
_NOT_WORK = re.compile(
    r"毕业|就读|肄业|学历|学位|文化程度|专业(?!委员会|技术)|荣获|获得|被评为|称号|授予|获“|获\"|"
    r"不再担任|辞去|卸任|辞任|(?:无|未|没有)(?:在|担任|任)"
)
# A membership, not a job: of a committee, a party, a congress ("某某委员会委员", "中共党员",
# "人大代表", "政协常委", "专家库成员"); a chief representative of an office is a job.
_MEMBERSHIP = re.compile(r"(?:委员|常委|成员|会员|党员|团员|(?:人大|党|大会|政协)代表)$")
# A verb that puts a person in a role: before one, a bio lists who the person is ("男，1966年出生，
# 中共党员，本科学历，高级工程师"), and a title there is a professional grade, not a job held.
_ROLE_VERB = re.compile(
    r"(?<![主责信委])任(?![务何期命])|担任|受聘|聘为|就职|供职|工作|加入|加盟|进入|调入|创办|创立|创建"
)
# The role verb between an employer and its title ("在某某公司任办公室主任")
_TITLE_VERB = re.compile(r"^(?:至今|起|并|曾|现|历|先后|分别|一直|主要)*(?:担任|兼任|出任|就任|任)")
# A sentence opening with a date that is not a birth ("1966年出生", "1968年9月生")
_DATED_START = re.compile(rf"\s*(?:{_DATE})")
_BIRTH_START = re.compile(r"\s*[\d年月日./\-\s]*(?:出生|生)")
# A role verb inside a piece, after whatever came before it ("杨帆先生曾任…", "近五年主要就任…")
_INNER_VERB = re.compile(r"(?:曾任|现任|历任|先后担任|先后任|担任|出任|就任|兼任|当选为|当选)")


_NOW = re.compile(r"^(?:现任|现兼任|现担任|目前|现为|现)")
_FORMERLY = re.compile(r"^(?:并|还|亦|同时)?曾")


def _period_of(clause: str, at: int, periods: list[Period], used: set) -> Period | None:
    """The period of a clause at offset `at` of its sentence: the last one before it ("1987年-1995年
    任甲公司会计，1995年-2010年任乙公司经理"), else the sentence's first. A current role ("现任…")
    takes none that has ended; a past one ("曾任…") none running to today that already dates
    another role ("2003年至今任甲公司副总经理，曾任乙厂厂长"; `used`: the spans that date one)."""
    before = [p for p in periods if p.span[0] < at]
    period = before[-1] if before else periods[0] if periods else None
    if period and (
        (_NOW.match(clause) and not period.present)
        or (_FORMERLY.match(clause) and period.present and period.span in used)
    ):
        return None
    return period


def prose_entries(sentence: str, today: int, engaged: bool = False) -> tuple[list[dict], bool]:
    """(title, organisation) pairs of a bio sentence, each clause dated by _period_of, and
    whether a role verb was met by its end. Clauses about schooling, honours or roles given up
    name no work; a membership is no job; a bare title before any role verb of the sentence (or
    of the one it continues, `engaged`) is a grade ("男，1966年出生，中共党员，高级工程师"), unless
    the sentence opens with a date other than a birth ("2006/02，某某院副院长")."""
    periods = find_periods(sentence, today)
    blank = lambda m: "，" * len(m.group())  # noqa: E731 (offsets kept for the periods' spans)
    masked = _SINGLE_RE.sub(blank, PERIOD_RE.sub(blank, sentence))
    out = []
    used: set = set()  # the spans of the periods that date an entry
    org = None
    first = re.split(r"[，,；;。]", sentence, maxsplit=1)[0]
    engaged = (
        engaged
        or bool(periods)
        or bool(
            _DATED_START.match(sentence)
            and not _BIRTH_START.match(sentence)
            and not _NOT_WORK.search(first)  # "1982年毕业于某某学院，高级工程师"
        )
    )
    for found in re.finditer(r"[^，,；;。：:（）()]+", masked):
        clause = found.group().strip()
        if _NOT_WORK.search(clause):
            continue
        period = _period_of(clause, found.start(), periods, used)
        worked_at = _WORKED_AT.match(clause)
        for piece in re.split(r"[、/]|兼任|兼|及|和|与", clause):
            piece = piece.strip()
            inner = list(_INNER_VERB.finditer(piece))
            name = None
            if inner and inner[-1].start() > 0:
                before = _PREFIX.sub("", piece[: inner[-1].start()])
                if is_org(before) and len(before) > 2:  # "某某中心担任总经理"
                    name = before
                    piece = before + piece[inner[-1].end() :]
                elif not _org_at(before):  # "杨帆先生曾任…", "近五年主要就任…"
                    piece = piece[inner[-1].end() :]
            engaged = engaged or bool(inner or _ROLE_VERB.search(piece))
            had_prefix = _PREFIX.match(piece)
            piece = _WORK_TAIL.sub("", _PREFIX.sub("", piece))
            if not piece:
                continue
            name = name if name and piece.startswith(name) else _org_at(piece)
            if name and (len(piece) > len(name) or len(name) > 2 or "本" in name):
                org = name
                title = _TITLE_TAIL.sub("", _TITLE_VERB.sub("", piece[len(name) :]))
                if title and TITLE_RE.search(title) and len(title) <= 15:
                    if not _MEMBERSHIP.search(title):
                        out.append(work_entry(title, org, period, sentence))
                elif not title:
                    out.append(work_entry(None, org, period, sentence))
                continue
            title = _TITLE_TAIL.sub("", piece)
            if 1 < len(title) <= 15 and TITLE_RE.search(title):
                grade = not (engaged or org) and has_chinese(title)  # an English line is as before
                if not grade and not _MEMBERSHIP.search(title):
                    out.append(work_entry(title, org, period, sentence))
            elif worked_at and had_prefix and len(piece) <= 25:
                org = piece  # "就职于四川省轻工厅": an employer without a known suffix
                out.append(work_entry(None, org, period, sentence))
        if period and out and out[-1]["_period"] == (period.start, period.end):
            used.add(period.span)
    return out, engaged


_EN_COUNT = r"(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?"
# "Worked as an ASM at Maruti for 10 years", "Currently working as Manager sales in Honda from
# last 5 years", "working as a nurse since 2015": a role whose length is stated, not dated.
_ROLE_STATED = re.compile(
    r"\b(?:work(?:ed|ing|s)?|employed|serv(?:ed|ing)|job)\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<title>[A-Za-z][\w .&/-]{1,40}?)"
    r"(?:\s+(?:at|in|with|for)\s+(?P<org>[A-Z][\w .&'-]{1,60}?))?\s+"
    r"(?:(?P<past>for(?:\s+(?:the\s+)?(?:last|past))?|over\s+(?:the\s+)?(?:last|past)"
    rf"|(?:from|in)\s+(?:the\s+)?(?:last|past))\s+(?:about\s+|around\s+|over\s+)?{_EN_COUNT}"
    r"\s+years?|since\s+(?P<since>(?:19|20)\d{2}))\b",
    re.I,
)
_EN_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_EN_NUMBER.update({"eight": 8, "nine": 9, "ten": 10})


def stated_roles(sentence: str, today: int) -> list[dict]:
    """Entries of English lines that state a role and how long it lasted ("worked as X for 10
    years", "working as X from last 5 years", "since 2015"): the months are the stated length; a
    role held now ("currently", "from last", "since") ends today, so its period is known."""
    out = []
    for m in _ROLE_STATED.finditer(sentence):
        if m.group("since"):
            start = int(m.group("since")) * 12
            if start > today:
                continue
            months = today - start + 1
        else:
            raw = m.group("n").lower()
            years = float(_EN_NUMBER.get(raw, 0) or raw)
            months = int(round(years * 12))
            if not 0 < months <= 600:
                continue
            start = today - months + 1
        now = bool(m.group("since")) or re.search(
            r"\b(?:current(?:ly)?|now|presently|last|past)\b", sentence[: m.end()], re.I
        )
        period = Period(start, today, "", "", True, m.span()) if now else None
        entry = work_entry(
            m.group("title").strip(), (m.group("org") or "").strip() or None, period, sentence
        )
        if period:
            entry.update(start=month_str(start), end=month_str(today))
        entry["months"] = months
        out.append(entry)
    return out
