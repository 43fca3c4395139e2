"""Experience in a field, read off one résumé: the dated work entries whose title or
description names the field, summed against the years asked; a line stating how long ("5年Java开发
经验", "since 2019", "刚毕业"); the whole career where the clause names no field. The reading
gives matcher.match.verdicts its rule verdict, ratio, evidence line, reasons and what "not" means."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from matcher.match import cased, evidence, quotes, typed
from matcher.match.reasons import Reason, short
from matcher.resume.dates import month_index
from matcher.resume.experience import career_start
from matcher.resume.experience import stated_years as stated_total
from matcher.vocab import CN_NUMERAL_CHARS, EN_NUMBER_WORDS, has_chinese


def _fmt_date(value: str | None) -> str:
    return (value or "?")[:4]


# "行业经验", "本岗位经验", "relevant experience": the field is the job's own, which the clause
# does not name; total years then show at most part of it.
_OWN_FIELD = re.compile(r"行业|职位|岗位|相关|本职|relevant|industry|similar role", re.I)
# A field that is only "a comparable position" ("in einer vergleichbaren Position", "in a similar
# role", "ähnlichen Rolle"): the job's own field too, not a field named "Position".
_OWN_FIELD_ONLY = re.compile(
    r"(?:(?:a|an|the|einer|einem|eine)\s+)?(?:vergleichbar|ähnlich|entsprechend|relevant|"
    r"comparable|similar|equivalent|related)\w*\s+(?:position|rolle|role|funktion|tätigkeit|"
    r"stelle|job|field|area|bereich)\w*"
    # ("relevante Berufserfahrung in diesem Bereich", "experience in this field")
    r"|(?:diesem|diesen|dieser|this|the same)\s+(?:bereich|umfeld|feld|field|area|branche"
    r"|industry|domain|role|rolle|position)\w*",
    re.I,
)


# What a line stating a length holds (a superset of what typed.stated_years reads): a short
# number of years or months ("8年", "5+ years", "18个月"; not the year of a date, "2015年"), a
# Chinese or English number word before them, a span to today, or a graduate's words.
_MAY_STATE_LENGTH = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d+)?\s*\+?\s*(?:多)?(?:个)?\s*(?:年|years?|yrs?|jahre?|个月|months?|monate?)"
    rf"|[{CN_NUMERAL_CHARS}]\s*(?:多)?(?:个)?\s*(?:年|个月)|\b(?:{EN_NUMBER_WORDS})\b"
    r"|since|seit|至今|今|present|now|heute|毕业|应届|工作经验|graduate|berufseinsteiger|absolvent",
    re.I,
)


def _stated(
    field_: str, sentences: list[dict], lowered: str, today, cache: dict | None = None
) -> tuple[float, int] | None:
    """(years, line) of the first line that names the field and states how long ("8年客服管理
    经验", "since 2019", "刚毕业": 0); only lines holding a word of the field and what a stated
    length needs are read. Those lines' numbers are kept in `cache` (the résumé's readings,
    matcher.match.readings: its lines and the field alone decide them; the years depend on
    today, so they are read each time)."""
    alternatives = evidence.parts(field_) or [field_]
    key = ("stated", tuple(alternatives))
    lines = cache.get(key) if cache is not None else None
    if lines is None:
        lines = [
            i
            for i in evidence.lines_with_words(
                _field_words(tuple(alternatives)), sentences, lowered
            )
            if _MAY_STATE_LENGTH.search(text := sentences[i]["text"])
            and any(
                evidence.names(alt, text.lower(), evidence.field_share(alt)) for alt in alternatives
            )
        ]
        if cache is not None:
            cache[key] = lines
    for i in lines:
        years = typed.stated_years(sentences[i]["text"], today)
        if years is not None:
            return years, i
    return None


@lru_cache(maxsize=1024)
def _field_words(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """Words one of which a line naming the field holds: content words and their aliases."""
    words: set[str] = set()
    for alt in alternatives:
        for word in (alt.lower(), *evidence.content_words(alt)):
            words.add(word)
            words.update(evidence.ALIASES.get(word, ()))
    return tuple(sorted(words))


# A length said in words, where the clause gives no number: "several years", "Mehrere Jahre",
# "多年" is more than a couple, three years at least (labellers call two years "fewer than
# several"); "many years", "jahrelange" five, as matcher.jd reads "langjährige". (matcher.jd
# reads "mehrjährige"/"langjährige" as min_years itself; these are the spellings it leaves.)
_SEVERAL_YEARS = re.compile(
    r"\b(?:several|multiple)\s+years?\b|\bmehrere[nr]?\s+jahre|多年"
    r"|(?P<many>\bmany\s+years?\b|\bjahrelange)",
    re.I,
)
SEVERAL_YEARS, MANY_YEARS = 3.0, 5.0


def asked_years(req: dict) -> float | None:
    """The years a clause asks: its parsed min_years, else a length said in words (three for
    "several years", "Mehrere Jahre", "多年"; five for "many years")."""
    need = req.get("min_years")
    if need is None and (m := _SEVERAL_YEARS.search(req.get("text") or "")):
        return MANY_YEARS if m.group("many") else SEVERAL_YEARS
    return need


def field_reading(
    req: dict,
    profile: dict,
    sentences: list[dict],
    lowered: str,
    today: date,
    cache: dict | None = None,
) -> tuple[str, float, int | None, list[Reason], str]:
    """(rule verdict, ratio of the years asked, sentence, reasons, negative) for experience;
    `cache`: the profile's readings (judgement.Context.cache), where what its lines decide is kept."""
    need = asked_years(req)
    field_ = req.get("field") or " ".join(v for v in req.get("values") or [] if isinstance(v, str))
    joined = _english_joins(field_)
    if joined != field_ and all(len(p.split()) <= 3 for p in evidence.parts(joined)):
        field_ = joined  # a list of short alternatives: "Scrum Master oder Agile Coach"
    experience = profile.get("experience") or []
    own = bool(_OWN_FIELD_ONLY.fullmatch(field_.strip())) or (
        bool(_OWN_FIELD.search(req.get("text") or ""))
        and not (field_ and field_ not in ("行业", "相关行业"))
    )
    if not field_ or own:  # no field named: the whole career counts
        total = profile.get("total_years")
        if own and need is None and total:  # "relevant experience", no length: not shown
            reason = Reason("total_years_own_any", {"have": float(total)})
            return "unknown", 0.0, None, [reason], "unknown"
        if total is None or need is None:
            return "unknown", 0.0, None, [Reason("field_undated")], "unknown"
        have = float(total)
        # the job's own field, unnamed: the career's length shows at most part of it
        code = "total_years_own" if own else "total_years" if have >= need else "total_years_short"
        ratio = min(have / max(need, 0.5), 2.0) / 2
        rule = "met" if have >= need and not own else "partial" if have > 0 else "unmet"
        # the evidence of a career's length is where it starts: its earliest dated entry, else
        # the line stating its start ("1982年7月参加工作"), which also wins over a later entry
        # ("1989年参加工作" before "2009年8月起担任某某公司监事")
        first = min(
            (e for e in experience if e.get("months") and e.get("start")),
            key=lambda e: e["start"],
            default=None,
        )
        sentence = _sentence_of(first, sentences) if first else None
        stated = next(
            ((i, m) for i, s in enumerate(sentences) if (m := career_start(s["text"])) is not None),
            None,
        )
        if stated and (sentence is None or stated[1] < month_index(first["start"])):
            sentence = stated[0]
        if rule == "met":  # a line stating a career as long as asked says so in its own words
            sentence = next(
                (i for i, tenths in _stated_totals(sentences, cache) if tenths >= need * 10),
                sentence,
            )
        return rule, ratio, sentence, [Reason(code, {"have": have, "need": float(need)})], "unmet"
    work = evidence.field_work(field_, experience, _work_entries(experience, cache))
    if not work.entries:  # a line about the field that states its length ("5年Java开发经验")
        stated = _stated(field_, sentences, lowered, today, cache)
        if stated is not None:
            return _from_stated(stated, need, sentences)
    if not work.dated:
        if not experience:
            return "unknown", 0.0, None, [Reason("field_undated")], "unknown"
        # entries without readable dates still say where the career was
        undated = _undated_in_field(field_, experience, need, sentences)
        if undated is not None:
            return undated
        near = _neighbour(field_, experience, sentences)
        if near is not None:
            return near
        return (
            "unmet",
            0.0,
            None,
            [Reason("field_elsewhere_undated", {"field": field_})],
            "unmet",
        )
    if not work.entries:
        # the dated entries are elsewhere, but an undated one is in the field ("历任…外贸部经理"
        # beside a dated board seat): the field is shown, its length is not
        undated = _undated_in_field(
            field_, [e for e in experience if not e.get("months")], need, sentences
        )
        if undated is not None:
            return undated
        near = _neighbour(field_, experience, sentences)
        if near is not None:
            return near
        reason = Reason("field_elsewhere", {"field": field_, "total": work.dated_months / 12})
        return "unmet", 0.0, None, [reason], "unmet"
    shown = sorted(work.entries, key=lambda e: -e["months"])[:2]
    entry = [
        f"{e.get('title') or ''} {_fmt_date(e.get('start'))}–{_fmt_date(e.get('end'))}".strip()
        for e in shown
    ]
    have = work.months / 12
    sentence = _quoted_entry(work.entries, sentences, evidence.parts(field_) or [field_])
    if need is None:
        return (
            "met",
            1.0,
            sentence,
            [Reason("field_found", {"entry": entry, "have": have})],
            "unmet",
        )
    ratio = min(have / max(need, 0.5), 2.0) / 2
    params = {"entry": entry, "have": have, "need": float(need)}
    if have >= need:
        return "met", ratio, sentence, [Reason("field_years", params)], "unmet"
    # a line stating more years in the field than the dated entries hold ("20 Jahre Erfahrung
    # als IT Projektmanager" over the last projects listed): the résumé says so itself
    stated = _stated(field_, sentences, lowered, today, cache)
    if stated is not None and stated[0] > have:
        return _from_stated(stated, need, sentences)
    return "partial", ratio, sentence, [Reason("field_years_short", params)], "unmet"


