"""Requirement verdicts against the hand-labelled set ../shared/data/verdicts (its README's protocol).

Each job is given to the matcher as a clean posting (a title line, then its gold clauses one per
line under a requirements heading, through parse_jd), only that job's labelled résumés are ranked
(parse_resume, matcher.match.rank, the default model), and each gold clause is mapped to the
matcher's requirement whose text covers most of it. Printed: false-met rate, met precision, met
recall (met or partial), 3-way accuracy (met / partial / not), evidence support (where both say
met, the quoted line overlaps a labelled one), the confusion table, and each figure per language
pair (zh: requirement and résumé Chinese; en: both not; cross: one of each).

The verdict model (matcher.match.verdicts) is learned; with --cv it is refit for each fold of a
GroupKFold by job on the other jobs' labels only, so every figure is out-of-fold. Without --cv the
shipped model is used (trained on this whole set by --fit: in-sample).

--labels chooses the labels: dev (the shared set, default: the figures the issue quotes), own (the
project's own sets under bench/verdict_labels/*/, bench/label_sets.py), all (dev and own; the
figures are printed for the whole and for the dev and own rows apart), fresh (labels made blind
under bench/verdict_labels_fresh/*/, never fitted on and never in all; they were held out until
stop 16 opened them for tuning), fresh2 (bench/verdict_labels_fresh2/*/, labelled blind in stop
16; opened for tuning in stop 16 too, like fresh), fresh3 (bench/verdict_labels_fresh3/*/,
labelled blind after fresh2 was opened; opened for tuning in stop 17), fresh4
(bench/verdict_labels_fresh4/*/, labelled blind in stop 17 after fresh3 was opened; opened for
tuning in stop 18), fresh5 (bench/verdict_labels_fresh5/*/, labelled blind in stop 18 after
fresh4 was opened; opened for tuning in stop 19), fresh6 (bench/verdict_labels_fresh6/*/,
labelled blind in stop 19 after fresh5 was opened, measured as the held-out estimate in stops 20
and 21, opened for tuning in stop 22), fresh7 (bench/verdict_labels_fresh7/*/, labelled blind
in stop 22 after fresh6 was opened; opened for tuning in stop 23), fresh8
(bench/verdict_labels_fresh8/*/, labelled blind in stop 23 after fresh7 was opened; opened for
tuning in stop 35), fresh9 (bench/verdict_labels_fresh9/*/, labelled blind in stop 35 after
fresh8 was opened; opened for tuning in stop 36), fresh10 (bench/verdict_labels_fresh10/*/,
labelled blind in stop 36 after fresh9 was opened; opened for tuning in stop 37), fresh11
(bench/verdict_labels_fresh11/*/, labelled blind in stop 37 after fresh10 was opened; opened for
tuning in stop 38), fresh12 (bench/verdict_labels_fresh12/*/, labelled blind in stop 38 after
fresh11 was opened; opened for tuning in stop 39) or fresh13 (bench/verdict_labels_fresh13/*/,
labelled blind in stop 39 after fresh12 was opened: the held-out set now; measure on it, never tune
on it), or open (every set open for tuning: dev, own, fresh to fresh12, never fresh13; each set's rows are printed apart). --fit fits on dev only unless --fit-labels all or open.

Measured in stop 20 (1804 open labels, 30 jobs): the shipped model (fit on dev) against a model
fit on the open sets by GroupKFold by job (--labels open --cv 10), per set outside dev, 3-way:
fresh 0.717 / 0.711, fresh2 0.680 / 0.648, fresh3 0.667 / 0.625, fresh4 0.785 / 0.755, fresh5
0.711 / 0.693, own 0.765 / 0.718. More labels fitted made every set worse, so the shipped model
stays fit on dev.

Run from the repo root: .venv/bin/python bench/bench_verdicts.py [--cv 9]
[--labels dev|own|all|open|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|
fresh10|fresh11|fresh12|fresh13]
[--fit] [--fit-labels dev|all|open] [--model NAME] [--show] [--misses]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from label_sets import CHOICES, SHARED, LabelSetError, LabelSets, load  # noqa: E402

_CJK = re.compile(r"[\u3400-\u9fff]")
VERDICTS = ("met", "partial", "unmet", "unknown")
# What "bis heute" meant when the graded CVs were collected (the data set's commit date, as
# bench_graded_ndcg uses); the other résumés are read as of today.
TODAY = {"gcv": "2019-12-06"}


def three_way(verdict: str) -> str:
    """met / partial / not."""
    return verdict if verdict in ("met", "partial") else "not"


def is_zh(text: str) -> bool:
    """Chinese when a tenth of its letters (CJK characters or Latin letters) are CJK."""
    cjk = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return cjk > 0 and cjk * 3 >= 0.1 * (cjk * 3 + latin)


def posting_text(job: str, clauses: list[str]) -> str:
    """The clean posting of the protocol: a title line, a requirements heading, one clause a line."""
    if any(_CJK.search(c) for c in clauses):
        return "\n".join(["招聘岗位", "任职要求：", *clauses]) + "\n"
    return "\n".join(["Open position", "Requirements:", *clauses]) + "\n"


def covered(gold: str, text: str) -> int:
    """How many characters of the gold clause the requirement's text covers."""
    matcher = SequenceMatcher(None, gold, text, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks() if b.size >= 2)


