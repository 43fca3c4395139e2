"""Scraped one-line postings (academic and agency ones above all): where a requirement ends when
the full stop is followed by a masked name, the terms / enrolment / assessment blocks and the
application form after the requirements, nice-to-haves and articles that open the next item of a
run-on list. Postings here are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_a_full_stop_before_a_masked_name_ends_the_requirement():
    text = (
        "Lecturer in Logistics Qualifications The applicant must hold a PhD in operations "
        "research. The applicant must have professional proficiency in English (written and "
        "spoken). <ORGANIZATION> has a strong commitment to excellence in teaching."
    )
    texts = _texts(text)
    assert "The applicant must have professional proficiency in English (written and spoken)" in (
        texts
    )
    assert not any("commitment" in t for t in texts)


def test_terms_enrolment_and_assessment_blocks_end_the_requirements():
    text = (
        "PhD position in soil chemistry Qualifications Candidates should have a master's degree "
        "in chemistry. Experience with mass spectrometry is preferable. Approval and Enrolment "
        "The scholarship is subject to academic approval and the candidate will be enrolled in "
        "a degree programme at Northfield University. Assessment The assessment of applicants "
        "will be made by Professor Jane Roe (main advisor) and Professor John Doe (co-advisor). "
        "Terms of employment The position is covered by the job structure for academic staff."
    )
    texts = _texts(text)
    assert "Candidates should have a master's degree in chemistry" in texts
    assert "Experience with mass spectrometry is preferable" in texts
    assert not any(
        w in t for t in texts for w in ("scholarship", "enrolled", "Professor", "covered")
    )


def test_a_please_note_notice_heads_no_list_of_requirements():
    text = (
        "Assistant Professor in Animal Nutrition Required qualifications A PhD degree in animal "
        "science. Good interpersonal skills. Application The application must include a CV and "
        "documentation of teaching skills if applicable Please note: On the online application "
        "form it is mandatory to upload a teaching plan. If you do not have a teaching plan "
        "please upload a blank document."
    )
    texts = _texts(text)
    assert "A PhD degree in animal science" in texts
    assert not any("teaching plan" in t or "upload" in t for t in texts)


def test_uploading_to_the_application_form_is_no_requirement():
    text = (
        "Requirements:\n- A PhD degree in economics\n"
        "- On the online application form it is mandatory to upload a research plan\n"
        "- Experience uploading content to a CMS\n"
    )
    texts = _texts(text)
    assert "A PhD degree in economics" in texts
    assert "Experience uploading content to a CMS" in texts
    assert not any("research plan" in t for t in texts)


def test_preferably_and_a_capital_article_open_the_next_item_of_a_run_on_list():
    text = (
        "Market researcher Tasks: Carry out market research Requirements: Native speaking "
        "Italian and fluent in English Preferably experience with telemarketing or a "
        "willingness to learn it and be proactive on the phone An independent and proactive "
        "person A basic understanding of Danish is a plus but not mandatory"
    )
    texts = _texts(text)
    assert "fluent in English" in texts
    assert any(t.startswith("Preferably experience with telemarketing") for t in texts)
    assert any(t.endswith("be proactive on the phone") for t in texts)
    assert "An independent and proactive person" in texts
    assert "A basic understanding of Danish is a plus but not mandatory" in texts


def test_a_track_record_and_the_candidate_after_and_are_requirements_of_their_own():
    text = (
        "Reward specialist\nRequirements:\n"
        "- You have experience as a payroll specialist in a global company and a strong track "
        "record of delivering reward programmes\n"
        "- The department prides itself of its supportive culture and the successful candidate "
        "is expected to be active in the department's committees\n"
    )
    texts = _texts(text)
    assert "You have experience as a payroll specialist in a global company" in texts
    assert "a strong track record of delivering reward programmes" in texts
    assert any(t.startswith("the successful candidate is expected to be active") for t in texts)
    assert not any("prides itself" in t for t in texts)


def test_only_if_you_is_the_company_s_promise_not_a_requirement():
    text = (
        "Surgeon\nWe expect you to:\n- Be a registered surgeon\nAbout us\n"
        "We know that you can do your best work only if you enjoy your work and your workplace.\n"
        "If you have a passion for endoscopy then this is the job for you.\n"
    )
    texts = _texts(text)
    assert "Be a registered surgeon" in texts
    assert "you have a passion for endoscopy" in texts
    assert not any("enjoy your work" in t for t in texts)


def test_a_degree_keeps_its_article_and_its_students_and_its_alternative():
    text = (
        "Research assistant\nQualifications\n"
        "- Hold a relevant MSc degree in physics\n"
        "- Candidates should have a two-year master's degree (120 ECTS points) or a similar "
        "degree with an academic level equivalent to a two-year master's degree\n"
        "- Present results to diverse audiences including collaborators BSc/MSc students and "
        "the public\n"
    )
    reqs = [r for p in parse_jd(text) for r in p["requirements"]]
    texts = [r["text"] for r in reqs]
    assert "Hold a relevant MSc degree in physics" in texts
    assert any(
        t.endswith(
            "or a similar degree with an academic level equivalent to a two-year master's degree"
        )
        and t.startswith("Candidates")
        for t in texts
    )
    presents = [r for r in reqs if r["text"].startswith("Present results")]
    assert presents and presents[0]["text"].endswith("the public")
    assert not any(r["kind"] == "education" and r["text"].startswith("BSc") for r in reqs)


# A description that states its requirements in prose, as academic postings do.
PROSE = (
    "Postdoc in imaging\nResponsibilities\n"
    "The postdoc will build a light-sheet microscope for live imaging. "
    "The postdoc's ability to drive hardware development will be essential. "
    "Likewise also have the ability to publish scientific findings will be central. "
    "Finally it is important that the candidate is motivated to share methods with the wider "
    "imaging community. "
    "The successful candidate ideally has experience in teaching optics courses. "
    "Ideally this is backed by a relevant PhD degree in physics or biophysics. "
    "Knowledge of adaptive optics and good command of Python or MATLAB are considered an "
    "advantage. "
    "You will be required to take part in weekend open days.\n"
)


def test_requirements_stated_in_a_description_s_prose_are_read():
    reqs = {r["text"]: r["must"] for p in parse_jd(PROSE) for r in p["requirements"]}
    assert reqs.get("The postdoc's ability to drive hardware development will be essential")
    assert reqs.get("have the ability to publish scientific findings will be central")
    assert any(t.startswith("motivated to share methods") for t in reqs)
    assert (
        reqs.get("The successful candidate ideally has experience in teaching optics courses")
        is False
    )
    assert (
        reqs.get("Ideally this is backed by a relevant PhD degree in physics or biophysics")
        is False
    )
    assert any(t.startswith("Knowledge of adaptive optics") and not m for t, m in reqs.items())
    # a duty put as what "will be required" is none
    assert not any("open days" in t for t in reqs)
    assert not any("light-sheet" in t for t in reqs)


def test_a_sentence_about_the_post_holder_ends_the_item_before_it():
    text = (
        "Assistant Professor Required qualifications A PhD degree in animal science "
        "The Assistant Professor is also required to be enterprising and to possess good "
        "interpersonal skills. Terms of employment The salary follows the agreement."
    )
    texts = _texts(text)
    assert "A PhD degree in animal science" in texts
    assert any(
        t.startswith("The Assistant Professor is also required to be enterprising") for t in texts
    )


def test_a_capital_article_after_a_name_opens_the_next_item():
    text = (
        "QA tester Requirements: Experienced handling and understanding of web-based "
        "applications and REST APIs A good eye for details user expectations and potential "
        "sources of error"
    )
    texts = _texts(text)
    assert "Experienced handling and understanding of web-based applications and REST APIs" in (
        texts
    )
    assert any(t.startswith("A good eye for details") for t in texts)


def test_when_the_employment_starts_is_no_requirement():
    text = (
        "Farm assistant\nRequirements:\n- A little experience with pig production\n"
        "- The employement should start as soon as possible after agreement\n"
    )
    texts = _texts(text)
    assert "A little experience with pig production" in texts
    assert not any("start" in t for t in texts)


def test_an_acronym_with_its_own_nice_to_have_marker_is_a_clause_of_its_own():
    text = (
        "Senior Accountant Qualifications Bachelor's degree in Accounting or Finance CPA "
        "preferred Experience with NetSuite preferred Knowledge of SQL a plus"
    )
    reqs = {r["text"]: r["must"] for p in parse_jd(text) for r in p["requirements"]}
    # the degree stays a must; the certificate is the nice-to-have
    assert reqs.get("Bachelor's degree in Accounting or Finance") is True
    assert reqs.get("CPA preferred") is False
    assert reqs.get("Knowledge of SQL a plus") is False


def test_an_essential_then_an_advantage_are_two_clauses_and_confidence_with_a_tool_is_asked():
    text = (
        "Warehouse Team Leader About you A counterbalance forklift licence is essential and a "
        "reach truck licence would be an advantage. You'll be confident using a WMS (we use "
        "Manhattan) and MS Excel. Benefits 25 days holiday Free parking"
    )
    reqs = {r["text"]: r["must"] for p in parse_jd(text) for r in p["requirements"]}
    assert reqs.get("A counterbalance forklift licence is essential") is True
    assert reqs.get("a reach truck licence would be an advantage") is False
    assert reqs.get("You'll be confident using a WMS (we use Manhattan) and MS Excel") is True
    assert not any("holiday" in t or "parking" in t for t in reqs)
