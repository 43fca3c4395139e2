"""English (and German) project postings: Must-Have / Nice-to-Have skill blocks, inline markers."""

from __future__ import annotations

import re

import pytest

from matcher.jd import parse_jd
from matcher.jd.skill_list import marked_chunks, segment
from tests.conftest import shared_path


def _block(text: str, heading: str) -> list[str]:
    """The lines under a heading in a graded job post, up to the next known heading."""
    lines = text.splitlines()
    if heading not in lines:
        return []
    out = []
    for line in lines[lines.index(heading) + 1 :]:
        if line.strip() in ("Must-Have Skills", "Nice-to-Have Skills"):
            break
        out.append(line)
    return [ln for ln in out if ln.strip()]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w+#/.-]+", text.lower()))


def test_graded_job_posts_blocks_become_skills_with_the_right_must():
    folder = shared_path("raw", "cv_jobpost_graded_de", "jobpost")
    checked = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if "Must-Have Skills" not in text.splitlines():
            continue
        (posting,) = parse_jd(text)
        reqs = posting["requirements"]
        for heading, must in (("Must-Have Skills", True), ("Nice-to-Have Skills", False)):
            block = " ".join(_block(text, heading))
            # Requirements taken from the block: their text lies inside it.
            got = [r for r in reqs if r["text"] in block and r["must"] is must]
            assert all(r["kind"] in ("skill", "language") for r in got), path.name
            if not block.strip(" -"):
                continue
            # Every word of the block is in one of them (a skill list loses nothing).
            covered = set().union(*(_words(r["text"]) for r in got))
            assert _words(block.replace(" - ", " ")) - {"-"} <= covered | {"-"}, path.name
            checked += 1
    assert checked >= 15


def test_a_must_have_block_is_split_into_skills():
    text = (
        "Projekt-Titel\nJava Entwickler\nMust-Have Skills\n"
        "Java Spring Boot Microservices Rest Redhat open Shift Docker Englisch\n"
        "Nice-to-Have Skills\nCI/CD Git agile Entwicklungsmethoden\n"
    )
    (posting,) = parse_jd(text)
    assert posting["title"] == "Java Entwickler"
    must = [r["text"] for r in posting["requirements"] if r["must"]]
    nice = [r["text"] for r in posting["requirements"] if not r["must"]]
    assert must == ["Java", "Spring Boot", "Microservices", "Rest", "Redhat open Shift", "Docker",
                    "Englisch"]  # fmt: skip
    assert nice == ["CI/CD", "Git", "agile Entwicklungsmethoden"]
    englisch = posting["requirements"][6]
    assert (englisch["kind"], englisch["language"]) == ("language", "english")


def test_inline_must_and_nice_markers():
    chunks = marked_chunks(
        "sehr gute Kenntnisse mit SPS (Must-Have) Python, LabView (Nice-to-Have)", True
    )
    assert chunks == [("sehr gute Kenntnisse mit SPS", True), ("Python, LabView", False)]
    (posting,) = parse_jd(
        "Titel\nSPS-Entwickler\nSkills\n"
        "sehr gute Kenntnisse mit SPS / IEC 61131-3 (Must-Have) Python, LabView (Nice-to-Have)"
    )
    got = [(r["text"], r["must"]) for r in posting["requirements"]]
    assert got == [("SPS", True), ("IEC 61131-3", True), ("Python", False), ("LabView", False)]


@pytest.mark.parametrize(
    ("chunk", "skills"),
    [
        ("HTML CSS Web design", ["HTML", "CSS", "Web design"]),
        ("Java 11 Spring Boot Vue2 CSS", ["Java 11", "Spring Boot", "Vue2", "CSS"]),
        ("SAP HCM Migrations", ["SAP HCM", "Migrations"]),
        ("Python, LabView", ["Python", "LabView"]),
    ],
)
def test_segment(chunk, skills):
    assert segment(chunk) == skills