def overlaps(quoted: str | None, labelled: list[str]) -> bool:
    """The matcher's quoted line shares a real stretch with a labelled evidence line: one holds
    the other, or they share a run of half the shorter one (at least 8 characters)."""
    if not quoted:
        return False
    q = quoted.strip()
    for line in labelled:
        line = line.strip()
        if not line:
            continue
        if q in line or line in q:
            return True
        m = SequenceMatcher(None, q, line, autojunk=False).find_longest_match()
        if m.size >= max(8, min(len(q), len(line)) // 2):
            return True
    return False


def predictions(
    encoder, verdict_model=None, keep_signals: bool = False, sets: LabelSets | None = None
) -> list[dict]:
    """One row per label of the chosen jobs (the dev set unless sets are given): the label, the
    matcher's verdict, evidence, reason."""
    from matcher.jd import parse_jd
    from matcher.match import rank
    from matcher.resume import parse_resume

    sets = sets or load("dev")
    reqs, labels, resumes = sets.requirements, sets.labels, sets.resumes
    by_job: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_job[label["job"]].append(label)
    profiles: dict[str, dict] = {}
    rows = []
    for job in sorted(by_job):
        gold = reqs[job]["requirements"]
        posting = parse_jd(posting_text(job, [g["text"] for g in gold]))[0]
        names = sorted({label["resume"] for label in by_job[job]})
        for name in names:
            if name not in profiles:
                profiles[name] = parse_resume(resumes[name], today=TODAY.get(name[:3]))
        ranked = rank(
            posting,
            [(n, profiles[n]) for n in names],
            encoder,
            verdict_model=verdict_model,
            keep_signals=keep_signals,
        )
        result = {c["resume"]: c for c in ranked}
        gold_text = {g["id"]: g for g in gold}
        for label in by_job[job]:
            clause = gold_text[label["req"]]
            found = result[label["resume"]]["requirements"]
            best = max(found, key=lambda r: covered(clause["text"], r["text"]), default=None)
            if best is None or covered(clause["text"], best["text"]) == 0:
                best = {"verdict": "unknown", "evidence": None, "reason": "no requirement"}
            req_zh = bool(_CJK.search(clause["text"]))
            cv_zh = is_zh(resumes[label["resume"]])
            rows.append(
                {
                    **label,
                    "kind": clause["kind"],
                    "clause": clause["text"],
                    "said": best["verdict"],
                    "quoted": best.get("evidence"),
                    "reason": best.get("reason"),
                    "lang": "zh"
                    if req_zh and cv_zh
                    else "en"
                    if not (req_zh or cv_zh)
                    else "cross",
                    "rank": result[label["resume"]]["rank"],
                    "score": result[label["resume"]]["score"],
                    "signals": best.get("signals"),
                }
            )
    return rows


def figures(rows: list[dict]) -> dict[str, float]:
    """The README's five figures over the rows."""
    nots = [r for r in rows if r["verdict"] in ("unmet", "unknown")]
    said_met = [r for r in rows if r["said"] == "met"]
    met = [r for r in rows if r["verdict"] == "met"]
    both = [r for r in rows if r["verdict"] == "met" and r["said"] == "met"]

    def share(part: int, whole: int) -> float:
        return part / whole if whole else float("nan")

    return {
        "false_met": share(sum(r["said"] == "met" for r in nots), len(nots)),
        "met_precision": share(sum(r["verdict"] == "met" for r in said_met), len(said_met)),
        "met_recall": share(sum(r["said"] in ("met", "partial") for r in met), len(met)),
        "accuracy_3way": share(
            sum(three_way(r["said"]) == three_way(r["verdict"]) for r in rows), len(rows)
        ),
        "evidence_support": share(
            sum(overlaps(r["quoted"], r["evidence"]) for r in both), len(both)
        ),
        "labels": len(rows),
    }


def evidence_misses(rows: list[dict]) -> list[dict]:
    """The rows both call met whose quoted line overlaps none of the labelled evidence lines."""
    return [
        r
        for r in rows
        if r["verdict"] == "met" and r["said"] == "met" and not overlaps(r["quoted"], r["evidence"])
    ]


GOALS = {
    "false_met": ("≤", 0.08),
    "met_precision": ("≥", 0.85),
    "met_recall": ("≥", 0.85),
    "accuracy_3way": ("≥", 0.80),
    "evidence_support": ("≥", 0.90),
}


def report(rows: list[dict]) -> None:
    """Print the figures, overall, per language pair and per kind, and the confusion table;
    when the rows mix the dev set and own sets, also the dev and the own rows apart."""
    groups = {"all": rows}
    for lang in ("zh", "en", "cross"):
        groups[lang] = [r for r in rows if r["lang"] == lang]
    if len({r["set"] for r in rows}) > 1:
        for which in sorted({r["set"] for r in rows}, key=lambda s: (s != "dev", s)):
            part = [r for r in rows if r["set"] == which]
            groups[which] = part
            for lang in ("zh", "en", "cross"):
                groups[f"{which} {lang}"] = [r for r in part if r["lang"] == lang]
    names = list(GOALS)
    print(f"{'set':<14}{'labels':>7}" + "".join(f"{n:>18}" for n in names))
    print(f"{'goal':<14}{'':>7}" + "".join(f"{GOALS[n][0] + str(GOALS[n][1]):>18}" for n in names))
    for group, part in groups.items():
        f = figures(part)
        print(f"{group:<14}{f['labels']:>7}" + "".join(f"{f[n]:>18.3f}" for n in names))
    print()
    for kind in sorted({r["kind"] for r in rows}):
        f = figures([r for r in rows if r["kind"] == kind])
        print(f"{'kind ' + kind:<22}{f['labels']:>5}" + "".join(f"{f[n]:>18.3f}" for n in names))
    counts = Counter((r["verdict"], r["said"]) for r in rows)
    print("\nconfusion (rows: label, columns: matcher)")
    print(f"{'':<10}" + "".join(f"{v:>9}" for v in VERDICTS))
    for v in VERDICTS:
        print(f"{v:<10}" + "".join(f"{counts[(v, s)]:>9}" for s in VERDICTS))


def neutral_model():
    """A model that says nothing (all classes equally likely): rows for fitting read only the
    rules' features, whatever model is shipped."""
    import numpy as np

    from matcher.match import verdicts

    n = len(verdicts.FEATURES)
    zeros = np.zeros((len(verdicts.CLASSES), n))
    return verdicts.Model(np.zeros(n), np.ones(n), zeros, np.zeros(len(verdicts.CLASSES)))


def training(rows: list[dict]):
    """(features, 3-way labels, jobs) of the rows the learned verdicts judge."""
    import numpy as np

    used = [r for r in rows if r["signals"]]
    x = np.array([r["signals"]["x"] for r in used])
    return used, x, [three_way(r["verdict"]) for r in used], [r["job"] for r in used]


def cross_validated(encoder, folds: int, sets: LabelSets | None = None) -> list[dict]:
    """Rows whose learned verdicts come from a model fit without the rows' own jobs (GroupKFold
    by job over the chosen jobs); typed verdicts are rules and need no fold."""
    from sklearn.model_selection import GroupKFold

    from matcher.match import verdicts

    rows = predictions(encoder, verdict_model=neutral_model(), keep_signals=True, sets=sets)
    used, x, y, jobs = training(rows)
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups=jobs):
        model = verdicts.fit(x[train], [y[i] for i in train])
        probas = model.proba(x[test])
        for i, proba in zip(test, probas, strict=True):
            s = used[i]["signals"]
            signals = verdicts.Signals(
                x[i], s["sentence"], s["reasons"], s["cap"], s["negative"], s["related"]
            )
            signals.related_text, signals.floor = s["related_text"], s["floor"]
            got = verdicts.decide(signals, proba, "en")
            used[i]["said"], used[i]["reason"] = got.verdict, got.reason
            if got.sentence is None:
                used[i]["quoted"] = None
            elif got.sentence == s["related"] and got.sentence != s["sentence"]:
                used[i]["quoted"] = s["related_text"]
    return rows


