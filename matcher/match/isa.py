"""What is one of what: the is-a relations a recruiter grants without asking (CentOS is a Linux,
Scrum an agile method, MySQL a database), read by matcher.match.terms. General IT knowledge, never
a posting's own list."""

from __future__ import annotations

import re

from matcher.resume.skills import SKILL_LEXICON

# A word of a named term, named by something that is one of it: a résumé naming CentOS knows
# Linux. Only plain is-a relations a recruiter would grant without asking.
IMPLIED_BY: dict[str, tuple[str, ...]] = {
    "linux": ("centos", "ubuntu", "debian", "red hat", "redhat", "rhel", "suse", "fedora"),
    "sql": ("mysql", "postgresql", "postgres", "mariadb", "sqlite", "t-sql", "pl/sql"),
    "javascript": ("typescript", "react", "angular", "angularjs", "vue", "jquery", "node.js"),
    "java": ("spring", "hibernate", "j2ee", "jee", "java ee"),
    "python": ("django", "flask", "pandas", "numpy"),
    "git": ("github", "gitlab", "bitbucket"),
    "office": ("excel", "powerpoint"),
    "excel": ("vlookup", "pivot table", "pivot tables"),
    "crm": ("salesforce", "hubspot", "zoho"),
}


# Spellings of one product's name: a posting and a résumé write the same thing differently
# (Postgres for PostgreSQL, MS SQL for Microsoft SQL Server, K8s for Kubernetes), so naming one
# names the others, and none is another's related peer. Only spellings no other thing is
# written as; a short form that is also a common word stays out (Go for Golang: "go"). The
# first of each group is the name as a reason shows it.
SAME_NAME: tuple[tuple[str, ...], ...] = (
    ("postgresql", "postgres", "postgressql", "postgre sql", "postgre"),
    (
        "microsoft sql server",
        "sql server",
        "ms sql server",
        "mssql",
        "ms sql",
        "ms-sql",
        "mssql server",
    ),
    ("kubernetes", "k8s"),
    ("javascript", "js", "java script", "ecmascript"),
    ("typescript", "type script"),
    ("node.js", "nodejs", "node js"),
    ("vue", "vue.js", "vuejs"),
    ("reactjs", "react.js", "react js"),
    ("angularjs", "angular.js"),
    ("golang", "go lang"),
    ("c#", "csharp", "c sharp"),
    (".net", "dotnet"),
    ("amazon web services", "aws"),
    ("google cloud", "google cloud platform", "gcp"),
    ("microsoft azure", "azure"),
    ("spring boot", "springboot", "spring-boot"),
    ("gitlab ci", "gitlab-ci", "gitlab ci/cd"),
    ("ci/cd", "cicd"),
    ("oracle db", "oracle database", "oracle datenbank", "oracle-datenbank", "oracle"),
    ("microsoft office", "ms office", "ms-office"),
    # test tools renamed with their owners (Mercury, HP, HPE, Micro Focus, OpenText)
    ("micro focus alm", "microfocus alm", "hp alm", "hpe alm", "hp quality center"),
    ("micro focus uft", "microfocus uft", "hp uft", "hpe uft", "quicktest professional", "hp qtp"),
    ("active directory", "ms active directory"),
    ("powershell", "power shell"),
    ("mongodb", "mongo db"),
)
_SPELLINGS: dict[str, tuple[str, ...]] = {name: group for group in SAME_NAME for name in group}


def spellings(name: str) -> tuple[str, ...]:
    """Every way the product a lower-case name names is written (itself among them), or ()."""
    return _SPELLINGS.get(name, ())


class Category:
    """A kind of thing a requirement asks in ordinary words ("databases", "agile methodologies",
    "cloud experience"): how a requirement and a résumé write the kind itself (`words`, lower
    case, matched whole) and the members that show it (names, lower case)."""

    __slots__ = ("name", "words", "forms", "members", "named_by_word")

    def __init__(
        self, name: str, words: str, members: tuple[str, ...], named_by_word: bool = False
    ) -> None:
        self.name = name
        # a discipline, not a sort of product: its own word names it in full ("QA engineer",
        # "Qualitätssicherung" for QA), where "cloud-based" says the field but not which cloud
        self.named_by_word = named_by_word
        self.words = tuple(words.split("|"))
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        self.forms = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
        self.members = members


