"""Postings in traditional characters (Taiwan's and Hong Kong's boards: 學歷要求, 工作經歷, 者佳)
are read through a simplified fold: each traditional character is replaced by its simplified one
(OpenCC's traditional-to-simplified conversion of the character alone, from the `opencc`
package), one character for one, so the parser's words and headings apply; what the parser gives
back is put back into the posting's own characters."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import opencc

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A posting is in traditional characters when one in ten of its Chinese characters is one (a
# simplified posting holds none or a stray one: 著, 乾 are simplified characters too).
_SHARE = 0.1
_AT_LEAST = 2


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplified(ch: str) -> str | None:
    """The simplified character a traditional one folds to, None when it is none (a simplified
    or shared character, or one that converts to more than one character)."""
    out = _converter().convert(ch)
    return out if len(out) == 1 and out != ch else None


def _fold_table(text: str) -> dict[int, str]:
    """The fold of the text's traditional characters: {code point: simplified character}."""
    table = {}
    for ch in set(_CJK.findall(text)):
        simple = _simplified(ch)
        if simple is not None:
            table[ord(ch)] = simple
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
    table = _fold_table(text)
    if len(table) < _AT_LEAST:  # no traditional character, or one stray (most postings)
        return text, None
    chinese = _CJK.findall(text)
    traditional = sum(1 for ch in chinese if ord(ch) in table)
    if traditional < _AT_LEAST or traditional < _SHARE * len(chinese):
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