def _stated_totals(sentences: list[dict], cache: dict | None) -> list[list[int]]:
    """[line, tenths of years] of the lines stating a career's total ("Experienced full stack
    developer with 7+ years experience", "5年工作经验", "从事财务工作二十余年":
    experience.stated_years), in the résumé's order; kept with the résumé's readings
    (matcher.match.readings: the lines alone decide them) as integers by line number."""
    got = cache.get("stated totals") if cache is not None else None
    if got is None:
        got = [
            [i, round(years * 10)]
            for i, s in enumerate(sentences)
            if (years := stated_total(s["text"])) is not None
        ]
        if cache is not None:
            cache["stated totals"] = got
    return got


def _work_entries(experience: list[dict], cache: dict | None) -> evidence.WorkEntries | None:
    """evidence.work_entries of the profile's career, read once a shortlist (its requirements
    of experience all ask it) and kept in the profile's cache beside the career it was read
    from: it depends on the profile's entries, not on its lines alone, so it stays with this
    shortlist (matcher.match.readings.PER_SHORTLIST)."""
    if cache is None:
        return None
    kept = cache.get("work_entries")
    if kept is None or kept[0] is not experience:
        kept = cache["work_entries"] = (experience, evidence.work_entries(experience))
    return kept[1]


def _undated_in_field(
    field_: str, entries: list[dict], need: float | None, sentences: list[dict]
) -> tuple[str, float, int | None, list[Reason], str] | None:
    """field_reading's answer from the first of `entries` in the field whose length is not
    read: met where no years are asked (an entry in the field shows it), else partial; None
    when none of them is in the field."""
    alternatives = evidence.parts(field_) or [field_]
    inside = [e for e in entries if evidence.in_field(e, alternatives)]
    if not inside:
        return None
    entry = inside[0]
    sentence = _sentence_of(entry, sentences, alternatives)
    # the entry as the résumé names it: its title, else its employer, else its line
    name = (
        entry.get("title")
        or entry.get("organisation")
        or short(
            entry.get("description")
            or (sentences[sentence]["text"] if sentence is not None else ""),
            24,
        )
    )
    if need is None:  # asking no years: an entry in the field, dated or not, shows it
        return "met", 1.0, sentence, [Reason("field_entry", {"entry": name})], "unmet"
    reason = Reason("field_undated_entry", {"entry": name})
    return "partial", 0.5, sentence, [reason], "unmet"


