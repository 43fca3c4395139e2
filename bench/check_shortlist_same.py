"""Whether a change to the shortlist path left every result as it was: writes the full ranked
output (every verdict, score, reason, its codes, evidence and offsets, the learned features and
signals) of fixed pools as one JSON file and prints its sha256, so that runs on the old and the
new code compare byte for byte (`cmp` the two files, or diff them to find what moved).

Pools: the bench's generated pool (bench_shortlist_speed.make_profile, its posting) at 1,000 and
at 10,000 candidates (the latter pre-filtered, matcher.match.retrieve), each ranked with the
résumés' line readings kept from a first ranking and again with none kept (both must agree); and
with --verdicts LABELS, every job of the hand-labelled sets (bench_verdicts.predictions's
postings and résumés, shipped model).

Run from the repo root: .venv/bin/python bench/check_shortlist_same.py OUT.json
[--sizes 1000 10000] [--verdicts open]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def generated(size: int, encoder) -> dict:
    """The bench's pool of `size` profiles ranked warm (readings kept) and fresh (none kept)."""
    from bench_shortlist_speed import JOB, make_profile

    from matcher.jd import parse_jd
    from matcher.match import rank, readings

    posting = parse_jd(JOB)[0]
    rng = random.Random(size)
    pool = [(f"r{i:06d}.txt", make_profile(i, rng)) for i in range(size)]
    readings.clear()
    fresh = rank(posting, pool, encoder, keep_signals=True)
    warm = rank(posting, pool, encoder, keep_signals=True)
    return {"fresh": fresh, "warm": warm}


def labelled(labels: str, encoder) -> dict:
    """Every job of the label sets, ranked as bench_verdicts ranks it (all its output kept)."""
    import bench_verdicts
    from label_sets import load

    import matcher.match

    seen: list = []
    real = matcher.match.rank

    def recording(posting, profiles, *args, **kwargs):
        out = real(posting, profiles, *args, **kwargs)
        seen.append({"posting": posting.get("title"), "ranked": out})
        return out

    matcher.match.rank = recording
    try:
        rows = bench_verdicts.predictions(encoder, keep_signals=True, sets=load(labels))
    finally:
        matcher.match.rank = real
    return {"jobs": seen, "figures": bench_verdicts.figures(rows)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--verdicts", default=None, help="a label set of bench_verdicts (open)")
    args = parser.parse_args()
    from matcher.embed_cache import CachedEncoder
    from matcher.settings import Settings
    from models import load_model

    encoder = CachedEncoder(load_model("default", Settings.from_env().model_dir), db=None)
    out: dict = {}
    for size in args.sizes:
        got = generated(size, encoder)
        if got["fresh"] != got["warm"]:
            print(f"pool {size}: the warm ranking differs from the fresh one", file=sys.stderr)
            return 1
        out[f"pool {size}"] = got["warm"]
    if args.verdicts:
        out[f"labels {args.verdicts}"] = labelled(args.verdicts, encoder)
    # (a learned signal's reasons are Reason objects: their repr names code and parameters)
    data = json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0, default=repr)
    data = data.encode("utf-8")
    args.out.write_bytes(data)
    print(args.out, len(data), hashlib.sha256(data).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
