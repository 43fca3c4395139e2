"""Requirements a posting states in the prose of its description rather than under a heading:
"… so we expect all our programmers to have solid knowledge of Unity3D and C#.", "Ideally you
have experience in CICD.", "It is important to us that you are self-driven …". Only sentences
that put a requirement to the candidate in so many words count; the rest of a description
(what the team does, what the company is) stays out of the requirements."""

from __future__ import annotations

import re

from matcher.jd.boilerplate import GIVEN, asks_something, is_boilerplate
from matcher.jd.clauses import CONNECTIVES, Clause, clauses_of
from matcher.jd.flags import flags_in
from matcher.jd.labels import NICE
from matcher.jd.sections import Section
from matcher.jd.shape import YOU_VERBS
from matcher.vocab import EN_NUMBER_WORDS

# The words that put a requirement to the candidate; the requirement is what follows them.
_ASKED = re.compile(
    r"\b(?:we (?:expect|require) (?:you|all (?:of )?our \w+|(?:our )?candidates|applicants)"
    r" to (?:have|be|bring|possess)\s+"
    r"|(?:it is|it's|it’s)(?: therefore| also)? (?:important|essential|crucial|vital)(?: to us)?"
    r" that (?:you|the (?:[\w-]+ ){0,2}(?:candidate|applicant|student|fellow|employee|person))"
    r" (?:are |is |has |have )?"
    r"|(?:you|candidates?|applicants?|the (?:ideal |successful )?candidate)"
    r" (?:(?:therefore|however|also|still) )?(?:must|should|need to|will need to)"
    r" (?:(?:therefore|however|also|still) )?(?:have|be|possess|hold|bring)\s+"
    r"|it is expected that you (?:are |have )?"
    # "The employees are expected to have a high personal motivation …"
    r"|(?:you|candidates?|applicants?|employees|the (?:ideal |successful )?(?:candidate|applicant))"
    r" (?:are|is) (?:also )?(?:expected|required) to (?:have|be|possess|bring|hold)\s+"
    # "What counts for us is your experience (approx. 3 years) and …": the rest is asked
    r"|what (?:counts|matters)(?: (?:for|to) us)?(?: most)? is (?=your\s)"
    # "As you will work with people at all levels it is important to have good communication
    # skills": what follows "to have" is asked
    r"|(?:it is|it's|it’s)(?: therefore| also)? (?:important|essential|crucial|vital|necessary)"
    r" (?:for you )?to (?:have|be|possess|bring)\s+"
    r"|your (?:personal |professional |key )?(?:competences|competencies|qualifications|skills"
    r"|strengths|profile|qualities) (?:include|includes|are)(?: that)?\s+(?=you\s|[a-z]+ing\s)"
    r"|you(?:'ll|’ll|ll| will)(?: also)? need (?:to (?:have|be|bring)\s+|(?!to\s))"
    # a classified's sentence without its subject: "Must have your own hand tools and …"
    r"|^(?:must|need to) (?:have|hold|possess|bring)\s+)",
    re.I,
)
# "If you bring solid supply chain experience and you are looking for …", "if you have an
# outgoing personality then this is the job for you": what the condition names is asked.
# (not "… you can perform at your best only if you enjoy your work": a condition of the
# company's promise, not of the application)
_IF_YOU = re.compile(
    r"(?<!\bonly )\bif (you (?:have|bring|possess|hold|speak|enjoy|love)"
    r"[^,.!?;:]*?)(?=\s+(?:then|this is|and you(?:'re|’re|re| are) (?:looking|interested|ready))\b"
    r"|[,.!?;:]|$)",
    re.I,
)
# "Ideally you have …", "Ideally, you bring …": a nice-to-have, kept as written.
_IDEALLY = re.compile(
    r"\bideally,? (?:you|the candidate) (?:have|has|are|is|bring|know|speak)\b", re.I
)
# A sentence that states what the candidate has or is ("You have 5+ years of …", "You're fluent
# in …", "The ideal candidate has …"): a requirement wherever it stands, kept as written. What
# the job gives or makes of the person ("You are responsible for …", "You have the opportunity
# to …", "You can expect …") is no such sentence (boilerplate.GIVEN).
_STATED = re.compile(
    rf"^(?:(?:ideally|preferably|{CONNECTIVES}),?\s+)?(?:you(?:'re|’re|re)\s"
    r"|you (?:(?:probably|ideally|preferably|also|already|certainly|possibly) )?"
    # (what the candidate likes or thrives in describes them too: "You thrive in a busy …",
    # "You enjoy providing the best possible service")
    r"(?:have|hold|possess|bring|are|can|know|speak|master|understand|thrive|enjoy|like|love"
    r"|excel|pride yourself)\s"
    r"|the (?:ideal|successful|right|perfect) (?:candidate|applicant|person)"
    r" (?:(?:ideally|preferably|also|already) )?(?:has|is|will have|will be an?"
    r"|should|must|possesses|brings|holds)\s)",
    re.I,
)
# "In addition you can look forward to …": what the job gives, after a connective.
# ("Likewise also have the ability to …": one connective after another)
_CONNECTIVE = re.compile(rf"^(?:(?:ideally|preferably|{CONNECTIVES}),?\s+)+", re.I)
# "you must be able to execute the following tasks:": a lead-in to duties, not a requirement.
_LEADS_ON = re.compile(r"\bfollowing\b|:\s*$")
# "not only X but (that you are) also Y": two requirements.
_BUT_ALSO = re.compile(
    r"(?<!\s)\s*,?\s+but (?:that you are |you are |that you have |you have )?also\s+"
)