# Customer service and its neighbours: work facing the same customers in sales or marketing
# (销售部经理, 市场总监, Sales Manager) is a related career, partial for customer-service experience
# (the labelling guide's related role); where the field is managing customer service, the
# neighbouring entry must be a manager's too.
_CUSTOMER_SERVICE = re.compile(r"客服|客户服务|customer (?:service|support)|kundenservice", re.I)
_FACING_CUSTOMERS = re.compile(
    r"销售|市场|营销|\bsales\b|marketing|vertrieb|verkauf|key account|account manager", re.I
)
_MANAGING = re.compile(r"管理|主管|经理|management|manager|leitung|führung", re.I)


def _neighbour(
    field_: str, entries: list[dict], sentences: list[dict]
) -> tuple[str, float, int | None, list[Reason], str] | None:
    """field_reading's partial for a career in a neighbouring field (_FACING_CUSTOMERS for
    customer service), or None: the first such entry, quoted."""
    asked = [a for a in evidence.parts(field_) or [field_] if _CUSTOMER_SERVICE.search(a)]
    if not asked:
        return None
    managing = all(_MANAGING.search(a) for a in asked)
    for entry in entries:
        title = entry.get("title") or ""
        body = f"{title} {entry.get('organisation') or ''}"
        if not _FACING_CUSTOMERS.search(body):
            continue
        if managing and not evidence.MANAGER_TITLE.search(title):
            continue
        sentence = _sentence_of(entry, sentences)
        # the entry as it faces customers: its title, with its unit where only that says so
        # ("利亚德有限营销中心" "经理")
        org = entry.get("organisation") or ""
        joint = "" if has_chinese(org[-1:]) else " "
        name = title if _FACING_CUSTOMERS.search(title) else short(f"{org}{joint}{title}", 24)
        reason = Reason("field_neighbour", {"field": field_, "entry": name})
        return "partial", 0.25, sentence, [reason], "unmet"
    return None


