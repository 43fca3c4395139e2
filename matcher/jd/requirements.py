"""Typed requirements from the clauses of a qualification section (docs/architecture.md, "Requirement model")."""

from __future__ import annotations

import re

from matcher.core import REQUIREMENT_KEYS
from matcher.jd import typed
from matcher.jd.certificate_names import en_certificates
from matcher.jd.clauses import Clause
from matcher.jd.flags import age_bounds, flags_in
from matcher.jd.labels import NICE, NOT_REQUIRED, RATED_ROW
from matcher.jd.soft_kinds import soft_kind
from matcher.resume.skills import CERTIFICATE_RE
from matcher.vocab import LEVEL_RANK, language_mentions

FIELDS = REQUIREMENT_KEYS

_CONNECTIVE = re.compile(r"^(?:或者|或|以及|及|和|与)")
# A short field label before a value ("其他：", "要求："), left when its value is a flagged condition.
_FIELD_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,4}\s*[:：]\s*")
# A clause that relaxes a condition for some candidates rather than stating one.
_RELAXES = re.compile(r"放宽")
# Who else is let in ("无证者可入职后培训考取", "无经验者可带薪培训", "零基础可带教"): it asks nothing.
# ("新手可学", "小白可教": a beginner is taught)
# (and who is let past the conditions, "特别优秀者可适当放宽", "条件优秀的可放宽要求": no bound named)
_LETS_IN = re.compile(
    r"^\s*(?:(?:无|没有|零)(?:相关)?(?:工作|行业)?(?:经验|证书?|基础|资质)|新手|小白)(?:者|的)?\s*"
    r"(?:亦|也|均)?可"
    r"|^[^，,。；;\d]{0,10}(?:者|的)(?:可|可以)(?:适当)?放宽(?:条件|要求|限制)?\s*[。.;；]?\s*$"
)

# What the post binds the person to once in it ("进站后需在站工作满2年", "在站期间须完成合作导师指定
# 的任务", "入职后须接受三个月培训"): a term of the post, not what the candidate brings.
_POST_TERMS = re.compile(
    r"^\s*(?:入职|进站|入站|录用|聘用|签约)后(?:需|须|应|要)"
    r"|^\s*(?:在站|聘期|服务期|试用期)(?:期间|内)(?:需|须|应|要)"
)


def new_requirement(kind: str, text: str, must: bool, **fields: object) -> dict:
    """A requirement dict with every key of the contract (None / [] where not applicable)."""
    req: dict = dict.fromkeys(FIELDS)
    req.update(kind=kind, text=text, must=must, weight=1.0, values=[])
    req.update(fields)
    return req


# How long ago the degree was taken ("获得博士学位不超过3年", "博士毕业3年以内"): a condition on the
# date, neither a floor nor years of experience.
_SINCE_DEGREE = re.compile(
    r"(?:获得|取得)[^，,。；;]{0,8}学位后?(?:时间)?(?:不超过|未满|\d{1,2}年以内|[一二两三四五]年以内)"
    r"|毕业(?:时间)?(?:不超过|未满)\s*(?:\d{1,2}|[一二两三四五])\s*年"
)
# A first degree's kind ("第一学历为全日制本科", "第一学历须为统招本科"): a condition on the first
# degree, not the floor of a posting that asks a higher one.
_FIRST_DEGREE = re.compile(r"第一学历|本科阶段|first degree", re.I)


def first_degree_aside(reqs: list[dict]) -> None:
    """Clear the level of a first-degree condition that stands below the posting's floor (a
    doctorate asked, "第一学历为全日制本科" beside it): the floor is the higher degree; the
    condition is still judged on the level its text names."""
    floors = [
        LEVEL_RANK[r["min_level"]]
        for r in reqs
        if r["kind"] == "education" and r["min_level"] and not _FIRST_DEGREE.search(r["text"])
    ]
    for r in reqs:
        first = r["kind"] == "education" and r["min_level"] and _FIRST_DEGREE.search(r["text"])
        if first and floors and LEVEL_RANK[r["min_level"]] < max(floors):
            r["min_level"] = None


_JOINS_ONLY = re.compile(r"(?:或|及|和|且|并)?(?:本人|其|配偶|父母|家属)*(?:为|是|系|之一)?")
_WIDE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_WORD = re.compile(r"[A-Za-z]+")


