"""Typed verdict rules: education, years, language level, certificate, age and gender compared on
parsed values. Missing data is `unknown`, never `met`. Each rule returns a Judgement whose reason a
person can check against the résumé ("本科 ≥ 大专", "0 years (recent graduate) < 5 required")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from matcher.match import terms
from matcher.match.evidence import education_lines, names, parts
from matcher.match.isa import CATEGORIES, IMPLIED_BY
from matcher.match.majors import asked_field, fields_asked, relation, studied
from matcher.match.reasons import Reason, render, say_number, short
from matcher.match.semantic import PARTIAL, Thresholds, negated
from matcher.match.semantic import verdict as semantic_verdict
from matcher.vocab import (
    FLUENCY,
    LANGUAGE_NAME_RE,
    LEVEL_RANK,
    NUMBER,
    SAME_LANGUAGE,
    bare_level,
    has_chinese,
    language_hint_words,
    language_mentions,
    language_rank,
    level_at_least,
    level_from_next_line,
    level_hint_words,
    level_spans,
    levels_in,
    number,
)

SCORES = {"met": 1.0, "partial": 0.5, "unknown": 0.25, "unmet": 0.0}


@dataclass
class Judgement:
    """One requirement's verdict for one candidate; `sentence` indexes profile["sentences"];
    `typed` is True when decided on parsed values (an unmet must-have then knocks out)."""

    verdict: str
    score: float
    sentence: int | None
    reason: str
    typed: bool
    # the reason as codes and parameters (matcher.match.reasons), where it was built from them:
    # the pages say it again in the reader's language
    codes: tuple = ()


@dataclass
class Context:
    """What a rule may look at: the profile, the calibrated similarity (0-1, semantic.PARTIAL and
    semantic.MET are the verdict cuts) of the requirement with each of its sentences, the model's
    thresholds, the reason language and today's date."""

    profile: dict
    sims: np.ndarray
    th: Thresholds
    lang: str
    today: date
    # shared by every requirement of one profile: what is worth computing once per candidate.
    # The engine's (matcher.match.readings.Cache) keeps its entries for the résumé's next
    # shortlist: store here only what the résumé's lines decide, under a key that says what
    # was read (never a requirement's, job's or date's reading under a generic key)
    cache: dict = field(default_factory=dict)


def reason_language(text: str) -> str:
    """zh when the requirement is written in Chinese, else en."""
    return "zh" if has_chinese(text) else "en"


def _judge(
    verdict: str, sentence: int | None, reason: Reason, lang: str, typed: bool = True
) -> Judgement:
    """A judgement whose reason is the code said in the requirement's language, the code kept."""
    return Judgement(verdict, SCORES[verdict], sentence, render(reason, lang), typed, (reason,))


def _sentences(ctx: Context) -> list[dict]:
    return ctx.profile.get("sentences") or []


def lowered_text(ctx: Context) -> tuple[str, np.ndarray]:
    """The profile's sentences lower-cased and joined by newlines, with each one's start offset;
    cached per profile."""
    if "lowered" not in ctx.cache:
        lowered = [s["text"].lower() for s in _sentences(ctx)]
        starts = np.cumsum([0] + [len(t) + 1 for t in lowered[:-1]])
        ctx.cache["lowered"] = ("\n".join(lowered), starts)
    return ctx.cache["lowered"]


def _lines_with(ctx: Context, words: tuple[str, ...]) -> list[int]:
    """Indices of the profile's sentences that contain one of the lower-case `words`, found with
    str.find over the lower-cased sentences joined (several times faster than a search per
    sentence or a regular-expression alternation); cached per profile."""
    if words not in ctx.cache:
        joined, starts = lowered_text(ctx)
        at: list[int] = []
        for word in words:
            i = joined.find(word)
            while i >= 0:
                at.append(i)
                i = joined.find(word, i + 1)
        hits = np.searchsorted(starts, at, side="right") - 1 if at else []
        ctx.cache[words] = sorted(set(np.asarray(hits).tolist()))
    return ctx.cache[words]


def _first_sentence(ctx: Context, words: tuple[str, ...], predicate) -> int | None:
    """The first sentence holding one of the hint `words` (vocab.level_hint_words,
    language_hint_words) that the predicate accepts: the scanners (~10 µs a sentence) read
    only those lines."""
    sentences = _sentences(ctx)
    return next((i for i in _lines_with(ctx, words) if predicate(sentences[i]["text"])), None)


