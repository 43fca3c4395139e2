"""Job-description parsing: text in, postings out, each with its sections, duty sentences, typed
qualification requirements and flagged conditions (docs/architecture.md, "Requirement model")."""

from __future__ import annotations

import re
from itertools import groupby

from matcher.errors import ParseError
from matcher.jd.boilerplate import (
    DUTY,
    GIVEN,
    asks_something,
    is_boilerplate,
    states_legal_terms,
)
from matcher.jd.boundaries import learned_cuts_off
from matcher.jd.clauses import Clause, clauses_of
from matcher.jd.column_tables import borders, column_cells
from matcher.jd.heading_words import EN_HEADINGS, SKILL_LIST_HEADINGS
from matcher.jd.labels import FIELD_KINDS, NICE, is_job_fact, label_of
from matcher.jd.lead_ins import announces_requirements
from matcher.jd.prose import prose_clauses
from matcher.jd.requirements import new_requirement, requirements_of
from matcher.jd.run_on import CAPITAL_RUN_ON, split_capitals
from matcher.jd.screening import screening
from matcher.jd.sections import (
    SECTION_KINDS,
    Section,
    criteria_rows,
    is_column_word,
    list_body,
    split_items,
    split_sections,
)
from matcher.jd.shape import (
    opens_requirement,
    reads_as_requirement,
    requirement_runs,
    run_in_pieces,
)
from matcher.jd.skill_list import marked_chunks, segment
from matcher.jd.split import language_of, split_postings
from matcher.jd.traditional import in_own_characters
from matcher.jd.typed import strip_en_lead
from matcher.jd.zh_lines import drop_post_lines
from matcher.vocab import language_mentions

__all__ = ["parse_jd", "parse_requirement"]

# Words that make an item of a skills block a sentence rather than a bare list of skills (so does
# an opening that asks something: "Good critical reasoning and problem solving skills").
# (a preposition, "… switching (BGP, OSPF) on Cisco Catalyst and Nexus", or what a clause asks
# named at its end, "Banking or financial services experience", "CCNP Enterprise or equivalent
# certification", make one too)
_SENTENCE_WORDS = re.compile(
    r"\b(?:with|in|of|is|are|be|to|the|a|an|you|your|we|including|mit|im|der|die|das|ist|sind|von"
    r"|für|on|for|at|from)\b"
    r"|\b(?:experience|certification|certificate|degree|licen[cs]e|qualification)\W*$",
    re.I,
)
_MARKED = re.compile(r"\((?:must|nice)[- ]?(?:to[- ])?have\)", re.I)
# A lead-in that asks its list as questions ("DO YOU:", "Are you:").
_ASKS_QUESTIONS = re.compile(r"(?:do|are) you\s*:", re.I)


def parse_jd(text: str) -> list[dict]:
    """The postings of a JD text, in order. Raises ParseError when there is no text at all or
    only download-site boilerplate; a posting that states no qualifications has no requirements."""
    if not isinstance(text, str) or not text.strip():
        raise ParseError("the job description has no text")
    postings = in_own_characters(text, lambda t: [_posting(*p) for p in split_postings(t)])
    if not postings:
        raise ParseError("the job description holds no posting (only download-site boilerplate)")
    return postings


def parse_requirement(text: str) -> dict | None:
    """One requirement clause read as a JD's requirements section would read it (kind, must,
    values and the typed fields), or None when the clause states none: what an edited
    requirement text means."""
    text = (text or "").strip()
    if not text:
        return None
    heading = "任职要求：" if re.search(r"[\u3400-\u9fff]", text) else "Requirements:"
    try:
        with learned_cuts_off():  # a clause a person gave is one item, not a scraped run-on
            postings = parse_jd(f"{heading}\n{text}\n")
    except ParseError:
        return None
    reqs = postings[0]["requirements"] if postings else []
    return reqs[0] if reqs else None


# A line that opens a point (1. 2、 ① - •): a run of them under no heading lists duties, while
# a header of field lines (Titel / Beginn / sofort / Einsatzort) is no list of duties. The
# indentation stays on its line: across blank lines every line start rescanned the rest.
_POINT = re.compile(
    r"^[^\S\n]*+(?:\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳]|[-•·*▪●]\s)",
    re.M,
)