def _english_sentence(text: str) -> bool:
    """True for a clause of three English words or more and no Chinese character."""
    return not _WIDE.search(text) and len(_WORD.findall(text)) >= 3


def requirements_of(clause: Clause, english: bool) -> tuple[list[dict], list[dict]]:
    """(requirements, flags) of one clause."""
    text, label, must, value = clause.text, clause.label_kind, clause.must, clause.value
    # (an English sentence of a bilingual Chinese posting is read as English: "At least 3 years
    # purchasing experience in manufacturing industry. 3年以上制造业采购经验")
    english = english or _english_sentence(value)
    if (
        NOT_REQUIRED.match(value)
        or _LETS_IN.match(value)
        or _POST_TERMS.match(value)
        or (label == "gender" and "不限" in value)
    ):
        return [], []
    if not english and _SINCE_DEGREE.search(value):
        return [new_requirement("other", text, must)], flags_in(text)
    flags = flags_in(text)
    cut = _run_on_age(text, flags) if english else 0
    if cut:  # (the item before an age condition run onto it, read alone; then the condition)
        first = requirements_of(Clause(text[:cut].rstrip(), label, must), english)
        rest = requirements_of(Clause(text[cut:], label, must), english)
        return first[0] + rest[0], first[1] + rest[1]
    reqs: list[dict] = []
    # (an age label heads its item, not every clause of it: "年龄20-35岁，女性，身高155cm以上")
    if any(f["kind"] == "age" for f in flags) or (label == "age" and not flags):
        if _RELAXES.search(value):  # "研究生可放宽至28周岁": a raised ceiling, flagged only
            return [], flags
        # (a floor and a ceiling may be two conditions: "年龄18周岁以上、35周岁以下")
        ages = " ".join(f["text"] for f in flags if f["kind"] == "age")
        low, high = age_bounds(ages or value)
        if low is not None or high is not None:
            reqs.append(new_requirement("age", text, must, min_age=low, max_age=high))
        return reqs, flags
    residue = value
    for flag in flags:
        residue = residue.replace(flag["text"], "")
    # (and the conjunction that joined it: "具有岗位所需的专业能力和适应岗位要求的身体条件")
    # (or the English "and": "Head for heights and fitness to climb (G41 medical examination)")
    kept = (
        re.sub(r"(?:和|及|与|并|\s+and)$", "", residue.strip(" ,，、;；。.")) if flags else residue
    )
    if flags and kept and kept in text:
        text = kept  # "普通话标准、声音甜美": the flagged condition is shown as a flag only
    if flags:  # "其他：已婚已育优先", "本地户籍优先": the condition's label and 优先 ask nothing
        residue = _FIELD_LABEL.sub("", NICE.sub("", residue))
    # (or whose rest only joins it to another: "本县户籍，或配偶为本县户籍" leaves "或配偶为")
    if flags and _JOINS_ONLY.fullmatch(residue.strip(" ,，、;；。.")):
        return reqs, flags
    if label in ("gender", "other") or not re.search(r"[A-Za-z\u4e00-\u9fff]", residue):
        return (
            reqs,
            flags,
        )  # a clause that is only a flagged condition (女性, 已婚) asks nothing more
    if typed.is_education(value, label == "education"):
        level = typed.education_floor(value)
        if level:
            reqs.append(new_requirement("education", text, must, min_level=level))
    if typed.is_experience(value, label, english):
        low, high, m = typed.years(value, english)
        field = typed.experience_field(value, m, english)
        values = typed.field_values(field)
        reqs.append(
            new_requirement(
                "experience",
                text,
                must,
                min_years=low,
                max_years=high,
                field=field,
                values=values,
                any_of=alternatives(field or "", values),
            )
        )
    major = typed.majors(value, english) if typed.is_major(value, label, english) else []
    if (not reqs and not (major and label == "major")) or label == "language":
        # a language named as a major ("国际贸易、英语等相关专业", "Degree in English Literature",
        # "专业要求：汉语言文学（050101）") is a field of study, not a language asked: one clause,
        # one chip
        # (a language typed is a skill: "懂中英文打字")
        spoken = value if english else _TYPED_IN.sub("", value)
        if major and not english and "专业" in value:
            # ("法语专业毕业，能熟练使用法语" still asks French)
            spoken = value[value.index("专业") + 2 :]
        elif major:
            for name in major:
                spoken = spoken.replace(name, " ", 1)
        reqs += _languages(text, spoken, must)
    if major:
        reqs.append(new_requirement("major", _major_text(text, major, reqs), must, values=major))
    if not reqs:
        kind = soft_kind(value, label, english)
        if kind:
            values = _values(kind, value, english)
            any_of = alternatives(value, values)
            if kind == "certificate" and len(values) > 1 and english:
                # certificates named side by side are each a way to hold it: "Scrum
                # certification (CSM, PSM or similar)" asks one, not all
                any_of = any_of or not _AND.search(value)
            reqs.append(new_requirement(kind, text, must, values=values, any_of=any_of))
    return reqs, flags


