"""Knowledge of a field of work (matcher.match.field_knowledge through verdicts.read): shown by
working in the field or studying it, partly by related work, theory by study. Résumés are
fictional people."""

from __future__ import annotations

import numpy as np

from matcher.match import field_knowledge, verdicts
from matcher.match.reasons import joined
from tests.test_match_engine import requirement
from tests.test_match_verdicts import feature, read

CS_HEAD = (
    "周敏\n工作经历\n2009年至2015年任东方航空旅客服务部总经理，负责全国旅客服务工作。\n"
    "2015年至今任东方航空副总裁。\n"
)
SALES = (
    "Ravi Kumar\nExperience\n2016-2022 Sales executive at Fitline Gyms\n"
    "Handling customer enquiries at the front desk and by phone\n"
)
ENGINEER = "林涛\n工作经历\n2010年至2020年任华东电力设计院电气工程师，负责变电站设计。\n"
FOREMAN = "孙立\n工作经历\n2008年至2018年任华北机械厂车间主任、生产部经理。\n"
MBA = FOREMAN + "教育背景\n2005年毕业于复旦大学，工商管理硕士（MBA）。\n"


def test_a_clause_names_a_field_of_work_or_something_else():
    assert field_knowledge.field_of("客服工作流程") == "service"
    assert field_knowledge.field_of("现代企业客服管理") == "service"
    assert field_knowledge.field_of("管理理念") == "managing"
    assert field_knowledge.field_of("流程改进") == ""  # the processes of the clause's field
    assert field_knowledge.field_of("人力资源招聘流程") == "hr"
    assert field_knowledge.field_of("国际贸易政策") is None
    assert field_knowledge.fields(["客服相关工作流程", "流程改进"]) == {"service": False}
    assert field_knowledge.fields(["现代企业管理理论基础"]) == {"managing": True}
    # one item that is a body of knowledge makes it a clause of named things
    assert field_knowledge.fields(["客服管理", "财务知识"]) is None


def test_knowledge_of_customer_service_work_is_shown_by_working_in_it():
    req = requirement("knowledge", "熟悉客服工作流程和理念", values=["客服工作流程和理念"])
    got, profile = read(req, CS_HEAD)
    assert (got.cap, got.floor) == ("met", "partial")
    assert feature(got, "term_share") == 1.0
    assert "旅客服务部总经理" in profile["sentences"][got.sentence]["text"]
    assert joined(got.reasons, "zh").startswith("在客户服务领域任职：")
    # customer enquiries handled in a sales job: related work, part of it
    got, profile = read(req, SALES)
    assert (got.cap, got.floor) == ("partial", "partial")
    assert profile["sentences"][got.sentence]["text"].startswith("Handling customer enquiries")
    assert joined(got.reasons, "en").endswith("shows part of customer service")
    # a career elsewhere says nothing of it: unknown, nothing quoted
    got, _ = read(req, ENGINEER)
    assert got.cap == "not" and got.sentence is None
    said = verdicts.decide(got, np.array([0.1, 0.2, 0.7]), "zh")
    assert said.verdict == "unknown"


def test_it_service_management_knows_customer_service_from_the_systems_side():
    req = requirement("knowledge", "了解客服管理及服务理念", values=["客服管理", "服务理念"])
    itil = (
        "Lena Vogt\nBerufserfahrung\n2016 - 2023 Requirements Engineer, Nordbank AG\n"
        "Weiterentwicklung des hauseigenen CRM-Systems für den Vertrieb\n"
        "Zertifikate\nITIL Foundation (2018)\n"
    )
    got, profile = read(req, itil)
    assert (got.cap, got.floor) == ("partial", "partial")
    quoted = profile["sentences"][got.sentence]["text"]
    assert "CRM" in quoted or "ITIL" in quoted
    # the same engineer without the service side: silent on it
    got, _ = read(req, itil.replace("CRM-Systems", "Buchungssystems").replace("ITIL", "TOGAF"))
    assert got.cap == "not" and got.sentence is None


def test_managing_is_shown_by_a_managers_role_and_its_theory_by_study():
    ideas = requirement("knowledge", "具备一定的管理理念", values=["管理理念"])
    got, profile = read(ideas, FOREMAN)
    assert (got.cap, got.floor) == ("met", "partial")
    assert "生产部经理" in profile["sentences"][got.sentence]["text"]
    theory = requirement("knowledge", "具备现代企业管理理论基础", values=["现代企业管理理论基础"])
    got, _ = read(theory, FOREMAN)  # a manager's role touches the theory, no more
    assert (got.cap, got.floor) == ("partial", "partial")
    said = verdicts.decide(got, np.array([0.0, 0.1, 0.9]), "zh")
    assert said.verdict == "partial" and 0.35 <= said.score <= 0.6
    got, profile = read(theory, MBA)  # a management degree is the theory studied
    assert (got.cap, got.floor) == ("met", "partial")
    assert "MBA" in profile["sentences"][got.sentence]["text"]
    assert joined(got.reasons, "en").startswith("studied management: ")
    # a field that is not a field of work is not shown by a title
    trade = requirement("knowledge", "了解国际贸易政策", values=["国际贸易政策"])
    got, _ = read(trade, FOREMAN)
    assert got.floor == "not" and got.cap == "partial"


def test_knowledge_of_recruiting_is_shown_by_recruiting_work_and_by_nothing_else():
    req = requirement("knowledge", "了解人力资源招聘流程", values=["人力资源招聘流程"])
    recruiter = "郑洁\n工作经历\n2019年至今负责公司校园招聘，从简历筛选到发放录用通知。\n"
    got, profile = read(req, recruiter)
    assert (got.cap, got.floor) == ("met", "partial")
    assert joined(got.reasons, "en").startswith("works in human resources: ")
    # no act outside the field shows part of it: a sales career is silent on it
    got, _ = read(req, SALES)
    assert got.cap == "not" and got.sentence is None


def test_work_in_the_field_is_quoted_from_the_latest_role():
    req = requirement("knowledge", "具备一定的管理理念", values=["管理理念"])
    bio = (
        "高远先生，1962年出生。\n1988年参加工作，历任车间主任、分厂厂长、总经理等职。\n"
        "2004年至2008年任华北分公司总经理。\n自2012年6月出任集团常务副总经理至今。\n"
    )
    got, profile = read(req, bio)
    assert got.reasons[0].code == "knows_by_work"
    assert profile["sentences"][got.sentence]["text"].startswith("自2012年6月出任")


def test_work_in_the_field_is_quoted_first_from_a_line_that_counts_it():
    """A manager's line that counts the team ("Manage a team of 20 people") before the current
    title, as a competency's quote: a recruiter sees the management, not only the post."""
    req = requirement("knowledge", "具备一定的管理理念", values=["管理理念"])
    cv = (
        "Deniz Aksoy\nExperience\nNordlicht Energy 2018-Present\n"
        "Currently working as Head of IT for Nordlicht Energy\n"
        "Software Development Manager 2014-2018\n"
        "Manage a team of 20 people including engineers and testers.\n"
    )
    got, profile = read(req, cv)
    assert got.reasons[0].code == "knows_by_work"
    assert profile["sentences"][got.sentence]["text"].startswith("Manage a team of 20")
