"""From a qualification item to clauses: its labels resolved (matcher.jd.labels), its value cut at
clause breaks (matcher.jd.clause_breaks) and run-on items (matcher.jd.run_on), lead-ins and
dangling connectives dropped, must decided clause by clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.jd.board_fields import board_fields
from matcher.jd.boundaries import split_learned
from matcher.jd.clause_breaks import (
    CLAUSE_BREAK,
    CLAUSE_BREAK_RUN_ON,
    CLOSED,
    CONTINUES,
    DE_CLAUSE_BREAK,
    EN_CLAUSE_BREAK,
    GERMAN,
    OPENS,
    own_after,
    run_on_breaks,
)
from matcher.jd.labels import (
    FIELD_KINDS,
    INNER_LABEL,
    NICE,
    RATED_ROW,
    STARRED,
    is_job_fact,
    is_label_only,
    is_nice,
    label_of,
    rated_rows,
)
from matcher.jd.run_on import (
    split_and,
    split_capitals,
    split_labels,
    split_lower,
    split_run_on,
)
from matcher.jd.tails import split_tail


@dataclass
class Clause:
    """One requirement-sized piece of text with the kind its label suggests and its must."""

    text: str
    label_kind: str | None
    must: bool
    value: str = ""  # the text without its field label

    def __post_init__(self) -> None:
        self.value = self.value or self.text


def _split(text: str, english: bool, german: bool = False) -> list[str]:
    """Clauses of a value, each keeping its own punctuation where elaborations are joined: after
    an elaboration (能够…), clauses stay with it until one opens a requirement of its own."""
    german = english and (german or bool(GERMAN.search(text)))
    breaks = DE_CLAUSE_BREAK if german else EN_CLAUSE_BREAK if english else CLAUSE_BREAK
    if not english and run_on_breaks(text):
        breaks = CLAUSE_BREAK_RUN_ON
    if not english:  # (a comma inside brackets cuts no clause: "(VLOOKUP, pivot tables)")
        text = _OTHER_POST_ASIDE.sub(r"，\g<asks>", text)
        text = _NICE_ASIDE.sub(r"，\g<asks>", text)
        pieces = [p.translate(_UNMASK) for p in breaks.split(_mask_bracketed(text))]
    else:
        pieces = breaks.split(text)
    out: list[str] = []
    after: list[str] = []  # the separator before each clause of out
    elaborating = False
    for k in range(0, len(pieces), 2):
        part = pieces[k].strip()
        sep = pieces[k - 1] if k else ""
        if not english and (m := _INVITED.search(part)):
            part = part[: m.start()]  # (the ask before whom the ad invites: "做事认真的师傅请联系")
        if not part:
            continue
        # (a nice-to-have after an elaboration, "英语流利，可作为工作语言，会日语或俄语者优先", is a
        # clause of its own: joined, it would make the must before it nice-to-have)
        nice_after_must = CLOSED.search(part) and out and not CLOSED.search(out[-1])
        # (a clause ending in 的 names who the next one is about: "具有…3年以上临床护理工作经历
        # 的，年龄可放宽至35周岁")
        if not english and out and out[-1].endswith("的") and sep.strip() in ("，", ","):
            out[-1] = f"{out[-1]}{sep.strip()}{part}"
            continue
        joins = sep.strip() != "、" and (
            CONTINUES.match(part) or (elaborating and not OPENS.match(part) and not nice_after_must)
        )
        if out and joins and not CLOSED.search(out[-1]) and not own_after(out[-1], part):
            out[-1] = f"{out[-1]}{sep.strip() or ' '}{part}"
            elaborating = True
        elif not english and _joins_majors(out, after, part, sep):
            elaborating = False
        else:
            out.append(part)
            after.append(sep)
            elaborating = False
    if not english:
        return out
    if german:
        return [cut for clause in out for cut in split_run_on(clause, parens=False)]
    return [
        piece
        for clause in out
        for labelled in split_labels(clause)
        for cut in split_run_on(labelled)
        for capital in split_capitals(cut)
        for lower in split_lower(capital)
        for joined in split_and(lower)
        for tail in split_tail(joined)
        # (the learned reader only adds cuts inside what the rules left whole)
        for piece in split_learned(tail)
    ]


# An ad's invitation after the trait it asks ("做事认真、不拖工期的师傅请直接联系", "能吃苦的朋友欢迎
# 来电"): who is invited asks the trait; the invitation asks nothing.
_INVITED = re.compile(
    r"(?<=[\u4e00-\u9fff])的(?:师傅|人|朋友|你|同学|伙伴|小伙伴|人员|求职者)?(?:请|欢迎)(?:直接)?"
    r"(?:联系|来电|致电|私信|报名|投递|加入|应聘)[^。；;]*$"
)
# A bracket at a clause's end that states what another post asks ("有1年以上…工作经验（店助需2年以
# 上，带过团队）", "（主管岗须5年以上）"): its own clauses, not a detail of the one before it.
_OTHER_POST_ASIDE = re.compile(
    r"（(?P<asks>[\u4e00-\u9fff]{1,6}?(?:需|须|要求)[^（）]*)）(?=[\s。；;]*$)"
)
# ... and one that states a nice-to-have beside a must ("英语口语流利（CET-4成绩425分以上者优先）"): a
# clause of its own, or the must would read as the bracket's nice-to-have. (Not one that says
# which of the clause's own names it prefers, "AFP、CFP或保险代理从业资格（具备其一者优先）": the
# clause is that nice-to-have.)
_NICE_ASIDE = re.compile(
    r"(?<=[^\s（(])（(?P<asks>(?![^（）]*(?:其一|之一|任一))[^（）]{2,40}?(?:优先考虑|优先|更佳|为佳|者佳))）"
    r"(?=[\s。；;]*$)"
)
_MASK = {",": "\x00", "，": "\x01"}
_UNMASK = str.maketrans({v: k for k, v in _MASK.items()})


def _mask_bracketed(text: str) -> str:
    """The text with the commas inside brackets masked (unbalanced brackets mask nothing after
    the text ends)."""
    if "(" not in text and "（" not in text:
        return text
    out = []
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
        out.append(_MASK.get(ch, ch) if depth else ch)
    return "".join(out)


# A list of majors a scraper wrote with ASCII commas ("市场营销,行政管理、工商管理,心理学等相关专业"):
# its last piece names the 专业, the pieces before it are bare names (no degree, no years, no
# quality asked: "沟通能力强,责任心强,计算机专业" stays three clauses).
_MAJOR_TAIL = re.compile(r"^[\u4e00-\u9fff、]{1,30}专业")
_BARE_NAMES = re.compile(
    r"(?!.*(?:学历|以上|经验|本科|大专|专科|中专|高中|硕士|博士|年|强|好|佳|优|能力|精神|意识"
    r"|责任心|耐心|细心|熟|了解|掌握|使用))"
    r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8}){0,8}"
)


def _joins_majors(out: list[str], after: list[str], part: str, sep: str) -> bool:
    """Join the names before part back into one list of majors when part ends one (see
    _MAJOR_TAIL); True when it did. The list is one clause: the candidate's major is any of it."""
    if not (sep.strip() == "," and out and _MAJOR_TAIL.match(part)):
        return False
    if not _BARE_NAMES.fullmatch(out[-1]):
        return False
    while out and sep.strip() == "," and _BARE_NAMES.fullmatch(out[-1]):
        part = f"{out.pop()},{part}"
        sep = after.pop()
    out.append(part)
    after.append(sep)
    return True


