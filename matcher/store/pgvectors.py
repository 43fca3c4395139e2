"""Pool vectors on PostgreSQL: each candidate's document vector (the one the large-pool
pre-filter compares with the job's) in a pgvector column, with one HNSW index (cosine) per model,
so "the nearest k résumés to this job" is one indexed query instead of a scan of every document.
Rows follow the candidate (ON DELETE CASCADE); missing ones are embedded before a query (through
the embedding cache, so a warm pool costs a lookup)."""

from __future__ import annotations

import contextlib
import hashlib

import numpy as np
import psycopg

from matcher.store.pool import CandidatePool

TABLE = "pool_vectors"
_BATCH = 500
# HNSW returns at most ef_search rows a scan; the iterative scan (pgvector 0.8) goes on until
# k rows are found, reading at most this many tuples.
_EF_SEARCH = 200
_MAX_SCAN_TUPLES = 200_000

DDL = [
    "CREATE EXTENSION IF NOT EXISTS vector",
    f"CREATE TABLE {TABLE} (candidate_id BIGINT NOT NULL REFERENCES candidates (id) "
    "ON DELETE CASCADE, model_id TEXT NOT NULL, embedding vector NOT NULL, "
    "PRIMARY KEY (model_id, candidate_id))",
]


def index_name(model_id: str) -> str:
    """The HNSW index of one model's vectors (a model id may be any text: hashed)."""
    return f"{TABLE}_hnsw_{hashlib.sha256(model_id.encode()).hexdigest()[:16]}"


def ensure_index(db, model_id: str, dim: int) -> None:
    """Create the model's HNSW index (cosine, over vector(dim)) unless it exists: a partial
    expression index, since models of other widths share the table."""
    name = index_name(model_id)
    found = db.conn.run("SELECT to_regclass(%s)", [name]).fetchone()[0]
    if found is not None:
        return
    literal = model_id.replace("'", "''")
    # another process may create it at the same moment
    with contextlib.suppress(psycopg.errors.UniqueViolation):
        db.conn.run(
            f"CREATE INDEX IF NOT EXISTS {name} ON {TABLE} USING hnsw "
            f"((embedding::vector({int(dim)})) vector_cosine_ops) WHERE model_id = '{literal}'"
        )


class PgCandidatePool(CandidatePool):
    """CandidatePool whose pre-filter asks the HNSW index for the nearest documents."""

    def nearest(self, encoder, vector: np.ndarray, k: int) -> list[int] | None:
        """Positions (in self.ids) of the k candidates whose document vector is nearest the
        vector by cosine, best first (approximately: HNSW); None unless these are the whole
        pool (a job's applicants are a sliver of it, which an index walk would mostly miss:
        they are scored by the full scan, as on SQLite)."""
        from pgvector.psycopg import register_vector

        run = self.db.conn.run
        where = {cand_id: pos for pos, cand_id in enumerate(self.ids)}
        if len(where) < run("SELECT count(*) FROM candidates").fetchone()[0]:
            return None
        register_vector(self.db.conn.raw)
        dim = int(encoder.dim)
        self._fill(encoder)
        ensure_index(self.db, encoder.model_id, dim)
        sql = (
            f"SELECT candidate_id FROM {TABLE} WHERE model_id = %s "
            f"ORDER BY embedding::vector({dim}) <=> %s::vector({dim}) LIMIT %s"
        )
        args = [encoder.model_id, vector, int(k)]
        with self.db.conn:  # SET LOCAL lasts for this transaction only
            run(f"SET LOCAL hnsw.ef_search = {_EF_SEARCH}")
            run("SET LOCAL hnsw.iterative_scan = relaxed_order")
            run(f"SET LOCAL hnsw.max_scan_tuples = {_MAX_SCAN_TUPLES}")
            rows = self.db.conn.run(sql, args).fetchall()
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
