"""What an English (or German) requirement looks like wherever it stands, under no heading: "3+
years of …", "Strong knowledge of …", "Proficient in …", "Degree in …", "… is a plus". A run of
such items under no requirements heading (or under one the parser does not know: "Skills mindset
and experiences exciting to us…", "Sie sollten folgende Anforderungen mitbringen:") is the
posting's requirements list; what a duty looks like ("Design, build …", "You will …") is not."""

from __future__ import annotations

import re

from matcher.jd.boilerplate import DUTY, is_boilerplate
from matcher.jd.heading_words import EN_HEADINGS
from matcher.jd.labels import DE_HEDGES
from matcher.jd.sections import Section, split_items

# How an item that states a requirement begins: an optional few qualifiers, then the noun of
# what is asked ("Solid hands-on experience", "In-depth knowledge", "Very good command").
_QUALIFIER = (
    r"(?:very|really|highly|extremely|strong|good|solid|excellent|great|in-depth|deep|advanced"
    r"|basic|proven|hands-on|hands on|sound|profound|extensive|broad|working|practical|prior"
    r"|previous|relevant|demonstrated|demonstrable|additional|some|first|thorough|outstanding"
    r"|comprehensive|professional|technical|minimum|min\.|at least|\d+\+?(?:\s*[-–]\s*\d+)?"
    r"\s*(?:years?|yrs)(?: of)?|several|many|a|an)"
)
_OPENS = re.compile(
    # ("Good object-oriented development experience": a qualifier may stand a few words off)
    rf"^(?:{_QUALIFIER}[\s,]+){{0,4}}(?:(?<=\s)[\w/-]+\s+){{0,3}}?(?:knowledge|experience|experiences|understanding|proficiency"
    r"|expertise|familiarity|command|level of|skills|background|degree|bachelor(?:'s|’s)?"
    r"|master(?:'s|’s)?"
    r"|ph\.?d|university|education|certification|track record|fluency)\b"
    r"|^(?:the\s+)?(?:proficient|familiar|fluent|experienced|skilled|competent|comfortable|knowledgeable"
    # (not the board's invitation: "Interested and qualified candidates should send …")
    r"|passionate|passion|interest|interested(?!\s+(?:and\s+\w+\s+)?(?:candidates|applicants)\b)"
    r"|willing|willingness|ability|able|capable"
    r"|bs|ba|bsc|msc|ms|mba|b\.sc|m\.sc)\b"
    r"|^(?:minimum|at least)\s+(?:of\s+)?\d",
    re.I,
)
# A requirement's tail wherever the item starts ("ABAP OO is a plus", "Kotlin preferred").
_NICE_TAIL = re.compile(
    r"\b(?:is|are|would be|will be) (?:a |an )?(?:big |huge |strong |definite |absolute |real |clear )?"
    r"(?:plus|advantage|bonus|must|(?:good |nice |great |welcome |valuable )?addition)\b|\bnice to have\b"
    r"|\bpreferred\b|\badvantageous\b|\b(?:would be|will be) (?:very |highly )?(?:beneficial|useful|regarded)\b"
    r"|\b\d+\+?\s*(?:[-–]\s*\d+\s*)?(?:years?|yrs)\b",
    re.I,
)
_GERMAN = re.compile(
    r"^(?:(?:sehr|gute|guten|fundierte|mehrjährige|tiefe|erste|umfangreiche|langjährige"
    r"|nachweisbare|abgeschlossenes?)\s+)*(?:kenntnisse|erfahrung|berufserfahrung|studium"
    r"|ausbildung)\b|\bvon vorteil\b|\bwünschenswert\b",
    re.I,
)
_BULLET = re.compile(r"^[\s*•·\-–]+")
# Experience named at the end of its qualifier's noun phrase ("Previous turboprop or commercial
# airline experience", "Prior B2B SaaS sales experience").
_QUALIFIED_EXPERIENCE = re.compile(
    r"^(?:previous|prior|relevant|proven)\s[^.;:]{0,60}\bexperience$", re.I
)
# What "you" does in a sentence that states a requirement ("You have …", "You speak …").
YOU_VERBS = "have|hold|are|can|know|speak|master|possess|bring|enjoy|like|love|thrive|understand"
# The verbs a list of what the candidate has or is opens its items with, after "that you:".
_ITEM_VERBS = (
    "Have|Are|Be|Work|Set|Show|Enjoy|Like|Love|Speak|Know|Focus|Possess|Hold|Bring|Thrive"
    # (Greenhouse's "You might be a good fit if you: … Communicate findings clearly …")
    "|Communicate|Write|Understand|Can|Care|Take|Want|Stay|Keep"
)
# Where a scraper lost the line break before a requirement: a capitalised opener right after a
# lower-case word or a closing parenthesis ("… our vision In-depth knowledge of the Android SDK
# … a plus Degree in Computer Science …").
_RUN_IN = re.compile(
    # after a nice-to-have's last word, any capitalised word starts the next item
    r"(?:(?<=\bplus)|(?<=\badvantage)|(?<=\bpreferred))\s+(?=[A-Z])"
    # a lead-in of the next list run into the last item ("… or similar This and more is
    # awaiting you…")
    r"|(?<=[a-z)])\s+(?=[A-Z])(?=[^.…:]{0,60}…)"
    # a label in capitals with its colon ("… service experience BRING: resume, copy of …")
    r"|(?<=[a-z)])\s+(?=[A-Z]{3,}:\s)"
    # the company's description of itself run into the last item ("… would be useful Acme Bank
    # is a global leader …", "<ORGANIZATION> is …")
    r"|(?<=[a-z0-9)])\s+(?=[A-Z<])(?=(?P<company>(?:<[A-Z_]+>\s*)+(?:is|are|has|was|offers)\s"
    # (a name that is a want of its own, "… experience Mandarin is an asset", is cut here too;
    # one that is an added advantage is the end of its clause: "… or Probationary QS is an added
    # advantage")
    r"|(?:(?!You\s)[A-Z][\w&'’.-]*\s+){1,3}(?:is|are) (?:a|an|the|one of) (?!(?:big |huge |strong "
    r"|added )?(?:plus|bonus|must|advantage|requirement))))"
    # (every opener starts with a capital or a digit: looked at first, a lower-case word fails
    # at once)
    r"|(?<=[A-Za-z0-9):])\s+(?=[A-Z0-9])(?=(?:(?:Very |Really )?(?:In-depth|Strong|Solid|Good|Excellent|Proven|Deep"
    r"|Advanced|Basic|Hands-on|Extensive|Working|Practical|Prior|Previous|Relevant|Demonstrated"
    r"|Sound|Profound|Additional)\s+(?:[\w-]+\s+){0,2}?(?:knowledge|experience|understanding"
    r"|command|skills|proficiency|expertise)"
    r"|(?:Experience|Knowledge|Understanding|Proficiency|Familiarity|Expertise)\s+(?:with|in|of)"
    r"|(?:Proficient|Familiar|Fluent|Experienced|Skilled|Confident|Comfortable)\s+(?:in|with)"
    # ("… in plain English Confident using Microsoft 365")
    r"|(?:Confident|Comfortable)\s+(?:using|working)"
    r"|(?P<degree>(?:Degree|Bachelor'?s?|Master'?s?|BS|BA|BSc|MSc)\s+(?:degree\s+)?(?:in|of))"
    r"|(?:The )?(?:Ability|Able|Willingness|ability|willingness) to|(?:Background|Interest) in"
    r"|(?:Love|Passion) for"
    r"|(?:Minimum|At least)\s+(?:of\s+)?\d|(?P<years>\d+\+?\s*(?:years?|yrs)\s+of)"
    r"|(?:Sehr gute|Gute|Fundierte|Tiefe|Erste|Mehrjährige|Langjährige) (?:Kenntnisse|Erfahrung)"
    r"|(?P<noun>(?:Kenntnisse|Erfahrung) (?:in|mit|von)))\b)"
    # what the company (or its client) is or does, run into the last item ("… Focus on safety
    # The company's products are sold worldwide")
    r"|(?<=[a-z0-9)])\s+(?=The (?:company|firm|group|client|customer)(?:'s|’s)?\s)"
    # the next "You have / You are …" statement ("… within IT and Business You are an excellent
    # communicator"): a capital "You" after a lower-case word starts a sentence
    rf"|(?<=[a-z)\"”])\s+(?=You (?:{YOU_VERBS})\s)"
    # the next of a list of bare verbs after "… that you:" / "Do you:" ("Have a forklift licence
    # Work independently Set high standards …"); the word before is checked in run_in_pieces
    rf"|(?<=[a-z)])\s+(?=(?P<verb>{_ITEM_VERBS})\s+[a-z])"
)
# A statement of the pay run into the last item ("… (FHIR, X12) The base salary range for this
# role is …", "… Actual pay depends on …"): the pay transparency a law asks of the page. (Read
# apart, only where a pay word stands: at every space of every item it was the cost.)
_PAY_WORD = re.compile(r"salary|pay|compensation|wage", re.I)
_PAY_RUN_IN = re.compile(
    r"(?<=[a-z0-9)])(?<!\bThe)(?<!\bOur)(?<!\bActual)(?<!\bbase)(?<!\bannual)(?<!\bhourly)"
    r"(?<!\bstarting)(?<!\bestimated)\s+(?=(?:The |Our |Actual )?(?:base |annual |hourly |starting "
    r"|estimated )?(?:salary|pay|compensation|wage)(?: range| rate| band| scale)?\s+(?:for|is|of"
    r"|will|ranges?|depends?|reflects?|varies|offered)\b)"
)
# (not after a word that leads into the verb: "… and Work", "… to Be")
_VERB_LEADS = frozenset(
    [*["and", "or", "to", "you", "we", "they", "who", "that", "will", "can", "must", "should"]]
    + [*["may", "not", "also", "the", "a", "an", "of", "in", "for", "with", "at", "on", "by"]]
)
_DEGREE_LEADS = _VERB_LEADS | frozenset(
    [*["relevant", "related", "completed", "finished", "academic", "technical", "suitable"]]
    + [*["appropriate", "accredited", "university", "recognised", "recognized", "hold", "have"]]
    + [*["has", "holds", "possess", "possesses"]]
    # the degree's own name before its noun: "at least a Bachelor's Degree in …"
    + [*["bachelor's", "bachelor’s", "master's", "master’s", "associate's", "associate’s"]]
    + [*["bachelor", "master", "associate", "honours", "honors", "doctoral", "undergraduate"]]
    # (a Scrum Master is a role: "Erfahrung als Scrum Master in einem Entwicklungsteam")
    + ["scrum"]
)
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
# (a name of four words opens the item too: "Prairie Sky Medical Center is an Equal …")
# (a name's small words are the name's: "The City of | Elm River is an …")
_JOINED_NAME = re.compile(r"(?<!\S)(?:[A-Z][\w&'’.-]*\s+){1,3}(?:of|and|&)\s*$")
_NAME_WORDS = re.compile(r"\s*(?:[A-Z][\w&'’.-]*\s*){1,3}")
_LEADS_TO_NUMBER = frozenset(
    [*["minimum", "min.", "min", "have", "has", "having", "with", "and", "or", "a", "to"]]
    + [*["total", "over", "about", "approximately", "least", "of", "than", "plus", "requires"]]
    + [*["required", "need", "needs", "bring", "brings", "be"]]  # ("must be 21 years of age")
)
_DE_SENTENCE = re.compile(r"\s*(?:Sie|Du|Ihr|Wir)\s")
_DE_ADJECTIVES = frozenset(
    [*["gute", "guten", "sehr", "fundierte", "fundierten", "tiefe", "tiefen", "erste", "ersten"]]
    + [*["mehrjährige", "langjährige", "umfangreiche", "solide", "nachweisbare", "praktische"]]
    + [*["einschlägige", "fachliche", "technische"]]
    # a count of years leads into its experience: "Mindestens 3 Jahre Erfahrung in …"
    + [*["jahre", "jahren", "monate", "monaten"]]
    # a hedge opens the item it qualifies ("Idealerweise Erfahrung mit PHP"): no item of its own
    + [*DE_HEDGES, "zusätzlich", "gerne"]
)


