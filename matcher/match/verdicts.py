"""Learned verdicts for requirements that typed values do not settle: experience in a field,
skills and knowledge (named terms or not), soft competencies, anything else.

Each kind is first read by what proves it (matcher.match.evidence): dated work entries in the
field, the terms the résumé names, concrete lines for a competency. Those readings give the
evidence line, a reason, a cap (a similar line naming none of the terms is at most partial; a
competency without a concrete line is at most partial) and features. A multinomial logistic
regression (scikit-learn, fit by bench/bench_verdicts.py --fit on hand-labelled pairs,
cross-validated by job) turns the features into P(met), P(partial), P(not); its coefficients are
shipped in verdict_model.json, so scoring needs only numpy. The requirement's score is
P(met) + P(partial)/2, which spreads candidates apart far more than a cosine does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from matcher.match import (
    activity,
    cased,
    competency,
    cross_related,
    evidence,
    field_knowledge,
    isa,
    majors,
    software,
    term_lines,
    terms,
)
from matcher.match.field_experience import (
    asked_years,
    field_reading,
    touches_line,
    work_field,
)
from matcher.match.reasons import Reason, joined, short
from matcher.match.semantic import PARTIAL

MODEL_PATH = Path(__file__).with_name("verdict_model.json")
GROUPS = ("experience", "named", "competency", "concept")
CLASSES = ("met", "partial", "not")
FIELD_RULE = ("met", "partial", "unmet", "unknown")
FEATURES = (
    *(f"group_{g}" for g in GROUPS),
    "sim",
    "sim_named",
    "sim_competency",
    "sim_concept",
    "term_share",
    "term_isa",
    *(f"field_{v}" for v in FIELD_RULE),
    "field_ratio",
    "shown",
    "shown_sim",
    "suggested",
    "suggested_sim",
    "asked",
    "claimed",
)
AT = {name: i for i, name in enumerate(FEATURES)}  # feature name -> column
MET_P = 0.7  # P(met) at which a verdict is met: a false "met" costs a recruiter's trust
PARTIAL_P = 0.5  # P(met) + P(partial) at which a verdict is at least partial


@dataclass
class Signals:
    """What the rules read for one (requirement, candidate): features for the model, the line
    to quote, the reasons, the highest verdict the rules allow and what 'not' means here."""

    x: np.ndarray
    sentence: int | None
    reasons: list[Reason] = field(default_factory=list)
    cap: str = "met"
    negative: str = "unknown"
    related: int | None = None  # the most similar line, when similar enough to quote
    related_text: str = ""
    floor: str = "not"  # the lowest verdict the rules allow (arithmetic the model cannot doubt)


class Decision(NamedTuple):
    """A learned verdict with its score, the line quoted and the reason that supports it."""

    verdict: str
    score: float
    reason: str
    sentence: int | None
    codes: tuple[Reason, ...]


# The verdict (met / partial / not) each reading's reason supports: a verdict the model puts
# above it needs another reason (the related line), one below it is not what the reading shows.
SUPPORTS = {
    "field_years": "met",
    "field_found": "met",
    "field_entry": "met",
    "stated_years": "met",
    "stated_found": "met",
    "total_years": "met",
    "field_years_short": "partial",
    "stated_years_short": "partial",
    "total_years_short": "partial",
    "total_years_own": "partial",
    "total_years_own_any": "not",
    "field_undated_entry": "partial",
    "field_neighbour": "partial",
    "field_elsewhere": "not",
    "field_elsewhere_undated": "not",
    "field_undated": "not",
    "terms_all": "met",
    "terms_any": "met",
    "terms_some": "partial",
    "terms_related": "partial",
    "terms_touched": "partial",
    "terms_kind": "partial",
    "major_near": "partial",
    "major_same": "met",
    "major_other": "not",
    "terms_none": "not",
    "facets_shown": "met",
    "facets_some": "partial",
    "facets_not_customers": "partial",
    "facets_suggested": "partial",
    "knows_by_work": "met",
    "knows_by_study": "met",
    "knows_in_part": "partial",
    "no_concrete": "not",
    "similar": "partial",
    "no_evidence": "not",
    "similar_tone": "not",
    "outside_software": "not",
}


@dataclass(frozen=True)
class Model:
    """Standardisation and multinomial logistic-regression weights over FEATURES."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray

    def proba(self, x: np.ndarray) -> np.ndarray:
        """P(met), P(partial), P(not) for each row of x."""
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.coef.T + self.intercept
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        """The weights as JSON, with the feature and class names they belong to."""
        return {
            "features": list(FEATURES),
            "classes": list(CLASSES),
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "coef": self.coef.round(6).tolist(),
            "intercept": self.intercept.round(6).tolist(),
        }


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model in verdict_model.json."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES) or data["classes"] != list(CLASSES):
        raise ValueError(f"{MODEL_PATH}: features differ from the code; refit it")
    return Model(
        *(np.asarray(data[k], dtype=np.float64) for k in ["mean", "scale", "coef", "intercept"])
    )


