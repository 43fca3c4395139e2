"""A learned second opinion on where a scraped English run-on line breaks: at each place where a
word is followed by a capitalised word, a digit, "(" or a bullet glyph with no sentence
punctuation between them, a logistic regression over cheap features (the words around it, their
case shape, a requirement frame or a certificate ahead, the next word a skill name) gives the
chance that one requirement ends there. The coefficients are fitted by
bench/bench_jd_boundaries.py --fit and shipped in boundary_model.json."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from matcher.errors import ModelError
from matcher.jd.run_on import LEADS_INTO, LEADS_ON_VERB, NOUN_END
from matcher.resume.skills import SKILL_LEXICON

MODEL_PATH = Path(__file__).with_name("boundary_model.json")

_TOKEN = re.compile(r"\S+")
# sentence punctuation and a comma (the rules' own breaks), and a connector ("Bachelor / Master",
# "2 - 3 years") that joins the words around it
_STOP = frozenset(".;:!?,/&-–")
_NEXT_START = re.compile(r"[A-Z0-9(•·●▪◆➢*]")
# The words a requirement opens with in a scraped list (see clause_breaks.EN_OPENERS), and a
# licence, card or language held.
_FRAME = frozenset(
    [
        "must",
        "have",
        "be",
        "are",
        "ability",
        "experience",
        "knowledge",
        "proficiency",
        "proficient",
        "valid",
        "current",
        "active",
        "bilingual",
        "understanding",
        "familiarity",
        "strong",
        "excellent",
        "good",
        "solid",
        "proven",
        "demonstrated",
        "working",
        "minimum",
        "bachelor",
        "bachelor's",
        "master",
        "master's",
        "degree",
        "high",
        "associate",
        "certified",
        "licensed",
        "able",
        "willingness",
        "fluent",
        "fluency",
        "previous",
        "prior",
        "preferred",
        "knowledgeable",
        "skilled",
        "basic",
        "advanced",
        "expert",
        "expertise",
        "one",
        "two",
        "three",
        "four",
        "five",
        "at",
    ]
)
_YEARS = re.compile(r"\d+\+?(?:\s*[-–]\s*\d+)?\s*(?:years?|yrs|months?)\b", re.I)
_ARTICLES = frozenset(["the", "a", "an", "our", "your", "their", "its", "these", "those", "this"])
_DETERMINERS = frozenset(
    ["following", "these", "those", "this", "that", "every", "each", "all", "both"]
)
_NUMBERED = re.compile(r"\d{1,3}(?:%|[).])")
_CERT = re.compile(r"certif|licen[cs]e|card\b|registration|clearance", re.I)
_NICE = re.compile(r"preferred|plus|advantage|desirable|desired|required|essential|a must", re.I)
_EDGE = re.compile(r"^\W+|\W+$")


_SKILL_WORDS = frozenset(w for name in SKILL_LEXICON for w in name.lower().split())


def _shape(word: str) -> str:
    """A word's case shape: lower, Title, UPPER, digit or other."""
    core = _EDGE.sub("", word)
    if not core:
        return "close" if word[-1] in ")]}" else "punct"
    if core[0].isdigit():
        return "digit"
    if core.islower():
        return "lower"
    if core.isupper():
        return "upper"
    if core[0].isupper() and core[1:].islower():
        return "title"
    return "mixed"


def _bare(word: str) -> str:
    """A word lower-cased without the punctuation around it."""
    return _EDGE.sub("", word).lower()