def _from_stated(
    stated: tuple[float, int], need: float | None, sentences: list[dict]
) -> tuple[str, float, int | None, list[Reason], str]:
    """field_reading's answer from a line stating a length in the field: (years, line)."""
    have, sentence = stated
    params = {"line": short(sentences[sentence]["text"], 24), "have": have}
    if need is None or have >= need:
        rule = "met" if have > 0 else "unmet"
    else:
        rule = "partial" if have > 0 else "unmet"
    # a clause asking no years ("有外贸经验者优先") is met by any stated length in the field
    code = (
        "stated_found" if need is None else "stated_years" if have >= need else "stated_years_short"
    )
    params["need"] = float(need or 0)
    ratio = min(have / max(need or 1, 0.5), 2.0) / 2
    # "刚毕业" / "recent graduate" on a line about the field: stated, so no field title can be
    # missed, and the cap is "not"
    return rule, ratio, sentence, [Reason(code, params)], "unmet" if have else "stated"


def touches(field_: str, text: str) -> bool:
    """Whether a line touches the field: it names one of the field's words that says which
    field (not only 管理 / management) or an alias, or a manager's role where the field is
    leading people. A career elsewhere is partial only on such a line (国际贸易专业硕士 for
    国际贸易经验), not on the most similar line of a skills list, a school or a heading."""
    lowered = cased.fold(text)
    for alt in evidence.parts(field_) or [field_]:
        if evidence.names(alt, lowered, share=0.01) and evidence.names_products(alt, lowered):
            return True
        if evidence.TEAM_FIELD.search(alt) and evidence.MANAGER_TITLE.search(text):
            return True
    return False


