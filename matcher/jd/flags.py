"""Conditions on gender, age, appearance, marital status, ethnicity, birthplace or health: kept
as flags with a reason, never scored unless an admin turns that off (docs/architecture.md, "Requirement model")."""

from __future__ import annotations

import re

from matcher.vocab import number

# An age written in numerals, as notices write it ("年满十八周岁", "不超过三十五周岁"): 11 to 69.
_CN_AGE = "(?:十[一二三四五六七八九]|[二三四五六]十[一二三四五六七八九]?)"
_HEALTH_REASON = "health condition: keep only where the job truly needs it"
_FLAGS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "gender",
        re.compile(
            r"(?:性别\s*[:：]?\s*)?(?:限|仅限|只招|要求)?(?:男性|女性|男士|女士|男生|女生)(?:优先|为主|限)?"
            r"|性别\s*[:：]?\s*(?:男|女)(?![女男]?不限)|限(?:男|女)"
            # a clause that is only 男 or 女 ("要求：男，25-40岁，高中以上学历")
            r"|^\s*[男女]\s*$"
            # (or 男 / 女 before an age that differs by it: "女55岁以下，男60岁以下")
            r"|(?:^|(?<=[\s，,：:；;、]))[男女](?=\s*\d{2}\s*(?:[-~—～至到]\s*\d{2}\s*)?周?岁)"
            # (and a preference, as 男性优先: "Female candidates preferred for …")
            r"|\b(?:female|male|women|men)\s+(?:(?:candidates?|applicants?)\s+)?(?:only|preferred)\b"
            r"|\bmust be (?:a )?(?:female|male|woman|man)\b"
            # a job board's field ("Gender / Male")
            r"|^gender\s*:?\s*(?:male|female)\b",
            re.I,
        ),
        "gender condition: not a qualification for the work",
    ),
    (
        "age",
        re.compile(
            r"(?:年龄\s*[:：]?\s*(?:在|为)?\s*)?\d{2}\s*(?:周?岁\s*)?(?:[-~—～－–至到]\s*\d{2}\s*)?周?岁"
            r"(?:及以上|以上|及以下|以下|之间|左右)?"
            r"|年龄\s*[:：]?\s*(?:不超过|不大于|不小于|小于|大于|低于)\s*\d{2}\s*周?岁?"
            # a bound in words, with or without the label ("一般不超过35周岁", "年满18周岁")
            r"|(?:年龄\s*[:：]?\s*)?(?:一般|原则上)?(?:不超过|不高于|不大于|不小于|不低于|小于|大于|低于"
            rf"|年满|未满|满)\s*(?:\d{{2}}|{_CN_AGE})\s*周?岁"
            r"|\baged?\s+(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}\b"
            r"|\b(?:under|below|over|above)\s+\d{2}\s+years?\s+(?:old|of age)\b"
            # a ceiling: "Not more than 35 years old", "no older than 40 years of age", "must not
            # be more than 35 years old", "should not be above 30 years of age"
            r"|\b(?:not|no)(?: be)? (?:(?:more|older) than|above|over)\s+\d{2}\s+years?\s+(?:old|of age)\b"
            r"|\b\d{2}\s*-\s*\d{2}\s+years?\s+(?:old|of age)\b"
            # a floor: "Must be at least 18 years of age", "21 years of age or older"
            r"|\b(?:at least|minimum(?: age)?(?: of)?|a minimum of)\s+\d{2}\s+years?\s+(?:old|of age)\b(?!-)"
            r"|\b\d{2}\s+years?\s+(?:old|of age)\s+or\s+(?:older|over|above)\b"
            # "Must be 18 or older", "must be 21+"
            r"|\bbe\s+\d{2}(?:\s+years?(?:\s+old)?)?\s*(?:\+(?!\s*years?)|or\s+(?:older|over|above)\b)"
            # ("drivers must be aged 25 or over", "aged 21+")
            r"|\baged\s+\d{2}\s*(?:\+(?!\s*years?)|or\s+(?:older|over|above)\b)"
            # a job board's field ("Age / Min: 25 Max: 40")
            r"|^age\s*:?\s*(?:min(?:imum)?\s*:?\s*)?\d{2}\b(?:\s*(?:max(?:imum)?\s*:?\s*|(?:-|–|to)\s*)\d{2}\b)?",
            re.I,
        ),
        "age condition",
    ),
    (
        "appearance",
        re.compile(
            r"声音甜美|嗓音甜美|形象(?:气质)?(?:好|佳|较好|良好|阳光|端庄|大方)|气质佳|五官端正|相貌端正|长相\S{0,3}|"
            r"身材(?:匀称|好|苗条|高挑|标准)|"
            r"身高\s*(?:\d{3}|1\.\d{1,2}\s*米)(?:\s*(?:cm|厘米|公分))?(?:及?以上|以下|左右)?|体重|颜值|外貌|容貌|貌美|\b(?:good[- ]looking|attractive appearance|"
            r"pleasant appearance|pleasant voice)\b",
            re.I,
        ),
        "appearance/gender-coded condition unrelated to the job's duties",
    ),
    (
        "marital",
        re.compile(
            r"已婚|未婚|已育|未育|婚育|婚姻状况\s*[:：]?\s*\S+|单身|\b(?:married|unmarried)\b", re.I
        ),
        "marital or family status condition",
    ),
    (
        "ethnicity",
        # (a job board's field naming the nationalities it takes: "Nationality / India; Pakistan")
        re.compile(
            r"汉族|少数民族|民族\s*[:：]?\s*(?!不限)\S+|^Nationality\s*:?\s*(?!Any\b)[A-Z].*"
            # (a citizenship or permanent residence preferred: "新加坡公民或PR优先")
            r"|[^，,。；;、\s]{0,6}?公民或\s*(?:PR|永久居民)(?:优先)?|(?:PR|永久居民)优先"
            # (or the only ones taken: "只限本地公民", "仅限马来西亚公民")
            r"|(?:只|仅)?限[^，,。；;、\s]{0,6}?公民"
        ),
        "ethnicity or national-origin condition",
    ),
    (
        "birthplace",
        # (the whole condition where it names a place: "具有某某市户籍或生源（以报名截止日户籍为准）")
        re.compile(
            # (and who must have it, not a word cut: "以上岗位均需具有某某县户籍")
            r"(?:[^，,。；;、（(\s]{0,8}?(?:需|须|应|要)(?=具有|具备|拥有|持有))?"
            r"(?:具有|具备|拥有|持有)?[^，,。；;、（(\s]{0,8}?(?:户籍|户口)(?:或生源)?"
            # (or the residence permit that stands for it: "…户籍或持本区居住证满1年")
            r"(?:或持有?[^，,。；;、（(\s]{0,8}?居住证(?:满[^，,。；;、\s]{1,3}年)?)?"
            r"(?:[（(][^）)\n]{0,20}[）)])?|籍贯|本地人|\blocal hukou\b",
            re.I,
        ),
        "birthplace or household-registration condition",
    ),
    (
        "health",
        # (a notice's "具备正常履行岗位职责的身体条件", "适应岗位要求的身体条件", with "和心理素质"
        # as one condition; a crew's "身体好，
        # 无高血压心脏病")
        re.compile(
            r"身体健康|身心健康|无传染病(?:史)?|无(?:重大)?疾病|无病史|[^，,。；;、和及]{0,16}的身体条件(?:(?:和|及|与)心理素质)?"
            r"|身体(?:素质)?(?:好|良好|强壮|健壮)|无[^，,。；;、\s]{0,8}?病(?:史)?"
            # (a medical standard met: "身体条件符合军队文职人员招录体检标准", "体检合格")
            r"|身体条件(?:符合|达到)[^，,。；;]{0,24}?(?:标准|要求)|体检合格"
            # (a public post's fitness, Macau's "具備擔任公職的身體及精神能力", with what it is for)
            r"|[^，,。；;、]{0,16}的身体(?:健康)?(?:及|和|与)精神(?:能力|状况|健康)"
        ),
        _HEALTH_REASON,
    ),
]
# A medical check the hire must pass (an English clause that is only that: "Must provide proof of
# a negative TB test … and a completed physical exam", "Medical clearance required"), flagged
# whole as a health condition; not a medical certificate held ("ENG1 medical certificate", "DOT
# medical card"), not the work itself ("Experience conducting physical examinations"), nor an
# item that asks more after it ("… and obtain a seafarer visa").
_MEDICAL_CHECK = re.compile(
    r"\b(?:(?:pre-?employment|pre-?placement)\s+(?:medical|physical)|(?:medical|physical)\s+"
    r"(?:exam(?:ination)?|clearance|screening|assessment)s?\b|tb\s+(?:test|clearance|screening)"
    r"|peme\b)",
    re.I,
)
_UNDERGOES = re.compile(
    r"^(?:(?:must|should|will)\s+)?(?:(?:be\s+)?(?:able|willing)\s+to\s+|ability\s+to\s+"
    r"|willingness\s+to\s+)?(?:successfully\s+)?(?:provide|pass|complete|undergo|submit)\b"
    r"|^(?:an?\s+)?(?:satisfactory\s+|successful\s+)?(?:pre-?employment\s+)?(?:medical|physical|tb)\b"
    r"|\b(?:subject|contingent)\s+(?:up)?(?:to|on)\b",
    re.I,
)
_ASKS_MORE = re.compile(r"\band\s+(?:obtain|hold|have|has|be|possess|speak)\b", re.I)


