"""English requirements a scraper ran together (round 8 of issue 13): statements and bare-verb
items whose line breaks were lost ("… within IT You are an excellent communicator", "that you:
Have a forklift licence Work independently …"), question lists ("DO YOU: Love …? Have …?"),
"X is essential / highly desirable" sentences, and company text after the list. Postings here
are written for the tests."""

from __future__ import annotations

from matcher.jd import parse_jd


def _texts(text: str) -> list[str]:
    (posting,) = parse_jd(text)
    return [r["text"] for r in posting["requirements"]]


def test_a_capital_you_after_a_lower_case_word_starts_the_next_statement():
    text = (
        "About you You have ten years of experience with billing systems and SAP "
        "You are able to talk to people in IT and Business You are a clear and friendly "
        "communicator and fluent in written English. Apply online."
    )
    texts = _texts(text)
    assert "You are a clear and friendly communicator" in texts
    assert "fluent in written English" in texts
    # "Business You are a …" is no company describing itself ("Acme Bank is a …")
    assert not any(t.strip() == "Business" for t in texts)


def test_bare_verb_items_after_that_you_are_one_requirement_each():
    text = (
        "Hafen Freight is hiring warehouse staff. To be considered it is important that you: "
        "Have a forklift licence Work independently and carefully Set high standards for your "
        "work Are a helpful colleague The company's goods are shipped to 20 countries and "
        "have depots in three ports."
    )
    texts = _texts(text)
    for item in (
        "Have a forklift licence",
        "Work independently and carefully",
        "Set high standards for your work",
        "Are a helpful colleague",
    ):
        assert item in texts
    # what the company does ends the list
    assert not any("shipped" in t or "depots" in t for t in texts)


def test_a_do_you_list_holds_its_questions():
    text = (
        "Tram Tours runs city tours. DO YOU: Love being outside all day? Have a desire to "
        "give our guests a memorable tour? Have a good memory for facts? If you answered yes to "
        "all of the above then you could be the guide we need! Our office is near the harbour."
    )
    texts = [t.rstrip("?") for t in _texts(text)]
    assert "Love being outside all day" in texts
    # (a question naming the company's guests still asks something of the candidate)
    assert "Have a desire to give our guests a memorable tour" in texts
    assert "Have a good memory for facts" in texts
    assert not any("answered yes" in t or "harbour" in t for t in texts)


def test_a_statement_after_a_lost_line_break_or_a_connective_is_read():
    text = (
        "Nordlys Energy builds wind farms. Your competences include that you have solid "
        "experience from data-heavy functions have programming experience in Go or Java "
        "Furthermore excellence in one of the following areas is highly desirable: dashboards "
        "or cloud platforms. Finally a willingness to learn is essential. As such you are "
        "capable of running a planning process alone. Additionally you can adapt your message "
        "to your audience. Team work is essential to us. But while this talent is essential "
        "you will also get a mentor."
    )
    texts = _texts(text)
    assert "have programming experience in Go or Java" in texts
    assert any(t.startswith("excellence in one of the following areas") for t in texts)
    assert "a willingness to learn is essential" in texts
    assert "you are capable of running a planning process alone" in texts
    assert "you can adapt your message to your audience" in texts
    # what the team values and a "while …" clause ask nothing of the candidate
    assert not any("Team work" in t or "while this talent" in t for t in texts)


def test_nice_to_have_read_from_how_much_it_counts():
    (posting,) = parse_jd(
        "Acme Labs makes sensors. Finally a willingness to travel is essential. "
        "Experience with LabVIEW is highly desirable."
    )
    musts = {r["text"]: r["must"] for r in posting["requirements"]}
    assert musts["a willingness to travel is essential"] is True
    assert musts["Experience with LabVIEW is highly desirable"] is False


def test_employees_expected_to_have_and_what_counts_for_us():
    text = (
        "Acme Audio makes headsets. The employees are expected to have a high personal "
        "motivation to solve complex tasks. What counts for us is your experience (about 3 "
        "years) in audio engineering."
    )
    texts = _texts(text)
    assert "a high personal motivation to solve complex tasks" in texts
    assert any(t.startswith("your experience (about 3 years) in audio") for t in texts)


def test_a_degree_after_its_adjective_and_an_abbreviation_stay_one_clause():
    text = (
        "Acme Pharma plans supply. Solid planning experience from a global setting You hold a "
        "relevant Master's degree (i.e. Supply Chain Management) backed by at least 7 years of "
        "supply chain experience."
    )
    texts = _texts(text)
    # (not cut into "You hold a relevant" and "Master's degree (i.e", as it was)
    assert any(t.startswith("You hold a relevant Master's degree (i.e. Supply") for t in texts)
    assert "You hold a relevant" not in texts


def test_a_duty_list_naming_years_is_no_requirements_list():
    text = (
        "Acme Pharma plans supply.\nYou will:\n"
        "Optimize stock plans across the network Lead scenario analysis over 3 months to 10 "
        "years Track capacity\n"
        "To succeed you must establish a close collaboration with the sites.\n"
        "Solid planning experience from a global setting\n"
        "Coordinate the monthly planning round.\n"
        "Strong knowledge of SAP APO\n"
    )
    texts = _texts(text)
    assert not any(t.startswith("Optimize") or "scenario analysis" in t for t in texts)


