"""bench/label_sets.py: own verdict label sets (evidence as offsets) read back into text."""

import json

import pytest

from bench.label_sets import OWN, LabelSetError, load, load_own
from tests.conftest import shared_path

JOB = "Open position: backend developer\nRequirements:\n- 3+ years of Python\n- Fluent English\n"
# A fictional person: no real résumé text enters the project.
RESUME = (
    "Summary\nBackend developer since 2019.\nSkills: Python, PostgreSQL\nLanguages: English (C1)\n"
)


def write_set(tmp_path, evidence_line: str = "Skills: Python, PostgreSQL", offsets=None):
    """A data folder with one posting and one résumé, and an own set labelling them."""
    data, folder = tmp_path / "data", tmp_path / "labels" / "en"
    (data / "jobs").mkdir(parents=True)
    (data / "cvs").mkdir()
    folder.mkdir(parents=True)
    (data / "jobs" / "1.txt").write_text(JOB, encoding="utf-8")
    (data / "cvs" / "7.txt").write_text(RESUME, encoding="utf-8")
    reqs = {
        "job1": {
            "source": "jobs/1.txt",
            "requirements": [
                {"id": "job1#1", "text": "3+ years of Python", "kind": "experience", "must": True},
                {"id": "job1#2", "text": "Fluent English", "kind": "language", "must": True},
            ],
            "flagged": [],
        }
    }
    (folder / "requirements.json").write_text(json.dumps(reqs), encoding="utf-8")
    (folder / "pairs.json").write_text(json.dumps([["job1", "cv7", "cvs/7.txt"]]), "utf-8")
    start = RESUME.index(evidence_line)
    spans = offsets or [[start, start + len(evidence_line)]]
    labels = [
        {"job": "job1", "resume": "cv7", "req": "job1#1", "verdict": "met", "evidence": spans},
        {"job": "job1", "resume": "cv7", "req": "job1#2", "verdict": "unknown", "evidence": []},
    ]
    lines = [json.dumps({**label, "note": "n"}) for label in labels]
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data, folder


def test_offsets_read_back_as_the_verbatim_lines(tmp_path):
    data, folder = write_set(tmp_path)
    sets = load_own(folder, data)
    assert [label["evidence"] for label in sets.labels] == [["Skills: Python, PostgreSQL"], []]
    assert {label["set"] for label in sets.labels} == {"own"}
    assert sets.resumes == {"cv7": RESUME}
    assert [r["text"] for r in sets.requirements["job1"]["requirements"]] == [
        "3+ years of Python",
        "Fluent English",
    ]


def test_a_bad_offset_is_one_line_naming_file_and_line(tmp_path):
    data, folder = write_set(tmp_path, offsets=[[10, len(RESUME) + 5]])
    with pytest.raises(LabelSetError) as caught:
        load_own(folder, data)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{folder / 'labels.jsonl'}:1: ")
    assert "résumé cv7" in message and f"({len(RESUME)} characters)" in message


def test_a_clause_not_verbatim_in_its_posting_is_refused(tmp_path):
    data, folder = write_set(tmp_path)
    reqs = json.loads((folder / "requirements.json").read_text(encoding="utf-8"))
    reqs["job1"]["requirements"][1]["text"] = "Fluent German"
    (folder / "requirements.json").write_text(json.dumps(reqs), encoding="utf-8")
    with pytest.raises(LabelSetError, match=r"job job1: job1#2 is not verbatim in jobs/1\.txt"):
        load_own(folder, data)


def test_the_project_own_sets_read_back_against_the_shared_data():
    """Every committed own set: clauses verbatim in their postings, offsets inside their résumés,
    and no (job, résumé) pair of the dev set labelled again (a dev job may get new pairs)."""
    shared_path("verdicts", "labels.jsonl")
    if not list(OWN.glob("*/labels.jsonl")):
        pytest.skip("no own label set committed yet")
    both = load("all")
    own = [label for label in both.labels if label["set"] == "own"]
    dev_pairs = {(x["job"], x["resume"]) for x in both.labels if x["set"] == "dev"}
    assert own and not dev_pairs & {(x["job"], x["resume"]) for x in own}
    for label in own:
        text = both.resumes[label["resume"]]
        assert all(line and line in text for line in label["evidence"])
        if label["verdict"] == "unknown":  # LABELING.md: no evidence for unknown
            assert label["evidence"] == []
        if label["verdict"] == "met":  # ... and a quoted line for met
            assert label["evidence"]