def touches_line(field_: str, sentences: list[dict], line: int, cache: dict) -> bool:
    """touches() of the résumé's line `line`, kept with the résumé's readings
    (matcher.match.readings): the field and the line's text alone decide it, so a shortlist
    asking the same field of the same lines again reads a mark by line number."""
    key = ("touches", field_, line)
    got = cache.get(key)
    if got is None:
        got = cache[key] = touches(field_, sentences[line]["text"])
    return got


def _sentence_of(
    entry: dict, sentences: list[dict], alternatives: list[str] | None = None
) -> int | None:
    """The résumé line to quote for an entry: among its lines (the one holding its title and
    organisation, then those its description was read from), one naming the field when
    `alternatives` are given, then a dated one (a recruiter checks the years on it; a bare title
    proves none), the first of those."""
    lines = _entry_lines(entry, sentences)
    if not lines:
        return None

    def order(k: int) -> tuple:
        text = sentences[lines[k]]["text"]
        named = bool(alternatives) and any(
            evidence.names(alt, text.lower(), share=0.5) for alt in alternatives or ()
        )
        return (named, quotes.dated(text), -k)

    return lines[max(range(len(lines)), key=order)]


def _entry_lines(entry: dict, sentences: list[dict]) -> list[int]:
    """The lines an entry was read from: the one holding its title and organisation, then the
    lines its description holds, in the résumé's order; where none of those is dated, the date
    line right above them ("06/2009 - 10/2010" over "1 Jahr 5 Monate" and the project's line),
    which a recruiter checks the years on."""
    # (an entry named by its employer alone, "April 2009 / March 2010: SMC Treviso srl", is
    # found by it: without a title its line was missed, and a dated line of its description —
    # a school's year below it — was quoted instead)
    title, org = entry.get("title") or "", entry.get("organisation") or ""
    description = entry.get("description") or ""
    inside = _description_block(description, sentences)
    heads = [
        i
        for i, s in enumerate(sentences)
        if (title or org) and title in s["text"] and org in s["text"]
    ]
    # the head line among the description's lines, else the nearest above them, not the first
    # line anywhere holding the title: a portal's entries all titled "Development" each have
    # their own
    within = [i for i in heads if i in inside]
    above = [i for i in heads if not inside or i < inside[0]]
    head = within[0] if within else above[-1] if above else heads[0] if heads else None
    lines = [*([head] if head is not None else []), *(i for i in inside if i != head)]
    top = min(lines, default=None)
    if (
        top is not None
        and top > 0
        and not any(quotes.dated(sentences[i]["text"]) for i in lines)
        and _DATE_LINE.fullmatch(sentences[top - 1]["text"].strip())
    ):
        lines.append(top - 1)
    return lines


# A line that is a period and nothing else: "06/2009 - 10/2010", "2015.03-2018.06", "01/2019 - Heute".
_DATE_LINE = re.compile(
    r"(?:(?:\d{1,2}[./])?(?:19|20)\d\d(?:[./年]\d{1,2}月?)?)\s*(?:[-–—~至到]|bis|to)\s*"
    r"(?:(?:\d{1,2}[./])?(?:19|20)\d\d(?:[./年]\d{1,2}月?)?|heute|jetzt|present|today|now|至今|今)",
    re.I,
)


def _description_block(description: str, sentences: list[dict]) -> list[int]:
    """The lines an entry's description was read from: of the lines whose text it holds, the
    longest run of neighbours (by characters). A short line elsewhere that the description
    happens to hold ("5 Monate" of "1 Jahr 5 Monate …", a heading "projects") is no line of it."""
    inside = [i for i, s in enumerate(sentences) if s["text"] and s["text"] in description]
    runs: list[list[int]] = []
    for i in inside:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if not runs:
        return []
    return max(runs, key=lambda run: (sum(len(sentences[i]["text"]) for i in run), -run[0]))


