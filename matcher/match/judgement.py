"""What every verdict rule works with: a Judgement (verdict, score, the line that supports it,
the reason), the Context a rule may look at (profile, similarities, thresholds, language, today,
the per-profile cache), and the readers of the profile's lines they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from matcher.match import cased
from matcher.match.reasons import Reason, render
from matcher.match.semantic import Thresholds
from matcher.vocab import has_chinese

SCORES = {"met": 1.0, "partial": 0.5, "unknown": 0.25, "unmet": 0.0}


@dataclass
class Judgement:
    """One requirement's verdict for one candidate; `sentence` indexes profile["sentences"];
    `typed` is True when decided on parsed values (an unmet must-have then knocks out)."""

    verdict: str
    score: float
    sentence: int | None
    reason: str
    typed: bool
    # the reason as codes and parameters (matcher.match.reasons), where it was built from them:
    # the pages say it again in the reader's language
    codes: tuple = ()


@dataclass
class Context:
    """What a rule may look at: the profile, the calibrated similarity (0-1, semantic.PARTIAL and
    semantic.MET are the verdict cuts) of the requirement with each of its sentences, the model's
    thresholds, the reason language and today's date."""

    profile: dict
    sims: np.ndarray
    th: Thresholds
    lang: str
    today: date
    # shared by every requirement of one profile: what is worth computing once per candidate.
    # The engine's (matcher.match.readings.Cache) keeps its entries for the résumé's next
    # shortlist: store here only what the résumé's lines decide, under a key that says what
    # was read (never a requirement's, job's or date's reading under a generic key)
    cache: dict = field(default_factory=dict)


def reason_language(text: str) -> str:
    """zh when the requirement is written in Chinese, else en."""
    return "zh" if has_chinese(text) else "en"


def judged(
    verdict: str, sentence: int | None, reason: Reason, lang: str, typed: bool = True
) -> Judgement:
    """A judgement whose reason is the code said in the requirement's language, the code kept."""
    return Judgement(verdict, SCORES[verdict], sentence, render(reason, lang), typed, (reason,))


def sentences_of(ctx: Context) -> list[dict]:
    """The profile's sentences (none when it has none)."""
    return ctx.profile.get("sentences") or []


def lowered_text(ctx: Context) -> tuple[str, np.ndarray]:
    """The profile's sentences lower-cased and joined by newlines, with each one's start offset;
    cached per profile."""
    if "lowered" not in ctx.cache:
        lowered = [cased.fold(s["text"]) for s in sentences_of(ctx)]
        starts = np.cumsum([0] + [len(t) + 1 for t in lowered[:-1]])
        ctx.cache["lowered"] = ("\n".join(lowered), starts)
    return ctx.cache["lowered"]


def lines_with(ctx: Context, words: tuple[str, ...]) -> list[int]:
    """Indices of the profile's sentences that contain one of the lower-case `words`, found with
    str.find over the lower-cased sentences joined (several times faster than a search per
    sentence or a regular-expression alternation); cached per profile."""
    if words not in ctx.cache:
        joined, starts = lowered_text(ctx)
        at: list[int] = []
        for word in words:
            i = joined.find(word)
            while i >= 0:
                at.append(i)
                i = joined.find(word, i + 1)
        hits = np.searchsorted(starts, at, side="right") - 1 if at else []
        ctx.cache[words] = sorted(set(np.asarray(hits).tolist()))
    return ctx.cache[words]


def first_sentence(ctx: Context, words: tuple[str, ...], predicate) -> int | None:
    """The first sentence holding one of the hint `words` (vocab.level_hint_words,
    language_hint_words) that the predicate accepts: the scanners (~10 µs a sentence) read
    only those lines."""
    sentences = sentences_of(ctx)
    return next((i for i in lines_with(ctx, words) if predicate(sentences[i]["text"])), None)