def fit(x: np.ndarray, y: list[str], c: float = 0.1) -> Model:
    """A model fit on feature rows and their 3-way labels (met / partial / not)."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit((x - mean) / scale, y)
    order = [list(clf.classes_).index(k) for k in CLASSES]
    return Model(mean, scale, clf.coef_[order], clf.intercept_[order])


def group_of(req: dict, named: terms.Named, zh_terms: list[str]) -> str:
    """Which reading judges the requirement."""
    kind = req.get("kind") or "other"
    if kind == "experience" or req.get("min_years") is not None:
        return "experience"
    if kind == "competency":
        return "competency"
    return "named" if (len(named) or zh_terms) else "concept"


class Clause(NamedTuple):
    """What read() asks of the requirement alone, whoever the candidate: which reading judges it
    (group_of), whether it asks a field of study (terms.is_major), whether one term named
    covers it (terms.any_one) or how many do (terms.at_least), the Chinese items no Latin name
    of it stands for (zh_own), the words a competency's values claim (claimed) and whether it is
    about building software (software.clause_asks). A caller reading many résumés reads it once
    (clause_of)."""

    group: str
    major: bool
    any_one: bool
    zh_own: tuple[str, ...]
    claimed: tuple[str, ...]
    at_least: int | None = None
    software: bool = False


def clause_of(req: dict, named: terms.Named, zh_terms: list[str]) -> Clause:
    """The requirement's Clause (named: terms.named_terms(req); zh_terms: chinese_terms(req))."""
    group = group_of(req, named, zh_terms)
    # "CRM系统", "Linux系统运维": the Latin name stands for the item, which is read by the name
    names = [t.name.lower() for t in named]
    zh_own = tuple(term for term in zh_terms if not any(n in term.lower() for n in names))
    claimed: tuple[str, ...] = ()
    if group == "competency":  # the values' first four words: a résumé naming one claims it
        values = req.get("values") or []
        claimed = tuple(w for v in values for w in evidence.content_words(str(v)))[:4]
    text = req.get("text") or ""
    return Clause(
        group,
        terms.is_major(req),
        terms.any_one(req),
        zh_own,
        claimed,
        terms.at_least(text),
        software.clause_asks(text, names),
    )


def chinese_terms(req: dict) -> list[str]:
    """The Chinese values of a skill / knowledge / major requirement, split into items."""
    if req.get("kind") in terms.UNNAMED_KINDS:
        return []
    values = tuple(v for v in req.get("values") or [] if isinstance(v, str))
    if terms.is_major(req):  # every field of study the clause lists, whatever the values kept
        values += (_MAJOR_WORDS.sub("、", req.get("text") or ""),)
    return list(_chinese_items(values))


# The words around a list of majors that are none of them: "专业:", "等相关专业", "优先".
_MAJOR_WORDS = re.compile(r"专业[:：]|等?相关专业|等专业|专业|优先|以上|学历")


