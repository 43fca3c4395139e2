"""Postings in traditional characters (Taiwan's and Hong Kong's boards: 學歷要求, 工作經歷, 者佳)
are read through a simplified fold: each traditional character is replaced by its simplified one
(traditional_chars.txt, from OpenCC), one character for one, so the parser's words and headings
apply; what the parser gives back is put back into the posting's own characters."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("traditional_chars.txt")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A posting is in traditional characters when one in ten of its Chinese characters is one (a
# simplified posting holds none or a stray one: 著, 乾 are simplified characters too).
_SHARE = 0.1
_AT_LEAST = 2


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for k in range(0, len(line) - 1, 2):
            table[ord(line[k])] = line[k + 1]
    return table


def in_own_characters(text: str, parse: Callable[[str], list[dict]]) -> list[dict]:
    """What parse gives for the text, read through the fold when the text is in traditional
    characters and given back in them."""
    folded, back = fold(text)
    postings = parse(folded)
    return [unfold(p, back) for p in postings] if back else postings


def fold(text: str) -> tuple[str, dict[int, str] | None]:
    """(the text in simplified characters, the map back to the posting's own characters), or
    (text, None) when the text is not written in traditional characters."""
    table = _fold_table()
    traditional = sum(1 for ch in text if ord(ch) in table)
    if traditional < _AT_LEAST or traditional < _SHARE * len(_CJK.findall(text)):
        return text, None
    folded = text.translate(table)
    back: dict[int, str] = {}
    for own, simple in zip(text, folded, strict=True):
        if own != simple:
            back.setdefault(ord(simple), own)
    return folded, back


def unfold(value: object, back: dict[int, str]) -> object:
    """A parsed value (a string, or lists and dicts of them) in the posting's own characters."""
    if isinstance(value, str):
        return value.translate(back)
    if isinstance(value, list):
        return [unfold(v, back) for v in value]
    if isinstance(value, tuple):
        return tuple(unfold(v, back) for v in value)
    if isinstance(value, dict):
        return {k: unfold(v, back) for k, v in value.items()}
    return value
