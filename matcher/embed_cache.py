"""An embedding cache in front of any embedder: each vector is kept under (model id, sha256 of the
text), so re-ranking a job or adding a résumé embeds only what is new, and vectors of two models
never mix (a rebuilt model has a new id, see models.loader.fingerprint)."""

from __future__ import annotations

import hashlib
from typing import Protocol

import numpy as np

from matcher.store.vectors import VectorTable


class Encoder(Protocol):
    """What CachedEncoder wraps: models.Embedder or anything shaped like it."""

    model_id: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def text_sha(text: str) -> str:
    """The cache key of a text: hex sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class CachedEncoder:
    """Same interface as the embedder (`model_id`, `dim`, `encode`), with a vector cache in the
    store's VectorTable (`store.vectors()`; a sqlite_utils.Database is wrapped in one) or, when
    db is None, in a dict for this process. `hits` counts texts served without embedding,
    `misses` texts handed to the embedder."""

    def __init__(self, embedder: Encoder, db=None):
        self.embedder = embedder
        self.model_id = embedder.model_id
        self.dim = int(embedder.dim)
        self.table = db if db is None or isinstance(db, VectorTable) else VectorTable(db)
        self.hits = 0
        self.misses = 0
        self._memory: dict[str, np.ndarray] = {}

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
        if self.table is not None:
            gone += self.table.forget(shas)
        return gone

    def _lookup(self, shas: list[str]) -> dict[str, np.ndarray]:
        """Cached vectors for these keys under this model id."""
        if self.table is None:
            return {sha: self._memory[sha] for sha in shas if sha in self._memory}
        return self.table.lookup(self.model_id, self.dim, shas)

    def _store(self, new: dict[str, np.ndarray]) -> None:
        """Keep freshly embedded vectors."""
        if self.table is None:
            self._memory.update(new)
        else:
            self.table.put(self.model_id, self.dim, new)
