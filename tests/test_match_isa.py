"""Kinds a requirement asks in ordinary words (matcher.match.isa, read by matcher.match.terms):
"databases", "agile methodologies", "cloud experience" are shown by a member the résumé names
(MySQL, Scrum, Google Cloud); the kind's own word alone is some of it; a line naming neither says
nothing. Fictional text throughout."""

from __future__ import annotations

import numpy as np

from matcher.match import terms, verdicts
from matcher.match.isa import categories_in
from matcher.match.reasons import joined
from matcher.resume import parse_resume
from tests.test_match_engine import requirement


def kinds(value: str) -> list[str]:
    return [c.name for c in categories_in(value)]


def test_a_kind_is_asked_where_its_word_is_the_thing_not_where_it_describes_another():
    assert kinds("at least one additional cloud technology") == ["cloud"]
    assert kinds("working with agile methodologies") == ["agile"]
    assert kinds("databases") == ["databases"]
    assert kinds("knowhow in Network Technologies") == ["networking"]
    assert kinds("Continuous Integration") == ["continuous integration"]
    assert kinds("version control systems, e.g. Git") == ["version control"]
    # the kind's word describes something else: that thing is asked, not the kind
    assert kinds("Cloud Security") == [] and kinds("network marketing") == []
    assert kinds("agile project management") == []
    assert kinds("Clouding") == []  # a word of its own
    # kind words in a row still say what sort of thing the kind is
    assert kinds("Agile Method Practice") == ["agile"]
    assert kinds("cloud platform services") == ["cloud"]
    assert kinds("Cloud Platform Security") == []
    # a kind "for" something is that thing's part: the languages of test automation are asked
    # with it, not any language
    assert kinds("one or more modern programming languages") == ["programming languages"]
    assert kinds("Kenntnisse in Programmiersprachen") == ["programming languages"]
    assert kinds("programming languages for test automation") == ["test automation"]
    assert kinds("Object-Oriented Design") == ["object-oriented programming"]
    assert kinds("objektorientierter Entwicklung") == ["object-oriented programming"]


def test_a_title_cased_kind_with_its_kind_words_is_the_kind_not_a_name_of_three_words():
    req = requirement("skill", "Agile Method Practice", values=["Agile Method Practice"])
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["agile"]
    assert terms.coverage(named, "sprint planning as a kanban lead").share == 1.0
    # a name beside the kind words stays the name asked
    named = terms.named_terms(
        requirement("skill", "AWS Cloud Services", values=["AWS Cloud Services"])
    )
    assert [t.name for t in named] == ["AWS Cloud Services"]


def test_a_kind_is_shown_by_a_member_and_only_half_by_its_own_word():
    req = requirement(
        "skill",
        "Experience in working with agile methodologies",
        values=["working with agile methodologies"],
    )
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["agile"]
    member = terms.coverage(named, "scrum master in a team of six; jira, confluence")
    assert (member.found, member.loose, member.share) == (("agile (scrum)",), (), 1.0)
    word = terms.coverage(named, "worked in agile teams")
    assert (word.found, word.loose, word.share) == ((), ("agile",), 0.5)
    assert terms.share(named, "worked in agile teams") == 0.5
    none = terms.coverage(named, "jira, confluence, ms project")
    assert (none.found, none.missing, none.share) == ((), ("agile",), 0.0)


def test_a_listed_example_and_its_kind_are_alternatives():
    req = requirement("skill", "databases (e.g. MySQL)", values=["databases", "MySQL"])
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["databases", "MySQL"] and named.needed == 1
    assert terms.coverage(named, "rest api on postgresql").share == 1.0


def _read(req: dict, text: str, similar_line: str | None = None):
    profile = parse_resume(text, today="2026-11-28")
    lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
    sims = np.zeros(len(profile["sentences"]))
    if similar_line:
        sims[next(i for i, s in enumerate(profile["sentences"]) if similar_line in s["text"])] = 0.9
    return profile, verdicts.read(req, profile, sims, terms.named_terms(req), lowered)


CLOUD = requirement(
    "skill",
    "It is very important to have very strong cloud experience",
    values=["It is very important to have very strong cloud experience"],
)


