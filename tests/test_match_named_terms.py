"""Skills, tools, knowledge and majors judged on the terms a résumé names (matcher.match.verdicts'
"named" group, terms.any_one, evidence.education_lines): examples and alternatives, named tools a
résumé is silent on, and a field of study read on the education lines. Résumés are fictional."""

from __future__ import annotations

import numpy as np

from matcher.match import evidence, term_lines, terms, verdicts
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


def names(req: dict) -> list[str]:
    return [t.name for t in terms.named_terms(req)]


def test_a_requirements_verbs_adjectives_and_field_words_are_no_names():
    """A term is a product, tool, language, method or standard: the capitalised verb, adjective
    or word for IT that opens a requirement's sentence is none of those."""
    cases = [
        (
            "Requires strong negotiation and consensus-building skills",
            ["Requires strong negotiation", "consensus-building skills"],
            [],
        ),
        ("Strong business and IT acumen", ["business", "IT acumen"], []),
        (
            "Technical consulting and development in SAP S4HANA projects",
            ["Technical consulting", "development in SAP S4HANA projects"],
            ["SAP S4HANA"],
        ),
        (
            "Relevant SAP Financials experience, namely in FICO",
            ["Relevant SAP Financials experience", "namely in FICO"],
            ["SAP Financials", "FICO"],
        ),
        (
            "Additional functional, technical experience with related SAP and ERP tools",
            ["Additional functional", "related SAP", "ERP tools"],
            ["SAP", "ERP"],
        ),
        ("Deep knowledge of SAP tools (SAP SAP PO, CPI)", ["SAP SAP PO", "CPI"], ["SAP PO", "CPI"]),
    ]
    for text, values, expected in cases:
        assert names(requirement("skill", text, values=values)) == expected, text
    # a piece of a sentence keeps its sure names (a capital past the first letter, a digit),
    # not a noun written with a capital
    pieces = [
        (
            "Knowledge in other markup language such as HTML5 and CSS",
            ["other markup language such as HTML5", "CSS"],
            ["HTML5", "CSS"],
        ),
        (
            "Experience deploying infrastructure resources utilizing ARM templates",
            ["Experience deploying infrastructure resources utilizing ARM templates"],
            ["ARM"],
        ),
        (
            "The candidate needs to like Security and be willing to learn",
            ["The candidate needs to like Security", "be willing to learn"],
            [],
        ),
    ]
    for text, values, expected in pieces:
        assert names(requirement("knowledge", text, values=values)) == expected, text


def test_a_related_skill_named_is_partial_not_unknown():
    """ "ABAP OO" where the résumé names ABAP only, "HTML5" where it names HTML: a related but
    not the same skill (the labelling guide's partial), not silence."""
    cv = "Lena Vogt\nSkills\nABAP, SAP UI5, HTML, JavaScript\nExperience\n2015-2024 SAP developer at Nordwerk\n"
    oo = requirement("skill", "ABAP OO is a plus", values=["ABAP OO"])
    got, profile = read(oo, cv)
    assert (got.cap, got.floor) == ("partial", "partial")
    assert joined(got.reasons, "en") == "names the related ABAP; no ABAP OO named"
    assert "ABAP" in profile["sentences"][got.sentence]["text"]
    html5 = requirement("skill", "HTML5 and CSS3", values=["HTML5", "CSS3"])
    got, _ = read(html5, cv)
    assert got.cap == "partial" and joined(got.reasons, "en").startswith("names the related HTML")
    # a résumé naming neither says nothing of them; "Spring" alone is no part of "Spring Boot"
    got, _ = read(oo, "Tom Berg\nSkills\nJava, Kotlin\n")
    assert got.reasons[0].code == "terms_none" and got.cap == "not"
    boot = requirement("skill", "Spring Boot", values=["Spring Boot"])
    assert terms.partly(terms.named_terms(boot), "spring semester 2019, java") == ()


