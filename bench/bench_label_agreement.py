"""How far two independent readers agree on the project's own and fresh verdict labels.

The second reader's sets are bench/verdict_labels_second/<set>/ (a sample of the first reader's
pairs, the same file format, labelled blind by the same guide). The first reader's set is
bench/verdict_labels/<set>/ for an own set and bench/verdict_labels_fresh/<x>/ for a set named
fresh_<x> (both read by bench/label_sets.py's set loader, with all its checks). Every
requirement of every second-reader pair is compared. Printed per set and per requirement kind:
the number of labels, 4-way agreement (met / partial / unmet / unknown), 3-way agreement (met /
partial / not, as bench_verdicts scores it), met-versus-not agreement, Cohen's kappa on the 4-way
and the 3-way verdicts (scikit-learn; "-" where it is undefined: both readers used one verdict
only), and the confusion table (rows: first reader, columns: second); for the whole set, a 95%
bootstrap interval of the 4-way and 3-way agreement that resamples whole pairs (a sample of a
few pairs says less than its label count suggests). The shared dev set's README
quotes the same figures for its doubly-labelled part (86% 4-way, 90% 3-way, 99% met-versus-not).

Run from the repo root: .venv/bin/python bench/bench_label_agreement.py [--sets zh en fresh_en]
[--show]
(--show lists each disagreement with both readers' notes; no résumé text is printed).
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_verdicts import three_way  # noqa: E402
from label_sets import (  # noqa: E402
    FRESH,
    OWN,
    SHARED,
    VERDICTS,
    LabelSetError,
    LabelSets,
    _json,
    load_own,
    read_labels,
)

SECOND = ROOT / "bench" / "verdict_labels_second"
FRESH_PREFIX = "fresh_"  # a second-reader set of a fresh set: fresh_en reads FRESH / "en"
THREE = ("met", "partial", "not")


@dataclass
class Agreement:
    """Agreement figures of one group of doubly-labelled requirements."""

    n: int
    four: float
    three: float
    met_not: float
    kappa4: float | None
    kappa3: float | None
    confusion: list[list[int]]  # rows: first reader, columns: second, in VERDICTS order


def kappa(first: list[str], second: list[str], labels: tuple[str, ...]) -> float | None:
    """Cohen's kappa (scikit-learn), None where it is undefined (chance agreement is 1)."""
    from sklearn.exceptions import UndefinedMetricWarning
    from sklearn.metrics import cohen_kappa_score

    with warnings.catch_warnings():  # undefined is reported as None, not as a warning
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        value = cohen_kappa_score(first, second, labels=list(labels), replace_undefined_by=math.nan)
    return None if math.isnan(value) else float(value)


def agreement(verdicts: list[tuple[str, str]]) -> Agreement:
    """The figures for (first reader's verdict, second reader's verdict) pairs."""
    from sklearn.metrics import confusion_matrix

    if not verdicts:
        raise ValueError("no doubly-labelled requirements to compare")
    bad = {v for pair in verdicts for v in pair if v not in VERDICTS}
    if bad:
        raise ValueError(f"verdicts {sorted(bad)} not in {VERDICTS}")
    first = [a for a, _ in verdicts]
    second = [b for _, b in verdicts]
    first3, second3 = [three_way(v) for v in first], [three_way(v) for v in second]
    n = len(verdicts)
    return Agreement(
        n=n,
        four=sum(a == b for a, b in verdicts) / n,
        three=sum(a == b for a, b in zip(first3, second3, strict=True)) / n,
        met_not=sum((a == "met") == (b == "met") for a, b in verdicts) / n,
        kappa4=kappa(first, second, VERDICTS),
        kappa3=kappa(first3, second3, THREE),
        confusion=confusion_matrix(first, second, labels=list(VERDICTS)).tolist(),
    )


def load_second(folder: Path, first: LabelSets) -> list[dict]:
    """The second reader's labels of one set, checked against the first reader's set: each pair
    one of the first's, each requirement one of its job's, each offset inside its résumé (read
    back as text), and every requirement of every pair labelled exactly once."""
    path = folder / "labels.jsonl"
    first_pairs = {(label["job"], label["resume"]) for label in first.labels}
    pairs = [tuple(pair[:2]) for pair in _json(folder / "pairs.json")]
    for pair in pairs:
        if pair not in first_pairs:
            raise LabelSetError(
                f"pair {pair[0]} × {pair[1]} is not labelled by the first reader",
                path=str(folder / "pairs.json"),
            )
    labels = read_labels(folder, set(pairs), first.requirements, first.resumes)
    seen = {(label["job"], label["resume"], label["req"]) for label in labels}
    for job, resume in pairs:
        for req in first.requirements[job]["requirements"]:
            if (job, resume, req["id"]) not in seen:
                raise LabelSetError(f"{req['id']} of {resume} is not labelled", path=str(path))
    return labels