# "that you are newly graduated or have a few years of experience have a degree in … are a team
# player …": a list of what the candidate has or is whose bullets were lost, cut before each
# "have" / "are" that follows a word which does not lead into it.
_VERB_START = re.compile(r"(?<=[a-z])\s+(?=(?:have|are|possess|hold)\s)")
_VERB_LEAD = frozenset(
    [*["you", "or", "and", "we", "they", "who", "that", "which", "to", "will", "would", "can"]]
    + [*["must", "should", "not", "also", "may", "might", "could", "still", "already", "then"]]
)


def _verb_run(text: str) -> list[str]:
    """A run-on list of "you have / are" statements cut into its statements (see _VERB_START)."""
    if not re.match(r"you\s", text):
        return [text]
    out, start = [], 0
    for m in _VERB_START.finditer(text):
        last = text[start : m.start()].split()[-1].lower()
        if last not in _VERB_LEAD:
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return out


# A sentence end the item splitter keeps (after a capital: "… in CICD. You implement …"), and
# one a scraper lost: a capital "You have …" or a capital connective after a lower-case word
# ("… from an international setting You hold a relevant degree", "… like Spark or Databricks
# Furthermore excellence in …").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!i\.e\.)(?<!e\.g\.)\s+(?=[A-Z])"
    rf"|(?<=[a-z)])\s+(?=You (?:{YOU_VERBS})\s|(?:Furthermore|Moreover|Additionally|Finally"
    r"|Ideally|Preferably|Besides that)\s)"
)
# "Finally a willingness to learn is essential", "Excellence in at least one of … is highly
# desirable: …": a requirement named, then how much it counts.
_COUNTS = re.compile(
    r"^(?!(?:it|this|that|there|these|those|we|our|they|but|while|although|as|because|since|if"
    r"|when|so|and|or|the (?:job|role|position|team|company)"
    r"|safety|team ?work)\b)(?:[\w/&()'’-]+\s+){1,12}?(?:(?:is|are) (?:also |highly |absolutely |very )?"
    # (in lower case: "Acme Animal Hospital is Central Oregon's only 24/7 …" names a place)
    r"(?:considered |seen as |regarded as )?(?-i:(?=[a-z]))"
    r"(?:essential|necessary|required|desirable|mandatory|a must|a (?:big |great )?plus"
    r"|an advantage|advantageous|preferred|crucial|vital|central|indispensable)"
    # ("The student's ability to drive the development will be essential", "… will be central";
    # not "You will be required to set up …", a duty)
    r"|will be (?:also )?(?:essential|crucial|vital|central|indispensable|desirable|an advantage"
    r"|a (?:big |great )?plus))\b",
    re.I,
)


