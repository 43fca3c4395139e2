"""Requirement clauses as the verdict protocol gives them to parse_jd: is each labelled clause read
as exactly one requirement, of the labelled kind and must?

The verdict protocol (bench_verdicts.posting_text) hands every labelled job to parse_jd as a clean
posting: a title line, a requirements heading, one labelled clause a line. A verdict is routed by
the kind the parser gives the requirement and weighed by its must, so a clause cut, split, merged
or of the wrong kind costs verdicts even there. Sets: the shared dev set
(../shared/data/verdicts/requirements.json) and every bench/verdict_labels*/<lang>/requirements.json
but the blind ones (BLIND: never read here). A job in two sets is counted in each (each set's
verdicts use it) and once in "distinct".

Per set and language (de / en / zh, of the clauses):
- one: the clause reads as exactly one requirement (not split into two, not merged with another
  line, not cut: the requirement holds at least CUT of the clause and lies inside it; a second
  requirement that only repeats a piece of the first, as a major drawn from a degree, is let be);
- kind / must: the requirement that covers most of the clause has the labelled kind / must (a
  clause no requirement covers counts wrong).
Also kind / must right on bench/jd_clauses_marked.json's marked clauses, parsed as marked (raw
text, as bench_jd_clauses reads them), per language; the dev set's raw postings with them.

Run from the repo root: .venv/bin/python bench/bench_jd_kinds.py [--list]
(--list prints every clause that is not one requirement or whose kind or must is wrong).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_jd_clauses import common, load_jobs, norm  # noqa: E402
from bench_verdicts import posting_text  # noqa: E402
from label_sets import HELD_OUT  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
# the held-out label set (label_sets.HELD_OUT) is never read, listed or parsed here
BLIND: frozenset[str] = frozenset({f"verdict_labels_{HELD_OUT}"})
CUT = 0.9  # a requirement holding less of its clause is cut
INSIDE = 0.8  # a requirement with less of its text in the clause reaches into another line


def label_sets() -> list[tuple[str, dict]]:
    """(set name, {job: {"requirements": [...]}}) of the shared dev set and every non-blind
    bench/verdict_labels*/*/requirements.json."""
    sets = [("dev", json.loads((DATA / "verdicts" / "requirements.json").read_text("utf-8")))]
    for folder in sorted((ROOT / "bench").glob("verdict_labels*")):
        if folder.name in BLIND or not folder.is_dir():
            continue
        name = folder.name.removeprefix("verdict_labels").lstrip("_") or "own"
        for path in sorted(folder.glob("*/requirements.json")):
            sets.append((f"{name}/{path.parent.name}", json.loads(path.read_text("utf-8"))))
    return sets


def _language(text: str) -> str:
    from matcher.jd.split import language_of

    return language_of(text)


