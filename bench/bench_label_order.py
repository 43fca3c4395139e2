"""Shortlist order against the verdict labels (../shared/data/verdicts and the project's own
labels): does the order put first the candidates a recruiter's requirement-by-requirement
reading finds best? The graded CV set (bench_learned_rank.py) has decisions only for German and
English IT postings; this is the check for the Chinese postings of the founding collection too.

Each job is given to the matcher as bench_verdicts builds it (the clean posting of its gold
clauses) and ranks its labelled résumés. A candidate's gain is the labels' credit for the job:
met 1, partial 0.5, unmet and unknown 0, a must-have counting twice a nice-to-have, as a share
of the most a candidate could get. Printed per job language, as means over jobs: nDCG@3 (a job
has 3-11 labelled résumés, so @10 would count the whole list) and Spearman's rank correlation
between the order and the gains, for the verdict score, the shipped learned
order, the whole résumé against the job (the retriever's relevance), TF-IDF of character
n-grams (language-neutral) and random orders (the mean of 200 draws). No part of the matcher is
fit here, but the shipped verdict model was fit on the dev labels (bench_verdicts.py --fit), so
on them the verdict score's figure is in-sample; compare orders on labels it was not fit on.

Run from the repo root: .venv/bin/python bench/bench_label_order.py [--labels dev|own|all]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_verdicts  # noqa: E402

RANDOM_DRAWS = 200
CREDIT = {"met": 1.0, "partial": 0.5, "unmet": 0.0, "unknown": 0.0}


def gains(labels: list[dict], musts: dict[str, bool]) -> dict[str, float]:
    """{résumé: share of the weighted credit it could get} for one job's labels."""
    got: dict[str, float] = defaultdict(float)
    most: dict[str, float] = defaultdict(float)
    for label in labels:
        weight = 2.0 if musts.get(label["req"], True) else 1.0
        got[label["resume"]] += weight * CREDIT[label["verdict"]]
        most[label["resume"]] += weight
    return {name: got[name] / most[name] for name in most}


def ndcg(order: list[str], gain: dict[str, float], k: int = 3) -> float:
    """nDCG@k of `order` (names best first) with the labels' gains."""
    from matcher.learn.model import ndcg_at

    return ndcg_at([gain[n] for n in order], list(gain.values()), k=k)


def spearman(order: list[str], gain: dict[str, float]) -> float:
    """Rank correlation between the order and the gains (1: the gains' own order; 0 for a job
    whose candidates all have the same gain)."""
    from scipy.stats import spearmanr

    values = [gain[n] for n in order]
    if len(set(values)) < 2:
        return 0.0
    return float(spearmanr(-np.arange(len(order)), values).statistic)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--labels", default="dev", help="dev | own | all (as bench_verdicts)")
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    from matcher.embed_cache import CachedEncoder
    from matcher.jd import parse_jd
    from matcher.learn import default_ranker, learned_order
    from matcher.learn.apply import attach_signals
    from matcher.match import rank
    from matcher.resume import parse_resume
    from matcher.settings import Settings
    from models import load_model

    if not bench_verdicts.SHARED.exists():
        print(f"{bench_verdicts.SHARED} is absent", file=sys.stderr)
        return 2
    sets = bench_verdicts.load(args.labels)
    reqs, labels, resumes = sets.requirements, sets.labels, sets.resumes
    encoder = CachedEncoder(load_model(args.model, Settings.from_env().model_dir))
    ranker = default_ranker()
    by_job: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_job[label["job"]].append(label)
    texts = sorted(set(resumes.values()))
    tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True)
    tfidf.fit(
        texts
        + [
            bench_verdicts.posting_text(j, [g["text"] for g in reqs[j]["requirements"]])
            for j in by_job
        ]
    )
    profiles: dict[str, dict] = {}
    figures: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for job in sorted(by_job):
        gold = reqs[job]["requirements"]
        clauses = [g["text"] for g in gold]
        text = bench_verdicts.posting_text(job, clauses)
        posting = parse_jd(text)[0]
        names = sorted({label["resume"] for label in by_job[job]})
        for name in names:
            if name not in profiles:
                profiles[name] = parse_resume(
                    resumes[name], today=bench_verdicts.TODAY.get(name[:3])
                )
        gain = gains(by_job[job], {g["id"]: g["must"] for g in gold})
        ranked = rank(posting, [(n, profiles[n]) for n in names], encoder)
        lang = "zh" if bench_verdicts.is_zh(" ".join(clauses)) else "en"
        orders = {"verdict score": [r["resume"] for r in ranked]}
        attach_signals(posting, ranked, [profiles[r["resume"]] for r in ranked], encoder)
        orders["learned (shipped)"] = [r["resume"] for r in learned_order(ranked, ranker)]
        relevance = {r["resume"]: r["signals"]["relevance"] for r in ranked}
        orders["whole résumé (retriever)"] = sorted(names, key=lambda n: -relevance[n])
        vectors = tfidf.transform([text] + [resumes[n] for n in names])
        cosine = (vectors[1:] @ vectors[0].T).toarray().ravel()
        orders["TF-IDF (char 2-3)"] = [names[i] for i in np.argsort(-cosine, kind="stable")]
        for name, order in orders.items():
            for key in (lang, "all"):
                figures[name][key].append((ndcg(order, gain), spearman(order, gain)))
        rng = np.random.default_rng(0)
        draws = [[names[i] for i in rng.permutation(len(names))] for _ in range(RANDOM_DRAWS)]
        chance = np.mean([(ndcg(d, gain), spearman(d, gain)) for d in draws], axis=0)
        for key in (lang, "all"):
            figures["random (mean of draws)"][key].append(tuple(chance))
    jobs = {lang: len(v) for lang, v in sorted(figures["verdict score"].items())}
    print(
        f"labels {args.labels}: {len(labels)}; jobs", ", ".join(f"{k} {v}" for k, v in jobs.items())
    )
    print("mean over jobs: nDCG@3 / Spearman's rho of the order with the labels' gains")
    print(f"{'order':<28}" + "".join(f"{k:>16}" for k in jobs))
    for name, by_lang in figures.items():
        cells = [np.mean(by_lang[k], axis=0) for k in jobs]
        print(f"{name:<28}" + "".join(f"{c[0]:>9.3f} {c[1]:>6.2f}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
