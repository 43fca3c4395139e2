"""Reason lines of the verdicts: a code and its parameters, turned into one short line a
recruiter checks in a second ("客服主管 2012–2020, 8 years ≥ 3", "本科 ≥ 大专", "no French stated")
by one template per language. Every reason of matcher.match.typed and matcher.match.verdicts is
built here, so a new reader language is one more table, not a hunt through f-strings; values
that are keys (a language, a language level, a degree, a gender) are said in the reader's
language too."""

from __future__ import annotations

from dataclasses import dataclass, field

TEMPLATES: dict[str, dict[str, str]] = {
    "zh": {
        "field_years": "{entry}，{have} 年 ≥ {need} 年",
        "field_years_short": "{entry}，{have} 年 < {need} 年",
        "field_found": "{entry}，{have} 年相关经历",
        "field_elsewhere": "工作经历均不在{field}（共 {total} 年）",
        "field_undated": "无注明日期的工作经历",
        "field_elsewhere_undated": "工作经历均不在{field}",
        "field_neighbour": "工作经历不在{field}，相近：{entry}",
        "field_undated_entry": "{entry}（未注明年限）",
        "field_entry": "{entry}：有此经历（未要求年限）",
        "stated_found": "“{line}”：{have} 年（未要求年限）",
        "total_years": "共 {have} 年工作经历 ≥ {need} 年",
        "total_years_own": "共 {have} 年工作经历，未见是否本岗位/行业（要求 {need} 年）",
        "total_years_own_any": "共 {have} 年工作经历，未见是否本岗位/行业",
        "stated_years": "“{line}”：{have} 年 ≥ {need} 年",
        "stated_years_short": "“{line}”：{have} 年 < {need} 年",
        "total_years_short": "共 {have} 年工作经历 < {need} 年",
        "terms_all": "提及 {found}",
        "terms_some": "提及 {found}；未提及 {missing}",
        "terms_any": "提及 {found}（所列之一即可）",
        "terms_no_act": "提及 {found}；简历未见“{act}”",
        "terms_listed": "仅在列表中提及 {found}，未见熟练程度或使用",
        "terms_none": "未提及 {missing}",
        "terms_related": "提及相关的 {found}；未提及 {missing}",
        "terms_touched": "相关：“{line}”；未提及 {missing}",
        "terms_kind": "提及 {found}，未写明具体哪种（如 {members}）",
        "major_near": "未提及 {missing}；相近专业：“{line}”",
        "major_same": "未提及 {missing}，同属相关专业：“{line}”",
        "major_other": "未提及 {missing}；所学为其他专业：“{line}”",
        # concrete, title_only, facet_only: said by results stored before the facets' reading
        "concrete": "具体事例：{what}",
        "facets_shown": "具体事例（{facets}）：{what}",
        "facets_some": "具体事例（{facets}）：{what}；未见{lacking}事例",
        "facets_not_customers": "具体事例（{facets}）：{what}；未见面向客户",
        "facets_suggested": "{what} 涉及{facets}，无具体事例",
        "title_only": "仅有职位 {what}，无具体事例",
        "knows_by_work": "在{work_field}领域任职：{what}",
        "knows_by_study": "修读{work_field}：{what}",
        "knows_in_part": "{what} 涉及{work_field}的一部分",
        "no_concrete": "简历未见具体事例",
        "written_in": "简历以{language}写成",
        "similar_only": "只有相近语句，未点名",
        "no_evidence": "简历未涉及",
        "similar_tone": "仅有语气相近的语句，未涉及所问内容",
        "outside_software": "工作经历不在软件领域：未提及任何软件工作、技术或相关学历",
        "similar": "相近语句",
        # the typed rules (matcher.match.typed)
        "edu_unknown": "简历未写明学历",
        "edu_met": "{degree} ≥ {floor}",
        "edu_unmet": "{degree} < {floor}",
        "edu_field_near": "{degree} ≥ {floor}，未写明{field}专业，相近：“{line}”",
        "edu_field_other": "{degree} ≥ {floor}，但非{field}专业：“{line}”",
        "edu_studied": "{degree} < {floor}，另有{school}学习经历（学位未写明）",
        "edu_equivalent": "{degree} < {floor}，要求接受同等经历",
        "edu_unlevelled": "大学学历未注明本科或专科（要求 {floor}）",
        "edu_studies_only": "“{line}”：未注明是否取得学位（要求 {floor}）",
        "lang_unknown": "简历未提及{language}",
        "lang_stated": "简历提及{language}",
        "lang_other": "简历提及{language}",
        "lang_other_none": "简历未提及其他语言",
        "lang_no_level": "简历提及{language}，未写水平",
        "lang_major": "修读{language}专业：“{line}”",
        "lang_abroad": "在{language}国家求学：“{line}”",
        "lang_met": "{language} {level} ≥ {need_level}",
        "lang_below": "{language} {level} < {need_level}：低一级",
        "lang_unmet": "{language} {level} < {need_level}",
        "cert_unknown": "未提及{certificate}",
        "cert_not_held": "简历写明未持有：{quote}",
        "cert_held": "持有：{certificate}",
        "cert_held_line": "持有：{quote}",
        "cert_similar": "相近语句（{sim}）",
        "cert_kin": "同类证书：{quote}",
        "age_unknown": "简历未写明年龄",
        "age_in": "{age} 岁，在要求的 {span} 岁之内",
        "age_out": "{age} 岁，不在要求的 {span} 岁之内",
        "gender_unknown": "简历未写明性别",
        "gender_vs": "{gender}，要求{want}",
        # put before the rest of a flagged condition's reason (matcher.match.engine)
        "not_scored": "不计分（受关注条件）",
        "related": "相关：“{line}”",
        "facet_only": "相关经历 {what}，无具体事例",
        "not_enough_for_met": "不足以判定完全满足",
        "not_enough": "不足以判定",
        "not_enough_for_partial": "不足以判定部分满足",
    },
    "en": {
        "field_years": "{entry}, {have} years ≥ {need}",
        "field_years_short": "{entry}, {have} years < {need}",
        "field_found": "{entry}, {have} years in the field",
        "field_elsewhere": "no work history in {field} ({total} years elsewhere)",
        "field_undated": "no dated work history",
        "field_elsewhere_undated": "no work history in {field}",
        "field_neighbour": "no work history in {field}; a neighbouring role: {entry}",
        "field_undated_entry": "{entry} (years not stated)",
        "field_entry": "{entry}: in the field (no years asked)",
        "stated_found": '"{line}": {have} years (no years asked)',
        "total_years": "{have} years of work in total ≥ {need}",
        "total_years_own": "{have} years of work in total, not shown to be in this field ({need} asked)",
        "total_years_own_any": "{have} years of work in total, not shown to be in this field",
        "stated_years": '"{line}": {have} years ≥ {need}',
        "stated_years_short": '"{line}": {have} years < {need}',
        "total_years_short": "{have} years of work in total < {need}",
        "terms_all": "names {found}",
        "terms_some": "names {found}; no {missing} named",
        "terms_any": "names {found} (one of those listed is enough)",
        "terms_no_act": "names {found}; no {act} stated anywhere",
        "terms_listed": "lists {found}; no level or use shown",
        "terms_none": "no {missing} named",
        "terms_related": "names the related {found}; no {missing} named",
        "terms_touched": 'related: "{line}"; no {missing} named',
        "terms_kind": "names {found} but not which (e.g. {members})",
        "major_near": 'no {missing} named; a neighbouring field: "{line}"',
        "major_same": 'no {missing} named, a related field as asked: "{line}"',
        "major_other": 'no {missing} named; studied another field: "{line}"',
        "concrete": "concrete: {what}",
        "facets_shown": "concrete {facets}: {what}",
        "facets_some": "concrete {facets}: {what}; no example of {lacking}",
        "facets_not_customers": "concrete {facets}: {what}; not with customers",
        "facets_suggested": "{what} suggests {facets}, no concrete example",
        "title_only": "only the title {what}, no concrete example",
        "knows_by_work": "works in {work_field}: {what}",
        "knows_by_study": "studied {work_field}: {what}",
        "knows_in_part": "{what} shows part of {work_field}",
        "no_concrete": "no concrete example in the résumé",
        "written_in": "résumé written in {language}",
        "similar_only": "a similar line only, nothing named",
        "no_evidence": "the résumé does not touch it",
        "similar_tone": "only a line similar in tone, about none of it",
        "outside_software": "a career outside software: no software work, technology or study named",
        "similar": "similar line",
        "edu_unknown": "no education stated",
        "edu_met": "{degree} ≥ {floor}",
        "edu_unmet": "{degree} < {floor}",
        "edu_field_near": '{degree} ≥ {floor}; no {field} named, a neighbouring field: "{line}"',
        "edu_field_other": '{degree} ≥ {floor}, but not in {field}: "{line}"',
        "edu_studied": "{degree} < {floor}, but studied at {school} (degree not named)",
        "edu_equivalent": "{degree} < {floor}; the clause takes an equivalent",
        "edu_unlevelled": "university education without its level (本科 or 专科; {floor} asked)",
        "edu_studies_only": '"{line}": studies, no degree stated ({floor} asked)',
        "lang_unknown": "no {language} stated",
        "lang_stated": "{language} stated",
        "lang_other": "{language} stated besides",
        "lang_other_none": "no other language stated",
        "lang_no_level": "{language} stated without a level",
        "lang_major": '{language} studied as a subject: "{line}"',
        "lang_abroad": 'studied where {language} is spoken: "{line}"',
        "lang_met": "{language} {level} ≥ {need_level}",
        "lang_below": "{language} {level} < {need_level}: one step below",
        "lang_unmet": "{language} {level} < {need_level}",
        "cert_unknown": "no {certificate} stated",
        "cert_not_held": "not held: {quote}",
        "cert_held": "holds {certificate}",
        "cert_held_line": "holds {quote}",
        "cert_similar": "similar line ({sim})",
        "cert_kin": "a certificate of the same kind: {quote}",
        "age_unknown": "no age stated",
        "age_in": "age {age}, within the {span} asked",
        "age_out": "age {age}, outside the {span} asked",
        "gender_unknown": "no gender stated",
        "gender_vs": "{gender}, {want} asked",
        "not_scored": "not scored (flagged condition)",
        "related": 'related: "{line}"',
        "facet_only": "related work {what}, no concrete example",
        "not_enough_for_met": "not enough to call it met",
        "not_enough": "not enough to judge",
        "not_enough_for_partial": "not enough to call it partial",
    },
}
# Values that are keys, in each reader language; a key a table lacks is said as it is, a test
# level (cet-6, n1, hsk5) in capitals.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "english": "英语",
        "mandarin": "普通话",
        "chinese": "中文",
        "cantonese": "粤语",
        "japanese": "日语",
        "korean": "韩语",
        "german": "德语",
        "french": "法语",
        "russian": "俄语",
        "spanish": "西班牙语",
        "arabic": "阿拉伯语",
        "italian": "意大利语",
        "portuguese": "葡萄牙语",
        "vietnamese": "越南语",
        "thai": "泰语",
        "indonesian": "印尼语",
        "malay": "马来语",
        "dutch": "荷兰语",
        "danish": "丹麦语",
        "swedish": "瑞典语",
        "norwegian": "挪威语",
        "finnish": "芬兰语",
        "other": "其他外语",
    },
    "en": {
        "english": "English",
        "mandarin": "Mandarin",
        "chinese": "Chinese",
        "cantonese": "Cantonese",
        "japanese": "Japanese",
        "korean": "Korean",
        "german": "German",
        "french": "French",
        "russian": "Russian",
        "spanish": "Spanish",
        "arabic": "Arabic",
        "italian": "Italian",
        "portuguese": "Portuguese",
        "vietnamese": "Vietnamese",
        "thai": "Thai",
        "indonesian": "Indonesian",
        "malay": "Malay",
        "dutch": "Dutch",
        "danish": "Danish",
        "swedish": "Swedish",
        "norwegian": "Norwegian",
        "finnish": "Finnish",
        "other": "another language",
    },
}
# How each facet of a soft competency (matcher.match.competency) is said, per reader language.
FACET_NAMES = {
    "zh": {
        "lead": "领导组织",
        "communicate": "沟通",
        "moderate": "主持引导",
        "teamwork": "团队合作",
        "solve": "解决问题",
        "learn": "学习",
        "independent": "独立工作",
        "pressure": "抗压",
        "service": "客户服务",
        "time": "时间管理",
        "write": "书面表达",
        "market": "市场洞察",
        "judge": "判断",
        "drive": "推动项目",
    },
    "en": {
        "lead": "leading",
        "communicate": "communication",
        "moderate": "moderating meetings",
        "teamwork": "teamwork",
        "solve": "problem solving",
        "learn": "learning",
        "independent": "working independently",
        "pressure": "working under pressure",
        "service": "customer service",
        "time": "time management",
        "write": "writing",
        "market": "market insight",
        "judge": "judgement",
        "drive": "driving projects",
    },
}