def _run_on_age(text: str, flags: list[dict]) -> int:
    """Where an English age condition in capitals starts after an item it was run onto (a
    scraped list's lost line break: "PASMA ticket Age 21–50 due to insurance"), or 0: two words
    or more before it, the last ending in a letter, a digit or a bracket, no sentence's end."""
    for flag in flags:
        at = text.find(flag["text"]) if flag["kind"] == "age" else -1
        if at > 0 and flag["text"][:1].isupper() and text[at - 1].isspace():
            before = text[:at].rstrip()
            if len(before.split()) >= 2 and (before[-1].isalnum() or before[-1] == ")"):
                return at
    return 0


# "one of Java, Kotlin or Scala", "Java or Python", "Oracle, MySQL or a similar database", "如
# MySQL、Oracle等", "Java或Python之一": named alternatives. "Java, Spring and Docker" asks all.
_ANY_OF = re.compile(
    r"\b(?:one of|any of|either|or|oder|such as|e\.g\.|z\.\s?b\.)\s|[或如]|之一|任一|其一",
    re.I,
)


def alternatives(value: str, values: list[str]) -> bool | None:
    """True when a clause names its values as alternatives, any one of which meets it (an "or",
    "one of", "such as" or 如/或/等 before the last value); None when it names fewer than two."""
    if len(values) < 2:
        return None
    last = value.rfind(values[-1])
    first = value.find(values[0])
    window = value[max(0, first - 12) : last if last > first else len(value)]
    return bool(_ANY_OF.search(window)) and not _asks_each(value, values)


# "and" between two values asks both: "Linux administration and scripting in Python or Go"
# asks Linux whatever the "or" after it offers (not "and/or"; 和 / 及 / 与 in Chinese).
_AND = re.compile(r"\b(?:and|und|sowie|as well as)\b|&|和|以及|及|与|并", re.I)
# After an example's marker the values are examples, however joined ("such as Ansible,
# Puppet and Chef": any one shows it).
_EXAMPLES = re.compile(
    r"\b(?:such as|e\.g\.|z\.\s?b\.|for example|including|like|one of|any of|either)\s|如|例如|比如",
    re.I,
)


def _asks_each(value: str, values: list[str]) -> bool:
    """Whether an "and" joins two of the values before any example's marker: the or-joined
    group is then only part of the clause, whose other values are each asked."""
    marker = _EXAMPLES.search(value)
    stop = marker.start() if marker else len(value)
    joins = re.sub(r"\band/or\b", "either", value, flags=re.I)  # (same length: offsets hold)
    at = 0
    ends = []
    for v in values:
        i = value.find(v, at)
        if i < 0:
            return False  # a value not written as such (a name cut from a run): no gaps to read
        ends.append((i, i + len(v)))
        at = i + len(v)
    return any(
        _AND.search(joins[a_end:b_start]) and b_start <= stop
        for (_, a_end), (b_start, _) in zip(ends, ends[1:], strict=False)
    )


def _major_text(text: str, values: list[str], reqs: list[dict]) -> str:
    """The major's own words where one clause asks a degree and its field ("Bachelor degree in
    Computer Science or related field" -> "Computer Science or related field"): two chips with
    one text read as a duplicate. The clause stays whole when the field leads it or is not
    written as its value."""
    if not any(r["kind"] == "education" for r in reqs):
        return text
    at = text.find(values[0])
    return text[at:] if at > 0 else text


