"""Cached embedding vectors in the database: one row per (model id, sha256 of the text). The
embedding cache (matcher.embed_cache) reads and writes them only through VectorTable."""

from __future__ import annotations

import numpy as np

TABLE = "vectors"
# SQLite's default limit on bound parameters is 999 on old builds; stay under it.
_CHUNK = 500


def ensure_table(db) -> None:
    """Create the vectors table when missing (migration v2 calls this). An existing table is left
    alone: no DDL, so no schema lock, on every encoder a request makes."""
    if db[TABLE].exists():
        return
    db[TABLE].create(
        {"model_id": str, "sha": str, "dim": int, "vector": bytes},
        pk=("model_id", "sha"),
        if_not_exists=True,
    )


class VectorTable:
    """The vectors table of one sqlite_utils.Database."""

    def __init__(self, db):
        self.db = db
        ensure_table(db)

    def lookup(self, model_id: str, dim: int, shas: list[str]) -> dict[str, np.ndarray]:
        """The kept vectors of these keys under the model; a row of another width (or a damaged
        one) is left out, so it is embedded again rather than trusted."""
        found = {}
        for start in range(0, len(shas), _CHUNK):
            chunk = shas[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT sha, dim, vector FROM {TABLE} WHERE model_id = ? AND sha IN ({marks})",
                [model_id, *chunk],
            ).fetchall()
            for sha, width, blob in rows:
                if width == dim and blob is not None and len(blob) == 4 * dim:
                    found[sha] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return found

    def put(self, model_id: str, dim: int, new: dict[str, np.ndarray]) -> None:
        """Keep freshly embedded vectors (replacing a damaged row lookup left out)."""
        rows = [
            {
                "model_id": model_id,
                "sha": sha,
                "dim": dim,
                "vector": np.ascontiguousarray(vec, dtype="<f4").tobytes(),
            }
            for sha, vec in new.items()
        ]
        self.db[TABLE].insert_all(rows, pk=("model_id", "sha"), replace=True, batch_size=_CHUNK)

    def forget(self, shas: list[str]) -> int:
        """Drop these keys' vectors under every model (erasure); returns the rows gone."""
        gone = 0
        with self.db.conn:
            for start in range(0, len(shas), _CHUNK):
                chunk = shas[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                cursor = self.db.execute(f"DELETE FROM {TABLE} WHERE sha IN ({marks})", chunk)
                gone += max(cursor.rowcount, 0)
        return gone
