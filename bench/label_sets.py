"""Hand-labelled verdict sets: the shared dev set (../shared/data/verdicts), the project's own
sets under bench/verdict_labels/*/ and the fresh sets under bench/verdict_labels_fresh/*/,
bench/verdict_labels_fresh2/*/, bench/verdict_labels_fresh3/*/, bench/verdict_labels_fresh4/*/,
bench/verdict_labels_fresh5/*/, bench/verdict_labels_fresh6/*/, bench/verdict_labels_fresh7/*/,
bench/verdict_labels_fresh8/*/, bench/verdict_labels_fresh9/*/, bench/verdict_labels_fresh10/*/,
bench/verdict_labels_fresh11/*/, bench/verdict_labels_fresh12/*/ and bench/verdict_labels_fresh13/*/
(each labelled blind after the verdict rules were tuned; never in "all", so never fitted on; fresh5
was opened for tuning in stop 19, fresh6 in stop 22, fresh7 in stop 23, fresh8 in stop 35, fresh9 in
stop 36, fresh10 in stop 37, fresh11 in stop 38, fresh12 in stop 39; fresh13 is the held-out set).
Same
guide, LABELING.md; personal text kept out of the project: evidence as character offsets into
the résumé, job and résumé text read from their source under ../shared/data at load time).

An own set's directory holds requirements.json ({job: {"source", "requirements", "flagged"}}),
pairs.json ([[job, résumé, résumé source], ...]) and labels.jsonl (one {"job", "resume", "req",
"verdict", "evidence": [[start, end], ...], "note"} a line). Every clause is checked to be a
verbatim substring of its job's text and every offset to lie inside its résumé; a fault is one
LabelSetError line naming the file (and line) and the problem.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from matcher import core
from matcher.errors import MatcherError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OWN = ROOT / "bench" / "verdict_labels"
FRESH = ROOT / "bench" / "verdict_labels_fresh"
FRESH2 = ROOT / "bench" / "verdict_labels_fresh2"
FRESH3 = ROOT / "bench" / "verdict_labels_fresh3"
FRESH4 = ROOT / "bench" / "verdict_labels_fresh4"
FRESH5 = ROOT / "bench" / "verdict_labels_fresh5"
FRESH6 = ROOT / "bench" / "verdict_labels_fresh6"
FRESH7 = ROOT / "bench" / "verdict_labels_fresh7"
FRESH8 = ROOT / "bench" / "verdict_labels_fresh8"
FRESH9 = ROOT / "bench" / "verdict_labels_fresh9"
FRESH10 = ROOT / "bench" / "verdict_labels_fresh10"
FRESH11 = ROOT / "bench" / "verdict_labels_fresh11"
FRESH12 = ROOT / "bench" / "verdict_labels_fresh12"
FRESH13 = ROOT / "bench" / "verdict_labels_fresh13"
VERDICTS = core.VERDICTS
# LABELING.md's kinds: the matcher's, less the conditions it lists under "flagged" instead.
KINDS = tuple(k for k in core.KINDS if k not in ("age", "gender", "location"))
# The fresh sets in the order they were labelled; the last one is the held-out set.
FRESH_SETS = ("fresh", *(f"fresh{n}" for n in range(2, 14)))
HELD_OUT = FRESH_SETS[-1]
CHOICES = ("dev", "own", "all", "open", *FRESH_SETS)
# Every set open for tuning: dev, own and the fresh sets opened so far (not the held-out one).
OPEN = FRESH_SETS[:-1]
SEED_SOURCE = "jds/000_d1982b6cd2188f0a.txt"
SKILLSPAN_SOURCE = "raw/skillspan_en/skillspan_tech_test.conll"
RESUME_NER_SOURCES = ("raw/resume_ner_zh/train.char.bmes", "raw/resume_ner_zh/dev.char.bmes")


class LabelSetError(MatcherError):
    """A label set's file is malformed or does not match its sources."""

    family = "labels"