# ... or one after "and" that closes an item asking something else ("Head for heights and
# fitness to climb (G41 medical examination)"): the check alone is flagged, the rest asks.
_AND_CHECK = re.compile(
    r"\s+and\s+(?=(?:(?:medical\s+)?fitness\s+(?:to|for)\b|(?:passing|pass)\s+an?\b"
    r"|an?\s+(?:pre-?employment\s+)?(?:medical|physical)\b))",
    re.I,
)


def _medical_check(text: str) -> list[dict]:
    clause = text.strip(" .;")
    if not _MEDICAL_CHECK.search(clause):
        return []
    if not _UNDERGOES.search(clause):
        cut = _AND_CHECK.search(clause)
        if cut and _MEDICAL_CHECK.search(clause, cut.end()) and not _ASKS_MORE.search(clause):
            return [{"kind": "health", "text": clause[cut.end() :], "reason": _HEALTH_REASON}]
        return []
    if _ASKS_MORE.search(clause):
        return []
    return [{"kind": "health", "text": clause, "reason": _HEALTH_REASON}]


_NO_CONDITION = re.compile(r"不限|不作要求|不做要求|无要求|\bany\b", re.I)
_AGE_NUMBER = re.compile(rf"\d{{2}}|{_CN_AGE}")
_AGE_CEILING = re.compile(
    rf"(?:不超过|不高于|不大于|未满)\s*(?P<n>\d{{2}}|{_CN_AGE})"
    rf"|(?P<n2>\d{{2}}|{_CN_AGE})\s*周?岁?\s*(?:及)?以下"
)
_AGE_RANGE = re.compile(r"\d{2}\s*周?岁?\s*[-–—~～至到]\s*\d{2}")
_AGE_FLOOR = re.compile(r"以上|不小于|不低于|年满|大于")