# A requirement naming a kind is shown by a member the résumé names (Scrum for agile methods,
# Google Cloud for cloud); the kind's own word alone ("cloud-based solution", "Agiles
# Projektmanagement") says the field, not what of it, and is some of it. Members are names a
# recruiter files under the kind without asking; a name that is also a common word is left out
# (SAFe, CVS).
CATEGORIES: tuple[Category, ...] = (
    Category(
        "cloud",
        "cloud|clouds|云计算|云平台|云服务",
        (
            "aws",
            "amazon web services",
            "azure",
            "gcp",
            "google cloud",
            "alibaba cloud",
            "aliyun",
            "阿里云",
            "腾讯云",
            "openstack",
            "openshift",
            "heroku",
            "cloudformation",
            "sap cloud platform",
            "sap btp",
            "sap analytics cloud",
            "sap hana cloud",
        ),
    ),
    Category(
        "agile",
        "agile|agil|agiles|agilen|敏捷",
        (
            "scrum",
            "kanban",
            "scrum master",
            "scaled agile",
            "extreme programming",
            "sprint planning",
        ),
    ),
    Category(
        "databases",
        r"database|databases|datenbank|datenbanken|dbms|rdbms|数据库",
        (
            "mysql",
            "postgresql",
            "postgres",
            "oracle",
            "mongodb",
            "mariadb",
            "sqlite",
            "mssql",
            "sql server",
            "db2",
            "redis",
            "cassandra",
            "sybase",
            "teradata",
            "dynamodb",
            "neo4j",
            "hbase",
            "couchdb",
            "sql",
            "pl/sql",
            "t-sql",
            "hana",
        ),
    ),
    Category(
        "version control",
        "version control|source control|versioning|versionskontrolle|versionsverwaltung|"
        "scm|vcs|版本控制|版本管理",
        (
            "git",
            "svn",
            "subversion",
            "mercurial",
            "perforce",
            "tfs",
            "github",
            "gitlab",
            "bitbucket",
            "clearcase",
        ),
    ),
    Category(
        "continuous integration",
        "continuous integration|ci|ci/cd|cicd|持续集成",
        (
            "jenkins",
            "gitlab ci",
            "travis",
            "circleci",
            "teamcity",
            "bamboo",
            "github actions",
            "azure pipelines",
            "azure devops",
            "hudson",
        ),
    ),
    Category(
        "virtualization",
        "virtualization|virtualisation|virtualized|virtualised|virtualisierung|虚拟化",
        (
            "vmware",
            "vsphere",
            "esxi",
            "proxmox",
            "kvm",
            "hyper-v",
            "xen",
            "virtualbox",
            "openstack",
            "docker",
            "lxc",
            "qemu",
            "citrix",
        ),
    ),
    Category(  # software quality assurance: the test discipline, its certificate and tools
        "quality assurance",
        "qa|quality assurance|software quality assurance|qualitätssicherung|"
        "software-qualitätssicherung|softwarequalitätssicherung|software testing|"
        "softwaretest|softwaretests|softwaretesting|software test|software tests",
        (
            "istqb",
            "selenium",
            "testautomatisierung",
            "uft",
            "qtp",
            "hp alm",
            "loadrunner",
            "jmeter",
            "soapui",
            "testcomplete",
            "ranorex",
            "tosca",
            "testrail",
            "appium",
            "katalon",
        ),
        named_by_word=True,
    ),
    Category(  # automating software tests: the discipline and its frameworks
        "test automation",
        "test automation|testautomation|testautomatisierung|test-automatisierung|automated testing|"
        "automation testing|自动化测试|测试自动化",
        (
            "selenium",
            "cucumber",
            "uft",
            "qtp",
            "robot framework",
            "appium",
            "testcomplete",
            "ranorex",
            "tosca",
            "katalon",
            "cypress",
            "playwright",
            "serenity bdd",
            "testng",
            "soapui",
        ),
        named_by_word=True,
    ),
    Category(  # designing data models: a warehouse's schemas, OLAP cubes, entity-relationship models
        "data modeling",
        "data modeling|data modelling|datenmodellierung|data model|data models|datenmodell|"
        "datenmodelle|数据建模|数据模型",
        (
            "data warehouse",
            "datawarehouse",
            "data-warehouse",
            "dwh",
            "star schema",
            "star-schema",
            "snowflake schema",
            "olap",
            "dimensional modeling",
            "dimensional modelling",
            "data vault",
            "entity relationship",
            "entity-relationship",
            "er model",
            "er-modell",
            "erwin",
            "数据仓库",
        ),
        named_by_word=True,
    ),
    Category(  # a website's content management system (not a shop system: Magento, Shopware)
        "cms",
        "cms|content management|content-management|content management system|"
        "content management systems|content-management-system|content-management-systeme|"
        "redaktionssystem|redaktionssysteme|内容管理系统",
        (
            "wordpress",
            "drupal",
            "joomla",
            "typo3",
            "contao",
            "sitecore",
            "umbraco",
            "contentful",
            "strapi",
            "adobe experience manager",
            "episerver",
            "wagtail",
            "django cms",
            "craft cms",
            "ghost",
        ),
    ),
    Category(  # general-purpose programming languages, asked as a kind ("one or more modern
        # programming languages", "Kenntnisse in Programmiersprachen"); the one-letter and
        # common-word names (C, R, Go) are left out
        "programming languages",
        "programming language|programming languages|coding language|coding languages|"
        "programmiersprache|programmiersprachen|编程语言|开发语言|程序设计语言",
        (
            "java",
            "python",
            "c++",
            "c#",
            "javascript",
            "typescript",
            "golang",
            "ruby",
            "php",
            "perl",
            "kotlin",
            "scala",
            "swift",
            "smalltalk",
            "rust",
            "groovy",
            "objective-c",
            "abap",
            "cobol",
            "fortran",
            "delphi",
            "visual basic",
            "vb.net",
            "haskell",
            "erlang",
            "elixir",
            "clojure",
            "dart",
        ),
    ),
    Category(  # programming in objects: the paradigm, however written, and its class-based languages
        "object-oriented programming",
        "object-oriented|object oriented|objektorientiert|objektorientierte|objektorientierten|"
        "objektorientiertem|objektorientierter|objektorientiertes|oo|oop|ooa|ood|ooad|"
        "object-oriented programming|object-oriented development|object-oriented design|"
        "object-oriented analysis|oo design|oo development|oo programming|oo analysis|"
        "objektorientierte programmierung|objektorientierte entwicklung|"
        "objektorientierter entwicklung|objektorientiertes design|objektorientiertem design|"
        "面向对象",
        (
            "java",
            "c#",
            "c++",
            "kotlin",
            "scala",
            "smalltalk",
            "swift",
            "objective-c",
            "abap oo",
            "abap objects",
        ),
    ),
    Category(
        "networking",
        "network|networks|networking|netzwerk|netzwerke|netzwerktechnik|计算机网络|网络技术",
        ("ccna", "ccnp", "ccie", "cisco", "tcp/ip", "juniper", "vlan", "bgp", "ospf"),
    ),
)
# What may follow a kind's word in a requirement and leave the kind the thing asked ("cloud
# technology", "agile methodologies", "Agile Method Practice": kind words in a row, "databases
# and"), unlike "cloud security" or "network marketing", where the kind's word describes another thing.
_KIND_WORDS = re.compile(
    r"(?:[\s\-]*(?:technolog(?:y|ies)|methodolog(?:y|ies)|methods?|platforms?|services?|"
    r"solutions?|environments?|systems?|systemen?|tools?|tooling|process(?:es)?|computing|experience|"
    r"knowledge|skills?|"
    r"know-?how|frameworks?|principles?|practices?|concepts?|administration|infrastructure|"
    r"engineering)(?![a-z0-9]))+"
)
_NEXT_WORD = re.compile(r"[\s\-]*([a-z0-9]+)")


