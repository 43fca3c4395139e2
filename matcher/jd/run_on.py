"""English and German run-on pieces (lists whose line breaks a scraper lost) cut into their
items: before a requirement opener, after a closing parenthesis, before a capitalised or
lower-case item start, and where "and" or a comma joins a second requirement."""

from __future__ import annotations

import re
from bisect import bisect_left

from matcher.jd.clause_breaks import DEPTH_WORDS, EN_OPENERS, LEADS_INTO_WORDS
from matcher.jd.labels import NICE
from matcher.vocab import EN_NUMBER_WORDS

# German run-on lists (a scraped "Skills" block whose line breaks were lost: "… von Vorteil
# Erfahrungen in der Entwicklung mit Java 8+Kenntnisse in der Build Automation …") break before
# a word that opens a requirement. Only long pieces are cut, and never after a word that leads
# into the opener ("sehr gute Kenntnisse", "über Erfahrung"), so ordinary sentences stay whole.
RUN_ON_MIN = 150  # characters: a requirement sentence is shorter, a run-on list is not
_DE_OPENER = re.compile(
    r"(?:(?<=[a-zäöüß)])\s+|(?<=\+))(?=(?:Mindestens|Erfahrungen?|Berufserfahrung|Projekterfahrung"
    r"|Kenntnisse|Grundkenntnisse|Fachkenntnisse|[A-ZÄÖÜ][a-zäöüß]+kenntnisse|Sehr|Gute|Fundierte"
    r"|Solide|Breites|Tiefe|Umfassende|Fließende|Sichere[rs]?|Abgeschlossenes|Erfolgreich"
    r"|Idealerweise|Arbeitserlaubnis|Hands-On|Praktische|Mehrjährige|Einschlägige|Nachgewiesene"
    r"|Ausgeprägte|Verhandlungssichere|Wünschenswert|\d+\+?\s*Jahre)\b)"
)
_LEADS_IN = re.compile(
    r"sehr|gut|gute|fundierte|solide|erste|tiefe|breite|umfassende|fließende|sichere|"
    r"grundlegende|praktische|mehrjährige|einschlägige|nachweisbare|nachgewiesene|ausgeprägte|"
    r"der|die|das|den|dem|des|ein|eine|einen|mit|in|im|und|oder|von|auf|für|über|an|bei|zur|zum|"
    r"du|sie|ihr|hast|haben|hat|bringst|bringen|besitzt|besitzen|verfügst|verfügen|idealerweise",
    re.I,
)


# A field's label word opens the next item after a name of three or more capitalised words ("…
# from the American Heart Association Experience: Minimum two years …"); after fewer, the words
# are the label's own ("… preferred Supervisory Experience: 2 or more years …", which
# clause_breaks cuts before "Supervisory").
_LABEL_AFTER_NAME = re.compile(
    r"(?<=\w) (?=(?:Experience|Education|Licensure|Certifications?|Licen[cs]es?"
    r"|Qualifications?)(?:/[A-Z][\w-]*)?:\s)"
)
_NAME_END = re.compile(r"(?:[A-Z][\w.&-]*\s+){2}[A-Z][\w.&-]*$")


