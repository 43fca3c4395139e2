"""Requirement clauses read whole, of the right kind and must: the faults bench/bench_jd_kinds.py
counts, on fictional postings written for these tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _reqs(*clauses: str, german: bool = False) -> list[dict]:
    """The requirements of a clean posting: a title, a requirements heading, one clause a line."""
    head = ["Entwickler (m/w/d)", "Anforderungen:"] if german else ["Engineer", "Requirements:"]
    return parse_jd("\n".join([*head, *clauses]) + "\n")[0]["requirements"]


def _one(reqs: list[dict], text: str) -> dict:
    found = [r for r in reqs if r["text"] == text]
    assert len(found) == 1, [r["text"] for r in reqs]
    return found[0]


def test_a_hedge_word_opens_its_clause_and_makes_it_nice_to_have():
    reqs = _reqs(
        "Abgeschlossenes Studium der Informatik",
        "Idealerweise Erfahrung mit Elixir",
        "vorzugsweise Kenntnisse in Haskell und OCaml",
        german=True,
    )
    texts = [r["text"] for r in reqs]
    assert "Idealerweise" not in texts
    elixir = _one(reqs, "Idealerweise Erfahrung mit Elixir")
    assert elixir["must"] is False
    assert elixir["values"] == ["Elixir"]
    haskell = _one(reqs, "vorzugsweise Kenntnisse in Haskell und OCaml")
    assert haskell["must"] is False
    assert "vorzugsweise Haskell" not in haskell["values"]


def test_an_addition_is_nice_to_have_and_not_cut_as_the_company_speaking():
    reqs = _reqs(
        "3+ years of Rust",
        "Cypress for the frontend and Foundry for Vyper is a good addition",
        "Terraform and Pulumi are a nice addition",
        "Acme Robotics is a great place to grow",
    )
    cypress = _one(reqs, "Cypress for the frontend and Foundry for Vyper is a good addition")
    assert cypress["must"] is False
    assert all("addition" not in v for v in cypress["values"])
    terraform = _one(reqs, "Terraform and Pulumi are a nice addition")
    assert terraform["must"] is False
    assert terraform["values"] == ["Terraform", "Pulumi"]
    # the company speaking of itself is still no requirement
    assert not any("Acme" in r["text"] for r in reqs)


def test_beneficial_useful_and_highly_regarded_are_nice_to_have():
    reqs = _reqs(
        "Degree in Physics",
        "Experience with Grafana dashboards would be beneficial",
        "Knowledge of payroll taxes would be useful",
        "Previous work in museums will be highly regarded",
    )
    for text in (
        "Experience with Grafana dashboards would be beneficial",
        "Knowledge of payroll taxes would be useful",
        "Previous work in museums will be highly regarded",
    ):
        req = _one(reqs, text)
        assert req["must"] is False, text
        assert all("beneficial" not in v and "useful" not in v for v in req["values"])


def test_leave_to_work_and_clearance_are_conditions_not_skills():
    reqs = _reqs(
        "BSc in Chemistry",
        "NV1 Clearance Eligible",
        "You must have the right to work in Ireland",
        "Applicants must hold full New Zealand working rights",
        "Must be authorized to work in Canada",
        "Experience with OAuth authorization flows",
    )
    for req in reqs:
        if "OAuth" in req["text"]:
            assert req["kind"] == "skill"
        elif req["kind"] not in ("education", "major"):
            assert req["kind"] == "other", req["text"]
    assert len([r for r in reqs if r["kind"] == "other"]) == 4


def test_experience_in_a_field_or_activity_is_experience_a_named_tool_stays_a_skill():
    reqs = _reqs(
        "Degree in Hospitality",
        "Experience in hotel housekeeping preferably in a resort",
        "Hands-on experience with laboratory safety procedures",
        "Experience with Salesforce or HubSpot",
        "Experience with scrum ceremonies",
        "Knowledge and experience with payroll",
    )
    housekeeping = _one(reqs, "Experience in hotel housekeeping preferably in a resort")
    assert housekeeping["kind"] == "experience"
    assert housekeeping["field"] == "hotel housekeeping"  # the hedge ends the field
    lab = _one(reqs, "Hands-on experience with laboratory safety procedures")
    assert lab["kind"] == "experience"
    assert _one(reqs, "Experience with Salesforce or HubSpot")["kind"] == "skill"
    assert _one(reqs, "Experience with scrum ceremonies")["kind"] == "skill"  # a known name
    assert _one(reqs, "Knowledge and experience with payroll")["kind"] == "knowledge"


def test_german_experience_stays_a_skill_until_the_field_reading_matches_german():
    # (measured: as experience it cost verdicts on German CVs; see typed.is_field_experience)
    reqs = _reqs(
        "Abgeschlossenes Studium der Elektrotechnik",
        "Erfahrung in der Wartung von Produktionsanlagen",
        german=True,
    )
    assert _one(reqs, "Erfahrung in der Wartung von Produktionsanlagen")["kind"] == "skill"


def test_a_hedge_inside_a_clause_narrows_a_detail_and_keeps_it_a_must():
    reqs = _reqs(
        "Experience in bridge inspection preferably in coastal regions",
        "Experience in tunnel surveying ideally at a mining company",
        "Ideally you have worked on offshore platforms",
        "The ideal candidate ideally has a diving certificate",
    )
    assert _one(reqs, "Experience in bridge inspection preferably in coastal regions")["must"]
    assert _one(reqs, "Experience in tunnel surveying ideally at a mining company")["must"]
    nice = [r for r in reqs if "offshore" in r["text"] or "diving" in r["text"]]
    assert nice and not any(r["must"] for r in nice)


def test_master_as_a_verb_asks_a_language_not_a_degree():
    reqs = _reqs("You master English on level C1", "You must master German and English")
    assert _one(reqs, "You master English on level C1")["kind"] == "language"
    assert _one(reqs, "You must master German and English")["kind"] == "language"
    assert not any(r.get("min_level") == "master" for r in reqs)
    # the noun still names the degree
    degree = _one(_reqs("Master in Computer Science"), "Master in Computer Science")
    assert (degree["kind"], degree["min_level"]) == ("education", "master")
