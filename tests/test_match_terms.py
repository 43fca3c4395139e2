"""Named terms (matcher.match.terms): which values are names, how a résumé covers them, and the
engine's use of them in semantic verdicts, with the real default model where the point is that
sentence similarity alone cannot tell two IT trades apart."""

from __future__ import annotations

import pytest

from matcher.match import evaluate, rank, terms
from matcher.resume import parse_resume
from tests.test_match_engine import requirement


def names(req: dict) -> list[str]:
    return [t.name for t in terms.named_terms(req)]


def test_named_terms_are_short_latin_values_once_each():
    req = requirement(
        "skill",
        "熟悉Spring Boot、MySQL和Redis，具有良好的沟通能力",
        values=["Spring Boot", "MySQL", "MYSQL", "Redis", "沟通能力", "2", "Front-end framework"],
    )
    # Chinese values paraphrase and are left to similarity; "MYSQL" repeats MySQL; "2" names
    # nothing; "Front-end framework" is a name by its marked word, shown as such.
    assert names(req) == ["Spring Boot", "MySQL", "Redis", "Front-end"]
    concepts = requirement(
        "knowledge", "x", values=["configuration management", "databases", "C++"]
    )
    # lower-case values are concepts, not names; a kind (databases) is read as one (test_match_isa)
    assert names(concepts) == ["databases", "C++"]
    long = requirement("knowledge", "x", values=["experience with distributed stream processing"])
    generic = requirement("knowledge", "x", values=["sehr gute Kenntnisse", "Erfahrung"])
    assert names(long) == [] and names(generic) == []
    # a sentence piece is no name, however capitalised; soft skills name nothing
    phrase = requirement("skill", "Willing to travel", values=["Willing to travel", "SAP"])
    soft = requirement("competency", "Strong communication", values=["Strong communication"])
    assert names(phrase) == ["SAP"] and names(soft) == []


def test_coverage_needs_every_word_and_two_examples_after_eg():
    words = "betrieb einer oracle-datenbank; ansible und docker im einsatz"
    plain = requirement(
        "skill", "Oracle Datenbank, Spring Boot", values=["Oracle Datenbank", "Spring Boot"]
    )
    cover = terms.coverage(terms.named_terms(plain), words)
    assert cover.share == 0.5 and cover.found == ("Oracle Datenbank",)
    assert cover.missing == ("Spring Boot",)  # "Spring" alone would not do

    listed = ["Ansible", "Puppet", "Chef", "Docker"]
    eg = requirement(
        "knowledge", "configuration management (e.g. Ansible, Puppet, Chef, Docker)", values=listed
    )
    zb = requirement(
        "knowledge", "Konfigurationsmanagement (z.B. Ansible, Puppet, Chef, Docker)", values=listed
    )
    all_of = requirement("knowledge", "Ansible, Puppet, Chef and Docker", values=listed)
    assert terms.coverage(terms.named_terms(eg), words).share == 1.0
    assert terms.coverage(terms.named_terms(zb), words).share == 1.0
    assert terms.coverage(terms.named_terms(all_of), words).share == 0.5
    chinese = requirement("skill", "沟通能力", values=["沟通能力"])
    assert terms.coverage(terms.named_terms(chinese), words) is None


def test_a_word_is_whole_java_is_not_javascript():
    text = "frontend mit javascript und typescript; backend in c#/.net, c++11"
    assert not terms.has_word(text, "java") and terms.has_word(text, "javascript")
    assert terms.has_word(text, "c#") and terms.has_word(text, "net")
    assert not terms.has_word(text, "c++")  # c++11 is one word
    assert not terms.has_word("", "java")


@pytest.mark.parametrize(
    ("asked", "text", "named"),
    [
        ("CSS", "html5 css3 angularjs scss", True),  # a version on the name is the name
        ("Angular", "spa entwicklung mit angular2+/8", True),
        ("Python", "scripts in python3.11", True),
        ("CSS", "class3 styles", False),  # not inside another word
        ("Java", "javascript es6", False),
    ],
)
def test_a_name_with_its_version_run_on_names_it(asked, text, named):
    req = requirement("skill", asked, values=[asked])
    assert (terms.coverage(terms.named_terms(req), text).share == 1.0) == named


