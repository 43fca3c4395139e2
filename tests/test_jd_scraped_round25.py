"""Round twenty-five's mechanisms on scraped English postings: a heading in the employer's own
British voice ("What we're after:"), a job alert e-mail's other posts and footer, a vacancy
announcement's "Work Experience" block, the post a clause is asked for ("For this position, …")
and what a degree comes with ("… degree in combination with …"). Postings here are written for
the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from tests.jd_support import join as _join
from tests.jd_support import reqs as _reqs
from tests.jd_support import texts as _texts


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize(
    "heading", ["What we're after:", "Who we're after", "What we want from you:"]
)
def test_a_heading_in_the_employers_voice_heads_the_requirements(heading, one_line):
    lines = [
        "Baker - Artisan Bakery",
        "We bake sourdough for twelve cafés in Leeds and need an early riser to join us.",
        heading,
        "- 1 year's experience in a craft bakery",
        "- Able to shape and score loaves by hand",
        "- Level 2 Food Hygiene certificate",
        "Benefits: free bread, 28 days holiday.",
    ]
    got = _texts(_join(lines, one_line))
    assert "1 year's experience in a craft bakery" in got
    assert "Able to shape and score loaves by hand" in got
    assert "Level 2 Food Hygiene certificate" in got


@pytest.mark.parametrize("one_line", [False, True])
def test_a_job_alert_emails_other_posts_and_footer_ask_nothing(one_line):
    lines = [
        "Subject: 2 new jobs for 'barista' near Leeds",
        "FEATURED JOB",
        "Head Barista - Northern Roast",
        "Requirements:",
        "- 2 years' experience on a busy espresso bar",
        "- Latte art to a consistent standard",
        "MORE JOBS FOR YOU",
        "Barista - Kirkgate Café",
        '"...must have at least 6 months in a coffee shop..."',
        "View job >",
        "You are receiving this email because you created a job alert on Brewjobs.",
        "Manage alerts | Unsubscribe",
    ]
    got = _texts(_join(lines, one_line))
    assert "2 years' experience on a busy espresso bar" in got
    assert "Latte art to a consistent standard" in got
    assert not any("6 months in a coffee shop" in t for t in got)
    assert not any("receiving this email" in t or "Unsubscribe" in t for t in got)


def test_a_vacancy_announcements_work_experience_block_is_a_heading():
    text = "\n".join(
        [
            "Associate Statistician",
            "Education",
            "Advanced university degree in statistics or a related field.",
            "Work Experience",
            "A minimum of two years of experience in survey data analysis is required.",
            "Languages",
            "Fluency in English is required.",
        ]
    )
    got = {r["text"]: r for r in _reqs(text)}
    assert "Work" not in got and "Experience" not in got and "Work Experience" not in got
    assert got["A minimum of two years of experience in survey data analysis is required"][
        "min_years"
    ] == pytest.approx(2.0)


@pytest.mark.parametrize("post", ["position", "role"])
def test_the_post_a_clause_is_asked_for_is_no_part_of_it(post):
    text = (
        "Programme Assistant\nLanguages\nEnglish and Spanish are the working languages. "
        f"For this {post}, fluency in Spanish is required. Knowledge of Portuguese is desirable.\n"
    )
    got = _texts(text)
    assert "fluency in Spanish is required" in got
    assert not any(t.lower().startswith("for this") for t in got)


def test_what_a_degree_comes_with_is_no_field_of_study():
    text = (
        "Data Officer\nEducation\nAdvanced university degree in economics or statistics. A "
        "first-level university degree in combination with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree.\n"
    )
    majors = [r["text"] for r in _reqs(text) if r["kind"] == "major"]
    assert not any("combination" in m for m in majors)


@pytest.mark.parametrize(
    "statement",
    [
        "CareBridge Nursing & Staffing is an Equal Opportunity Employer.",
        "All applicants who are selected must pass a drug screen before hire.",
    ],
)
def test_a_statement_run_onto_the_last_item_leaves_the_item(statement):
    text = (
        "Home Health Aide Requirements Current HHA certificate Minimum 1 year of home care "
        f"experience Reliable transportation to reach clients' homes {statement} Apply Now"
    )
    got = _texts(text)
    assert "Reliable transportation to reach clients' homes" in got
    assert not any("Equal Opportunity" in t or "drug screen" in t for t in got)


def test_an_employers_own_equal_opportunity_line_is_not_cut_inside_its_name():
    text = (
        "Teller\nRequirements:\n- Cash handling experience\n- Candidates must pass a credit "
        "check.\nLakeshore Savings Bank is an Equal Opportunity Employer, including "
        "Disability/Veterans.\n"
    )
    got = _texts(text)
    assert "Cash handling experience" in got
    assert not any("Lakeshore" in t for t in got)


@pytest.mark.parametrize(
    "check",
    [
        "Must provide proof of a negative TB test and a completed physical exam",
        "Must be able to pass a pre-employment medical",
        "Medical clearance required before start",
    ],
)
def test_a_medical_check_is_flagged_not_asked(check):
    text = f"Care Assistant\nRequirements:\n- 1 year of care experience\n- {check}\n"
    posting = parse_jd(text)[0]
    assert check not in [r["text"] for r in posting["requirements"]]
    assert any(f["kind"] == "health" and f["text"] == check for f in posting["flags"])


@pytest.mark.parametrize(
    "item",
    [
        "ENG1 medical certificate",
        "Experience conducting physical examinations",
        "Pass the physical abilities test (PARE)",
    ],
)
def test_a_medical_certificate_or_the_work_itself_stays_a_requirement(item):
    text = f"Deckhand\nRequirements:\n- 1 season on a motor yacht\n- {item}\n"
    assert item in _texts(text)


@pytest.mark.parametrize("one_line", [False, True])
def test_what_the_candidate_has_done_counted_opens_an_item_in_a_run_on_list(one_line):
    lines = [
        "Android Developer",
        "Requirements: 4+ years building Android apps in Kotlin Published at least one app to "
        "Google Play with over 10k installs Experience with Jetpack Compose",
        "Interested and qualified candidates should apply on our site.",
    ]
    got = _texts(_join(lines, one_line))
    assert "4+ years building Android apps in Kotlin" in got
    assert "Published at least one app to Google Play with over 10k installs" in got
    assert not any(t.startswith("Interested") for t in got)
