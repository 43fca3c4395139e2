"""Learned order against the verdict score on the graded CV / project-posting set
(../shared/data/raw/cv_jobpost_graded_de, its 62 dev job posts; grades as decisions, gain =
5 - grade): mean nDCG@10, cross-validated by posting (GroupKFold, 5 folds: every posting is
ranked by a model that never saw it), next to the verdict score, BM25, TF-IDF, the whole-document
relevance and random. Then a learning curve: the same cross-validation when each training
posting has only 5, 10, 20 or 50 decided candidates (drawn at random, 3 draws).

--save writes the shipped default ranker (matcher/learn/default_ranker.pkl), fitted on all 62.

The fixed split's figure moves by about a hundredth when a small change reorders a few of the
boosted trees; the mean over --repeats splits with the postings shuffled into folds (default 10)
is the figure to compare changes by.

Run from the repo root: .venv/bin/python bench/bench_learned_rank.py [--save] [--repeats N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_graded_ndcg import TODAY, bm25_rank, load, tfidf_ranker, tokens  # noqa: E402

CURVE = (5, 10, 20, 50)
DRAWS = 3
REPEATS = 10


def gather(encoder) -> tuple[list[str], list, dict]:
    """(job ids, [Group per job], {baseline: [nDCG per job]}) through the real pipeline."""
    from matcher.jd import parse_jd
    from matcher.learn import Group, job_signals, matrix
    from matcher.learn.model import group_ndcg
    from matcher.match import rank
    from matcher.match.retrieve import job_scores
    from matcher.resume import parse_resume

    labels, cvs, jobs = load()
    profiles = {name: parse_resume(text, today=TODAY) for name, text in sorted(cvs.items())}
    corpus = {n: tokens(t) for n, t in cvs.items()}
    tfidf = tfidf_ranker(cvs, jobs)
    ids = sorted(labels, key=int)
    groups, baselines = [], {"BM25": [], "TF-IDF": [], "whole document": [], "random": []}
    for job in ids:
        posting = parse_jd(jobs[job])[0]
        pool = sorted(labels[job])
        by_name = {r["resume"]: r for r in rank(posting, [(n, profiles[n]) for n in pool], encoder)}
        results = [by_name[n] for n in pool]
        relevance = job_scores(posting, [profiles[n] for n in pool], encoder)
        group = Group(
            features=matrix(job_signals(posting, results, [profiles[n] for n in pool], relevance)),
            gains=np.array([5 - labels[job][n] for n in pool], dtype=float),
            scores=np.array([r["score"] for r in results]),
            knocked_out=np.array([r["knocked_out"] for r in results]),
        )
        groups.append(group)
        place = {n: i for i, n in enumerate(pool)}

        def by_order(names: list[str], group=group, place=place) -> float:
            return group_ndcg(group, -np.array([names.index(n) for n in sorted(place)]))

        baselines["BM25"].append(by_order(bm25_rank(jobs[job], dict.fromkeys(pool), corpus)))
        baselines["TF-IDF"].append(by_order(tfidf(jobs[job], pool)))
        baselines["whole document"].append(group_ndcg(group, np.asarray(relevance)))
        rng = np.random.default_rng(int(job))
        baselines["random"].append(by_order(list(rng.permutation(pool))))
    return ids, groups, baselines


def subsample(groups: list, n: int, rng: np.random.Generator) -> list:
    """Each group cut to at most n candidates drawn at random (the decisions a team has taken)."""
    from matcher.learn import Group

    out = []
    for g in groups:
        keep = np.sort(rng.permutation(len(g.gains))[:n])
        out.append(Group(g.features[keep], g.gains[keep], g.scores[keep], g.knocked_out[keep]))
    return out


def curve_point(groups: list, n: int, draws: int) -> float:
    """Mean nDCG@10 on held-out postings (all their candidates) when training postings have at
    most n decided candidates each, averaged over `draws` random draws."""
    from sklearn.model_selection import GroupKFold

    from matcher.learn import LearnedRanker
    from matcher.learn.model import group_ndcg

    ids = np.arange(len(groups))
    means = []
    for draw in range(draws):
        rng = np.random.default_rng(draw)
        scores = []
        for train, test in GroupKFold(n_splits=5).split(ids, groups=ids):
            fitted = LearnedRanker().fit(subsample([groups[i] for i in train], n, rng))
            scores += [group_ndcg(groups[i], fitted.predict(groups[i].features)) for i in test]
        means.append(np.mean(scores))
    return float(np.mean(means))


def shuffled_cv(groups: list, repeats: int) -> tuple[float, float, float]:
    """(mean, sd, the verdict score's mean) of the learned order's held-out nDCG@10 over
    `repeats` 5-fold splits by posting, each with the postings shuffled into folds at random: the
    one fixed split moves by a hundredth when a small change reorders a few trees."""
    from matcher.learn import LearnedRanker
    from matcher.learn.model import group_ndcg

    means, verdict = [], []
    for repeat in range(repeats):
        folds = np.random.default_rng(repeat).permutation(len(groups)) % 5
        learned, plain = [], []
        for fold in range(5):
            train = [g for g, f in zip(groups, folds, strict=True) if f != fold]
            fitted = LearnedRanker().fit(train)
            for g, f in zip(groups, folds, strict=True):
                if f == fold:
                    learned.append(group_ndcg(g, fitted.predict(g.features)))
                    plain.append(group_ndcg(g, g.scores))
        means.append(np.mean(learned))
        verdict.append(np.mean(plain))
    return float(np.mean(means)), float(np.std(means)), float(np.mean(verdict))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--save", action="store_true", help="write the shipped default ranker")
    parser.add_argument("--draws", type=int, default=DRAWS)
    parser.add_argument("--repeats", type=int, default=REPEATS, help="shuffled 5-fold splits")
    args = parser.parse_args()
    from matcher.embed_cache import CachedEncoder
    from matcher.jd import parse_jd
    from matcher.learn import LearnedRanker, cross_validate
    from matcher.learn.model import DEFAULT_PATH
    from matcher.settings import Settings
    from models import load_model

    encoder = CachedEncoder(load_model(args.model, Settings.from_env().model_dir))
    t0 = time.perf_counter()
    ids, groups, baselines = gather(encoder)
    print(
        f"model {encoder.model_id}; {len(ids)} job posts; gathered in {time.perf_counter() - t0:.1f} s"
    )
    cv = cross_validate(groups)
    print(f"{'order (nDCG@10, 5-fold by posting)':<40}{'mean':>8}")
    print(f"{'learned (held-out postings)':<40}{cv['learned']:>8.4f}")
    print(f"{'verdict score':<40}{cv['verdict']:>8.4f}")
    for name, values in baselines.items():
        print(f"{name:<40}{np.mean(values):>8.4f}")
    if args.repeats:
        mean, sd, plain = shuffled_cv(groups, args.repeats)
        label = f"learned, {args.repeats} shuffled splits"
        print(f"{label:<40}{mean:>8.4f} ± {sd:.4f} (verdict score {plain:.4f})")
    print("\nlearning curve: decided candidates per training posting -> held-out nDCG@10")
    for n in CURVE:
        print(f"  {n:>3}  {curve_point(groups, n, args.draws):.4f}")
    if args.save:
        fitted = LearnedRanker().fit(groups)
        fitted.trained_on_ = {
            "source": "graded dev set",
            "jobs": len(ids),
            "cv": cv,
            # The postings' languages: the shipped ranker orders only postings in these.
            "languages": sorted({parse_jd(text)[0]["language"] for text in load()[2].values()}),
        }
        DEFAULT_PATH.write_bytes(fitted.dumps())
        print(f"\nwrote {DEFAULT_PATH.relative_to(ROOT)} ({DEFAULT_PATH.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
