"""Semantic verdicts: the cosine of a requirement with each résumé sentence (from the encoder) fused
with lexical overlap, mapped to met / partial / unmet by thresholds calibrated per model.

Calibration uses the project's own hand-written pairs (calibration_pairs.json), never the probe the
benchmark measures on; thresholds are computed once per model id and kept for the process (one
encode call of about 150 short texts, cached like every other vector)."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from matcher.match.lexical import LexicalModel
from matcher.vocab import has_chinese

CALIBRATION_PAIRS = Path(__file__).with_name("calibration_pairs.json")
ALPHAS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
MET_FPR = 0.10  # at the met threshold, at most this share of calibration negatives pass
_cache: dict[str, Thresholds] = {}
_lock = threading.Lock()

# A best line that denies the topic ("只能上白班", "no driving licence") is no evidence for it.
NEGATION = re.compile(
    r"没有|无法|不能|不会|不具备|尚未|未曾|只能|仅能|较差|正在备考|备考中|"
    r"\b(?:not|no|never|cannot|can't|don't|doesn't|without|lack|lacking|limited|only)\b|"
    r"studying for|preparing for|working towards|"
    r"\b(?:kein|keine|keinen|nicht|ohne)\b",
    re.IGNORECASE,
)


PAIR_KINDS = ("latin", "zh", "cross")  # scripts of (requirement, sentence): same-script or not
MIN_GROUP = 12  # a pair kind with fewer calibration pairs uses the thresholds of all pairs
MET, PARTIAL = 2 / 3, 1 / 3  # verdict cuts on the calibrated scale


def is_zh(texts: list[str]) -> np.ndarray:
    """True for each text that holds Chinese characters."""
    return np.array([has_chinese(t) for t in texts], dtype=bool)


def pair_kinds(req_zh: np.ndarray, sent_zh: np.ndarray) -> np.ndarray:
    """Index into PAIR_KINDS for each (sentence, requirement): 0 latin, 1 zh, 2 cross."""
    same = sent_zh[:, None] == req_zh[None, :]
    return np.where(same, np.where(req_zh[None, :], 1, 0), 2).astype(np.int8)


@dataclass(frozen=True)
class Thresholds:
    """Fusion weight and, per pair kind (latin / zh / cross), the fused similarity at which a
    line partially meets and meets a requirement: fused = alpha*cos + (1-alpha)*lexical. The
    model's similarity level differs by language, so each kind is calibrated on its own pairs."""

    model_id: str
    alpha: float
    met: tuple[float, float, float]
    partial: tuple[float, float, float]
    auc: float
    pairs: int

    def fuse(self, cos: np.ndarray, lex: np.ndarray) -> np.ndarray:
        """The fused similarity, elementwise."""
        return self.alpha * cos + (1.0 - self.alpha) * lex

    def calibrate(self, fused: np.ndarray, kinds: np.ndarray) -> np.ndarray:
        """Fused similarity to a score in [0, 1], piecewise linear and increasing within a pair
        kind through (0, 0), (partial, PARTIAL), (met, MET), (1, 1), met kept at least 0.03
        above partial. It never saturates below a perfect match, so scores still rank."""
        partial = np.clip(np.asarray(self.partial, dtype=np.float32)[kinds], 0.05, 0.9)
        met = np.minimum(
            np.maximum(np.asarray(self.met, dtype=np.float32)[kinds], partial + 0.03), 0.97
        )
        low = fused / partial * PARTIAL
        mid = PARTIAL + (fused - partial) / (met - partial) * (MET - PARTIAL)
        high = MET + (fused - met) / (1.0 - met) * (1 - MET)
        out = np.where(fused < partial, low, np.where(fused < met, mid, high))
        return np.clip(out, 0.0, 1.0).astype(np.float32)


def verdict(score: float) -> str:
    """met / partial / unmet for one calibrated score."""
    if score >= MET - 1e-6:
        return "met"
    return "partial" if score >= PARTIAL - 1e-6 else "unmet"


def load_pairs(path: Path = CALIBRATION_PAIRS) -> list[tuple[str, str, int]]:
    """The (requirement, résumé line, label) calibration pairs."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(str(r), str(s), int(y)) for r, s, y in data["pairs"]]


def pair_features(
    pairs: list[tuple[str, str, int]], encoder
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(cosine, lexical, label, pair kind) arrays for pairs, each requirement's TF-IDF fit on itself."""
    reqs = [p[0] for p in pairs]
    lines = [p[1] for p in pairs]
    vectors = encoder.encode(reqs + lines)
    n = len(pairs)
    cos = np.einsum("ij,ij->i", vectors[:n], vectors[n:]).astype(np.float32)
    lex = np.array(
        [LexicalModel().fit([], [r]).score([s])[0, 0] for r, s, _ in pairs], dtype=np.float32
    )
    kinds = pair_kinds(is_zh(reqs), is_zh(lines)).diagonal().copy()
    return cos, lex, np.array([p[2] for p in pairs], dtype=np.int8), kinds


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted half."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def _cuts(fused: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(met, partial): partial by Youden's J (the best balanced split), met where at most MET_FPR
    of the negatives still pass (never below partial)."""
    pos, neg = fused[labels == 1], fused[labels == 0]
    partial, best_j = float(np.max(fused)), -1.0
    for t in np.unique(fused):
        j = float((pos >= t).mean() - (neg >= t).mean())
        if j > best_j + 1e-9:  # ascending thresholds: the lowest of equally good ones
            partial, best_j = float(t), j
    return max(float(np.quantile(neg, 1 - MET_FPR)), partial), partial


def fit_thresholds(
    cos: np.ndarray, lex: np.ndarray, labels: np.ndarray, kinds: np.ndarray, model_id: str = ""
) -> Thresholds:
    """Choose alpha by ROC AUC of the fused score over all pairs (ties: more weight on the
    model), then the cuts of each pair kind on its own pairs (all pairs where too few)."""
    best = None
    for alpha in ALPHAS:
        auc = roc_auc(alpha * cos + (1 - alpha) * lex, labels)
        if best is None or auc >= best[1] - 1e-9:
            best = (alpha, auc)
    alpha, auc = best
    fused = alpha * cos + (1 - alpha) * lex
    overall = _cuts(fused, labels)
    met, partial = [], []
    for k in range(len(PAIR_KINDS)):
        mask = kinds == k
        usable = mask.sum() >= MIN_GROUP and 0 < labels[mask].sum() < mask.sum()
        cut = _cuts(fused[mask], labels[mask]) if usable else overall
        met.append(cut[0])
        partial.append(cut[1])
    return Thresholds(model_id, float(alpha), tuple(met), tuple(partial), auc, int(len(labels)))


def thresholds_for(encoder) -> Thresholds:
    """The calibrated thresholds of the encoder's model, computed once per model id."""
    model_id = getattr(encoder, "model_id", "unknown")
    with _lock:
        if model_id not in _cache:
            cos, lex, labels, kinds = pair_features(load_pairs(), encoder)
            _cache[model_id] = fit_thresholds(cos, lex, labels, kinds, model_id)
        return _cache[model_id]


def describe(th: Thresholds) -> dict:
    """The thresholds as a JSON-ready dict (for benches and the admin page)."""

    def rounded(v):
        if isinstance(v, float):
            return round(v, 4)
        return [round(x, 4) for x in v] if isinstance(v, tuple) else v

    return {k: rounded(v) for k, v in asdict(th).items()}


def negated(text: str) -> bool:
    """True when a line denies or limits what it names (没有驾照, day shifts only)."""
    return bool(NEGATION.search(text))