@dataclass
class LabelSets:
    """Requirements by job, labels (each with "set": dev / own / fresh and evidence as text) and
    résumé texts by id."""

    requirements: dict[str, dict] = field(default_factory=dict)
    labels: list[dict] = field(default_factory=list)
    resumes: dict[str, str] = field(default_factory=dict)

    def add(self, other: LabelSets, where: Path) -> None:
        """Merge another set. A job in two sets must ask the same requirements (new pairs of a
        job already labelled, so cross-validation by job keeps its labels in one fold); a
        (job, résumé) pair labelled twice, or one résumé id with two texts, is an error."""
        for job, reqs in other.requirements.items():
            known = self.requirements.setdefault(job, reqs)
            if [(r["id"], r["text"]) for r in known["requirements"]] != [
                (r["id"], r["text"]) for r in reqs["requirements"]
            ]:
                raise LabelSetError(
                    f"job {job} asks other requirements in another set", path=str(where)
                )
        pairs = {(label["job"], label["resume"]) for label in self.labels}
        for label in other.labels:
            if (label["job"], label["resume"]) in pairs:
                raise LabelSetError(
                    f"pair {label['job']} × {label['resume']} is labelled in another set too",
                    path=str(where),
                )
        for name, text in other.resumes.items():
            if self.resumes.setdefault(name, text) != text:
                raise LabelSetError(
                    f"résumé id {name} names another text elsewhere", path=str(where)
                )
        self.labels.extend(other.labels)


def load_dev(data: Path = SHARED) -> LabelSets:
    """The shared dev set, as its README describes it."""
    folder = data / "verdicts"
    reqs = json.loads((folder / "requirements.json").read_text(encoding="utf-8"))
    labels = [
        {**json.loads(line), "set": "dev"}
        for line in (folder / "labels.jsonl").open(encoding="utf-8")
        if line.strip()
    ]
    resumes = {p.stem: p.read_text(encoding="utf-8") for p in (folder / "resumes").glob("*.txt")}
    return LabelSets(reqs, labels, resumes)


def _json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabelSetError("is missing", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise LabelSetError(f"is not JSON ({exc})", path=str(path)) from None


def source_text(source: str, data: Path = SHARED) -> str:
    """A job's or résumé's text from its source under the data folder: a file,
    "jds/000_….txt#N" for the N-th posting of the founding collection (1-based), or
    "raw/skillspan_en/skillspan_tech_test.conll#N" for the N-th SkillSpan tech posting (1-based,
    cut as bench_jd_clauses.skillspan_postings cuts it: one sentence a line), or
    "raw/resume_ner_zh/train.char.bmes#N" (or dev) for the N-th ResumeNER biography (1-based, cut
    as bench_resume_ner.read_bios cuts it: one sentence a line)."""
    path, _, n = source.partition("#")
    if not n:
        return (data / path).read_text(encoding="utf-8")
    if path in RESUME_NER_SOURCES:
        if str(ROOT / "bench") not in sys.path:
            sys.path.insert(0, str(ROOT / "bench"))
        from bench_resume_ner import read_bios

        bios = read_bios(data / path)
        if not 1 <= int(n) <= len(bios):
            raise IndexError(f"biography {n} of {len(bios)}")
        return bios[int(n) - 1]
    if path == SKILLSPAN_SOURCE:
        if str(ROOT / "bench") not in sys.path:
            sys.path.insert(0, str(ROOT / "bench"))
        from bench_jd_clauses import skillspan_postings

        postings = skillspan_postings(data / path)
        if not 1 <= int(n) <= len(postings):
            raise IndexError(f"posting {n} of {len(postings)}")
        return postings[int(n) - 1]
    if path != SEED_SOURCE:
        raise LabelSetError(
            f"only {SEED_SOURCE}, {SKILLSPAN_SOURCE} and the ResumeNER files are cut", path=source
        )
    from matcher.jd.split import split_postings

    # cut as bench_jd_clauses._seed_postings cuts it: every posting counts, 1-based
    postings = split_postings((data / path).read_text(encoding="utf-8"))
    if not 1 <= int(n) <= len(postings):
        raise IndexError(f"posting {n} of {len(postings)}")
    return "\n".join(postings[int(n) - 1][1])


def _requirements(path: Path, data: Path) -> dict[str, dict]:
    reqs = _json(path)
    for job, entry in reqs.items():
        where = f"{path} job {job}"
        for key in ("source", "requirements"):
            if key not in entry:
                raise LabelSetError(f'has no "{key}"', path=where)
        try:
            text = source_text(entry["source"], data)
        except (OSError, IndexError, ValueError) as exc:
            raise LabelSetError(
                f"source {entry['source']} unreadable ({exc})", path=where
            ) from None
        for k, req in enumerate(entry["requirements"], 1):
            if req.get("id") != f"{job}#{k}":
                raise LabelSetError(f"requirement {k} has id {req.get('id')!r}", path=where)
            if req.get("kind") not in KINDS:
                raise LabelSetError(
                    f"{req['id']} kind {req.get('kind')!r} not in {KINDS}", path=where
                )
            if not isinstance(req.get("must"), bool) or not req.get("text"):
                raise LabelSetError(f"{req['id']} needs a text and a true/false must", path=where)
            if req["text"] not in text:
                raise LabelSetError(f"{req['id']} is not verbatim in {entry['source']}", path=where)
    return reqs


def _evidence(spans, text: str, where: str, resume: str) -> list[str]:
    """Offsets [[start, end], ...] into the résumé → its verbatim lines."""
    if not isinstance(spans, list):
        raise LabelSetError("evidence is not a list of [start, end]", path=where)
    lines = []
    for span in spans:
        ok = (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(i, int) and not isinstance(i, bool) for i in span)
        )
        if not ok or not 0 <= span[0] < span[1] <= len(text):
            raise LabelSetError(
                f"evidence {span!r} is not a span inside résumé {resume} ({len(text)} characters)",
                path=where,
            )
        lines.append(text[span[0] : span[1]])
    return lines


