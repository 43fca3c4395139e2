"""Reason lines of the learned verdicts: a code and its parameters, turned into one short line a
recruiter checks in a second ("客服主管 2012–2020, 8 年 ≥ 3 年", "names CRM; no office software
named") by one template per language. Every reason of matcher.match.verdicts is built here, so a
new reader language is one more table, not a hunt through f-strings."""

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
        "field_undated_entry": "{entry}（未注明年限）",
        "total_years": "共 {have} 年工作经历 ≥ {need} 年",
        "stated_years": "“{line}”：{have} 年 ≥ {need} 年",
        "stated_years_short": "“{line}”：{have} 年 < {need} 年",
        "total_years_short": "共 {have} 年工作经历 < {need} 年",
        "terms_all": "提及 {found}",
        "terms_some": "提及 {found}；未提及 {missing}",
        "terms_none": "未提及 {missing}",
        "concrete": "具体事例：{what}",
        "title_only": "仅有职位 {what}，无具体事例",
        "no_concrete": "简历未见具体事例",
        "written_in": "简历以{language}写成",
        "similar_only": "只有相近语句，未点名",
        "no_evidence": "简历未涉及",
        "similar": "相近语句",
        "related": "相关：“{line}”",
        "facet_only": "相关经历 {what}，无具体事例",
        "not_enough_for_met": "不足以判定完全满足",
        "not_enough": "不足以判定",
    },
    "en": {
        "field_years": "{entry}, {have} years ≥ {need}",
        "field_years_short": "{entry}, {have} years < {need}",
        "field_found": "{entry}, {have} years in the field",
        "field_elsewhere": "no work history in {field} ({total} years elsewhere)",
        "field_undated": "no dated work history",
        "field_elsewhere_undated": "no work history in {field}",
        "field_undated_entry": "{entry} (years not stated)",
        "total_years": "{have} years of work in total ≥ {need}",
        "stated_years": '"{line}": {have} years ≥ {need}',
        "stated_years_short": '"{line}": {have} years < {need}',
        "total_years_short": "{have} years of work in total < {need}",
        "terms_all": "names {found}",
        "terms_some": "names {found}; no {missing} named",
        "terms_none": "no {missing} named",
        "concrete": "concrete: {what}",
        "title_only": "only the title {what}, no concrete example",
        "no_concrete": "no concrete example in the résumé",
        "written_in": "résumé written in {language}",
        "similar_only": "a similar line only, nothing named",
        "no_evidence": "the résumé does not touch it",
        "similar": "similar line",
        "related": 'related: "{line}"',
        "facet_only": "related work {what}, no concrete example",
        "not_enough_for_met": "not enough to call it met",
        "not_enough": "not enough to judge",
    },
}
LANGUAGE_NAMES = {
    "zh": {"english": "英文", "chinese": "中文", "mandarin": "中文", "german": "德文"},
    "en": {"english": "English", "chinese": "Chinese", "mandarin": "Chinese", "german": "German"},
}


@dataclass(frozen=True)
class Reason:
    """A reason code and its parameters (strings or numbers), rendered per language."""

    code: str
    params: dict = field(default_factory=dict)


def _value(value, lang: str) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(str(v) for v in value[:4]) + (
            "…" if len(value) > 4 else ""
        )
    return str(value)


def render(reason: Reason, lang: str) -> str:
    """The reason as one line in `lang` (zh or en; anything else reads English)."""
    table = TEMPLATES.get(lang, TEMPLATES["en"])
    params = {k: _value(v, lang) for k, v in reason.params.items()}
    if reason.code == "written_in":
        names = LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["en"])
        params["language"] = names.get(reason.params["language"], reason.params["language"])
    return table[reason.code].format(**params)


def joined(reasons: list[Reason], lang: str) -> str:
    """Several reasons on one line, separated as the language writes it."""
    return ("；" if lang == "zh" else "; ").join(render(r, lang) for r in reasons)


def short(text: str, limit: int = 30) -> str:
    """The text on one line, cut to `limit` characters with an ellipsis: a reason quotes it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