def test_another_name_of_the_same_kind_is_partial_not_unknown():
    """Bash for PowerShell, Terraform for ARM templates, Docker for "Container Security": a
    related skill of the same kind (the labelling guide's partial), quoted and said; a name of
    another kind, or a language that is no shell, says nothing."""
    cv = (
        "Mara Keller\nSkills\nBash, Terraform, Docker\nExperience\n"
        "2017-2024 Cloud engineer at Nordlicht GmbH\n"
    )
    shell = requirement("skill", "Scripting experience in PowerShell", values=["PowerShell"])
    got, profile = read(shell, cv)
    assert (got.cap, got.floor) == ("partial", "partial")
    assert joined(got.reasons, "en") == "names the related bash; no PowerShell named"
    assert "Bash" in profile["sentences"][got.sentence]["text"]
    arm = requirement(
        "skill",
        "Experience deploying infrastructure resources utilizing ARM templates",
        values=["Experience deploying infrastructure resources utilizing ARM templates"],
    )
    got, _ = read(arm, cv)
    assert got.reasons[0].code == "terms_related" and got.floor == "partial"
    container = requirement(
        "knowledge", "Very good knowledge of Container Security", values=["Container Security"]
    )
    got, _ = read(container, cv)
    assert joined(got.reasons, "en") == "names the related docker; no Container Security named"
    # Python is a language, not a shell; Java names no kind of PowerShell
    got, _ = read(shell, "Tom Berg\nSkills\nPython, Java\n")
    assert got.reasons[0].code == "terms_none" and got.cap == "not"
    # a clause naming a kind asks its examples as that kind: Azure is a cloud, OpenStack one
    # too, but Azure is no virtualization
    virt = requirement(
        "skill",
        "virtualization technologies (e.g. OpenStack, VMWare, Docker, LXC)",
        values=["virtualization technologies", "OpenStack", "VMWare", "Docker", "LXC"],
    )
    got, _ = read(virt, "Tom Berg\nSkills\nAzure AD, Java\n")
    assert got.reasons[0].code == "terms_none"


def test_a_name_of_several_words_is_named_where_its_words_stand_together():
    """ "Management Studio" is not named by "management" in one line and "studio" in another,
    but is where a line breaks inside the name."""
    studio = terms.named_terms(
        requirement("skill", "SQL Server Management Studio", values=["Management Studio"])
    )
    apart = "built a management mobile solution\nandroid studio as ide"
    assert terms.coverage(studio, apart).found == ()
    assert not terms.names_one(studio, apart)
    together = "t-sql, sql server management studio\nandroid"
    assert terms.coverage(studio, together).found == ("Management Studio",)
    wrapped = "administered sql server with management\nstudio and ssis"  # a PDF's line break
    assert terms.coverage(studio, wrapped).found == ("Management Studio",)


def test_a_run_of_known_names_is_read_apart_but_a_known_name_of_several_words_is_not():
    """A posting's stack run together ("Core Java Spring Boot") asks Java and Spring Boot: a
    résumé naming Java alone names one of them, not a three-word name it never writes."""
    stack = terms.named_terms(
        requirement(
            "experience",
            "Hands-on experience in Core Java Spring Boot and Microservices",
            values=["Core Java Spring Boot", "Microservices"],
        )
    )
    assert [t.name for t in stack] == ["Java", "Spring Boot", "Microservices"]
    java_only = terms.coverage(stack, "java developer for a logistics firm, tomcat, jsp")
    assert java_only.found == ("Java",) and 0 < java_only.share < 1
    for whole in ("Microsoft SQL Server", "SAP HANA", "Azure SQL Database", "Spring Boot"):
        named = terms.named_terms(requirement("skill", whole, values=[whole]))
        assert [t.name for t in named] == [whole]


