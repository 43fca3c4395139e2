"""A software clause against a career outside software. LABELING.md's unmet for a field: "a career
entirely in an unrelated field". A clause about building software ("Strong knowledge of application
data and infrastructure architecture", "Working proficiency in developmental toolsets", "Experience
in UX") asked of a résumé with no software work anywhere (an HR officer, a sales manager: office
tools at most) is not met in part by the line most similar to it ("payroll software", "Internet
Applications"), nor unknown as if the résumé were silent: the career shows it is not there.

A résumé is a software career when it names a software technology (a programming language, a
database, a framework, a cloud, an operating system, a developer's tool; office and business tools
are not) or a software role or study (developer, programmer, Informatik, computer science, 软件,
计算机). Conservative on purpose: any of them keeps the usual reading.
"""

from __future__ import annotations

import re

from matcher.match import evidence

# The lexicon's software technologies (matcher.resume.skills.SKILL_LEXICON less office, business,
# design and management items, and PLC, a controller's programming rather than software work).
SOFTWARE_SKILLS = frozenset(
    name.lower()
    for name in (  # noqa: SIM905 (a word list reads better as one string)
        "Python Java JavaScript TypeScript C++ C# Go Golang Rust PHP Ruby Swift Kotlin Scala "
        "MATLAB SQL MySQL PostgreSQL Oracle MongoDB Redis Elasticsearch Kafka Spark Hadoop Hive "
        "Flink Linux Unix Docker Kubernetes AWS Azure GCP Git Jenkins HTML CSS React Vue Angular "
        "Node.js Django Flask Spring SpringBoot MyBatis TensorFlow PyTorch Pandas NumPy Jira Shell "
        "Bash Perl Selenium JMeter TCP/IP Nginx Tomcat Android iOS Unity 数据库 前端开发 后端开发 "
        "运维 嵌入式 机器学习 深度学习 自然语言处理"
    ).split()
)

# Software work or study named in a résumé's own words.
_SOFTWARE_WORK = re.compile(
    r"software[ -]?(?:engineer|develop|entwickl|architect|test|design|consult)|softwareentwickl"
    r"|(?:software|web|java|php|python|front[- ]?end|back[- ]?end|full[- ]?stack|application|app"
    r"|mobile|game|sql|\.net|ios|android|abap|anwendungs|java-|web-)\s?(?:developer|entwickler)"
    r"|programm(?:er|ing|ierer|ierung)|\bcoding\b|informatik|computer science"
    r"|informatics|computer engineering|information technology|\bweb ?(?:design|develop)"
    r"|front[- ]?end|back[- ]?end|full[- ]?stack|devops|system administrat|\bit[- ](?:consult"
    r"|support|specialist|administrat|berater|projekt|project|manage|leit|service)"
    r"|sap[- ](?:berat|consult|entwickl|modul)|scrum ?master|product owner|agile? coach"
    r"|firmware|embedded|microcontroller|单片机|软件|程序员|开发工程师|计算机|编程",
    re.I,
)

# What a clause about building software asks in its own words (its named terms are read apart).
_SOFTWARE_CLAUSE = re.compile(
    r"\bsoftware|\bprogramm|\bcoding\b|\bsource code\b|\bcloud\b|\bdevops\b|\bdatabases?\b"
    r"|\barchitect|\bux\b|technolog(?:y|ies) (?:strateg|trend|stack)|\btoolsets?\b|\bapis?\b"
    r"|\bframeworks?\b|micro-?services?|\bcontainers?\b|\bdeploy|\bgame development\b"
    r"|\btest[- ]driven\b|\btdd\b|\bautomated test|\bdevelopment (?:tools|methods|methodolog)"
    r"|softwareentwicklung|entwicklung von software|informatik|软件开发|软件工程|编程|数据库",
    re.I,
)


# Names long or marked enough to read as themselves in running text (not Go, R, Vue, Hive, Spring)
_LONG_NAMES = tuple(
    n
    for n in SOFTWARE_SKILLS
    if n.isascii() and (len(n) >= 5 or not n.isalpha()) and n not in ("spring", "shell", "oracle")
)


def clause_asks(text: str, named_names: list[str]) -> bool:
    """Whether a clause is about building software: its words say so, or it names a software
    technology."""
    return bool(_SOFTWARE_CLAUSE.search(text)) or any(
        n.lower() in SOFTWARE_SKILLS for n in named_names
    )


def career(profile: dict, lowered: str, cache: dict) -> bool:
    """Whether the résumé shows any software work, technology or study (kept with the profile's
    readings: its lines alone decide it)."""
    got = cache.get(("software_career",))
    if got is None:
        skills = {str(s).lower() for s in profile.get("skills") or []}
        got = bool(skills & SOFTWARE_SKILLS) or bool(_SOFTWARE_WORK.search(lowered))
        if not got:  # a technology named outside the skills the parser lists
            got = any(evidence._word_in(name, lowered) for name in _LONG_NAMES)
        cache[("software_career",)] = got
    return got
