"""Time of the JD and résumé parsers on hostile inputs (tests/adversarial.py: runs of spaces,
digits, dots, CJK, 年以上, nested list markers, one long line, many short lines) at 25, 50, 100,
200 and 400 KB: CPU seconds of the parsing process per size (median of --runs; CPU time, not
wall-clock, because the machine is shared: the two agree on an idle one) and the ratio per
doubling (≈2 is linear, ≈4 quadratic). Goal: every ratio ≤ 2.5 and every 400 KB input under
2 s. A measurement over --timeout seconds of wall-clock is stopped (in a child process) and the
family's larger sizes are skipped.

Run from the repo root: .venv/bin/python bench/bench_parse_scaling.py [--sizes 25,50] [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.adversarial import FAMILIES  # noqa: E402

KB = 1000


def _time_one(parser: str, family: str, size: int, runs: int, out) -> None:
    from matcher.jd import parse_jd
    from matcher.resume import parse_resume

    func = parse_jd if parser == "jd" else (lambda t: parse_resume(t, today="2026-11-30"))
    text = FAMILIES[family](size)
    times = []
    for _ in range(runs):
        start = time.process_time()
        # a named refusal is an answer too; its time counts
        with contextlib.suppress(Exception):
            func(text)
        times.append(time.process_time() - start)
    out.send(statistics.median(times))


def measure(parser: str, family: str, size: int, runs: int, timeout: float) -> float | None:
    """Median CPU seconds of `runs` parses in a child process, or None past `timeout`."""
    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time_one, args=(parser, family, size, runs, there))
    proc.start()
    ok = here.poll(timeout)
    result = here.recv() if ok else None
    proc.kill()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="25,50,100,200,400", help="KB, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--families", default=",".join(FAMILIES))
    ap.add_argument("--parsers", default="jd,resume")
    args = ap.parse_args()
    sizes = [int(s) * KB for s in args.sizes.split(",")]
    worst_ratio, worst_top, failures = 0.0, 0.0, []
    print(f"{'parser':<7}{'family':<13}" + "".join(f"{s // KB:>8}KB" for s in sizes) + "  ratios")
    for parser in args.parsers.split(","):
        for family in args.families.split(","):
            times: list[float | None] = []
            for size in sizes:
                t = measure(parser, family, size, args.runs, args.timeout)
                times.append(t)
                if t is None:
                    break
            cells = [f"{t:>9.3f}s" if t is not None else f">{args.timeout:>7.0f}s" for t in times]
            ratios = [
                b / a for a, b in zip(times, times[1:], strict=False) if a and b and a > 0.005
            ]
            if ratios:
                worst_ratio = max(worst_ratio, max(ratios))
            if times[-1] is None or len(times) < len(sizes):
                failures.append(f"{parser}/{family}")
            elif times[-1] is not None:
                worst_top = max(worst_top, times[-1])
            print(
                f"{parser:<7}{family:<13}"
                + "".join(cells)
                + "  "
                + " ".join(f"{r:.2f}" for r in ratios)
            )
    print(
        f"worst ratio per doubling {worst_ratio:.2f} (goal ≤ 2.5); slowest at "
        f"{sizes[-1] // KB} KB {worst_top:.2f} s (goal < 2 s); timed out: {failures or 'none'}"
    )


if __name__ == "__main__":
    main()