def education(req: dict, ctx: Context) -> Judgement | None:
    """Highest parsed degree against the floor: 本科 ≥ 大专 → met; below → unmet."""
    need = req.get("min_level") or min(
        levels_in(req.get("text") or ""), default=None, key=LEVEL_RANK.get
    )
    if need not in LEVEL_RANK:
        return None
    have = ctx.profile.get("highest_level")
    if have in LEVEL_RANK:
        where = _first_sentence(
            ctx, level_hint_words(have), lambda t: any(lv == have for lv, _, _ in level_spans(t))
        )
    else:  # no entry parsed: a degree named on an education line ("MBA Operations, … College")
        have, where = stated_level(ctx)
        if have is None:
            return _judge("unknown", None, Reason("edu_unknown"), ctx.lang)
    levels = {"degree": have, "floor": need}
    if level_at_least(have, need):
        asked = asked_field(req.get("text") or "")
        if asked:  # "Bachelor's degree in Computer Science": the level alone is not the clause
            return _degree_field(asked, where, levels, ctx)
        return _judge("met", where, Reason("edu_met", levels), ctx.lang)
    studied = _unnamed_higher_study(ctx.profile) if LEVEL_RANK[have] < _BACHELOR else None
    if studied:  # the named level is not all there is: no knock-out on it
        reason = Reason("edu_studied", {**levels, "school": studied})
        return _judge("partial", where, reason, ctx.lang, typed=False)
    return _judge("unmet", where, Reason("edu_unmet", levels), ctx.lang)


def _degree_field(
    asked: tuple[str, bool], where: int | None, levels: dict, ctx: Context
) -> Judgement:
    """A degree at the level asked, against the field the clause names: the field named on an
    education line (or an alias: 计算机 ↔ computer science) is met; a neighbouring field is
    partial (met where the clause accepts related ones and it is the same field); another field
    is unmet, without a knock-out (a field read off words can miss); none stated: the level."""
    field, related = asked
    lines = _education(ctx)
    sentences = _sentences(ctx)
    text = "\n".join(sentences[i]["text"].lower() for i in lines)
    items = parts(field) or [field]
    if any(names(item, text) for item in items):
        return _judge("met", where, Reason("edu_met", levels), ctx.lang)
    top, line = studied(sentences, lines)
    said = relation(fields_asked(field), top)
    if said == "unstated":
        return _judge("met", where, Reason("edu_met", levels), ctx.lang)
    quoted = {**levels, "field": field, "line": short(sentences[line]["text"])}
    if said == "same" and related:
        return _judge("met", line, Reason("edu_field_near", quoted), ctx.lang)
    verdict = "partial" if said in ("same", "near") else "unmet"
    code = "edu_field_near" if verdict == "partial" else "edu_field_other"
    return _judge(verdict, line, Reason(code, quoted), ctx.lang, typed=False)


def _education(ctx: Context) -> list[int]:
    """The résumé's education lines (evidence.education_lines), cached per résumé."""
    if "education" not in ctx.cache:
        ctx.cache["education"] = education_lines(_sentences(ctx))
    return ctx.cache["education"]


def stated_level(ctx: Context) -> tuple[str | None, int | None]:
    """The highest degree named on the résumé's education lines (its education section, or a
    line naming a school or degree) and the first line naming it: what a reader finds where the
    parser kept no education entry. The line is cached per résumé (a line number, no words)."""
    sentences = _sentences(ctx)
    if "stated_level" not in ctx.cache:
        best, line = -1, []
        for i in _education(ctx):
            for level, _, _ in level_spans(sentences[i]["text"]):
                if LEVEL_RANK[level] > best:
                    best, line = LEVEL_RANK[level], [i]
        ctx.cache["stated_level"] = line
    if not ctx.cache["stated_level"]:
        return None, None
    (i,) = ctx.cache["stated_level"]
    level = max((lv for lv, _, _ in level_spans(sentences[i]["text"])), key=LEVEL_RANK.get)
    return level, i


_BACHELOR = LEVEL_RANK["bachelor"]
_HIGHER_SCHOOL = re.compile(
    r"universit|hochschule|college|institute of technology|polytechnic|大学|学院", re.I
)


