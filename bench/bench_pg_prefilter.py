"""Why the HNSW pre-filter (MATCHER_POOL_INDEX=1) disagrees with the full scan, and what a
better first cut would keep. The full scan keeps the `limit` best résumés by the fused job
score (matcher.match.retrieve.job_scores: cosine of the whole document with the job vector,
TF-IDF per requirement, share of named terms); a first cut of K candidates can only keep those
of the scan's top k that it contains, so "top-k ∩" is the share of the scan's top k (10, 100,
limit) inside each cut:

- job vector, exact: the K nearest documents to the job's vector (what HNSW approximates; its
  ceiling, whatever ef_search or iterative scan does);
- per requirement: the nearest documents to each requirement's vector in turn, until K;
- HNSW (PostgreSQL, --db): the shipped query (ef_search 200, hnsw.iterative_scan relaxed_order)
  and variants, against the exact K nearest.

Pools: generated (bench/bank_pool.py's lines, as the 1,000,000 bench; the job of
bench_shortlist_speed) and the real résumés under ../shared/data/raw (resume_category_en's
distinct résumés, ResumeNER's biographies, the graded CVs; read there, never copied) against
real postings (the Chinese collection under data/jds and the graded German job posts). Real
pools hold ~1,300 distinct résumés, below the 3,000 a pool ranking keeps, so there the limit is
scaled to the same 3% of the pool and K to the same multiples of it.

Run from the repo root: .venv/bin/python bench/bench_pg_prefilter.py [--size 100000]
[--db postgresql://… | postgresql] [--jobs 20]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
RAW = ROOT.parent / "shared" / "data" / "raw"
JDS = ROOT.parent / "shared" / "data" / "jds"
FACTORS = (4, 8, 16)


class Docs:
    """Documents as job_scores reads them from a store's pool."""

    def __init__(self, docs: list[str]):
        self.docs = docs

    def __len__(self) -> int:
        return len(self.docs)

    def documents(self, start: int, stop: int) -> list[str]:
        return self.docs[start:stop]


def real_documents() -> list[str]:
    """The distinct real résumés' retrieval documents (parsed with matcher's parser)."""
    from bench_resume_ner import read_bios

    from matcher.resume import parse_resume
    from matcher.resume.sentences import document

    csv.field_size_limit(10**9)
    texts = []
    with open(
        RAW / "resume_category_en" / "UpdatedResumeDataSet.csv", encoding="utf-8", errors="replace"
    ) as fh:
        texts += [row["Resume"] for row in csv.DictReader(fh)]
    for split in ("train", "dev"):
        texts += read_bios(RAW / "resume_ner_zh" / f"{split}.char.bmes")
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((RAW / "cv_jobpost_graded_de" / "cv").glob("*.txt"))
    ]
    texts = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    docs = [document(parse_resume(t)) for t in texts]
    return list(dict.fromkeys(d for d in docs if d.strip()))


def real_postings(count: int) -> list[dict]:
    """Postings with requirements: the Chinese collection, then graded German job posts."""
    from matcher.jd import parse_jd

    postings = parse_jd((JDS / "000_d1982b6cd2188f0a.txt").read_text(encoding="utf-8"))
    posts = sorted(
        (RAW / "cv_jobpost_graded_de" / "jobpost").glob("*.txt"), key=lambda p: int(p.stem)
    )
    for path in posts:
        postings += parse_jd(path.read_text(encoding="utf-8"))[:1]
    return [p for p in postings if p.get("requirements")][:count]