def split_labels(text: str) -> list[str]:
    """A piece cut before a field's label run onto a name (see _LABEL_AFTER_NAME)."""
    if ":" not in text:
        return [text]
    out, start = [], 0
    for m in _LABEL_AFTER_NAME.finditer(text):
        if _NAME_END.search(text, start, m.start()):
            out.append(text[start : m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


# In an English run-on list, a closing parenthesis ends an item: "(e.g. MySQL) modern CICD-tooling
# (e.g. Git) virtualization …", "(CCNA level or equivalent) Cloud Security …".
# (not before "or": "a master's degree (120 ECTS points) or a similar degree" is one clause with
# its alternative; nor before a word that carries the sentence on, which no item opens with:
# "Availability for early opens (5:30am) and at least one weekend day", "certification as a
# Court Interpreter (Spanish) by the Judicial Council …"; nor after a number restated in
# figures, "four (4) years")
_PAREN_END = re.compile(
    r"(?<=\))(?<!\(\d\))(?<!\(\d\d\))\s+"
    r"(?!(?:or|nor|and|by|with|to|in|of|for|on|at|from|as(?! well as)|within|is|are|would|will)\b)"
    r"(?=[A-Za-z])"
)


def split_run_on(text: str, parens: bool = True) -> list[str]:
    """A long piece cut before each German requirement opener (see _DE_OPENER) and, unless
    parens is False (German: "(Wirtschafts-) Informatik"), after each closing parenthesis
    followed by more text."""
    ends = list(_PAREN_END.finditer(text)) if parens else []
    if len(text) < RUN_ON_MIN and len(ends) < 2:
        return [text]
    cuts = [0]
    found = sorted([*_DE_OPENER.finditer(text), *ends], key=lambda m: m.start())
    for m in found:
        if m.re is _PAREN_END:
            cuts.append(m.end())
            continue
        before = text[cuts[-1] : m.start()].split()
        if len(before) >= 2 and not _LEADS_IN.fullmatch(before[-1]):
            cuts.append(m.end())
    return [
        text[a:b].strip()
        for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)
        if text[a:b].strip()
    ]


# A registration or licence held ("current registration with the GPhC").
# (or an enrolment or membership: "… certification as a Court Interpreter, and enrollment on the
# Master List of …")
_HELD_WORDS = (
    # (a class or kind may stand between: "a valid G licence", "a valid driver's license")
    # (not a pair of qualities: "a full, current and unrestricted license")
    r"(?:a )?(?:current|valid|active) (?:(?!(?:and|or)\b)[\w'’-]+ ){0,2}?(?:registration|licen[cs]e"
    r"|certification|certificate)\b"
    r"|(?:enrol(?:l)?ment|membership) (?:on|in|with|of)\b"
)
# "… experience and sound knowledge in …", "… skills and ability to …", ", experience with …",
# "… environment and are fluent in …": a second requirement joined by "and" or a comma. Cut
# only after three words, so "Knowledge and experience with Docker" stays one.
_EN_AND = re.compile(
    # (?<!\s): a match starts where a run of white space starts, so a long run is scanned once,
    # not again from each of its characters (quadratic on a page of spaces)
    # ("… in the organisation as well as a deep understanding of …": an article may come first)
    r"(?<!\s)(?:\s*,\s*|\s+and\s+|\s+as well as\s+|\s+combined with\s+)(?=(?:are\s+|be\s+)?(?:an?\s+)?(?:(?:sound|strong|solid|good|"
    r"very good|excellent|deep|basic|proven|demonstrated|some)\s+)?(?:ideally\b|preferably\b|(?:knowledge|experience|"
    r"understanding|familiarity|proficiency)\s+(?:in|of|with|from|interacting|working|using)\b|ability to\b"
    r"|willingness to\b|track record (?:of|in)\b"
    r"|fluent\b|comfortable (?:with|in|using|writing|working)\b|passionate about\b|(?:familiar|experienced|skilled|proficient) (?:with|in)\b|(?:at least )?(?:an? )?(?:bachelor|master|degree|phd)\b"
    # "3 years of SAP development, at least 2 years in SAP UI5": a second number of years
    r"|(?:at least|minimum(?: of)?) \d"
    # "MPharm degree and current registration with the GPhC": a registration or licence held
    rf"|{_HELD_WORDS})"
    # "You are fluent in Java and have knowledge of …", "… and you possess …": a second
    # statement of what the candidate has or is
    r"|(?<=\sand\s)(?:you\s+)?(?:have|possess|hold|know)\s|(?<=\sand\s)you\s+(?:are|can)\s"
    # "… keep the overall view and you thrive in …", "… managing people and your CV shows …",
    # "…, and your book shows campaigns …" (a portfolio):
    # whatever the verb, "and you" opens the next statement about the candidate
    r"|(?<=\sand\s)you\s+(?!will\b)[a-z]+\s|(?<=\sand\s)your\s+(?:cv|résumé|resume|portfolio|book)\s"
    # "… research environment and the successful candidate is expected to …": so does "and the
    # candidate" with what is asked of them
    r"|(?<=\sand\s)the (?:successful |ideal |right )?(?:candidate|applicant)\s+(?:is|must|should"
    r"|has|will need|needs)\s"
    # "Valid Code 08 driver's licence and own reliable transport": a means of getting to work is
    # an ask of its own
    r"|(?<=\sand\s)(?:(?:have|has) )?(?:your |their )?own (?:reliable )?(?:transport(?:ation)?"
    r"|vehicle|car)\b"
    # ("Valid driver's license and reliable transportation", "a valid G licence with a reliable
    # vehicle": so is a reliable one, after "and" or "with")
    r"|(?<=\sand\s)(?:an? )?reliable (?:means of )?(?:transport(?:ation)?|vehicle|car)\b"
    r"(?!\s+(?:maintenance|repair|fleet|inspection))"
    # "… of marketing and it is a big advantage if your studies include …": a nice-to-have
    r"|(?<=\sand\s)it is (?:also )?(?:a |an )?(?:big |huge |great |clear )?(?:advantage|plus|bonus)"
    r" if\s)"
    r"|(?<!\s)\s+with\s+(?=(?:an? )?reliable (?:means of )?(?:transport(?:ation)?|vehicle|car)\b"
    r"(?!\s+(?:maintenance|repair|fleet|inspection)))"
    # "A forklift licence is essential and a reach truck licence would be an advantage": a must
    # that says so ends at "and", so what follows may be a nice-to-have of its own
    r"|(?:(?<=\bessential)|(?<=\brequired)|(?<=\bmandatory)|(?<=\ba must))\s+and\s+(?=\S)"
    # "You enjoy working independently but at the same time you are …": so does "but you"
    r"|(?<!\s)(?:\s*,\s*|\s+)but (?:at the same time )?(?=you\s+(?!will\b)[a-z]+\s)"
    # "3-5 years of retail management, including at least 2 years as a Store Manager": the years
    # in the narrower role are a requirement of their own
    r"|(?<!\s)\s*,\s*including\s+(?=(?:at least |a minimum of |minimum )?\d+\+?\s*(?:years?|yrs)\b"
    # ("… grant writing experience, including at least one federal grant": a floor counted of
    # something else)
    rf"|(?:at least|a minimum of|minimum(?: of)?)\s+(?:\d|(?:{EN_NUMBER_WORDS})\b))"
    # "… in SAP SD, with minimum 1 end-to-end S/4HANA implementation", "…, with at least 2 years
    # managing people": so is a floor counted after ", with"
    r"|(?<!\s)\s*,\s*with\s+(?=(?:at least|a minimum of|minimum(?: of)?)\s+\d)",
    re.I,
)
# ", German is a plus" / ", German language skills advantageous": a nice-to-have tail after a
# comma is a requirement of its own when the part before it asks for something outright.
_COMMA_CAPITAL = re.compile(r",\s+(?=[A-Z])")


# In a long English run-on piece (a list whose line breaks were lost), a capitalised word after
# a lower-case one starts the next item when a lower-case word follows it ("… backend language
# Awareness of …", "… level Great technical …"), unless the word before leads into it.
# (a capital article too: "… be proactive on the phone An independent positive person A basic
# understanding of Danish is a plus")
# (a day or a month is a name inside the sentence: "… work one Sunday a month")
_CALENDAR = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    "|June|July|August|September|October|November|December"
)
# (and "Must have / be …" after an acronym: "… Certifications: BLS, ACLS Must have a minimum of …")
_CAPITAL_START = re.compile(
    rf"(?:(?<=[a-z)])|(?<=[A-Z]{{2}}))\s+(?!(?:{_CALENDAR})\b)(?=(?:[A-Z][a-z]+|A)\s+[a-z])"
)
MUST_OPENS = re.compile(r"Must\s+(?:have|be|hold|possess)\b")
LEADS_INTO = re.compile("|".join(re.escape(w) for w in LEADS_INTO_WORDS), re.I)
_ARTICLES = frozenset(["the", "a", "an", "our", "your", "their", "its"])
_OPENER_WORD = re.compile(rf"(?:{EN_OPENERS}|Nice|Bonus|An?)\b")
CAPITAL_RUN_ON = 100  # characters: shorter pieces are read as written