def test_english_requirements_section():
    (posting,) = parse_jd(
        "Job title: Customer Support Lead\n"
        "Responsibilities:\n- Lead a team of five agents.\n"
        "Requirements:\n"
        "- Bachelor's degree required\n"
        "- At least 2 years of experience in customer support\n"
        "- Fluent English; Mandarin is a plus\n"
        "- Experience with Zendesk and Salesforce\n"
        "- Excellent communication skills\n"
    )
    got = [(r["kind"], r["must"]) for r in posting["requirements"]]
    assert got == [
        ("education", True),
        ("experience", True),
        ("language", True),
        ("language", False),
        ("skill", True),
        ("competency", True),
    ]
    assert posting["requirements"][1]["field"] == "customer support"
    assert posting["requirements"][4]["values"] == ["Zendesk", "Salesforce"]
    assert posting["duties"] == ["Lead a team of five agents."]


def test_nice_to_have_block_of_sentences():
    (posting,) = parse_jd(
        "Senior Data Analyst\nRequirements\n- BS/MS in Statistics, Computer Science or a related field\n"
        "- Expert SQL and Python (pandas)\n- Strong understanding of A/B testing\n"
        "Nice to have\n- Experience with dbt and Airflow\n- Mandarin Chinese is a plus\n"
    )
    got = [(r["kind"], r["must"], r["values"]) for r in posting["requirements"]]
    assert got == [
        ("education", True, []),
        ("major", True, ["Statistics", "Computer Science"]),
        ("skill", True, ["SQL", "Python", "pandas"]),
        ("knowledge", True, ["A/B testing"]),
        ("skill", False, ["dbt", "Airflow"]),
        ("language", False, ["mandarin"]),
    ]


def test_skill_blocks_lose_bullets_and_grading_parentheses():
    """A bulleted Skills block with graded items ("(gut bis sehr gut)") gives the skills alone;
    a parenthesis that names a tool ("(Git)") is that tool; one-character debris is no skill."""
    assert segment("·         Java Programmierung (gut bis sehr gut)") == ["Java Programmierung"]
    assert segment("·         Python Programmierung (mind. gut)") == ["Python Programmierung"]
    assert segment("Spring Boot Java/JEE Docker Jenkins (optional) Deployment Themen (Git)") == [
        "Spring Boot",
        "Java/JEE",
        "Docker",
        "Jenkins",
        "Deployment Themen",
        "Git",
    ]
    assert segment("o SAP HCM") == ["SAP HCM"]
    assert segment("·") == []


def test_run_on_requirement_list_is_split_at_requirement_openers():
    """A scraped list whose line breaks were lost splits where a requirement opens after a
    lower-case word ('… design Very good …', '… tooling 3+ years …'); 'At least 2 years' stays."""
    (posting,) = parse_jd(
        "DevOps Engineer\nSkills\n3+ years experience in software design Very good understanding "
        "of configuration management modern CICD-tooling 3+ years experience in Ruby, Java "
        "Profound understanding of Linux\n"
    )
    texts = [r["text"] for r in posting["requirements"]]
    assert texts[0] == "3+ years experience in software design"
    assert any(t.startswith("Very good understanding of configuration management") for t in texts)
    assert any(t.startswith("3+ years experience in Ruby") for t in texts)
    assert texts[-1] == "Profound understanding of Linux"
    years = [r["min_years"] for r in posting["requirements"] if r["kind"] == "experience"]
    assert years == [3.0, 3.0]


