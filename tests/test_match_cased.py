"""Product names that are ordinary words (matcher.match.cased): "office", "excel", "word",
"access", "outlook" written in lower case in prose name no Microsoft software; the product's
spelling does. Résumés are fictional people."""

from __future__ import annotations

from matcher.match import cased
from matcher.match.engine import evaluate_batch
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder
from tests.test_match_engine import requirement

TODAY = "2026-11-28"


def test_a_product_word_in_prose_is_hidden_and_its_length_kept():
    for prose, word in [
        ("Helping the GES office staff with estimates", "office"),
        ("in a word, reliable", "word"),
        ("Gave the crew access to the plant", "access"),
        ("a positive outlook on change", "outlook"),
        ("excel in teamwork under pressure", "excel"),
    ]:
        folded = cased.fold(prose)
        assert len(folded) == len(prose)
        assert word not in folded, prose
        assert folded.replace(cased.MASK, "") == prose.lower().replace(word, "")


def test_the_products_spelling_names_it():
    for text in [
        "Helping the GES Office staff",  # capitalised: the writer's own choice
        "MS office 2016, ms-access",
        "microsoft word",
        "tools: word, excel, powerpoint",
        "excel/word",
        "excel",  # a listed item alone on its line
        "- outlook 2016",
        "passwords and keywords",  # not the word at all
    ]:
        assert cased.fold(text) == text.lower(), text
    # each line is read on its own: a list on the next line does not vouch for prose above
    assert "office" not in cased.fold("Ran the branch office for two years\nword, excel")


def posting(*reqs: dict) -> dict:
    return {
        "title": "行政助理",
        "requirements": list(reqs),
        "flags": [],
        "duties": [],
        "sections": {},
    }


def test_office_software_is_not_met_by_an_office_in_prose():
    req = requirement("skill", "熟练使用办公软件", values=["办公软件"])
    prose = (
        "Mary Stone\nExperience\n2015-2024 Estimator at Brightline Ltd\n"
        "Helping the regional office staff in preparing estimates for tenders\n"
    )
    listed = prose + "Skills\nMS Office, Salesforce\n"
    got = [
        evaluate_batch(posting(req), [parse_resume(text, today=TODAY)], FakeEncoder())[0]
        for text in (prose, listed)
    ]
    in_prose, in_list = (r["requirements"][0] for r in got)
    assert in_prose["verdict"] != "met"
    assert "office staff" not in (in_prose.get("evidence") or "")
    assert in_list["verdict"] in ("met", "partial")
    assert in_list["evidence"] == "MS Office, Salesforce"


def test_another_office_program_is_some_of_office_software():
    # Visio is of the office suite, not Word or Excel: part of 办公软件, and quoted
    req = requirement("skill", "能够掌握office办公软件运用", values=["office办公软件"])
    visio = (
        "Omar Haddad\nExperience\n2015-2024 Planning engineer at Nordlicht Controls\n"
        "Loop drawing design using Microsoft Visio\n"
    )
    (got,) = evaluate_batch(posting(req), [parse_resume(visio, today=TODAY)], FakeEncoder())[0][
        "requirements"
    ]
    assert got["verdict"] == "partial"
    assert got["evidence"] == "Loop drawing design using Microsoft Visio"
    # and an engineer naming no program of it is silent
    none = visio.replace("using Microsoft Visio", "by hand")
    (got,) = evaluate_batch(posting(req), [parse_resume(none, today=TODAY)], FakeEncoder())[0][
        "requirements"
    ]
    assert got["verdict"] == "unknown"


def test_a_posting_asking_none_of_it_is_not_folded():
    assert cased.asked(["熟练使用办公软件"]) and cased.asked(["Proficient in MS Excel"])
    assert cased.asked(["Experience with Microsoft Visio"])
    assert not cased.asked(["5 years of Java development", "具有3年以上客服管理经验"])


def test_a_technology_name_in_its_ordinary_use_is_hidden():
    for prose, word in [
        ("Developed a robotic arm model in Matlab", "arm"),
        ("Authorisation concept for the go live of new subsidiaries", "go"),
        ("Led the go-live of SAP S/4HANA", "go"),
        ("We go to the customer's site every week", "go"),
        ("I react quickly to changing priorities", "react"),
        ("Coached the rest of the team", "rest"),
    ]:
        folded = cased.fold(prose)
        assert len(folded) == len(prose)
        assert f" {word} " not in f" {folded} ".replace("-", " "), prose
    for named in [
        "ARM templates and Bicep",  # the name's spelling
        "Public rest service for the deployment platform",  # lower case, but the product
        "Built the front end with react and redux",
        "Languages: java, go, python",  # listed
        "Experience in Go and Rust",
        "rest, soap, graphql",
    ]:
        assert cased.fold(named) == named.lower(), named
    assert cased.asked(["Experience deploying resources with ARM templates"])
    assert cased.asked(["3+ years of Go"]) and cased.asked(["Design of RESTful APIs"])


def test_a_robotic_arm_meets_no_arm_templates_and_a_go_live_no_go():
    from matcher.jd import parse_jd

    (job,) = parse_jd(
        "Cloud Engineer\nRequirements:\n"
        "- Experience deploying infrastructure resources utilizing ARM templates\n"
        "- 3+ years of professional experience with Go\n"
    )
    assert len(job["requirements"]) == 2
    resume = (
        "Jonas Berg\nExperience\n2018-2024 Automation engineer at Feldhaus Robotics\n"
        "Developed a robotic arm model in Matlab for pick-and-place tests\n"
        "Planned the go live of the new warehouse control system\n"
    )
    got = evaluate_batch(job, [parse_resume(resume, today=TODAY)], FakeEncoder())[0]
    arm_templates, go = got["requirements"]
    assert arm_templates["verdict"] == "unknown", arm_templates
    assert go["verdict"] == "unmet", go  # six years of work, none of it in Go
    # (a deploying line: the clause asks deploying with them, matcher.match.activity)
    named = resume + "Deployed the test cloud each night\nSkills\nARM templates, Terraform, Go\n"
    got = evaluate_batch(job, [parse_resume(named, today=TODAY)], FakeEncoder())[0]
    arm_templates, go = got["requirements"]
    assert arm_templates["verdict"] == "met"
    assert arm_templates["evidence"] == "ARM templates, Terraform, Go"
    assert go["verdict"] != "unknown"
