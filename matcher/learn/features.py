"""Explainable features of each candidate for one job, read from the candidate's verdicts and
profile. Nothing that stands for gender, age or origin is a feature, and flagged (unscored)
conditions are left out: only requirements with "scored" true count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

TYPED = frozenset({"education", "experience", "language", "certificate"})

# (name, constraint): the order is the model's column order. +1: the learned score never falls
# as the feature grows (meeting more never ranks anyone down), -1: never rises. The résumé's
# length is not a feature: the graded set's decisions favoured short résumés, and "ranked up:
# 2 lines in the résumé" is no reason a recruiter accepts (5-fold nDCG@10 0.779 with it, 0.757
# without). Nor is how many skills it lists: that count, free in sign, took every item of a
# skills section ("Diwali Dhamaka", "Form 24Q") and lifted an HR executive to first for a
# customer-service lead ("44 skills listed"). What counts is how many of its skills the posting
# names (5-fold nDCG@10: the count listed 0.764, none 0.723, the posting's ones 0.744).
FEATURES: tuple[tuple[str, int], ...] = (
    ("score", 1),  # the verdict score, 0-1
    ("must_met", 1),  # share of scored must-haves met
    ("must_not", -1),  # share of scored must-haves unmet, or unknown with nothing like them
    ("nice_met", 1),  # share of nice-to-haves met
    ("typed_score", 1),  # mean score of education, years, language and certificates
    ("semantic_score", 1),  # mean score of skills, knowledge, competencies, majors
    ("relevance", 1),  # the whole résumé against the whole job (matcher.match.retrieve)
    ("years_over_floor", 1),  # total years / the largest years floor asked, capped at 1
    ("skills", 1),  # the résumé's skills that the posting names
)
NAMES = tuple(name for name, _ in FEATURES)
MONOTONE = tuple(sign for _, sign in FEATURES)


def _count(results: list[dict], verdicts: set[str]) -> int:
    return sum(r["verdict"] in verdicts for r in results)


# The reason of a requirement left unknown on a line similar in tone only (matcher.match.verdicts:
# a clause naming nothing, a line naming none of its words). The verdict does not trust such a
# line; the order reads it apart from a résumé that has nothing like the clause at all: counted
# with the unknowns, it ranked such résumés with the silent ones (learned nDCG@10 0.7668 -> 0.7626).
TONE = "similar_tone"


def _tone_only(results: list[dict]) -> int:
    """How many of the results are unknown on a line similar in tone only."""
    return sum(
        r["verdict"] == "unknown"
        and any(c.get("code") == TONE for c in r.get("reason_codes") or [])
        for r in results
    )


def _mean_score(results: list[dict], default: float) -> float:
    return float(np.mean([r["score"] for r in results])) if results else default


def year_floor(posting: dict) -> float | None:
    """The largest scored years floor the posting asks (None when it asks none)."""
    floors = [
        float(r["min_years"])
        for r in posting.get("requirements") or []
        if isinstance(r.get("min_years"), int | float) and r.get("kind") not in ("age", "gender")
    ]
    return max(floors) if floors else None


_WORD = r"[^\W_\u3400-\u9fff]+"  # letters and digits, not Han: 熟练使用Excel names Excel
_TOKEN = re.compile(rf"{_WORD}(?:[+#]+|(?:[.\-]{_WORD})+)*|[+#]+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_MAX_WORDS = 4


class PostingWords(NamedTuple):
    """The posting's title, requirements and duties, lower-cased, and the runs of up to
    _MAX_WORDS of its words: where its skills are named."""

    text: str
    runs: frozenset[str]


def posting_words(posting: dict) -> PostingWords:
    """The words of the posting that name skills (title, requirements, duties)."""
    parts = [posting.get("title") or ""]
    parts += [r.get("text") or "" for r in posting.get("requirements") or []]
    parts += [d if isinstance(d, str) else d.get("text") or "" for d in posting.get("duties") or []]
    text = "\n".join(parts).lower()
    runs: set[str] = set()
    for line in text.splitlines():
        words = _TOKEN.findall(line)
        for n in range(1, _MAX_WORDS + 1):
            runs.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return PostingWords(text, frozenset(runs))


def named_in(skills: Sequence[str], words: PostingWords) -> int:
    """How many of the skills the posting names: Chinese ones anywhere in its text, others as
    whole words ("Java" is not "JavaScript", "C" is not "C++")."""
    count = 0
    for skill in skills:
        low = skill.lower().strip()
        if not low:
            continue
        if _HAN.search(low):
            count += low in words.text
        else:
            count += " ".join(_TOKEN.findall(low)) in words.runs
    return count


def signals(
    result: dict,
    profile: dict,
    relevance: float,
    floor: float | None,
    words: PostingWords | None = None,
) -> dict:
    """The facts the features are made of, kept with a candidate's result so that ordering a
    stored shortlist reads no profile: counts of must-haves and nice-to-haves met, typed and
    semantic requirement scores, whole-résumé relevance, years against the floor, and how many
    of the résumé's skills the posting (its words, posting_words) names."""
    scored = [r for r in result.get("requirements") or [] if r.get("scored", True)]
    must = [r for r in scored if r.get("must")]
    nice = [r for r in scored if not r.get("must")]
    typed = [r for r in scored if r.get("kind") in TYPED]
    semantic = [r for r in scored if r.get("kind") not in TYPED]
    score = float(result.get("score") or 0.0) / 100.0
    return {
        "score": score,
        "must": len(must),
        "must_met": _count(must, {"met"}),
        "must_not": _count(must, {"unmet", "unknown"}) - _tone_only(must),
        "nice": len(nice),
        "nice_met": _count(nice, {"met"}),
        "typed": len(typed),
        "typed_met": _count(typed, {"met"}),
        "typed_score": round(_mean_score(typed, score), 4),
        "semantic": len(semantic),
        "semantic_met": _count(semantic, {"met"}),
        "semantic_score": round(_mean_score(semantic, score), 4),
        "relevance": round(float(relevance), 4),
        "years": round(float(profile.get("total_years") or 0.0), 1),
        "floor": floor,
        "skills": named_in(profile.get("skills") or [], words) if words else 0,
    }