def test_german_run_on_list_is_split_at_requirement_openers_but_sentences_stay_whole():
    """A German 'Skills' block whose line breaks were lost (as scraped) splits before the
    words that open a requirement, also glued on ('8+Kenntnisse'); an opener led in by an
    adjective, article or verb ('sehr gute Kenntnisse', 'hast du Erfahrung') does not cut, and
    a requirement sentence of ordinary length is never cut."""
    blob = (
        "2+ Jahre Erfahrung im Bereich AEM und Web Applications Erfahrungen mit Migration ab AEM "
        "6.0 von Vorteil Erfahrungen in der Entwicklung mit Java 8+Kenntnisse in der Build "
        "Automation (Maven, Jenkins) Idealerweise hast du Erfahrung mit Vue.js und sehr gute "
        "Kenntnisse in Git Gute Englischkenntnisse in Wort und Schrift"
    )
    (posting,) = parse_jd(f"AEM Entwickler\nSkills\n{blob}\n")
    texts = [r["text"] for r in posting["requirements"]]
    assert texts[:4] == [
        "2+ Jahre Erfahrung im Bereich AEM und Web Applications",
        "Erfahrungen mit Migration ab AEM 6.0 von Vorteil",
        "Erfahrungen in der Entwicklung mit Java 8+",
        "Kenntnisse in der Build Automation (Maven, Jenkins)",
    ]
    assert "Idealerweise hast du Erfahrung mit Vue.js und sehr gute Kenntnisse in Git" in texts
    assert any(t.startswith("Gute Englischkenntnisse") for t in texts)
    assert [r["must"] for r in posting["requirements"]][1] is False  # "von Vorteil"
    sentence = "Sie haben mehrjährige Erfahrung in der Java Entwicklung Kenntnisse in Spring"
    (short,) = parse_jd(f"Java Entwickler\nSkills\n{sentence}\n")
    assert [r["text"] for r in short["requirements"]] == [sentence]


# A vacancy as a job-board scraper delivers it: one line, page header, marketing, salary split at
# its commas, benefits, an EEO statement and the copyright line around the requirements.
SCRAPED = (
    "Senior .NET Developer - Acme Payments Inc. - Austin, Texas Apply Now Save Job Acme Payments "
    "is a fast-growing fintech. Come join our team! We move money for millions of people. "
    "Responsibilities: Build and maintain payment APIs. Review code of other developers. "
    "Requirements: 5+ years of experience in C# and .NET Expert in C#, ASP.NET Core and SQL Server "
    "Experience with Azure DevOps pipelines Bachelor's degree in Computer Science or a related "
    "field Excellent communication skills Nice to have: Experience with Kubernetes Knowledge of "
    "PCI DSS Salary: $120,000 - $140,000 per year Benefits: 401(k) matching, health insurance, 25 "
    "vacation days Acme Payments Inc. is an equal opportunity employer. All qualified applicants "
    "will receive consideration without regard to race, color, religion, sex or national origin. "
    "© 2026 Acme Payments Inc. All rights reserved."
)


def test_a_posting_scraped_into_one_line():
    (posting,) = parse_jd(SCRAPED)
    assert posting["title"] == "Senior .NET Developer"
    got = {r["text"]: r["must"] for r in posting["requirements"]}
    assert got == {
        "5+ years of experience in C# and .NET": True,
        "Expert in C#, ASP.NET Core and SQL Server": True,
        "Experience with Azure DevOps pipelines": True,
        "Bachelor's degree in Computer Science or a related field": True,
        "Computer Science or a related field": True,  # the major, its own chip
        "Excellent communication skills": True,
        "Experience with Kubernetes": False,
        "Knowledge of PCI DSS": False,
    }
    by_kind = {r["kind"]: r for r in posting["requirements"]}
    assert by_kind["experience"]["min_years"] == 5
    assert by_kind["education"]["min_level"] == "bachelor"
    assert by_kind["major"]["text"] == "Computer Science or a related field"
    assert "Build and maintain payment APIs." in posting["duties"]


def test_the_same_posting_with_its_line_breaks_gives_the_same_requirements():
    lines = SCRAPED.replace("Requirements: ", "\nRequirements:\n").replace(
        " Nice to have: ", "\nNice to have:\n"
    )
    lines = lines.replace(" Salary:", "\nSalary:")
    for cut in ("Expert in", "Experience with Azure", "Bachelor's", "Excellent", "Knowledge of"):
        lines = lines.replace(f" {cut}", f"\n{cut}")
    one = [(r["text"], r["must"]) for r in parse_jd(SCRAPED)[0]["requirements"]]
    many = [(r["text"], r["must"]) for r in parse_jd(lines)[0]["requirements"]]
    assert many == one


