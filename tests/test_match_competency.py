"""Soft competencies by the facets a clause asks (matcher.match.competency) and the verdicts read
from them (matcher.match.verdicts): an act shows a facet, a role or a claimed skill only
suggests it. Résumés are fictional people."""

from __future__ import annotations

import re

import numpy as np
import pytest

from matcher.match import competency, terms, verdicts
from matcher.match.reasons import joined, render
from matcher.resume import parse_resume
from tests.test_match_engine import requirement
from tests.test_match_verdicts import TODAY, feature, read


@pytest.mark.parametrize(
    ("clause", "facets"),
    [
        ("具备较强的组织与协调能力,能够有效分配和管理团队资源", ("lead",)),
        ("具备良好的团队合作精神和领导能力,能够凝聚团队共识", ("lead", "teamwork")),
        (
            "具备良好的沟通能力和服务意识,能够准确理解客户需求并及时解答问题",
            ("communicate", "service"),
        ),
        ("Excellent oral and written communications skills", ("communicate", "write")),
        ("Strong interpersonal skills including mentoring, coaching", ("lead", "communicate")),
        ("Ausgeprägte Kommunikationsfähigkeit", ("communicate",)),
        ("较强的学习能力和适应能力", ("learn",)),
        ("Eigenverantwortliche und lösungsorientierte Arbeitsweise", ("solve", "independent")),
        ("Teamorientierte Arbeitsweise", ("teamwork",)),
        ("较好的听、说、读、写能力", ()),  # a language, not a soft competency
        # a sense of the market and of customers' needs is market insight, not customer service
        ("对市场变化和客户需求有敏锐的感知", ("market",)),
        # German nouns of the facets; a self-organised way of working asks no leading
        ("Ausgeprägte Moderationsfähigkeiten", ("moderate",)),
        ("Kommunikations- und Konfliktmanagement", ("communicate", "solve")),
        (
            "Selbstorganisierte Arbeitsweise, team- und zielorientiert, analytisch und initiativ",
            ("teamwork", "independent"),
        ),
        # team skills and social competence are working with others
        ("Team skills social competence", ("teamwork",)),
        ("Soziale Kompetenz und Teamfähigkeit", ("teamwork",)),
    ],
)
def test_the_facets_a_clause_asks(clause, facets):
    assert competency.asked(clause) == facets


def reading(clause: str, lines: list[str]) -> competency.Reading:
    sentences = [{"text": t, "section": "experience"} for t in lines]
    lowered = "\n".join(t.lower() for t in lines)
    return competency.read(clause, sentences, lowered, {})


@pytest.mark.parametrize(
    ("line", "shows"),
    [
        ("Led a team of 6 baristas at a roastery", True),
        ("Working with the team of four - six people on monthly targets", True),
        ("带领6人客服团队，完成季度目标", True),
        ("2015年至今任云帆物流有限公司总经理", True),  # running a company is leading it
        ("Stellvertretende Geschäftsführung mit Personalverantwortung", True),
        # allocating a team's work is leading it
        ("Coordinating teamwork and prioritization of team activities", True),
        ("Allocated engineering resources across three projects", True),
        ("负责为客服小组分配每日工作任务", True),
        ("2012-2018 任销售部经理", False),  # a manager's title only suggests it
        ("Sales Manager", False),
        ("Proven ability to motivate and lead the sales team", False),  # a claim, not the work
    ],
)
def test_an_act_shows_leading_a_title_or_a_claim_only_suggests_it(line, shows):
    got = reading("具备良好的团队领导能力", [line])
    assert bool(got.shown["lead"]) is shows
    assert (got.suggested_facets == ["lead"]) is not shows


def test_communication_is_shown_by_presenting_negotiating_or_moderating_in_any_language():
    clause = "Strong communication skills"
    for line in [
        "Negotiated supply contracts with three vendors",
        "Moderation der Scrum Events und Durchführung von Workshops",
        "负责与供应商谈判并签订年度合同",
        "Presented the quarterly roadmap to the board",
    ]:
        assert reading(clause, [line]).shown_facets == ["communicate"], line
    # client work suggests it; a skills list naming it claims it
    assert reading(clause, ["Key account sales for retail clients"]).suggested_facets == [
        "communicate"
    ]
    assert reading(clause, ["KEY SKILLS: Presentation skill, Client relationship"]).shown == {
        "communicate": []
    }
    # a language level is no negotiation
    assert not reading(clause, ["Englisch verhandlungssicher"]).shown_facets