# A piece cut before its second requirement keeps no dangling "and" ("… or a related field and").
# (Read on the right-stripped piece, from the start of a run of spaces only: "\s*,\s*$" tried
# from every space of a long run is quadratic.)
_TRAILING_AND = re.compile(r"(?<!\s)\s+(?:and|or|as well as)$|,$", re.I)
# An English item that leads into what follows without a colon ("To be successful", "You will
# have stronger chances if you"): no requirement of its own.
_DANGLING = re.compile(
    r"\b(?:if|that|when|where) you\s*$|^to be successful(?: in (?:this|the) (?:role|job|position))?\s*$",
    re.I,
)
# The reason given after the ask ("Full clean driving licence and access to a car, as the role
# involves home visits", "… are essential, as the role covers sites across Norfolk", "…, as you
# will travel to client sites"): no part of the requirement. (the role does whatever its verb
# says; "you" only with the verbs of the work)
_REASON_AFTER = re.compile(
    r",\s*(?:as|since|because)\s+(?:(?:the|this)\s+(?:role|job|position|post|work)\s+(?=[a-z])"
    r"|you(?: will|'ll|’ll)\s+(?:involves?|requires?|includes?|entails?|be|travel|work|visit)\b).*$",
    re.S,
)
# A page's buttons run onto the last clause before them ("… Master's Degree Apply Save").
# ((?<!\s): a match starts where a run of white space starts, so a long run is scanned once, not
# again from each of its characters: quadratic on a page of spaces)
_BUTTONS_AFTER = re.compile(
    r"(?<!\s)(?:\s+(?:Apply(?:\s+now|\s+today|\s+for\s+this\s+job)?|Save(?:\s+job)?|Share|Easy\s+Apply"
    r"|Quick\s+Apply)){2,}"
    # (and the page's next block after them, a scraped line's: "… Any Apply for this job  Save
    # Share About Al Reem Contracting LLC …")
    r"(?:\s*$|\s+About\s+[A-Z].*$)|(?<!\s)\s+Apply\s+now\s*$"
    # (in Chinese: LinkedIn's "显示更多" fold and its link addressing the viewer, "… 查看与你匹配的技能",
    # "查看您与该职位的匹配度")
    r"|(?<!\s)(?:\s+(?:显示更多|显示更少|查看更多|查看全部|展开全部|收起|查看与?[你您]\S{1,12}))+\s*$"
)
# "At the same time you have …", "As a person you are …": a connective before what the
# candidate has or is belongs to the sentence, not to the requirement.
# Words that join a statement about the candidate to the one before ("Finally you can …"): no
# part of the requirement (also read by matcher.jd.prose).
CONNECTIVES = (
    "at the same time|as a person|in addition|furthermore|moreover|also|of course|naturally"
    "|above all|on top of that|besides that|besides|finally|additionally|likewise|as such"
)
_YOU_LEAD = re.compile(
    rf"^(?:{CONNECTIVES}),?\s+(?=you(?:'re|’re|re)?\s)"
    # so is the reason given for it ("Due to client requirements, candidates must be able to
    # work on a W2 basis", "For security reasons, applicants must …")
    r"|^(?:due to|because of|owing to|as per|in line with|in accordance with|for)\b[^,;:]{1,60},\s*"
    r"(?=(?:all\s+)?(?:candidates?|applicants?|you|the (?:successful )?(?:candidate|applicant))\s)"
    # and the post it is asked for, before whatever is asked ("For this position, fluency in
    # English is required": the UN's languages paragraph)
    r"|^for (?:this|the) (?:position|role|post|job|vacancy|assignment),\s*(?=\S)",
    re.I,
)
# "Personality: 60% background in …": a one-word label before an English item.
# (its words may be cut by a slash: "Licensure/Certification: RDMS (AB) required")
_EN_LABEL = re.compile(
    r"^[A-Z][\w-]{1,20}(?:/[A-Z][\w-]{1,20})?(?:\s+(?:/\s+)?[A-Z][\w-]{0,20}){0,2}:\s+(?=\S)"
)
# What makes an item ending in a colon a requirement rather than a lead-in ("本科以上学历:").
_STATES = re.compile(
    r"学历|本科|大专|专科|硕士|博士|中专|高中|\d\s*年|[一二两三四五六七八九十]年|经验|证书"
)
# What opens a clause that asks knowledge, a skill or an ability, not a field's value.
_ASKS_ELSE = re.compile(r"(?:熟悉|了解|掌握|精通|熟练|会|能|懂|具备|具有)")
# Labels of a flagged condition rather than a qualification.
_CONDITIONS = frozenset({"age", "gender"})
# "…经验，其中一年以上团队管理经验": the share of the years before, asked of its own; and the
# reader addressed before what is asked of them ("我们希望你本科及以上学历", "你需要性格外向…").
_WITHIN = re.compile(r"^其中[，,]?\s*")
_ZH_YOU_LEAD = re.compile(
    r"^(?:(?:我们)?(?:希望|期待|期望|要求)(?:你|您)|(?:你|您)(?:需要|需|应该|应|最好))(?=\S{2})"
)
# An item that ends in a colon introduces what follows (at most a dozen words).
_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,12}\S+\s*[:：]\s*$")