def read_labels(
    folder: Path, pairs: set[tuple[str, str]], reqs: dict, resumes: dict[str, str]
) -> list[dict]:
    """The labels.jsonl of a set's folder, checked line by line: each of one of the pairs, its
    requirement one of its job's, its verdict one of VERDICTS, no requirement of a pair labelled
    twice; evidence read back from the résumé text."""
    path = folder / "labels.jsonl"
    if not path.exists():
        raise LabelSetError("is missing", path=str(path))
    labels, seen = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            label = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelSetError(f"not JSON ({exc})", path=where) from None
        key = (label.get("job"), label.get("resume"), label.get("req"))
        if key[:2] not in pairs:
            raise LabelSetError(f"pair {key[0]} / {key[1]} not in pairs.json", path=where)
        if key[2] not in {r["id"] for r in reqs[key[0]]["requirements"]}:
            raise LabelSetError(f"requirement {key[2]!r} not in requirements.json", path=where)
        if key in seen:
            raise LabelSetError(f"requirement {key[2]} of {key[1]} labelled twice", path=where)
        if label.get("verdict") not in VERDICTS:
            raise LabelSetError(f"verdict {label.get('verdict')!r} not in {VERDICTS}", path=where)
        seen.add(key)
        evidence = _evidence(label.get("evidence"), resumes[key[1]], where, key[1])
        labels.append({**label, "evidence": evidence})
    return labels


def load_own(folder: Path, data: Path = SHARED, which: str = "own") -> LabelSets:
    """One own (or fresh) label set's directory, its evidence read back from the résumés'
    sources; each label's "set" is which."""
    reqs = _requirements(folder / "requirements.json", data)
    resumes: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    for i, pair in enumerate(_json(folder / "pairs.json"), 1):
        where = f"{folder / 'pairs.json'} pair {i}"
        if not (isinstance(pair, list) and len(pair) == 3) or pair[0] not in reqs:
            raise LabelSetError(
                f"{pair!r} is not [job of requirements.json, résumé, source]", path=where
            )
        job, name, source = pair
        try:
            resumes[name] = source_text(source, data)
        except (OSError, IndexError, ValueError) as exc:
            raise LabelSetError(f"résumé source {source} unreadable ({exc})", path=where) from None
        pairs.add((job, name))
    labels = [{**label, "set": which} for label in read_labels(folder, pairs, reqs, resumes)]
    return LabelSets(reqs, labels, resumes)


