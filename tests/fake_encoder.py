"""A tiny deterministic encoder for matcher.match tests where the real model is not the point:
hashed character bigrams, L2-normalised (same interface as models.Embedder)."""

from __future__ import annotations

import hashlib

import numpy as np


class FakeEncoder:
    """Bag of hashed character bigrams in `dim` dimensions; counts encode calls and texts."""

    def __init__(self, dim: int = 64, model_id: str = "fake@test"):
        self.dim = dim
        self.model_id = model_id
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            low = text.lower()
            for a, b in zip(low, low[1:], strict=False):
                h = int.from_bytes(hashlib.md5((a + b).encode()).digest()[:4], "little")
                out[i, h % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out
