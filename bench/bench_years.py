"""Years of experience on real bios: of the ResumeNER sentences (train + dev,
../shared/data/raw/resume_ner_zh) that state a career start or a total ("1981年7月参加工作",
"进入本公司", "从业经历", "起任", "工作经验", "…年起"), how many get a total_years from parse_resume.
The keyword filter picks the sentences; it is not a gold standard of the years themselves.

Run from the repo root: .venv/bin/python bench/bench_years.py"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_resume_ner import DATA, read_bmes  # noqa: E402

from matcher.resume import parse_resume  # noqa: E402

STATES_YEARS = re.compile(r"参加工作|进入本公司|从业经历|起任|工作经验|年起")


def main() -> None:
    """Print how many of the sentences that state years get them, and the misses."""
    total = found = 0
    misses = []
    for split in ("train", "dev"):
        for text, _ in read_bmes(DATA / f"{split}.char.bmes"):
            if not STATES_YEARS.search(text):
                continue
            total += 1
            if parse_resume(text, today="2020-01-01")["total_years"] is not None:
                found += 1
            else:
                misses.append(text[:60])
    print(f"ResumeNER sentences stating a career start or total: {found}/{total} get years")
    for text in misses:
        print(f"  no years: {text}")


if __name__ == "__main__":
    main()
