"""Knowledge of a field of work (熟悉客服工作流程和理念, 了解客服管理及服务理念, 具备一定的管理理念,
具备现代企业管理理论基础): the clause names no body of knowledge a résumé would list, but a field
people work in, so it is shown by working in that field (a service department headed, years as a
manager) or by studying it (a management degree). Theory (管理理论) is shown by study; work only
touches it. Related work that is not the field itself — handling customer queries in a sales or
HR job for customer service, a manager's title for the theory of managing, IT service management
(ITIL, a service desk, a CRM system) for customer service's processes and ideas — shows part of it.

The readers of the lines (which lines are work or study in the field) keep line numbers per
résumé in the cache (matcher.match.readings), never the lines' words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from matcher.match import competency, evidence, quotes

# Words that say what about a field is known (its processes, ideas, theory, management), not
# which field: 客服管理 and 客服工作流程 are both about customer service.
_ABOUT = frozenset(
    ["流程", "理念", "理论", "管理", "现代", "企业", "改进", "制度", "体系", "方法", "模式", "技巧"]
)
# Words of managing itself: with nothing else left, the field is managing (管理理念).
_MANAGING = frozenset(["管理", "经营", "企业管理", "管理学"])
# An item that is theory: shown by study, only touched by practice.
_THEORY = re.compile(r"理论|theor", re.I)


@dataclass(frozen=True)
class Field:
    """A field of work: the content words that name it, the lines of work in it (None: a
    manager's role, read by the competency table), the education lines of study in it, the
    competency facet whose concrete acts show part of it (None: no act outside it does) and the
    lines of neighbouring work that know it from another side (None: none)."""

    words: frozenset[str]
    works: re.Pattern | None
    studies: re.Pattern
    facet: str | None
    related: re.Pattern | None = None


# The work of a service unit: a line naming customer service, or a service department or centre
# (旅客服务部, E服务行销中心) — the unit, not a company that sells a service (物业服务有限公司).
FIELDS: dict[str, Field] = {
    "service": Field(
        frozenset(["客服", "客户服务", "服务", "售后"]),
        re.compile(
            r"客服|客户服务|售后服务|服务[^，。、；,;\n公]{0,4}(?:中心|部)|customer (?:service|care|"
            r"support)|call cent|help ?desk|kundenservice|kundendienst"
        ),
        re.compile(r"客服|客户服务|customer service"),
        "service",
        # IT service management and CRM systems: the processes and ideas of service known from
        # the system's side, not the work of a service team
        re.compile(
            r"\bitil\b|it[- ]service[- ]management|service[- ]?desk|\bcrm\b"
            r"|customer relationship management"
        ),
    ),
    "managing": Field(
        _MANAGING,
        None,
        re.compile(
            r"工商管理|企业管理|管理学|行政管理|经济管理|管理科学|管理专业|mba|\bbba\b|\bmms\b|"
            r"management|business administration|betriebswirt"
        ),
        "lead",
    ),
    "sales": Field(
        frozenset(["销售", "营销", "市场营销"]),
        re.compile(r"销售|营销|\bsales\b|vertrieb"),
        re.compile(r"市场营销|营销|marketing"),
        "communicate",
    ),
    "hr": Field(
        frozenset(["人力资源", "人事", "招聘", "培训", "绩效", "薪酬"]),
        re.compile(
            r"人力资源|人事|招聘|\bhr\b|human resource|recruit|personalabteilung|personalwesen"
        ),
        re.compile(r"人力资源|human resource|\bhr\b"),
        None,
    ),
}
# What each facet's reading is asked with (competency.read reads the facets a text asks).
_ASK = {"service": "客户服务", "lead": "领导", "communicate": "沟通"}


def field_of(item: str) -> str | None:
    """The field of work an item is about (客服工作流程 → service, 管理理念 → managing), "" for an
    item about no field (流程改进: the processes of the clause's field), None for an item naming
    something else (财务知识, 国际贸易政策)."""
    words = evidence.content_words(item)
    rest = [w for w in words if w not in _ABOUT]
    if not rest:
        return "managing" if any(w in _MANAGING for w in words) else ""
    for name, known in FIELDS.items():
        if all(w in known.words for w in rest):
            return name
    return None


def fields(items: list[str]) -> dict[str, bool] | None:
    """The fields of work a clause's items are about, each with whether it asks theory; None
    unless every item is about a field of work or about none (then the clause is knowledge of
    those fields, not of named things)."""
    out: dict[str, bool] = {}
    for item in items:
        name = field_of(item)
        if name is None:
            return None
        if name:
            out[name] = out.get(name, False) or bool(_THEORY.search(item))
    return out or None


@dataclass(frozen=True)
class Reading:
    """What the résumé shows of the clause's fields: `shown` when every field is worked in or
    studied (theory: studied), `touched` when related work shows part of one, the line to
    quote and what it is (work, study, related)."""

    shown: bool
    touched: bool
    sentence: int | None
    what: str
    field: str


def read(
    asked: dict[str, bool],
    sentences: list[dict],
    lowered: str,
    sims: np.ndarray,
    cache: dict,
) -> Reading:
    """The reading of a clause asking knowledge of these fields (asked: field → theory)."""
    shown, touched = [], []
    for name, theory in asked.items():
        study = _study_lines(name, sentences, cache)
        work = _work_lines(name, sentences, lowered, cache)
        if work and not theory:  # practice is what a recruiter checks first; theory is studied
            shown.append(("work", name, work))
        elif study:
            shown.append(("study", name, study))
        elif work or (related := _related_lines(name, sentences, lowered, cache)):
            touched.append(("related", name, work or related))
    if len(shown) == len(asked):
        what, name, lines = shown[0]
    elif shown or touched:
        what, name, lines = (touched or shown)[0]
    else:
        return Reading(False, False, None, "", "")

    # a line that counts what it did ("Manage a team of 20 people"), as a competency's quote,
    # then the latest (matcher.match.quotes: the current role over an old one), then the most
    # similar to the clause
    def order(i: int) -> tuple:
        read = quotes.line(i, sentences, cache)
        return (read.counted, read.year, float(sims[i]), -i)

    top = max(lines, key=order) if len(sims) else lines[0]
    return Reading(len(shown) == len(asked), True, top, what, name)


def _study_lines(name: str, sentences: list[dict], cache: dict) -> list[int]:
    """The education lines of study in the field (a management degree, EMBA)."""
    key = ("field_study", name)
    if key not in cache:
        if "education" not in cache:
            cache["education"] = evidence.education_lines(sentences)
        studies = FIELDS[name].studies
        cache[key] = [
            i
            for i in cache["education"]
            if studies.search((sentences[i].get("text") or "").lower())
        ]
    return cache[key]


def _work_lines(name: str, sentences: list[dict], lowered: str, cache: dict) -> list[int]:
    """The lines of work in the field: a service unit's, a sales role's, a manager's role (the
    competency table's leading facet, shown or suggested), outside the education lines."""
    key = ("field_work", name)
    if key not in cache:
        works = FIELDS[name].works
        if works is None:
            reading = competency.read(_ASK["lead"], sentences, lowered, cache)
            lines = sorted({*reading.shown.get("lead", []), *reading.suggested.get("lead", [])})
        else:
            lines = [
                i
                for i, s in enumerate(sentences)
                if works.search((s.get("text") or "").lower()) and s.get("section") != "education"
            ]
        cache[key] = lines
    return cache[key]


def _related_lines(name: str, sentences: list[dict], lowered: str, cache: dict) -> list[int]:
    """The lines whose concrete acts show the field's facet (resolved customer queries for
    service), else those of its neighbouring work (ITIL, a CRM system): related work, part of
    the knowledge."""
    field_ = FIELDS[name]
    if field_.facet is not None:
        acts = competency.read(_ASK[field_.facet], sentences, lowered, cache).shown
        if acts.get(field_.facet):
            return acts[field_.facet]
    if field_.related is None:
        return []
    key = ("field_related", name)
    if key not in cache:
        cache[key] = [
            i
            for i, s in enumerate(sentences)
            if field_.related.search((s.get("text") or "").lower())
        ]
    return cache[key]
