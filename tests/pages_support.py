"""Helpers for the page and browser tests (and bench/screenshots.py): fictional résumés written
as real TXT / DOCX / PDF files. Every person here is invented."""

from __future__ import annotations

from pathlib import Path

from tests.docgen import make_docx, make_pdf

# Fictional candidates for a Chinese customer-service supervisor posting, one English.
RESUMES: dict[str, list[str]] = {
    "lin_xiaowen.txt": [
        "林晓雯",
        "电话：139 0000 1234  邮箱：lin.xiaowen@example.com",
        "性别：女  出生年月：1992.03",
        "教育背景",
        "2010.09-2014.06 华东示范大学 市场营销 本科",
        "工作经历",
        "2018.07-至今 星河电子商务有限公司 客服主管",
        "负责 15 人客服团队的排班、培训和绩效考核，制定客户投诉处理流程。",
        "处理重大客户投诉，客户满意度由 86% 提升到 95%。",
        "2014.07-2018.06 远帆贸易公司 客服专员",
        "负责海外客户的订单跟进与售后服务，使用英语邮件沟通。",
        "技能",
        "熟练使用 Excel、CRM 系统；英语六级（CET-6），口语流利。",
        "具备良好的沟通协调能力和团队管理能力。",
    ],
    "zhou_haoran.docx": [
        "周浩然",
        "手机：137 0000 5678 | 邮箱：haoran.zhou@example.org",
        "教育经历：2013-2016 江南职业技术学院 电子商务 大专",
        "工作经历：2016.08-2021.12 汇通物流 客服专员，负责电话客服与在线答疑，处理客户咨询。",
        "2022.01-至今 汇通物流 客服组长，带领 6 人小组，负责客户回访。",
        "技能：熟悉客服工作流程，会使用办公软件。",
    ],
    "ada_quill.pdf": [
        "Ada Quill",
        "Email: ada.quill@example.net  Phone: +44 7700 900123",
        "Education: BA in International Business, Northfield University, 2011-2015",
        "Experience: 2019-present Customer Service Manager, Brightline Export Ltd.",
        "Led a team of 12 agents handling international trade customers; built the complaint process.",
        "2015-2019 Customer Service Representative, Harbour Goods Co.",
        "Skills: CRM systems, Excel, email and digital tools; fluent English, basic Spanish.",
    ],
}


def write_resume(folder: Path, name: str, lines: list[str]) -> Path:
    """Write one résumé in the format its name says (.txt, .docx or .pdf)."""
    path = Path(folder) / name
    if name.endswith(".docx"):
        return make_docx(path, lines)
    if name.endswith(".pdf"):
        return make_pdf(path, lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_resumes(folder: Path, resumes: dict[str, list[str]] | None = None) -> list[Path]:
    """Write every fictional résumé into folder; returns their paths in name order."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    items = sorted((resumes or RESUMES).items())
    return [write_resume(folder, name, lines) for name, lines in items]