def flags_in(text: str) -> list[dict]:
    """The flagged conditions a clause states, each {"kind", "text", "reason"}."""
    out = []
    for kind, pattern, reason in _FLAGS:
        for m in pattern.finditer(text):
            tail = text[m.end() : m.end() + 4]
            if _NO_CONDITION.search(m.group(0)) or _NO_CONDITION.match(tail.strip(" :：")):
                continue
            out.append({"kind": kind, "text": m.group(0).strip(), "reason": reason})
    if not out and ("edical" in text or "hysical" in text or "TB" in text or "PEME" in text):
        out += _medical_check(text)
    return out


def age_bounds(text: str) -> tuple[float | None, float | None]:
    """(min_age, max_age) an age clause states: 26岁及以上 → (26, None), 20-35岁 → (20, 35)."""
    ages = [number(x) for x in _AGE_NUMBER.findall(text)]
    if not ages:
        return None, None
    if len(ages) >= 2:
        # (two ceilings and no range, one for each gender: "女性50周岁以下、男性55周岁以下",
        # "男性不超过50周岁、女性不超过45周岁": the first stated is the ceiling)
        ceilings = list(_AGE_CEILING.finditer(text))
        if len(ceilings) >= 2 and not _AGE_RANGE.search(text) and not _AGE_FLOOR.search(text):
            first = ceilings[0]
            return None, number(first.group("n") or first.group("n2"))
        return min(ages[:2]), max(ages[:2])
    age = ages[0]
    # (不小于 / 不低于 are floors: the 小于 / 低于 in them is no ceiling; 年满 / 满 a floor, 未满
    # a ceiling)
    if re.search(
        r"以下|不超过|不高于|不大于|(?<!不)小于|(?<!不)低于|未满|under|below"
        r"|\b(?:not|no)(?: be)? (?:(?:more|older) than|above|over)\b",
        text,
        re.I,
    ):
        return None, age
    if re.search(
        r"以上|不小于|不低于|大于|(?<!未)满|over|above|at least|older|minimum", text, re.I
    ):
        return age, None
    return age, age