def is_kind_word(word: str) -> bool:
    """Whether the lower-case word says what sort of thing a kind is ("methods", "practice")."""
    return _KIND_WORDS.fullmatch(word) is not None


_FUNCTION = frozenset(
    [
        "and",
        "or",
        "is",
        "are",
        "in",
        "with",
        "as",
        "at",
        "of",
        "e",
        "z",
        "eg",
        "und",
        "oder",
        "sowie",
        "im",
        "mit",
        "etc",
        "such",
        "including",
        "a",
        "an",
        "the",
    ]
)


def categories_in(value: str) -> list[Category]:
    """The kinds a requirement's value asks as such: its words name the kind, followed by
    nothing, a kind word (technology, methodologies) or a function word ("and", "in")."""
    lowered = value.lower()
    out = []
    for category in CATEGORIES:
        for m in category.forms.finditer(lowered):
            rest = lowered[m.end() :]
            kind = _KIND_WORDS.match(rest)
            if kind:
                rest = rest[kind.end() :]
            following = _NEXT_WORD.match(rest)
            if following is None or following.group(1) in _FUNCTION:
                out.append(category)
                break
    return out


class Peers:
    """Names of one kind that stand in for each other only in part: a résumé naming one of them
    has a related skill, not the one asked (Bash for PowerShell, Terraform for ARM templates).
    `asked`: how a requirement writes a member (with the short forms a posting uses, "ARM");
    `members`: the names a résumé is read for (none that is also a common word: "arm");
    `words`: the kind's own words, read as a part of a name ("Container Security");
    `members_asked`: False where only `asked` asks the family (a document store asked: any
    database named is related; a relational one asked: a document store is not)."""

    __slots__ = ("name", "asked", "members", "words")

    def __init__(
        self,
        name: str,
        members: tuple[str, ...],
        asked: tuple[str, ...] = (),
        words: tuple[str, ...] = (),
        members_asked: bool = True,
    ) -> None:
        self.name = name
        self.members = members
        self.asked = frozenset((*members, *asked) if members_asked else asked)
        self.words = frozenset(words)