# "Qualifications within dairy production … and good knowledge of … are considered an
# advantage": a sentence that opens with what is asked may name it at length before saying how
# much it counts.
_NOUN_COUNTS = re.compile(
    r"^(?:qualifications|experience|knowledge|skills|expertise|familiarity|proficiency)\s"
    r"(?:[\w/&()'’.,-]+\s+){1,40}?(?:is|are) (?:also |highly |very )?(?:considered |seen as |regarded as )?"
    r"(?:essential|necessary|required|desirable|mandatory|a must|a (?:big |great )?plus"
    r"|an advantage|advantageous|preferred)\b",
    re.I,
)
# "Minimum 1 year of C+E experience, ideally on trunking.", "At least 3 years in retail.": a
# sentence of a description that opens with a count of years asks it, as an item would.
_YEARS_START = re.compile(
    rf"^(?:(?:a )?minimum(?: of)?|at least)\s+(?:\d+|{EN_NUMBER_WORDS})\+?\s*(?:years?|months?)"
    # (of something: "Minimum 21 years with a clean criminal record" is an age)
    r"(?:['’]|\s+(?:of|in|as|at|working|experience)\b)",
    re.I,
)
# "ADR would be a bonus but not essential.", "A forklift licence would be an advantage.": what
# would count for the candidate, named before it.
_WOULD_COUNT = re.compile(
    r"^(?!(?:it|this|that|there|these|those|we|our|they|you|the (?:job|role|position|team"
    r"|company))\b)(?:[\w/&()+'’-]+\s+){1,10}?would be (?:a (?:big |great |real )?(?:plus|bonus)"
    r"|an? (?:added )?advantage|advantageous|beneficial|desirable|useful|preferred|nice)\b",
    re.I,
)
_HEDGED_DETAIL = re.compile(r",\s*(?:ideally|preferably)\b", re.I)
# "… training would be nice but we can get you certified": what the employer will do about it
# is no part of the ask.
_BUT_WE = re.compile(r"\s*,?\s+but (?:we|we'll|we’ll|our)\b.*$", re.I | re.S)
_MUST = re.compile(r"\b(?:must|should|need to|required|only)\b", re.I)
# "Ideally this is backed by a relevant Master's degree …": a sentence opening with "Ideally"
# that asks for a degree, experience or knowledge is a nice-to-have, whatever its subject.
_IDEALLY_START = re.compile(r"^(?:ideally|preferably),?\s", re.I)


