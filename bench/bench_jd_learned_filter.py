"""Would a learned filter beat the rules? A logistic regression on word and character n-grams
of each parsed English requirement (plus its length and place in the posting) predicts whether
it lies inside a marked clause; requirements it doubts are dropped. Cross-validated by posting
(GroupKFold over the marked English postings the parser was tuned on, both as written and as one
scraped line; the untouched groups are left out), it prints recall and precision of the rules
alone and of the rules with the filter at a few thresholds, all out-of-fold.

Run from the repo root: .venv/bin/python bench/bench_jd_learned_filter.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_jd_clauses import INSIDE, common, load_jobs, norm, one_line  # noqa: E402

from matcher.jd import parse_jd  # noqa: E402


def rows() -> tuple[list[dict], list[list[str]]]:
    """One row per parsed requirement, and each posting variant's marked clauses (normalised)."""
    out, clauses = [], []
    for job in load_jobs():
        if job["language"] != "en" or job["group"].startswith("untouched"):
            continue
        for text in (job["text"], one_line(job["text"])):
            gold = [norm(c[0]) for c in job["clauses"]]
            allowed = gold + [norm(f) for f in job["flagged"]]
            reqs = [r for p in parse_jd(text) for r in p["requirements"]]
            variant = len(clauses)
            clauses.append(gold)
            for k, r in enumerate(reqs):
                p = norm(r["text"])
                precise = bool(p) and any(common(a, p) >= INSIDE * len(p) for a in allowed)
                at = text.find(r["text"][:30])
                out.append(
                    {
                        "job": job["id"],
                        "variant": variant,
                        "text": r["text"],
                        "norm": p,
                        "y": int(precise),
                        "place": at / max(len(text), 1) if at >= 0 else 0.5,
                        "rank": k / max(len(reqs), 1),
                        "words": min(len(r["text"].split()), 60) / 60,
                    }
                )
    return out, clauses


def figures(rows_: list[dict], keep: np.ndarray, clauses: list[list[str]]) -> tuple[float, float]:
    """Recall of the marked clauses and precision of the kept requirements."""
    kept = [r for r, k in zip(rows_, keep, strict=True) if k]
    precision = sum(r["y"] for r in kept) / max(len(kept), 1)
    recalled = total = 0
    for v, gold in enumerate(clauses):
        parsed = [r["norm"] for r in kept if r["variant"] == v]
        total += len(gold)
        recalled += sum(any(common(g, p) * 2 >= len(g) for p in parsed) for g in gold)
    return recalled / max(total, 1), precision


def _matrix(data: list[dict], idx, words, chars, fit: bool = False):
    part = [data[i]["text"] for i in idx]
    w = words.fit_transform(part) if fit else words.transform(part)
    c = chars.fit_transform(part) if fit else chars.transform(part)
    extra = csr_matrix([[data[i]["place"], data[i]["rank"], data[i]["words"]] for i in idx])
    return hstack([w, c, extra]).tocsr()


def fold(data: list[dict], y: np.ndarray, train, test) -> np.ndarray:
    """The held-out rows' probability of being precise, from a model fit on the other rows."""
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    model.fit(_matrix(data, train, words, chars, fit=True), y[train])
    return model.predict_proba(_matrix(data, test, words, chars))[:, 1]


def main() -> None:
    data, clauses = rows()
    y = np.array([r["y"] for r in data])
    groups = [r["job"] for r in data]
    proba = np.zeros(len(data))
    for train, test in GroupKFold(n_splits=5).split(data, y, groups):
        proba[test] = fold(data, y, train, test)
    print(
        f"{len(data)} parsed requirements of {len(clauses)} posting variants, {y.mean():.2f} precise"
    )
    recall, precision = figures(data, np.ones(len(data), bool), clauses)
    print(f"{'rules alone':<28} recall {recall:.3f}  precision {precision:.3f}")
    for t in (0.2, 0.3, 0.4, 0.5):
        recall, precision = figures(data, proba >= t, clauses)
        print(f"{f'rules + filter p >= {t}':<28} recall {recall:.3f}  precision {precision:.3f}")


if __name__ == "__main__":
    main()