# Short forms a posting writes for a kind's member that a résumé's line may mean otherwise
# (scp, the copy command, for SAP Cloud Platform), and longer forms of a member's name that a
# posting writes and a résumé's line names by the short one ("Microsoft Azure": azure).
_ASKED = {
    "cloud": ("scp", "microsoft azure", "google cloud platform", "amazon aws"),
    "databases": (
        "microsoft sql server",
        "ms sql server",
        "ms sql",
        "ms-sql",
        "oracle database",
        "oracle db",
        "ibm db2",
    ),
    "continuous integration": ("gitlab-ci", "azure devops pipelines", "github action"),
}

# Where a kind's members are not all related to each other, the ones that are: a relational
# database for another (MySQL or Oracle for PostgreSQL), not a document store or a cache
# (MongoDB, Redis), though both show "databases".
_RELATED = {
    # class-based languages are no peers of each other by this kind: "object-oriented languages"
    # below says which are
    "object-oriented programming": (),
    "programming languages": (),
    "databases": (
        "mysql",
        "postgresql",
        "postgres",
        "oracle",
        "mariadb",
        "sqlite",
        "mssql",
        "ms sql",
        "sql server",
        "db2",
        "sybase",
        "teradata",
        "hana",
        "sql",
        "pl/sql",
        "t-sql",
    ),
}