def fit_shipped(encoder, sets: LabelSets | None = None) -> None:
    """Fit the learned verdicts on every label of the sets (the dev set unless given) and write
    matcher/match/verdict_model.json."""
    import json as json_

    from matcher.match import verdicts

    rows = predictions(encoder, verdict_model=neutral_model(), keep_signals=True, sets=sets)
    _, x, y, _ = training(rows)
    model = verdicts.fit(x, y)
    text = json_.dumps(model.to_json(), indent=1) + "\n"
    verdicts.MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {verdicts.MODEL_PATH} from {len(y)} labels")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--cv", type=int, default=0, help="GroupKFold by job with this many folds")
    parser.add_argument("--show", action="store_true", help="print every wrong 3-way verdict")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="print every shared met whose quoted line overlaps no labelled evidence line",
    )
    parser.add_argument("--fit", action="store_true", help="refit the shipped verdict model")
    parser.add_argument(
        "--labels",
        choices=CHOICES,
        default="dev",
        help="labels measured (default dev; open is every set open for tuning)",
    )
    parser.add_argument(
        "--fit-labels",
        choices=("dev", "all", "open"),
        default="dev",
        help="labels --fit learns from (open: every set but the held-out one)",
    )
    args = parser.parse_args()
    from matcher.embed_cache import CachedEncoder
    from matcher.settings import Settings
    from models import load_model

    if not SHARED.exists():
        print(f"{SHARED} is absent", file=sys.stderr)
        return 2
    try:
        sets = load(args.labels)
        fit_sets = sets if args.fit_labels == args.labels else load(args.fit_labels)
    except LabelSetError as exc:
        print(exc, file=sys.stderr)
        return 2
    encoder = CachedEncoder(load_model(args.model, Settings.from_env().model_dir))
    if args.fit:
        fit_shipped(encoder, fit_sets)
    jobs = len(sets.requirements)
    print(
        "model",
        encoder.model_id,
        f"labels {args.labels} ({len(sets.labels)} over {jobs} jobs),",
        "cross-validated by job" if args.cv else "shipped model",
    )
    if args.cv > jobs:
        print(f"--cv {args.cv} asks more folds than the {jobs} jobs", file=sys.stderr)
        return 2
    rows = cross_validated(encoder, args.cv, sets) if args.cv else predictions(encoder, sets=sets)
    report(rows)
    if args.show:
        for r in rows:
            if three_way(r["said"]) != three_way(r["verdict"]):
                print(
                    f"\n{r['req']} {r['resume']} [{r['kind']}] label {r['verdict']} said "
                    f"{r['said']}: {r['clause']}\n  reason: {r['reason']}\n  quoted: {r['quoted']}"
                    f"\n  label note: {r['note']}"
                )
    if args.misses:
        for r in evidence_misses(rows):
            print(
                f"\n{r['req']} {r['resume']} [{r['kind']}] {r['lang']}: {r['clause']}\n"
                f"  reason: {r['reason']}\n  quoted: {r['quoted']}\n"
                f"  labelled: {' | '.join(r['evidence'])}\n  label note: {r['note']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