def row(sig: dict) -> list[float]:
    """One candidate's feature values, in FEATURES order, from its signals."""

    def share(part: str, whole: str) -> float:
        return sig[part] / sig[whole] if sig[whole] else 0.0

    floor = sig.get("floor")
    return [
        sig["score"],
        share("must_met", "must"),
        share("must_not", "must"),
        share("nice_met", "nice"),
        sig["typed_score"],
        sig["semantic_score"],
        sig["relevance"],
        min(sig["years"] / floor, 1.0) if floor else 1.0,
        sig["skills"],
    ]


def matrix(all_signals: Sequence[dict]) -> np.ndarray:
    """The feature matrix (candidates × FEATURES) of one job's candidates."""
    rows = [row(s) for s in all_signals]
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


def job_signals(
    posting: dict, results: Sequence[dict], profiles: Sequence[dict], relevance: Sequence[float]
) -> list[dict]:
    """signals() of each of one job's evaluated candidates."""
    floor = year_floor(posting)
    words = posting_words(posting)
    return [
        signals(r, p, s, floor, words) for r, p, s in zip(results, profiles, relevance, strict=True)
    ]


def within_job(matrix: np.ndarray) -> np.ndarray:
    """Each column as the candidate's place among the job's candidates, from -0.5 (last) to 0.5
    (first), ties sharing their mean place: the model compares candidates of one job with each
    other, never raw values across jobs. A job of one candidate is all 0."""
    from scipy.stats import rankdata

    n = len(matrix)
    if n < 2:
        return np.zeros_like(matrix)
    return (rankdata(matrix, axis=0) - 1) / (n - 1) - 0.5