def _add_folders(sets: LabelSets, root: Path, which: str, data: Path) -> None:
    """Every set directory under root (*/labels.jsonl), its labels' "set" which."""
    folders = sorted(p.parent for p in root.glob("*/labels.jsonl"))
    if not folders:
        raise LabelSetError("holds no label set (*/labels.jsonl)", path=str(root))
    for folder in folders:
        sets.add(load_own(folder, data, which), folder)


def load(
    which: str = "dev",
    data: Path = SHARED,
    own: Path = OWN,
    fresh: Path = FRESH,
    fresh2: Path = FRESH2,
    fresh3: Path = FRESH3,
    fresh4: Path = FRESH4,
    fresh5: Path = FRESH5,
    fresh6: Path = FRESH6,
    fresh7: Path = FRESH7,
    fresh8: Path = FRESH8,
    fresh9: Path = FRESH9,
    fresh10: Path = FRESH10,
    fresh11: Path = FRESH11,
    fresh12: Path = FRESH12,
    fresh13: Path = FRESH13,
) -> LabelSets:
    """The chosen labels: dev (the shared set), own (every bench/verdict_labels/*/), all (dev and
    own), fresh (every bench/verdict_labels_fresh/*/: labelled blind, never part of all; opened
    for tuning in stop 16) fresh2 (every bench/verdict_labels_fresh2/*/: labelled blind in
    stop 16, then opened for tuning), fresh3 (every bench/verdict_labels_fresh3/*/: labelled
    blind after that, opened for tuning in stop 17), fresh4 (every bench/verdict_labels_fresh4/*/:
    labelled blind in stop 17, opened for tuning in stop 18), fresh5 (every
    bench/verdict_labels_fresh5/*/: labelled blind in stop 18, opened for tuning in stop 19),
    fresh6 (every bench/verdict_labels_fresh6/*/: labelled blind in stop 19, held out until
    stop 22 opened it for tuning), fresh7 (every bench/verdict_labels_fresh7/*/: labelled blind
    in stop 22, opened for tuning in stop 23), fresh8 (every bench/verdict_labels_fresh8/*/:
    labelled blind in stop 23, opened for tuning in stop 35), fresh9 (every
    bench/verdict_labels_fresh9/*/: labelled blind in stop 35, opened for tuning in stop 36),
    fresh10 (every bench/verdict_labels_fresh10/*/: labelled blind in stop 36, opened for tuning in
    stop 37), fresh11 (every bench/verdict_labels_fresh11/*/: labelled blind in stop 37, opened for
    tuning in stop 38), fresh12 (every bench/verdict_labels_fresh12/*/: labelled blind in stop
    38, opened for tuning in stop 39) or fresh13 (every bench/verdict_labels_fresh13/*/: labelled
    blind in stop 39, the held-out set: measured, never tuned on, never in OPEN); open is every set
    open for tuning (dev, own and the fresh sets of OPEN), what the shipped verdict model may
    learn from."""
    if which not in CHOICES:
        raise ValueError(f"labels {which!r}: choose one of {', '.join(CHOICES)}")
    sets = LabelSets()
    if which in ("dev", "all", "open"):
        sets.add(load_dev(data), data / "verdicts")
    if which in ("own", "all", "open"):
        _add_folders(sets, own, "own", data)
    roots = {
        "fresh": fresh,
        "fresh2": fresh2,
        "fresh3": fresh3,
        "fresh4": fresh4,
        "fresh5": fresh5,
        "fresh6": fresh6,
        "fresh7": fresh7,
        "fresh8": fresh8,
        "fresh9": fresh9,
        "fresh10": fresh10,
        "fresh11": fresh11,
        "fresh12": fresh12,
        "fresh13": fresh13,
    }
    for name, root in roots.items():
        if which == name or (which == "open" and name in OPEN):
            _add_folders(sets, root, name, data)
    return sets
