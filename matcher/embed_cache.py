"""An embedding cache in front of any embedder: each vector is kept under (model id, sha256 of the
text), so re-ranking a job or adding a résumé embeds only what is new, and vectors of two models
never mix (a rebuilt model has a new id, see models.loader.fingerprint)."""

from __future__ import annotations

import hashlib
from typing import Protocol

import numpy as np

TABLE = "vectors"
# SQLite's default limit on bound parameters is 999 on old builds; stay under it.
_CHUNK = 500


class Encoder(Protocol):
    """What CachedEncoder wraps: models.Embedder or anything shaped like it."""

    model_id: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def text_sha(text: str) -> str:
    """The cache key of a text: hex sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def ensure_table(db) -> None:
    """Create the vectors table when missing (the store's migration v2 calls this). An existing
    table is left alone: no DDL, so no schema lock, on every encoder a request makes."""
    if db[TABLE].exists():
        return
    db[TABLE].create(
        {"model_id": str, "sha": str, "dim": int, "vector": bytes},
        pk=("model_id", "sha"),
        if_not_exists=True,
    )


class CachedEncoder:
    """Same interface as the embedder (`model_id`, `dim`, `encode`), with a vector cache in a
    sqlite_utils.Database (table `vectors`) or, when db is None, in a dict for this process.
    `hits` counts texts served without embedding, `misses` texts handed to the embedder."""

    def __init__(self, embedder: Encoder, db=None):
        self.embedder = embedder
        self.model_id = embedder.model_id
        self.dim = int(embedder.dim)
        self.db = db
        self.hits = 0
        self.misses = 0
        self._memory: dict[str, np.ndarray] = {}
        if db is not None:
            ensure_table(db)

    def encode(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32 L2-normalised vectors; only texts not cached are embedded, once each."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        shas = [text_sha(t) for t in texts]
        # first occurrence of each distinct text, in input order (deterministic batches)
        first: dict[str, int] = {}
        for i, sha in enumerate(shas):
            first.setdefault(sha, i)
        found = self._lookup(list(first))
        missing = [sha for sha in first if sha not in found]
        if missing:
            vectors = np.asarray(
                self.embedder.encode([texts[first[sha]] for sha in missing]), dtype=np.float32
            )
            if vectors.shape != (len(missing), self.dim):
                raise ValueError(
                    f"embedder {self.model_id} returned shape {vectors.shape}, "
                    f"expected ({len(missing)}, {self.dim})"
                )
            new = dict(zip(missing, vectors, strict=True))
            self._store(new)
            found.update(new)
        for i, sha in enumerate(shas):
            out[i] = found[sha]
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        return out

    def forget(self, texts: list[str]) -> int:
        """Drop the cached vectors of these texts under every model (erasure); returns rows gone."""
        shas = sorted({text_sha(t) for t in texts})
        gone = 0
        for sha in shas:
            if self._memory.pop(sha, None) is not None:
                gone += 1
        if self.db is not None:
            with self.db.conn:
                for start in range(0, len(shas), _CHUNK):
                    chunk = shas[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    cursor = self.db.execute(f"DELETE FROM {TABLE} WHERE sha IN ({marks})", chunk)
                    gone += max(cursor.rowcount, 0)
        return gone

    def _lookup(self, shas: list[str]) -> dict[str, np.ndarray]:
        """Cached vectors for these keys under this model id."""
        if self.db is None:
            return {sha: self._memory[sha] for sha in shas if sha in self._memory}
        found = {}
        for start in range(0, len(shas), _CHUNK):
            chunk = shas[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT sha, dim, vector FROM {TABLE} WHERE model_id = ? AND sha IN ({marks})",
                [self.model_id, *chunk],
            ).fetchall()
            for sha, dim, blob in rows:
                # a row of another width (or a damaged one) is re-embedded, not trusted
                if dim == self.dim and blob is not None and len(blob) == 4 * self.dim:
                    found[sha] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return found

    def _store(self, new: dict[str, np.ndarray]) -> None:
        """Keep freshly embedded vectors."""
        if self.db is None:
            self._memory.update(new)
            return
        rows = [
            {
                "model_id": self.model_id,
                "sha": sha,
                "dim": self.dim,
                "vector": np.ascontiguousarray(vec, dtype="<f4").tobytes(),
            }
            for sha, vec in new.items()
        ]
        # replace: a row skipped by _lookup as damaged is overwritten with a good one
        self.db[TABLE].insert_all(rows, pk=("model_id", "sha"), replace=True, batch_size=_CHUNK)
