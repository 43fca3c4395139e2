"""A document's numbered blocks ("1. Context", "3. Must-haves", "5. Logistics", as a Google Doc's
job brief numbers them): the lines that go on numbering the headings matcher.jd.headings found."""

from __future__ import annotations

import re

# A document numbers its blocks ("1. Context", "3. Must-haves", "4. Nice-to-haves", "5.
# Logistics", as a Google Doc's brief does): where two known headings are so numbered, a line of
# the same numbering and a short title of its own is a heading too, of a block the vocabulary
# does not know (its items then ask nothing).
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(\d{1,2})[.)][^\S\n]+$")
_NUMBERED_TITLE = re.compile(
    r"^[^\S\n]*(?P<n>\d{1,2})[.)][^\S\n]+(?P<w>[A-Z][\w&'’/-]*(?:[^\S\n]+[\w&'’/-]+){0,3})"
    r"[^\S\n]*:?[^\S\n]*$",
    re.M,
)


def numbered_blocks(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, title) of each numbered line of a document whose headings are numbered (see
    _NUMBERED_TITLE) that goes on from their last number."""
    numbers = set()
    for start, _, _ in found:
        m = _NUMBER_BEFORE.search(text, max(0, start - 8), start)
        if m:
            numbers.add(int(m.group(1)))
    if len(numbers) < 2:
        return []
    # (the next number after the last, after a blank line: not an item of a numbered list)
    out, last = [], max(numbers)
    for m in _NUMBERED_TITLE.finditer(text):
        after_blank = m.start() == 0 or text.endswith("\n\n", 0, m.start())
        if int(m.group("n")) == last + 1 and after_blank:
            out.append((m.start("w"), m.end("w"), m.group("w")))
            last += 1
    return out
