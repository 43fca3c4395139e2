"""Lower-casing that keeps what the case said: product names that are also ordinary English words
("office", "excel", "word", "access", "outlook"). The verdict readers match names on lower-cased
lines; written in lower case in prose ("Helping the GES office staff", "in a word", "access to
the plant", "excel in teamwork"), these words name no Microsoft software, so `fold` hides them
there. The product spelling names it: capitalised (Office, Excel, Word), after MS / Microsoft
("ms office"), in a list of tools ("word, excel, powerpoint", "excel/word") or alone on its line
(a listed item: "excel", "- outlook 2016"). Hidden words keep their length, so offsets into the
lower-cased text stay those of the lines (judgement.lowered_text, engine.Batch.lowered).

The same holds for a few technology names that are ordinary English words, where their ordinary
use is plain from the words around them (ORDINARY): "a robotic arm" names no ARM, "go live" or
"go-live" no Go, "react to changes" no React, "the rest of the team" no REST. Only a lower-case
word is doubtful; the name's own spelling (ARM, Go, React, REST) or a list names it."""

from __future__ import annotations

import re

from matcher.vocab import PRODUCT_WORDS

WORDS = PRODUCT_WORDS
# a hidden word's letters: no pattern of the readers matches it, and it is no word character
MASK = "\u00b7"
_TOOLS = r"office|excel|word|access|outlook|powerpoint|power point|ppt|visio|onenote|sharepoint"
_PRODUCT_BEFORE = re.compile(r"(?:\bms|\bmicrosoft|\bm\.s\.)[\s\-]*$", re.I)
_LISTED_BEFORE = re.compile(rf"\b(?:{_TOOLS})\s*(?:[,/&|;+(]|\band\b)\s*(?:ms\s+)?$", re.I)
_LISTED_AFTER = re.compile(rf"^\s*(?:[,/&|;+)]|\band\b)\s*(?:ms\s+)?(?:{_TOOLS})\b", re.I)
_ITEM_REST = re.compile(r"[\W\d_]*")  # what may stand beside a listed item on its line


# Technology names that are ordinary words, each with its ordinary use in lower-case prose: the
# word is hidden where the pattern matches it (a listed item still names the product). Lower-case
# "rest service" or "working with react and redux" is the product, and is kept.
ORDINARY: dict[str, re.Pattern] = {
    # ARM is written in capitals (ARM templates, ARM Cortex); the lower-case word is a limb
    "arm": re.compile(r"\barm\b"),
    # go live, go-live, to go, we go: a verb; the language is Go or Golang
    "go": re.compile(
        r"\bgo(?=[- ]live\b|[- ]to\b| ahead\b| through\b| beyond\b| back\b| on\b| out\b"
        r"| into\b| with\b| for\b| abroad\b)|(?:\bto|\bwill|\bcan|\blet's|\bwe|\bi|\bthey) go\b"
    ),
    "react": re.compile(
        r"\breact(?= (?:to|quickly|promptly|fast|flexibly|immediately|appropriately|calmly)\b)"
    ),
    "rest": re.compile(
        r"(?:\bthe |\bat |\bfor the )rest\b|\brest(?= of\b| (?:and|or) (?:relax|recover))"
    ),
}

# What a requirement asks where hiding the words can change a reading: one of them, a kin of
# them (isa.PEERS' office suite), a Chinese item written as them (办公软件, 电子邮件) or one of
# the ordinary-word technology names.
_ASKS = re.compile(
    rf"{_TOOLS}|ms project|microsoft project|办公|邮件|电邮|\barm\b|\bgo\b|golang|\breact"
    r"|\brest(?:ful)?\b",
    re.I,
)


def asked(texts: list[str]) -> bool:
    """Whether any of a posting's requirement texts asks what the hidden words could name: where
    none does, folding changes no reading, and a shortlist skips it (about 70 ms for 1,000
    résumés of three thousand characters)."""
    return any(_ASKS.search(t) for t in texts)


def _is_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def names_product(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at text[start:end] names the product: after MS / Microsoft,
    beside another tool in a list, or alone on its line."""
    if _PRODUCT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _LISTED_BEFORE.search(text, max(0, start - 20), start) or _LISTED_AFTER.search(
        text[end : end + 20]
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _ITEM_REST.fullmatch(text, line_start, start) and _ITEM_REST.fullmatch(text, end, line_end)
    )


def fold(text: str, lowered: str | None = None) -> str:
    """text.lower() (or `lowered`, that text lower-cased) with each product word written in lower
    case as an ordinary word hidden (MASK letters, the same length)."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # İ: lower() changed the length, offsets would not hold
        return lowered
    hide: list[tuple[int, int]] = []
    for word, ordinary in ORDINARY.items():
        if word not in text:  # case-sensitive: only a word written in lower case is doubtful
            continue
        for m in ordinary.finditer(text):
            at = text.find(word, m.start(), m.end())
            end = at + len(word)
            if at >= 0 and not _is_letter(text, end) and not names_product(text, at, end):
                hide.append((at, end))
    for word in WORDS:
        at = text.find(word)  # case-sensitive: only a word written in lower case is doubtful
        while at >= 0:
            end = at + len(word)
            if (
                not _is_letter(text, at - 1)
                and not _is_letter(text, end)
                and not names_product(text, at, end)
            ):
                hide.append((at, end))
            at = text.find(word, end)
    if not hide:
        return lowered
    out, last = [], 0
    for start, end in sorted(hide):
        out += [lowered[last:start], MASK * (end - start)]
        last = end
    out.append(lowered[last:])
    return "".join(out)