# "如西班牙语、法语或阿拉伯语等", "one of French, Spanish or Arabic": the languages are
# alternatives, any one of which meets the clause.
ALTERNATIVES = re.compile(
    r"如|例如|比如|或|之一|任一|其一|其他|\b(?:or|one of|any of|either|such as|e\.g\.|oder)\b", re.I
)


# A language asked besides the posting's own, none named: "any additional language", "a second
# language", "other languages", "weitere Fremdsprachen", 其他外语, 第二外语.
OTHER_LANGUAGE = re.compile(
    r"\b(?:any\s+)?(?:additional|other|second|further|another|more)\s+(?:foreign\s+)?"
    r"languages?\b|\b(?:weitere|zweite|andere)\w*\s+(?:fremd)?sprach|\bfremdsprachen\b"
    r"|其他外语|其它外语|第二外语|其他语言|其它语言",
    re.I,
)
_TYPED_IN = re.compile(r"(?:中英|中|英|日|韩)文(?:打字|输入)")


def _languages(text: str, value: str, must: bool) -> list[dict]:
    """The language requirements of a clause: one requirement whose values are the alternatives
    when it names them as such (ALTERNATIVES), else one asking all of them, each at its own
    level (`levels`) where the levels differ."""
    mentions: list[dict] = []
    for mention in language_mentions(value):
        if all(m["language"] != mention["language"] for m in mentions):
            mentions.append(mention)
    if not mentions and OTHER_LANGUAGE.search(value):
        # "any additional language is a plus", "Weitere Fremdsprachen von Vorteil": a language
        # besides the posting's own, whichever
        return [
            new_requirement("language", text, must, language="other", level=None, values=["other"])
        ]
    # the marker stands before the first language named or between them, not after the last
    window = value[max(0, mentions[0]["start"] - 12) : mentions[-1]["end"]] if mentions else ""
    if len(mentions) > 1 and ALTERNATIVES.search(window):
        first = mentions[0]
        values = [m["language"] for m in mentions]
        fields = {"language": first["language"], "level": first["level"], "values": values}
        fields["any_of"] = True
        return [new_requirement("language", text, must, **fields)]
    if len(mentions) > 1:
        # "Fluent in German and English", "Fluent German, good English": one clause asking every
        # language is one requirement (one chip), all of whose languages must be shown, each at
        # its own level where the clause gives them different ones (`levels`, by language)
        first = mentions[0]
        values = [m["language"] for m in mentions]
        fields = {"language": first["language"], "level": first["level"], "values": values}
        if len({m["level"] for m in mentions}) > 1:
            fields["levels"] = {m["language"]: m["level"] for m in mentions if m["level"]}
        return [new_requirement("language", text, must, any_of=False, **fields)]
    return [
        new_requirement(
            "language",
            text,
            must,
            language=m["language"],
            level=m["level"],
            values=[m["language"]],
        )
        for m in mentions
    ]


def _values(kind: str, text: str, english: bool) -> list[str]:
    if not english and RATED_ROW.match(text):  # 心理学知识1;法律知识2 → 心理学知识, 法律知识
        return [re.sub(r"\d$", "", c) for c in re.split(r"[;；。]", text) if c.strip()]
    if kind == "certificate":
        # (a name the pattern ran into its connective: "初级会计职称或会计从业资格证")
        found = [_CONNECTIVE.sub("", m.group(0)) for m in CERTIFICATE_RE.finditer(text)]
        if english:  # "CPA or CMA", "CKA or AWS certifications": every name, not the known ones
            names = en_certificates(text)
            # (a known certificate the names miss: the clause is about something else and
            # names it in passing, "Continuous Integration (SCM, CI, ITIL or TDD)")
            if found and not all(any(f in n for n in names) for f in found):
                return list(dict.fromkeys(found))
            return names or found
        return found or typed.zh_objects(text, split_and=True)
    if english and kind == "competency":
        return [typed.strip_en_lead(text)]
    if english:
        return typed.en_values(text)
    if kind == "competency":
        return [typed.competency_value(text)]
    # "熟悉Java或Python之一": the alternatives without the words that make them so
    objects = typed.zh_objects(text, split_and=(kind == "skill"))
    return [re.sub(r"(?:之一|任一|其一)$", "", v) or v for v in objects]
