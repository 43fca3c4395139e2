"""bench/bench_label_agreement.py: two readers' verdicts compared, on fictional labels."""

import json

import pytest

from bench import bench_label_agreement as bla
from tests.conftest import shared_path

# first reader's verdict, second reader's verdict
TEN = (
    [("met", "met")] * 3
    + [("partial", "partial")] * 2
    + [("unknown", "unknown")] * 2
    + [("unmet", "unknown"), ("partial", "met"), ("unknown", "partial")]
)


def test_agreement_arithmetic_on_ten_fictional_labels():
    fig = bla.agreement(TEN)
    assert fig.n == 10
    assert fig.four == pytest.approx(0.7)
    assert fig.three == pytest.approx(0.8)  # unmet / unknown are both "not"
    assert fig.met_not == pytest.approx(0.9)  # only partial → met crosses the met line
    # 4-way: p_o 0.7, p_e (3·4 + 3·3 + 1·0 + 3·3) / 100 = 0.30 → 0.4 / 0.7
    assert fig.kappa4 == pytest.approx(4 / 7)
    # 3-way: p_o 0.8, p_e (3·4 + 3·3 + 4·3) / 100 = 0.33 → 0.47 / 0.67
    assert fig.kappa3 == pytest.approx(47 / 67)
    assert fig.confusion == [[3, 0, 0, 0], [1, 2, 0, 0], [0, 0, 0, 1], [0, 1, 0, 2]]


def test_kappa_is_none_where_undefined_and_bad_verdicts_are_refused():
    fig = bla.agreement([("unknown", "unknown")] * 4)
    assert (fig.four, fig.three, fig.kappa4, fig.kappa3) == (1.0, 1.0, None, None)
    with pytest.raises(ValueError, match=r"verdicts \['maybe'\] not in"):
        bla.agreement([("met", "maybe")])
    with pytest.raises(ValueError, match="no doubly-labelled"):
        bla.agreement([])


JOB = "Open position: data engineer\nRequirements:\n- Python\n- SQL\n- Fluent English\n"
# Fictional people: no real résumé text enters the project.
RESUMES = {
    "cv1": "Data engineer since 2018.\nSkills: Python, SQL\nLanguages: English (C1)\n",
    "cv2": "Bookkeeper since 2010.\nSkills: Excel\n",
}
CLAUSES = [("Python", "skill"), ("SQL", "skill"), ("Fluent English", "language")]
FIRST = {"cv1": ["met", "met", "met"], "cv2": ["unmet", "unknown", "unknown"]}
SECOND = {"cv1": ["met", "partial", "met"], "cv2": ["unknown", "unknown", "unknown"]}