def test_a_kind_of_thing_is_named_by_one_of_it_but_a_products_word_is_not():
    """MySQL is SQL, but not "Microsoft SQL Server": a word inside a product's name is no kind."""
    sql = terms.named_terms(requirement("skill", "SQL", values=["SQL"]))
    server = terms.named_terms(
        requirement("skill", "Microsoft SQL Server", values=["Microsoft SQL Server"])
    )
    text = "microsoft office; databases: mysql, oracle; windows server"
    assert terms.coverage(sql, text).found == ("SQL (mysql)",)
    assert terms.coverage(server, text).found == ()


def test_an_interface_word_after_a_sure_name_is_shown_by_the_name():
    """ "Android SDK", "REST API's": a résumé naming Android or REST services shows them;
    "Web API" stays whole, since "web" alone names nothing."""
    sdk = terms.named_terms(
        requirement(
            "knowledge", "In-depth knowledge of the Android SDK", values=["the Android SDK"]
        )
    )
    assert [t.name for t in sdk] == ["Android"]
    assert terms.coverage(sdk, "built three android apps for a ferry operator").share == 1.0
    rest = terms.named_terms(
        requirement("skill", "design of REST APIs", values=["design of REST APIs"])
    )
    assert [t.name for t in rest] == ["REST"]
    assert terms.coverage(rest, "rest services for a booking platform").share == 1.0
    web = terms.named_terms(requirement("skill", "Web API", values=["Web API"]))
    assert [sorted(t.words) for t in web] == [["api", "web"]]
    assert terms.coverage(web, "web designer for a bakery").share < 1.0


def test_a_major_is_quoted_from_the_line_naming_a_degree():
    req = requirement("major", "市场营销、管理等相关专业优先", values=["市场营销", "管理"])
    text = (
        "Asha Rao\nEducation\nKey skills: marketing plans, college fests\n"
        "B.B.A. Marketing, Poona College, 2014\n"
    )
    got, profile = read(req, text)
    assert profile["sentences"][got.sentence]["text"].startswith("B.B.A. Marketing")


def test_the_line_quoted_for_a_term_names_the_most_terms_and_is_the_shortest_to_read():
    text = (
        "Jonas Brandt\nSummary\nDevOps consultant for cloud platforms, automation, monitoring, "
        "release pipelines and on-call duty with Jenkins at several banks\nSkills\nGit\n"
        "Jenkins\nGit and Jenkins pipelines for every service\n"
    )
    req = requirement(
        "skill", "modern CICD-tooling (e.g. Git, Jenkins, Vagrant)", values=["Git", "Jenkins"]
    )
    got, profile = read(req, text)
    lines = [s["text"] for s in profile["sentences"]]
    # the line naming both before the lines naming one, whatever is more similar
    assert lines[got.sentence] == "Git and Jenkins pipelines for every service"
    # one term each: the listed item before the long summary that names it in passing
    one = requirement("skill", "Jenkins", values=["Jenkins"])
    got, profile = read(one, text)
    assert profile["sentences"][got.sentence]["text"] == "Jenkins"


def test_a_bare_link_is_not_quoted_where_a_statement_names_the_term():
    req = requirement("skill", "Experience with Git", values=["Git"])
    text = (
        "Mara Lind\nProjects\nhttps://git.example.org/mara/shop-tools\n"
        "Skills\nVersion control: Git, Subversion\n"
    )
    got, profile = read(req, text)
    assert got.reasons[0].code == "terms_all"
    assert profile["sentences"][got.sentence]["text"] == "Version control: Git, Subversion"


def test_a_list_opened_by_including_lists_examples_only_where_a_name_follows():
    """ "(including hands-on experience in customizing), namely in FICO, BW as well as SAP
    Consolidation" asks each module: the marker opens no list of names."""
    each = requirement(
        "skill",
        "SAP Financials experience (including hands-on experience in customizing), namely in "
        "FICO, BW as well as SAP Consolidation",
        values=["FICO", "BW", "SAP Consolidation"],
    )
    assert not terms.any_one(each)
    got, _ = read(each, "Eva Roth\nSkills\nSAP BW, ABAP\n")
    assert got.reasons[0].code == "terms_some" and got.floor == "partial"
    assert terms.any_one(requirement("skill", "Office products (including Word, Excel, Visio)"))
    assert terms.any_one(requirement("skill", "HP ALM or equivalent"))