def test_a_lost_apostrophe_reads_as_the_word():
    text = (
        "Acme Labs makes sensors. Youre fluent in German and have a degree in physics. "
        "Youll work with our test team in Graz."
    )
    texts = _texts(text)
    assert "Youre fluent in German" in texts
    assert not any("test team" in t for t in texts)


def test_a_heading_before_a_dash_opens_its_list():
    (posting,) = parse_jd(
        "Lab Technician Requirements - Bachelor degree in chemistry - 2 years of lab "
        "experience - Good English"
    )
    texts = [r["text"] for r in posting["requirements"]]
    assert "Bachelor degree in chemistry" in texts
    assert "2 years of lab experience" in texts


def test_an_ascii_comma_inside_a_list_of_majors_keeps_the_list_whole():
    (posting,) = parse_jd(
        "任职要求：\n1、本科以上学历，市场营销,行政管理、工商管理等相关专业；\n"
        "2、本科以上学历,财务管理、会计等相关专业；\n3、沟通能力强,有责任心"
    )
    texts = {r["text"]: r["kind"] for r in posting["requirements"]}
    assert texts.get("市场营销,行政管理、工商管理等相关专业") == "major"
    assert "市场营销" not in texts
    # a comma after the degree floor still ends its clause, and other commas still cut
    assert texts.get("财务管理、会计等相关专业") == "major"
    assert "沟通能力强" in texts and "有责任心" in texts


def test_a_skills_block_item_that_opens_with_what_it_asks_is_one_clause():
    (posting,) = parse_jd(
        "Java Developer\nSkills\nExcellent implementation skills primarily Java and Kotlin\n"
        "Continuous delivery including shippable product per sprint\nJava, Spring, Docker\n"
    )
    texts = [r["text"] for r in posting["requirements"]]
    assert "Excellent implementation skills primarily Java and Kotlin" in texts
    assert "Continuous delivery including shippable product per sprint" in texts
    assert {"Java", "Spring", "Docker"} <= set(texts)


def test_a_heading_in_capitals_ends_the_list_before_it():
    (posting,) = parse_jd(
        "Tram Tours runs city tours. To apply you have to be: Fluent in English. "
        "You have first-aid skills THE JOB You will be trained in all procedures of the tours."
    )
    texts = [r["text"] for r in posting["requirements"]]
    assert "You have first-aid skills" in texts
    assert not any("THE JOB" in t or "trained" in t for t in texts)


def test_as_well_as_a_second_requirement_is_cut():
    (posting,) = parse_jd(
        "Requirements:\n- You have technical knowledge of ERP systems as well as a deep "
        "understanding of product lifecycles\n- Structured way of working as well as "
        "willingness to learn new tools\n- Java as well as Kotlin\n"
    )
    texts = [r["text"] for r in posting["requirements"]]
    assert "a deep understanding of product lifecycles" in texts
    assert "willingness to learn new tools" in texts
    # two names joined are still one clause
    assert "Java as well as Kotlin" in texts


def test_what_an_if_you_condition_names_is_asked():
    text = (
        "Acme Pharma plans supply. If you bring solid supply chain experience from a global "
        "setting and you are looking for a challenge this is it. If you have further "
        "questions please call us. If you are one yourself explore our open roles."
    )
    texts = _texts(text)
    assert "you bring solid supply chain experience from a global setting" in texts
    assert not any("questions" in t or "open roles" in t for t in texts)


def test_and_it_is_a_big_advantage_if_is_a_nice_to_have_of_its_own():
    (posting,) = parse_jd(
        "Requirements:\n- You have a good understanding of marketing and it is a big advantage "
        "if your studies include business courses\n- SQL\n"
    )
    musts = {r["text"]: r["must"] for r in posting["requirements"]}
    assert musts["You have a good understanding of marketing"] is True
    assert musts["it is a big advantage if your studies include business courses"] is False


def test_a_name_that_says_what_the_experience_is_of_stays_in_its_item():
    """ "2+ years of SQL experience" and "3+ years of AWS experience with Terraform" are one item
    each: the name after "years of" or a word of depth (hands-on, strong) modifies the experience
    that follows it; after a language held ("Fluent in English experience with Java") and after a
    noun ("… environment SQL experience is a plus") the next item still begins."""
    texts = _texts(
        "Requirements:\n- 2+ years of SQL experience\n- 3+ years of AWS experience with Terraform"
        "\n- hands-on SAP SD experience with S/4HANA\n- strong SQL skills\n"
        "- Fluent in English experience with Java\n"
        "- Java and Spring in a full stack environment SQL experience is a plus"
    )
    for item in (
        "2+ years of SQL experience",
        "3+ years of AWS experience with Terraform",
        "hands-on SAP SD experience with S/4HANA",
        "strong SQL skills",
        "Fluent in English",
        "experience with Java",
        "SQL experience is a plus",
    ):
        assert item in texts
    assert "2+ years of" not in texts and "3+ years of AWS" not in texts


def test_a_piece_ending_in_a_preposition_shares_its_object_with_the_next():
    text = (
        "Project Manager\nRequirements:\n"
        "Solid understanding of and demonstrated experience in using agile tools such as Jira\n"
        "Strong communication skills and a valid driving licence\n"
    )
    texts = [r["text"] for r in parse_jd(text)[0]["requirements"]]
    assert "Solid understanding of" not in texts
    assert any(t.startswith("Solid understanding of and demonstrated experience") for t in texts)