def prose_clauses(items: list[str]) -> list[Clause]:
    """The requirement clauses stated in the sentences of a description (see _ASKED)."""
    out: list[Clause] = []
    for item in (s for i in items for s in _SENTENCE_END.split(i)):
        ideally = _IDEALLY.search(item)
        if ideally:
            text = item[ideally.start() :]
            out.append(Clause(text.strip(" .;:!"), None, False))
            continue
        stated = item.strip(" .;:!")
        if (_YEARS_START.match(stated) or _WOULD_COUNT.match(stated)) and not is_boilerplate(
            stated
        ):
            stated = _BUT_WE.sub("", stated)
            # (", ideally on trunking" hedges a detail, not the count)
            out.append(Clause(stated, None, not NICE.search(_HEDGED_DETAIL.split(stated)[0])))
            continue
        if _MUST.search(stated) and any(f["kind"] in ("age", "gender") for f in flags_in(stated)):
            # an age or gender put as a condition ("Due to insurance requirements, drivers must
            # be aged 25 or over"): flagged as it would be under a heading
            out.append(Clause(stated, None, True))
            continue
        counted = _COUNTS.match(_CONNECTIVE.sub("", stated)) or _NOUN_COUNTS.match(stated)
        if counted and not is_boilerplate(stated):
            text = _CONNECTIVE.sub("", stated)
            out.append(Clause(text, None, not NICE.search(counted.group(0))))
            continue
        if (
            _STATED.match(stated)
            and not GIVEN.match(_CONNECTIVE.sub("", stated))
            and not _LEADS_ON.search(item)
            and len(stated.split()) >= 4
            and not is_boilerplate(stated)
        ):
            # cut as a requirements section cuts its items ("You are fluent in Java and have
            # knowledge of …" asks two things)
            out.extend(clauses_of([stated], True, True))
            continue
        asked = _ASKED.search(item)
        if asked is None:
            if _IDEALLY_START.match(stated) and asks_something(stated):
                if not is_boilerplate(stated):
                    out.append(Clause(stated, None, False))
                continue
            condition = _IF_YOU.search(item)
            wanted = condition.group(1) if condition else ""
            if len(wanted.split()) >= 4 and not GIVEN.match(wanted) and not is_boilerplate(wanted):
                out.append(Clause(wanted, None, not NICE.search(item)))
            continue
        if _LEADS_ON.search(item):
            continue
        must = not NICE.search(item)
        rest = re.sub(r"^not only\s+", "", item[asked.end() :].strip())
        for piece in (p for part in _BUT_ALSO.split(rest) for p in _verb_run(part)):
            piece = piece.strip(" .;:!")
            if len(piece.split()) >= 2 and not is_boilerplate(piece):
                # ("… training in IT support and have at least one year of …" asks two things)
                out.extend(c for c in clauses_of([piece], must, True) if len(c.text.split()) >= 2)
    return out


# A German sentence that states what the candidate has or is, under no heading ("Sie verfügen
# über mehrjährige Erfahrung als …", "Du bringst Erfahrung in … mit", "… gehören zu Ihren
# Stärken"); not what the job gives ("Sie haben die Möglichkeit …") nor a duty ("Sie planen …").
_DE_STATED = re.compile(
    r"^(?:idealerweise\s+|zudem\s+|außerdem\s+)?(?:sie|du)\s+(?:verfügen|verfügst)\s+über\s"
    r"|^(?:idealerweise\s+|zudem\s+|außerdem\s+)?(?:sie|du)\s+(?:haben|hast|besitzen|besitzt"
    r"|beherrschen|beherrschst|sprechen|sprichst|kennen|kennst|bringen|bringst)\s"
    r"(?!(?:die|eine|bei uns die)\s+(?:möglichkeit|chance|gelegenheit)|(?:bei uns\s+)?freiraum)"
    r"|\bzu\s+(?:ihren|deinen)\s+stärken\b",
    re.I,
)
_DE_NICE = re.compile(r"^idealerweise\b|\bwünschenswert\b|\bvon vorteil\b", re.I)


def de_prose_clauses(items: list[str]) -> list[Clause]:
    """The requirement clauses a German description states of the candidate (_DE_STATED)."""
    out: list[Clause] = []
    for item in items:
        stated = item.strip(" .;:!")
        if (
            _DE_STATED.search(stated)
            and len(stated.split()) >= 4
            and not _LEADS_ON.search(item)
            and not is_boilerplate(stated)
        ):
            out.extend(clauses_of([stated], not _DE_NICE.search(stated), True, True))
    return out


