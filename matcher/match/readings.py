"""What the requirements of any job read off one résumé's lines (its lines lower-cased and joined,
the lines holding hint words, concrete acts, titles, facets, the languages it is written in),
kept per résumé across shortlists: a résumé ranked for a second job, or ranked again after the
pool changed, is not read again for what its lines alone decide.

The cache is keyed by the sha256 of the résumé's sentence texts, so it holds only what those
texts decide: never anything that depends on a requirement, a job, today's date or another
field of the profile. It holds line numbers and language names, never the text itself (the
lower-cased text stays with one shortlist: an erased résumé leaves no words here). Bounded: the
least recently used résumés are dropped past KEEP.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

# Résumés whose readings are kept: more than the pre-filter scores in full
# (matcher.match.retrieve.RETRIEVE_ABOVE), so ranking a large pool again finds all of them;
# a few MB per thousand résumés.
KEEP = 4096

_KEPT: OrderedDict[tuple, dict] = OrderedDict()
_LOCK = threading.Lock()


def key(profile: dict) -> tuple:
    """The sha256 of the profile's sentence texts joined, with each text's length (so no two
    lists of lines share a key, whatever newlines they hold)."""
    texts = [s["text"] for s in profile.get("sentences") or []]
    joined = "\n".join(texts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).digest(), tuple(map(len, texts))


def of(profile: dict) -> dict:
    """The readings kept for this résumé's lines (an empty dict the first time; the readers of
    matcher.match.typed and matcher.match.evidence fill it)."""
    k = key(profile)
    with _LOCK:
        found = _KEPT.get(k)
        if found is not None:
            _KEPT.move_to_end(k)
            return found
        found = _KEPT[k] = {}
        while len(_KEPT) > KEEP:
            _KEPT.popitem(last=False)
        return found


# Readings that stay with one shortlist: the résumé's own words, and what its profile's other
# fields decide (its dated work entries: field_experience._work_entries).
PER_SHORTLIST = frozenset({"lowered", "work_entries"})


class Cache(dict):
    """One profile's cache for one shortlist (judgement.Context.cache): it starts with the readings
    kept for the résumé's lines, and what is read into it is kept for the next shortlist too,
    but for PER_SHORTLIST entries."""

    __slots__ = ("kept",)

    def __init__(self, kept: dict):
        super().__init__(kept)  # one C-level copy: atomic under the GIL, whatever other threads add
        self.kept = kept

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if key not in PER_SHORTLIST:
            self.kept[key] = value


def cache_for(profile: dict) -> Cache:
    """A fresh per-shortlist cache for the profile, holding what is kept for its lines."""
    return Cache(of(profile))


def clear() -> None:
    """Forget every résumé's readings (tests, benches that time a first shortlist), and which
    named terms each whole text names (matcher.match.doc_terms, the pre-filter's)."""
    from matcher.match import doc_terms

    with _LOCK:
        _KEPT.clear()
    doc_terms.clear()