def test_one_of_two_names_asked_is_partial_whatever_the_model_says():
    """ "Scrum and Kanban" with Scrum named: part of it, never unknown beside 'names Scrum'."""
    req = requirement("skill", "Experience with Scrum and Kanban", values=["Scrum", "Kanban"])
    got, _ = read(req, "Lea Wolf\nSkills\nScrum, Jira\n")
    assert joined(got.reasons, "en") == "names Scrum; no Kanban named"
    assert verdicts.decide(got, np.array([0.05, 0.05, 0.9]), "en").verdict == "partial"


def test_a_letter_and_a_digit_opening_a_name_are_one_name_together_or_apart():
    """S4HANA, S/4HANA, S/4 HANA and S4 HANA are one name; R/3 is no S4HANA."""
    s4 = terms.named_terms(requirement("skill", "SAP S4HANA", values=["SAP S4HANA"]))
    for written in ("rollout of sap s/4 hana", "sap s/4hana finance", "sap s4 hana", "sap s4hana"):
        assert terms.coverage(s4, written).found == ("SAP S4HANA",), written
    assert terms.coverage(s4, "sap r/3 einführung").found == ()


def test_sibling_families_a_recruiter_calls_related_are_partial():
    """Spring MVC for Spring Boot, AngularJS or jQuery for Vue2, MySQL for PostgreSQL, Azure for
    AWS, PHP for JavaScript, Kotlin for Java 11, Jenkins for Azure DevOps Pipelines, Kubernetes
    for Nomad, Puppet for Salt: another name of the same family is a related skill (partial), a
    version on the name asked asks the name; the name without the version is related to it (Java
    for "Java 11", as HTML for HTML5)."""

    def related(value: str, text: str) -> tuple[str, ...]:
        named = terms.named_terms(requirement("skill", value, values=[value]))
        return terms.partly(named, text.lower())

    cases = [
        ("Spring Boot", "Backend services with Spring MVC and Hibernate", "spring mvc"),
        ("Spring Boot", "TECHNICAL SKILLS SpringMVC, Hibernate, J2EE", "springmvc"),
        ("Vue2", "Frontend work in AngularJS and jQuery", "angularjs"),
        ("Vue.js", "Single-page apps in React", "react"),
        ("PostgreSQL", "Schema design on MySQL 5.7", "mysql"),
        ("Microsoft SQL Server", "DBA for Oracle 12c", "oracle"),
        ("AWS", "Landing zones on Microsoft Azure", "azure"),
        ("Microsoft Azure", "Serverless on AWS Lambda", "aws"),
        ("JavaScript", "Web back ends in PHP", "php"),
        ("Java 11", "Android apps in Kotlin", "kotlin"),
        ("Java 11", "Backend services in Java", "Java"),
        ("Azure DevOps Pipelines", "Build jobs in Jenkins", "jenkins"),
        ("Nomad", "Clusters on Kubernetes", "kubernetes"),
        ("Salt", "Server configuration with Puppet", "puppet"),
    ]
    for value, text, expected in cases:
        assert expected in related(value, text), value
    # a shared word is no shared skill: Java and JavaScript, Java and Python are not related;
    # C++ (native) is no kin of Java here, nor a message broker of another
    assert related("Java", "Firmware in C++") == ()
    assert related("Kafka", "Event streams over RabbitMQ") == ()
    assert related("JavaScript", "Backend in Java 17") == ()
    assert related("Java", "Web pages with JavaScript") == ()
    assert related("Java", "Scripts in Python") == ()
    assert related("Vue2", "Backend in Java and PostgreSQL") == ()
    # C# (.NET) is no JVM language: a Java developer is no C# developer in part, nor the reverse
    assert related("C#", "Backend services in Java") == ()
    assert related("Java", "Services written in C# and .NET") == ()
    # JVM languages: Groovy or Kotlin for Java
    assert "groovy" in related("Java", "Jenkins pipelines in Groovy")
    # a relational database for another; a document store is none, though a database
    assert related("PostgreSQL", "Thesis app on MongoDB") == ()
    assert "mysql" in related("MongoDB", "Reporting on MySQL")
    # end to end: quoted and said, partial at most and at least
    cv = "Pia Lorenz\nSkills\nAngularJS, jQuery, MySQL\nExperience\n2016-2024 Web developer at Elbtal\n"
    got, profile = read(requirement("skill", "Vue2", values=["Vue2"]), cv)
    assert (got.cap, got.floor) == ("partial", "partial")
    assert joined(got.reasons, "en").startswith("names the related angularjs")
    assert "AngularJS" in profile["sentences"][got.sentence]["text"]


