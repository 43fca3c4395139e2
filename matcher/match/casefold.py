"""IGNORECASE patterns read on lower-cased text, which scans about twice as fast: the lower-case
pattern compiled without re.IGNORECASE finds on text.lower() what the IGNORECASE one finds on
the text, at the same positions, unless the text holds one of UNSAFE. Checked on every cased
Unicode character for ASCII letters, ä ö ü ß and caseless characters (Chinese), \\w, \\s and \\b
(tests/test_match_casefold.py): İ is the only character whose lower case is longer (it shifts
positions), ı and ſ are the only ones IGNORECASE matches to an ASCII letter that lower() does
not give. The résumé readers of a first shortlist use it on the batch's lower-cased lines."""

from __future__ import annotations

import re
from functools import lru_cache

UNSAFE = frozenset("İıſ")
# what UNSAFE leaves in lower-cased text: İ becomes i + U+0307, ı and ſ stay
_UNSAFE_LOWERED = ("\u0307", "ı", "ſ")


def safe(lowered: str) -> bool:
    """Whether lower-cased text may be read with lowered_pattern (a combining dot above, which
    İ leaves, sends any text back to the IGNORECASE pattern)."""
    return not any(c in lowered for c in _UNSAFE_LOWERED)


@lru_cache(maxsize=256)
def lowered_pattern(pattern: re.Pattern) -> re.Pattern:
    """The IGNORECASE pattern without the flag, for lower-cased text; its literals must be
    lower-case (ValueError otherwise: an upper-case one would never match there)."""
    source = pattern.pattern
    literal = "" if isinstance(source, bytes) else re.sub(r"\\[A-Za-z]", "", source)
    if isinstance(source, bytes) or literal != literal.lower():
        raise ValueError(f"not a lower-case text pattern: {source!r}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)
