"""How well résumé work history is read, on the real résumés of ../shared/data: per source, the
résumés whose text holds date ranges but whose profile has no dated entry, the dated entries that
read as school (a school, degree or school certificate as title or employer, no job title), the
dated entries without a title, and the median parse time. The date-range count here is loose on
purpose (two dates with only spaces, dashes or "to" between them, or a date then "present"), so it
also sees the ranges the parser misses.

Run: .venv/bin/python bench/bench_resume_history.py [--every N] [--show]"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matcher.resume import parse_resume  # noqa: E402
from matcher.resume.dates import _SINGLE_RE  # noqa: E402
from matcher.resume.work_names import TITLE_RE  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TODAY = "2026-11-30"

_GAP = re.compile(r"[\s\-–—~～:：,]*(?:to|bis|until|till|至|到)?[\s\-–—~～:：]*$", re.I)
_PRESENT = re.compile(r"[\s\-–—~～:：]*(?:至今|present|now|current|heute|today)", re.I)
# A month with its year (not a year alone), so that "2015 2016" lists of years are not ranges
_MONTHED = re.compile(r"\d{1,2}\s*[./]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[./年]\s*\d{1,2}|[A-Za-z]")
_SCHOOL = re.compile(
    r"大学|学院|学校|中学|小学|university|college|school|schule|gymnasium|hochschule|"
    r"universität|bachelor|(?<!scrum )master(?:'s)?\b|m\.\s?sc|b\.\s?sc|abitur|studium|diploma|"
    r"certificate|本科|硕士|博士|学士",
    re.I,
)
# Who works at a school: a teacher's entry is work
_TEACHES = re.compile(r"dozent|lecturer|professor|prof\.|teacher|lehrer|教师|讲师|教授", re.I)


def _line_at(text: str, offset: int) -> str:
    return text[
        text.rfind("\n", 0, offset) + 1 : (text.find("\n", offset) + 1 or len(text) + 1) - 1
    ]


def has_ranges(text: str) -> int:
    """Loosely counted date ranges on lines that name no school or degree: two month dates with
    only separators between, or a date followed by a word for today."""
    dates = list(_SINGLE_RE.finditer(text))
    starts = []
    for a, b in zip(dates, dates[1:], strict=False):
        gap = text[a.end() : b.start()]
        if len(gap) <= 6 and _GAP.match(gap) and _MONTHED.search(a.group(0)):
            starts.append(a.start())
    starts += [d.start() for d in dates if _PRESENT.match(text, d.end())]
    return sum(1 for s in starts if not _SCHOOL.search(_line_at(text, s)))


def sources(every: int) -> dict[str, list[tuple[str, str]]]:
    """{source: [(name, text)]} of the résumés present."""
    out: dict[str, list[tuple[str, str]]] = {}
    verdicts = DATA / "verdicts" / "resumes"
    if verdicts.is_dir():
        out["verdicts"] = [(p.stem, p.read_text()) for p in sorted(verdicts.glob("*.txt"))]
    graded = DATA / "raw" / "cv_jobpost_graded_de" / "cv"
    if graded.is_dir():
        out["graded_de"] = [(p.stem, p.read_text()) for p in sorted(graded.glob("*.txt"))]
    category = DATA / "raw" / "resume_category_en" / "UpdatedResumeDataSet.csv"
    if category.is_file():
        csv.field_size_limit(10_000_000)
        with category.open(newline="", encoding="utf-8", errors="replace") as fh:
            rows = list(csv.DictReader(fh))
        out["category_en"] = [
            (f"row{i}", r["Resume"]) for i, r in enumerate(rows) if i % every == 0 and r["Resume"]
        ]
    return out


def survey(name: str, texts: list[tuple[str, str]], show: bool) -> dict:
    """The figures of one source."""
    ranged_undated, school, untitled, dated, times = [], [], [], 0, []
    for rid, text in texts:
        t0 = time.perf_counter()
        profile = parse_resume(text, today=TODAY)
        times.append((time.perf_counter() - t0) * 1000)
        entries = [e for e in profile["experience"] if e["start"] and e["end"]]
        dated += len(entries)
        if has_ranges(text) and not entries:
            ranged_undated.append(rid)
        for e in entries:
            said = f"{e['title'] or ''} {e['organisation'] or ''}"
            job = TITLE_RE.search(e["title"] or "") or _TEACHES.search(said)
            if _SCHOOL.search(said) and not job:
                school.append(f"{rid}: {said.strip()} {e['start']}")
            if not e["title"]:
                untitled.append(rid)
    if show:
        print(f"-- {name}: ranges but no dated entry: {' '.join(ranged_undated)}")
        for line in school:
            print(f"-- {name}: school as work: {line}")
    return {
        "résumés": len(texts),
        "ranges_no_entry": len(ranged_undated),
        "dated_entries": dated,
        "school_entries": len(school),
        "untitled_entries": len(untitled),
        "ms_median": round(statistics.median(times), 1) if times else 0.0,
    }


def main() -> int:
    """Print one row per source."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=10, help="every N-th résumé of category_en")
    ap.add_argument("--show", action="store_true", help="name the résumés behind the counts")
    args = ap.parse_args()
    found = sources(args.every)
    if not found:
        print(f"no résumés under {DATA}")
        return 1
    cols = ("résumés", "ranges_no_entry", "dated_entries", "school_entries", "untitled_entries")
    cols += ("ms_median",)
    print(f"{'source':<12}" + "".join(f"{c:>18}" for c in cols))
    for name, texts in found.items():
        row = survey(name, texts, args.show)
        print(f"{name:<12}" + "".join(f"{row[c]:>18}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