def split_capitals(text: str) -> list[str]:
    """A long English run-on piece cut before capitalised item starts (see _CAPITAL_START)."""
    if len(text) < CAPITAL_RUN_ON:
        return [text]
    out, start = [], 0
    for m in _CAPITAL_START.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1] if before else ""
        # "… of the wider Microsoft stack": an article two words back is inside a noun phrase
        # (unless a requirement opens there: "… working in a team Ideally you have …")
        inside = len(before) >= 2 and before[-2].lower() in _ARTICLES
        inside = inside and not _OPENER_WORD.match(text, m.end())
        # a capital article starts an item after a name too ("… web-based applications APIs A
        # good eye for details …")
        article = text.startswith(("A ", "An "), m.end())
        must = bool(MUST_OPENS.match(text, m.end()))
        lower = last.islower() or article or must
        if (len(before) >= 3 or must) and lower and not LEADS_INTO.fullmatch(last) and not inside:
            out.append(text[start : m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


# A lower-case run-on list ("Fluency in English excellent communication skills", "Fluent in
# written and spoken English knowledge of the German language is a plus"): an adjective that
# opens a requirement, after a word that does not lead into it (not "a", "with", "have"), starts
# the next item; so does "knowledge of" / "experience with" after a name ("English", "Java").
# (and "the ability to" after a noun, "… manage challenging behaviour the ability to work …")
_LOWER_OPENER = re.compile(
    r"(?<=[\w)])\s+(?=(?P<adj>(?:excellent|strong|good|solid|proven|fluent|fluency|outstanding"
    r"|exceptional|great|deep|basic|any|additional)\s+[a-z]"
    # ("sound" is a noun as often: "… experience running sound for live music")
    r"|sound\s+(?:knowledge|understanding|judge?ment|grasp|experience|background|working"
    r"|technical|commercial|financial|analytical|written)\b)"
    r"|(?:knowledge|experience|understanding|familiarity|proficiency)\s+(?:of|with|in)\s"
    r"|(?P<ability>(?:the\s+)?ability\s+to\s)"
    # (an article before adjectives cut by a comma: "… ideally autism a calm, patient approach")
    r"|(?P<article>an?\s+[a-z]+,\s+[a-z]))"
)
# Words that end an item before a lower-case opener: a floor's "or above / or higher / or
# better" ("GCSE English and Maths at grade C/4 or above experience of working with …").
_FLOOR_END = re.compile(r"\bor\s+(?:above|higher|better)$")
LEADS_ON_VERB = re.compile(
    r"have|has|having|had|possess|possesses|show|shows|demonstrate|demonstrates|require|requires"
    r"|need|needs|bring|brings|feel|look|looks|is|was|were|been|being|not|also|very|really|quite"
    r"|particularly|highly|equally|just|no|be|are|am|one|two|three|least|more|most|all|each|every"
    r"|many|much",
    re.I,
)


# A count's unit before "a" / "an" that reads as "per" ("4 days a week", "twice a month").
_PER = re.compile(
    r"(?:days?|hours?|times|shifts?|nights?|evenings?|weekends?|once|twice|visits?)", re.I
)
NOUN_END = re.compile(r"(?:[^s]s|ing|ion|ity|ment|ness|[ea]nce|ship|ure|ics|ge|ty)\)?$")


# A name that says what the experience or knowledge is of: after a count of years ("5+ years of
# SAP SD experience with …") or a word of its depth ("hands-on AWS experience with …"); the
# words that follow are the same item's.
_NAME_MODIFIES = re.compile(
    rf"(?:\b(?:years?|yrs|months?)\s+of|\b(?:{'|'.join(map(re.escape, DEPTH_WORDS))}))"
    r"\s+(?:[A-Z][\w#+./-]*\s+){0,2}[A-Z][\w#+./-]*$",
    re.I,
)


def split_lower(text: str) -> list[str]:
    """An English piece cut before lower-case item starts (see _LOWER_OPENER)."""
    out, start = [], 0
    for m in _LOWER_OPENER.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1] if before else ""
        if len(before) < 2 or LEADS_INTO.fullmatch(last) or LEADS_ON_VERB.fullmatch(last):
            continue
        if m.group("ability") and LEADS_INTO.fullmatch(last.lstrip("(")):
            continue  # "… Card (or the ability to get one …)"
        if m.group("article") and _PER.fullmatch(last):
            continue  # "4 days a week, including Saturdays": "a" is "per", no item's article
        # ("the ability to" and an article before adjectives after any word but a verb's forms:
        # "… with young children the ability to …"; bare "ability to" after a noun: "…
        # behaviour ability to …")
        if _FLOOR_END.search(text, start, m.start()) or (
            (m.group("ability") or m.group("article"))
            and not last.endswith(("ing", "ed"))
            and (
                text.startswith("the", m.end())
                or m.group("article")
                or NOUN_END.search(last)
                or (last.endswith("our") and last.lower() != "your")
            )
        ):
            out.append(text[start : m.start()].strip())
            start = m.end()
            continue
        if m.group("ability") or m.group("article"):
            continue
        if last[:1].isupper() and not m.group("adj") and _NAME_MODIFIES.search(text, 0, m.start()):
            continue  # "3+ years of AWS experience with …", "hands-on SAP knowledge of …"
        if not (last[:1].isupper() or (m.group("adj") and NOUN_END.search(last))):
            # "industry experience in …": a noun before it modifies it; "maintain deep
            # knowledge": a verb before it leads into it (an item ends in a name or a noun)
            continue
        out.append(text[start : m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


# A piece that ends in a preposition shares its object with the next ("Solid understanding of
# and demonstrated experience in using … tools"): no cut after it.
_OPEN_PREPOSITION = re.compile(r"\b(?:of|in|with|for|to|about|on|at|from|into)\s*$", re.I)


def split_and(text: str) -> list[str]:
    """An English clause cut where "and" or a comma joins a second requirement (see _EN_AND)."""
    out, start = [], 0
    cuts = sorted(
        [*_EN_AND.finditer(text), *_COMMA_CAPITAL.finditer(text)], key=lambda m: m.start()
    )
    # Where NICE words stand, found once: looking again in the text before and after every cut
    # costs the square of a long run-on piece.
    nice = [(m.start(), m.end()) for m in NICE.finditer(text)] if cuts else []
    starts = [a for a, _ in nice]
    # (nor is a comma inside parentheses a cut: "Experience with WMS systems (e.g. Manhattan,
    # SAP EWM) is a plus" is one nice-to-have)
    opens = [m.start() for m in _PAREN.finditer(text) if m.group(0) == "("] if cuts else []
    closes = [m.start() for m in _PAREN.finditer(text) if m.group(0) == ")"] if opens else []
    for m in cuts:
        if opens and bisect_left(opens, m.start()) > bisect_left(closes, m.start()):
            continue
        if _OPEN_PREPOSITION.search(text, start, m.start()):
            continue
        if m.re is _COMMA_CAPITAL:
            after = bool(nice) and starts[-1] >= m.end()
            first = bisect_left(starts, start)  # the first NICE word at or after the piece start
            before = first < len(nice) and nice[first][1] <= m.start()
            if not after or before:
                continue
        # (a registration or licence held ends a piece of two words: "MPharm degree and current
        # registration with …")
        if _THREE_WORDS.match(text, start, m.start()) or (
            _HELD.match(text, m.end()) and _TWO_WORDS.match(text, start, m.start())
        ):
            out.append(text[start : m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


_THREE_WORDS = re.compile(r"\s*+\S+\s+\S+\s+\S")
_TWO_WORDS = re.compile(r"\s*+\S+\s+\S")
_HELD = re.compile(_HELD_WORDS)
_PAREN = re.compile(r"[()]")