def candidates(text: str) -> list[tuple[int, int, int]]:
    """(end of the word before, start of the word after, index of the word after) for every
    place a requirement could end unmarked; tokens are found once, so this is linear."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return [
        (spans[i - 1][1], spans[i][0], i)
        for i in range(1, len(spans))
        if text[spans[i - 1][1] - 1] not in _STOP
        and _NEXT_START.match(text, spans[i][0])
        # (a word that ends in a colon is a label's last word, "Hands-on Experience:": where the
        # label begins is the rules' to find)
        and text[spans[i][1] - 1] != ":"
        # (a determiner ends nothing: "the following Azure services")
        and text[spans[i - 1][0] : spans[i - 1][1]].lower() not in _DETERMINERS
    ]


def features(words: list[str], i: int, text: str, start: int) -> list[str]:
    """The features of the place before words[i] (start: its offset in text)."""
    prev, nxt = words[i - 1], words[i]
    prev2 = words[i - 2] if i >= 2 else "^"
    next2 = words[i + 1] if i + 1 < len(words) else "$"
    p, n, n2 = _bare(prev), _bare(nxt), _bare(next2)
    out = [
        f"p1={p}",
        f"n1={n}",
        f"n2={n2}",
        f"p2={_bare(prev2)}",
        f"ps={_shape(prev)}",
        f"ns={_shape(nxt)}",
        f"n2s={_shape(next2)}",
        f"ps_ns={_shape(prev)}_{_shape(nxt)}",
        f"ns_n2s={_shape(nxt)}_{_shape(next2)}",
    ]
    if n in _FRAME:
        out.append("frame")
    if _YEARS.match(text, start):
        out.append("years")
    elif _NUMBERED.match(nxt):
        out.append("numbered")  # a share or an item's number: "20% …", "3) …"
    elif nxt[0].isdigit():
        out.append("bare_number")  # a count of nothing named, a level, a model number
    ahead = words[i : i + 5]
    if any(_CERT.search(w) for w in ahead):
        out.append("cert_ahead")
    if any(_NICE.search(w) for w in words[i : i + 7]):
        out.append("nice_ahead")
    if prev.endswith(")"):
        out.append("paren_prev")
    if nxt.startswith("("):
        out.append("paren_next")
    if p.islower() and NOUN_END.search(p):
        out.append("noun_end")
    if LEADS_INTO.fullmatch(p) or LEADS_ON_VERB.fullmatch(p):
        out.append("leads_in")
    if _bare(prev2) in _ARTICLES:
        out.append("article_before")  # "the following Azure services": inside a noun phrase
    if n in _SKILL_WORDS:
        out.append("skill_next")  # a tool named in a list goes on the list
    if any(w.endswith(",") for w in words[max(0, i - 4) : i]):
        out.append("comma_before")
    if any(w.endswith(",") for w in words[i : i + 3]):
        out.append("comma_after")
    return out


_KEYS = ("threshold", "min_chars", "intercept", "weights")


@lru_cache(maxsize=1)
def _model() -> dict:
    """The shipped model, read once."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"{MODEL_PATH}: unreadable boundary model ({e})") from e
    if not isinstance(data, dict) or any(k not in data for k in _KEYS):
        raise ModelError(f"{MODEL_PATH}: boundary model lacks one of {', '.join(_KEYS)}")
    return data


def probabilities(text: str, model: dict | None = None) -> list[tuple[int, int, float]]:
    """(end of the word before, start of the word after, chance of a break) at each candidate."""
    model = model or _model()
    weights, bias = model["weights"], model["intercept"]
    words = _TOKEN.findall(text)
    out = []
    for end, start, i in candidates(text):
        z = bias + sum(weights.get(f, 0.0) for f in features(words, i, text, start))
        out.append((end, start, 1.0 / (1.0 + math.exp(-z))))
    return out


# Off while one clause a person gave is read (matcher.jd.parse_requirement): the reader was
# learned on scraped lines that run items together, and a given clause is one item.
_ACTIVE: ContextVar[bool] = ContextVar("learned_cuts", default=True)


@contextmanager
def learned_cuts_off() -> Iterator[None]:
    """No learned cuts inside the block; the rules' cuts stay."""
    token = _ACTIVE.set(False)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def split_learned(text: str, model: dict | None = None) -> list[str]:
    """A long piece the rules left whole, cut where the learned reader is confident."""
    if not _ACTIVE.get():
        return [text]
    model = model or _model()
    if len(text) < model["min_chars"]:
        return [text]
    out, begin = [], 0
    for end, start, prob in probabilities(text, model):
        if prob >= model["threshold"]:
            out.append(text[begin:end].strip())
            begin = start
    out.append(text[begin:].strip())
    return [piece for piece in out if piece]