def test_a_sentences_opening_word_is_no_name():
    req = requirement(
        "skill",
        "Interest in or experience with payment loyalty and shopping",
        values=["Interest in or experience with payment loyalty and shopping"],
    )
    assert "Interest" not in [t.name for t in terms.named_terms(req)]


def test_first_naming_finds_the_line_that_names_a_term():
    sentences = [{"text": "Teamleitung"}, {"text": "Deployments mit Ansible automatisiert"}]
    tools = terms.named_terms(requirement("skill", "x", values=["Puppet", "Ansible"]))
    assert terms.first_naming(sentences, tools) == 1
    chef = terms.named_terms(requirement("skill", "x", values=["Chef"]))
    assert terms.first_naming(sentences, chef) is None
    linux = terms.named_terms(requirement("skill", "x", values=["Linux"]))
    assert terms.first_naming([{"text": "Admin"}, {"text": "Betrieb von Ubuntu"}], linux) == 1


DEVOPS_REQ = requirement(
    "knowledge",
    "Very good understanding of configuration management (e.g. Ansible, Puppet, Chef) and "
    "CI tooling (e.g. Jenkins, Git)",
    values=["configuration management", "Ansible", "Puppet", "Chef", "Jenkins", "Git"],
)
POSTING = {
    "title": "DevOps Engineer",
    "language": "en",
    "sections": {},
    "duties": [],
    "requirements": [DEVOPS_REQ],
    "flags": [],
}
# Fictional people.
OPS = (
    "Lena Fischer\nExperience\n2019-2024 Platform engineer at Nordlicht GmbH\n"
    "Automated server configuration with Ansible and built Jenkins pipelines\n"
)
JAVA = (
    "Tom Becker\nExperience\n2015-2024 Java developer at Hafenbank AG\n"
    "Very good understanding of software configuration and build management in Java projects\n"
)
SILENT = "Mia Wolf\nExperience\n2018-2024 Sales assistant at Modehaus Wolf\nAdvised customers\n"


def test_similar_line_naming_no_term_is_at_most_partial_and_says_so(default_encoder):
    result = evaluate(POSTING, parse_resume(JAVA, today="2026-11-28"), default_encoder)
    req = result["requirements"][0]
    assert req["verdict"] in ("partial", "unknown")
    assert req["reason"].startswith("no Ansible, Puppet")
    # a partial says which line it rests on, and quotes it; "not" quotes nothing
    if req["verdict"] == "partial":
        assert '; related: "' in req["reason"] and req["evidence"]
    else:
        assert req["reason"].endswith("named") and req["evidence"] is None


def test_the_candidate_who_names_the_tools_ranks_first(default_encoder):
    pool = [
        (n, parse_resume(t, today="2026-11-28"))
        for n, t in [("java.txt", JAVA), ("ops.txt", OPS), ("silent.txt", SILENT)]
    ]
    ranked = rank(POSTING, pool, default_encoder)
    assert [c["resume"] for c in ranked][:1] == ["ops.txt"]
    ops = ranked[0]["requirements"][0]
    assert "Ansible" in ops["reason"] and "Jenkins" in ops["reason"]
    assert (
        ops["verdict"] in ("met", "partial")
        and ops["score"] > ranked[1]["requirements"][0]["score"]
    )