def _unnamed_higher_study(profile: dict) -> str | None:
    """The school of an education entry at a university (or 大学, Hochschule, college) whose
    degree the résumé does not name: studies the highest named level does not account for."""
    for entry in profile.get("education") or []:
        school = entry.get("school") or ""
        if not entry.get("level") and _HIGHER_SCHOOL.search(school):
            return school
    return None


_NUM = f"({NUMBER})"
_YEARS = re.compile(_NUM + r"\s*\+?\s*(?:多)?(?:个)?\s*(?:年|years?\b|yrs?\b|jahre?n?\b)", re.I)
_MONTHS = re.compile(_NUM + r"\s*(?:个月|months?\b|monate?n?\b)", re.I)
_SINCE = re.compile(
    r"(?:since|seit)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s*年?\s*(?:[-–—~至到]\s*)?(?:至今|今|present|now|heute)",
    re.I,
)
_GRADUATE_WORDS = (
    "刚毕业",
    "应届",
    "无工作经验",
    "没有工作经验",
    "recent graduate",
    "fresh graduate",
    "new graduate",
    "no work experience",
    "berufseinsteiger",
    "absolvent",
)
_GRADUATE = re.compile("|".join(map(re.escape, _GRADUATE_WORDS)), re.I)


def stated_years(text: str, today: date) -> float | None:
    """Years of experience a line states: "驾龄五年" 5, "since 2019" today-2019, "刚毕业" 0."""
    if _GRADUATE.search(text):
        return 0.0
    m = _SINCE.search(text)
    if m:
        start = int(m.group(1) or m.group(2))
        if start <= today.year:
            return float(today.year - start)
    values = [number(x) for x in _YEARS.findall(text)]
    values = [v for v in values if v is not None and 0 < v < 60]
    if values:
        return max(values)
    months = [number(x) for x in _MONTHS.findall(text)]
    months = [v for v in months if v is not None and 0 < v < 600]
    return max(months) / 12 if months else None


_WEAK = re.compile(r"limited|poor|较差|一般|略懂|rudimentary|grundkenntnisse", re.I)


def _rank(language: str, level: str | None) -> int | None:
    return language_rank(language, level) or language_rank("english", level)


_CLAUSE = re.compile(r"[,，;；。]")


def _spoken_level(text: str, mentions: list[dict]) -> str | None:
    """The fluency a short clause of a one-language line states on its own (口语流利, 听说读写熟练
    after 英语六级), or None; a line naming two languages says nothing this way."""
    if len({m["language"] for m in mentions}) != 1:
        return None
    for clause in _CLAUSE.split(text):
        clause = clause.strip()
        if clause and len(clause) <= 6 and not LANGUAGE_NAME_RE.search(clause):
            level = bare_level(clause)
            if level:
                return level
    return None


def _candidate_languages(ctx: Context, language: str) -> list[tuple[str | None, int | None]]:
    """(level, sentence index) of every statement of `language` in the résumé."""
    want = SAME_LANGUAGE.get(language, language)
    out: list[tuple[str | None, int | None]] = []
    sentences = _sentences(ctx)
    for i in _lines_with(ctx, language_hint_words(want)):
        s = sentences[i]
        mentions = language_mentions(s["text"])
        spoken = _spoken_level(s["text"], mentions)
        for m in mentions:
            if SAME_LANGUAGE.get(m["language"], m["language"]) == want:
                level = m["level"] or ("basic" if _WEAK.search(s["text"]) else None)
                if spoken and (_rank(want, spoken) or 0) > (_rank(want, level) or 0):
                    level = spoken  # 英语六级（CET-6），口语流利: fluent, above CET-6
                if level is None:  # "Englisch" with "fließend" on the line under it
                    below = sentences[i + 1]["text"] if i + 1 < len(sentences) else None
                    level = level_from_next_line(s["text"], m["start"], m["end"], below)
                out.append((level, i))
    if not out:
        for entry in ctx.profile.get("languages") or []:
            if SAME_LANGUAGE.get(entry.get("language"), entry.get("language")) == want:
                out.append((entry.get("level"), None))
    return out


_BEST_FIRST = ("met", "partial", "unmet", "unknown")


def language(req: dict, ctx: Context) -> Judgement | None:
    """The stated level of the language against the required one; one step below is partial.
    A requirement whose values name several languages (如西班牙语、法语或阿拉伯语) is met by any
    one of them: the best verdict among them stands."""
    values = [v for v in req.get("values") or [] if v]
    if len(values) < 2:
        return _one_language(req, ctx)
    found = [
        _one_language(
            {
                **req,
                "language": v,
                "values": [v],
                "level": req.get("level") if v == req.get("language") else None,
            },
            ctx,
        )
        for v in values
    ]
    found = [j for j in found if j is not None]
    return min(found, key=lambda j: _BEST_FIRST.index(j.verdict)) if found else None


