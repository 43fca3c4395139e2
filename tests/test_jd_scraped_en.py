"""English postings as scrapers deliver them: Windows-1252 punctuation decoded as Latin-1, run-on
statements about the candidate, the application's own fine print. Postings here are written for
the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    return [r["text"] for p in parse_jd(text) for r in p["requirements"]]


def test_windows_1252_bullets_and_apostrophes_read_as_what_they_stand_for():
    # "\x95" is a bullet and "\x92" an apostrophe of a page decoded as Latin-1
    text = (
        "Acme builds freight software.\nKey responsibilities \x95 Build the data platform\n"
        "Skills\n3+ years of Python\x95 A master\x92s degree in statistics\x95 Good SQL skills\n"
    )
    texts = _texts(text)
    assert "3+ years of Python" in texts
    assert "A master’s degree in statistics" in texts
    assert not any("Build the data platform" in t for t in texts)


# A profile in prose, each sentence a statement about the candidate (no heading, no bullets).
PROFILE = (
    "Acme Freight moves parcels across Europe. "
    "You have a natural interest in coaching people and your CV shows at least two years of "
    "team lead experience. "
    "You are structured and able to keep the overall view and you thrive in a busy working day. "
    "You enjoy providing the best possible service to colleagues. "
    "You enjoy working independently but at the same time you are able to build relationships. "
    "Finally you can speak and write English at an advanced level."
)


def test_statements_about_the_candidate_are_cut_at_and_you_and_read_whatever_their_verb():
    for text in (PROFILE, PROFILE.replace(". ", ".\n")):
        texts = _texts(text)
        # "and you …" / "and your CV …" opens the next statement, whatever its verb
        assert "You have a natural interest in coaching people" in texts
        assert "your CV shows at least two years of team lead experience" in texts
        assert "You are structured and able to keep the overall view" in texts
        assert "you thrive in a busy working day" in texts
        assert "You enjoy working independently" in texts
        assert "you are able to build relationships" in texts
        # what the candidate enjoys or thrives in describes them; "Finally" is no part of it
        assert "You enjoy providing the best possible service to colleagues" in texts
        assert "you can speak and write English at an advanced level" in texts
        assert not any("Acme" in t for t in texts)


def test_deadlines_terms_of_employment_and_the_application_s_contents_are_no_requirements():
    text = (
        "Lab Technician\nRequirements:\n- Two years of experience with cell cultures\n"
        "- Able to meet tight deadlines\n"
        "Your employment will be at the Acme Research Campus.\n"
        "Employment will be in accordance with the collective agreement between Acme and the union.\n"
        "Depending on qualifications a supplement may be negotiated.\n"
        "The application should consist of the following: a letter of motivation\n"
        "You are always welcome to contact us at tel. 555 0100 for more about the skills we need.\n"
        "Working at Acme Labs\nDeadline for application: December 31 2026\nDeadline January 18 2027\n"
    )
    for scraped in (text, " ".join(text.split("\n"))):
        texts = _texts(scraped)
        assert any(t.startswith("Two years of experience with cell cultures") for t in texts)
        assert any("meet tight deadlines" in t for t in texts)
        for phrase in (
            "employment will be",
            "collective agreement",
            "negotiated",
            "should consist",
            "contact us",
            "Working at Acme",
            "December 31",
            "January 18",
        ):
            assert not any(phrase.lower() in t.lower() for t in texts), (phrase, texts)


def test_a_run_on_list_is_cut_before_the_ability_and_spelled_out_years():
    text = (
        "Acme Clinics runs twelve labs.\nRequirements:\n"
        "- Training as a laboratory technician or Biomedical Scientist One or more years of "
        "experience with flow cytometry\n- Good written English\n"
        "- Passion for quality\n"
        "- The ability to think outside the box The ability to present results clearly\n"
    )
    for scraped in (text, " ".join(text.split("\n"))):
        texts = _texts(scraped)
        assert "Training as a laboratory technician or Biomedical Scientist" in texts
        assert "One or more years of experience with flow cytometry" in texts
        assert "The ability to think outside the box" in texts
        assert "The ability to present results clearly" in texts


def test_a_level_of_a_language_and_an_absolute_advantage_read_as_requirements():
    # three items in a row that read as requirements make a list under no heading
    text = (
        "Acme Travel sells city tours.\nVery good level of English\n"
        "Speaking and writing German will be an absolute advantage\n"
        "The ability to work on weekends\nWe have offices in five cities.\n"
    )
    reqs = [r for p in parse_jd(text) for r in p["requirements"]]
    assert [r["text"] for r in reqs] == [
        "Very good level of English",
        "Speaking and writing German will be an absolute advantage",
        "The ability to work on weekends",
    ]
    assert [r["must"] for r in reqs] == [True, False, True]


def test_pandemic_notices_and_how_interviews_are_held_are_no_requirements():
    text = (
        "Requirements:\n- Strong knowledge of Go\n- Experience with gRPC services\nCovid-19\n"
        "Due to the pandemic most teams work from home with strong safety skills.\n"
        "As a general rule interviews will be completed remotely over video calls.\n"
    )
    for scraped in (text, " ".join(text.split("\n"))):
        assert _texts(scraped) == ["Strong knowledge of Go", "Experience with gRPC services"]


def test_the_blocks_of_a_european_profile_head_requirements_and_the_application_ends_them():
    text = (
        "Acme Packaging sells cosmetics boxes.\nAbout the job\nYou will grow our French accounts.\n"
        "Personality and experience You are persuasive and convincing in your behaviour.\n"
        "Knowledge of the packaging industry is an advantage but not required.\n"
        "Educational background\nA degree from a business school.\nAcademic degrees are not required.\n"
        "Languages\nFluent French.\nStart-up\nAs soon as possible but we will wait for the right person.\n"
        "Application\nSend your papers to the address below.\n"
    )
    texts = _texts(text)
    assert "You are persuasive and convincing in your behaviour" in texts
    # a nice-to-have that says it is not required is one clause, still asked
    assert "Knowledge of the packaging industry is an advantage but not required" in texts
    assert "A degree from a business school" in texts
    assert "Fluent French" in texts
    # what the posting says it does not ask, the start date and the application are none
    joined = " ".join(texts)
    for phrase in ("Academic degrees", "Start-up", "As soon as possible", "Application"):
        assert phrase not in joined, phrase


def test_a_lead_in_sentence_heads_the_list_from_its_first_word():
    text = (
        "Acme Pricing\nPersonality\nYou are structured and precise.\n"
        "To succeed in the job as Pricing Specialist it is crucial that you: "
        "Have a master's degree within finance Have minimum 3 years of experience from pricing\n"
    )
    # (its start is not left behind in the section before it as a requirement of its own)
    assert _texts(text) == [
        "You are structured and precise",
        "Have a master's degree within finance",
        "Have minimum 3 years of experience from pricing",
    ]


def test_a_heading_after_a_lead_in_without_its_colon_and_with_a_bullet_glued_on_is_found():
    # (one line: "We are looking for" lost its colon, "Skills" its line break, the bullet its space;
    # the items name what is asked without "experience" or "knowledge", so only the heading tells)
    line = (
        "Java Developer at Acme. Key responsibilities • Review code of colleagues • Support the "
        "release rota We are looking for Skills• Java SpringBoot and unit testing frameworks• "
        "Build tooling such as Maven• Using BDD and TDD approaches"
    )
    texts = _texts(line)
    # (a Skills block's bare items are read as the skill names in them)
    assert {"Java", "Maven", "BDD and TDD"} <= set(texts)
    assert any("SpringBoot" in t for t in texts)
    assert not any("rota" in t or "Review code" in t for t in texts)


def test_requirements_put_in_so_many_words_inside_a_description():
    text = (
        "Acme Support helps 40 offices.\n"
        "As you will talk to people at all levels it is important to have good communication skills.\n"
        "Your personal qualities include taking pride in your work.\n"
        "The successful candidate will be a credible support professional.\n"
        "The successful candidate will be expected to run the service desk rota.\n"
        "You should have completed training in IT support and have at least one year of "
        "experience as a support assistant.\n"
        "You should be a competent user of Windows and familiar with ITSM tools.\n"
    )
    texts = _texts(text)
    assert "good communication skills" in texts
    assert "taking pride in your work" in texts
    assert "The successful candidate will be a credible support professional" in texts
    assert not any("service desk rota" in t for t in texts)  # what the job expects them to do
    # a sentence asking two things is two requirements
    assert "completed training in IT support" in texts
    assert "have at least one year of experience as a support assistant" in texts
    assert "a competent user of Windows" in texts
    assert "familiar with ITSM tools" in texts


def test_a_title_case_run_on_list_is_cut_after_the_word_that_ends_an_item():
    line = (
        "Requirements: Excellent communication skills Well-structured working style "
        "Strategic mindset Big picture thinking Knowledge of Czech welcome but not a must "
        "Product management skills"
    )
    assert _texts(line) == [
        "Excellent communication skills",
        "Well-structured working style",
        "Strategic mindset",
        "Big picture thinking",
        "Knowledge of Czech welcome but not a must",
        "Product management skills",
    ]


def test_ms_office_names_no_degree():
    text = "Requirements:\n- You are a super user of the MS Office tools especially Excel\n"
    assert _texts(text) == ["You are a super user of the MS Office tools especially Excel"]


def test_what_you_will_need_to_do_is_a_duty_what_you_will_need_is_asked():
    text = (
        "Acme Support helps 40 offices.\n"
        "Your day will be busy and you will need to prioritise incoming requests.\n"
        "For this you will need a driving licence for the company van.\n"
        "Requirements:\n- You probably have a science education combined with experience from "
        "pharmaceutical production\n- You thrive with cold calling and booking meetings on the phone\n"
    )
    texts = _texts(text)
    assert not any("prioritise incoming requests" in t for t in texts)
    assert "a driving licence for the company van" in texts
    # "combined with experience from …" asks a second thing
    assert "You probably have a science education" in texts
    assert "experience from pharmaceutical production" in texts
    # a statement about the candidate stays, even beside "phone"
    assert "You thrive with cold calling and booking meetings on the phone" in texts


def test_what_a_posting_does_not_expect_and_its_closing_notice_are_no_requirements():
    text = (
        "Requirements:\n- 3+ years of experience with Go\n"
        "- We don't expect you to have experience across all these areas\n"
        "- You won't be expected to have deep knowledge of our stack\n"
        "- Every night we deliver parcels and we are nearly 100 years old\n"
        "- Health insurance with a 150 years old fund\n"
        "- The job posting will be closed down once we have found the right candidate\n"
    )
    for scraped in (text, " ".join(text.split("\n"))):
        assert _texts(scraped) == ["3+ years of experience with Go"]


def test_the_title_of_the_company_s_own_block_is_no_requirement():
    text = (
        "Requirements:\n- 3+ years of experience with Go\n- Fluent English\n- Strong SQL skills\n"
        "- Why Acme Freight\n- Facts about Acme Freight\n"
    )
    texts = _texts(text)
    assert "3+ years of experience with Go" in texts
    assert not any("Acme" in t for t in texts)


def test_a_lead_in_in_the_company_voice_opens_a_lower_case_list_in_one_line():
    # one line, as scraped: the lead-in's colon is followed by lower-case items, not a sentence
    for lead in ("We are looking for someone who has:", "The ideal candidate will bring:"):
        text = (
            "Archive Assistant | Example Board Northfield Records Office About the role Catalogue "
            f"incoming collections and answer reader enquiries. {lead} strong cataloguing skills, "
            "a valid driving licence, 2 years of experience in a records office "
            "Apply now Privacy Terms"
        )
        texts = _texts(text)
        assert any(t.startswith("strong cataloguing skills") for t in texts), (lead, texts)
        assert any("2 years of experience in a records office" in t for t in texts), texts
        assert not any("Catalogue incoming" in t for t in texts), texts
    # a colon before a lower-case sentence that introduces no candidate stays prose
    assert not _texts(
        "Travel Agent | Example Board We build trips for our travellers: make booking easy "
        "and answer calls. Apply now"
    )