def test_networks_that_communicate_and_client_server_systems_suggest_no_communication():
    clause = "You are an honest person that communicates openly"
    for line in [
        "Datenkommunikation und Netzwerkprotokolle",
        "Telekommunikation, Mobilfunk",
        "Telecommunications billing systems",
        "Client-Server-Architekturen",
        "Building a report generator fed by customer data",
    ]:
        got = reading(clause, [line])
        assert not got.shown_facets and not got.suggested_facets, line
    # people talking still does: customer communication, a client's account
    assert reading(clause, ["Kundenkommunikation im Vertrieb"]).suggested_facets == ["communicate"]
    assert reading(clause, ["Account manager for retail clients"]).suggested_facets == [
        "communicate"
    ]


def test_leading_a_team_shows_team_skills():
    clause = "Team skills social competence"
    assert reading(clause, ["Leitung Testteam 4 Tester"]).shown_facets == ["teamwork"]
    assert reading(clause, ["Led the QA team through two releases"]).shown_facets == ["teamwork"]
    # a build server named TeamCity is no team
    assert not reading(clause, ["JetBrains TeamCity"]).suggested_facets


def test_working_independently_is_shown_by_sole_responsibility_and_suggested_by_freelancing():
    clause = "Selbstständige Arbeitsweise"
    assert reading(clause, ["Eigenständige Verantwortung von Projekten"]).shown_facets == [
        "independent"
    ]
    assert reading(clause, ["独立完成支付模块的设计与开发"]).shown_facets == ["independent"]
    assert reading(clause, ["Freiberuflicher Entwickler seit 2015"]).suggested_facets == [
        "independent"
    ]
    assert not reading(clause, ["现任某银行独立董事"]).shown_facets  # a board seat, not the work


def test_a_clause_is_met_when_every_facet_is_shown_partial_when_some_unknown_when_silent():
    req = requirement(
        "competency", "具备良好的团队合作精神和领导能力", values=["团队合作精神和领导能力"]
    )
    both = "Tom Hart\nExperience\n2019-2024 Team lead at Kaffee AG\nLed a team of 6 baristas\n"
    got, profile = read(req, both)
    assert feature(got, "shown") == 1.0 and got.cap == "met"
    assert "Led a team of 6" in profile["sentences"][got.sentence]["text"]
    assert render(got.reasons[0], "en").startswith("concrete leading, teamwork: Led a team of 6")
    assert render(got.reasons[0], "zh").startswith("具体事例（领导组织、团队合作）：")
    lead_only = "Tom Hart\nExperience\n2019-2024 CEO at Kaffee AG\n"
    got, _ = read(req, lead_only)
    assert feature(got, "shown") == 0.5 and got.cap == "partial"
    assert joined(got.reasons, "en").endswith("no example of teamwork")
    # however sure the model is, part of the clause is partial
    assert verdicts.decide(got, np.array([0.99, 0.005, 0.005]), "en").verdict == "partial"
    titled = "Tom Hart\nExperience\n2019-2024 Sales Manager at Kaffee AG\n"
    got, _ = read(req, titled)
    assert feature(got, "suggested") == 0.5 and feature(got, "shown") == 0  # teamwork untouched
    assert got.cap == "partial" and "no concrete example" in joined(got.reasons, "en")
    silent, _ = read(req, "Li Wei\nSummary\nAccountant with a taste for numbers\n")
    assert silent.cap == "not" and silent.sentence is None
    got = verdicts.decide(silent, np.array([0.9, 0.05, 0.05]), "zh")
    assert (got.verdict, got.sentence, got.reason) == ("unknown", None, "简历未见具体事例")


def test_the_shipped_model_calls_a_fully_shown_competency_met_and_a_title_partial():
    req = requirement("competency", "具备较强的组织与协调能力", values=["组织与协调能力"])
    model = verdicts.shipped()

    def decided(text: str) -> str:
        profile = parse_resume(text, today=TODAY)
        lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
        # the lines as similar to the clause as the labelled set's evidence lines are
        sims = np.full(len(profile["sentences"]), 0.7)
        got = verdicts.read(req, profile, sims, terms.named_terms(req), lowered)
        return verdicts.decide(got, model.proba(got.x)[0], "zh").verdict

    assert decided("周丽\n工作经历\n2016-2024 带领12人团队，组织年度客户大会\n") == "met"
    assert decided("周丽\n工作经历\n2016-2024 任行政部经理\n") == "partial"
    assert decided("周丽\n工作经历\n2016-2024 会计\n") == "unknown"