# What a clause asks of a language when it names no level: to work in it ("express complex
# technical facts in English", 口语和书面表达), which a good command shows.
_USES_LANGUAGE = re.compile(
    r"express|verbal|written|spoken|oral|speak|write|口语|书面|表达|听、?说|读、?写", re.I
)


def asked_level(req: dict) -> str | None:
    """The level a language requirement asks: its parsed level, else a fluency word anywhere
    in the clause ("fluent in verbal and written English" → fluent), else good where the clause
    asks to work in the language, else None ("German is a plus")."""
    if req.get("level"):
        return req["level"]
    text = req.get("text") or ""
    found = next((lv for rx, lv in FLUENCY if rx.search(text)), None)
    return found or ("good" if _USES_LANGUAGE.search(text) else None)


def _one_language(req: dict, ctx: Context) -> Judgement | None:
    lang, level = req.get("language"), asked_level(req)
    if not lang:
        mentions = language_mentions(req.get("text") or "")
        if not mentions:
            return None
        lang, level = mentions[0]["language"], mentions[0]["level"]
    named = {"language": lang}
    stated = _candidate_languages(ctx, lang)
    if not stated:
        return _judge("unknown", None, Reason("lang_unknown", named), ctx.lang)
    need = _rank(lang, level)
    ranked = [(_rank(lang, lv) or 0, lv, i) for lv, i in stated]
    have, have_level, where = max(ranked, key=lambda x: (x[0], -(x[2] or 0)))
    # a language listed without a level claims a working command of it: enough where no level
    # or a good one is asked, partial for fluent or native
    if need is None or (not have and need <= (_rank(lang, "good") or 0)):
        return _judge("met", where, Reason("lang_stated", named), ctx.lang)
    if not have:
        return _judge("partial", where, Reason("lang_no_level", named), ctx.lang, typed=False)
    # keys (fluent, cet-6): the reader's language says them (英语 熟练 ≥ 熟练, English CET-6)
    levels = {**named, "level": have_level or "", "need_level": level or ""}
    if have >= need:
        return _judge("met", where, Reason("lang_met", levels), ctx.lang)
    if have == need - 1:
        return _judge("partial", where, Reason("lang_below", levels), ctx.lang, typed=False)
    # a level read off the clause's words, not parsed as the requirement's, knocks no one out
    parsed = bool(req.get("level")) or not req.get("language")
    return _judge("unmet", where, Reason("lang_unmet", levels), ctx.lang, typed=parsed)


# Names of the same certificate that share no characters (驾照 / 驾驶证 / driver's licence): a line
# naming one family member speaks about the others.
CERTIFICATE_FAMILIES = [
    re.compile(
        r"驾照|驾驶证|驾驶执照|驾龄|driver'?s? licen[cs]e|driving licen[cs]e|führerschein", re.I
    ),
    re.compile(r"注册会计师|\bCPA\b", re.I),
    re.compile(r"教师资格|teaching (?:certificate|credential|licen[cs]e)|lehramt", re.I),
    re.compile(r"护士执业|执业护士|registered nurse|\bRN\b", re.I),
    re.compile(r"叉车|forklift|gabelstapler", re.I),
    re.compile(r"焊工|焊接|welder|welding|schwei(?:ß|ss)", re.I),
    re.compile(r"电工|electrician|elektriker", re.I),
]


def _families(text: str) -> set[int]:
    return {i for i, rx in enumerate(CERTIFICATE_FAMILIES) if rx.search(text)}


_CERT_TALK = re.compile(r"certif|licen[cs]|zertifi|schein|prüfung|exam|证|考试|资格", re.I)
# "Azure certifications preferred": a clause opening with the name of what it certifies.
_NAME_BEFORE_CERT = re.compile(r"\W*([A-Z][\w+#.\-]*)\s+(?:certif|zertifi)", re.I)
# A certificate's grade after its name: "ITIL Foundation", "ITIL v3 Expert", "PRINCE2 Practitioner".
_CERT_GRADE = re.compile(
    r"([a-z0-9+#]+)(?: v?\d[\w.]*)? (?:foundation|practitioner|intermediate|expert|professional)\b"
)