_EXCLUDES = re.compile(r"^(?:不考虑|不接受|谢绝)")
_GROUP_HEAD = re.compile(r"[^，,。；;]{0,12}的(?:人员|考生|毕业生|人)")
_HEAD_ASKS = re.compile(r"经验|经历|学历|学位|以上|以下|证|熟悉|掌握|具有|具备|精通|能力|年")


def clauses_of(
    items: list[str], section_must: bool, english: bool, german: bool = False
) -> list[Clause]:
    """The clauses of a section's items, labels resolved, must decided clause by clause."""
    out: list[Clause] = []
    read = board_fields(items) if english else rated_rows(items)
    carried: str | None = None  # a label-only item names the kind of the items after it
    for item in read:
        if isinstance(item, tuple):  # a board's field: one clause of the kind its label names
            text, kind, value = item
            out.append(Clause(text, kind, section_must and not is_nice(value), value))
            continue
        only = is_label_only(item)
        if only:
            carried = only
            continue
        # (a Chinese clause glued to the next point by a colon, "会SQL者加分:4.对…", or one that
        # opens with what it asks, is no lead-in)
        glued = not english and (
            re.search(r"[，,；;]", item) or _ASKS_ELSE.match(item.strip()) is not None
        )
        if _LEAD_IN.search(item) and not _STATES.search(item) and not glued:
            # "Folgendes wäre wünschenswert:" / "Required technical skills:" introduce the
            # items after them: no requirement of their own, and a nice-to-have lead-in makes
            # the rest of the section nice-to-have.
            if NICE.search(item):
                section_must = False
            continue
        starred = STARRED.match(item.strip())
        if starred:  # a graded ability: a competency, or the knowledge it names
            name = starred.group("name").strip(" :：")
            kind = "knowledge" if "知识" in name else "competency"
            out.append(Clause(name, kind, section_must))
            continue
        for piece in INNER_LABEL.split(item):
            only = is_label_only(piece)
            if only:
                carried = only
                continue
            label, kind, value = label_of(
                _EN_LABEL.sub("", piece.strip()) if english else piece.strip()
            )
            if label is None:
                kind = carried
            else:
                carried = None
            if not value:
                continue
            # A labelled list (专业:A,B、C等相关专业) and a table row are one clause each.
            whole_value = kind == "major" or (not english and RATED_ROW.match(value))
            parts = [value] if whole_value else _split(value, english, german)
            for k, part in enumerate(parts):
                if english:
                    if is_job_fact(part):  # "… Required Experience Level: Mid-level" run on
                        continue
                    part = _TRAILING_AND.sub("", _EN_LABEL.sub("", part.strip())).rstrip()
                    part = _REASON_AFTER.sub("", _YOU_LEAD.sub("", _BUTTONS_AFTER.sub("", part)))
                    if _DANGLING.search(part.strip(" .;:,")):
                        continue
                else:
                    part = _BUTTONS_AFTER.sub("", _ZH_YOU_LEAD.sub("", part))
                    if k:  # "其中至少2年管理经验": 其中 points back to the clause before
                        part = _WITHIN.sub("", part)
                        # whom the clause before describes, named after it ("已取得执业医师资格，
                        # 需要接受培训的人员"): no ask of its own
                        if _GROUP_HEAD.fullmatch(part.strip(" ;；。.:：")) and not (
                            _HEAD_ASKS.search(part)
                        ):
                            continue
                # (whom the poster will not consider is a must wherever it stands, after a
                # headhunter's 加分项 too: "不考虑频繁跳槽的候选人")
                must = (section_must or _EXCLUDES.match(part) is not None) and not is_nice(part)
                whole = label is not None and len(parts) == 1 and kind in FIELD_KINDS
                text = piece.strip() if whole else part
                trim = " ;；。.:：|｜"  # (and a table's cell border: "学历：中专及以上 | 年龄：…")
                # a field's label names its first clause, not what asks something else after it
                # ("工作经验：1-3年人事工作经验，熟悉劳动法及社保政策"); a condition's label
                # (年龄, 性别) names it only ("年龄45岁以下，能吃苦耐劳，服从厨师长安排")
                later = _ASKS_ELSE.match(part) or kind in _CONDITIONS
                own = None if k and kind in FIELD_KINDS and later else kind
                out.append(Clause(text.strip(trim), own, must, part.strip(trim)))
    return out
