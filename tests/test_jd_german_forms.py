"""German postings in both forms of address: "Deine Aufgaben / Deine Qualifikationen" headings as
"Ihre …" ones, and a description that states what the candidate has under no heading ("Sie
verfügen über …", "… gehören zu Ihren Stärken"). Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd

_DU = """Testautomatisierer Selenium (m/w/d)
Unbefristete Festanstellung
Vollzeit
Deine Aufgaben
Aufbau und Pflege automatisierter Testframeworks
Automatisierung von Schnittstellentests
Deine Qualifikationen
Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung
Mindestens 3 Jahre Erfahrung in der Testautomatisierung mit Selenium
ISTQB Foundation Level Zertifizierung
Gute Deutsch- und Englischkenntnisse in Wort und Schrift
Das bieten wir
Flexible Arbeitszeiten und ein Jobticket
"""


def test_du_form_headings_open_duties_qualifications_and_the_offer():
    posting = parse_jd(_DU)[0]
    reqs = {r["text"]: r for r in posting["requirements"]}
    # (the degree's field is read as a major of its own beside it)
    assert set(reqs) - {"Informatik oder eine vergleichbare Ausbildung"} == {
        "Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung",
        "Mindestens 3 Jahre Erfahrung in der Testautomatisierung mit Selenium",
        "ISTQB Foundation Level Zertifizierung",
        "Gute Deutsch- und Englischkenntnisse in Wort und Schrift",
    }
    assert (
        reqs["Mindestens 3 Jahre Erfahrung in der Testautomatisierung mit Selenium"]["min_years"]
        == 3
    )
    assert "Automatisierung von Schnittstellentests" in posting["duties"]
    assert "Jobticket" not in posting["sections"]["qualifications"]


_SIE = """Agile Coach (m/w/d)
Beschreibung
Für unseren Kunden aus dem Maschinenbau suchen wir ab sofort einen Agile Coach. Sie planen, koordinieren und moderieren die Meetings
Sie sind Ansprechpartner für die Product Owner
Sie haben die Möglichkeit, remote zu arbeiten


Sie verfügen über mehrjährige Erfahrung als Scrum Master oder Agile Coach
Sie haben eine Ausbildung zum Scrum Master
Idealerweise bringen Sie Erfahrung mit Kanban mit
Neben Kommunikation gehören Moderation und Coaching zu Ihren Stärken
"""


def test_a_german_description_that_states_what_the_candidate_has_asks_it():
    reqs = {r["text"]: r for r in parse_jd(_SIE)[0]["requirements"]}
    assert "Sie verfügen über mehrjährige Erfahrung als Scrum Master oder Agile Coach" in reqs
    assert "Sie haben eine Ausbildung zum Scrum Master" in reqs
    strengths = next(t for t in reqs if "zu Ihren Stärken" in t)
    assert reqs[strengths]["kind"] == "competency"
    # duties, the contact and what the job gives ask nothing
    assert not any(
        w in t for t in reqs for w in ("planen", "Ansprechpartner", "Möglichkeit", "Maschinenbau")
    )


_PASTED = """Scrum Master (m/w/d)
Skills

·       Mehrjährige Erfahrung als Scrum Master in einem Entwicklungsteam

·       Zertifizierung als ScrumMaster (Certified Scrum Master, Professional Scrum Master oder vergleichbare Zertifikate)

·       Ausgeprägtes Kommunikations- und Konfliktmanagement Know-how

·       Gute Kenntnisse agiler Tools, insbes. JIRA (inkl. Plug-ins wie Structure etc.), Confluence
"""


def test_a_pasted_list_under_skills_keeps_its_sentences_whole():
    """A word processor's list pasted under "Skills": the middle dot and its spaces are a bullet,
    a German sentence is a clause (not a run of tags), and "insbes." or "inkl." ends no
    sentence."""
    texts = [r["text"] for r in parse_jd(_PASTED)[0]["requirements"]]
    assert texts == [
        "Mehrjährige Erfahrung als Scrum Master in einem Entwicklungsteam",
        "Zertifizierung als ScrumMaster (Certified Scrum Master, Professional Scrum Master oder "
        "vergleichbare Zertifikate)",
        "Ausgeprägtes Kommunikations- und Konfliktmanagement Know-how",
        "Gute Kenntnisse agiler Tools, insbes. JIRA (inkl. Plug-ins wie Structure etc.), Confluence",
    ]
    # a bare list of tags under "Skills" is still cut into its names, "und" between the last two
    tags = parse_jd(
        "Java Developer\nSkills\nJava 8 OSGi Module IntelliJ HTML5, CSS und Bootstrap\n"
    )
    assert len(tags[0]["requirements"]) > 1
