"""parse_resume on résumés written here (fictional people): headed Chinese, English, field blocks,
prose, overlapping jobs, no dates; sentence offsets; the CLI on real DOCX/PDF files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from matcher.errors import ParseError
from matcher.extract import extract_file
from matcher.resume import parse_resume, same_person
from tests.docgen import make_docx, make_pdf

TODAY = "2026-11-28"

ZH = """个人简历
李晓明
电话：138-0013-8000  邮箱：xiaoming.li@example.com
性别：男  出生年月：1990.05

教育背景
2008.09-2012.06  武汉理工大学  计算机科学与技术  本科
2012.09-2015.06  华中科技大学  软件工程  硕士

工作经历
2015.07-2018.06  北京星河科技有限公司  Java开发工程师
负责订单系统的设计与开发；优化数据库查询，响应时间降低40%。
2018.07-至今  上海云帆网络有限公司  高级后端工程师
带领5人团队完成支付平台重构。

项目经验
支付平台重构：使用Spring Boot和Redis，日处理订单100万笔。

专业技能
熟练掌握Java、Python、MySQL、Redis；熟悉Docker、Kubernetes

语言能力
英语CET-6，普通话二级甲等

证书
PMP、驾驶证C1、教师资格证

自我评价
工作认真负责，善于沟通。
"""

EN = """Emily Carter
emily.carter@example.org | +44 20 7946 0958

Education
Sep 2010 - Jun 2014  University of Leeds, BSc in Computer Science

Experience
Software Engineer, Northwind Ltd (Jul 2014 - Jun 2017)
Built billing services in Python and PostgreSQL.
Senior Developer at Contoso Group, 07/2016 - present
Led a team of four. Mentored two interns.

Skills
Python, Docker, SQL, Kubernetes

