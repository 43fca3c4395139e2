"""`python -m matcher shortlist` on a folder the test writes (PDF, DOCX, TXT and one damaged
file): every readable résumé ranked, the damaged one under "errors", same bytes every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matcher.settings import Settings
from matcher.shortlist import resume_files, shortlist_folder
from tests.conftest import built_models_dir
from tests.docgen import make_docx, make_pdf

ROOT = Path(__file__).resolve().parent.parent
JOB = """客服主管岗位职责
岗位职责：
1. 负责客服团队的日常管理和培训
任职要求：
1. 大专及以上学历
2. 三年以上客服管理经验
3. 熟练使用Excel
"""
# Fictional people.
TXT = """周晓梅
教育背景
2010-2014 华南师范大学 本科 汉语言文学
工作经历
2015.03-2023.06 某电商公司 客服主管
负责30人客服团队的日常管理和培训
技能
熟练使用Excel和数据透视表
"""
PDF_LINES = [
    "吴建国",
    "教育背景",
    "2008-2011 某市第二中学 高中",
    "工作经历",
    "2012.01-2014.12 某超市 收银员",
    "技能",
    "熟练使用Excel",
]
DOCX_BLOCKS = [
    "Chen Mei",
    "Education",
    "2012-2015 Shenzhen Polytechnic, associate degree",
    "Experience",
    "2016.01-2022.12 Customer service team lead at a logistics firm",
    "Led a team of ten customer service agents",
    "Skills",
    "Advanced Excel",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    (resumes / "zhou.txt").write_text(TXT, encoding="utf-8")
    make_pdf(resumes / "wu.pdf", PDF_LINES)
    make_docx(resumes / "chen.docx", DOCX_BLOCKS)
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.4\n this is not really a PDF")
    (resumes / "subdir").mkdir()  # not a file: not read
    (tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    return tmp_path


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MATCHER_MODEL_DIR": str(built_models_dir())}
    return subprocess.run(
        [sys.executable, "-m", "matcher", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_cli_ranks_every_readable_file_and_lists_the_broken_one(folder: Path):
    args = ("shortlist", "--job", str(folder / "job.txt"), "--resumes", str(folder / "resumes"))
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["job"]["title"] == "客服主管" and out["model"].startswith("default@")
    assert [e["resume"] for e in out["errors"]] == ["broken.pdf"]
    assert "\n" not in out["errors"][0]["error"] and out["errors"][0]["error"]
    names = [c["resume"] for c in out["candidates"]]
    assert sorted(names) == ["chen.docx", "wu.pdf", "zhou.txt"]
    assert [c["rank"] for c in out["candidates"]] == [1, 2, 3]
    wu = next(c for c in out["candidates"] if c["resume"] == "wu.pdf")
    assert wu["knocked_out"] is True and names[-1] == "wu.pdf"  # 高中 < 大专: ranked last
    zhou = next(c for c in out["candidates"] if c["resume"] == "zhou.txt")
    edu = zhou["requirements"][0]
    assert (edu["verdict"], edu["reason"]) == ("met", "本科 ≥ 大专") and "本科" in edu["evidence"]
    for cand in out["candidates"]:
        for req in cand["requirements"]:
            assert {"text", "kind", "must", "verdict", "score", "evidence", "reason"} <= set(req)
    again = _run(*args, "--top", "2")
    assert again.returncode == 0
    assert json.loads(again.stdout)["candidates"] == out["candidates"][:2]


@pytest.mark.slow
def test_cli_says_when_the_posting_has_no_requirement(folder: Path):
    """A posting of duties only: every candidate is listed unjudged, and stderr says why."""
    (folder / "duties.txt").write_text("客服主管岗位职责\n1. 负责客服团队管理\n2. 处理客户投诉\n")
    args = ("shortlist", "--job", str(folder / "duties.txt"), "--resumes", str(folder / "resumes"))
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["job"]["requirements"] == []
    assert [c["requirements"] for c in out["candidates"]] == [[], [], []]
    assert {c["score"] for c in out["candidates"]} == {0.0}
    (line,) = result.stderr.strip().splitlines()
    assert "duties.txt" in line and "no requirement was found" in line


@pytest.mark.slow
def test_cli_output_is_the_same_bytes_every_run(folder: Path):
    args = ("shortlist", "--job", str(folder / "job.txt"), "--resumes", str(folder / "resumes"))
    assert _run(*args).stdout == _run(*args).stdout


def test_cli_missing_model_is_one_line_exit_2(folder: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "matcher",
            "shortlist",
            "--job",
            str(folder / "job.txt"),
            "--resumes",
            str(folder / "resumes"),
            "--model",
            "/nonexistent",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "/nonexistent" in lines[0] and "Traceback" not in result.stderr


def test_missing_folder_and_job_are_named_errors(folder: Path):
    from matcher.errors import MatcherError

    settings = Settings()
    with pytest.raises(MatcherError, match="nowhere"):
        shortlist_folder(folder / "job.txt", folder / "nowhere", "default", None, settings)
    with pytest.raises(MatcherError, match="nojob"):
        shortlist_folder(folder / "nojob.txt", folder / "resumes", "default", None, settings)


def test_folder_files_are_sorted_and_hidden_ones_skipped(folder: Path):
    (folder / "resumes" / ".DS_Store").write_bytes(b"\0")
    names = [p.name for p in resume_files(folder / "resumes")]
    assert names == ["broken.pdf", "chen.docx", "wu.pdf", "zhou.txt"]