def test_cloud_is_met_by_a_provider_partly_by_the_word_and_not_by_a_similar_line():
    aws = "Eva Lang\nProjekte\n2019-2024 Betrieb der Kundenplattform auf Google Cloud und AWS\n"
    profile, got = _read(CLOUD, aws)
    assert got.cap == "met" and got.reasons[0].code == "terms_all"
    assert "Google Cloud" in profile["sentences"][got.sentence]["text"]
    word = "Eva Lang\nProjekte\n2019-2020 Umstellung der IT auf eine cloud-basierte Lösung\n"
    profile, got = _read(CLOUD, word)
    said = verdicts.decide(got, np.array([0.9, 0.05, 0.05]), "en")
    assert said.verdict == "partial"  # the word says the field, not which platform
    assert joined(got.reasons, "en").startswith("names cloud but not which (e.g. aws")
    assert "cloud-basierte" in profile["sentences"][said.sentence]["text"]
    # a similar line naming neither the kind nor a member says nothing about it; in a
    # developer's career the résumé is silent on it, in a career outside software it is unmet
    dev = "Eva Lang\nExperience\n2015-2024 Java developer, professional experiences in recruiting\n"
    _, got = _read(CLOUD, dev, similar_line="Java developer")
    said = verdicts.decide(got, np.array([0.9, 0.05, 0.05]), "en")
    assert got.cap == "not" and said.verdict == "unknown"
    hr = "Eva Lang\nExperience\n2015-2024 HR officer, professional experiences in recruiting\n"
    _, got = _read(CLOUD, hr, similar_line="HR officer")
    said = verdicts.decide(got, np.array([0.9, 0.05, 0.05]), "en")
    assert got.cap == "not" and said.verdict == "unmet"
    assert got.reasons[0].code == "outside_software"


def test_a_kind_beside_concepts_no_term_reads_is_not_settled_by_the_kind_alone():
    req = requirement(
        "knowledge",
        "Very good knowledge of computer networks, software development and system engineering",
        values=["computer networks", "software development", "system engineering"],
    )
    text = "Eva Lang\nExperience\n2015-2024 Software developer, system engineering of web shops\n"
    _, got = _read(req, text, similar_line="Software developer")
    assert got.cap == "partial"  # software development is asked too and read by similarity


def test_a_member_is_its_own_feature_and_a_kind_beside_concepts_is_part_of_the_clause():
    agile = requirement(
        "skill", "Experience with agile methodologies", values=["agile methodologies"]
    )
    scrum = "Eva Lang\nProjekte\n2019-2024 Scrum Master im Team Kasse\n"
    _, got = _read(agile, scrum)
    isa = verdicts.FEATURES.index("term_isa")
    assert got.x[isa] == 1.0 and got.reasons[0].code == "terms_all"
    literal = requirement("skill", "Experience with Scrum", values=["Scrum"])
    _, got = _read(literal, scrum)
    assert got.x[isa] == 0.0 and got.x[verdicts.FEATURES.index("term_share")] == 1.0
    wide = requirement(
        "knowledge",
        "Very good knowledge of computer networks, software development and system engineering",
        values=["computer networks", "software development", "system engineering"],
    )
    cisco = "Eva Lang\nExperience\n2015-2024 Cisco administrator at Stadtwerke Nord\n"
    _, got = _read(wide, cisco)
    assert got.reasons[0].code == "terms_some"  # networks shown; the rest is asked too
    assert joined(got.reasons, "en") == (
        "names networking (cisco); no software development, system engineering named"
    )


def test_another_spelling_of_a_product_names_it_and_is_no_peer_of_it():
    for asked, written in [
        ("PostgreSQL", "Databases: Postgres 12, Redis"),
        ("PostgresSQL", "Worked with PostgreSQL and Flyway"),
        ("Microsoft SQL Server", "Reports on MS SQL and SSRS"),
        ("Kubernetes", "Ran services on K8s clusters"),
        ("Javascript", "Front end in JS and CSS"),
    ]:
        req = requirement("skill", asked, values=[asked])
        named = terms.named_terms(req)
        cover = terms.coverage(named, written.lower())
        assert cover.share == 1.0, (asked, written)
        profile = parse_resume(f"Nora Lind\nSkills\n{written}\n", today="2026-11-28")
        lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
        sims = np.zeros(len(profile["sentences"]))
        got = verdicts.read(req, profile, sims, named, lowered)
        assert got.sentence is not None, asked  # the line writing it that way is quoted
        assert profile["sentences"][got.sentence]["text"] == written
    # a misspelt name still asks its kind: MySQL is a related relational database
    req = requirement("skill", "PostgresSQL", values=["PostgresSQL"])
    assert terms.partly(terms.named_terms(req), "mysql 8")[0] == "mysql"
    assert "postgres" not in terms.partly(terms.named_terms(req), "postgres")
    # "ms" alone is nothing; "Java Script" is JavaScript, not Java
    named = terms.named_terms(requirement("skill", "MS SQL", values=["MS SQL"]))
    assert terms.coverage(named, "ms office, mysql").share == 0.0


