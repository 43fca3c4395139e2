"""English certificate clauses: the certificates they name become the requirement's values,
alternatives where they are or-joined (as Chinese 证书 clauses already are)."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd


def _req(line: str) -> dict:
    (req,) = [r for r in parse_jd(f"Requirements:\n- {line}\n")[0]["requirements"]]
    return req


@pytest.mark.parametrize(
    ("line", "values", "any_of"),
    [
        ("CKA or AWS certifications", ["CKA", "AWS"], True),
        ("PMP certification preferred", ["PMP"], None),
        ("CPA or CMA", ["CPA", "CMA"], True),
        ("Valid CDL Class A", ["CDL Class A"], None),
        ("ServSafe Food Handler", ["ServSafe Food Handler"], None),
        ("SHRM-CP or PHR certification preferred", ["SHRM-CP", "PHR"], True),
        ("Security certifications such as CISSP, CISM or CEH", ["CISSP", "CISM", "CEH"], True),
        ("BLS certification from the American Heart Association", ["BLS"], None),
        ("First Aid certificate (or willingness to obtain)", ["First Aid"], None),
        ("Driver's License (Required)", ["Driver's License"], None),
        ("Current Oregon Dental Hygiene License in good standing", ["Oregon Dental Hygiene"], None),
        # a bracket listing certificates names the ways to hold it, any one of them
        ("Scrum certification (CSM, PSM or similar)", ["Scrum", "CSM", "PSM"], True),
        (
            "Zertifizierung als ScrumMaster (Certified Scrum Master, Professional Scrum Master,"
            " SAFe Scrum Master oder vergleichbare Zertifikate)",
            ["Certified Scrum Master", "Professional Scrum Master", "SAFe Scrum Master"],
            True,
        ),
        ("ITIL-Zertifizierung", ["ITIL"], None),
        ("AWS certification (Solutions Architect or Developer)", ["AWS"], None),
        # "at least one" / "mindestens eine" counts the certificates, it names none
        (
            "Mindestens eine Zertifizierung aus dem Projektmanagement (PMP, Prince2, SCRUM)",
            ["PMP", "Prince2", "SCRUM"],
            True,
        ),
        ("At least one cloud certification (AWS, Azure or GCP)", ["AWS", "Azure", "GCP"], True),
    ],
)
def test_an_english_certificate_clause_names_its_certificates(line, values, any_of):
    req = _req(line)
    assert (req["kind"], req["values"], req["any_of"]) == ("certificate", values, any_of)


def test_a_clause_naming_a_certificate_in_passing_keeps_the_known_name_only():
    req = _req("Continuous Integration (SCM, CI, Deployment, ITIL or TDD) is a plus")
    assert req["values"] == ["ITIL"]


def test_words_that_are_no_certificate_name_give_no_value():
    for line in (
        "Reliable transportation and a valid driver's license",
        "Experience with robotics (FANUC, ABB) and vision systems OSHA 10 certification",
    ):
        # (the second line is two items since a certificate named by an acronym ends the one
        # before it: each certificate item's values are checked)
        reqs = parse_jd(f"Requirements:\n- {line}\n")[0]["requirements"]
        for req in [r for r in reqs if r["kind"] == "certificate"]:
            assert not any(
                v.lower().startswith(("reliable", "experience", "vision")) for v in req["values"]
            )


def test_where_the_person_has_worked_is_experience_not_a_skill():
    req = _req("You've worked at an early-stage startup")
    assert (req["kind"], req["field"]) == ("experience", "early-stage startup")
    either = _req("Bonus points if you've worked with banking or payments products")
    assert (either["kind"], either["values"], either["any_of"]) == (
        "experience",
        ["banking", "payments products"],
        True,
    )


@pytest.mark.parametrize(
    ("tags", "values"),
    [
        # a job board's Key Skills tags glued by a scraper: cut where it is safe
        ("JavaSpring BootMicroservicesSQL", ["Java", "Spring Boot", "Microservices", "SQL"]),
        ("Python Django PostgreSQL Docker", ["Python", "Django", "PostgreSQL", "Docker"]),
        # never a wrong cut: names that are one (GitLab, NoSQL) or a tag of unknown words
        ("GitLab NoSQL PySpark", ["GitLab NoSQL PySpark"]),
        ("SAP SD S/4HANA Pricing Order To Cash", ["SAP SD S/4HANA Pricing Order To Cash"]),
        ("Google Cloud Platform", ["Google Cloud Platform"]),
    ],
)
def test_skill_tags_run_together_are_one_requirement_cut_where_safe(tags, values):
    req = _req(tags)
    assert (req["kind"], req["text"], req["values"]) == ("skill", tags, values)
