"""Job-description parsing: text in, postings out, each with its sections, duty sentences, typed
qualification requirements and flagged conditions (docs/architecture.md, "Requirement model")."""

from __future__ import annotations

import re
from itertools import groupby

from matcher.errors import ParseError
from matcher.extract.text import job_posting_json, markup_left
from matcher.jd.boilerplate import (
    GIVEN,
    asks_something,
    is_boilerplate,
    page_numbers,
    print_margins,
    states_legal_terms,
)
from matcher.jd.boundaries import learned_cuts_off
from matcher.jd.clauses import Clause, clauses_of
from matcher.jd.column_tables import cell_lines, column_cells, has_table
from matcher.jd.heading_words import EN_HEADINGS, SKILL_LIST_HEADINGS
from matcher.jd.labels import (
    EN_EDUCATION_FIELD,
    EN_YEARS_FIELD,
    FIELD_KINDS,
    INNER_LABEL,
    NICE,
    NOT_REQUIRED,
    is_job_fact,
    label_of,
)
from matcher.jd.lead_ins import announces_requirements
from matcher.jd.prose import de_prose_clauses, prose_clauses
from matcher.jd.requirements import first_degree_aside, new_requirement, requirements_of
from matcher.jd.run_on import CAPITAL_RUN_ON, split_capitals
from matcher.jd.screening import screening
from matcher.jd.sections import (
    SECTION_KINDS,
    Section,
    criteria_rows,
    criterion_codes,
    is_column_word,
    list_body,
    page_wrapped,
    spec_grid,
    split_items,
    split_sections,
    wrapped_items,
)
from matcher.jd.shape import (
    opens_requirement,
    reads_as_requirement,
    requirement_runs,
    run_in_pieces,
)
from matcher.jd.skill_list import marked_chunks, segment
from matcher.jd.split import language_of, split_postings
from matcher.jd.statement_starts import cut_statement
from matcher.jd.traditional import in_own_characters
from matcher.jd.typed import strip_en_lead
from matcher.jd.unheaded import asked_sections
from matcher.jd.zh_lines import (
    csv_records,
    drop_post_lines,
    labelled_records,
    letter_spaced,
    wrapped_lines,
)
from matcher.vocab import language_mentions

__all__ = ["parse_jd", "parse_requirement"]