def test_new_pairs_of_a_labelled_job_join_it_but_a_pair_twice_is_refused(tmp_path):
    from bench.label_sets import LabelSets

    data, folder = write_set(tmp_path)
    first = load_own(folder, data)
    merged = LabelSets()
    merged.add(first, folder)
    other = load_own(folder, data)
    for label in other.labels:
        label["resume"] = "cv8"  # the same job, another candidate: one fold with the first
    merged.add(other, folder)
    assert {label["resume"] for label in merged.labels} == {"cv7", "cv8"}
    with pytest.raises(LabelSetError, match=r"pair job1 × cv7 is labelled in another set too"):
        merged.add(load_own(folder, data), folder)
    changed = load_own(folder, data)
    changed.requirements["job1"]["requirements"][0]["text"] = "5+ years of Python"
    for label in changed.labels:
        label["resume"] = "cv9"
    with pytest.raises(LabelSetError, match=r"job job1 asks other requirements"):
        merged.add(changed, folder)


def test_a_skillspan_tech_posting_is_a_job_source_cut_as_the_clause_bench_cuts_it():
    """ "…skillspan_tech_test.conll#N" is the N-th posting (1-based) of bench_jd_clauses's cut:
    it opens at its title, two or three lines before its own "Date posted:" line, and holds no
    other posting's; a number past the file's postings is refused."""
    from bench.bench_jd_clauses import skillspan_postings
    from bench.label_sets import SKILLSPAN_SOURCE, source_text

    path = shared_path(*SKILLSPAN_SOURCE.split("/"))
    postings = skillspan_postings(path)
    second = source_text(f"{SKILLSPAN_SOURCE}#2")
    assert second == postings[1] and second != postings[0]
    assert second.count("Date posted:") == 1
    assert second.splitlines().index(
        next(x for x in second.splitlines() if x.startswith("Date posted:"))
    ) in (2, 3)
    with pytest.raises(IndexError):
        source_text(f"{SKILLSPAN_SOURCE}#{len(postings) + 1}")


def _bmes(sentences: list[tuple[str, str]]) -> str:
    """ResumeNER's format for sentences given as (text, name opening it or "")."""
    blocks = []
    for text, name in sentences:
        tags = ["O"] * len(text)
        if name:
            tags[0] = "S-NAME" if len(name) == 1 else "B-NAME"
            tags[1 : len(name)] = ["M-NAME"] * (len(name) - 2) + ["E-NAME"] * (len(name) > 1)
        blocks.append("\n".join(f"{c} {t}" for c, t in zip(text, tags, strict=True)))
    return "\n\n".join(blocks) + "\n"


def test_a_resume_ner_biography_is_a_resume_source_cut_at_each_name(tmp_path):
    """ "raw/resume_ner_zh/train.char.bmes#N" is the N-th biography (1-based): it opens at a
    sentence that starts with its tagged name and runs to the next; its sentences are its lines,
    so a pair of an own set reads its evidence from it; a number past the file's is refused."""
    from bench.label_sets import RESUME_NER_SOURCES, source_text

    data, folder = write_set(tmp_path)
    # fictional people: no real biography enters the project
    (data / "raw" / "resume_ner_zh").mkdir(parents=True)
    (data / RESUME_NER_SOURCES[0]).write_text(
        _bmes(
            [
                ("王小明，男，", "王小明"),
                ("本科学历，曾任销售经理。", ""),
                ("李华：女，", "李华"),
                ("硕士，2010年起任客服主管。", ""),
                ("现任某公司董事，王小明的同事。", ""),
            ]
        ),
        encoding="utf-8",
    )
    second = "李华：女，\n硕士，2010年起任客服主管。\n现任某公司董事，王小明的同事。"
    assert source_text(f"{RESUME_NER_SOURCES[0]}#2", data) == second
    assert (
        source_text(f"{RESUME_NER_SOURCES[0]}#1", data) == "王小明，男，\n本科学历，曾任销售经理。"
    )
    with pytest.raises(IndexError):
        source_text(f"{RESUME_NER_SOURCES[0]}#3", data)
    pairs = [["job1", "ner2", f"{RESUME_NER_SOURCES[0]}#2"]]
    (folder / "pairs.json").write_text(json.dumps(pairs), encoding="utf-8")
    line = "硕士，2010年起任客服主管。"
    start = second.index(line)
    labels = [
        {"req": "job1#1", "verdict": "unmet", "evidence": [[start, start + len(line)]]},
        {"req": "job1#2", "verdict": "unknown", "evidence": []},
    ]
    lines = [json.dumps({"job": "job1", "resume": "ner2", **x, "note": "n"}) for x in labels]
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = load_own(folder, data)
    assert got.labels[0]["evidence"] == [line]
    assert got.resumes["ner2"] == second


def test_the_shared_bios_are_biographies_of_the_resume_ner_cut():
    """The shared set's bio1 and bio41 (rebuilt from ResumeNER train) are the cut's 2nd and 42nd
    biographies, word for word."""
    from bench.label_sets import RESUME_NER_SOURCES, source_text

    shared_path(*RESUME_NER_SOURCES[0].split("/"))
    for n in (1, 41):
        bio = shared_path("verdicts", "resumes", f"bio{n}.txt").read_text(encoding="utf-8")
        assert source_text(f"{RESUME_NER_SOURCES[0]}#{n + 1}") == bio
