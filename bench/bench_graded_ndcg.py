"""Ranking quality on the graded CV / project-posting set (../shared/data/raw/cv_jobpost_graded_de):
each of the 62 dev job posts ranks its labelled CVs through the real pipeline (parse_jd first
posting, parse_resume, matcher.match.rank with the default model); mean nDCG@10 with gain = 5 - label
(label 1 best .. 5 unsuitable), next to BM25, TF-IDF and whole-document embedding (cosine of the
job text with each CV text, the same model) baselines computed here on the same texts.

Then the retrieval check: every job against all 112 CVs, the pre-filter keeping only the top K for
full scoring, nDCG@10 over the labelled CVs compared with scoring all of them in full.

Run from the repo root: .venv/bin/python bench/bench_graded_ndcg.py [--model NAME] [--keep 30 50]
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "raw" / "cv_jobpost_graded_de"
TODAY = "2019-12-06"  # the data set's commit date: what "bis heute" meant then
_WORD = re.compile(r"[a-zäöüß0-9][a-zäöüß0-9+#.]*", re.I)


def load() -> tuple[dict[str, dict[str, int]], dict[str, str], dict[str, str]]:
    """({job: {cv: label}}, {cv: text}, {job: text}) of the labelled dev pairs."""
    labels: dict[str, dict[str, int]] = defaultdict(dict)
    with (DATA / "pairs.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            labels[row["jobpost"]][row["cv"]] = int(row["label"])
    cvs = {p.stem: p.read_text(encoding="utf-8") for p in (DATA / "cv").glob("*.txt")}
    jobs = {j: (DATA / "jobpost" / f"{j}.txt").read_text(encoding="utf-8") for j in labels}
    return dict(labels), cvs, jobs


def ndcg_at(ranked: list[str], labels: dict[str, int], k: int = 10) -> float:
    """nDCG@k with gain = 5 - label over the labelled items (others are skipped)."""
    gains = [5 - labels[c] for c in ranked if c in labels]
    ideal = sorted((5 - v for v in labels.values()), reverse=True)

    def dcg(values: list[int]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(values[:k]))

    best = dcg(ideal)
    return dcg(gains) / best if best > 0 else 0.0


def tokens(text: str) -> list[str]:
    return [t.lower().strip(".") for t in _WORD.findall(text) if len(t) > 1]


def bm25_rank(job: str, docs: dict[str, str], corpus: dict[str, list[str]]) -> list[str]:
    """Okapi BM25 (k1 1.5, b 0.75; Robertson-Sparck Jones idf, floored at 0) of the job's words."""
    n = len(corpus)
    df = Counter(t for toks in corpus.values() for t in set(toks))
    avg = sum(len(t) for t in corpus.values()) / n
    query = set(tokens(job))
    scores = {}
    for name in docs:
        tf = Counter(corpus[name])
        length = len(corpus[name])
        s = 0.0
        for t in query:
            if tf[t]:
                idf = max(math.log((n - df[t] + 0.5) / (df[t] + 0.5)), 0.0)
                s += idf * tf[t] * 2.5 / (tf[t] + 1.5 * (0.25 + 0.75 * length / avg))
        scores[name] = s
    return sorted(docs, key=lambda c: (-scores[c], c))


def tfidf_ranker(cvs: dict[str, str], jobs: dict[str, str]):
    """Cosine of word TF-IDF vectors (fit on all CVs and job posts) between job and CV."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    names = sorted(cvs)
    vec = TfidfVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None, sublinear_tf=True)
    vec.fit([cvs[n] for n in names] + list(jobs.values()))
    cv_matrix = vec.transform([cvs[n] for n in names])
    index = {n: i for i, n in enumerate(names)}

    def rank(job: str, pool: list[str]) -> list[str]:
        sims = (cv_matrix[[index[c] for c in pool]] @ vec.transform([job]).T).toarray().ravel()
        return [pool[i] for i in sorted(range(len(pool)), key=lambda i: (-sims[i], pool[i]))]

    return rank


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--keep", type=int, nargs="*", default=[30, 50], help="none: skip")
    args = parser.parse_args()
    from matcher.embed_cache import CachedEncoder
    from matcher.jd import parse_jd
    from matcher.match import rank
    from matcher.resume import parse_resume
    from matcher.settings import Settings
    from models import load_model

    labels, cvs, jobs = load()
    encoder = CachedEncoder(load_model(args.model, Settings.from_env().model_dir))
    t0 = time.perf_counter()
    profiles = {name: parse_resume(text, today=TODAY) for name, text in sorted(cvs.items())}
    postings = {j: parse_jd(text)[0] for j, text in jobs.items()}
    parse_s = time.perf_counter() - t0
    corpus = {n: tokens(t) for n, t in cvs.items()}
    tfidf = tfidf_ranker(cvs, jobs)
    scores: dict[str, list[float]] = defaultdict(list)
    t0 = time.perf_counter()
    for job in sorted(labels, key=int):
        pool = sorted(labels[job])
        ranked = [
            c["resume"] for c in rank(postings[job], [(n, profiles[n]) for n in pool], encoder)
        ]
        scores["pipeline"].append(ndcg_at(ranked, labels[job]))
        scores["BM25"].append(
            ndcg_at(bm25_rank(jobs[job], dict.fromkeys(pool), corpus), labels[job])
        )
        scores["TF-IDF"].append(ndcg_at(tfidf(jobs[job], pool), labels[job]))
        vectors = encoder.encode([jobs[job]] + [cvs[n] for n in pool])  # whole documents
        by_cosine = sorted(zip(pool, vectors[1:] @ vectors[0], strict=True), key=lambda x: -x[1])
        scores["embedding"].append(ndcg_at([n for n, _ in by_cosine], labels[job]))
        rng = np.random.default_rng(int(job))
        scores["random"].append(ndcg_at(list(rng.permutation(pool)), labels[job]))
    rank_s = time.perf_counter() - t0
    no_reqs = sum(1 for j in labels if not postings[j]["requirements"])
    print(
        f"model {encoder.model_id}; {len(labels)} job posts, {sum(map(len, labels.values()))} "
        f"labelled pairs; {no_reqs} posts without parsed requirements"
    )
    print(f"parse {parse_s:.1f} s, rank {rank_s:.1f} s")
    print(f"{'ranker':<12}{'mean nDCG@10':>14}")
    for name in ("pipeline", "TF-IDF", "BM25", "embedding", "random"):
        print(f"{name:<12}{np.mean(scores[name]):>14.4f}")

    if not args.keep:
        return 0
    everyone = sorted(cvs)
    full: list[float] = []
    kept: dict[int, list[float]] = defaultdict(list)
    for job in sorted(labels, key=int):
        pool = [(n, profiles[n]) for n in everyone]
        ranked = [c["resume"] for c in rank(postings[job], pool, encoder, retrieve_above=len(pool))]
        full.append(ndcg_at(ranked, labels[job]))
        for k in args.keep:
            ranked = [c["resume"] for c in rank(postings[job], pool, encoder, retrieve_above=k)]
            kept[k].append(ndcg_at(ranked, labels[job]))
    print(f"\nretrieval, each job against all {len(everyone)} CVs (nDCG@10 over labelled CVs):")
    print(f"  all scored in full          {np.mean(full):.4f}")
    for k in args.keep:
        print(f"  pre-filter keeps top {k:<4}   {np.mean(kept[k]):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
