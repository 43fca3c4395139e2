"""Pool vectors on PostgreSQL: each candidate's document vector (the one the large-pool
pre-filter compares with the job's) in a pgvector column, so "the nearest k résumés to this job"
is one query answered in the server: every distance computed in C next to the data, exactly,
instead of shipping every document to this process. Rows follow the candidate (ON DELETE
CASCADE); missing ones are embedded before a query (through the embedding cache, so a warm pool
costs a lookup).

No HNSW index serves that query: the pre-filter asks for thousands of rows (4 × 3,000), where
an approximate walk returned 0.74 of the exact nearest whatever ef_search or iterative scan was
set, and took longer than the exact scan (0.5-0.7 s against 0.31 s at 100,000 vectors; about
1 s exact at 1,000,000), besides 2-20 minutes of index build (docs/scaling.md,
bench/bench_pg_prefilter.py). An index an operator created is ignored; the ones an earlier
version built are dropped on upgrade (schema migration 11)."""

from __future__ import annotations

import numpy as np

from matcher.store.pool import CandidatePool

TABLE = "pool_vectors"
_BATCH = 500

DDL = [
    "CREATE EXTENSION IF NOT EXISTS vector",
    f"CREATE TABLE {TABLE} (candidate_id BIGINT NOT NULL REFERENCES candidates (id) "
    "ON DELETE CASCADE, model_id TEXT NOT NULL, embedding vector NOT NULL, "
    "PRIMARY KEY (model_id, candidate_id))",
]


class PgCandidatePool(CandidatePool):
    """CandidatePool whose pre-filter asks the database for the nearest documents."""

    def nearest(self, encoder, vector: np.ndarray, k: int) -> list[int] | None:
        """Positions (in self.ids) of the k candidates whose document vector is nearest the
        vector by cosine, best first (exactly; equal distances by candidate id); None unless
        these are the whole pool (a job's applicants are a sliver of it: they are scored by the
        full scan, as on SQLite)."""
        from pgvector.psycopg import register_vector

        run = self.db.conn.run
        where = {cand_id: pos for pos, cand_id in enumerate(self.ids)}
        if len(where) < run("SELECT count(*) FROM candidates").fetchone()[0]:
            return None
        register_vector(self.db.conn.raw)
        dim = int(encoder.dim)
        self._fill(encoder)
        sql = (
            f"SELECT candidate_id FROM {TABLE} WHERE model_id = %s "
            f"ORDER BY embedding::vector({dim}) <=> %s::vector({dim}), candidate_id LIMIT %s"
        )
        with self.db.conn:  # SET LOCAL lasts for this transaction only
            # An HNSW index would answer approximately; ordering by distance and id already keeps
            # one out of the plan, and index scans are off to make sure.
            run("SET LOCAL enable_indexscan = off")
            rows = run(sql, [encoder.model_id, vector, int(k)]).fetchall()
        return [where[r[0]] for r in rows if r[0] in where]

    def subset(self, positions: list[int]) -> PgCandidatePool:
        """The candidates at these positions, as a pool of their own."""
        return PgCandidatePool(self.db, [self.ids[p] for p in positions])

    def _fill(self, encoder) -> int:
        """Embed and keep the document vectors the table lacks for these candidates: how many."""
        sql = (
            f"SELECT c.id, c.document FROM candidates c WHERE c.id = ANY(%s) AND NOT EXISTS "
            f"(SELECT 1 FROM {TABLE} v WHERE v.model_id = %s AND v.candidate_id = c.id) "
            "ORDER BY c.id"
        )
        missing = self.db.conn.run(sql, [self.ids, encoder.model_id]).fetchall()
        # Only candidates still in the pool (one erased since the SELECT is skipped).
        insert = (
            f"INSERT INTO {TABLE} (candidate_id, model_id, embedding) SELECT %s, %s, %s "
            "WHERE EXISTS (SELECT 1 FROM candidates WHERE id = %s) ON CONFLICT DO NOTHING"
        )
        for start in range(0, len(missing), _BATCH):
            batch = missing[start : start + _BATCH]
            vectors = encoder.encode([doc or "" for _, doc in batch])
            rows = [
                (cand_id, encoder.model_id, np.asarray(vec, dtype=np.float32), cand_id)
                for (cand_id, _), vec in zip(batch, vectors, strict=True)
            ]
            with self.db.conn:
                self.db.conn.run_many(insert, rows)
        return len(missing)