def _posting(title: str, lines: list[str]) -> dict:
    body = "\n".join(lines).strip()
    raw: dict[str, list[str]] = {kind: [] for kind in SECTION_KINDS}
    duties: list[str] = []
    reqs: list[dict] = []
    flags: list[dict] = []
    screened: tuple[list[dict], list[dict]] = ([], [])
    if language_of(body) == "en":  # a job board's screening answers, read apart
        body, screened = screening(body)
    elif borders(body):  # a notice's table of posts, read apart
        cells, body = column_cells(body)
        _add(reqs, flags, _table_requirements(cells))
    sections = split_sections(body)
    if sections and not any(s.kind in ("duties", "qualifications") for s in sections):
        sections[:1] = _headless(sections[0])
    # a Chinese duties list whose last points ask what the candidate brings ("4.法学本科及以上学历；
    # 5.3年以上企业法务经验…"): those points are its requirements
    sections = [part for section in sections for part in _asked_tail(section)]
    # a list of requirements under no heading, or under one not known as such
    sections = [run for section in sections for run in requirement_runs(section)]
    for section in sections:
        raw[section.kind].append(section.text)
        if section.kind == "qualifications":
            _add(reqs, flags, _qualifications(section))
            continue
        items = split_items(section.text)  # once: on a long scraped line it is the cost
        language = language_of(section.text)
        fields = _field_lines(items, language != "zh")
        _add(reqs, flags, fields)
        if section.kind in ("summary", "duties", "other") and language == "en":
            for clause in prose_clauses(items):
                _add(reqs, flags, requirements_of(clause, True))
        if section.kind == "duties":
            stated = {r["text"] for r in fields[0]}
            duties.extend(i for i in items if i.strip(" ;；。.") not in stated)
    _add(reqs, flags, screened)
    return {
        "title": title,
        "language": language_of(body),
        "sections": {kind: "\n".join(t for t in raw[kind] if t) for kind in SECTION_KINDS},
        "duties": duties,
        "requirements": reqs,
        "flags": flags,
    }


# Point 1 of a numbered list run into a line ("外贸业务员 1.英语六级以上…2.两年以上…").
_FIRST_POINT = re.compile(r"(?<![\d.．])1\s*[.．、](?!\d)")


_NUMBER_BEFORE = re.compile(r"\d{1,2}\s*[.．、)）]\s*$")


def _headless(first: Section) -> list[Section]:
    """The first section of a posting under no duties or qualifications heading: numbered points
    of which most ask something of the candidate (本科学历, 两年以上经验, 熟悉…) are its
    qualifications, from point 1 on; other points on lines of their own list duties."""
    if first.heading:
        return [first]
    start = _FIRST_POINT.search(first.text)
    if start is not None:
        points = split_items(first.text[start.start() :])
        # a board that lists no headings may still put the duties first ("1.负责仓库物料收发…
        # 2.定期盘点… 3.熟练使用ERP系统… 4.高中以上学历…"): they stay duties
        lead = next((k for k, p in enumerate(points) if not DUTY.match(p)), len(points))
        asked = points[lead:]
        if len(asked) >= 2 and sum(map(asks_something, asked)) * 2 > len(asked):
            cut = _point_at(first.text, start.start(), points, lead)
            before = first.text[: start.start()].strip()
            out = [Section("summary", "", before)] if before else []
            if cut > start.start():
                out.append(Section("duties", "", first.text[start.start() : cut]))
            return [*out, Section("qualifications", "", first.text[cut:])]
    if len(_POINT.findall(first.text)) >= 2:
        # A posting of points under no heading ("客服专员岗位职责\n1. …\n2. …") lists duties.
        return [Section("duties", "", first.text)]
    return [first]


def _table_requirements(cells: list[tuple[str, str]]) -> tuple[list[dict], list[dict]]:
    """The requirements of a notice's table cells: a labelled column's cell is a field of its
    kind, a cell of free conditions is read as a list item."""
    reqs: list[dict] = []
    flags: list[dict] = []
    for kind, cell in cells:
        if kind == "conditions":
            for clause in clauses_of([cell], True, False):
                _add(reqs, flags, requirements_of(clause, False))
        else:
            _add(reqs, flags, requirements_of(Clause(cell, kind, not NICE.search(cell)), False))
    return reqs, flags


# What a requirements list opens with: an education floor or years of experience ("本科及以上学历",
# "3年以上…经验", "两年以上…经验").
_TYPED_OPENER = re.compile(
    r"^[^，,。；;]{0,8}?(?:学历|(?:中专|高中|大专|专科|本科|硕士|研究生|博士)(?:及|或)?以上"
    r"|(?:\d{1,2}|[一二两三四五六七八九十])\s*年(?:及|或)?以上[^，,。；;]{0,20}经[验历])"
)