def _asked(req: dict) -> tuple[list[frozenset[str]], bool]:
    """The Latin names of the certificate asked, each as its words (its values', else its
    clause's: "Azure certifications preferred" → azure; "Security certifications such as
    CISSP" → security, cissp), and whether the clause asks a certificate *of* a topic ("ITIL
    certification", "Azure certifications": a line naming ITIL holds no certificate by that
    alone) rather than naming one ("CPA", "CEH, CISA", "持有C1驾驶证")."""
    text = req.get("text") or ""
    values = [v for v in req.get("values") or [] if v]
    rest = text
    for value in values:
        rest = rest.replace(value, " ")
    if values:
        runs = [run for value in values for run in terms.name_runs(value)]
    else:  # the clause's names; its first word only where a certificate word follows it
        opening = _NAME_BEFORE_CERT.match(text)
        runs = terms.name_runs(text, opening=False) + ([opening.group(1)] if opening else [])
    names = []
    for run in runs:
        words = frozenset(
            w for w in terms.words_of(run) if not _CERT_TALK.search(w) and not has_chinese(w)
        )
        if words:
            names.append(words)
    return names, bool(_CERT_TALK.search(rest))


def _kin(names: list[frozenset[str]]) -> frozenset[str]:
    """The asked names' words and their siblings: the names listed under the same kind of thing
    as one of them (matcher.match.isa: AWS, Azure and GCP are all cloud)."""
    words = frozenset().union(*names)
    kin = set(words)
    kinds = [(kind, members) for kind, members in IMPLIED_BY.items()]
    kinds += [(c.name, c.members) for c in CATEGORIES]
    for kind, members in kinds:
        siblings = {kind, *members}
        if words & {w for name in siblings for w in name.split()}:
            kin |= {w for name in siblings for w in name.split()}
    return frozenset(kin)


def certificate(req: dict, ctx: Context) -> Judgement:
    """A held certificate is met; a line that says it is not held (没有驾照, studying for) is
    unmet; a certificate of the same kind held (AWS for "Azure certifications", another SAP
    one for "SAP PO certification") is partial; any other certificate, or a line on the same
    topic that holds none ("IT service management with ITIL" for "ITIL certification"), says
    nothing: unknown; silence is unknown. A clause naming no Latin name (有相关证书) keeps the
    similar line about some certificate as partial.
    A line is about the certificate when similar enough, or naming it or its family."""
    label = ", ".join(req.get("values") or []) or req.get("text") or ""
    missing = _judge("unknown", None, Reason("cert_unknown", {"certificate": label}), ctx.lang)
    sentences = _sentences(ctx)
    if not sentences:
        return missing
    values = [v.lower() for v in req.get("values") or [] if v]
    family = _families(" ".join([req.get("text") or "", *values]))
    asked, of_topic = _asked(req)
    kin = _kin(asked)
    certificates = [c for c in ctx.profile.get("certificates") or [] if c]

    def holds(text: str) -> bool:
        """The line speaks of a certificate: certifying, or a certificate's grade right after a
        name ("ITIL Foundation", "PRINCE2 Practitioner"; not "Team Foundation Server"). The
        parsed certificates do not say it: they list a certificate's name wherever it stands
        ("IT service management with ITIL")."""
        if _CERT_TALK.search(text):
            return True
        lowered = text.lower()
        return any(m.group(1) in kin for m in _CERT_GRADE.finditer(lowered))

    def named(text: str) -> bool:
        if family & _families(text):
            return True
        if not values and asked:  # "Azure certifications preferred": its names, on a certificate
            lowered = text.lower()
            return holds(text) and any(
                all(terms.has_word(lowered, w) for w in name) for name in asked
            )
        # "ITIL certification": the topic named is the certificate only on a certificate's line
        return any(v in text.lower() for v in values) and (not of_topic or holds(text))

    order = sorted(range(len(sentences)), key=lambda i: (-ctx.sims[i], i))
    about = [i for i in order if ctx.sims[i] >= PARTIAL or named(sentences[i]["text"])]
    if not about:
        return missing
    denies = not negated(req.get("text") or "")
    # Lines naming the certificate come first (held or not, they are the direct evidence). A
    # merely similar line that denies something counts only when it speaks of certificates
    # ("studying for a bookkeeping certificate"); one that denies something else ("… nicht in
    # der Projektliste enthalten") says nothing of the certificate and is dropped.
    naming = [i for i in about if named(sentences[i]["text"])]
    about = naming + [
        i
        for i in about
        if i not in naming
        and not (
            denies and negated(sentences[i]["text"]) and not _CERT_TALK.search(sentences[i]["text"])
        )
    ]
    if not about:
        return missing
    best = about[0]
    text = sentences[best]["text"]
    value = float(ctx.sims[best])
    if denies and negated(text):
        return _judge("unmet", best, Reason("cert_not_held", {"quote": text}), ctx.lang)
    if named(text):
        held = [c for c in certificates if c in text]
        if held or values:
            named_values = [v for v in req.get("values") or [] if v]
            reason = Reason("cert_held", {"certificate": (named_values or held)[0]})
        else:  # named by its family or the clause's names only: the line says which
            reason = Reason("cert_held_line", {"quote": text[:30]})
        return _judge("met", best, reason, ctx.lang)
    if asked and not family:  # one of the same kind is some of it; any other says nothing
        lines = [i for i in range(len(sentences)) if holds(sentences[i]["text"])]
        same = next(
            (
                i
                for i in sorted(lines, key=lambda i: (-ctx.sims[i], i))
                if terms.words_of(sentences[i]["text"]) & kin
            ),
            None,
        )
        if same is None:
            return missing
        reason = Reason("cert_kin", {"quote": sentences[same]["text"][:30]})
        return _judge("partial", same, reason, ctx.lang, typed=False)
    if not _CERT_TALK.search(text):  # a line on the same topic holds no certificate
        return missing
    # a line about some certificate, not this one: partial at most, never met by similarity
    found = min(semantic_verdict(value), "partial", key=["unmet", "partial", "met"].index)
    reason = Reason("cert_similar", {"sim": f"{value:.2f}"})
    return Judgement(found, min(value, 0.5), best, render(reason, ctx.lang), False, (reason,))