def write_sets(tmp_path, second=SECOND, first=FIRST, first_dir="own/en", second_name="en"):
    """A data folder, a first-reader set labelling two résumés (in first_dir) and a second
    reader's set (second/second_name); returns the data folder, the own and the second roots."""
    data = tmp_path / "data"
    (data / "jobs").mkdir(parents=True)
    (data / "jobs" / "j.txt").write_text(JOB, encoding="utf-8")
    for name, text in RESUMES.items():
        (data / f"{name}.txt").write_text(text, encoding="utf-8")
    reqs = {
        "j": {
            "source": "jobs/j.txt",
            "requirements": [
                {"id": f"j#{k}", "text": text, "kind": kind, "must": True}
                for k, (text, kind) in enumerate(CLAUSES, 1)
            ],
        }
    }
    pairs = [["j", name, f"{name}.txt"] for name in RESUMES]
    own, again = tmp_path / first_dir, tmp_path / "second" / second_name
    for folder, verdicts in ((own, first), (again, second)):
        folder.mkdir(parents=True)
        (folder / "pairs.json").write_text(json.dumps(pairs), encoding="utf-8")
        lines = []
        for name, row in verdicts.items():
            for k, verdict in enumerate(row, 1):
                line = "Skills: Python, SQL" if name == "cv1" else "Skills: Excel"
                start = RESUMES[name].index(line)
                spans = [] if verdict == "unknown" else [[start, start + len(line)]]
                label = {"job": "j", "resume": name, "req": f"j#{k}", "verdict": verdict}
                lines.append(json.dumps({**label, "evidence": spans, "note": verdict}))
        (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (own / "requirements.json").write_text(json.dumps(reqs), encoding="utf-8")
    return data, own.parent, again.parent


def test_sets_pair_up_by_requirement_and_report_per_kind(tmp_path):
    data, own, second = write_sets(tmp_path)
    rows = bla.load_pairs(["en"], data, own, second)["en"]
    assert [(r["req"], r["resume"], r["kind"], r["first"], r["second"]) for r in rows] == [
        ("j#1", "cv1", "skill", "met", "met"),
        ("j#2", "cv1", "skill", "met", "partial"),
        ("j#3", "cv1", "language", "met", "met"),
        ("j#1", "cv2", "skill", "unmet", "unknown"),
        ("j#2", "cv2", "skill", "unknown", "unknown"),
        ("j#3", "cv2", "language", "unknown", "unknown"),
    ]
    lines = bla.report("en", rows)
    assert lines[0] == "== en: 6 labels on 2 pairs"
    by_kind = {line.split()[0]: line.split()[1:] for line in lines[2:5]}
    # skill: 4 labels, 2 agree 4-way, 3 agree 3-way (unmet / unknown), 3 agree met-versus-not
    assert by_kind["skill"][:4] == ["4", "0.50", "0.75", "0.75"]
    assert by_kind["language"][:4] == ["2", "1.00", "1.00", "1.00"]
    assert by_kind["all"][:4] == ["6", "0.67", "0.83", "0.83"]


def test_the_interval_resamples_whole_pairs(tmp_path):
    data, own, second = write_sets(tmp_path)
    rows = bla.load_pairs(["en"], data, own, second)["en"]
    four, three = bla.pair_intervals(rows)
    # 4-way: both pairs agree on 2 of 3, so every resample gives 2/3
    assert four == pytest.approx((2 / 3, 2 / 3))
    # 3-way: cv1 agrees on 2 of 3, cv2 on 3 of 3: resamples lie between, both ends reached
    assert three == pytest.approx((2 / 3, 1.0))
    assert (
        bla.report("en", rows)[5]
        == "all, 95% interval resampling the pairs: 4-way 0.67-0.67, 3-way 0.67-1.00"
    )


def test_a_second_set_missing_a_requirement_is_one_line_naming_it(tmp_path):
    data, own, second = write_sets(tmp_path)
    path = second / "en" / "labels.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(bla.LabelSetError) as caught:
        bla.load_pairs(["en"], data, own, second)
    assert str(caught.value) == f"{path}: j#3 of cv2 is not labelled"


def test_a_pair_the_first_reader_never_labelled_is_refused(tmp_path):
    data, own, second = write_sets(tmp_path)
    (data / "cv3.txt").write_text("Nurse since 2001.\n", encoding="utf-8")
    pairs = second / "en" / "pairs.json"
    pairs.write_text(json.dumps([["j", "cv1", "cv1.txt"], ["j", "cv3", "cv3.txt"]]), "utf-8")
    with pytest.raises(bla.LabelSetError, match=r"pair j × cv3 is not labelled by the first"):
        bla.load_pairs(["en"], data, own, second)


def test_the_committed_second_reader_sets_load_against_the_first():
    """Each committed second-reader set (own and fresh): its pairs among the first reader's, every
    requirement labelled once, offsets inside the résumés, no evidence for unknown and some for
    met."""
    shared_path("verdicts", "resumes")
    names = sorted(p.parent.name for p in bla.SECOND.glob("*/labels.jsonl"))
    assert {"en", "zh", "fresh_en", "fresh_zh"} <= set(names)
    for rows in bla.load_pairs(names).values():
        assert rows and len({(r["job"], r["resume"], r["req"]) for r in rows}) == len(rows)
    for name in names:
        folder, which = bla.first_reader(name)
        first = bla.load_own(folder, which=which)
        for label in bla.load_second(bla.SECOND / name, first):
            assert (label["verdict"] == "unknown") == (label["evidence"] == [])


def test_a_fresh_second_set_is_compared_with_the_fresh_first_reader(tmp_path):
    """fresh_en pairs up with the first reader's fresh set en (bench/verdict_labels_fresh/en)."""
    fresh_first = {"cv1": ["partial", "met", "unknown"], "cv2": ["unmet", "unmet", "unknown"]}
    data, _, second = write_sets(
        tmp_path, first=fresh_first, first_dir="fresh/en", second_name="fresh_en"
    )
    own = tmp_path / "own"  # no own set at all: fresh_en must not look there
    rows = bla.load_pairs(["fresh_en"], data, own, second, tmp_path / "fresh")["fresh_en"]
    assert [(r["resume"], r["first"], r["second"]) for r in rows] == [
        ("cv1", "partial", "met"),
        ("cv1", "met", "partial"),
        ("cv1", "unknown", "met"),
        ("cv2", "unmet", "unknown"),
        ("cv2", "unmet", "unknown"),
        ("cv2", "unknown", "unknown"),
    ]
    assert bla.report("fresh_en", rows)[0] == "== fresh_en: 6 labels on 2 pairs"


def test_set_names_map_to_the_first_readers_folder(tmp_path):
    own, fresh = tmp_path / "own", tmp_path / "fresh"
    assert bla.first_reader("zh", own, fresh) == (own / "zh", "own")
    assert bla.first_reader("fresh_zh", own, fresh) == (fresh / "zh", "fresh")
    with pytest.raises(bla.LabelSetError, match=r"set 'fresh_' names no fresh set"):
        bla.first_reader("fresh_", own, fresh)


def test_a_fresh_set_without_its_first_reader_is_one_line_naming_the_file(tmp_path):
    data, own, second = write_sets(tmp_path, second_name="fresh_de")
    with pytest.raises(bla.LabelSetError) as caught:
        bla.load_pairs(["fresh_de"], data, own, second, tmp_path / "fresh")
    assert str(caught.value) == f"{tmp_path / 'fresh' / 'de' / 'requirements.json'}: is missing"