@lru_cache(maxsize=1024)
def _chinese_items(values: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for value in values:
        if evidence._CJK.search(value):
            out += [p for p in evidence.parts(value) if evidence.content_words(p)]
    return tuple(dict.fromkeys(out))


def read(
    req: dict,
    profile: dict,
    sims: np.ndarray,
    named: terms.Named,
    lowered: str,
    cache: dict | None = None,
    today: date | None = None,
    zh_terms: list[str] | None = None,
    clause: Clause | None = None,
) -> Signals:
    """The signals of one requirement for one résumé (sims: calibrated similarity per line;
    cache: shared by the profile's requirements; zh_terms: chinese_terms(req) and clause:
    clause_of(req, …), which a caller reading many résumés computes once)."""
    cache = {} if cache is None else cache
    sentences = profile.get("sentences") or []
    zh_terms = chinese_terms(req) if zh_terms is None else zh_terms
    clause = clause or clause_of(req, named, zh_terms)
    group = clause.group
    x = np.zeros(len(FEATURES))
    x[GROUPS.index(group)] = 1.0
    best = int(sims.argmax()) if len(sims) else None
    sim = float(sims[best]) if best is not None else 0.0
    x[AT["sim"]] = sim
    if group != "experience":
        x[AT[f"sim_{group}"]] = sim
    related = best if sim >= PARTIAL else None
    signals = Signals(x, related, related=related)
    if related is not None:
        signals.related_text = sentences[related]["text"]
    if group == "experience":
        rule, ratio, sentence, reasons, negative = field_reading(
            req, profile, sentences, lowered, today or date.today(), cache
        )
        x[AT[f"field_{rule}"]] = 1.0
        x[AT["field_ratio"]] = ratio
        signals.sentence, signals.reasons, signals.negative = sentence, reasons, negative
        if reasons[0].code == "total_years":  # "工作经验:3-5年": arithmetic on the career
            signals.floor = "met"
        if negative == "stated":  # a stated zero in the field
            signals.negative, signals.cap = "unmet", "not"
        elif rule == "unknown":
            signals.cap = "not"
        elif rule in ("partial", "unmet"):  # the field's words can miss a related title
            signals.cap = "partial"
            elsewhere = reasons[0].code in ("field_elsewhere", "field_elsewhere_undated")
            if elsewhere and (
                signals.related is None
                or not touches_line(reasons[0].params["field"], sentences, signals.related, cache)
            ):
                signals.related, signals.related_text = None, ""  # no line about the field
        return signals
    if group == "named":
        major = clause.major
        if major:  # a field of study is read on the education lines only
            sentences, lowered, sims, shown = _education_view(profile, sims, cache)
            top = int(sims.argmax()) if len(sims) else None
            near = shown[top] if top is not None and sims[top] >= PARTIAL else None
            signals.sentence = signals.related = near
            signals.related_text = sentences[top]["text"] if near is not None else ""
        if (
            req.get("kind") == "knowledge"
            and not len(named)
            and (fields := field_knowledge.fields(zh_terms))
        ):  # 熟悉客服工作流程, 管理理念: knowledge of a field of work, shown by working in it
            _read_field_knowledge(fields, zh_terms, sentences, lowered, sims, cache, signals)
            return signals
        cover = terms.coverage(named, lowered) if len(named) else None
        found = list(cover.found) if cover else []
        missing = list(cover.missing) if cover else []
        loose = list(cover.loose) if cover else []  # a kind by its own word: half of it
        names = cover.names if cover else 0  # named as themselves, not through a kind
        for term in clause.zh_own:  # half the content words of a long item (客服|工作流程) name it
            hit = evidence.names(term, lowered, share=0.5)
            (found if hit else missing).append(term)
            names += hit
        listed = len(found) + len(missing) + len(loose)
        count = terms.EXAMPLES_ENOUGH if clause.any_one else clause.at_least
        needed = max(1, min(listed, listed if count is None else count))
        share = min(1.0, (len(found) + 0.5 * len(loose)) / needed)
        x[AT["term_share"]] = share
        # what only a kind gives (Scrum for agile, the word "cloud"): is-a, not the name asked
        x[AT["term_isa"]] = max(0.0, share - min(1.0, names / needed))
        if found or loose:
            # examples or alternatives: one named is enough, the rest is not missing
            code = (
                "terms_kind"
                if not found
                else "terms_all"
                if not (missing or loose)
                else "terms_any"
                if share >= 1
                else "terms_some"
            )
            what = {"found": found, "missing": [*loose, *missing]}
            if code == "terms_kind":  # "names cloud, not which: AWS, Azure, GCP, …"
                kinds = [t.category for t in named if t.name in loose]
                what = {"found": loose, "members": [m for k in kinds for m in k.members[:3]]}
            signals.reasons = [Reason(code, what)]
            if code == "terms_some":  # one of two named ("Scrum and Kanban": Scrum) is part
                signals.floor = "partial"
            elif code in ("terms_all", "terms_any") and (
                act := activity.unstated(
                    req.get("text") or "", tuple(found), sentences, lowered, cache
                )
            ):  # "Linux administration" of a CV listing Linux and administering nothing
                signals.reasons = [Reason("terms_no_act", {"found": found, "act": act})]
                signals.cap = signals.floor = "partial"
            # the most similar line that names one, among the lines holding a word of one
            lines, names_line = term_lines.holding(
                named, zh_terms, sentences, lowered, cache, major
            )
            if major:  # a major is stated beside a degree, not in a skills list
                lines.sort(
                    key=lambda i: (not evidence.DEGREE.search(sentences[i]["text"]), -sims[i], i)
                )
                signals.sentence = next((i for i in lines if names_line(i)), None)
            else:  # among the lines that name one (kept marks), the one a recruiter reads best
                naming = [i for i in lines if names_line(i)]
                signals.sentence = term_lines.quoted(
                    named,
                    zh_terms,
                    naming,
                    sentences,
                    sims,
                    cache,
                )
                if (
                    code in ("terms_all", "terms_any")
                    and signals.cap == "met"
                    and activity.level_unshown(req.get("text") or "", naming, sentences)
                ):  # "proficient in Python" of a CV listing Python and using it nowhere
                    signals.reasons = [Reason("terms_listed", {"found": found})]
                    signals.cap = signals.floor = "partial"
            if major and signals.sentence is not None:
                signals.sentence = shown[signals.sentence]  # back to the résumé's line
            elif (
                code in ("terms_all", "terms_any")
                and signals.cap == "met"
                and signals.sentence is not None
                and sentences[signals.sentence].get("section") in evidence.WORK_SECTIONS
            ):  # named in the work history: used there, not only listed (the guide's met)
                signals.floor = "met"
        elif related := (
            terms.partly(named, lowered)
            if len(named) and not zh_terms
            # a Chinese item's Latin names' kin (Visio for 办公软件: Office, Excel, Word)
            else terms.partly(terms.alias_terms(tuple(zh_terms)), lowered)
            if zh_terms
            else ()
        ):
            # "ABAP" for "ABAP OO", "HTML" for "HTML5": a related skill is some of it, no more
            signals.reasons = [
                Reason("terms_related", {"found": list(related), "missing": missing})
            ]
            words = tuple(w.lower() for w in related)
            lines = evidence.lines_with_words(words, sentences, lowered)
            signals.sentence = next(
                (
                    i
                    for i in sorted(lines, key=lambda i: (-sims[i], i))
                    if any(terms.has_word(cased.fold(sentences[i]["text"]), w) for w in words)
                ),
                None,
            )
            if major and signals.sentence is not None:
                signals.sentence = shown[signals.sentence]
            signals.cap = signals.floor = "partial"
        elif (
            zh_terms
            and (touched := cross_related.related_line(missing, sentences, lowered, sims))[1]
            is not None
        ):
            # 法律法规 against "regulatory compliance" in an English CV: related work, some of it
            signals.sentence = touched[1]
            what = short(sentences[touched[1]]["text"])
            signals.reasons = [Reason("terms_touched", {"line": what, "missing": missing})]
            signals.cap = signals.floor = "partial"
        else:
            signals.reasons = [Reason("terms_none", {"missing": missing})]
            # a similar line naming none of them is never met; where all are names (Ansible,
            # Container Security), a line naming none of them says nothing about them
            sure = not zh_terms and terms.sure_names(named, req.get("text") or "")
            signals.cap = "not" if sure else "partial"
            _work_in_field(req, profile, lowered, today, cache, signals, missing)
        # a major stated and none of those listed: the résumé says otherwise
        stated = major and any(e.get("major") for e in profile.get("education") or [])
        signals.negative = "unmet" if stated else "unknown"
        if major and not found:
            _major_field(req, [*missing, *loose], sentences, shown, signals)
        elif not (found or loose):
            _outside_software(req, profile, lowered, cache, signals, clause)
        return signals
    if group == "competency":
        _read_competency(req, sentences, lowered, sims, cache, signals, clause.claimed)
        return signals
    line = signals.sentence
    if line is None:
        signals.reasons = [Reason("no_evidence")]
    elif _touches(req.get("text") or "", sentences, line, lowered, cache):
        signals.reasons = [Reason("similar", {})]
        signals.cap = "partial"  # a concept with no name: similarity alone proves no more
    else:  # similar in tone only: the résumé is silent on what is asked
        _silent(signals)
    _work_in_field(req, profile, lowered, today, cache, signals)
    _outside_software(req, profile, lowered, cache, signals, clause)
    return signals


# The readings a career outside software overrules: nothing named, a line merely similar, none.
_UNSHOWN = frozenset(["terms_none", "similar", "similar_tone", "no_evidence"])


def _outside_software(
    req: dict, profile: dict, lowered: str, cache: dict, signals: Signals, clause: Clause
) -> None:
    """A clause about building software asked of a career with no software work, technology or
    study at all (matcher.match.software): unmet, as the guide reads a career wholly elsewhere,
    not partial on the most similar line ("payroll software") nor unknown."""
    if req.get("kind") not in ("knowledge", "skill", "experience"):
        return
    if signals.reasons and signals.reasons[0].code not in _UNSHOWN:
        return
    if not clause.software:
        return
    if software.career(profile, lowered, cache):
        return
    signals.reasons = [Reason("outside_software", {})]
    signals.cap = signals.floor = "not"
    signals.negative = "unmet"
    signals.sentence = signals.related = None
    signals.related_text = ""


_ALTERNATIVES = re.compile(r"\b(?:or|oder)\b", re.I)
_NAME_MARK = re.compile(r"[A-Z0-9+#]")  # past its first letter: a product's name (iOS, 365)


def _work_in_field(
    req: dict,
    profile: dict,
    lowered: str,
    today: date | None,
    cache: dict,
    signals: Signals,
    unnamed: list[str] = (),
) -> None:
    """A nameless clause asking work in a field ("Experience in quality assurance", "Praktische
    Erfahrung im Bereich Softwaretest") that the résumé's names do not settle: dated work entries
    whose title or description is in that field show it, as for a clause of kind experience
    (field_experience.field_reading); the entry is the evidence. A part of the field holding a
    name the résumé does not name (`unnamed`: "… delivery across the Dynamics 365 landscape") is
    not shown by other work: the clause is left to its names, unless that part is one
    alternative ("iOS app or backend development": backend work shows it)."""
    field_ = work_field(req.get("text") or "")
    if field_ is None:
        return
    items = evidence.parts(field_)
    names = [n.lower() for n in unnamed if isa.known_name(n.lower()) or _NAME_MARK.search(n[1:])]
    kept = [p for p in items if not any(n in p.lower() for n in names)]
    if not kept or (len(kept) < len(items) and not _ALTERNATIVES.search(field_)):
        return
    # (the résumé names one of the items in full somewhere: a clause whose qualifier it never
    # writes — "Deskriptive Programmierung", "a consumable API" — is not work any programmer
    # has done); every item where they are joined by "and", not offered as alternatives
    either = any if _ALTERNATIVES.search(field_) else all
    if not either(evidence.names(item, lowered) for item in kept):
        return
    field_ = " or ".join(kept)
    asked = {**req, "field": field_, "min_years": asked_years(req)}
    rule, _, sentence, reasons, _ = field_reading(
        asked, profile, profile.get("sentences") or [], lowered, today or date.today(), cache
    )
    if rule == "met" or (rule == "partial" and reasons[0].code == "field_years_short"):
        signals.cap = signals.floor = rule
        signals.sentence, signals.reasons = sentence, reasons


def _major_field(
    req: dict, listed: list[str], sentences: list[dict], shown: list[int], signals: Signals
) -> None:
    """None of the majors listed is named: the field the education lines keep naming decides
    (matcher.match.majors). The same field where the clause accepts related ones (相关专业, "or
    related") is met; the same field otherwise or a neighbouring one (accounting for 工商管理,
    hotel management for a business list) is partial, settled; another field is unmet; none
    named leaves the reading."""
    asked = majors.fields_asked(" ".join([req.get("text") or "", *listed]))
    top, line = majors.studied(sentences, list(range(len(sentences))))
    said = majors.relation(asked, top) if asked else "unstated"
    if said == "unstated" or line is None:
        return
    quoted = short(sentences[line]["text"])
    signals.sentence = shown[line]
    if said == "other":
        signals.cap, signals.negative = "not", "unmet"
        signals.reasons = [Reason("major_other", {"missing": listed, "line": quoted})]
        return
    if said == "same" and majors.accepts_related(req.get("text") or ""):
        # "商务管理、市场营销等相关专业" asks the field, and 工商管理 is in it
        signals.cap = signals.floor = "met"
        signals.reasons = [Reason("major_same", {"missing": listed, "line": quoted})]
        return
    signals.cap = signals.floor = "partial"
    signals.reasons = [Reason("major_near", {"missing": listed, "line": quoted})]


def _education_view(
    profile: dict, sims: np.ndarray, cache: dict
) -> tuple[list[dict], str, np.ndarray, list[int]]:
    """(lines, their lower-cased text joined, their similarities, their indices in the résumé)
    of the education lines. Their indices are cached per profile (the cache outlives the
    shortlist, matcher.match.readings: line numbers only, never the résumé's words)."""
    if "education" not in cache:
        cache["education"] = evidence.education_lines(
            profile.get("sentences") or [], cache.get("lowered")
        )
    shown = cache["education"]
    lines = [profile["sentences"][i] for i in shown]
    lowered = "\n".join(cased.fold(s["text"]) for s in lines)
    return lines, lowered, sims[shown] if len(sims) else sims, shown


def _read_field_knowledge(
    fields: dict[str, bool],
    items: list[str],
    sentences: list[dict],
    lowered: str,
    sims: np.ndarray,
    cache: dict,
    signals: Signals,
) -> None:
    """Knowledge of a field of work (matcher.match.field_knowledge): work or study in it may be
    met (at least partial), related work is partial, nothing is silence (unknown)."""
    x = signals.x
    reading = field_knowledge.read(fields, sentences, lowered, sims, cache)
    if not reading.touched:
        signals.sentence, signals.cap = None, "not"
        signals.reasons = [Reason("terms_none", {"missing": items})]
        return
    what = short(sentences[reading.sentence]["text"])
    params = {"work_field": reading.field, "what": what}
    signals.sentence = reading.sentence
    if reading.shown:
        x[AT["term_share"]] = 1.0  # the field's work or study is what the clause asks
        code = "knows_by_study" if reading.what == "study" else "knows_by_work"
        signals.floor = "partial"
    else:
        x[AT["suggested"]] = 1.0
        x[AT["suggested_sim"]] = float(sims[reading.sentence]) if len(sims) else 0.0
        code = "knows_in_part"
        signals.cap = signals.floor = "partial"  # related work is part of it, no more
    signals.reasons = [Reason(code, params)]


def _read_competency(
    req: dict,
    sentences: list[dict],
    lowered: str,
    sims: np.ndarray,
    cache: dict,
    signals: Signals,
    claimed: tuple[str, ...],
) -> None:
    """A soft competency by the facets its clause asks (matcher.match.competency): shown when a
    line shows every facet, partly when some, suggested when roles or related work only touch
    them, else the résumé is silent (unknown); a clause asking no known facet is at most
    partial, on a similar line (claimed: Clause.claimed)."""
    x = signals.x
    reading = competency.read(req.get("text") or "", sentences, lowered, cache)
    if any(evidence._word_in(w, lowered) for w in claimed):
        x[AT["claimed"]] = 1.0
    if not reading.asked:
        line = signals.sentence
        if line is None:
            signals.reasons, signals.cap = [Reason("no_concrete")], "not"
        elif _touches(req.get("text") or "", sentences, line, lowered, cache):
            signals.reasons, signals.cap = [Reason("similar", {})], "partial"
        else:  # similar in tone only: the résumé is silent on what is asked
            _silent(signals)
        return
    n = len(reading.asked)
    shown, suggested = reading.shown_facets, reading.suggested_facets
    x[AT["asked"]] = 1.0
    x[AT["shown"]] = len(shown) / n
    x[AT["suggested"]] = len(suggested) / n
    if shown:
        x[AT["shown_sim"]] = max(float(sims[i]) for f in shown for i in reading.shown[f])
    if suggested:
        x[AT["suggested_sim"]] = max(
            float(sims[i]) for f in suggested for i in reading.suggested[f]
        )
    if shown:
        top = competency.best_line(
            reading, shown, sims, shown=True, sentences=sentences, cache=cache
        )
        what = short(sentences[top]["text"])
        missing = reading.missing_facets
        if _FOR_CUSTOMERS.search(req.get("text") or "") and not any(
            _CUSTOMERS.search(sentences[i]["text"]) for f in shown for i in reading.shown[f]
        ):
            # "与各种类型的客户有效沟通", "处理客户投诉": shown with colleagues or employees only, the
            # clause's customers are not in it
            signals.cap = "partial"
            code = Reason("facets_not_customers", {"facets": shown, "what": what})
        elif missing:
            signals.cap = "partial"  # a facet asked and not shown: not all of it
            code = Reason("facets_some", {"facets": shown, "lacking": missing, "what": what})
        else:
            code = Reason("facets_shown", {"facets": shown, "what": what})
    elif suggested:
        top = competency.best_line(
            reading, suggested, sims, shown=False, sentences=sentences, cache=cache
        )
        # a role or related work alone is at most partial, and as much as its reason says
        # ("涉及沟通，无具体事例" beside "unknown" would contradict itself)
        signals.cap = signals.floor = "partial"
        code = Reason(
            "facets_suggested", {"facets": suggested, "what": short(sentences[top]["text"])}
        )
    else:  # nothing shows or suggests what is asked: the résumé is silent on it
        signals.cap, signals.sentence = "not", None
        signals.reasons = [Reason("no_concrete")]
        return
    signals.sentence, signals.reasons = top, [code]


# A competency asked towards customers ("与各种类型的客户有效沟通", "处理客户投诉", "with clients"),
# and the words of a line about them.
_FOR_CUSTOMERS = re.compile(
    r"与[^，,。；;]{0,12}(?:客户|顾客|客人)|(?:客户|顾客)(?:投诉|满意)|with (?:\w+ )?(?:customers|clients)"
    r"|(?:customer|client) (?:complaints|satisfaction)|mit kunden|kundenzufriedenheit",
    re.I,
)
_CUSTOMERS = re.compile(
    r"客户|顾客|客人|旅客|乘客|患者|customer|client|guest|patient|passenger|consumer|buyer|kunde"
    r"|käufer|gäste|tenant|user",
    re.I,
)


def _touches(clause: str, sentences: list[dict], line: int, lowered: str, cache: dict) -> bool:
    """Whether a similar line is about what the clause asks: it names one of the clause's
    content words or a word of the same stem ("developer" for "development"); a line similar in
    tone only ("deliver a project successfully" for "awareness of code quality") says nothing
    of it. A résumé not written in the clause's language shares no words with it, so there any
    similar line counts. (Asking the same of each line's own language was tried: fresh2 en
    +0.007, own en -0.026, fresh en -0.018.)"""
    if evidence.clause_language(clause) not in evidence.languages_of(sentences, lowered, cache):
        return True
    text = sentences[line]["text"].lower()
    words = evidence.content_words(clause)
    if any(evidence._word_in(w, text) for w in words):
        return True
    # the line is split into words only where it holds a stem's first letters at all: this runs
    # per candidate, and splitting and comparing every word cost 85 µs a line, the substring
    # tests first 9 (timeit, machine shared at load 7)
    heads = [w for w in words if len(w) >= STEM and w[:STEM] in text]
    if not heads:
        return False
    said = evidence._LATIN_WORD.findall(text)
    return any(_same_stem(w, said) for w in heads)


STEM = 5  # letters two words share at least to be one stem ("analy": analytical, analysis)


def _same_stem(word: str, said: list[str]) -> bool:
    """Whether one of the line's words shares the word's stem: all but the last three letters
    of the shorter one, at least STEM ("develop" of development and developer, "architect" of
    architecture and architects); short words match whole (evidence._word_in)."""
    head = word[:STEM]
    for other in said:
        if other.startswith(head):
            need = max(STEM, min(len(word), len(other)) - 3)
            if word[:need] == other[:need]:
                return True
    return False


def _silent(signals: Signals) -> None:
    """A similar line that is not about the clause: the verdict says the résumé is silent (its
    reason, similar_tone, supports no more and no line is quoted), while the score keeps the
    similarity's weak signal for the order (scaling it down as a cap would cost the graded
    ranking 0.003) and the learned ranker reads the code apart from a résumé silent on it
    (matcher.learn.features: such an unknown is not counted with the unmet ones)."""
    signals.reasons, signals.cap = [Reason("similar_tone")], "partial"
    signals.sentence = signals.related = None
    signals.related_text = ""


RANK = {"not": 0, "partial": 1, "met": 2}


def decide(signals: Signals, proba: np.ndarray, lang: str) -> Decision:
    """The verdict from the model's probabilities, capped by the rules, with a reason that
    supports that verdict: above what the reading shows it needs a related line to quote (else
    it is what the reading shows); below a reading that would be met, the reason says so (raising
    it to met instead makes 0.09 of the labelled not-met cases met, cross-validated)."""
    p_met, p_partial, _ = proba.tolist()  # Python floats, as float() of each
    if p_met >= MET_P:
        cls = "met"
    elif p_met + p_partial >= PARTIAL_P:
        cls = "partial"
    else:
        cls = "not"
    score = p_met + 0.5 * p_partial
    if RANK[cls] > RANK[signals.cap]:
        cls = signals.cap
    if RANK[cls] < RANK[signals.floor]:
        cls = signals.floor
        # a settled met scores by how far past the years asked (total years: 0.75-1), a
        # settled partial in the partial range
        ratio = float(signals.x[AT["field_ratio"]])
        score = max(score, 0.5 + 0.5 * ratio if cls == "met" else 0.35)
    reasons, sentence = signals.reasons, signals.sentence
    supports = "met"
    for reason in reasons:  # a loop, not min() over a generator: this runs per requirement
        if RANK[SUPPORTS.get(reason.code, "met")] < RANK[supports]:
            supports = SUPPORTS[reason.code]
    if RANK[cls] > RANK[supports]:
        if signals.related is not None and supports == "not" and cls == "partial":
            reasons = [*reasons, Reason("related", {"line": short(signals.related_text)})]
            sentence = signals.related
        else:
            cls = supports
    elif supports == "met" and cls != "met":
        # the reading shows what a met needs, the labelled cases like it were mostly not met
        code = "not_enough_for_met" if cls == "partial" else "not_enough"
        reasons = [*reasons, Reason(code)]
    elif supports == "partial" and cls == "not":
        # a reading of some of it ("similar line") the model does not trust: the reason says so,
        # not only the reading beside an unknown that contradicts it
        reasons = [*reasons, Reason("not_enough_for_partial")]
    if signals.cap == "not":  # below every partial, still in the order the evidence gives
        score *= 0.3
    score = min(score, {"met": 1.0, "partial": 0.6, "not": 0.3}[signals.cap])
    verdict = signals.negative if cls == "not" else cls
    if verdict == "unknown":  # the résumé is silent: nothing to quote
        sentence = None
    reason = joined(reasons, lang) if reasons else ""
    return Decision(verdict, round(score, 3), reason, sentence, tuple(reasons))
