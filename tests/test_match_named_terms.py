"""Skills, tools, knowledge and majors judged on the terms a résumé names (matcher.match.verdicts'
"named" group, terms.any_one, evidence.education_lines): examples and alternatives, named tools a
résumé is silent on, and a field of study read on the education lines. Résumés are fictional."""

from __future__ import annotations

import numpy as np

from matcher.match import evidence, terms, verdicts
from matcher.match.reasons import joined
from tests.test_match_engine import requirement
from tests.test_match_verdicts import feature, read

DEVOPS = "Jonas Brandt\nSkills\nDocker, Jenkins, Bash\nExperience\n2018-2024 DevOps engineer at Hafen AG\n"


def test_one_example_or_one_alternative_covers_the_requirement():
    req = requirement(
        "skill",
        "virtualization technologies (e.g. OpenStack, VMWare, Docker, LXC)",
        values=["virtualization technologies", "OpenStack", "VMWare", "Docker", "LXC"],
    )
    got, _ = read(req, DEVOPS)
    assert feature(got, "term_share") == 1.0 and got.cap == "met"
    assert joined(got.reasons, "en") == "names Docker (one of those listed is enough)"
    assert verdicts.SUPPORTS["terms_any"] == "met"
    # "including" lists examples of the thing; "or" between the items makes alternatives
    for text in ("Office products (including Word, Excel, Visio)", "Puppet or Jenkins"):
        assert terms.any_one(requirement("skill", text))
    # but a list joined by "and" asks every item: one of two is part of it
    both = requirement("skill", "Puppet and Jenkins", values=["Puppet", "Jenkins"])
    assert not terms.any_one(both)
    got, _ = read(both, DEVOPS)
    assert feature(got, "term_share") == 0.5
    assert joined(got.reasons, "en") == "names Jenkins; no Puppet named"


def test_named_tools_a_resume_does_not_name_say_nothing_whatever_line_is_similar():
    req = requirement(
        "skill",
        "configuration management (e.g. Ansible, Puppet, Chef)",
        values=["configuration management", "Ansible", "Puppet", "Chef"],
    )
    got, profile = read(req, DEVOPS)
    assert got.cap == "not" and got.negative == "unknown"
    # even a model sure of a similar line cannot make it partial
    sure = np.array([0.1, 0.85, 0.05])
    said = verdicts.decide(got, sure, "en")
    assert said.verdict == "unknown" and said.sentence is None
    # Chinese items are described, not named: a related line may still be partial
    zh = requirement("knowledge", "熟悉供应链管理", values=["供应链管理"])
    got, _ = read(zh, "赵敏\n工作经历\n2015-2020 负责采购计划\n")
    assert got.cap == "partial"


def test_office_software_is_named_as_office_beside_a_latin_word():
    # jieba cuts 办公软件 in two beside "office": the two halves are one term again
    assert evidence.content_words("office办公软件") == ("办公软件", "office")
    assert evidence.names("office办公软件", "it skills: ms office (word, excel)", share=0.5)
    crm = requirement("skill", "熟悉CRM系统", values=["CRM系统"])
    assert terms.coverage(terms.named_terms(crm), "daily use of salesforce").found == (
        "CRM (salesforce)",
    )


BIO = (
    "周强先生：1975年出生，2000年毕业于华东理工大学化学工程专业，工学学士。\n"
    "2010年7月至2015年12月任东方化工商务部部长、市场营销中心主任。\n"
)
BBA = "Rahul Mehta\nEducation\nBBA, Lovely Professional University, 2012\nSkills\nExcel\n"