def _asked_tail(section: Section) -> list[Section]:
    """A Chinese duties section whose numbered points turn, after the duties (the first opens
    with one, none asks anything), to what is asked of the candidate, cut in two: the duties, then
    (from the point that states a degree or years of experience) its qualifications, when two
    points or more from there on ask something and no duty follows."""
    if section.kind != "duties" or language_of(section.text) != "zh":
        return [section]
    start = _FIRST_POINT.search(section.text)
    if start is None:
        return [section]
    points = split_items(section.text[start.start() :])
    lead = next((k for k, p in enumerate(points) if k and _TYPED_OPENER.match(p)), None)
    if lead is None or not DUTY.match(points[0]) or any(map(asks_something, points[:lead])):
        return [section]
    # (the page's field lines and buttons may follow: "职能类别：…", but no duty)
    run = next((k for k in range(lead, len(points)) if not asks_something(points[k])), len(points))
    if run - lead < 2 or any(map(DUTY.match, points[run:])):
        return [section]
    cut = _point_at(section.text, start.start(), points, lead)
    if cut <= start.start():
        return [section]
    return [
        Section("duties", section.heading, section.text[:cut].strip(), section.must),
        Section("qualifications", "", section.text[cut:].strip(), section.must),
    ]


def _point_at(text: str, start: int, points: list[str], k: int) -> int:
    """Where point k of the points read from text[start:] begins, its number included (start
    for the first: the numbering tells "2.3年以上" from 2.3 years only when it counts on)."""
    if not k:
        return start
    at = start
    for point in points[: k + 1]:
        found = text.find(point, at)
        if found < 0:
            return start  # (a point split_items rewrote: the list is read whole)
        at = found
    number = _NUMBER_BEFORE.search(text, max(start, at - 6), at)
    return number.start() if number else at


def _add(reqs: list[dict], flags: list[dict], found: tuple[list[dict], list[dict]]) -> None:
    """Append requirements and flags not already there (same kind and text, same language)."""
    new_reqs, new_flags = found
    for req in new_reqs:
        key = (req["kind"], req["text"], req["language"])
        if all((r["kind"], r["text"], r["language"]) != key for r in reqs):
            reqs.append(req)
    for flag in new_flags:
        if all((f["kind"], f["text"]) != (flag["kind"], flag["text"]) for f in flags):
            flags.append(flag)


def _qualifications(section: Section) -> tuple[list[dict], list[dict]]:
    english = language_of(section.text) != "zh"
    text = list_body(section.text) if english else drop_post_lines(section.text)
    items = split_items(text)
    if english:  # a list whose line breaks a scraper lost: "… with Kotlin Love for solving …"
        # (a heading word left alone between two items, "… is a plus Skills Sehr gute …", is
        # no item)
        items = [
            piece
            for item in items
            for piece in run_in_pieces(item)
            if piece.strip(" :").lower() not in EN_HEADINGS
        ]
        # a run-on item that is boilerplate as a whole ("… Current DOT medical card Must pass a
        # drug screen and background check Hazmat endorsement a plus …") keeps those of its
        # pieces (cut at capitalised item starts) that ask something of the candidate
        items = [p for i in items for p in _asking_pieces(i)]
    # what follows the list (its text cut off by list_body) is read as prose
    after = split_items(section.text[len(text) :]) if english and text != section.text else []
    # a lead-in that announces no requirements ("This and more is awaiting you…") ends the list;
    # a list of questions ("Do you: Love being outdoors? Have a passion for …?") ends with them
    questions = english and bool(_ASKS_QUESTIONS.match(section.heading))
    end = next(
        (
            k
            for k, i in enumerate(items)
            if (k and _leads_elsewhere(i)) or (questions and not i.rstrip().endswith("?"))
        ),
        len(items),
    )
    items, after = items[:end], items[end:] + after
    # "Passionate about mobile wallets feeling related to our vision" speaks of the company
    # but asks something of the candidate
    dropped = [(is_boilerplate(i) and not opens_requirement(i)) or is_job_fact(i) for i in items]
    if english and False in dropped:
        # A heading heads its list, not the rest of the posting (a lead-in, "In this position
        # you need to:", or a word, "Skills", when the page's next block has no heading the
        # parser knows): the list ends at the first boilerplate after it (the company's
        # description, the offer, how to apply, the employer's details), unless a requirement
        # follows it.
        first = dropped.index(False)
        end = next(
            (k for k in range(first, len(items)) if dropped[k] and not _asks_next(items, k)),
            len(items),
        )
        after = items[end:] + after
        items, dropped = items[:end], dropped[:end]
    items = [i for i, drop in zip(items, dropped, strict=True) if not drop]
    reqs: list[dict] = []
    flags: list[dict] = []
    if english and section.heading.lower() in SKILL_LIST_HEADINGS:
        # Bare lists ("Java Spring Boot Docker") are split into skills; sentences are clauses.
        listed = [
            i
            for i in items
            if not i.rstrip().endswith((":", "："))
            and not is_column_word(i)
            and (_MARKED.search(i) or not (_SENTENCE_WORDS.search(i) or opens_requirement(i)))
        ]
        _add(reqs, flags, (_skill_list(listed, section.must), []))
        items = [i for i in items if i not in listed]
    german = language_of(section.text) == "de"
    whole = {i.strip(" ;；。.:：") for i in items}  # items already read as no boilerplate
    # a person specification's rows are musts or not as their column says
    for must, rows in groupby(criteria_rows(items), key=lambda row: row[1]):
        group = [text for text, _ in rows]
        for clause in clauses_of(group, section.must if must is None else must, english, german):
            # a clause cut from a run-on item may be a sentence of boilerplate of its own
            if clause.text in whole or not is_boilerplate(clause.text):
                _add(reqs, flags, requirements_of(clause, english))
    # after the list, a sentence may still put a requirement in so many words ("You must
    # however hold a valid visa …")
    for clause in prose_clauses([i for i in after if not is_boilerplate(i)] if english else []):
        _add(reqs, flags, requirements_of(clause, True))
    return reqs, flags


