"""`python -m matcher parse-jd` end to end: real files, the same bytes twice, bad input exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import shared_path
from tests.docgen import make_docx, make_pdf

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "matcher", "parse-jd", *args],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        env=dict(os.environ),
    )


def test_seed_collection_twice_gives_the_same_bytes():
    path = shared_path("jds", "000_d1982b6cd2188f0a.txt")
    first, second = _run(str(path)), _run(str(path))
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    postings = json.loads(first.stdout)["postings"]
    assert len(postings) == 11 and postings[3]["title"] == "外贸客服主管"


def test_docx_with_a_table_of_field_values(tmp_path):
    path = make_docx(
        tmp_path / "jd.docx",
        [
            "客服主任岗位说明书",
            "职位概要:协助客服经理。",
            "任职资格:",
            [["学历", "大专及以上学历"], ["性别", "男女不限"], ["年龄", "26岁及以上"]],
            "经验 本岗位两年以上工作经验",
        ],
    )
    result = _run(str(path))
    assert result.returncode == 0, result.stderr
    (posting,) = json.loads(result.stdout)["postings"]
    assert posting["title"] == "客服主任"
    got = {r["kind"]: r for r in posting["requirements"]}
    assert got["education"]["min_level"] == "associate"
    assert got["age"]["min_age"] == 26
    assert got["experience"]["min_years"] == 2
    assert [f["kind"] for f in posting["flags"]] == ["age"]


def test_pdf_posting(tmp_path):
    path = make_pdf(
        tmp_path / "jd.pdf",
        ["外贸客服主管岗位职责", "职位要求:", "1. 本科以上学历,3-5年外贸经验。", "2. 英语六级。"],
    )
    result = _run(str(path))
    assert result.returncode == 0, result.stderr
    (posting,) = json.loads(result.stdout)["postings"]
    kinds = [
        (r["kind"], r["min_level"], r["min_years"], r["level"]) for r in posting["requirements"]
    ]
    assert kinds == [
        ("education", "bachelor", None, None),
        ("experience", None, 3, None),
        ("language", None, None, "cet-6"),
    ]


def test_a_file_with_no_requirements_is_a_posting_with_an_empty_list(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text("客服专员岗位职责\n1. 接听客户来电。\n2. 记录客户问题。\n", encoding="utf-8")
    result = _run(str(path))
    assert result.returncode == 0, result.stderr
    (posting,) = json.loads(result.stdout)["postings"]
    assert posting["requirements"] == [] and len(posting["duties"]) == 2


def test_binary_junk_exits_2_with_one_line(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    result = _run(str(path))
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "Traceback" not in lines[0]


def test_empty_file_exits_2(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    result = _run(str(path))
    assert result.returncode == 2 and result.stdout == b""


def test_boilerplate_only_file_exits_2(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_text("合集下载\n相关文档\n最新文档\n", encoding="utf-8")
    result = _run(str(path))
    assert result.returncode == 2
    assert "no posting" in result.stderr.decode("utf-8")
