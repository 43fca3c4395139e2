"""Which named terms a résumé's whole text names, kept per text across shortlists: the large-pool
pre-filter (matcher.match.retrieve) asks terms.share of every résumé of the pool, and a second
ranking of the pool, or a job asking the same names (Java, Excel, English), finds the answers
here instead of reading each text again.

Kept under the sha256 of the text (matcher.resume.sentences.document, the column the store
keeps beside each profile), so a changed profile is a new key and its old answers are never
read; each answer is only how much a term counts towards a share (1, 0.5 for a kind named by its
own word, 0), never the text or what in it names the term. Bounded: the least recently used
texts are dropped past KEEP.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from matcher.match import terms

# Texts whose answers are kept: a pool of this size ranked again finds all of them (about 0.3
# KB a text with a few terms).
KEEP = 32768

_KEPT: OrderedDict[bytes, dict[int, float]] = OrderedDict()
# each distinct term a small number, so that a text's answers are keyed by an int (a Term's
# own hash walks its fields); Terms are equal when their name, words and kind are
_IDS: dict[terms.Term, int] = {}
_LOCK = threading.Lock()


def key(text: str) -> bytes:
    """The sha256 digest of the text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def term_ids(named: terms.Named) -> tuple[int, ...]:
    """The kept numbers of the terms, in their order (read once per requirement)."""
    with _LOCK:
        return tuple(_IDS.setdefault(t, len(_IDS)) for t in named.terms)


def answers(keys: list[bytes]) -> list[dict[int, float]]:
    """The kept answers of each text (a new empty dict the first time; share fills it)."""
    out = []
    with _LOCK:
        for k in keys:
            found = _KEPT.get(k)
            if found is None:
                found = _KEPT[k] = {}
            else:
                _KEPT.move_to_end(k)
            out.append(found)
        while len(_KEPT) > KEEP:
            _KEPT.popitem(last=False)
    return out


def share(named: terms.Named, ids: tuple[int, ...], lowered: str, kept: dict[int, float]) -> float:
    """terms.share(named, lowered), each term's answer read from `kept` (the text's answers)
    or read from the text and kept there: the same sums in the same order, so the same float."""

    def count(i: int, term: terms.Term) -> float:
        got = kept.get(ids[i])
        if got is None:
            got = kept[ids[i]] = terms.term_count(term, lowered)
        return got

    return terms.share(named, lowered, count)


def clear() -> None:
    """Forget every text's answers (tests, benches that time a first shortlist)."""
    with _LOCK:
        _KEPT.clear()
