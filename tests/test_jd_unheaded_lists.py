"""Requirements lists under no heading the parser knows (matcher/jd/shape.py): a run of items that
read as requirements ("Strong knowledge of …", "Proficient in …", "… is a plus") is the posting's
requirements list, in lines or run together in one scraped line; a list of duties is not. And the
requirement sentences that stand after a list or in other sections. Postings are written here."""

from __future__ import annotations

from matcher.jd import parse_jd
from matcher.jd.shape import reads_as_requirement


def _texts(text: str) -> list[str]:
    (posting,) = parse_jd(text)
    return [r["text"] for r in posting["requirements"]]


# A board whose lead-in is no heading word ("Things we get excited about…") before the list.
UNHEADED = """Mobile Developer at Fernwald Apps
You build the checkout of our wallet app for millions of users.
What you'll be working on…
Build offline sync for the wallet
Improve the rendering of loyalty cards
Things we get excited about…
Passionate about mobile payments and our vision of a wallet for everyone
In-depth knowledge of the Android SDK
Love for solving hard problems with teammates
Experience with Flutter is a plus
Degree in Computer Science or equivalent practical experience
This and more is awaiting you…
A sunny office by the river
"""


def test_a_run_of_requirement_items_under_no_heading_is_the_requirements_list():
    texts = _texts(UNHEADED)
    for want in (
        "Passionate about mobile payments and our vision of a wallet for everyone",
        "In-depth knowledge of the Android SDK",
        "Love for solving hard problems with teammates",  # between two requirements
        "Experience with Flutter is a plus",
    ):
        assert want in texts
    assert any(t.startswith("Degree in Computer Science") for t in texts)
    joined = " ".join(texts)
    for duty_or_offer in ("offline sync", "rendering", "sunny office", "excited about"):
        assert duty_or_offer not in joined


def test_the_same_list_run_into_one_scraped_line_is_cut_at_its_capitalised_openers():
    one_line = " ".join(line for line in UNHEADED.splitlines() if line.strip())
    texts = _texts(one_line)
    assert any(t.startswith("In-depth knowledge of the Android SDK") for t in texts)
    assert any(t.startswith("Experience with Flutter") for t in texts)
    assert any(t.startswith("Degree in Computer Science") for t in texts)


def test_a_list_of_duties_is_no_requirements_list():
    duties = (
        "Data Engineer\nOur platform team\nDesign data pipelines\nMaintain the warehouse\n"
        "Support analysts with SQL questions\nWork with product on metrics\n"
    )
    assert _texts(duties) == []
    assert not reads_as_requirement("Develop experience dashboards for the sales team")
    assert not reads_as_requirement("Skills and experience we are excited about…")
    assert reads_as_requirement("Minimum of 3 years of SAP development experience")
    assert reads_as_requirement("Sehr gute Kenntnisse in Javascript")


def test_an_unknown_lead_in_of_another_language_heads_its_english_list():
    text = (
        "SAP Developer (m/w/d)\nBeginn\nsofort\nEinsatzort\nBremen\n\n"
        "Sie sollten folgende Anforderungen mitbringen:\n\n"
        "Minimum of 4 years of SAP development experience\nProficient in Javascript\n"
        "Strong knowledge in SAP Fiori\nGood object-oriented development experience\n"
    )
    texts = _texts(text)
    assert "Proficient in Javascript" in texts
    assert "Strong knowledge in SAP Fiori" in texts
    assert any("4 years of SAP development experience" in t for t in texts)


def test_requirement_sentences_after_a_list_and_in_other_sections():
    text = (
        "Street Fundraiser\nYou are:\n- Outgoing and energetic\n- Good at learning new things\n"
        "Place of work: Aarhus\nWe work in shopping streets and at festivals.\n"
        "You must however hold a valid work permit for Denmark.\n"
        "We offer\nA fixed hourly wage\n"
        "You therefore must be able to work two evening shifts a week.\n"
        "You're an integral part of a friendly team of 40 fundraisers.\n"
        "You have the right to request access to your personal data.\n"
    )
    texts = _texts(text)
    assert any(t.startswith("a valid work permit for Denmark") for t in texts)
    assert any(t.startswith("able to work two evening shifts") for t in texts)
    joined = " ".join(texts)
    assert "integral part" not in joined
    assert "right to request" not in joined
    assert "hourly wage" not in joined


def test_a_scraped_list_under_its_heading_is_cut_where_the_next_item_was_run_in():
    line = (
        "Android Developer Requirements: In-depth knowledge of the Android SDK Love for solving "
        "hard problems Minimum of 3 years of Kotlin, at least 2 years in Jetpack Compose Experience "
        "with GraphQL is a plus Skills Sehr gute Kenntnisse in Git Gute Kenntnisse in Gradle "
        "Erfahrung mit CI-Pipelines"
    )
    texts = _texts(line)
    assert "In-depth knowledge of the Android SDK" in texts
    assert "Love for solving hard problems" in texts
    assert "Minimum of 3 years of Kotlin" in texts  # the number stays with "Minimum of"
    assert "at least 2 years in Jetpack Compose" in texts
    assert "Experience with GraphQL is a plus" in texts
    assert "Skills" not in texts  # a heading word left between two items
    assert "Sehr gute Kenntnisse in Git" in texts  # an adjective keeps its German noun
    assert "Gute Kenntnisse in Gradle" in texts
    assert "Erfahrung mit CI-Pipelines" in texts


def test_a_lower_case_nice_to_have_heading_run_into_the_list_starts_the_nice_to_haves():
    line = "Requirements: Proven analytical and problem-solving abilities nice to have: Scripting"
    (posting,) = parse_jd(f"Data Analyst\n{line}\n")
    reqs = {r["text"]: r["must"] for r in posting["requirements"]}
    assert reqs.get("Proven analytical and problem-solving abilities") is True
    assert any("Scripting" in t and not must for t, must in reqs.items())


def test_a_heading_line_with_one_more_word_still_heads_its_section():
    text = (
        "Cloud Engineer\nIhr Profil\n5 years of experience with Azure\nTerraform\n"
        "Wir bieten außerdem\nFlexible Arbeitszeiten\nEin modernes Büro in Köln\n"
    )
    texts = _texts(text)
    assert "5 years of experience with Azure" in texts
    assert not any("Arbeitszeiten" in t or "Büro" in t or "bieten" in t for t in texts)


def test_the_company_description_run_into_the_last_requirement_is_cut_off():
    line = (
        "Requirements: Experience with Kafka Knowledge of bond pricing would be useful "
        "Harbor Trust Bank is a global leader in custody services for 40 countries."
    )
    texts = _texts(f"Data Engineer\n{line}\n")
    assert "Knowledge of bond pricing would be useful" in texts
    assert not any("global leader" in t for t in texts)
    masked = (
        "Requirements: SQL Server tuning skills <ORGANIZATION> <ORGANIZATION> is a global bank."
    )
    assert _texts(f"DBA\n{masked}\n") == ["SQL Server tuning skills"]


def test_a_sentence_ends_after_a_name_in_capitals_and_after_an_ellipsis():
    line = (
        "Requirements: Stored procedures in T-SQL. Experience with source control such as GIT "
        "Degree in Computer Science or similar This and more is awaiting you… A team of 12 "
        "engineers in a product-focused culture"
    )
    texts = _texts(f"Database Developer\n{line}\n")
    assert "Stored procedures in T-SQL" in texts
    assert any(t.startswith("Experience with source control") for t in texts)
    assert not any("team of 12" in t for t in texts)
