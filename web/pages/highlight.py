"""Split résumé text into plain and highlighted segments on the server, so templates can print
every piece through Jinja's autoescape (no |safe, no HTML built from user text)."""

from __future__ import annotations

from dataclasses import dataclass

# Where two evidence spans overlap, the stronger verdict's colour wins.
_STRENGTH = {"met": 3, "partial": 2, "unmet": 1, "unknown": 0}


@dataclass(frozen=True)
class Span:
    """A highlighted range [start, end) of the text, its verdict class and anchor id."""

    start: int
    end: int
    verdict: str
    anchor: str
    title: str = ""


@dataclass(frozen=True)
class Segment:
    """A piece of the text; `span` is None for plain text."""

    text: str
    span: Span | None = None
    anchor: str | None = None  # set on the first segment of each span only: ids are unique


def locate(text: str, evidence: str | None, start: int | None, end: int | None) -> tuple[int, int]:
    """The offsets of the evidence in text: given offsets when they fit, else a search for the
    quoted sentence; (-1, -1) when it cannot be found."""
    fits = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if fits and (not evidence or text[start:end].strip() == evidence.strip()):
        return start, end
    if evidence:
        needle = evidence.strip()
        pos = text.find(needle) if needle else -1
        if pos >= 0:
            return pos, pos + len(needle)
    return -1, -1


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut text into segments; overlapping spans are clipped so each character is in at most one
    highlight, the stronger verdict first."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    # Paint strongest first so weaker spans only take the characters left free.
    valid.sort(key=lambda s: (-_STRENGTH.get(s.verdict, 0), s.start, s.anchor))
    owner: list[Span | None] = [None] * len(text)
    for span in valid:
        for i in range(span.start, span.end):
            if owner[i] is None:
                owner[i] = span
    out: list[Segment] = []
    seen: set[str] = set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owner[j] is owner[i]:
            j += 1
        span = owner[i]
        anchor = None
        if span is not None and span.anchor not in seen:
            seen.add(span.anchor)
            anchor = span.anchor
        out.append(Segment(text[i:j], span, anchor))
        i = j
    return out
