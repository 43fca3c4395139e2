"""Dates and periods: every written form, 至今 as the given today, overlap merging."""

from __future__ import annotations

import pytest

from matcher.resume.dates import find_periods, merged_months, month_index

TODAY = month_index("2026-11-28")


@pytest.mark.parametrize(
    ("text", "start", "end", "months"),
    [
        ("2015.07-2018.06", "2015-07", "2018-06", 36),
        ("2015/07 – 2015/12", "2015-07", "2015-12", 6),
        ("2015-07 至 2016-06", "2015-07", "2016-06", 12),
        ("2015年7月至2016年6月", "2015-07", "2016-06", 12),
        ("07/2015 - 06/2016", "2015-07", "2016-06", 12),
        ("Jul 2015 - June 2016", "2015-07", "2016-06", 12),
        ("July 2025 – present", "2025-07", "2026-11", 17),
        ("2019年至今", "2019-01", "2026-11", 95),
        ("2015 - 2019", "2015-01", "2019-01", 48),
        # German forms
        ("06/2019 - Heute", "2019-06", "2026-11", 90),
        ("Zeitraum: 07/2018 bis heute", "2018-07", "2026-11", 101),
        ("08/2017 bis 06/2018", "2017-08", "2018-06", 11),
        ("März 2017 bis Dez 2018", "2017-03", "2018-12", 22),
        ("01.10.2008 – 15.06.2018", "2008-10", "2018-06", 117),
        ("10.2008 - 06.2009", "2008-10", "2009-06", 9),
        # a month and a two-digit year, in a range only
        ("06/17 bis heute Angestellter", "2017-06", "2026-11", 114),
        ("09/99 bis 07/02 Gymnasium", "1999-09", "2002-07", 35),
        ("09/10 - 08/11 Entwickler", "2010-09", "2011-08", 12),
        ("02/2019 - X : Freelancer", "2019-02", "2026-11", 94),
        ("seit 07/2019 Softwarearchitekt", "2019-07", "2026-11", 89),
        ("Since March 2018, lead developer", "2018-03", "2026-11", 105),
        # a two-digit year after an apostrophe
        ("From Aug '17 till date", "2017-08", "2026-11", 112),
        ("Jan ’98 – Mar ’01 Sales executive", "1998-01", "2001-03", 39),
        # "since" opening a range that ends: the range, not a period to today
        ("description - since May 2015 to June 2016 at a plant", "2015-05", "2016-06", 14),
        ("seit 03/2012 bis 05/2014 Entwickler", "2012-03", "2014-05", 27),
        # a doubled dash is one separator
        ("1995年5月--2010年2月历任某某公司财务经理", "1995-05", "2010-02", 178),
        ("2010 -- 2015", "2010-01", "2015-01", 60),
        # a PDF's text that lost the dash: two month dates side by side
        ("08/2016 06/2018: Beispiel GmbH, Skopje", "2016-08", "2018-06", 23),
        ("Mar 2014 Jan 2015 Analyst", "2014-03", "2015-01", 11),
        ("2015.07 2016.06 某某公司", "2015-07", "2016-06", 12),
        ("01.10.2008 15.06.2018", "2008-10", "2018-06", 117),
        ("06/2019 heute", "2019-06", "2026-11", 90),
        # a slash between spaces parts two dates
        ("December 2016 / today: Support lead", "2016-12", "2026-11", 120),
        ("06/2016 / 08/2018 Beispiel AG", "2016-06", "2018-08", 27),
        # "since" before a whole period is no start to today
        ("since May 2015 to June 2016 at Example Ltd", "2015-05", "2016-06", 14),
    ],
)
def test_period_forms(text, start, end, months):
    (p,) = find_periods(text, TODAY)
    assert (p.start_text, p.end_text, p.months) == (start, end, months)


def test_dates_side_by_side_are_a_period_only_when_both_name_their_month():
    """Without a dash, "2015 2016" (a list of years), a day and a year, or a version and a year
    are no period."""
    for text in ("2015 2016 Python", "06/2015 2016 Java", "15.06.2018 2019", "Version 1.2 2019"):
        assert find_periods(text, TODAY) == [], text


def test_a_phone_or_a_plain_number_is_no_period():
    assert find_periods("电话 138-0013-8000，营收 100-200 万", TODAY) == []
    assert find_periods("Version 1.2.2019; Java 8 - 2019; verfügbar ab 01.12.2019", TODAY) == []


def test_overlaps_counted_once():
    a = (month_index("2015-01"), month_index("2016-12"))  # 24 months
    b = (month_index("2016-01"), month_index("2017-12"))  # overlaps a by 12
    c = (month_index("2019-01"), month_index("2019-06"))  # separate
    assert merged_months([a, b, c]) == 36 + 6
    assert merged_months([]) == 0


def test_a_line_that_is_only_a_period():
    from matcher.resume.dates import is_period

    for text in ("02/2019 - 05/2019", "seit 07/2019", "07/2018 bis heute", " 2015 - 2019 "):
        assert is_period(text), text
    for text in ("Kong Okta", "02/2019 - 05/2019 Setup Backup Tool", "2019", "seit gestern"):
        assert not is_period(text), text


@pytest.mark.parametrize(
    "text", ["Seite 10/12", "1/2 - 3/4 der Zeit", "05/15", "Note 12/15 bis 14/15"]
)
def test_a_two_digit_year_is_read_only_in_a_range_of_months(text):
    """ "10/12" alone, a fraction, or a month past 12 is no period."""
    assert find_periods(text, TODAY) == []