# A field of work whose knowledge a clause asks (matcher.match.field_knowledge), per reader language.
WORK_FIELDS = {
    "zh": {"service": "客户服务", "managing": "管理", "sales": "销售", "hr": "人力资源"},
    "en": {
        "service": "customer service",
        "managing": "management",
        "sales": "sales",
        "hr": "human resources",
    },
}


# The language a whole résumé is written in: 简历以英文写成 (the written language, not 英语).
WRITTEN_NAMES = {"zh": {"english": "英文", "chinese": "中文", "mandarin": "中文", "german": "德文"}}
LANGUAGE_LEVELS = {
    "zh": {"basic": "基础", "good": "良好", "fluent": "熟练", "native": "母语"},
    "en": {"basic": "basic", "good": "good", "fluent": "fluent", "native": "native"},
}
DEGREES = {
    "zh": {
        "high_school": "高中",
        "associate": "大专",
        "bachelor": "本科",
        "master": "硕士",
        "doctorate": "博士",
    },
    "en": {
        "high_school": "high school",
        "associate": "associate",
        "bachelor": "bachelor",
        "master": "master",
        "doctorate": "doctorate",
    },
}
GENDERS = {"zh": {"male": "男", "female": "女"}, "en": {"male": "male", "female": "female"}}
# Which table says a parameter that is a key.
_KEYED = {
    "language": LANGUAGE_NAMES,
    "level": LANGUAGE_LEVELS,
    "need_level": LANGUAGE_LEVELS,
    "degree": DEGREES,
    "floor": DEGREES,
    "gender": GENDERS,
    "want": GENDERS,
    "work_field": WORK_FIELDS,
}
# Parameters that quote the résumé or state a personal attribute: the masked view drops a reason's
# codes when one of them holds such a parameter (matcher.masking).
QUOTING = frozenset({"entry", "line", "what", "quote", "age", "gender"})
_QUOTE_LENGTH = {"zh": 40, "en": 60}
# The keys of a stored result that line() reads to say its reason in the reader's language.
REASON_KEYS = ("reason", "reason_codes", "reason_lines")


