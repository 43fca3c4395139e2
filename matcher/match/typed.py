"""Typed verdict rules: education, years, language level, certificate, age and gender compared on
parsed values. Missing data is `unknown`, never `met`. Each rule returns a Judgement whose reason a
person can check against the résumé ("本科 ≥ 大专", "0 years (recent graduate) < 5 required")."""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from matcher.match.certificates import certificate
from matcher.match.evidence import (
    education_lines,
    languages_of,
    line_written_in,
    names,
    parts,
)
from matcher.match.judgement import (
    SCORES,
    Context,
    Judgement,
    judged,
    lines_with,
    lowered_text,
    sentences_of,
)
from matcher.match.majors import asked_field, fields_asked, relation, studied
from matcher.match.reasons import Reason, joined, say_number, short
from matcher.vocab import (
    COUNTRY_BEFORE,
    FLUENCY,
    LANGUAGE_NAME_RE,
    LEVEL_RANK,
    NUMBER,
    SAME_LANGUAGE,
    STUDIED_COUNTRY,
    STUDIED_LANGUAGE,
    STUDIED_SUBJECTS,
    UNIVERSITY_WORDS,
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


def education(req: dict, ctx: Context) -> Judgement | None:
    """Highest parsed degree against the floor: 本科 ≥ 大专 → met; below → unmet."""
    need = req.get("min_level") or min(
        levels_in(req.get("text") or ""), default=None, key=LEVEL_RANK.get
    )
    if need not in LEVEL_RANK:
        return None
    have = ctx.profile.get("highest_level")
    if have in LEVEL_RANK:
        where = _level_line(ctx, have)
    else:  # no entry parsed: a degree named on an education line ("MBA Operations, … College")
        have, where = stated_level(ctx)
        if have is None:
            return judged("unknown", None, Reason("edu_unknown"), ctx.lang)
    levels = {"degree": have, "floor": need}
    text = req.get("text") or ""
    if level_at_least(have, need):
        asked = asked_field(text)
        if asked:  # "Bachelor's degree in Computer Science": the level alone is not the clause
            return _degree_field(asked, where, levels, ctx)
        if have == need == "bachelor" and where is not None and _unlevelled(ctx, where):
            reason = Reason("edu_unlevelled", levels)
            return judged("partial", where, reason, ctx.lang, typed=False)
        if have == need == "bachelor" and where is not None and _studies_only(ctx, where):
            reason = Reason(
                "edu_studies_only", {**levels, "line": short(sentences_of(ctx)[where]["text"])}
            )
            return judged("partial", where, reason, ctx.lang, typed=False)
        return judged("met", where, Reason("edu_met", levels), ctx.lang)
    studied = _unnamed_higher_study(ctx.profile) if LEVEL_RANK[have] < _BACHELOR else None
    if studied:  # the named level is not all there is: no knock-out on it
        reason = Reason("edu_studied", {**levels, "school": studied})
        return judged("partial", where, reason, ctx.lang, typed=False)
    if _EQUIVALENT.search(text):  # "BS/BA degree or equivalent experience": no knock-out
        return judged("partial", where, Reason("edu_equivalent", levels), ctx.lang, typed=False)
    return judged("unmet", where, Reason("edu_unmet", levels), ctx.lang)


def _level_line(ctx: Context, have: str) -> int | None:
    """The line to quote for the highest degree: the first naming it in the education section,
    else the first naming it anywhere (a summary's "learn and master new technologies" or a
    language course's "Diplom" under certificates name a level too, but no degree held)."""
    sentences = sentences_of(ctx)
    first = None
    for i in lines_with(ctx, level_hint_words(have)):
        if any(lv == have for lv, _, _ in level_spans(sentences[i]["text"])):
            if sentences[i].get("section") == "education":
                return i
            first = i if first is None else first
    return first


# A Chinese university education stated without its level (大学学历, 大学文化, 大学毕业): 本科 or
# 专科, a reader cannot tell, so a 本科 floor is met in part (a 大专 floor in full). The line
# names no level but that one (vocab's level words: not 大学本科, not beside 本科 or an MBA).
_UNLEVELLED = re.compile(r"大学(?:学历|文化|毕业)")


def _unlevelled(ctx: Context, line: int) -> bool:
    text = sentences_of(ctx)[line]["text"]
    spans = [text[a:b] for _, a, b in level_spans(text)]
    return bool(spans) and all(_UNLEVELLED.fullmatch(span) for span in spans)


# Studies named without a degree ("Mathematik-Studium", "Studium Kulturwissenschaften"): whether
# they ended in one the résumé does not say, unless an education line names a degree (vocab's
# level words other than the studies themselves: Bachelor, Diplom, M.Sc., 本科), says it was
# completed (Abschluss, abgeschlossen, graduated, Absolvent, Ingenieur, Promotion) or names a
# degree course (a Duales Studium is a bachelor's course with its firm's training).
_STUDIES = re.compile(r"studium|\bstud(?:ies|ied)\b", re.I)
_COMPLETED = re.compile(
    r"abschluss|abgeschlossen|ingenieur|\bgraduat|absolvent|promotion|doktor|duales studium"
    r"|\bdual study",
    re.I,
)


def _studies_only(ctx: Context, line: int) -> bool:
    sentences = sentences_of(ctx)
    if not _STUDIES.search(sentences[line]["text"]):
        return False
    for i in {line, *_education(ctx)}:
        text = sentences[i]["text"]
        if _COMPLETED.search(text) or any(
            not _STUDIES.fullmatch(text[a:b]) for _, a, b in level_spans(text)
        ):
            return False
    return True


# A clause that takes something else in the degree's place: "or equivalent experience", "oder
# eine vergleichbare Ausbildung", 或同等学力: a lower level is some of it, not a knock-out.
_EQUIVALENT = re.compile(
    r"\bequivalent|\bcomparable|vergleichbar|gleichwertig|同等学力|同等经验|或同等", re.I
)
# A degree an education line names without its level ("Degree in Computer Science"): a
# bachelor's. (Reading a German vocational training, Fachinformatiker or "Ausbildung zum …", as
# associate was tried: fresh, fresh2, fresh3 3-way +1 row each, but the graded ranking fell
# 0.7422 -> 0.7361.)
_PLAIN_DEGREE = re.compile(r"(?<!associate )(?<!associate's )\bdegree\b", re.I)


def _degree_field(
    asked: tuple[str, bool], where: int | None, levels: dict, ctx: Context
) -> Judgement:
    """A degree at the level asked, against the field the clause names: the field named on an
    education line (or an alias: 计算机 ↔ computer science) is met; a neighbouring field is
    partial (met where the clause accepts related ones and it is the same field); another field
    is unmet, without a knock-out (a field read off words can miss); none stated: the level."""
    field, related = asked
    lines = _education(ctx)
    sentences = sentences_of(ctx)
    text = "\n".join(sentences[i]["text"].lower() for i in lines)
    items = parts(field) or [field]
    if any(names(item, text) for item in items):
        return judged("met", where, Reason("edu_met", levels), ctx.lang)
    top, line = studied(sentences, lines)
    said = relation(fields_asked(field), top)
    if said == "unstated":
        return judged("met", where, Reason("edu_met", levels), ctx.lang)
    quoted = {**levels, "field": field, "line": short(sentences[line]["text"])}
    if said == "same" and related:
        return judged("met", line, Reason("edu_field_near", quoted), ctx.lang)
    verdict = "partial" if said in ("same", "near") else "unmet"
    code = "edu_field_near" if verdict == "partial" else "edu_field_other"
    return judged(verdict, line, Reason(code, quoted), ctx.lang, typed=False)


def _education(ctx: Context) -> list[int]:
    """The résumé's education lines (evidence.education_lines), cached per résumé."""
    if "education" not in ctx.cache:
        ctx.cache["education"] = education_lines(sentences_of(ctx))
    return ctx.cache["education"]


def stated_level(ctx: Context) -> tuple[str | None, int | None]:
    """The highest degree named on the résumé's education lines (its education section, or a
    line naming a school or degree) and the first line naming it: what a reader finds where the
    parser kept no education entry. The line is cached per résumé (a line number, no words)."""
    sentences = sentences_of(ctx)
    if "stated_level" not in ctx.cache:
        best, line = -1, []
        for i in _education(ctx):
            for level, _, _ in _line_levels(sentences[i]["text"]):
                if LEVEL_RANK[level] > best:
                    best, line = LEVEL_RANK[level], [i]
        ctx.cache["stated_level"] = line
    if not ctx.cache["stated_level"]:
        return None, None
    (i,) = ctx.cache["stated_level"]
    level = max((lv for lv, _, _ in _line_levels(sentences[i]["text"])), key=LEVEL_RANK.get)
    return level, i


def _line_levels(text: str) -> list[tuple[str, int, int]]:
    """The levels an education line names (level_spans), else the bachelor's its plain "degree"
    says."""
    found = level_spans(text)
    return found or [("bachelor", m.start(), m.end()) for m in _PLAIN_DEGREE.finditer(text)]


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
    sentences = sentences_of(ctx)
    for i in lines_with(ctx, language_hint_words(want)):
        s = sentences[i]
        mentions = language_mentions(s["text"])
        spoken = _spoken_level(s["text"], mentions)
        for m in mentions:
            if SAME_LANGUAGE.get(m["language"], m["language"]) == want:
                level = m["level"] or ("basic" if _WEAK.search(s["text"]) else None)
                if spoken and (_rank(want, spoken) or 0) > (_rank(want, level) or 0):
                    level = spoken  # 英语六级（CET-6），口语流利: fluent, above CET-6
                line = i
                if level is None:  # "Englisch" with "fließend" on the line under it
                    below = sentences[i + 1]["text"] if i + 1 < len(sentences) else None
                    level = level_from_next_line(s["text"], m["start"], m["end"], below)
                    # the line stating the level is quoted: it is what the verdict compares
                    line = i + 1 if level is not None else i
                out.append((level, line))
    if not out:
        for entry in ctx.profile.get("languages") or []:
            if SAME_LANGUAGE.get(entry.get("language"), entry.get("language")) == want:
                out.append((entry.get("level"), None))
    return out


_BEST_FIRST = ("met", "partial", "unmet", "unknown")
_WORST_LAST = ("met", "partial", "unknown", "unmet")


def language(req: dict, ctx: Context) -> Judgement | None:
    """The stated level of the language against the required one; one step below is partial.
    A requirement whose values name several languages as alternatives (如西班牙语、法语或阿拉伯语)
    is met by any one of them: the best verdict among them stands. One asking all of them
    ("Fluent in German and English", any_of false) is as met as the least shown of them, each
    judged at its own level where the clause gives it one ("Fluent German, good English":
    `levels`), else at the requirement's."""
    values = [v for v in req.get("values") or [] if v]
    if len(values) < 2:
        return _one_language(req, ctx)
    every = req.get("any_of") is False
    own = req.get("levels") or {}  # "Fluent German, good English": each language's own level
    found = [
        _one_language(
            {
                **req,
                "language": v,
                "values": [v],
                "level": own.get(v)
                or (req.get("level") if every or v == req.get("language") else None),
            },
            ctx,
        )
        for v in values
    ]
    found = [j for j in found if j is not None]
    if not found:
        return None
    if not every:
        return min(found, key=lambda j: _BEST_FIRST.index(j.verdict))
    # the weakest decides, and a language shown below the level fails it outright; one shown
    # and another never stated is some of what is asked (English written, German silent)
    weakest = max(found, key=lambda j: _WORST_LAST.index(j.verdict))
    shown = [j for j in found if j.verdict in ("met", "partial")]
    if weakest.verdict != "unknown" or not shown:
        return weakest
    best = min(shown, key=lambda j: _BEST_FIRST.index(j.verdict))
    codes = (*best.codes, *(c for j in found if j.verdict == "unknown" for c in j.codes))
    return Judgement(
        "partial", SCORES["partial"], best.sentence, joined(codes, ctx.lang), False, codes
    )


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


def _other_language(req: dict, ctx: Context) -> Judgement:
    """A language besides the clause's own (English for an English clause, Chinese for a Chinese
    one), whichever: any other the résumé states or is written in meets it; none says nothing."""
    own = "chinese" if has_chinese(req.get("text") or "") else "english"
    own = SAME_LANGUAGE.get(own, own)
    stated = [
        e.get("language")
        for e in ctx.profile.get("languages") or []
        if SAME_LANGUAGE.get(e.get("language"), e.get("language")) not in (own, None)
    ]
    written = [
        w
        for w in languages_of(sentences_of(ctx), lowered_text(ctx)[0], ctx.cache)
        if SAME_LANGUAGE.get(w, w) != own
    ]
    found = stated or written
    if not found:
        return judged("unknown", None, Reason("lang_other_none"), ctx.lang)
    # the first line stating that language ("Deutsch" of a languages table), not the first
    # holding one of its hint strings (a German CV's letter codes are in many words)
    want = SAME_LANGUAGE.get(found[0], found[0])
    hinted = lines_with(ctx, language_hint_words(found[0]))
    sentences = sentences_of(ctx)
    where = next(
        (
            i
            for i in hinted
            if any(
                SAME_LANGUAGE.get(m["language"], m["language"]) == want
                for m in language_mentions(sentences[i]["text"])
            )
        ),
        next(iter(hinted), None),
    )
    return judged("met", where, Reason("lang_other", {"language": found[0]}), ctx.lang)


def _one_language(req: dict, ctx: Context) -> Judgement | None:
    if req.get("language") == "other":
        return _other_language(req, ctx)
    lang, level = req.get("language"), asked_level(req)
    if not lang:
        mentions = language_mentions(req.get("text") or "")
        if not mentions:
            return None
        lang, level = mentions[0]["language"], mentions[0]["level"]
    named = {"language": lang}
    stated = _candidate_languages(ctx, lang)
    if not stated:
        return (
            _studied(lang, level, ctx)
            or _written(lang, level, ctx)
            or judged("unknown", None, Reason("lang_unknown", named), ctx.lang)
        )
    need = _rank(lang, level)
    ranked = [(_rank(lang, lv) or 0, lv, i) for lv, i in stated]
    have, have_level, where = max(ranked, key=lambda x: (x[0], -(x[2] or 0)))
    # a language listed without a level claims a working command of it: enough where no level
    # or a good one is asked, partial for fluent or native
    if need is None or (not have and need <= (_rank(lang, "good") or 0)):
        return judged("met", where, Reason("lang_stated", named), ctx.lang)
    if not have:
        return judged("partial", where, Reason("lang_no_level", named), ctx.lang, typed=False)
    # keys (fluent, cet-6): the reader's language says them (英语 熟练 ≥ 熟练, English CET-6)
    levels = {**named, "level": have_level or "", "need_level": level or ""}
    if have >= need:
        return judged("met", where, Reason("lang_met", levels), ctx.lang)
    if have == need - 1:
        return judged("partial", where, Reason("lang_below", levels), ctx.lang, typed=False)
    # a level read off the clause's words, not parsed as the requirement's, knocks no one out
    parsed = bool(req.get("level")) or not req.get("language")
    return _written(lang, "stated", ctx) or judged(
        "unmet", where, Reason("lang_unmet", levels), ctx.lang, typed=parsed
    )


def _studied(language: str, level: str | None, ctx: Context) -> Judgement | None:
    """A language never stated but studied: a degree in its literature, or a university in a
    country that speaks it (vocab.STUDIED_LANGUAGE, STUDIED_COUNTRY), shows a fluent command: met
    up to a fluent level asked, partial above it (native, TEM-8). None where neither is written."""
    country = STUDIED_COUNTRY.get(language)
    if country is None:
        return None
    lowered, starts = lowered_text(ctx)
    at, code = None, "lang_major"
    if any(w in lowered for w in STUDIED_SUBJECTS[language]):
        m = STUDIED_LANGUAGE[language].search(lowered)
        at = m.start() if m else None
    if at is None:
        at, code = _university_in(lowered, country), "lang_abroad"
    if at is None:
        return None
    i = int(np.searchsorted(starts, at, side="right")) - 1
    reason = Reason(code, {"language": language, "line": short(sentences_of(ctx)[i]["text"])})
    need = _rank(language, level) or 0
    found = "met" if need <= (_rank(language, "fluent") or 0) else "partial"
    return judged(found, i, reason, ctx.lang, typed=False)


_LONGEST_COUNTRY = 16  # characters: "united kingdom" and room to spare


def _university_in(lowered: str, country: re.Pattern) -> int | None:
    """Where a country's name stands just before a university's word on one line ("毕业于新西兰
    梅西大学", "university in new zealand" is not read), or None."""
    for word in UNIVERSITY_WORDS:
        i = lowered.find(word)
        while i >= 0:
            start = max(0, i - COUNTRY_BEFORE - _LONGEST_COUNTRY)
            window = lowered[start:i].rsplit("\n", 1)[-1]
            offset = i - len(window)
            for m in country.finditer(window):
                if len(window) - m.end() <= COUNTRY_BEFORE:
                    return offset + m.start()
            i = lowered.find(word, i + 1)
    return None


def _written(language: str, level: str | None, ctx: Context) -> Judgement | None:
    """A résumé written in the language evidences reading and writing it: met where no level is
    asked ("German is a plus"), else partial (also over a stated level below the one asked);
    quoting a sentence of the résumé in that language (evidence.line_written_in), or none.
    Spoken Mandarin (普通话) is not shown by written Chinese. None where it is not written in it."""
    sentences = sentences_of(ctx)
    if language not in languages_of(sentences, lowered_text(ctx)[0], ctx.cache):
        return None
    key = f"written_line:{language}"  # a line number per résumé, never its words
    if key not in ctx.cache:
        ctx.cache[key] = line_written_in(sentences, language)
    found = "partial" if level else "met"
    reason = Reason("written_in", {"language": language})
    return judged(found, ctx.cache[key], reason, ctx.lang, typed=False)


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
        return judged("unknown", None, Reason("age_unknown"), ctx.lang)
    ok = (low is None or years_old >= low) and (high is None or years_old <= high)
    reason = Reason("age_in" if ok else "age_out", {"age": years_old, "span": _span(low, high)})
    return judged("met" if ok else "unmet", None, reason, ctx.lang)


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
        return judged("unknown", None, Reason("gender_unknown"), ctx.lang)
    want = asked.pop()
    reason = Reason("gender_vs", {"gender": have, "want": want})
    return judged("met" if have == want else "unmet", None, reason, ctx.lang)


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
