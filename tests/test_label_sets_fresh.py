"""bench/label_sets.py --labels fresh / fresh2 / ... / fresh13: the blind sets under
bench/verdict_labels_fresh/*/ to bench/verdict_labels_fresh13/*/ (fresh13 is the held-out one)."""

import json

import pytest

from bench.label_sets import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    OPEN,
    LabelSetError,
    load,
)
from tests.conftest import shared_path
from tests.test_label_sets import RESUME, write_set

DEV_JOBS_ASKED_NOT = {"graded140", "graded28", "graded26"}


def test_fresh_is_its_own_choice_and_never_part_of_all(tmp_path):
    """A fresh folder loads only under "fresh", its labels marked so; "own" and "all" (what the
    verdict model may be fitted on) do not see it."""
    data, folder = write_set(tmp_path)
    own_root, fresh_root = folder.parent, tmp_path / "fresh"
    (fresh_root / "en").mkdir(parents=True)
    for name in ("requirements.json", "pairs.json", "labels.jsonl"):
        (fresh_root / "en" / name).write_bytes((folder / name).read_bytes())
    (folder / "labels.jsonl").unlink()  # the own root now holds no set: only fresh has one
    fresh = load("fresh", data, own=own_root, fresh=fresh_root)
    assert {label["set"] for label in fresh.labels} == {"fresh"}
    assert [label["evidence"] for label in fresh.labels] == [["Skills: Python, PostgreSQL"], []]
    assert fresh.resumes == {"cv7": RESUME}
    with pytest.raises(LabelSetError, match="holds no label set"):
        load("own", data, own=own_root, fresh=fresh_root)


def test_an_empty_fresh_root_is_one_line_naming_it(tmp_path):
    with pytest.raises(LabelSetError) as caught:
        load("fresh", tmp_path, fresh=tmp_path / "none")
    assert str(caught.value) == f"{tmp_path / 'none'}: holds no label set (*/labels.jsonl)"


def test_open_is_every_set_open_for_tuning_and_never_the_held_out_one(tmp_path):
    """The choice "open" (what the shipped verdict model may learn from) holds the dev set, the own sets and
    every fresh set named in OPEN, each label marked with its set; the held-out set (fresh13) stays
    out."""
    data, folder = write_set(tmp_path)
    own_root = folder.parent
    roots = {}
    names = (
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
    )
    for name in names:
        root = tmp_path / name
        (root / "en").mkdir(parents=True)
        for part in ("requirements.json", "pairs.json", "labels.jsonl"):
            text = (folder / part).read_text(encoding="utf-8")
            (root / "en" / part).write_text(text.replace("cv7", f"cv7{name}"), encoding="utf-8")
        roots[name] = root
    dev = data / "verdicts"
    (dev / "resumes").mkdir(parents=True)
    (dev / "resumes" / "d1.txt").write_text(RESUME, encoding="utf-8")
    req = {"id": "dev1#1", "text": "Python", "kind": "skill", "must": True}
    dev_reqs = {"dev1": {"source": "jobs/1.txt", "requirements": [req], "flagged": []}}
    (dev / "requirements.json").write_text(json.dumps(dev_reqs), encoding="utf-8")
    label = {"job": "dev1", "resume": "d1", "req": "dev1#1", "verdict": "met", "evidence": []}
    (dev / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    with pytest.raises(LabelSetError, match="holds no label set"):
        load("open", data, own=tmp_path / "none", **roots)  # open needs the own sets too
    got = load("open", data, own=own_root, **roots)
    assert names[:-1] == OPEN
    sets = {label["set"] for label in got.labels}
    assert sets == {"dev", "own", *OPEN}, sets
    assert not any(label["resume"] == "cv7fresh13" for label in got.labels)
    assert len(got.labels) == 1 + 2 * (1 + len(OPEN))
    assert {label["set"] for label in load("fresh12", data, **roots).labels} == {"fresh12"}
    held_out = load("fresh13", data, **roots).labels
    assert {label["set"] for label in held_out} == {"fresh13"}
    assert {label["resume"] for label in held_out} == {"cv7fresh13"}


@pytest.mark.parametrize(
    ("root", "which"),
    [
        (FRESH, "fresh"),
        (FRESH2, "fresh2"),
        (FRESH3, "fresh3"),
        (FRESH4, "fresh4"),
        (FRESH5, "fresh5"),
        (FRESH6, "fresh6"),
        (FRESH7, "fresh7"),
        (FRESH8, "fresh8"),
        (FRESH9, "fresh9"),
        (FRESH10, "fresh10"),
        (FRESH11, "fresh11"),
        (FRESH12, "fresh12"),
    ],
)
def test_the_committed_fresh_sets_read_back_against_the_shared_data(root, which):
    """Every committed blind set (fresh to fresh12): clauses verbatim in their postings (the loader
    checks), each offset pair reading back a whole non-blank line part of its résumé, unknown
    without and met with evidence, every requirement of every pair labelled once, and no pair
    labelled in the dev set or the project's own sets, nor (for the later sets) in an earlier fresh
    set: fresh to fresh12 are open for tuning, fresh13 (once labelled) is held out."""
    shared_path("verdicts", "labels.jsonl")
    folders = sorted(p.parent for p in root.glob("*/labels.jsonl"))
    assert folders, f"{root} holds no set"
    fresh = load(which)
    seen = {(x["job"], x["resume"]) for x in load("all").labels}
    earlier = (
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
    )
    for before in earlier[: earlier.index(which)] if which in earlier else earlier:
        seen |= {(x["job"], x["resume"]) for x in load(before).labels}
    pairs = {(x["job"], x["resume"]) for x in fresh.labels}
    assert pairs and not pairs & seen
    assert not DEV_JOBS_ASKED_NOT & {job for job, _ in pairs}
    for job, resume in pairs:
        asked = [r["id"] for r in fresh.requirements[job]["requirements"]]
        got = sorted(x["req"] for x in fresh.labels if (x["job"], x["resume"]) == (job, resume))
        assert got == sorted(asked), (job, resume)
    raw = [
        json.loads(line)
        for folder in folders
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(raw) == len(fresh.labels)
    for stored, label in zip(raw, fresh.labels, strict=True):
        text = fresh.resumes[label["resume"]]
        for (start, end), line in zip(stored["evidence"], label["evidence"], strict=True):
            assert line == text[start:end] and line.strip() == line and line
        if label["verdict"] == "unknown":
            assert label["evidence"] == []
        else:
            assert label["evidence"], (label["req"], label["resume"])
        assert label["note"]