# A Chinese description that puts its requirements to the reader in prose ("…维护老客户关系。我们
# 希望你本科及以上学历，…；有3年以上…经验，熟悉…。你需要性格外向…"): from the employer's wish on
# to the end of its paragraph the text asks, as a list under 任职要求 would. (Not a wish that the
# reader join: "希望你加入我们", "期待您成为…的一员".)
# (nor "你需要负责…", a duty: "你需要" asks where a colon follows it, "你需要：本科以上学历…")
_ZH_WISH = re.compile(
    r"(?:^|(?<=[。！!；;\s]))(?:(?:我们)?(?:希望|期待|期望|要求)(?:你|您)(?!加入|来|成为|的加入)"
    r"|(?:你|您)(?:需要|需|应|应该)(?:具备|具有|拥有)?(?=\s*[:：]))"
)
# ... or says whom it hires and then what it asks, in one sentence of a classified ad ("现招美发
# 助理两名，要求16周岁以上，男女不限，…") or a voice message ("我这边招两个水电工啊，长期做的，要有电
# 工证，…"): from what is asked on (after 要求; from 要有 / 需要有 / 必须有).
_ZH_HIRING_ASKS = re.compile(
    r"[招聘][^。！!？?；;\n]{0,30}?[，,](?:(?P<w>要求)(?=[^\s，,:：的是])|(?P<v>)(?=(?:要|需要|须|必须)有))"
)


# ... or gives each post it hires a line of its own, the post and its count before a colon and
# what it asks after it, as a forum thread or a notice board does ("招钣金师傅2名：会…，有3年以上…
# 经验。", "招学徒三个：能吃苦，…"): each such line's asks are qualifications.
# (in one line, after a sentence's end or a space: "…忙不过来。 招钣金师傅2名：…")
_ZH_POST_LINE = re.compile(
    r"(?:^|(?<=[。！!；;\s]))[^\S\n]*(?:急招|诚招|现招|招聘|招)[^：:\n，,。；;\s]{1,20}?"
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:名|个|位|人)[^\S\n]*[:：]",
    re.M,
)


_PIECE = re.compile(r"[^，,。；;\n]+")


def _post_lines(section: Section) -> list[Section] | None:
    """A section cut at its post lines (see _ZH_POST_LINE) when one of them asks something (the
    others then ask too, in the same shape: "招学徒3名：18到30岁，能吃苦，…"): what stands between
    them keeps the section's kind, each line's asks are qualifications."""
    found = list(_ZH_POST_LINE.finditer(section.text))
    lines = []
    for k, m in enumerate(found):
        end = section.text.find("\n", m.end())
        end = len(section.text) if end < 0 else end
        lines.append((m.end(), min(end, found[k + 1].start()) if k + 1 < len(found) else end))
    if not any(asks_something(section.text[a:b]) for a, b in lines):
        return None
    out, at = [], 0
    for start, end in lines:
        out.append(Section(section.kind, section.heading, section.text[at:start].strip()))
        # (what the post gives ends what it asks: "…，不怕脏不怕累，学徒期3个月管吃住，每月2500")
        gives = next(
            (p.start() for p in _PIECE.finditer(section.text, start, end) if is_boilerplate(p[0])),
            end,
        )
        out.append(Section("qualifications", "", section.text[start:gives].strip()))
        out.append(Section("other", "", section.text[gives:end].strip()))
        at = end
    if section.text[at:].strip():
        out.append(Section("other", "", section.text[at:].strip()))
    return out


def zh_prose_asks(section: Section) -> list[Section]:
    """A Chinese section cut where its prose starts asking (see _ZH_WISH): the part before it,
    the asking paragraph as qualifications, and the rest of the section."""
    m = _ZH_WISH.search(section.text)
    start = m.start() if m else -1
    if m is None and (posts := _post_lines(section)) is not None:
        return posts
    if m is None:
        m = _ZH_HIRING_ASKS.search(section.text)
        if m is None:
            return [section]
        start = m.end("w") if m.group("w") else m.start("v")
    end = section.text.find("\n", start)
    end = len(section.text) if end < 0 else end
    asked = section.text[start:end]
    if not asks_something(asked):
        return [section]
    out = [Section(section.kind, section.heading, section.text[:start].strip())]
    out.append(Section("qualifications", "", asked))
    if section.text[end:].strip():
        out.append(Section("other", "", section.text[end:].strip()))
    return out