# A name asked and another of its kind named: the labelling guide's partial ("scripting in
# Bash/Python, not PowerShell"; "CloudFormation/Terraform, not ARM"; "Docker use; container
# security not shown"; "Spring MVC for Spring Boot, AngularJS or jQuery for Vue, MySQL or
# Oracle for PostgreSQL, Azure for AWS"). General IT knowledge, never a posting's own list; each
# kind of CATEGORIES is one too (AWS for Azure, Oracle for SQL Server, Jenkins for GitLab CI).
# A family holds names a recruiter calls related, not all of a field: Java and JavaScript share
# a word, not a skill; versions of one name (Java 8 for Java 11) are no peers.
PEERS: tuple[Peers, ...] = (
    *(
        Peers(c.name, _RELATED.get(c.name, c.members), _ASKED.get(c.name, ()), c.words)
        for c in CATEGORIES
    ),
    Peers(  # MySQL or Redis for MongoDB; no document store or cache for PostgreSQL (above)
        "non-relational databases",
        next(c.members for c in CATEGORIES if c.name == "databases"),
        asked=(
            "mongodb",
            "cassandra",
            "couchdb",
            "couchbase",
            "dynamodb",
            "redis",
            "hbase",
            "neo4j",
            "cosmos db",
            "cosmosdb",
        ),
        members_asked=False,
    ),
    Peers(  # shells and their kin, not every language a script can be written in
        "shell scripting",
        ("powershell", "bash", "shell scripting", "zsh", "ksh", "vbscript", "batch files", "perl"),
        asked=("shell", "batch"),
    ),
    Peers(  # the JVM's languages: Kotlin, Scala or Groovy for Java (Android's Kotlin and Java).
        # C# is no peer of them: the sets label a Java developer unknown for C# (stop 38: 4 rows
        # of fresh11 and one of fresh3 closer, none further)
        "jvm languages",
        ("java", "kotlin", "scala", "groovy"),
    ),
    Peers(  # dynamic languages a web back end, a front end or a script is written in
        "scripting languages",
        ("python", "ruby", "php", "perl", "groovy", "javascript", "typescript"),
        asked=("js", "ts"),
    ),
    Peers(
        "web front-end frameworks",
        (
            "angular",
            "angularjs",
            "react",
            "reactjs",
            "vue",
            "vuejs",
            "ember.js",
            "emberjs",
            "svelte",
            "jquery",
            "backbone.js",
        ),
        asked=("angular.js", "react.js", "vue.js", "ember", "backbone"),
    ),
    Peers(  # the Java web stacks a back end is built on
        "jvm web frameworks",
        (
            "spring boot",
            "spring mvc",
            "springmvc",
            "spring framework",
            "java ee",
            "jakarta ee",
            "j2ee",
            "micronaut",
            "quarkus",
        ),
        asked=("springboot", "spring-boot", "jee"),
    ),
    Peers(  # reporting and analytics tools: Tableau or SAP Analytics Cloud for Power BI
        "business intelligence tools",
        (
            "power bi",
            "powerbi",
            "tableau",
            "qlik",
            "qlikview",
            "qlik sense",
            "sap analytics cloud",
            "sap lumira",
            "lumira",
            "businessobjects",
            "business objects",
            "cognos",
            "microstrategy",
            "looker",
            "ssrs",
        ),
    ),
    Peers(  # analytic models over a warehouse (OLAP): SAP BW or SSAS for Azure Analysis Services
        "olap models",
        (
            "azure analysis services",
            "analysis services",
            "ssas",
            "sap bw",
            "bw on hana",
            "essbase",
        ),
    ),
    Peers(
        "infrastructure as code",
        ("arm templates", "cloudformation", "terraform", "pulumi", "bicep"),
        asked=("arm", "arm template"),
    ),
    Peers(
        "configuration management",
        ("ansible", "puppet", "chef", "saltstack"),
        asked=("salt",),
    ),
    Peers(  # containers and their orchestration
        "containers",
        (
            "docker",
            "kubernetes",
            "k8s",
            "podman",
            "openshift",
            "rancher",
            "containerd",
            "docker swarm",
        ),
        asked=("nomad",),
        words=("container", "containers", "containerization", "containerisation"),
    ),
    Peers(  # the office suite: Visio or Word for Excel ("Microsoft Visio only; Word/Excel not
        # named" is some of 办公软件). Its names are ordinary words too: the verdict readers see
        # them only where written as the product (matcher.match.cased)
        "office suite",
        (
            "microsoft office",
            "ms office",
            "excel",
            "word",
            "powerpoint",
            "outlook",
            "access",
            "visio",
            "onenote",
            "ms project",
            "microsoft project",
        ),
        asked=("office", "ms-office", "ms excel", "ms word", "ms access"),
    ),
    Peers(  # DevOps asked: a pipeline, container or provisioning tool used is some of it (the
        # labelling sets' "deploys to Docker and Kubernetes; DevOps not described")
        "devops practice",
        (
            "ci/cd",
            "continuous integration",
            "continuous deployment",
            "continuous delivery",
            "jenkins",
            "gitlab ci",
            "github actions",
            "azure pipelines",
            "docker",
            "kubernetes",
            "ansible",
            "terraform",
        ),
        asked=("devops", "dev ops"),
        members_asked=False,
    ),
    Peers(  # test-driven development asked: unit tests written with a framework are some of it
        "test-driven development",
        (
            "junit",
            "testng",
            "mockito",
            "jest",
            "jasmine",
            "mocha",
            "pytest",
            "nunit",
            "xunit",
            "phpunit",
            "unit tests",
            "unit testing",
        ),
        asked=("tdd", "test-driven development", "test driven development"),
        members_asked=False,
    ),
    Peers(
        "project tracking",
        (
            "jira",
            "azure devops",
            "vsts",
            "hp alm",
            "ms project",
            "microsoft project",
            "trello",
            "asana",
            "redmine",
        ),
    ),
)


def _known_names() -> frozenset[str]:
    """Every name this module knows (members, spellings, implied names), lower case."""
    names = [*IMPLIED_BY, *(n for group in IMPLIED_BY.values() for n in group)]
    names += [n for group in SAME_NAME for n in group]
    for family in PEERS:
        names += [*family.members, *family.asked]
    return frozenset(names)


_NAMES = _known_names()
_KNOWN = frozenset(w for n in _NAMES for w in re.findall(r"[a-z0-9äöüß][a-z0-9äöüß+#.]*", n))


# (and the résumé side's skill lexicon: a name a résumé's skills are read by is known too)
_WHOLE_NAMES = _NAMES | {n.lower() for n in SKILL_LEXICON}


def known_name(name: str) -> bool:
    """Whether the lower-case name, written whole, is a name the project knows (spring boot)."""
    return name in _WHOLE_NAMES


def known_word(word: str) -> bool:
    """Whether the lower-case word is a word of a name the project knows (Java, Jenkins)."""
    return word in _KNOWN