def _quoted_entry(
    entries: list[dict], sentences: list[dict], alternatives: list[str]
) -> int | None:
    """The line to quote for the entries in the field: the first line naming the field in the
    longest entry that has one, else the longest entry's own line (_sentence_of)."""
    ranked = sorted(entries, key=lambda e: -(e.get("months") or 0))
    for entry in ranked:
        for i in _entry_lines(entry, sentences):
            text = sentences[i]["text"].lower()
            if any(evidence.names(alt, text, share=0.5) for alt in alternatives):
                return _sentence_of(entry, sentences, alternatives)
    return _sentence_of(ranked[0], sentences) if ranked else None


# A nameless clause asking work in a field of activity, not a named tool: "Experience in quality
# assurance", "Background in development", "Good object-oriented development experience",
# "Praktische Erfahrung im Bereich Softwaretest", "Erfahrungen in Programmierkonzepten". The
# field is what follows (or, in English, precedes) the experience word, up to where the clause
# turns to a qualifier ("preferably in the same industry", "is a plus", "such as …").
_QUALIFIER = (
    r"(?=\s+(?:preferabl|ideally|is\s+a\s+plus|is\s+(?:an?\s+)?(?:plus|beneficial|advantage)|"
    r"would\s+be|like\b|such\s+as|including|e\.\s?g\.|within|especially|in\s+an?\b|"
    r"at\s+all\b|vorweisen|mitbringen|von\s+vorteil|wünschenswert|idealerweise|"
    r"sind\b|ist\b|wäre)|\s*[(:;.]|$)"
)
_FIELD_AFTER = re.compile(
    r"(?:\bexperience|\bbackground|erfahrung(?:en)?)(?:/\w+)?\s+"
    r"(?:(?:in|with|of|as|within|im|mit|als|aus|working\s+(?:with|in|on))\s+)"
    r"(?:(?:the|a|an|der|dem|den|einem|einer|working\s+with|bereich(?:en)?)\s+)*"
    rf"(?P<field>.+?){_QUALIFIER}",
    re.I,
)
# "Good object-oriented development experience": the words before the experience word, where
# they open the clause (a longer run before it is a list of other things asked, "Cloud Security
# and … knowledge and working experience")
_FIELD_BEFORE = re.compile(
    r"^\W*(?P<field>(?:[\w/+-]+\s+){0,4}?[\w/+-]+)\s+(?:experience|background)\b", re.I
)
# Words before the field that say how much, not which ("Good", "Hands-on", "Praktische").
_DEPTH = re.compile(
    r"^(?:(?:good|strong|solid|proven|hands-on|practical|professional|some|first|deep|"
    r"significant|demonstrated|extensive|prior|previous|relevant|work|working)\s+)+",
    re.I,
)


def work_field(text: str) -> str | None:
    """The field of work a nameless experience clause asks ("quality assurance" of "Experience in
    quality assurance preferably in the same industry"), or None where it asks none."""
    m = _FIELD_AFTER.search(text) or _FIELD_BEFORE.search(text)
    if not m:
        return None
    field_ = m.group("field").strip(" ,-")
    field_ = _DEPTH.sub("", field_).strip()
    field_ = _english_joins(field_)
    if _NOT_A_FIELD.search(field_):  # "knowledge and working experience": not work in a field
        return None
    return field_ if evidence.content_words(field_) else None


_GERMAN_AND = re.compile(r"\s+(und|oder|sowie)\s+", re.I)  # items as evidence.parts splits them


def _english_joins(field_: str) -> str:
    """A field's German joins in English, as evidence.parts splits items: "Scrum Master oder
    Agile Coach" is two alternatives."""
    return _GERMAN_AND.sub(lambda m: " or " if m.group(1).lower() == "oder" else " and ", field_)


_NOT_A_FIELD = re.compile(r"\b(?:knowledge|understanding|kenntnisse|wissen)\b", re.I)
