"""Shortlist latency and peak memory on synthetic candidate pools of 1,000 / 10,000 / 100,000
generated profiles (20-40 sentences each, Chinese and English), with warm caches: every vector a
shortlist reads is already in the embedding cache, as it is in the service after upload. "median s"
also has each résumé's line readings kept from the untimed warm-up (matcher.match.readings, as
after any earlier shortlist in the service's process); "fresh s" clears them before each run. Pools
above matcher.match.retrieve.RETRIEVE_ABOVE are pre-filtered (one job-level vector and lexical
score per résumé), then the top ones are scored in full.

The pool is a real SQLite store (the service's schema) in a temporary folder; the shortlist reads
profiles from it through matcher.store.pool.CandidatePool, as the service's recompute does.

Run from the repo root: .venv/bin/python bench/bench_shortlist_speed.py [--sizes 1000 10000 100000]
Each size runs in a fresh process (peak RSS is per process); figures are medians of --runs runs.

--scope pool times what GET /api/jobs/<id>/shortlist?scope=pool does instead
(matcher.service.pool_shortlist on a job with no applicants, the whole pool its candidates).
"warm s" embeds every résumé's whole-text document into the store's SQLite vector cache, as the
worker does after each upload (processing.warm_vectors; it also embeds the sentences, left out
here so that 3 million sentence vectors do not fill the disk); "first" is then the first
ranking (the pre-filter reads the cached documents; its best are scored in full, their
sentences embedded, and stored); "re-rank" a ranking after the pool changed (the pre-filter
runs again; stored results are reused); "repeat" the same pool asked again (the pre-filter's
choice is kept per pool state).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JOB = """Java后端开发工程师
岗位职责：
1. 负责订单系统的后端开发与维护
2. 参与系统架构设计和代码评审
任职要求：
1. 本科及以上学历，计算机相关专业
2. 三年以上Java开发经验
3. 熟悉Spring Boot、MySQL和Redis
4. 熟悉Linux常用命令
5. 英语四级以上，能阅读英文技术文档
6. 有微服务架构经验者优先
7. 具有良好的沟通能力和团队合作精神
"""
SKILLS = [
    "Java",
    "Spring",
    "Boot",
    "MySQL",
    "Redis",
    "Linux",
    "Python",
    "Go",
    "Kafka",
    "Docker",
    "Kubernetes",
    "Vue",
    "React",
    "Excel",
    "Photoshop",
    "SAP",
    "Oracle",
    "Hadoop",
    "Spark",
    "TensorFlow",
    "AutoCAD",
    "C++",
    "PHP",
    "Node.js",
    "Jenkins",
    "Git",
]
ZH_VERBS = ["负责", "参与", "主导", "协助", "完成", "优化", "维护", "设计"]
ZH_OBJECTS = [
    "订单系统",
    "支付模块",
    "客服团队",
    "仓储流程",
    "财务报表",
    "营销活动",
    "数据平台",
    "门店运营",
    "招聘流程",
    "供应链",
    "用户增长",
    "风控模型",
    "接口服务",
    "测试用例",
]
EN_VERBS = ["Built", "Maintained", "Led", "Designed", "Migrated", "Optimised", "Tested", "Ran"]
EN_OBJECTS = [
    "the order service",
    "a payment gateway",
    "the support team",
    "warehouse flows",
    "monthly reports",
    "marketing campaigns",
    "a data platform",
    "store operations",
    "campus hiring",
    "the supply chain",
    "growth experiments",
    "a risk model",
]
LEVELS = ["high_school", "associate", "bachelor", "bachelor", "master", "doctorate"]


def make_profile(i: int, rng: random.Random) -> dict:
    """A generated profile with 20-40 sentences whose texts are nearly all distinct."""
    zh = rng.random() < 0.6
    n = rng.randint(20, 40)
    texts = []
    for k in range(n):
        skill = rng.choice(SKILLS)
        if zh:
            text = (
                f"{2005 + rng.randint(0, 18)}年{rng.randint(1, 12)}月{rng.choice(ZH_VERBS)}"
                f"{rng.choice(ZH_OBJECTS)}，使用{skill}，涉及{rng.randint(2, 900)}个需求"
            )
        else:
            text = (
                f"{rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} with {skill} for "
                f"{rng.randint(2, 900)} users in {2005 + rng.randint(0, 18)}"
            )
        texts.append(f"{text} #{i}-{k}" if k == 0 else text)
    sentences, pos = [], 0
    for text in texts:
        sentences.append(
            {"text": text, "section": "experience", "start": pos, "end": pos + len(text)}
        )
        pos += len(text) + 1
    months = rng.randint(0, 180)
    return {
        "name": None,
        "emails": [],
        "phones": [],
        "gender": None,
        "birth": None,
        "education": [],
        "highest_level": rng.choice(LEVELS),
        "experience": [
            {
                "title": "工程师",
                "organisation": "某公司",
                "start": "2015-01",
                "end": "2024-01",
                "months": months,
                "description": texts[1],
            }
        ],
        "total_years": round(months / 12, 1),
        "skills": [],
        "languages": [],
        "certificates": [],
        "sentences": sentences,
        "fingerprint": {},
    }


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_store(
    folder: Path, size: int, applicants: bool = True, db: str | None = None
) -> tuple[object, list[int]]:
    """A real store (the service's schema) holding one job and `size` generated candidates:
    (store, candidate ids); a SQLite file in folder unless db names another database (a
    postgresql:// URL). Rows are written in bulk; the bench times shortlists, not uploads."""
    from matcher.jd import parse_jd
    from matcher.resume.sentences import document
    from matcher.settings import Settings
    from matcher.store import open_store

    store = open_store(Settings.from_env(db=db or str(folder / "pool.db")))
    job_id = store.add_job(parse_jd(JOB)[0], None, None)["id"]
    rng = random.Random(size)

    def rows():
        for i in range(size):
            profile = make_profile(i, rng)
            text = document(profile)  # generated résumés are their sentences, one per line
            yield {
                "resume": f"r{i:06d}.txt",
                "sha256": f"{i:064x}",
                "text": text,
                "profile": json.dumps(profile, ensure_ascii=False, sort_keys=True),
                "document": text,
                "created_at": "2026-11-29T00:00:00Z",
            }

    with store.db.conn:
        store.db["candidates"].insert_all(rows(), batch_size=1000)
        if applicants:  # every pool candidate applies to the job (the applicants' shortlist)
            store.db.execute(
                "INSERT INTO applications (job_id, candidate_id, source) "
                "SELECT ?, id, 'upload' FROM candidates",
                [job_id],
            )
    return store, store.candidate_ids(job_id if applicants else None)


def time_pool_rankings(store, admin: dict, job_id: int, runs: int) -> tuple[dict, dict]:
    """(the last pool shortlist, {first_s, rerank_s, repeat_s}): the first ranking, then the
    medians of `runs` rankings after a pool change and of the same pool asked again."""
    from matcher.service import pool as pool_service

    t0 = time.perf_counter()
    out = pool_service.pool_shortlist(store, admin, job_id)
    first_s = time.perf_counter() - t0
    rerank, repeat = [], []
    for _ in range(runs):
        pool_service._KEPT.clear()  # as after an upload or erasure: the pool changed
        t0 = time.perf_counter()
        pool_service.pool_shortlist(store, admin, job_id)
        rerank.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        out = pool_service.pool_shortlist(store, admin, job_id)
        repeat.append(time.perf_counter() - t0)
    times = {
        "first_s": first_s,
        "rerank_s": statistics.median(rerank),
        "repeat_s": statistics.median(repeat),
    }
    return out, times


def one_pool(size: int, runs: int) -> dict:
    """Time the service's pool ranking for a job against `size` pool candidates."""
    from matcher.service import processing

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        store, _ = build_store(folder, size, applicants=False)
        build_s = time.perf_counter() - t0
        admin = store.add_user("bench", "admin", "bench-password")
        job_id = store.job_ids()[0]
        before_mb = peak_mb()
        t0 = time.perf_counter()
        encoder = processing.encoder_for(store)
        docs = store.candidate_pool(store.candidate_ids(None))
        for start in range(0, len(docs), 2048):
            encoder.encode(docs.documents(start, start + 2048))
        warm_s = time.perf_counter() - t0
        out, times = time_pool_rankings(store, admin, job_id, runs)
        store.close()
    full = sum(1 for c in out["candidates"] if not c.get("screened_out"))
    return {
        "size": size,
        "warm_s": warm_s,
        **times,
        "runs": runs,
        "build_s": build_s,
        "scored_in_full": full,
        "listed": len(out["candidates"]),
        "peak_mb": peak_mb(),
        "input_mb": before_mb,
    }


def one_size(size: int, runs: int, model: str) -> dict:
    """Build the pool in a SQLite file, warm the caches, time the shortlist `runs` times."""
    from matcher.embed_cache import CachedEncoder
    from matcher.jd import parse_jd
    from matcher.match import rank, readings
    from matcher.settings import Settings
    from models import load_model

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, ids = build_store(Path(tmp), size)
        build_s = time.perf_counter() - t0
        posting = parse_jd(JOB)[0]
        encoder = CachedEncoder(load_model(model, Settings.from_env().model_dir), db=None)
        before_mb = peak_mb()  # the model and the store, before any shortlist
        t0 = time.perf_counter()
        # Warm, as upload-time processing leaves the service's cache: one untimed shortlist
        # encodes every text the timed ones read (each résumé's whole text when the pool is
        # pre-filtered, the sentences of those scored in full). The service holds every sentence
        # vector in its SQLite cache; here the in-memory cache holds only what a shortlist
        # reads, so that 100,000 profiles' 3 million sentence vectors do not count against the
        # memory figure. The profiles themselves are read from the store as the service does.
        rank(posting, store.candidate_pool(ids), encoder)
        warm_s = time.perf_counter() - t0
        times, fresh = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            out = rank(posting, store.candidate_pool(ids), encoder)
            times.append(time.perf_counter() - t0)
        for _ in range(runs):  # as a job's first shortlist: no résumé's line readings kept yet
            readings.clear()
            t0 = time.perf_counter()
            rank(posting, store.candidate_pool(ids), encoder)
            fresh.append(time.perf_counter() - t0)
        store.close()
    full = sum(1 for c in out if not c.get("screened_out"))
    return {
        "size": size,
        "median_s": statistics.median(times),
        "fresh_s": statistics.median(fresh),
        "runs": runs,
        "warm_s": warm_s,
        "build_s": build_s,
        "scored_in_full": full,
        "peak_mb": peak_mb(),
        "input_mb": before_mb,
        "model": encoder.model_id,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default="default")
    parser.add_argument("--scope", choices=("applicants", "pool"), default="applicants")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args()
    if args.one:
        if args.scope == "pool":
            print(json.dumps(one_pool(args.one, args.runs)))
        else:
            print(json.dumps(one_size(args.one, args.runs, args.model)))
        return 0
    if args.scope == "pool":
        return main_pool(args)
    print("peak MB: the process; input MB: the process after loading the model and writing the")
    print("pool into a SQLite file, before any shortlist (profiles are read from it as needed)")
    print("median s: warm (every vector cached, each résumé's line readings kept from the warm-up,")
    print(
        "matcher.match.readings); fresh s: the same with no line readings kept (a first shortlist)"
    )
    head = f"{'pool':>8}{'median s':>10}{'fresh s':>9}{'scored in full':>16}{'peak MB':>9}"
    print(head + f"{'input MB':>10}{'warm-up s':>11}")
    for size in args.sizes:
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(size),
                "--runs",
                str(args.runs),
                "--model",
                args.model,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{r['size']:>8}{r['median_s']:>10.3f}{r['fresh_s']:>9.3f}{r['scored_in_full']:>16}"
            f"{r['peak_mb']:>9.0f}{r['input_mb']:>10.0f}{r['warm_s']:>11.1f}",
            flush=True,
        )
    return 0


def main_pool(args) -> int:
    """The pool-scope table: one child process per size."""
    print("GET /api/jobs/<id>/shortlist?scope=pool (service.pool_shortlist), default model")
    print(
        f"{'pool':>8}{'warm s':>8}{'first s':>9}{'re-rank s':>11}{'repeat s':>10}{'scored in full':>16}"
        f"{'listed':>8}{'peak MB':>9}{'input MB':>10}"
    )
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--runs", str(args.runs)]
        child = subprocess.run(
            cmd + ["--scope", "pool"], capture_output=True, text=True, check=True
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{r['size']:>8}{r['warm_s']:>8.1f}{r['first_s']:>9.2f}{r['rerank_s']:>11.2f}{r['repeat_s']:>10.2f}"
            f"{r['scored_in_full']:>16}{r['listed']:>8}{r['peak_mb']:>9.0f}{r['input_mb']:>10.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
