"""An activity asked with a named thing (matcher.match.activity): "Linux administration" is not met
by a résumé that lists Linux and never states administering anything. Résumés are fictional
people."""

from __future__ import annotations

from matcher.jd import parse_jd
from matcher.match import activity
from matcher.match.engine import evaluate_batch
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder

TODAY = "2026-11-28"
ANALYST = (
    "Tom Hale\nExperience\n2017-2024 Data analyst at Kestrel Freight Ltd\n"
    "Built the weekly freight reports for the sales team and the board\n"
    "Answered ad hoc questions of the regional managers with the data of the warehouse\n"
    "Skills\nLinux, Excel, Tableau\n"
)
GERMAN = (
    "Berufserfahrung\n2017 - 2024 Datenanalyst bei der Kestrel Spedition GmbH\n"
    "Aufbau der Berichte für den Vertrieb und die Geschäftsführung mit den Daten aus dem Lager\n"
    "Kenntnisse\nLinux, Excel, Tableau\n"
)


def _judged(clause: str, resume: str) -> dict:
    (job,) = parse_jd(f"Platform Engineer\nRequirements:\n- {clause}\n")
    profile = parse_resume(resume, today=TODAY)
    return evaluate_batch(job, [profile], FakeEncoder())[0]["requirements"][0]


def _unstated(clause: str, named: tuple[str, ...], resume: str) -> str | None:
    sentences = parse_resume(resume, today=TODAY)["sentences"]
    lowered = "\n".join(s["text"] for s in sentences).lower()
    return activity.unstated(clause, named, sentences, lowered, {})


def test_a_named_thing_without_its_activity_is_part_of_the_clause():
    got = _judged("Linux administration", ANALYST)
    assert got["verdict"] == "partial", got
    assert got["reason"].startswith("names Linux; no administration stated anywhere")
    # the same résumé stating the work: the names decide
    done = ANALYST.replace(
        "Skills\n", "Administered the Linux servers of the reporting stack\nSkills\n"
    )
    assert _judged("Linux administration", done)["verdict"] == "met"


def test_what_the_table_reads_and_what_it_leaves_alone():
    assert _unstated("Linux administration", ("Linux",), ANALYST) == "administration"
    assert _unstated("Schema design with MySQL or Postgres", ("MySQL",), ANALYST) == "design"
    assert _unstated("experience with SQL scripts", ("SQL",), ANALYST) == "scripts"
    # a word of the activity anywhere leaves the clause to its names
    assert (
        _unstated("Linux administration", ("Linux",), ANALYST + "Admin of the team wiki\n") is None
    )
    # the activity is part of the name itself
    assert _unstated("Domain-Driven Design", ("Domain-Driven Design",), ANALYST) is None
    # a German clause against a German CV is read by its words: Betrieb states the administering
    clause = "Sie haben Erfahrung in der Administration von Linux-Systemen"
    assert _unstated(clause, ("Linux",), GERMAN) == "Administration"
    betrieb = GERMAN.replace(
        "Aufbau der Berichte", "Betrieb der Linux-Server und Aufbau der Berichte"
    )
    assert _unstated(clause, ("Linux",), betrieb) is None
    # an English clause against a German CV, or a Chinese clause: no words to compare
    assert _unstated("Linux administration", ("Linux",), GERMAN) is None
    assert _unstated("熟悉Linux系统管理", ("Linux",), ANALYST) is None
