"""Which of a résumé's lines name a requirement's terms, and which one to quote: the lines
holding a word of a term (found with str.find on the lower-cased lines), whether each names one,
and how many it names. What a résumé's lines and the terms alone decide is kept with the
résumé's readings (matcher.match.readings) as line numbers and integers, never text."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from matcher.match import evidence, terms


def quoted(
    named: terms.Named,
    zh_terms: list[str],
    lines: list[int],
    sentences: list[dict],
    sims: np.ndarray,
    cache: dict,
) -> int | None:
    """The line to quote among lines that name a term (_naming_line). How many terms each line
    names is decided by its lines and the terms alone, so it is kept with the résumé's readings
    (matcher.match.readings), as integers by line number."""
    key = ("term counts", named, tuple(zh_terms))
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
    for term in named:
        words.update(s.split()[0] for s in terms.spellings(term.name.lower()))
        for word in term.words:
            words.add(word)
            words.update(n.split()[0] for n in terms.IMPLIED_BY.get(word, ()))
    for item in zh_terms:
        for word in (item.lower(), *evidence.content_words(item)):
            words.add(word)
            words.update(evidence.ALIASES.get(word, ()))
    return tuple(sorted(words))


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
    the most of them, then a short line over a long list or paragraph (a recruiter sees the term
    at once), the most similar on a tie; None when no line names one. `counts`: [line number,
    twice the number of terms it names] of the lines read so far (integers only, as the kept
    readings hold; one append per line, so shortlists reading at once never mismatch a line and
    its count)."""
    best, best_key = None, None
    known = dict(counts)
    for i in lines:
        text = sentences[i]["text"]
        if i in known:
            count = known[i] / 2
        else:
            count = _count_named(named, zh_terms, text)
            counts.append([i, round(2 * count)])
        if not count:
            continue
        # a statement over a bare link (its address may hold names: bitbucket.org/…); more
        # terms; a short line (the listed item, a statement) over a long list or paragraph
        key = (not _is_link(text), count, len(text) <= _ITEM, float(sims[i]), -i)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _is_link(text: str) -> bool:
    """Whether a line is a link and nothing else (what it names is in its address)."""
    return ("://" in text or "www." in text) and " " not in text.strip()


def _count_named(named: terms.Named, zh_terms: list[str], text: str) -> float:
    """How many of the requirement's terms one line names (a kind named only by its own word,
    "cloud-based", counts half, as in terms.coverage)."""
    lowered = text.lower()
    cover = terms.coverage(named, lowered) if len(named) else None
    found = len(cover.found) + 0.5 * len(cover.loose) if cover else 0
    return found + sum(evidence.names(t, lowered, share=0.5) for t in zh_terms)


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
    lowered = text.lower()
    return (len(named) > 0 and terms.names_one(named, lowered)) or any(
        evidence.names(t, lowered, share=0.5) for t in zh_terms
    )