def cuts(
    posting: dict, docs: list[str], vectors: np.ndarray, encoder, k: int
) -> dict[str, np.ndarray]:
    """Each first cut's K positions."""
    from matcher.match import terms
    from matcher.match.engine import requirement_text
    from matcher.match.retrieve import job_vector

    job = job_vector(posting, encoder)
    out = {"job vector": np.argsort(-(vectors @ job), kind="stable")[:k]}
    reqs = encoder.encode([requirement_text(r) for r in posting["requirements"]])
    orders = [np.argsort(-(vectors @ r), kind="stable") for r in reqs]
    chosen: dict[int, None] = {}
    depth = 0
    while len(chosen) < k and depth < len(vectors):
        for order in orders:
            chosen.setdefault(int(order[depth]))
        depth += 1
    out["per requirement"] = np.array(list(chosen)[:k])
    # Half by cosine, the rest by the share of the job's named terms a document names (what a
    # text index could answer: PostgreSQL full-text or trigram search), ties by cosine.
    named = [t for t in (terms.named_terms(r) for r in posting["requirements"]) if t]
    if named:
        lowered = [d.lower() for d in docs]
        share = np.array([sum(terms.share(t, low) for t in named) for low in lowered])
        by_terms = np.lexsort((-(vectors @ job), -share))
        chosen = dict.fromkeys(out["job vector"][: k // 2].tolist())
        for i in by_terms.tolist():
            if len(chosen) >= k:
                break
            chosen.setdefault(i)
        out["cosine + named terms"] = np.array(list(chosen))
    else:  # no named terms: the cosine cut alone
        out["cosine + named terms"] = out["job vector"]
    return out


def coverage(scores: np.ndarray, cut: np.ndarray, tops: tuple[int, ...]) -> list[float]:
    """Share of the scan's top k (each of tops) inside the cut."""
    order = np.argsort(-scores, kind="stable")
    inside = set(cut.tolist())
    return [sum(int(i) in inside for i in order[:t]) / t for t in tops]


def analyse(
    label: str, postings: list[dict], docs: list[str], vectors, encoder, limit: int
) -> None:
    """Print the mean (min) coverage over the postings for each cut and factor."""
    from matcher.match.retrieve import job_scores

    tops = tuple(sorted({10, 100, limit}))
    results: dict[tuple[str, int], list[list[float]]] = {}
    for posting in postings:
        scores = job_scores(posting, Docs(docs), encoder)
        for factor in FACTORS:
            for name, cut in cuts(posting, docs, vectors, encoder, factor * limit).items():
                results.setdefault((name, factor), []).append(coverage(scores, cut, tops))
    print(f"\n{label}: {len(docs):,} résumés, {len(postings)} postings, keep {limit:,}")
    print(f"{'first cut':>21}{'K':>8}" + "".join(f"{f'top-{t} ∩':>13}" for t in tops))
    for (name, factor), rows in results.items():
        cells = "".join(
            f"{statistics.mean(c):>8.2f} ({min(c):.2f})" for c in zip(*rows, strict=True)
        )
        print(f"{name:>21}{factor * limit:>8}{cells}")


def hnsw(server: str, vectors: np.ndarray, posting: dict, encoder, k: int) -> None:
    """Recall of the HNSW query (as shipped, and variants) against the exact K nearest."""
    import psycopg
    from pgvector.psycopg import register_vector

    from matcher import pgserver
    from matcher.match.retrieve import job_vector

    url = pgserver.create_database(server, "bench_prefilter")
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            register_vector(conn)
            dim = vectors.shape[1]
            conn.execute(f"CREATE TABLE v (id INT PRIMARY KEY, e vector({dim}))")
            with conn.cursor().copy("COPY v (id, e) FROM STDIN WITH (FORMAT BINARY)") as copy:
                copy.set_types(["int4", "vector"])
                for i, vec in enumerate(vectors):
                    copy.write_row((i, vec))
            t0 = time.perf_counter()
            conn.execute("SET maintenance_work_mem = '1GB'")
            conn.execute("CREATE INDEX ON v USING hnsw (e vector_cosine_ops)")
            print(f"\nHNSW index over {len(vectors):,}: {time.perf_counter() - t0:.0f} s")
            job = job_vector(posting, encoder)
            exact = set(np.argsort(-(vectors @ job), kind="stable")[:k].tolist())
            print(
                f"{'ef_search':>10}{'iterative':>14}{'max tuples':>12}{'rows':>8}{'recall of exact K':>19}{'s':>7}"
            )
            variants = [
                (40, "off", 200_000),
                (200, "off", 200_000),
                (200, "relaxed_order", 200_000),  # as shipped (matcher/store/pgvectors.py)
                (1000, "relaxed_order", 200_000),
                (200, "relaxed_order", 2_000_000),
                (200, "strict_order", 2_000_000),
                (None, "exact", 0),  # no index: every distance computed in the server
            ]
            for ef, mode, tuples in variants:
                with conn.transaction():
                    if ef is None:
                        conn.execute("SET LOCAL enable_indexscan = off")
                    else:
                        conn.execute(f"SET LOCAL hnsw.ef_search = {ef}")
                        conn.execute(f"SET LOCAL hnsw.iterative_scan = {mode}")
                        conn.execute(f"SET LOCAL hnsw.max_scan_tuples = {tuples}")
                    t0 = time.perf_counter()
                    rows = conn.execute(
                        "SELECT id FROM v ORDER BY e <=> %s LIMIT %s", [job, k]
                    ).fetchall()
                    took = time.perf_counter() - t0
                got = {r[0] for r in rows}
                print(
                    f"{ef or '–':>10}{mode:>14}{tuples:>12}{len(got):>8}"
                    f"{len(got & exact) / k:>19.3f}{took:>7.2f}"
                )
    finally:
        pgserver.drop_database(server, "bench_prefilter")


def on_pool(url: str, k: int) -> None:
    """The shipped HNSW query against an exact scan in the server, on the pool_vectors of an
    existing matcher database (e.g. bench_scale.py --bank's million while it runs)."""
    import psycopg
    from bench_shortlist_speed import JOB
    from pgvector.psycopg import register_vector

    from matcher.jd import parse_jd
    from matcher.match.retrieve import job_vector
    from matcher.service import processing
    from matcher.settings import Settings
    from matcher.store import open_store, pgvectors

    store = open_store(Settings(db=url, model_dir=str(ROOT / "var" / "models")))
    encoder = processing.encoder_for(store)
    job = job_vector(parse_jd(JOB)[0], encoder)
    store.close()
    dim = encoder.dim
    sql = (
        f"SELECT candidate_id FROM {pgvectors.TABLE} WHERE model_id = %s "
        f"ORDER BY embedding::vector({dim}) <=> %s::vector({dim}) LIMIT %s"
    )
    got = {}
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        n = conn.execute(f"SELECT count(*) FROM {pgvectors.TABLE}").fetchone()[0]
        print(f"\n{n:,} pool vectors; K = {k:,}")
        for mode in ("exact", "hnsw", "exact", "hnsw"):
            with conn.transaction():
                if mode == "exact":
                    conn.execute("SET LOCAL enable_indexscan = off")
                else:
                    conn.execute("SET LOCAL hnsw.ef_search = 200")
                    conn.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
                    conn.execute("SET LOCAL hnsw.max_scan_tuples = 200000")
                t0 = time.perf_counter()
                rows = conn.execute(sql, [encoder.model_id, job, k]).fetchall()
                took = time.perf_counter() - t0
            got[mode] = {r[0] for r in rows}
            recall = len(got[mode] & got.get("exact", got[mode])) / k
            print(f"{mode:>6}: {len(rows):,} rows in {took:.2f} s, recall of exact {recall:.3f}")
    cut_against_scan(url)


def cut_against_scan(url: str, factors: tuple[int, ...] = (4, 16)) -> None:
    """MATCHER_POOL_INDEX=1's choice (the exact cut, then the fused score) against the full
    scan's, read from the results the full scan's first ranking stored; read-only."""
    import dataclasses

    from matcher.match import order, retrieve
    from matcher.service import processing
    from matcher.settings import Settings
    from matcher.store import open_store

    store = open_store(Settings(db=url, model_dir=str(ROOT / "var" / "models"), pool_index=1))
    try:
        job = store.get_job(store.job_ids()[0])
        encoder = processing.encoder_for(store)
        req_hash, _ = processing.job_revision(store, job)
        scanned = set(store.match_ids(job["id"], req_hash, encoder.model_id))
        if not scanned:
            print("no stored full-scan ranking yet")
            return
        ids = store.candidate_ids(None)
        store.settings = dataclasses.replace(store.settings, pool_index=1)
        stored = store.get_matches(job["id"], req_hash, encoder.model_id, ids=sorted(scanned))
        top = {int(r["resume"]) for r in order(list(stored.values()))[:10]}
        for factor in factors:
            retrieve.ANN_FACTOR = factor  # K = factor × the 3,000 kept
            t0 = time.perf_counter()
            chosen, _, _ = retrieve.shortlist_scored(
                processing.posting_of(job), store.candidate_pool(ids), encoder
            )
            took = time.perf_counter() - t0
            kept = {ids[i] for i in chosen}
            print(
                f"pre-filter, exact cut of {factor} x 3,000: {took:.1f} s for {len(ids):,} "
                f"candidates; keeps {len(kept & scanned):,} of the full scan's {len(scanned):,} "
                f"and {len(kept & top)} of its top 10"
            )
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="generated pool size (0: none)")
    parser.add_argument("--bank", type=int, default=100_000, help="lines the pool is drawn from")
    parser.add_argument("--jobs", type=int, default=20, help="real postings")
    parser.add_argument("--db", default=None, help="PostgreSQL server URL or 'postgresql'")
    parser.add_argument("--hnsw-only", action="store_true", help="only the HNSW recall (--db)")
    parser.add_argument("--pool-db", help="time the shipped query on this database's pool")
    args = parser.parse_args()
    if args.pool_db:
        on_pool(args.pool_db, 4 * 3000)
        return 0
    import random

    import bank_pool
    from bench_shortlist_speed import JOB

    from matcher.embed_cache import CachedEncoder, text_sha
    from matcher.jd import parse_jd
    from models import load_model

    embedder = load_model("default", str(ROOT / "var" / "models"))
    encoder = CachedEncoder(embedder)
    print("pre-filter first cuts against the full scan; mean (min) over postings; machine shared")

    if not args.hnsw_only:
        docs = real_documents()
        vectors = encoder.encode(docs)
        limit = max(10, round(0.03 * len(docs)))
        analyse("real", real_postings(args.jobs), docs, vectors, encoder, limit)

    if not args.size:
        return 0
    lines = bank_pool.bank_lines(args.bank)
    bank = bank_pool.Bank(embedder, lines)
    rng = random.Random(args.size)
    picks = [rng.sample(range(len(lines)), rng.randint(20, 40)) for _ in range(args.size)]
    docs = ["\n".join(lines[i] for i in p) for p in picks]
    vectors = bank.vectors(picks)
    encoder._memory.update({text_sha(d): v for d, v in zip(docs, vectors, strict=True)})
    job = parse_jd(JOB)[0]
    if not args.hnsw_only:
        analyse("generated", [job], docs, vectors, encoder, 3000)
    if args.db:
        import tempfile

        from matcher import pgserver

        folder, server = None, args.db
        if server == "postgresql":
            folder = Path(tempfile.mkdtemp(prefix="bench-prefilter-pg-"))
            server = pgserver.start(folder, port=0)
        try:
            hnsw(server, vectors, job, encoder, 4 * 3000)
        finally:
            if folder is not None:
                pgserver.stop(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