# Words that make an item of a skills block a sentence rather than a bare list of skills (so does
# an opening that asks something: "Good critical reasoning and problem solving skills").
# (a preposition, "… switching (BGP, OSPF) on Cisco Catalyst and Nexus", or what a clause asks
# named at its end, "Banking or financial services experience", "CCNP Enterprise or equivalent
# certification", make one too)
_SENTENCE_WORDS = re.compile(
    r"\b(?:with|in|of|is|are|be|to|the|a|an|you|your|we|including|mit|im|der|die|das|ist|sind|von"
    r"|für|on|for|at|from"
    # (German function words: "Zertifizierung als ScrumMaster (…)", not "und" alone, which
    # joins the last two tags of a list: "HTML5, CSS und JS Framework Bootstrap")
    r"|als|einer|eines|einem|eine|ein|wie|insbes|zur|zum|auf|aus|bei|über)\b"
    # (a compound cut short before "und": "Kommunikations- und Konfliktmanagement")
    r"|\w-\s+(?:und|oder)\b"
    r"|\b(?:experience|certification|certificate|degree|licen[cs]e|qualification)\W*$"
    # (and so does a word of how well the candidate does it: "Computer literate (MS Office)")
    r"|\b(?:literate|proficient|skilled|fluent|familiar|experienced|knowledgeable)\b",
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
    text = job_posting_json(text)  # (a career page's JSON-LD JobPosting, scraped as text)
    text = markup_left(text)  # (a scraper's text with its tags and entities left in)
    text = print_margins(text)  # (a page printed from a browser: its headers and footers)
    text = page_numbers(text)  # (a document printed to PDF: page numbers, running heads)
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


def _posting(title: str, lines: list[str]) -> dict:
    body = "\n".join(lines).strip()
    raw: dict[str, list[str]] = {kind: [] for kind in SECTION_KINDS}
    duties: list[str] = []
    reqs: list[dict] = []
    flags: list[dict] = []
    screened: tuple[list[dict], list[dict]] = ([], [])
    if language_of(body) == "en":  # a job board's screening answers, read apart
        body, screened = screening(body)
        body = letter_spaced(body)  # (a poster's headings set apart letter by letter)
        body = spec_grid(body)  # (a person specification's grid, a row a criterion)
        body = criterion_codes(body)  # (its rows coded E1, E2 … / D1, D2 …)
        body = page_wrapped(body)  # (a printed page's lines, broken inside a sentence)
        body = wrapped_items(body)  # (a bulleted item the page's width broke)
    else:
        body = csv_records(body)  # (an ATS's export of its posts as CSV)
        body = letter_spaced(body)  # (a poster's words set apart letter by letter)
        body = wrapped_lines(body)  # (a poster's lines broken inside its clauses)
        body = labelled_records(body)  # (a post's record of labels and values, a field a line)
        body = cell_lines(body)  # (a table pasted from a PDF, a cell a line)
        if has_table(body):  # a notice's table of posts, read apart
            cells, body = column_cells(body)
            _add(reqs, flags, _table_requirements(cells))
    sections = asked_sections(split_sections(body), body)
    # a list of requirements under no heading, or under one not known as such
    sections = [run for section in sections for run in requirement_runs(section)]
    for section in sections:
        raw[section.kind].append(section.text)
        if section.kind == "qualifications":
            _add(reqs, flags, _qualifications(section))
            continue
        items = split_items(section.text)  # once: on a long scraped line it is the cost
        language = language_of(section.text)
        # (a header of facts may run on from the heading 工作地点 itself)
        head = f"{section.heading}：{section.text}" if section.heading else section.text
        fields = _field_lines(items, language != "zh", _header_facts(head, language))
        _add(reqs, flags, fields)
        if section.kind in ("summary", "duties", "other") and language == "en":
            for clause in prose_clauses(items):
                _add(reqs, flags, requirements_of(clause, True))
        if section.kind in ("summary", "duties") and language == "de":
            for clause in de_prose_clauses(items):
                _add(reqs, flags, requirements_of(clause, True))
        if section.kind == "duties":
            stated = {r["text"] for r in fields[0]}
            duties.extend(i for i in items if i.strip(" ;；。.") not in stated)
    _add(reqs, flags, screened)
    first_degree_aside(reqs)
    return {
        "title": title,
        "language": language_of(body),
        "sections": {kind: "\n".join(t for t in raw[kind] if t) for kind in SECTION_KINDS},
        "duties": duties,
        "requirements": reqs,
        "flags": flags,
    }


def _table_requirements(cells: list[tuple[str, str]]) -> tuple[list[dict], list[dict]]:
    """The requirements of a notice's table cells: a labelled column's cell is a field of its
    kind, a cell of free conditions is read as a list item."""
    reqs: list[dict] = []
    flags: list[dict] = []
    for kind, cell in cells:
        # (a table's note: its flagged conditions and typed asks; a date or counting rule asks
        # nothing)
        if kind == "note":
            for clause in clauses_of([cell], True, False):
                found_reqs, found_flags = requirements_of(clause, False)
                _add(reqs, flags, ([r for r in found_reqs if r["kind"] != "other"], found_flags))
        elif kind == "conditions":
            for clause in clauses_of([cell], True, False):
                _add(reqs, flags, requirements_of(clause, False))
        else:
            _add(reqs, flags, requirements_of(Clause(cell, kind, not NICE.search(cell)), False))
    return reqs, flags


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
        # (under a heading of names, "Certifications: BLS, ACLS Must have …", a piece of names
        # that is no boilerplate stays too)
        names = section.heading.lower() in SKILL_LIST_HEADINGS
        items = [p for i in items for p in _asking_pieces(i, names)]
        if "behavio" in section.heading.lower():  # (a run of behaviours' names, see _names_run)
            items = [p for i in items for p in _names_run(i)]
    else:  # a post's own fields run into its asking fields ("招聘人数：2 学历要求：大专及以上 …")
        items = [p for i in items for p in (_inner_fields(i) if INNER_LABEL.search(i) else [i])]
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


# "Must" and what the candidate must do or be ("Must hold …", "Must reside in Rustenburg or
# surrounding areas"), not what they must not
_MUST_DO = re.compile(r"Must\s+(?!not\b)[a-z]")


def _asking_pieces(item: str, names: bool = False, statement: bool = True) -> list[str]:
    """The item, or, when a legal statement in it makes it boilerplate as a whole, those of its
    run-on pieces that read as requirements (the company's pitch stays whole); under a heading
    of names (names), also those that are no boilerplate."""
    # (a legal statement run onto the item's end is cut off first, at its subject: "…
    # between facilities Acme Staffing is an Equal Opportunity Employer.")
    # (the statement itself is not cut again)
    cut = cut_statement(item) if statement else [item]
    if len(cut) > 1:
        return [*_asking_pieces(cut[0], names), *_asking_pieces(cut[1], names, statement=False)]
    # (split_capitals cuts long pieces only: a short item is not looked at again)
    if len(item) < CAPITAL_RUN_ON or not states_legal_terms(item) or not is_boilerplate(item):
        return [item]
    pieces = split_capitals(item)
    if len(pieces) == 1:
        return pieces
    asking = [bool(reads_as_requirement(p) or NICE.search(p) or _MUST_DO.match(p)) for p in pieces]
    # (the pieces up to the last that asks something are the list's items, the legal statement
    # or the pitch after it: "… Some exposure to AutoCAD … Clear written and verbal communication
    # Bonus if you've done a placement Please note: … unable to sponsor visas …")
    last = max((k for k, a in enumerate(asking) if a), default=-1)
    return [
        p
        for k, p in enumerate(pieces)
        if asking[k] or ((names or k < last) and not is_boilerplate(p))
    ]


# A run of names in Title Case, small words aside ("Making Effective Decisions Communicating and
# Influencing Delivering at Pace": the behaviours a Civil Service selection assesses, their lines
# joined); each name opens with a verb's -ing form.
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w'’-]*|and|at|of|the|a|an|with|for|to|in)\s+)+")
_GERUND = re.compile(r"(?<=[A-Za-z])\s+(?=[A-Z][a-z]+ing\b)")


def _names_run(item: str) -> list[str]:
    """The item cut before each capitalised -ing word that follows a capitalised word, when the
    item is a run of Title Case names (see _TITLE_RUN); else the item whole."""
    if not _TITLE_RUN.fullmatch(item.strip() + " ") or not _GERUND.search(item):
        return [item]
    out, start = [], 0
    for m in _GERUND.finditer(item):
        before = item[: m.start()].split()[-1]
        if before[0].isupper():
            out.append(item[start : m.start()])
            start = m.end()
    return [*out, item[start:]]


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
    asks something of the candidate or is a nice-to-have."""
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
    return (
        asks_something(nxt)
        or bool(_CANDIDATES_SHOULD.search(nxt))
        or bool(_ENDS_NICE.search(nxt.strip()))
    )


# An item that ends by saying it is wanted, not required ("TWIC card a plus", "Forklift ticket
# preferred"): a nice-to-have of the list, after a legal item as before it.
_ENDS_NICE = re.compile(
    r"\b(?:(?:is |would be |will be )?a plus|preferred|desirable|desired|advantageous"
    r"|(?:is |would be |will be )?an? (?:added )?advantage)[.!]?$",
    re.I,
)


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


def _inner_fields(item: str, own: bool = False) -> list[str]:
    """A Chinese item cut at the field labels inside it when it is page text (a post's own field
    line run into its asking fields, "招聘人数：2 学历要求：大专及以上"), or, with own, a field's
    line itself ("学历要求：本科及以上  学位要求：学士及以上"); else the item whole."""
    if (own and label_of(item)[1] in FIELD_KINDS) or is_boilerplate(item):
        return INNER_LABEL.split(item)
    return [item]


# A page's header of the post's facts, opening with where it is or when it was posted ("工作地点：长
# 沙、常州   招聘人数：20   学历：本科/硕士   发布时间：2026-10-15"): its fields are facts, as
# "深圳-龙岗区 | 学历：高中 | 经验：不限" are, not requirements.
_HEADER_FACTS = re.compile(r"(?:^|(?<=\s))(?:工作地点|工作城市|发布时间|发布日期)[:：][^\n]*")


def _header_facts(text: str, language: str) -> str:
    """The text's header of facts (see _HEADER_FACTS) when it holds three fields or more."""
    m = _HEADER_FACTS.search(text) if language == "zh" else None
    return m.group(0) if m and len(re.findall(r"[:：]", m.group(0))) >= 3 else ""


def _field_lines(
    items: list[str], english: bool, header: str = ""
) -> tuple[list[dict], list[dict]]:
    """Requirements stated as "field value" lines outside a qualifications section (not the
    items of a page's header of facts)."""
    reqs: list[dict] = []
    flags: list[dict] = []
    # (a field's line that holds a second field holds two, "学历要求：本科及以上  学位要求：学士及
    # 以上", and so does a post's own field line run into them, "招聘人数：1 学历要求：…"; not a
    # header line, "深圳-龙岗区 | 学历：高中 | 经验：不限")
    pieces = [
        piece
        for item in items
        if not (header and item.strip() in header)
        for piece in (
            _inner_fields(item, own=True) if not english and INNER_LABEL.search(item) else [item]
        )
    ]
    for item in pieces:
        label, kind, value = label_of(item)
        found = [(item, kind, value)]
        if english and kind is None:
            found = [(m.group(0), "experience", m.group("value")) for m in _years_fields(item)]
            # (and its schooling's, "Education: Vocational", "Degree Disciplines: …")
            found += [
                (
                    m.group(0),
                    "major" if "Discipline" in m.group("label") else "education",
                    m.group("value"),
                )
                for m in EN_EDUCATION_FIELD.finditer(item.strip())
            ]
        for text, kind, value in found:
            if kind in FIELD_KINDS and value and not NOT_REQUIRED.match(value):  # (学历：不限)
                clause = Clause(text.strip(" ;；。."), kind, not NICE.search(text))
                _add(reqs, flags, requirements_of(clause, english))
    return reqs, flags


def _years_fields(item: str) -> list[re.Match]:
    """A board's header field of the years asked in the item ("Experience: > 5 years")."""
    m = EN_YEARS_FIELD.search(item.strip())
    return [m] if m else []