Languages
IELTS 7.5; Japanese JLPT N2
"""


def _check_offsets(text: str, profile: dict) -> None:
    for s in profile["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]


def test_chinese_headed_resume():
    p = parse_resume(ZH, today=TODAY)
    assert p["name"] == "李晓明"
    assert p["phones"] == ["+8613800138000"]
    assert p["emails"] == ["xiaoming.li@example.com"]
    assert (p["gender"], p["birth"]) == ("male", "1990-05")
    assert [(e["level"], e["school"], e["major"]) for e in p["education"]] == [
        ("bachelor", "武汉理工大学", "计算机科学与技术"),
        ("master", "华中科技大学", "软件工程"),
    ]
    assert p["highest_level"] == "master"
    first, second = p["experience"]
    assert (first["organisation"], first["title"], first["months"]) == (
        "北京星河科技有限公司",
        "Java开发工程师",
        36,
    )
    assert (second["start"], second["end"]) == ("2018-07", "2026-11")
    assert p["total_years"] == round((36 + 101) / 12, 1)
    assert {"Java", "Python", "Docker", "Kubernetes"} <= set(p["skills"])
    assert {(x["language"], x["level"]) for x in p["languages"]} == {
        ("english", "cet-6"),
        ("mandarin", "2a"),
    }
    assert {"PMP", "驾驶证C1", "教师资格证"} <= set(p["certificates"])
    sections = {s["text"]: s["section"] for s in p["sentences"]}
    assert sections["工作认真负责，善于沟通。"] == "summary"
    assert sections["英语CET-6，普通话二级甲等"] == "languages"
    assert "教育背景" not in sections  # a heading is not a statement
    _check_offsets(ZH, p)


def test_english_resume_with_overlapping_jobs():
    p = parse_resume(EN, today=TODAY)
    assert p["name"] == "Emily Carter"
    assert p["phones"] == ["+442079460958"]
    assert p["education"][0]["level"] == "bachelor"
    assert p["education"][0]["school"] == "University of Leeds"
    orgs = [(e["organisation"], e["title"]) for e in p["experience"]]
    assert orgs == [("Northwind Ltd", "Software Engineer"), ("Contoso Group", "Senior Developer")]
    # 2014-07 .. 2026-11 once, though the jobs overlap from 2016-07 to 2017-06
    assert p["total_years"] == round(149 / 12, 1)
    assert {(x["language"], x["level"]) for x in p["languages"]} == {
        ("english", "ielts-7"),
        ("japanese", "n2"),
    }
    assert [s["text"] for s in p["sentences"] if s["text"].startswith("Led")] == [
        "Led a team of four."
    ]
    _check_offsets(EN, p)


def test_field_value_block():
    text = (
        "姓名：王芳\n性别：女\n出生年月：1995年3月\n学历：大专\n毕业院校：长沙职业技术学院\n"
        "专业：会计\n联系电话：010-62345678\n邮箱：wangfang@example.cn\n持有会计从业资格证书\n"
    )
    p = parse_resume(text, today=TODAY)
    assert (p["name"], p["gender"], p["birth"]) == ("王芳", "female", "1995-03")
    assert p["highest_level"] == "associate"
    assert p["education"][0]["school"] == "长沙职业技术学院"
    assert p["education"][0]["major"] == "会计"
    assert p["phones"] == ["+861062345678"]
    assert any("会计从业资格" in c for c in p["certificates"])


def test_prose_bio_and_stated_years():
    text = "张建国，男，1970年出生，硕士研究生学历，高级经济师。现任华信实业股份有限公司董事长、总经理。具有5年工作经验。"
    p = parse_resume(text, today=TODAY)
    assert p["highest_level"] == "master"
    pairs = {(e["organisation"], e["title"]) for e in p["experience"]}
    assert ("华信实业股份有限公司", "董事长") in pairs
    assert ("华信实业股份有限公司", "总经理") in pairs
    assert p["total_years"] == 5
    assert p["birth"] == "1970"
    _check_offsets(text, p)


def test_dates_of_every_form():
    text = "工作经历\n2015年7月-2016年6月 甲公司 会计\n07/2016 - 2016/12 乙公司 出纳\n2017-2019 丙公司 经理\n"
    jobs = parse_resume(text, today=TODAY)["experience"]
    assert [(j["start"], j["end"], j["months"]) for j in jobs] == [
        ("2015-07", "2016-06", 12),
        ("2016-07", "2016-12", 6),
        ("2017-01", "2019-01", 24),
    ]


def test_doctoral_supervisor_is_not_a_degree():
    p = parse_resume("李教授，博士生导师，本科学历。", today=TODAY)
    assert p["highest_level"] == "bachelor"


def test_empty_text_raises():
    with pytest.raises(ParseError):
        parse_resume("  \n ")


def test_same_person_by_contact_and_near_text():
    a = parse_resume(ZH, today=TODAY)
    b = parse_resume(ZH.replace("善于沟通", "乐于沟通"), today=TODAY)
    assert a["fingerprint"]["text_hash"] != b["fingerprint"]["text_hash"]
    assert same_person(a["fingerprint"], b["fingerprint"])
    c = parse_resume(EN, today=TODAY)
    assert not same_person(a["fingerprint"], c["fingerprint"])
    no_contact = ZH.replace("138-0013-8000", "").replace("xiaoming.li@example.com", "")
    d = parse_resume(no_contact + "\n另有十年管理咨询经历与大量培训讲师工作。" * 3, today=TODAY)
    assert not same_person(c["fingerprint"], d["fingerprint"])


def _cli(path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "matcher", "parse-resume", str(path)],
        capture_output=True,
        timeout=120,
    )


def test_cli_on_docx_table_and_pdf(tmp_path):
    docx = make_docx(
        tmp_path / "cv.docx",
        [
            "赵六",
            [["姓名", "赵六", "电话", "13912345678"], ["学历", "本科", "毕业院校", "南京大学"]],
            [
                ["工作经历", "2016.03-2020.02 南京某某软件有限公司 测试工程师"],
                ["专业技能", "Selenium、Python、JMeter"],
                ["语言能力", "英语CET-4"],
            ],
        ],
    )
    first = _cli(docx)
    assert first.returncode == 0, first.stderr
    assert _cli(docx).stdout == first.stdout  # deterministic, byte for byte

    p = json.loads(first.stdout)
    assert p["name"] == "赵六" and p["phones"] == ["+8613912345678"]
    assert p["highest_level"] == "bachelor"
    assert p["experience"][0]["organisation"] == "南京某某软件有限公司"
    assert p["experience"][0]["title"] == "测试工程师"
    assert {"Selenium", "Python", "JMeter"} <= set(p["skills"])
    assert p["languages"][0]["level"] == "cet-4"
    text = extract_file(docx)
    for s in p["sentences"]:  # offsets point into the extracted text
        assert text[s["start"] : s["end"]] == s["text"]
    pdf = make_pdf(
        tmp_path / "cv.pdf", ["Education", "2012 - 2016 Peking University, Master of Arts"]
    )
    out = _cli(pdf)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["highest_level"] == "master"


def test_cli_refuses_empty_and_junk(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 20)
    for path in (empty, junk):
        out = _cli(path)
        assert out.returncode == 2
        assert len(out.stderr.decode().strip().splitlines()) == 1
        assert b"Traceback" not in out.stderr
