"""A clause that names alternatives ("one of Java, Kotlin or Scala", "Java或Python之一") is one
requirement that any of its values meets (`any_of`); one that lists what it asks ("Java, Spring
and Docker") needs all of them. Postings are written for the tests."""

from __future__ import annotations

import pytest

from matcher.jd import parse_jd
from matcher.jd.fields import check_requirement, valid_fields
from matcher.match.terms import named_terms
from matcher.store.jobs import requirements_hash

POSTING = """Backend Developer
Requirements:
- Experience with one of Java, Kotlin or Scala
- Java, Spring and Docker
- 3+ years of experience in Go or Rust
- Fluent in English
"""
ZH_POSTING = """后端开发
任职要求：
1. 熟悉Java或Python之一
2. 熟练使用Excel、Word
3. 掌握其他外语,如西班牙语、法语或阿拉伯语等者优先考虑
"""


def _by_text(text: str) -> dict[str, dict]:
    (posting,) = parse_jd(text)
    return {r["text"]: r for r in posting["requirements"]}


def test_named_alternatives_are_one_requirement_any_of_which_meets_it():
    reqs = _by_text(POSTING)
    one_of = reqs["Experience with one of Java, Kotlin or Scala"]
    assert one_of["values"] == ["Java", "Kotlin", "Scala"]  # no "one of" inside a value
    assert one_of["any_of"] is True
    assert reqs["Java, Spring and Docker"]["any_of"] is False
    years = reqs["3+ years of experience in Go or Rust"]
    assert years["values"] == ["Go", "Rust"] and years["any_of"] is True
    assert reqs["Fluent in English"]["any_of"] is None  # one value: nothing to choose from


def test_chinese_alternatives():
    reqs = _by_text(ZH_POSTING)
    either = reqs["熟悉Java或Python之一"]
    assert either["values"] == ["Java", "Python"] and either["any_of"] is True
    assert reqs["熟练使用Excel、Word"]["any_of"] is False
    languages = [r for r in reqs.values() if r["kind"] == "language"]
    assert len(languages) == 1 and languages[0]["any_of"] is True


def test_the_matcher_needs_one_named_alternative_and_every_listed_value():
    reqs = _by_text(POSTING)
    assert named_terms(reqs["Experience with one of Java, Kotlin or Scala"]).needed == 1
    assert named_terms(reqs["Java, Spring and Docker"]).needed == 3


def test_any_of_is_checked_as_true_or_false_and_old_digests_stay():
    assert check_requirement({"any_of": "true"}) == {"any_of": True}
    assert check_requirement({"any_of": False}) == {"any_of": False}
    with pytest.raises(ValueError, match="any_of"):
        check_requirement({"any_of": "sometimes"})
    assert valid_fields({"any_of": "garbage"}) == {"any_of": None}
    # a requirement without alternatives digests as it did before the field existed
    plain = {"kind": "skill", "text": "SQL", "must": True, "values": ["SQL"]}
    assert requirements_hash([{**plain, "any_of": None}]) == requirements_hash([plain])
    assert requirements_hash([{**plain, "any_of": True}]) != requirements_hash([plain])


@pytest.mark.parametrize(
    ("line", "any_of"),
    [
        # the "or" group is only part of the clause: what "and" joins before it is asked
        ("Linux administration and scripting in Python or Go", False),
        ("Proficiency with Relativity, Westlaw or Lexis, and Microsoft Office", False),
        ("熟悉办公软件及财务软件或OA软件", False),
        # the whole clause is the group, or its examples follow a marker however joined
        ("Scripting in Python or Go", True),
        ("Configuration tools such as Ansible, Puppet and Chef", True),
        ("Deploying apps to Heroku and/or AWS", True),
    ],
)
def test_alternatives_are_the_members_of_the_or_joined_group_only(line, any_of):
    (req,) = parse_jd(f"Requirements:\n- {line}\n")[0]["requirements"]
    assert req["any_of"] is any_of