def test_naming_half_the_terms_quotes_that_line_and_naming_none_says_nothing():
    import numpy as np

    from matcher.match import verdicts

    req = requirement(
        "skill", "Kubernetes, Terraform, Helm", values=["Kubernetes", "Terraform", "Helm"]
    )
    profile = parse_resume("Jan Ott\nProjekte\nTeamleitung\nCluster mit Kubernetes und Terraform\n")
    line = next(i for i, s in enumerate(profile["sentences"]) if "Kubernetes" in s["text"])
    lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
    sims = np.zeros(len(profile["sentences"]))
    got = verdicts.read(req, profile, sims, terms.named_terms(req), lowered)
    assert (got.sentence, got.cap) == (line, "met")
    assert got.x[verdicts.FEATURES.index("term_share")] == pytest.approx(2 / 3)
    from matcher.match.reasons import joined

    assert joined(got.reasons, "en") == "names Kubernetes, Terraform; no Helm named"
    # a similar line naming none of the named tools says nothing about them (cap not), and the
    # reason says so in Chinese; with an item described in Chinese it may be partial
    helm = requirement("skill", "熟悉Helm和Istio", values=["Helm", "Istio"])
    sims[line] = 0.9
    got = verdicts.read(helm, profile, sims, terms.named_terms(helm), lowered)
    assert got.cap == "not" and got.x[verdicts.FEATURES.index("term_share")] == 0
    assert joined(got.reasons, "zh") == "未提及 Helm、Istio"
    said = verdicts.decide(got, np.array([0.9, 0.05, 0.05]), "zh")
    assert said.verdict == "unknown" and said.score <= 0.3 and said.sentence is None
    mixed = requirement("skill", "熟悉Helm和容器编排", values=["Helm", "容器编排"])
    got = verdicts.read(mixed, profile, sims, terms.named_terms(mixed), lowered)
    assert got.cap == "partial"
    got = verdicts.decide(got, np.array([0.9, 0.05, 0.05]), "zh")
    assert got.verdict == "partial" and got.score <= 0.6
    assert got.reason == "未提及 Helm、容器编排；相关：“Cluster mit Kubernetes und Te…”"


def test_the_latin_run_of_a_chinese_value_is_a_name_and_is_a_relations_count():
    req = requirement("skill", "熟悉Linux系统运维和CRM系统", values=["Linux系统运维", "CRM系统"])
    assert names(req) == ["Linux", "CRM"]
    text = "负责200台centos服务器的日常维护和故障排查"  # lower-cased, as coverage reads it
    cover = terms.coverage(terms.named_terms(req), text)
    assert (cover.found, cover.missing, cover.share) == (("Linux (centos)",), ("CRM",), 0.5)
    # only whole words imply: "reactor" is no React, so no JavaScript
    js = requirement("skill", "JavaScript", values=["JavaScript"])
    assert terms.coverage(terms.named_terms(js), "built a reactor model").share == 0.0
    assert terms.coverage(terms.named_terms(js), "frontends in typescript").share == 1.0


def test_a_chinese_linux_requirement_is_met_in_part_by_centos_work(default_encoder):
    # a probe pair the sentence model alone calls unrelated (similarity 0.33)
    req = requirement("skill", "熟悉Linux系统运维", values=["Linux系统运维"])
    posting = {**POSTING, "requirements": [req]}
    text = "赵磊\n工作经历\n负责200台CentOS服务器的日常维护和故障排查\n"
    got = evaluate(posting, parse_resume(text, today="2026-11-28"), default_encoder)
    (result,) = got["requirements"]
    assert result["verdict"] in ("partial", "met") and "Linux (centos)" in result["reason"]
    assert "CentOS" in result["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "betrieb einer oracle-datenbank; ansible und docker im einsatz",
        "spring boot and centos servers",
        "puppet only",
        "a cloud-based shop on docker",
        "",
    ],
)
def test_share_and_names_one_agree_with_coverage(text):
    listed = ["Ansible", "Puppet", "Chef", "Docker"]
    reqs = [
        requirement(
            "skill", "Oracle Datenbank, Spring Boot", values=["Oracle Datenbank", "Spring Boot"]
        ),
        requirement(
            "knowledge",
            "configuration management (e.g. Ansible, Puppet, Chef, Docker)",
            values=listed,
        ),
        requirement("knowledge", "Ansible, Puppet, Chef and Docker", values=listed),
        requirement("skill", "Linux", values=["Linux"]),
        requirement("skill", "cloud platforms", values=["cloud platforms", "Docker"]),
    ]
    for req in reqs:
        named = terms.named_terms(req)
        cover = terms.coverage(named, text)
        assert terms.share(named, text) == cover.share
        assert terms.names_one(named, text) == bool(cover.found or cover.loose)


