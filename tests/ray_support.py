"""Fictional résumés for the Ray tests (zh and en; a DOCX and a PDF written here), a store on a
temporary SQLite file, and what a test needs to find a Ray worker process it started."""

from __future__ import annotations

import os
from pathlib import Path

from matcher.settings import Settings
from tests.docgen import make_docx, make_pdf

SURNAMES = "林周陈王李赵孙吴郑冯"
SKILLS = ["Excel、CRM系统", "Python、SQL", "客户投诉处理", "Java、Spring", "外贸单证"]


def zh_resume(i: int) -> str:
    """A Chinese résumé of a fictional person, number i."""
    name = f"{SURNAMES[i % 10]}测试{i}（虚构）"
    return (
        f"{name}\n邮箱：zh{i}@example.com\n电话：1390000{i:04d}\n"
        f"教育经历\n20{10 + i % 8}.09-20{14 + i % 8}.06 华东示范大学 {'本科' if i % 3 else '大专'}\n"
        f"工作经历\n2015.03-至今 示例科技有限公司 客服主管\n负责{SKILLS[i % 5]}相关工作，带领{3 + i % 5}人团队\n"
        f"技能\n熟练使用{SKILLS[(i + 1) % 5]}\n"
    )


def en_resume(i: int) -> str:
    """An English résumé of a fictional person, number i."""
    return (
        f"Quill Tester {i} (fictional)\nEmail: en{i}@example.net\nPhone: +1 555 01{i:02d}\n"
        f"Education\nBA, Northfield University {2008 + i % 6}-{2012 + i % 6}\n"
        f"Experience\nCustomer Service Lead, Example Corp, 2016-present\n"
        f"Handled escalated complaints for a team of {4 + i % 4}; used {['Excel', 'CRM', 'SQL'][i % 3]}\n"
    )


def write_resumes(folder: Path, count: int) -> Path:
    """`count` résumés (half zh, half en) plus a DOCX, a PDF, a duplicate person, an empty file
    and a damaged PDF in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = zh_resume(i) if i % 2 == 0 else en_resume(i)
        (folder / f"cv{i:04d}.txt").write_text(text, encoding="utf-8")
    make_docx(
        folder / "docx-person.docx", ["何文档（虚构）", "邮箱：he.doc@example.com", "本科 计算机"]
    )
    make_pdf(folder / "pdf-person.pdf", ["Pat Pdf (fictional)", "Email: pat.pdf@example.org"])
    (folder / "same-person-again.txt").write_text(zh_resume(0) + "另有补充说明\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    return folder


def settings_for(tmp: Path, model_dir: Path, name: str) -> Settings:
    """Settings of a store on a fresh SQLite file under tmp."""
    return Settings(
        db=str(tmp / f"{name}.db"), upload_dir=str(tmp / f"{name}-files"), model_dir=str(model_dir)
    )


def descends_from(pid: int, ancestor: int) -> bool:
    """Whether process `pid` was started (through any chain) by process `ancestor`."""
    while pid > 1:
        if pid == ancestor:
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = int(stat.rsplit(")", 1)[1].split()[1])
    return False


def our_processes(marker: str) -> list[int]:
    """Pids of processes started by this test process whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmdline and descends_from(int(entry.name), os.getpid()):
            found.append(int(entry.name))
    return sorted(found)