def _age(birth: str, today: date) -> int | None:
    m = re.match(r"(\d{4})(?:-(\d{2}))?", birth or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2) or 1)
    return today.year - year - (1 if today.month < month else 0)


def age(req: dict, ctx: Context) -> Judgement | None:
    """Age from the stated birth date within [min_age, max_age] (scored only when flags are)."""
    low, high = req.get("min_age"), req.get("max_age")
    if low is None and high is None:
        return None
    years_old = _age(ctx.profile.get("birth") or "", ctx.today)
    if years_old is None:
        return _judge("unknown", None, Reason("age_unknown"), ctx.lang)
    ok = (low is None or years_old >= low) and (high is None or years_old <= high)
    reason = Reason("age_in" if ok else "age_out", {"age": years_old, "span": _span(low, high)})
    return _judge("met" if ok else "unmet", None, reason, ctx.lang)


def _span(low: float | None, high: float | None) -> str:
    """An age range as both languages write it: 26–35, ≥ 26, ≤ 35."""
    if low is not None and high is not None:
        return f"{say_number(low)}–{say_number(high)}"
    return f"≥ {say_number(low)}" if low is not None else f"≤ {say_number(high)}"


_GENDER_WORDS = {"男": "male", "女": "female", "male": "male", "female": "female"}


def gender(req: dict, ctx: Context) -> Judgement | None:
    """Stated gender against the one asked for (scored only when flags are)."""
    text = (req.get("text") or "").lower()
    asked = {g for w, g in _GENDER_WORDS.items() if w in text}
    if len(asked) != 1:
        return None
    have = ctx.profile.get("gender")
    if not have:
        return _judge("unknown", None, Reason("gender_unknown"), ctx.lang)
    want = asked.pop()
    reason = Reason("gender_vs", {"gender": have, "want": want})
    return _judge("met" if have == want else "unmet", None, reason, ctx.lang)


RULES = {
    "education": education,
    "language": language,
    "certificate": certificate,
    "age": age,
    "gender": gender,
}


def judge(req: dict, ctx: Context) -> Judgement | None:
    """The typed verdict of a requirement, or None when its kind or values call for semantics.
    A degree floor is compared whatever kind the clause was given; years in a field are read by
    the learned verdicts (matcher.match.verdicts), which see the dated entries in the field."""
    rule = RULES.get(req.get("kind") or "")
    if rule is None and req.get("min_level"):
        rule = education
    return rule(req, ctx) if rule else None