def test_skill_blocks_headed_in_headline_case_inside_one_line():
    # a graded job post scraped into one line: "Nice-to-Have Skills" as a headline writes it
    text = (
        "Projekt-Titel Payments Beginn 01.02.2027 Einsatzort Hamburg Must-Have Skills Java "
        "Spring Boot Docker Nice-to-Have Skills CI/CD Git Bitbucket Maven"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got == {
        **dict.fromkeys(["Java", "Spring Boot", "Docker"], True),
        **dict.fromkeys(["CI/CD", "Git", "Bitbucket", "Maven"], False),
    }


def test_profile_blocks_under_their_own_headings():
    text = (
        "System Architect\nThe Role\nDefine the architecture of the platform.\nThe Talent\n"
        "Education/ Experience\nAt least 5 years in software architecture\n"
        "Personal traits\nPresentation skills\nAssertive and pro-active\n"
    )
    reqs = parse_jd(text)[0]["requirements"]
    assert [r["text"] for r in reqs] == [
        "At least 5 years in software architecture",
        "Presentation skills",
        "Assertive and pro-active",
    ]
    assert reqs[0]["min_years"] == 5


def test_requirements_put_to_the_candidate_in_a_description():
    text = (
        "Gameplay Programmer\nJob description\nWe make mobile games loved by millions. Our games "
        "are built in Unity so we expect all our programmers to have solid knowledge of Unity3D "
        "and C#. It is important to us that you are not only self-driven and open-minded but "
        "also not afraid to be critical. Ideally you have experience in CICD. You will build new features.\n"
        "Requirements:\nAt least 3 years of experience with mobile games\n"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got == {
        "solid knowledge of Unity3D and C#": True,
        "self-driven and open-minded": True,
        "not afraid to be critical": True,
        "Ideally you have experience in CICD": False,
        "At least 3 years of experience with mobile games": True,
    }


def test_a_parenthesis_after_a_parenthesis_opens_the_next_item():
    text = (
        "Frontend Developer\nYour Skills\nDegree in computer science (or related field) "
        "(Significant) experience with modern Typescript development\n"
    )
    texts = {r["text"] for r in parse_jd(text)[0]["requirements"]}
    assert texts == {
        "Degree in computer science (or related field)",
        "computer science (or related field)",  # the major, its own chip
        "(Significant) experience with modern Typescript development",
    }


def test_years_in_a_listed_field_keep_the_whole_list():
    text = "Requirements:\n3+ years experience in Ruby, Java, Python\nAt least 5 years in QA\n"
    first, second = parse_jd(text)[0]["requirements"]
    assert (first["kind"], first["min_years"], first["field"]) == (
        "experience",
        3,
        "Ruby, Java, Python",
    )
    assert first["values"] == ["Ruby", "Java", "Python"]
    assert (second["kind"], second["min_years"], second["field"]) == ("experience", 5, "QA")


def test_headings_inside_a_line_and_lead_in_sentences():
    text = (
        "Backend Engineer We build tools for food banks. This role requires a wide variety of "
        "strengths including: • Experience with Python • Knowledge of Linux Our team is small "
        "and friendly. Nice-to-haves: Redis Celery"
    )
    reqs = parse_jd(text)[0]["requirements"]
    musts = {r["text"]: r["must"] for r in reqs}
    assert musts.get("Experience with Python") is True
    assert musts.get("Knowledge of Linux") is True
    assert not any("food banks" in t or "friendly" in t for t in musts)
    assert {r["must"] for r in reqs if "Redis" in r["text"] or "Celery" in r["text"]} == {False}


def test_a_bulleted_list_ends_where_the_company_text_starts():
    text = (
        "QA Engineer\nRequirements:\n• 2+ years of test automation experience\n"
        "• Knowledge of Selenium\nGlobal Banking Technology\n"
        "Our bank serves clients in 100 countries.\nWe value diversity.\n"
    )
    texts = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert texts == ["2+ years of test automation experience", "Knowledge of Selenium"]


def test_a_second_requirement_joined_by_and_or_a_comma_is_its_own():
    reqs = parse_jd(
        "Project Manager\nRequirements:\nAt least 3 years of project management experience and "
        "sound knowledge of Scrum\nFluency in English, German language skills advantageous\n"
        "Knowledge and experience with Docker are a plus\n"
    )[0]["requirements"]
    got = {r["text"]: r["must"] for r in reqs if r["kind"] != "language"} | {
        r["text"]: r["must"] for r in reqs if r["kind"] == "language"
    }
    assert got["At least 3 years of project management experience"] is True
    assert got["sound knowledge of Scrum"] is True
    assert got["Fluency in English"] is True
    assert got["German language skills advantageous"] is False
    assert got["Knowledge and experience with Docker are a plus"] is False


def test_german_postings_keep_their_sentences_whole():
    """The English rules for lost line breaks (a capital after a lower-case word, a degree word,
    a closing parenthesis) leave German requirement sentences, whose nouns are capitalised, whole;
    "Requirements Engineering" and "OpenShift:" are names, not headings."""
    text = (
        "Titel\nUnterstützung bei Projektmanagement (agil) und Requirements Engineering\n"
        "Ihr Profil\n"
        "Abgeschlossenes Studium der (Wirtschafts-) Informatik, Mathematik oder eine vergleichbare "
        "Ausbildung (z.B. Fachinformatiker)\n"
        "Mehrjährige Erfahrung als Scrum Master\n"
        "Redhat OpenShift: Grundkenntnisse\n"
    )
    texts = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert (
        "Abgeschlossenes Studium der (Wirtschafts-) Informatik, Mathematik oder eine vergleichbare "
        "Ausbildung (z.B. Fachinformatiker)" in texts
    )
    assert "Mehrjährige Erfahrung als Scrum Master" in texts
    assert not any(t in ("Engineering", "Open", "Master") for t in texts)


def test_an_acronym_opening_experience_after_a_lower_case_word_starts_a_new_item():
    text = (
        "Web Developer Requirements: Ability to debug issues in a full stack environment "
        "SQL experience is a plus"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got == {
        "Ability to debug issues in a full stack environment": True,
        "SQL experience is a plus": False,
    }


def test_labelled_items_run_into_one_line_lose_their_labels():
    text = (
        "SAP Expert Skills Education: University degree in Computer Science Hands-on Experience: "
        "10 or more years of hands-on work with relevant technologies (SAP PO, ABAP). Additional "
        "SAP experience is desirable Supervisory Experience: 2 or more years leading developers "
        "is preferred ITIL certification preferred and specialized certification in service "
        "design ideal"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got == {
        "University degree in Computer Science": True,
        "Computer Science": True,  # the major, its own chip
        "10 or more years of hands-on work with relevant technologies (SAP PO, ABAP)": True,
        "Additional SAP experience is desirable": False,
        "2 or more years leading developers is preferred": False,
        "ITIL certification preferred": False,
        "specialized certification in service design ideal": False,
    }


def test_lead_ins_without_a_colon_and_why_us_are_no_requirements():
    text = (
        "QA Engineer\nYour Profile\nTo be successful\nYou need to be a strong communicator\n"
        "Must-Haves\nMinimum of 3 years of testing experience\nYou will have stronger chances "
        "if you\nYou can code\nWhy us?\nWork in the heart of Berlin in a very international team\n"
        "We welcome all applications – regardless of gender nationality age and identity.\n"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got == {
        "You need to be a strong communicator": True,
        "Minimum of 3 years of testing experience": True,
        "You can code": True,
    }
    # the same posting scraped into one line
    one = {r["text"] for r in parse_jd(text.replace("\n", " "))[0]["requirements"]}
    assert "To be successful" not in one and "Must-Haves" not in one
    assert not any("stronger chances" in t or "Berlin" in t or "regardless" in t for t in one)


def test_and_ideally_opens_a_nice_to_have_and_no_clause_ends_in_and():
    text = (
        "Backend Engineer\nRequirements:\nStrong skillset with Java (version 8 or higher) and "
        "ideally Spring Boot\nThe developer must have a Computer Science degree or a related field "
        "and 2+ years of experience\nAppreciation and familiarity of the wider Microsoft stack "
        "how they integrate with Dynamics 365 and how they bring value\n"
    )
    got = {r["text"]: r["must"] for r in parse_jd(text)[0]["requirements"]}
    assert got["Strong skillset with Java (version 8 or higher)"] is True
    assert got["ideally Spring Boot"] is False
    assert "The developer must have a Computer Science degree or a related field" in got
    assert "2+ years of experience" in got
    assert not any(t.endswith((" and", " or", ",")) for t in got)
    assert any(
        t.startswith("Appreciation and familiarity of the wider Microsoft stack") for t in got
    )


def test_a_sentence_leading_into_duties_is_no_prose_requirement():
    text = (
        "Backend Developer\nJob description\nTo perform this job successfully you must be able to "
        "execute the following tasks:\nDesign and write .NET services.\n"
    )
    assert parse_jd(text)[0]["requirements"] == []


def test_a_lead_in_without_a_heading_and_imperative_items_run_together():
    text = (
        "Pricing Specialist\nAre you able to handle complex pricing calculations?\nTo succeed in "
        "the job it is crucial that you: Have a Masters degree within finance or similar Have "
        "minimum 3 years of experience from a similar position Are an experienced user of Excel\n"
        "You will have significant influence on your day-to-day tasks.\n"
        "Applications are reviewed on a continuous basis.\n"
        "If you have any questions about the position please contact the sales manager.\n"
    )
    got = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert got == [
        "Have a Masters degree within finance or similar",
        "Have minimum 3 years of experience from a similar position",
        "Are an experienced user of Excel",
    ]


def test_a_colon_inside_a_sentence_is_no_lead_in():
    text = (
        "Distributed Systems Engineer\nJob description\nJava and AWS – you’ll also need the drive "
        "to produce outstanding work.\nWe need your expertise to help us do something great for "
        "our travellers: make booking stays more sustainable.\nIt involves technical challenges "
        "and the latest technology.\n"
    )
    got = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert got == ["the drive to produce outstanding work"]


def test_a_lead_in_heads_its_list_not_the_rest_of_the_posting():
    text = (
        "Head of Development\nWe are looking for a manager.\nIn this position you need to:\n"
        "Have a PhD degree in chemical engineering\nBe able to lead and motivate people\n"
        "We have a mix of skills in our team.\n"
        "Many of our teams are spread out so you should be comfortable working remotely\n"
        "About Acme\nAcme is the world leader in enzymes.\nThe department runs a pilot plant where "
        "research and production meet every day.\n"
    )
    got = list(dict.fromkeys(r["text"] for r in parse_jd(text)[0]["requirements"]))
    assert got[:3] == [
        "Have a PhD degree in chemical engineering",
        "chemical engineering",  # the major, its own chip
        "Be able to lead and motivate people",
    ]
    assert any("comfortable working remotely" in t for t in got)
    assert not any("pilot plant" in t or "enzymes" in t for t in got)


def test_fields_of_study_then_or_a_related_field_are_a_major():
    """A clause that is only fields of study and "or a related field" asks a major, not skills
    named "Computer Science Engineering" and "a related field"."""

    def kinds(clause: str) -> list[tuple[str, list]]:
        (job,) = parse_jd(f"Back-end Developer\nRequirements:\n- {clause}\n")
        return [(r["kind"], r.get("values")) for r in job["requirements"]]

    assert kinds("Computer Science Engineering or a related field") == [
        ("major", ["Computer Science Engineering"])
    ]
    assert kinds("Mathematics, Statistics or similar discipline") == [
        ("major", ["Mathematics", "Statistics"])
    ]
    # a language or a tool "or a related one" stays a skill
    assert kinds("Java or a related language")[0][0] == "skill"


def test_a_label_before_the_names_it_lists_is_no_name():
    """A label before names ("den folgenden Programmiersprachen: C/C++, …"): the names after the label are the values;
    a colon after a name keeps the name ("SAP: SD and MM" is SAP's)."""
    from matcher.jd.typed import en_values

    got = en_values("Kenntnisse in den folgenden Programmiersprachen: C/C++, Go, Python oder Ruby")
    assert got == ["C/C++", "Go", "Python", "Ruby"]
    assert en_values("Tools: Jira and Confluence") == ["Jira", "Confluence"]
    assert en_values("SAP: SD and MM")[0].startswith("SAP")