def run_in_pieces(item: str) -> list[str]:
    """An item cut where a scraper ran the next requirement into it (see _RUN_IN), or a
    statement of the pay into it (_PAY_RUN_IN)."""
    if _PAY_WORD.search(item):
        parts = _PAY_RUN_IN.split(item)
        if len(parts) > 1:
            return [piece for part in parts for piece in run_in_pieces(part)]
    out, start = [], 0
    company_end = 0  # where the company's name run into the item ends: no cut inside it
    for m in _RUN_IN.finditer(item):
        if m.group("company") is not None:
            # ("… is a plus Whitcombe Hale LLP is an equal opportunity employer": one cut, before
            # the name, not one before each of its words)
            if m.start() < company_end or _NAME_WORDS.fullmatch(item, start, m.start()):
                continue
            # (a name's small word joins its words: "… driving record The County of Lake Ridge
            # is an …" is cut before "The", the name's first word, and not inside it)
            joined = _JOINED_NAME.search(item, start, m.start())
            if joined is not None:
                company_end = m.end("company")
                if joined.start() > start:
                    out.append(item[start : joined.start()])
                    start = joined.start()
                continue
            # (a name after a word that leads into it is the same item's: "… and truffle for
            # Solidity is a good addition")
            before = _WORD_BEFORE.search(item, start, m.start())
            if before is not None and before.group(1).lower() in _VERB_LEADS:
                continue
            company_end = m.end("company")
        if m.group("years"):
            # "Have minimum 3 years of …", "with 5 years of …": the number goes with its words
            before = _WORD_BEFORE.search(item, start, m.start())
            if before is None or before.group(1).lower() in _LEADS_TO_NUMBER:
                continue
        if m.group("verb"):
            before = _WORD_BEFORE.search(item, start, m.start())
            if before is None or before.group(1).lower() in _VERB_LEADS:
                continue
        if m.group("degree"):
            # "Hold a relevant MSc degree in …": the degree goes with its article or adjective
            before = _WORD_BEFORE.search(item, start, m.start())
            if before is not None and before.group(1).lower() in _DEGREE_LEADS:
                continue
        if m.group("noun"):
            # a German noun opens an item after a noun, not after its adjective ("gute Kenntnisse")
            before = _WORD_BEFORE.search(item, start, m.start())
            if before is None or not before.group(1)[0].isupper():
                continue
            if before.group(1).lower() in _DE_ADJECTIVES or _DE_SENTENCE.match(item, start):
                continue  # "Sie haben … Erfahrung in Java Kenntnisse in Spring" is a sentence
        out.append(item[start : m.start()])
        start = m.end()
    out.append(item[start:])
    return [piece.strip() for piece in out if piece.strip()]