def test_the_line_quoted_for_a_term_is_the_name_alone_before_a_list_naming_it_among_others():
    text = (
        "Jonas Brandt\nSkills\nScrum JIRA Confluence Docker Jenkins\nAWS S3\nHyper-V Ansible\n"
        "Jenkins\nProxmox\nAWS\n"
    )
    ci = requirement(
        "skill", "modern CICD-tooling (e.g. Git, Jenkins, Vagrant)", values=["Git", "Jenkins"]
    )
    got, profile = read(ci, text)
    lines = [s["text"] for s in profile["sentences"]]
    assert lines[got.sentence] == "Jenkins"
    aws = requirement("skill", "Sie kennen sich mit AWS aus", values=["AWS"])
    got, _ = read(aws, text)
    assert lines[got.sentence] == "AWS"  # "AWS S3" names a service of it besides
    # a kind's member alone ("Proxmox" for virtualization) is such an item too
    kind = requirement(
        "skill", "virtualization technologies (e.g. OpenStack, VMWare)", values=["virtualization"]
    )
    got, _ = read(kind, text)
    assert lines[got.sentence] == "Proxmox"
    named = terms.named_terms(ci)
    assert term_lines.alone(named, [], "Jenkins 2.4")  # a version is no other thing
    assert not term_lines.alone(named, [], "Jenkins pipelines")


def test_a_term_is_quoted_from_the_work_history_before_a_skills_list():
    """A line where the term is used (a project) before the skills list that only names it,
    whether the clause asks experience with it or knowledge of it."""
    text = (
        "Mia Keller\nSkills\nSAP S/4HANA; SAP Fiori\nExperience\n"
        "2019-2024 SAP consultant at Nordlicht GmbH\n"
        "Rollout of SAP S/4HANA at a food retailer\n"
    )
    asks_work = requirement(
        "skill",
        "Technical consulting and development in SAP S4HANA implementation and rollout projects",
        values=["SAP S4HANA"],
    )
    got, profile = read(asks_work, text)
    lines = [s["text"] for s in profile["sentences"]]
    assert lines[got.sentence] == "Rollout of SAP S/4HANA at a food retailer"
    knows = requirement("skill", "Strong knowledge in SAP S4HANA", values=["SAP S4HANA"])
    got, _ = read(knows, text)
    assert lines[got.sentence] == "Rollout of SAP S/4HANA at a food retailer"
    # with no work line naming it, the skills list is quoted
    listed = requirement("skill", "SAP Fiori", values=["SAP Fiori"])
    got, _ = read(listed, text)
    assert lines[got.sentence] == "SAP Fiori"