def test_a_german_clause_capitalises_its_nouns_and_they_name_nothing():
    """German writes every noun with a capital: a noun of a German clause that ends as German
    nouns do (plural -en, "-studium") is no name ("Programmiersprachen", "Softwarearchitekturen",
    "Informatikstudium", "Bibliotheken"); the name beside it is; a name the project knows keeps
    its capital's meaning, and the same word in an English clause is read as before."""
    java = requirement(
        "skill",
        "Fundierte Kenntnisse in den Programmiersprachen Java",
        values=["Programmiersprachen Java"],
    )
    assert names(java) == ["Java"]
    nouns = requirement(
        "experience",
        "Erste Erfahrungen in Softwarearchitekturen und ein Informatikstudium",
        values=["Softwarearchitekturen", "Informatikstudium"],
    )
    kind = requirement("skill", "Java Bibliotheken und AWS", values=["Java Bibliotheken", "AWS"])
    assert names(nouns) == [] and names(kind) == ["Java", "AWS"]
    # what kind of thing a name is, in any language: the name is asked, not "Java Frameworks"
    frameworks = requirement("skill", "Modern Java Frameworks", values=["Java Frameworks"])
    assert names(frameworks) == ["Java"]
    known = requirement("skill", "Erfahrung mit Jenkins und Kubernetes", values=["Kubernetes"])
    english = requirement("skill", "Experience with Kitchen", values=["Kitchen"])
    assert names(known) == ["Kubernetes"] and names(english) == ["Kitchen"]


def test_the_prefilter_reads_a_clauses_nouns_as_the_verdict_does_and_still_asks_them():
    """One reading for both: the nouns the verdict does not ask by name are asked by the
    pre-filter with the name beside them, so a German CV writing "Programmiersprachen: Java"
    ranks above one naming Java alone; the verdict asks Java alone."""
    req = requirement(
        "skill",
        "Fundierte Kenntnisse in den Programmiersprachen Java",
        values=["Programmiersprachen Java"],
    )
    named, asked = terms.named_terms(req), terms.prefilter_terms(req)
    both, java_only = "programmiersprachen: java, kotlin", "java entwickler"
    assert terms.share(named, both) == terms.share(named, java_only) == 1.0
    assert terms.share(asked, both) == 1.0 and terms.share(asked, java_only) == 0.0
    # so is a word for what kind of thing the name is, in any language
    frameworks = requirement("skill", "Modern Java Frameworks", values=["Java Frameworks"])
    assert [t.name for t in terms.prefilter_terms(frameworks)] == ["Java Frameworks"]
    # a clause with no German noun is read once, the same for both
    plain = requirement("skill", "Kenntnisse in Java und Kotlin", values=["Java", "Kotlin"])
    assert terms.prefilter_terms(plain) == terms.named_terms(plain)


def test_the_substring_test_before_a_term_is_read_hides_no_naming():
    """terms._named first asks whether the text holds any of the term's needles (Term.needles);
    over texts that name terms in every way _named knows (spellings, words written as one, a
    version run on, an implying name, a kind by its word or a member), it says what it says
    without that test."""
    from matcher.match.isa import CATEGORIES, IMPLIED_BY, SAME_NAME

    kind_terms = [terms._kind_term(kind) for kind in CATEGORIES]
    named = [
        terms.Term("Spring Boot", frozenset({"spring", "boot"})),
        terms.Term("S4HANA", frozenset({"s4hana"})),
        terms.Term("HTML", frozenset({"html"})),
        terms.Term("T-SQL", frozenset({"t", "sql"})),
        terms.Term("Web design", frozenset({"web", "design"})),
        *(terms.Term(w, frozenset({w})) for w in IMPLIED_BY),
        *(terms.Term(g[0].title(), frozenset(terms.words_of(g[0]))) for g in SAME_NAME),
    ]
    texts = [
        "webdesign and s/4 hana, html5 pages",
        "sap\ns/4hana migration",
        "spring and boot, in two places",
        *(f"worked with {n} daily" for group in IMPLIED_BY.values() for n in group),
        *(f"used {n}" for group in SAME_NAME for n in group),
        *(f"a {w} project" for kind in CATEGORIES for w in (*kind.words, *kind.members)),
        "nothing of the sort",
    ]
    pairs = [(t, x) for t in [*kind_terms, *named] for x in texts]
    with_test = [terms._named(t, x) for t, x in pairs]
    for term in [*kind_terms, *named]:
        assert term.needles  # each of these is tested
        object.__setattr__(term, "needles", None)  # no test: every way is tried
    without = [terms._named(t, x) for t, x in pairs]
    assert with_test == without
    assert sum(1 for n in with_test if n) > len(texts)  # many of them are named
