"""Which of a résumé's lines name a requirement's terms, and which one to quote: the lines
holding a word of a term (found with str.find on the lower-cased lines), whether each names one,
and how many it names. What a résumé's lines and the terms alone decide is kept with the
résumé's readings (matcher.match.readings) as line numbers and integers, never text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from matcher.match import cased, evidence, quotes, terms


def quoted(
    named: terms.Named,
    zh_terms: list[str],
    lines: list[int],
    sentences: list[dict],
    sims: np.ndarray,
    cache: dict,
) -> int | None:
    """The line to quote among lines that name a term (_naming_line). How many terms each line
    names, and whether it names nothing else, is decided by its lines and the terms alone, so it
    is kept with the résumé's readings (matcher.match.readings), as integers by line number."""
    key = ("term line marks", named, tuple(zh_terms))
    if (counts := cache.get(key)) is None:
        counts = cache[key] = []  # set, not setdefault: readings.Cache keeps what is set
    return _naming_line(named, zh_terms, lines, sentences, sims, counts)


def words_of(named: terms.Named, zh_terms: list[str]) -> tuple[str, ...]:
    """Words one of which any line naming a term holds (cached per requirement)."""
    return _words_of(named, tuple(zh_terms))


@lru_cache(maxsize=1024)
def _words_of(named: terms.Named, zh_terms: tuple[str, ...]) -> tuple[str, ...]:
    """Words one of which any line naming a term holds: each term's words, its other spellings
    (Postgres for PostgreSQL), what implies them (CentOS for Linux), the Chinese items' content words and aliases."""
    words: set[str] = set()
    # (a spelling's longest word: a line naming it holds that word too, and "c sharp" or "ms
    # sql" by their first words would make nearly every line a candidate)
    for term in named:
        words.update(_longest(s) for s in terms.spellings(term.name.lower()))
        for word in term.words:
            words.add(word)
            words.update(_longest(n) for n in terms.IMPLIED_BY.get(word, ()))
    for item in zh_terms:
        for word in (item.lower(), *evidence.content_words(item)):
            words.add(word)
            words.update(evidence.ALIASES.get(word, ()))
    return tuple(sorted(words))


def _longest(name: str) -> str:
    """A name's longest word."""
    return max(name.split(), key=len)


_ITEM = 80  # characters: a line read at a glance (a listed item, a statement), not a paragraph


def _naming_line(
    named: terms.Named,
    zh_terms: list[str],
    lines: list[int],
    sentences: list[dict],
    sims: np.ndarray,
    counts: list[list[int]],
) -> int | None:
    """The line to quote for named terms: a statement before a bare link, then the one naming
    the most of them, then a line of the work history (a project naming it: "Orchestrierung der
    Systemadministration mit Ansible") over a skills list, where a recruiter sees the term used
    (only where the clause asked experience with them until stop 23: preferring it for every
    clause moved evidence support over the open sets 0.788 -> 0.791, fresh7 0.750 -> 0.786,
    own 0.833 -> 0.815, no verdict), then one naming them itself over one naming only what
    implies them ("Java 8" over "SpringBoot, Hibernate, Gradle" for Java), then a line that is
    the name alone ("Jenkins", "Proxmox", "SAP Fiori 2.0") over one naming it among other
    things ("Scrum JIRA Confluence Ansible Docker Jenkins", "AWS S3"), then a short line over a
    long list or paragraph (a recruiter sees the term at once), then in the work history a
    statement over a list ("Integration der APIs mit dem Frontend (Angular 5)" over a
    project's "SpringBoot, OAuth2, Redis, …, Angular 5"; a skills list's lines are lists by
    nature), the most similar on a tie; None when no line names one. `counts`: [line number,
    eight times the number of terms it names, plus two where it names them itself (not only
    through what implies them), plus one where the line is the name alone] of the lines read
    so far (integers only, as the kept readings hold; one append per line, so shortlists
    reading at once never mismatch a line and its reading)."""
    best, best_key = None, None
    known = dict(counts)
    for i in lines:
        text = sentences[i]["text"]
        if i not in known:
            found, implied = _count_named(named, zh_terms, text)
            count = round(2 * found)
            bare = count > 0 and alone(named, zh_terms, text)
            known[i] = 4 * count + 2 * (count > 0 and not implied) + bare
            counts.append([i, known[i]])
        count, itself, bare = known[i] // 4 / 2, known[i] // 2 % 2, known[i] % 2
        if not count:
            continue
        # a statement over a bare link (its address may hold names: bitbucket.org/…); more
        # terms; work over a skills list; a line naming them itself over one naming only what
        # implies them ("Java 8" over "SpringBoot, Hibernate, Gradle" for Java); the name
        # alone; a short line (the listed item, a statement) over a long list or paragraph; in
        # the work history, a statement over a list
        worked = sentences[i].get("section") in evidence.WORK_SECTIONS
        key = (
            not _is_link(text),
            count,
            worked,
            itself,
            bare,
            len(text) <= _ITEM,
            not (worked and quotes.is_list(text)),
            float(sims[i]),
            -i,
        )
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