def _asking_pieces(item: str) -> list[str]:
    """The item, or, when a legal statement in it makes it boilerplate as a whole, those of its
    run-on pieces that read as requirements (the company's pitch stays whole)."""
    # (split_capitals cuts long pieces only: a short item is not looked at again)
    if len(item) < CAPITAL_RUN_ON or not states_legal_terms(item) or not is_boilerplate(item):
        return [item]
    pieces = split_capitals(item)
    if len(pieces) == 1:
        return pieces
    return [p for p in pieces if reads_as_requirement(p) or NICE.search(p)]


def _leads_elsewhere(item: str) -> bool:
    """Whether an item leads into a list of something other than requirements ("This and more
    is awaiting you…", "What we offer…")."""
    item = item.strip()
    return item.endswith(("…", "...")) and not announces_requirements(item.rstrip(".…") + ":")


# "Candidates who wish to join us should demonstrate …": a requirement put in the company's voice.
_CANDIDATES_SHOULD = re.compile(
    r"\b(?:candidates?|applicants?)\b[^.;:]{0,40}?\b(?:should|must|will need|need to)\b", re.I
)


def _asks_next(items: list[str], k: int) -> bool:
    """Whether the list goes on past boilerplate item k: it is a heading of the list's own ("WHAT
    ELSE WE WISH FOR", "You will have stronger chances if you"), a requirement put in the
    company's voice ("Scripting skills to build test rigs (we use Jenkins)"), or the item after it
    asks something of the candidate."""
    item = items[k].strip()
    if (
        item.isupper()
        or announces_requirements(item.rstrip(":") + ":")
        or (asks_something(item) and not GIVEN.match(item) and not states_legal_terms(item))
    ):
        return True
    if k + 1 >= len(items):
        return False
    nxt = items[k + 1]
    return asks_something(nxt) or bool(_CANDIDATES_SHOULD.search(nxt))


def _skill_list(items: list[str], must: bool) -> list[dict]:
    """One requirement per skill named in a Must-Have / Nice-to-Have block."""
    reqs: list[dict] = []
    for item in items:
        for chunk, chunk_must in marked_chunks(item, must):
            for skill in segment(strip_en_lead(chunk)):
                skill = strip_en_lead(skill)
                if not skill:
                    continue
                mention = next(iter(language_mentions(skill)), None)
                if mention:
                    req = new_requirement(
                        "language",
                        skill,
                        chunk_must,
                        language=mention["language"],
                        level=mention["level"],
                        values=[mention["language"]],
                    )
                else:
                    req = new_requirement("skill", skill, chunk_must, values=[skill])
                _add(reqs, [], ([req], []))
    return reqs


def _field_lines(items: list[str], english: bool) -> tuple[list[dict], list[dict]]:
    """Requirements stated as "field value" lines outside a qualifications section."""
    reqs: list[dict] = []
    flags: list[dict] = []
    for item in items:
        label, kind, value = label_of(item)
        if kind in FIELD_KINDS and value:
            clause = Clause(item.strip(" ;；。."), kind, not NICE.search(item))
            _add(reqs, flags, requirements_of(clause, english))
    return reqs, flags