def test_software_qa_is_a_kind_named_by_its_word_or_shown_by_its_test_tools():
    """QA is the test discipline: "Quality Assurance Engineer" or "Qualitätssicherung" names it
    in full (a discipline, not a sort of product like "cloud"), ISTQB or Selenium shows it by
    is-a, and "tools and processes" beside it ask nothing the kind does not."""
    req = requirement(
        "knowledge",
        "Strong knowledge of software QA methodologies tools and processes",
        values=["software QA methodologies tools", "processes"],
    )
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["quality assurance"] and named.needed == 1
    assert terms.sure_names(named, req["text"])
    worded = terms.coverage(named, "2015-2019 quality assurance engineer at lindqvist data")
    assert worded.found == ("quality assurance",) and worded.names == 1
    tools = terms.coverage(named, "istqb certified tester, foundation level")
    assert tools.found == ("quality assurance (istqb)",) and tools.names == 0
    german = requirement(
        "skill",
        "Praktische Erfahrung im Bereich Softwaretest und IT-Qualitätssicherung",
        values=["Softwaretest", "IT-Qualitätssicherung"],
    )
    assert [t.name for t in terms.named_terms(german)] == ["quality assurance"]
    got, _ = read(
        german, "Jonas Berg\nBerufserfahrung\n2016-2020 Testautomatisierung mit Selenium\n"
    )
    assert joined(got.reasons, "en").startswith("names quality assurance")
    assert terms.coverage(named, "2012-2020 java developer at brightcode").found == ()


def test_a_short_name_is_not_named_by_the_second_part_of_a_dotted_abbreviation():
    """ "SC Clearance" is not related to a "B.Sc." degree, nor "Tech" named by "B.Tech"; a name
    after a word and a dot (ASP.NET, Vue.js) is still named."""
    assert not terms.has_word("january 2014 b.sc. bandra, rivzi college", "sc")
    assert not terms.has_word("m.sc in physics", "sc") and not terms.has_word("b.tech", "tech")
    assert terms.has_word("sc clearance held", "sc")
    assert terms.has_word("asp.net core", "net") and terms.has_word("vue.js", "js")
    req = requirement("skill", "SC Clearance Eligible", values=["SC Clearance Eligible"])
    got, _ = read(req, "Priya Nair\nEducation\n2014 B.Sc. Physics, Westmoor College\n")
    assert joined(got.reasons, "en") == "no SC Clearance Eligible named"


def test_an_alternative_that_names_nothing_is_asked_beside_the_name():
    """ "iOS app or backend development": either shows it, so a résumé naming no iOS is not
    silent about the clause; a similar line may show the other alternative (cap partial), dated
    work in it does (met)."""
    text = "Experience with iOS app or backend development is a plus"
    req = requirement("skill", text, values=["iOS app", "backend development"])
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["iOS"] and named.unread == ("backend development",)
    assert named.needed == 1 and not terms.sure_names(named, text)
    got, _ = read(req, "Tom Hale\nSkills\nBackend developer, REST services in Go\n")
    assert got.cap == "partial"
    # dated work in the other alternative shows it (field_experience: the entry is the proof)
    got, _ = read(req, "Tom Hale\nExperience\n2017-2023 Backend developer, REST services in Go\n")
    assert got.floor == "met"
    # a list of examples is no list of alternatives: the names stay sure
    listed = "configuration management (e.g. Ansible or Puppet)"
    values = ["configuration management", "Ansible", "Puppet"]
    examples = terms.named_terms(requirement("skill", listed, values=values))
    assert examples.unread == () and terms.sure_names(examples, listed)