def test_a_dialect_named_with_a_prefix_is_not_named_by_what_names_its_kind():
    # SQL is named by MySQL; T-SQL, Microsoft's dialect, is not (its words read as "sql" alone)
    sql = terms.named_terms(requirement("skill", "SQL", values=["SQL"]))
    assert terms.coverage(sql, "databases: mysql, oracle").share == 1.0
    tsql = terms.named_terms(requirement("skill", "T-SQL", values=["T-SQL"]))
    assert terms.coverage(tsql, "databases: mysql, oracle").share == 0.0
    assert terms.coverage(tsql, "stored procedures in t-sql").share == 1.0


def test_a_content_management_system_is_shown_by_one_and_is_a_peer_of_another():
    """ "CMS Systemen" is a kind: Joomla or TYPO3 shows it; "Drupal und Wordpress" asks names,
    and Joomla is only a neighbour of them (terms.partly), not one of them."""
    assert kinds("Konkrete Erfahrung aus der Praxis mit CMS Systemen") == ["cms"]
    assert kinds("content management systems") == ["cms"]
    req = requirement("skill", "Erfahrung mit CMS Systemen", values=["CMS Systemen"])
    named = terms.named_terms(req)
    assert terms.coverage(named, "joomla, php, firebase").found == ("cms (joomla)",)
    names = requirement(
        "skill", "idealerweise Drupal und Wordpress", values=["Drupal", "Wordpress"]
    )
    named = terms.named_terms(names)
    assert terms.coverage(named, "joomla, php").share == 0.0
    assert terms.partly(named, "joomla, php")


def test_another_reporting_tool_or_olap_model_is_a_related_skill():
    """Tableau or SAP Analytics Cloud for Power BI, SAP BW for Azure Analysis Services: some of
    it (a neighbour of the same kind), never the name asked."""
    power_bi = terms.named_terms(requirement("skill", "Power BI", values=["Power BI"]))
    assert terms.partly(power_bi, "tableau, sap analytics cloud")
    assert terms.coverage(power_bi, "tableau, sap analytics cloud").share == 0.0
    aas = terms.named_terms(
        requirement("knowledge", "Azure Analysis Services", values=["Azure Analysis Services"])
    )
    assert terms.partly(aas, "sap bw on hana, bex query designer")
    assert not terms.partly(aas, "microsoft azure, azure devops")


def test_a_renamed_test_tool_is_named_by_its_former_owners_name():
    named = terms.named_terms(
        requirement("skill", "Microfocus ALM und UFT", values=["Microfocus ALM", "UFT"])
    )
    cover = terms.coverage(named, "tools: hp alm, hp uft, jira")
    assert cover.share == 1.0
    # ALM alone is any application lifecycle management, not the product
    assert terms.coverage(named, "alm processes, uft").share < 1.0


def test_a_class_based_language_shows_object_oriented_programming_and_a_language_the_kind():
    """Java or ABAP OO shows object-oriented work; any general-purpose language named shows
    "programming languages"; a PLC engineer's résumé names none of them."""
    java = parse_resume(
        "Anna Berg\nExperience\n2016-2024 Developer at Nordwerk GmbH\n"
        "Built the order service in Java and Spring Boot\n",
        today="2026-11-28",
    )
    plc = parse_resume(
        "Omar Haddad\nExperience\n2015-2024 Control engineer at Gulf Plant Services\n"
        "Configured PLC and DCS systems for the refinery units\n",
        today="2026-11-28",
    )
    for text, kind in (
        ("object-oriented development", "object-oriented programming"),
        ("one or more modern programming languages", "programming languages"),
    ):
        req = requirement("skill", text, values=[text])
        named = terms.named_terms(req)
        lowered = "\n".join(s["text"].lower() for s in java["sentences"])
        got = terms.coverage(named, lowered)
        assert got.found and not got.missing, (text, got)
        assert got.found[0].startswith(f"{kind} (")
        lowered = "\n".join(s["text"].lower() for s in plc["sentences"])
        assert not terms.coverage(named, lowered).found


def test_devops_and_tdd_asked_are_shown_in_part_by_their_tools():
    """DevOps asked: Docker, Kubernetes or Jenkins used is some of it, never DevOps named;
    TDD asked: unit tests written with JUnit or Jest are some of it; the tools asked themselves
    are not made related to each other by this (Docker asked: Jenkins is no container)."""
    devops = terms.named_terms(
        requirement("experience", "Experience of performing DevOps", values=["DevOps"])
    )
    assert terms.partly(devops, "deployment to docker and kubernetes")
    assert terms.coverage(devops, "deployment to docker and kubernetes").share == 0.0
    assert not terms.partly(devops, "java, spring boot, mysql")
    tdd = terms.named_terms(requirement("experience", "Experience with TDD", values=["TDD"]))
    assert terms.partly(tdd, "unit tests with jest and jasmine")
    assert not terms.partly(tdd, "javascript, react")
    docker = terms.named_terms(requirement("skill", "Docker", values=["Docker"]))
    assert not terms.partly(docker, "jenkins pipelines")