@dataclass(frozen=True)
class Reason:
    """A reason code and its parameters (strings or numbers), rendered per language."""

    code: str
    params: dict = field(default_factory=dict)


def say_number(value: float) -> str:
    """A count as a reason says it: one decimal at most, no trailing zero (8.3, 3, 26)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _value(value, lang: str) -> str:
    if isinstance(value, float):
        return say_number(value)
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(str(v) for v in value[:4]) + (
            "…" if len(value) > 4 else ""
        )
    return "" if value is None else str(value)


def _said(key: str, value, lang: str, code: str) -> str:
    """One parameter in `lang`: keys through their table, the rest as _value writes them."""
    if key in ("facets", "lacking") and isinstance(value, (list, tuple)):
        names = FACET_NAMES.get(lang, FACET_NAMES["en"])
        return _value([names.get(v, v) for v in value], lang)
    if key == "language" and code == "written_in" and value in WRITTEN_NAMES.get(lang, {}):
        return WRITTEN_NAMES[lang][value]
    if key in _KEYED and isinstance(value, str):
        table = _KEYED[key].get(lang, _KEYED[key]["en"])
        if value.lower() in table:
            return table[value.lower()]
        return value.upper() if any(c.isdigit() for c in value) else value
    if key == "quote":
        text = str(value or "")
        return text[: _QUOTE_LENGTH.get(lang, 60)]
    return _value(value, lang)


def render(reason: Reason, lang: str) -> str:
    """The reason as one line in `lang` (zh or en; anything else reads English)."""
    lang = lang if lang in TEMPLATES else "en"
    params = {k: _said(k, v, lang, reason.code) for k, v in reason.params.items()}
    return TEMPLATES[lang][reason.code].format(**params)


def joined(reasons: list[Reason], lang: str) -> str:
    """Several reasons on one line, separated as the language writes it; a leading not_scored
    stands before the rest ("not scored (flagged condition): age 47, …")."""
    zh = lang == "zh"
    if reasons and reasons[0].code == "not_scored":
        head, rest = render(reasons[0], lang), joined(reasons[1:], lang)
        return f"{head}{'：' if zh else ': '}{rest}" if rest else head
    return ("；" if zh else "; ").join(render(r, lang) for r in reasons)


def as_data(reasons: tuple | list) -> list[dict]:
    """Reasons as stored with a result: [{"code", "params"}]."""
    return [{"code": r.code, "params": dict(r.params)} for r in reasons]


def line(req: dict, lang: str) -> str:
    """A stored requirement result's reason in `lang`: from its reason_codes, or from the masked
    view's reason_lines; else the stored line (in the posting's language: a result of an older
    version, a code this version does not know)."""
    codes = req.get("reason_codes")
    lines = req.get("reason_lines")
    if not codes:
        said = lines.get(lang) if isinstance(lines, dict) else None
        return said or req.get("reason") or ""
    try:
        return joined(_reasons(codes), lang)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return req.get("reason") or ""


def _reasons(codes: list[dict]) -> list[Reason]:
    return [Reason(c["code"], c.get("params") or {}) for c in codes]


def said_in_each(codes: list[dict]) -> dict[str, str]:
    """Stored reason codes said in every reader language: {"zh": ..., "en": ...}; empty for a
    code this version does not know."""
    try:
        return {lang: joined(_reasons(codes), lang) for lang in TEMPLATES}
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return {}


def quotes_resume(codes: list[dict]) -> bool:
    """Whether stored reason codes hold a parameter that quotes the résumé or a personal
    attribute (the masked view then keeps only their masked lines)."""
    return any(QUOTING & set(c.get("params") or {}) for c in codes)


_STOPS = "。；;，,、"  # a line's closing stop, which a reason going on after the quote drops


def short(text: str, limit: int = 30) -> str:
    """The text on one line, cut to `limit` characters with an ellipsis: a reason quotes it,
    without the line's closing stop (a reason goes on after it: "…副总经理；未见…", not "…副总经理。；未见…")."""
    text = " ".join(text.split()).rstrip(_STOPS)
    return text if len(text) <= limit else text[: limit - 1].rstrip(_STOPS + " ") + "…"