def test_data_modeling_and_test_automation_are_kinds_shown_by_their_members():
    """ "Data Modeling" asks the kind (a data warehouse, star schemas, OLAP show it), not the two
    words as a name; test automation is shown by its frameworks or its German word; "tools
    procedures" beside it ask nothing more."""
    modeling = terms.named_terms(requirement("skill", "Data Modeling", values=["Data Modeling"]))
    assert [t.name for t in modeling] == ["data modeling"]
    dwh = terms.coverage(modeling, "enhancement of the central engineering data warehouse")
    assert dwh.found == ("data modeling (data warehouse)",)
    assert terms.coverage(modeling, "designed star schemas and olap cubes").found
    assert not terms.coverage(modeling, "maintained the payroll system").found
    automation = requirement(
        "knowledge",
        "Knowledge of tools procedures and programming languages for test automation",
        values=["tools procedures", "programming languages for test automation"],
    )
    named = terms.named_terms(automation)
    assert [t.name for t in named] == ["test automation"] and named.needed == 1
    assert terms.coverage(named, "testautomatisierung mit robot framework und uft").found
    assert terms.coverage(named, "automated web tests with selenium and cucumber").found
    # a two-word name that only shares a kind's word stays a name
    security = terms.named_terms(requirement("skill", "Cloud Security", values=["Cloud Security"]))
    assert [t.name for t in security] == ["Cloud Security"]


def test_at_least_n_of_those_listed_covers_the_clause():
    """ "… with at least two of them": two named of four listed cover it, one is some of it."""
    value = "Java Python Docker and AWS, at least two of them"
    req = requirement("skill", value, values=["Java", "Python", "Docker", "AWS"])
    named = terms.named_terms(req)
    assert named.needed == 2
    assert terms.coverage(named, "java and docker in production").share == 1.0
    assert terms.coverage(named, "java only").share == 0.5
    assert terms.at_least("mindestens zwei davon") == 2 and terms.at_least("至少两种") == 2
    assert terms.at_least("at least 3 years of Java") is None


def test_a_line_naming_the_term_itself_is_quoted_before_one_naming_what_implies_it():
    """For Java, the skills line that says Java ("Java 8, Eclipse, JSF") before a shorter one
    naming only Hibernate and Spring Boot, which imply it: the recruiter reads the word asked."""
    text = (
        "Tom Berger\nSkills\nSpring Boot, Hibernate, Gradle\n"
        "Java 8, Eclipse, JSF, Primefaces, Vaadin, JBoss, OSGi, Apache Camel, Maven, Jenkins\n"
    )
    req = requirement(
        "skill", "Fundierte Kenntnisse in den Programmiersprachen Java", values=["Java"]
    )
    got, profile = read(req, text)
    lines = [s["text"] for s in profile["sentences"]]
    assert lines[got.sentence].startswith("Java 8")
    assert terms.coverage(terms.named_terms(req), "spring boot, hibernate, gradle").share == 1.0


def test_in_the_work_history_a_statement_naming_the_term_is_quoted_before_a_list():
    """Two project lines naming Angular: the one stating what was done with it before the
    project's list of tools, listed first."""
    text = (
        "Lea Wolf\nProjekte\n01/2018 - 12/2019 Energieportal\n"
        "SpringBoot, OAuth2, Redis, NGINX, Gradle, Angular 5\n"
        "Integration der APIs mit dem Frontend (Angular 5)\n"
    )
    req = requirement(
        "skill", "Web-Technologien (bspw. REST, JavaScript oder Angular)", values=["Angular"]
    )
    got, profile = read(req, text)
    lines = [s["text"] for s in profile["sentences"]]
    assert profile["sentences"][got.sentence]["section"] in ("projects", "experience")
    assert lines[got.sentence] == "Integration der APIs mit dem Frontend (Angular 5)"


def test_a_prefix_cut_off_its_word_names_nothing():
    """ "(non-) relational databases": the parser's value "non" is no thing asked, so a CV
    naming MySQL is not told 'no non named'."""
    req = requirement(
        "knowledge", "(non-) relational databases", values=["non", "relational databases"]
    )
    named = terms.named_terms(req)
    assert [t.name for t in named] == ["databases"] and named.unread == ()
    assert terms.coverage(named, "schema design on mysql").share == 1.0