# A version or a number beside a name ("SAP Fiori 2.0", "SAP BPC 10.x", "Java 11", "v3"):
# no other thing named.
_VERSION = re.compile(r"^v?\d[\d.x]*$")
# What stands around a listed item: punctuation, brackets, bullets.
_NOT_WORD = re.compile(r"[\W_]+")


def alone(named: terms.Named, zh_terms: list[str], text: str) -> bool:
    """Whether a line is the name of one of the terms and nothing else (a version aside): a
    listed item ("Jenkins", "ABAP-OO", "Proxmox" for virtualization, "办公软件"), not a line naming
    it among other things ("Scrum JIRA Confluence Ansible Docker Jenkins", "AWS S3")."""
    lowered = cased.fold(text)
    words = [w for w in terms.words_of(lowered) if not _VERSION.match(w)]
    if words and set(words) <= _name_words(named):
        return True
    bare = _NOT_WORD.sub("", lowered)
    return bool(bare) and any(
        bare == _NOT_WORD.sub("", form)
        for item in zh_terms
        for form in (item.lower(), *evidence.ALIASES.get(item.lower(), ()))
    )


@lru_cache(maxsize=1024)
def _name_words(named: terms.Named) -> frozenset[str]:
    """The words a line holding only names of the terms is made of: each term's words, the
    names that imply them (CentOS for Linux), a kind's members and its own words."""
    words: set[str] = set()
    for term in named:
        names = [*term.words, *(n for w in term.words for n in terms.IMPLIED_BY.get(w, ()))]
        if term.category is not None:
            names += [*term.category.members, *term.category.words]
        for name in names:
            words |= terms.words_of(name)
    return frozenset(words)


def _is_link(text: str) -> bool:
    """Whether a line is a link and nothing else (what it names is in its address)."""
    return ("://" in text or "www." in text) and " " not in text.strip()


def _count_named(named: terms.Named, zh_terms: list[str], text: str) -> tuple[float, bool]:
    """(how many of the requirement's terms one line names, a kind named only by its own word,
    "cloud-based", counting half as in terms.coverage; whether it names a name only through
    what implies it: "Java (hibernate)" of a line listing Hibernate)."""
    lowered = cased.fold(text)
    cover = terms.coverage(named, lowered) if len(named) else None
    found = len(cover.found) + 0.5 * len(cover.loose) if cover else 0
    implied = bool(cover) and any(
        how != term.name and how.startswith(f"{term.name} (")
        for term in named.terms
        if term.category is None
        for how in cover.found
    )
    return found + sum(evidence.names(t, lowered, share=0.5) for t in zh_terms), implied


def holding(
    named: terms.Named,
    zh_terms: list[str],
    sentences: list[dict],
    lowered: str,
    cache: dict,
    education: bool,
) -> tuple[list[int], Callable[[int], bool]]:
    """(the lines holding a word of one of the terms, whether line i of them names one), among
    the education lines and numbered there when `education`. Both are kept with the résumé's
    readings (matcher.match.readings: its lines and the terms alone decide them), as line
    numbers and marks (1 names one, 0 not, -1 not read yet): a line is read once, when asked."""
    key = ("term lines", education, named, tuple(zh_terms))
    if key not in cache:
        lines = evidence.lines_with_words(words_of(named, zh_terms), sentences, lowered)
        cache[key] = [lines, [-1] * len(lines)]
    lines, marks = cache[key]
    at = {line: k for k, line in enumerate(lines)}

    def names_line(i: int) -> bool:
        k = at[i]
        if marks[k] < 0:  # several shortlists may read it at once: all write the same mark
            marks[k] = int(names_any(named, zh_terms, sentences[i]["text"]))
        return marks[k] == 1

    return list(lines), names_line


def names_any(named: terms.Named, zh_terms: list[str], text: str) -> bool:
    """Whether one line names one of the requirement's terms."""
    lowered = cased.fold(text)
    return (len(named) > 0 and terms.names_one(named, lowered)) or any(
        evidence.names(t, lowered, share=0.5) for t in zh_terms
    )
