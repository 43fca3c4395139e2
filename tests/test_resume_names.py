"""Names: bio openings, 姓名 fields, name lines at the top; never a heading, title or job title."""

from __future__ import annotations

from matcher.resume import parse_resume
from matcher.resume.names import name, name_forms


def _name(text: str) -> str | None:
    return parse_resume(text, today="2026-01-01")["name"]


def test_bio_openings_give_the_name():
    assert _name("周明远，中国国籍，无境外永久居留权，1972年出生，本科学历。") == "周明远"
    assert _name("韩书宁先生：1968年5月出生，硕士研究生，高级工程师。") == "韩书宁"
    assert _name("蒋悦，女，1985年出生，汉族，会计师。") == "蒋悦"
    assert _name("邵启航：男，汉族，中共党员。") == "邵启航"
    assert _name("葛蓝（独立董事）：女，1979年出生。") == "葛蓝"
    assert _name("监事：龚文澜，女，中专学历。") == "龚文澜"
    assert _name("欧阳青禾女士，现任公司财务总监。") == "欧阳青禾"
    assert _name("阿依古丽·买买提，女，维吾尔族，") == "阿依古丽·买买提"
    assert _name("2009年3月，本公司聘任，薛先生出任总经理。") == "薛"


def test_fields_and_name_lines():
    assert _name("姓名：苏明澈性别：男民族：汉\n") == "苏明澈"
    assert _name("个人简历\n唐一苇\n电话：13800138000\n教育背景\n") == "唐一苇"
    assert _name("Curriculum Vitae\nMarta Quill\nmarta@example.com\nEXPERIENCE\n") == "Marta Quill"
    assert _name("TOMAS ELLERY\nSENIOR JAVA DEVELOPER\nWORK EXPERIENCE\n") == "TOMAS ELLERY"
    assert _name(
        "Declaration: true to my knowledge. Date: / / Name: Ravi Anand Kore Signature"
    ) == ("Ravi Anand Kore")


def test_no_name_from_headings_titles_or_other_people():
    assert _name("Education Details\nNetwork Security Engineer\nSkills: CCNA\n") is None
    assert _name("Education Details\nDatabase Administrator II\n") is None
    assert _name("SENIOR JAVA DEVELOPER\nWORK EXPERIENCE\n") is None
    assert _name("工作经历\n2015年至今 某科技公司 经理\n推荐人：李先生\n") is None
    assert _name("Project Name: Billing Engine\nRole: developer\n") is None
    assert _name("中国国籍，男，本科学历。") is None
    assert name("", ["个人简历", "教育背景"]) is None


def test_name_forms_cover_how_the_text_refers_to_the_person():
    assert name_forms("韩书宁")[:1] == ["韩书宁"]
    assert {"韩先生", "韩女士"} <= set(name_forms("韩书宁"))
    assert "欧阳先生" in name_forms("欧阳青禾")
    assert name_forms("薛") == ["薛先生", "薛女士", "薛总"]
    assert set(name_forms("Marta Quill")) == {"Marta Quill", "Marta", "Quill"}
    assert name_forms(None) == [] and name_forms("  ") == []


def test_a_job_title_with_an_acronym_on_the_first_line_is_no_name():
    # as a real German freelancer profile opens (seen in the shortlist as the candidate's name)
    german = "Projektleitung PMO\ngulp_id_picture\nKontaktieren\nverfügbar ab\n01.11.2019\n"
    assert parse_resume(german, today="2026-11-28")["name"] is None
    for line in ("Sean O'Brien", "Maria Schmidt", "JANE DOE"):
        assert parse_resume(f"{line}\nBerlin\nErfahrung\n2019-2024 Entwicklerin\n")["name"] == line