def judge(clauses: list[tuple[str, str, bool]], reqs: list[dict]) -> list[dict]:
    """Per clause (text, kind, must): how the parsed requirements read it ("one", "split",
    "merged", "cut", "missed"; "derived" when a second requirement only repeats a piece of the
    first, as a major drawn from a degree) and whether the best-covering one has its kind and
    must. A requirement lies inside the clause it shares most with when at least INSIDE of it is
    a common stretch; otherwise it is merged into every clause of which it holds half."""
    gold = [norm(c[0]) for c in clauses]
    parts: list[list[tuple[int, str, dict]]] = [[] for _ in clauses]
    merged: set[int] = set()
    best: list[tuple[int, dict] | None] = [None for _ in clauses]
    for r in reqs:
        p = norm(r["text"])
        if not p:
            continue
        shared = [common(g, p) for g in gold]
        for i, c in enumerate(shared):
            if c >= max(2, len(gold[i]) // 2) and (best[i] is None or c > best[i][0]):
                best[i] = (c, r)
        home = max(range(len(gold)), key=shared.__getitem__, default=None)
        if home is None or shared[home] < 2:
            continue
        if shared[home] >= INSIDE * len(p):
            parts[home].append((shared[home], p, r))
        else:
            merged.update(i for i, c in enumerate(shared) if c >= max(2, len(gold[i]) // 2))
    out = []
    for i, (text, kind, must) in enumerate(clauses):
        mine = sorted(parts[i], key=lambda t: -t[0])
        pieces = [t for t in mine[1:] if common(t[1], mine[0][1]) < INSIDE * len(t[1])]
        if i in merged:
            how = "merged"
        elif pieces:
            how = "split"
        elif not mine:
            how = "missed"
        elif mine[0][0] < CUT * len(gold[i]):
            how = "cut"
        else:
            how = "derived" if len(mine) > 1 else "one"
        got = best[i][1] if best[i] else None
        out.append(
            {
                "clause": text,
                "how": how,
                "kind": kind,
                "must": must,
                "got": [r["text"] for _, _, r in mine] or None,
                "got_kind": got["kind"] if got else None,
                "got_must": got["must"] if got else None,
            }
        )
    return out


def _protocol(job_reqs: dict) -> list[dict]:
    from matcher.jd import parse_jd

    gold = job_reqs["requirements"]
    posting = parse_jd(posting_text("", [g["text"] for g in gold]))[0]
    return judge([(g["text"], g["kind"], g["must"]) for g in gold], posting["requirements"])


def _as_marked(job: dict) -> list[dict]:
    from matcher.errors import ParseError
    from matcher.jd import parse_jd

    try:
        reqs = [r for p in parse_jd(job["text"]) for r in p["requirements"]]
    except ParseError:
        reqs = []
    return judge(job["clauses"], reqs)


def _row(rows: dict, key: str, got: list[dict]) -> None:
    row = rows[key]
    row[0] += len(got)
    row[1] += sum(g["how"] in ("one", "derived") for g in got)
    row[2] += sum(g["got_kind"] == g["kind"] for g in got)
    row[3] += sum(g["got_must"] == g["must"] for g in got)


def _fault(g: dict) -> str | None:
    bits = []
    if g["how"] not in ("one", "derived"):
        bits.append(g["how"])
    if g["got_kind"] != g["kind"]:
        bits.append(f"kind {g['got_kind']} != {g['kind']}")
    if g["got_must"] != g["must"]:
        bits.append(f"must {g['got_must']} != {g['must']}")
    return ", ".join(bits) or None


def _print(title: str, rows: dict) -> None:
    print(f"{title:<26}{'clauses':>8}{'one':>7}{'kind':>7}{'must':>7}")
    for key in sorted(rows):
        n, one, kind, must = rows[key]
        print(f"{key:<26}{n:>8}{one / n:>7.2f}{kind / n:>7.2f}{must / n:>7.2f}")


def main() -> None:
    listing = "--list" in sys.argv
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    seen: set[str] = set()
    for name, reqs in label_sets():
        for job in sorted(reqs):
            got = _protocol(reqs[job])
            lang = _language("\n".join(g["text"] for g in reqs[job]["requirements"]))
            _row(rows, f"{name} {lang}", got)
            if job not in seen:
                seen.add(job)
                _row(rows, f"distinct {lang}", got)
                _row(rows, "distinct all", got)
                for g in got if listing else []:
                    fault = _fault(g)
                    if fault:
                        print(f"  {name} {job}: {g['clause'][:90]!r}: {fault}; got {g['got']}")
    _print("protocol (clean posting)", rows)
    marked: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for job in load_jobs():
        got = _as_marked(job)
        group = "dev" if job["group"] == "dev" else "marked"
        _row(marked, f"{group} {job['language']}", got)
        for g in got if listing else []:
            if g["got_kind"] != g["kind"] or g["got_must"] != g["must"]:
                print(f"  marked {job['id']}: {g['clause'][:90]!r}: {_fault(g)}; got {g['got']}")
    _print("as marked (raw posting)", marked)


if __name__ == "__main__":
    main()