def test_a_competency_asked_towards_customers_is_shown_only_with_customers():
    """ "能够与各种类型的客户有效沟通": communication shown with employees or stakeholders is part of
    it (partial, said so); with clients it is all of it."""
    req = requirement(
        "competency",
        "具备优秀的沟通和人际交往能力,能够与各种类型的客户有效沟通",
        values=["沟通和人际交往能力"],
    )
    inside, _ = read(
        req, "Anna Berg\nExperience\n2016-2024 HR Officer\nNegotiated wage terms with employees\n"
    )
    assert inside.cap == "partial" and inside.reasons[0].code == "facets_not_customers"
    assert joined(inside.reasons, "en").endswith("not with customers")
    clients, _ = read(
        req, "Anna Berg\nExperience\n2016-2024 Account Manager\nNegotiated contracts with clients\n"
    )
    assert clients.reasons[0].code == "facets_shown" and clients.cap != "partial"


def test_each_facet_pattern_is_read_only_where_its_trigger_words_are_and_finds_the_same_lines():
    lines = [
        "Led a team of 6 baristas and trained new staff",
        "带领12人团队，负责3人的小组培训",
        "Stellvertretende Geschäftsführung mit Personalverantwortung",
        "Answered customer queries and resolved complaints on time",
        "撰写月度报告，参与市场调研",
        "Freelance developer, worked independently on the roadmap",
        "2015年至今任某公司副总监",  # 副总监 is no 总监
        "Plain line about nothing in particular",
    ]
    sentences = [{"text": t} for t in lines]
    lowered = "\n".join(t.lower() for t in lines)
    starts = np.cumsum([0] + [len(t) + 1 for t in lines[:-1]])
    for name, facet in competency.FACETS.items():
        for rx in (facet.shows, facet.suggests):
            if rx is None:
                continue
            parts = facet.parts[rx.pattern]
            assert all(words for _, words in parts), (name, rx.pattern)
            whole = sorted(
                {
                    int(np.searchsorted(starts, m.start(), side="right")) - 1
                    for m in rx.finditer(lowered)
                }
            )
            assert competency._lines(parts, sentences, lowered) == whole, name
    assert competency.trigger_words(re.compile(r"\d+\s*(?:人|名)的?(?:团队|小组)")) == (
        "团队",
        "小组",
    )


def test_the_quoted_line_is_the_latest_role_then_one_that_counts_what_it_did():
    req = requirement("competency", "具备较强的组织与协调能力,能够有效分配和管理团队资源")
    bio = (
        "周海先生，1965年出生。\n1988年7月参加工作，历任计划员、副科长、总经理等职。\n"
        "2009年6月任华东分公司总经理。\n2016年3月至今任集团副总裁。\n"
    )
    got, profile = read(req, bio)
    assert profile["sentences"][got.sentence]["text"].startswith("2016年3月至今")
    cv = (
        "Ravi Rao\nExperience\nSales Manager at Kaffee AG\nContinuously managing team performance.\n"
        "Working with the team of four - six people to reach the targets.\n"
    )
    got, profile = read(req, cv)
    assert profile["sentences"][got.sentence]["text"].startswith("Working with the team of four")


def test_a_statement_of_the_act_is_quoted_over_a_list_of_topics():
    req = requirement("competency", "Strong communication skills")
    cv = (
        "Eva Roth\nProjekte\n"
        "Workshops zu den Themen - Scrum Rollen - Delegation Poker – Teamsetup – Retrospektiven\n"
        "Durchführung von Workshops zur Förderung der Agilität\n"
    )
    got, profile = read(req, cv)
    assert got.reasons[0].code == "facets_shown"
    assert profile["sentences"][got.sentence]["text"].startswith("Durchführung von Workshops")


def test_the_quoted_line_shows_the_facet_the_clause_stresses():
    # "oral and written communication" stresses speaking (oral, communication: two words, one
    # for writing); "文字处理…记录客户问题" stresses writing (文字, 记录; 表达 once)
    oral = "Excellent oral and written communications skills"
    assert competency.asked(oral) == ("communicate", "write")
    assert competency.stress(oral) == (2, 1)
    cv = (
        "Lena Vogt\nExperience\nWrote the monthly status reports for the board.\n"
        "Presented the product roadmap to the steering committee.\n"
    )
    req = requirement("competency", "Excellent oral and written communications skills")
    got, profile = read(req, cv)
    assert got.reasons[0].code == "facets_shown"
    assert profile["sentences"][got.sentence]["text"].startswith("Presented the product roadmap")
    clause = "具备良好的语言表达能力和文字处理能力,能够清晰准确地记录客户问题和处理过程"
    bio = "王芳\n工作经历\n主持每周客户例会，向客户介绍服务方案。\n撰写客户问题处理报告和服务流程文档。\n"
    got, profile = read(requirement("competency", clause), bio)
    assert profile["sentences"][got.sentence]["text"].startswith("撰写客户问题处理报告")


