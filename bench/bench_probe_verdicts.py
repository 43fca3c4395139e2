"""Verdict accuracy on ../shared/data/probe/requirement_pairs.json (150 hand-written pairs).

Each requirement goes through the JD clause parser (matcher.jd.requirements.requirements_of, what
parse_jd uses for one qualification clause), each résumé line through parse_resume, then
matcher.match.evaluate. Rule: met or partial counts as "satisfies", unmet or unknown as "does not";
a clause the parser splits in two (Fluent in Mandarin Chinese) satisfies only if every part does.
The semantic thresholds come from the project's own calibration pairs, never from this probe.

Run from the repo root: .venv/bin/python bench/bench_probe_verdicts.py [--model NAME_OR_PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = ROOT.parent / "shared" / "data" / "probe" / "requirement_pairs.json"
SATISFIES = {"met", "partial"}


def posting_for(requirement: str) -> dict:
    """A one-clause posting, parsed the way parse_jd parses a qualification clause."""
    from matcher.jd.clauses import Clause
    from matcher.jd.labels import NICE
    from matcher.jd.requirements import requirements_of

    english = not re.search(r"[\u4e00-\u9fff]", requirement)
    reqs, flags = requirements_of(Clause(requirement, None, not NICE.search(requirement)), english)
    return {"title": "", "requirements": reqs, "flags": flags, "duties": [], "sections": {}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    args = parser.parse_args()
    from matcher.embed_cache import CachedEncoder
    from matcher.match import evaluate
    from matcher.match.semantic import describe, thresholds_for
    from matcher.resume import parse_resume
    from matcher.settings import Settings
    from models import load_model

    encoder = CachedEncoder(load_model(args.model, Settings.from_env().model_dir))
    print("model", encoder.model_id, "thresholds", json.dumps(describe(thresholds_for(encoder))))
    pairs = json.loads(PROBE.read_text(encoding="utf-8"))["pairs"]
    right: dict[str, list[int]] = defaultdict(list)
    verdicts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    hard_rows = []
    for pair in pairs:
        posting = posting_for(pair["requirement"])
        profile = parse_resume(pair["resume_line"], today="2026-11-28")
        result = evaluate(posting, profile, encoder, score_flagged=True)
        found = [r["verdict"] for r in result["requirements"]] or ["unknown"]
        says = all(v in SATISFIES for v in found)
        ok = int(says == bool(pair["label"]))
        group = pair["group"]
        right[group].append(ok)
        right["all"].append(ok)
        for v in found:
            verdicts[group][v] += 1
        if group.endswith("_hard"):
            reasons = "; ".join(f"{r['verdict']}: {r['reason']}" for r in result["requirements"])
            hard_rows.append((ok, pair["requirement"], pair["resume_line"], reasons))
    print(f"{'group':<14}{'pairs':>6}{'accuracy':>10}  verdicts")
    for group in sorted(right, key=lambda g: (g == "all", g)):
        oks = right[group]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(verdicts[group].items()))
        print(f"{group:<14}{len(oks):>6}{sum(oks) / len(oks):>10.3f}  {counts}")
    print("\nhard pairs (label 0: must not satisfy):")
    for ok, req, line, reasons in hard_rows:
        print(f"  {'ok ' if ok else 'BAD'} {req} | {line} -> {reasons}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
