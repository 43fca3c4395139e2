"""Contact data: names (not headings), e-mails, phones normalised, gender, birth."""

from __future__ import annotations

from matcher.resume import contact


def test_phones_normalised():
    text = (
        "手机 13800138000；备用 +86 139-1234-5678；座机 010-62345678-801；"
        "London +44 20 7946 0958；身份证 110101199003071234"
    )
    assert contact.phones(text) == [
        "+442079460958",
        "+861062345678",
        "+8613800138000",
        "+8613912345678",
    ]


def test_emails_lowercased_and_unique():
    assert contact.emails("A.Li@Example.com, a.li@example.com; b@x.cn") == [
        "a.li@example.com",
        "b@x.cn",
    ]


def test_name_never_a_heading_or_title():
    assert contact.name("个人简历\n教育背景\n", ["个人简历", "教育背景"]) is None
    assert contact.name("", ["Curriculum Vitae", "Jane Doe"]) == "Jane Doe"
    assert contact.name("", ["陈静的简历"]) == "陈静"
    assert contact.name("姓名：刘洋\n", ["姓名：刘洋"]) == "刘洋"


def test_gender_and_birth():
    assert contact.gender("性别：女") == "female"
    assert contact.gender("王先生，1970年出生") == "male"
    assert contact.birth("出生年月：1992年11月") == "1992-11"
    assert contact.birth("Date of birth: 1988") == "1988"
    assert contact.birth("2015年7月入职") is None
