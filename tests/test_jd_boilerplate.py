"""What a job board wraps around requirements is never one: legal and EEO statements, pay,
benefits, contact lines, chrome, the company's marketing; what asks something stays."""

from __future__ import annotations

import pytest

from matcher.jd.boilerplate import asks_something, is_boilerplate


@pytest.mark.parametrize(
    "item",
    [
        "We are an equal opportunity employer",
        "All qualified applicants will receive consideration without regard to race, color or sex",
        "© 2026 Acme Payments Inc. All rights reserved",
        "Salary: $120,000 - $140,000 per year",
        "$120",
        "000 per year",
        "Benefits: 401(k) matching, health insurance",
        "Inc",
        "Texas",
        "Austin, Texas",
        "Come join our team!",
        "Acme Payments is a global leader in payments",
        "We move money for millions of people",
        "Experience level: Mid-Level",
        "联系电话：0571-8888 8888",
        "薪资待遇：底薪4000+提成，五险一金",
        "版权所有 © 2024 某某人才网 京ICP备00000000号",
        "If you meet the requirements for the position send a CV in English",
        "Only shortlisted candidates will be invited to an interview",
        "Please submit your resume by Friday",
        "We welcome all applications – regardless of gender nationality age and identity",
    ],
)
def test_boilerplate(item):
    assert is_boilerplate(item)


@pytest.mark.parametrize(
    "item",
    [
        "5+ years of experience in C# and .NET",
        "Expert in C#, ASP.NET Core and SQL Server",
        "German is a plus",
        "Python is a big plus",
        "We expect 3 years of Java",
        "Our ideal candidate has a degree in Computer Science",
        "Excellent communication skills",
        "3年以上电话销售经验",
        "熟练使用Excel、Word等办公软件",
        "有电话销售经验",
        "Familiarity with the wider Microsoft stack and how it brings value to our customers",
    ],
)
def test_requirements_are_no_boilerplate(item):
    assert not is_boilerplate(item)


def test_a_duty_asks_nothing_a_requirement_does():
    assert asks_something("本科学历，两年以上外贸经验")
    assert not asks_something("负责客户关系维护")
    assert not asks_something("Manage the support team")