def paired(first: LabelSets, second: list[dict]) -> list[dict]:
    """One row per requirement both readers labelled: kind, both verdicts and both notes."""
    kinds = {r["id"]: r["kind"] for job in first.requirements.values() for r in job["requirements"]}
    by_key = {(x["job"], x["resume"], x["req"]): x for x in first.labels}
    rows = []
    for label in second:
        key = (label["job"], label["resume"], label["req"])
        if key not in by_key:
            raise LabelSetError(f"{key[2]} of {key[1]} is not labelled by the first reader")
        one = by_key[key]
        rows.append(
            {
                "job": key[0],
                "resume": key[1],
                "req": key[2],
                "kind": kinds[key[2]],
                "first": one["verdict"],
                "second": label["verdict"],
                "first_note": one.get("note", ""),
                "second_note": label.get("note", ""),
            }
        )
    return rows


def pair_intervals(
    rows: list[dict], n_boot: int = 2000, seed: int = 0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% percentile intervals of 4-way and 3-way agreement, resampling whole (job, résumé)
    pairs: the labels of one pair share a reading of one résumé and are not independent."""
    import numpy as np

    per: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        counts = per[(r["job"], r["resume"])]
        counts[0] += 1
        counts[1] += r["first"] == r["second"]
        counts[2] += three_way(r["first"]) == three_way(r["second"])
    table = np.array(list(per.values()))
    pick = np.random.default_rng(seed).integers(0, len(table), size=(n_boot, len(table)))
    drawn = table[pick].sum(axis=1)  # n_boot × (labels, 4-way agree, 3-way agree)
    four, three = drawn[:, 1] / drawn[:, 0], drawn[:, 2] / drawn[:, 0]
    return (
        tuple(float(x) for x in np.percentile(four, [2.5, 97.5])),
        tuple(float(x) for x in np.percentile(three, [2.5, 97.5])),
    )


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def report(name: str, rows: list[dict]) -> list[str]:
    """The printed block of one set (or of all sets): a line per kind and the confusion tables."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["kind"]].append(row)
    out = [f"== {name}: {len(rows)} labels on {len({(r['job'], r['resume']) for r in rows})} pairs"]
    out.append(
        f"{'kind':<12} {'n':>4} {'4-way':>6} {'3-way':>6} {'met/not':>7} {'κ4':>5} {'κ3':>5}"
    )
    tables = []
    for kind in [*sorted(groups), "all"]:
        group = rows if kind == "all" else groups[kind]
        fig = agreement([(r["first"], r["second"]) for r in group])
        out.append(
            f"{kind:<12} {fig.n:>4} {fig.four:6.2f} {fig.three:6.2f} {fig.met_not:7.2f}"
            f" {_fmt(fig.kappa4)} {_fmt(fig.kappa3)}"
        )
        tables.append((kind, fig.confusion))
    (lo4, hi4), (lo3, hi3) = pair_intervals(rows)
    out.append(
        f"all, 95% interval resampling the pairs: 4-way {lo4:.2f}-{hi4:.2f},"
        f" 3-way {lo3:.2f}-{hi3:.2f}"
    )
    for kind, table in tables:
        out.append(f"-- {name} / {kind}: first reader (rows) × second reader (columns)")
        out.append(f"{'':<9}" + "".join(f"{v:>9}" for v in VERDICTS))
        out.extend(
            f"{v:<9}" + "".join(f"{c:>9}" for c in line)
            for v, line in zip(VERDICTS, table, strict=True)
        )
    return out


def first_reader(name: str, own: Path = OWN, fresh: Path = FRESH) -> tuple[Path, str]:
    """The first reader's folder of a second-reader set and its labels' "set": fresh_<x> is the
    fresh set <x> (held out from tuning), any other name the own set of that name."""
    if name.startswith(FRESH_PREFIX):
        if not name.removeprefix(FRESH_PREFIX):
            raise LabelSetError(f"set {name!r} names no fresh set (fresh_<set>)")
        return fresh / name.removeprefix(FRESH_PREFIX), "fresh"
    return own / name, "own"


def load_pairs(
    sets: list[str],
    data: Path = SHARED,
    own: Path = OWN,
    second: Path = SECOND,
    fresh: Path = FRESH,
):
    """Rows of every chosen set, by set name."""
    result = {}
    for name in sets:
        folder, which = first_reader(name, own, fresh)
        first = load_own(folder, data, which)
        result[name] = paired(first, load_second(second / name, first))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    found = sorted(p.parent.name for p in SECOND.glob("*/labels.jsonl"))
    parser.add_argument("--sets", nargs="+", default=found, help=f"default: {' '.join(found)}")
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    try:
        rows = load_pairs(args.sets)
    except (LabelSetError, OSError) as exc:
        print(f"bench_label_agreement: {exc}", file=sys.stderr)
        return 2
    lines = []
    for name, group in rows.items():
        lines.extend(report(name, group))
    if len(rows) > 1:
        lines.extend(report("+".join(rows), [r for group in rows.values() for r in group]))
    print("\n".join(lines))
    if args.show:
        print("\n== disagreements (first → second; * also 3-way)")
        for name, group in rows.items():
            for r in group:
                if r["first"] != r["second"]:
                    star = "*" if three_way(r["first"]) != three_way(r["second"]) else " "
                    print(
                        f"{star} {name} {r['req']} × {r['resume']} [{r['kind']}] "
                        f"{r['first']} → {r['second']}"
                    )
                    print(f"    first:  {r['first_note']}\n    second: {r['second_note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
