"""Speed of the JD parser: median milliseconds per posting over the founding collection and the
graded IT job posts (each file parsed 7 times; a file's time is split evenly over its postings).

Run from the repo root: .venv/bin/python bench/bench_jd_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
RUNS = 7


def per_posting_ms(texts: list[str]) -> list[float]:
    """For each text, the median over RUNS of (parse time / postings), in ms."""
    from matcher.jd import parse_jd

    out = []
    for text in texts:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            n = len(parse_jd(text))
            times.append((time.perf_counter() - start) * 1000 / max(n, 1))
        out.append(statistics.median(times))
    return out


def main() -> None:
    start = time.perf_counter()
    import matcher.jd  # noqa: F401  (import cost: regexes compiled at import)

    print(f"import matcher.jd: {(time.perf_counter() - start) * 1000:.0f} ms")
    seed = DATA / "jds" / "000_d1982b6cd2188f0a.txt"
    graded = sorted((DATA / "raw" / "cv_jobpost_graded_de" / "jobpost").glob("*.txt"))
    if not seed.exists():
        sys.exit(f"{seed} is absent")
    seed_ms = per_posting_ms([seed.read_text(encoding="utf-8")])[0]
    print(f"seed collection (11 postings, 26 kB): median {seed_ms:.2f} ms per posting")
    ms = per_posting_ms([p.read_text(encoding="utf-8") for p in graded])
    q = statistics.quantiles(ms, n=20)
    print(
        f"graded job posts ({len(ms)} files): median {statistics.median(ms):.2f} ms per posting, "
        f"p95 {q[18]:.2f} ms, max {max(ms):.2f} ms"
    )


if __name__ == "__main__":
    main()