def opens_requirement(item: str) -> bool:
    """True when an item opens with what a requirement asks ("Passionate about …", "Strong
    knowledge of …"), whatever else it names (our vision, our stack)."""
    text = _BULLET.sub("", item).strip()
    return bool(text) and not DUTY.match(text) and bool(_OPENS.match(text))


def reads_as_requirement(item: str) -> bool:
    """True when an item reads as a requirement put to the candidate, not as a duty."""
    text = _BULLET.sub("", item).strip()
    if not text or DUTY.match(text) or text.endswith((":", "…", "...")):
        return False  # a lead-in ("Skills mindset and experiences exciting to us…") heads a list
    return bool(
        _OPENS.match(text)
        or _NICE_TAIL.search(text)
        or _GERMAN.search(text)
        or _QUALIFIED_EXPERIENCE.match(text)
    )


RUN_MIN = 3  # items that read as requirements: two in a row are as likely a duty list's chance
_GAP = 1  # an item between two requirements ("Love for solving technical challenges …") joins


def requirement_runs(section: Section) -> list[Section]:
    """The section with each run of requirement items in it (see reads_as_requirement) cut out as
    a qualifications section of its own; the section itself when it holds none."""
    if section.kind == "qualifications":
        return [section]
    items = [piece for item in split_items(section.text) for piece in run_in_pieces(item)]
    shaped = [reads_as_requirement(i) for i in items]
    if sum(shaped) < RUN_MIN:
        return [section]
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(items):
        if not shaped[k]:
            k += 1
            continue
        end, count = k + 1, 1
        while end < len(items):
            if shaped[end]:
                end, count = end + 1, count + 1
                continue
            gap = end
            while gap < len(items) and gap - end < _GAP and not shaped[gap]:
                gap += 1
            between = items[end:gap]
            if (
                gap < len(items)
                and shaped[gap]
                and not any(map(is_boilerplate, between))
                and not any(i.strip(" :").lower() in EN_HEADINGS for i in between)
            ):
                end = gap
                continue
            break
        if count >= RUN_MIN:
            runs.append((k, end))
        k = end
    if not runs:
        return [section]
    out: list[Section] = []
    prev = 0
    for start, end in runs:
        if start > prev:
            out.append(Section(section.kind, section.heading, "\n".join(items[prev:start])))
        out.append(Section("qualifications", "", "\n".join(items[start:end]), section.must))
        prev = end
    if prev < len(items):
        out.append(Section(section.kind, section.heading, "\n".join(items[prev:])))
    return out
