"""Page text of another register inside a requirements list (round fourteen, scraped English
postings): a sentence with its own capitalised subject begins where its full stop was lost, and
a statement of the page or the employer that names nothing asked of the candidate is no
requirement. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd
from matcher.jd.boilerplate import is_boilerplate, states_about_page


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_a_capitalised_sentence_whose_full_stop_was_lost_opens_an_item():
    text = (
        "Archivist | Example Board Requirements Degree in history or library science "
        "Must be able to lift 20 lbs Conservation Society Membership is required for this role "
        "Apply now"
    )
    texts = _texts(text)
    assert "Must be able to lift 20 lbs" in texts
    assert any(t.startswith("Conservation Society Membership is required") for t in texts)


def test_a_name_after_a_word_that_leads_into_it_stays_in_its_item():
    text = (
        "Requirements\nExperience with Azure DevOps is a plus\nKnowledge of SAP is an advantage\n"
    )
    texts = _texts(text)
    assert "Experience with Azure DevOps is a plus" in texts
    assert "Knowledge of SAP is an advantage" in texts


def test_a_statement_of_the_page_is_no_requirement():
    for page in (
        "A reserve list may be established from this process for similar roles",
        "Riverside Veterinary Group is the largest independent practice in the county",
        "Parking will be available on site",
    ):
        assert states_about_page(page), page
        assert is_boilerplate(page), page


def test_a_statement_that_names_an_ask_or_its_weight_stays():
    for asked in (
        "Spanish would be beneficial",
        "Publications in leading journals are particularly welcome",
        "Reliable transportation is a must",
        "Understand research design and can explain it to others",
        "Show initiative and like a workday where the tasks are varied",
        "A driving licence is essential",
        "Team player with a positive attitude",
    ):
        assert not states_about_page(asked), asked


def test_a_merit_pool_notice_after_the_list_is_no_requirement():
    text = (
        "Policy Adviser\nWe are looking for someone who has:\n"
        "strong analytical and conceptual skills\n"
        "experience working in a policy environment\n"
        "A reserve list may be established from this process for similar roles\n"
        "ExampleAbility applies to this vacancy\n"
    )
    texts = _texts(text)
    assert "strong analytical and conceptual skills" in texts
    assert not any("reserve list" in t or "applies to this vacancy" in t for t in texts)


def test_who_is_considered_for_another_post_is_no_requirement():
    assert is_boilerplate(
        "Applicants with fewer years will be considered for the position of Junior Surveyor"
    )
    assert not is_boilerplate("3+ years of land surveying experience")