def test_reporting_to_someone_is_a_reporting_line_not_writing():
    got = reading(
        "Excellent written communication",
        ["Liaison with and reporting to the client.", "Prepared the monthly progress reports."],
    )
    assert got.shown["write"] == [1]


def test_enquiries_answered_show_communication_enquiries_generated_do_not():
    got = reading(
        "极强的沟通能力",
        ["Generating new enquiries", "Enquiry Generation", "Handling Enquiries."],
    )
    assert got.shown["communicate"] == [2]


def test_a_product_or_a_technical_interface_shows_no_writing_or_communication():
    req = requirement("competency", "Strong technical writing and negotiation skills")
    text = (
        "Jan Kohl\nProjekte\n2015-2020 Entwickler bei Nordbank AG\n"
        "Anbindung von Crystal Reports XI\nparallele Schnittstelle zur Steuerung\n"
    )
    got, _ = read(req, text)
    assert feature(got, "shown") == 0.0
    text += "Wrote the interface specifications\nSchnittstelle zwischen Fachbereich und IT\n"
    got, profile = read(req, text)
    assert feature(got, "shown") == 1.0


def test_machine_learning_is_a_field_not_the_will_to_learn():
    assert competency.asked("Knowledge of machine learning") == ()
    assert competency.asked("Deep learning frameworks") == ()
    assert competency.asked("Willing to learn new tools") == ("learn",)


def test_a_german_clause_asking_documentation_or_reports_asks_writing():
    clause = "Sie bringen Ihre Fähigkeiten in die Dokumentation und Berichtserfassung ein"
    assert competency.asked(clause) == ("write",)
    req = requirement("competency", clause)
    text = (
        "Jan Kohl\nProjekte\n2015-2020 PMO bei Nordbank AG\nErstellung der Projektdokumentation\n"
    )
    got, _ = read(req, text)
    assert feature(got, "shown") == 1.0


@pytest.mark.parametrize(
    ("clause", "line", "shown", "suggested"),
    [
        # moderating is shown by facilitating or leading workshops, suggested by a coach's or
        # a trainer's role; a statement of communicating with stakeholders is not moderating
        (
            "Ausgeprägte Moderationsfähigkeiten",
            "Facilitation der Scrum-Routinen im Team",
            True,
            False,
        ),
        ("Ausgeprägte Moderationsfähigkeiten", "2017 - 2019 Agile Coach, Beispiel AG", False, True),
        # a certificate's name says what it certifies, no work done
        ("Experience leading a team", "SCAC - Scrum Coach Accredited Certification", False, True),
        # a trainer of courses teaches: that suggests leading people, it does not show it
        ("Experience leading a team", "DevOps Consultant und Trainer, Beispiel GmbH", False, True),
        ("Strong facilitation skills", "Liaise with stakeholders to resolve issues", False, False),
        # a skill listed, a self-description or a customer-facing sales role only suggests
        ("具备优秀的沟通和人际交往能力", "Communication- Exprience - 6 months", False, True),
        ("具备较强的学习能力和适应能力", "Quick learner", False, True),
        # qualifications earned and a senior engineer's title suggest learning; a consultant's
        # post judgement
        ("具备较强的学习能力和适应能力", "具有证券分析师从业资格", False, True),
        ("具备较强的学习能力和适应能力", "1960年出生，教授级高级工程师", False, True),
        ("较强的主观裁判能力", "此前就职于某咨询公司任咨询顾问。", False, True),
        ("需要有较强的抗压能力", "Delivered all deliverables on time", False, True),
        (
            "具备较强的客户服务意识和服务技能",
            "2014 - 2024 Sales Manager, Autohaus Beispiel",
            False,
            True,
        ),
        # a tour guide's or a teacher's work touches communication and service, shows neither
        ("具备良好的沟通能力和服务意识", "2010 - 2018 Reiseleiter (Teilzeit)", False, True),
        ("Excellent communication skills", "2015 - 2019 Teacher of mathematics", False, True),
    ],
)
def test_roles_that_talk_to_people_suggest_moderating_communication_and_service(
    clause, line, shown, suggested
):
    got = reading(clause, [line])
    assert bool(got.shown_facets) == shown
    assert bool(got.suggested_facets) == suggested


def test_a_professional_certificate_taken_suggests_learning():
    clause = "具备较强的学习能力和适应能力,能够接受新知识和新技术的培训"
    for line in ["PMP nach PMI", "PRINCE2 Practitioner 2018", "ITIL v4 Foundation"]:
        assert reading(clause, [line]).suggested_facets == ["learn"], line
    # the letters inside a word name no certificate
    assert not reading(clause, ["Capitalism and its critics"]).suggested_facets
