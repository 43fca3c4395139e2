"""Which of several lines a verdict quotes (matcher.match.quotes): the year a line is about and
whether it counts what it did. Lines are fictional."""

from __future__ import annotations

import pytest

from matcher.match import quotes


def test_a_line_is_about_the_latest_year_it_names_and_the_present_is_latest_of_all():
    lines = [
        {"text": "1988年7月参加工作，历任计划员、副科长、总经理。", "section": "experience"},
        {"text": "2009年6月至2012年3月任华东分公司总经理。", "section": "experience"},
        {"text": "2016年3月至今任集团副总裁。", "section": "experience"},
        {"text": "Currently working as Manager sales at a car dealer", "section": "experience"},
        {"text": "Supervise and motivate staff.", "section": "experience"},
        {"text": "Release 2.0.1 of module 1234", "section": "experience"},
    ]
    cache: dict = {}
    assert quotes.line(2, lines, cache).year == quotes.PRESENT
    kept = cache["quote lines"]
    assert kept[:2] == [-1, -1] and kept[3:] == [-1, -1, -1]  # only the line asked is read
    got = [quotes.line(i, lines, cache).year for i in range(len(lines))]
    assert got == [1988, 2012, quotes.PRESENT, quotes.PRESENT, 0, 0]
    assert all(isinstance(v, int) and v >= 0 for v in kept)  # kept: integers by line, no words
    assert quotes.line(0, lines, cache).listed  # a comma and two 、: three items


def test_a_line_about_leaving_a_post_is_no_recent_work():
    """ "2015年3月，因工作调动，辞去董事、总经理职务" dates when a role ended: the acting chairman's
    line of 2014 is the latest work a verdict may quote."""
    lines = [
        {"text": "1992年参加工作，历任技术员、办公室主任、副总经理。", "section": "experience"},
        {"text": "2014年12月起代行董事长职权，", "section": "experience"},
        {"text": "2015年3月，因工作调动，辞去董事、总经理职务。", "section": "experience"},
        {"text": "She resigned as CFO of Nordlicht AG in 2019.", "section": "experience"},
    ]
    cache: dict = {}
    got = [quotes.line(i, lines, cache).year for i in range(len(lines))]
    assert got == [1992, 2014, 0, 0]
    assert quotes.dated(lines[1]["text"]) and not quotes.dated(lines[2]["text"])


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Working with the team of four - six people to reach the targets.", True),
        ("带领6人客服团队，处理客户投诉", True),
        ("Raised renewals by 30% in two years", True),
        ("Led a team of 12 engineers", True),
        ("Continuously managing team performance.", False),
        ("2009年6月任华东分公司总经理", False),  # a date's digits count nothing
        ("负责3个项目的交付", True),
        ("6个月试用期后转正", False),
    ],
)
def test_a_line_that_counts_what_it_did(text, counts):
    assert quotes.counts_something(text) is counts


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Workshops zu den Themen - Scrum Rollen - Delegation Poker – Teamsetup", True),
        ("1988年参加工作，历任计划员、副科长、总经理等职。", True),
        ("Scrum, Kanban, SAFe, LeSS", True),
        ("Durchführung von Workshops zur Förderung der Agilität", False),
        ("Led a team of 6, cut costs by 10%", False),
    ],
)
def test_a_line_that_lists_things_instead_of_stating_an_act(text, listed):
    assert quotes.is_list(text) is listed