def test_a_major_is_read_on_the_education_lines_only_and_one_listed_is_enough():
    req = requirement("major", "专业:商务管理、市场营销等相关专业", values=["商务管理", "市场营销"])
    assert terms.is_major(req) and terms.any_one(req)
    # 商务部部长 and 市场营销中心 are posts, not studies; the stated major is another one
    got, profile = read(req, BIO)
    assert feature(got, "term_share") == 0.0
    assert got.negative == "unmet"  # a major is stated, and it is none of those listed
    # and the reason quotes the line that shows the other field (chemistry)
    assert joined(got.reasons, "zh") == (
        "未提及 商务管理、市场营销；所学为其他专业：“周强先生：1975年出生，2000年毕业于华东理工大学化学…”"
    )
    lines = evidence.education_lines(profile["sentences"])
    assert [profile["sentences"][i]["text"][:6] for i in lines] == ["周强先生：1"]
    # a BBA is a business-administration degree; one major of those listed is enough
    got, profile = read(req, BBA)
    assert feature(got, "term_share") == 1.0
    assert joined(got.reasons, "en") == "names 商务管理 (one of those listed is enough)"
    assert profile["sentences"][got.sentence]["text"].startswith("BBA")
    # the clause's own list is read, not only the values the parser kept
    other = requirement("other", "市场营销,旅游管理等相关专业", values=["市场营销"])
    assert verdicts.chinese_terms(other) == ["市场营销", "旅游管理"]
    assert evidence.names("旅游管理", "bachelor in hospitality management", share=0.5)


def test_knowledge_of_managing_is_partly_shown_by_a_managers_role():
    req = requirement("knowledge", "具备一定的管理理念", values=["管理理念"])
    got, profile = read(req, "孙立\n2008年至2018年任华北机械厂车间主任、生产部经理。\n")
    assert (got.cap, got.floor) == ("partial", "partial")
    assert "生产部经理" in profile["sentences"][got.sentence]["text"]
    said = verdicts.decide(got, np.array([0.0, 0.1, 0.9]), "zh")
    assert said.verdict == "partial" and 0.35 <= said.score <= 0.6
    # a field that is not managing itself is not shown by a title
    trade = requirement("knowledge", "了解国际贸易政策", values=["国际贸易政策"])
    got, _ = read(trade, "孙立\n2008年至2018年任华北机械厂车间主任、生产部经理。\n")
    assert got.floor == "not" and got.cap == "partial"


def test_unknown_verdicts_keep_the_order_their_evidence_gives():
    req = requirement("skill", "Experience with Helm", values=["Helm"])
    got, _ = read(req, DEVOPS)
    low = verdicts.decide(got, np.array([0.1, 0.2, 0.7]), "en")
    high = verdicts.decide(got, np.array([0.3, 0.5, 0.2]), "en")
    assert low.verdict == high.verdict == "unknown"
    assert 0 < low.score < high.score <= 0.3


def test_german_nouns_are_words_and_joined_names_are_two():
    def names(value: str) -> list[str]:
        req = requirement("skill", value, values=[value])
        return sorted(w for t in terms.named_terms(req) for w in t.words)

    assert names("XLST und XML") == ["xlst", "xml"]
    assert names("Java Programmierung") == ["java"]
    assert names("Strukturierter und verantwortungsbewusster Arbeitsstil") == []
    assert names("Docker") == ["docker"] and names("Spring Boot") == ["boot", "spring"]


def test_a_capitalised_first_word_is_not_surely_a_name():
    # a capital only on a generic first word names nothing
    statements = requirement(
        "skill",
        "Experience preparing financial statements",
        values=["Experience preparing financial statements"],
    )
    assert len(terms.named_terms(statements)) == 0
    # a clause opening with its only capital may be a concept ("E-commerce operations
    # experience"): a similar line naming none of it stays possible (cap partial)
    shop = requirement(
        "skill", "E-commerce operations experience", values=["E-commerce operations"]
    )
    got, _ = read(shop, "Mia Lund\nExperience\n2019-2024 Ran an online storefront at Nordhaus\n")
    assert not terms.sure_names(terms.named_terms(shop), shop["text"]) and got.cap == "partial"
    # a name past the first word, or marked inside, is surely one
    for text, value in [("Experience with Docker", "Docker"), ("AWS security", "AWS security")]:
        req = requirement("skill", text, values=[value])
        assert terms.sure_names(terms.named_terms(req), text)


def test_a_major_is_quoted_from_the_line_naming_a_degree():
    req = requirement("major", "市场营销、管理等相关专业优先", values=["市场营销", "管理"])
    text = (
        "Asha Rao\nEducation\nKey skills: marketing plans, college fests\n"
        "B.B.A. Marketing, Poona College, 2014\n"
    )
    got, profile = read(req, text)
    assert profile["sentences"][got.sentence]["text"].startswith("B.B.A. Marketing")
