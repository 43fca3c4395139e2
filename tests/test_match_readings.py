"""The readings kept per résumé across shortlists (matcher.match.readings): a shortlist computed
with them is the one computed without, verdict for verdict, for the same job, after another
job, and after the cache was emptied; they hold no words of a résumé and stay bounded."""

from __future__ import annotations

import json

import pytest

from matcher.jd import parse_jd
from matcher.match import rank, readings
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder

JOB = """客服主管
任职要求：
1. 大专及以上学历，市场营销相关专业
2. 三年以上客服管理经验
3. 熟练使用Excel、Word等办公软件
4. 英语四级以上
5. 具有良好的沟通能力和团队管理能力
6. 有电商行业经验者优先
"""
OTHER_JOB = """Operations Lead
Requirements:
- Bachelor's degree in Business Administration
- 5+ years of experience in store operations
- Fluent English; Mandarin a plus
- Strong leadership and stakeholder management skills
- Knowledge of SAP and Excel
"""
# Fictional people.
RESUMES = {
    "zh_lead.txt": "林晓雯\n教育背景\n2008-2011 广州番禺职业技术学院 大专 市场营销\n工作经历\n"
    "2015.03-至今 某电商公司 客服主管\n带领12人客服团队，处理客户投诉，月度满意度98%\n"
    "2011.07-2015.02 某商贸公司 客服专员\n负责售后咨询，熟练使用Excel制作日报\n"
    "技能\n英语四级，熟练使用Word、Excel\n",
    "zh_silent.txt": "陈一鸣\n自我评价\n性格开朗，热爱生活，学习能力强\n",
    "en_ops.txt": "Alex Morgan\nExperience\nStore Manager, Retail Co. 2016-2024\n"
    "Led a team of 15 and negotiated supplier contracts with stakeholders\n"
    "Handled customer complaints and trained new staff in SAP and Excel\n"
    "Education\nBachelor of Business Administration, 2012-2016\nLanguages\nEnglish (fluent)\n",
    "mixed.txt": "周Ken\n工作经历\n2019-01 - 2023-06 外贸公司 业务经理\n"
    "负责海外客户沟通，Customer service for international buyers\n"
    "教育背景\n2014-2018 某大学 本科 国际贸易\n技能\nCET-6，办公软件\n",
}


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=repr)


@pytest.fixture
def pool() -> list[tuple[str, dict]]:
    return [(name, parse_resume(text, today="2026-11-28")) for name, text in RESUMES.items()]


@pytest.fixture(autouse=True)
def empty_readings():
    readings.clear()
    yield
    readings.clear()


def test_kept_readings_change_no_verdict_score_reason_or_order(pool):
    zh, en = parse_jd(JOB)[0], parse_jd(OTHER_JOB)[0]
    encoder = FakeEncoder(model_id="fake@readings")
    cold = dump(rank(zh, pool, encoder, keep_signals=True))
    assert len(readings._KEPT) == len(pool)  # every résumé's line readings were kept
    kept = sum(len(found) for found in readings._KEPT.values())
    assert kept > len(pool)  # and more than one reading each
    assert dump(rank(zh, pool, encoder, keep_signals=True)) == cold  # read from the cache
    other = dump(rank(en, pool, encoder, keep_signals=True))  # another job's readings added
    assert sum(len(found) for found in readings._KEPT.values()) > kept
    assert dump(rank(zh, pool, encoder, keep_signals=True)) == cold
    readings.clear()
    assert dump(rank(en, pool, encoder, keep_signals=True)) == other  # the other job cold


def test_kept_readings_hold_line_numbers_not_words(pool):
    rank(parse_jd(JOB)[0], pool, FakeEncoder(model_id="fake@words"))
    for found in readings._KEPT.values():
        assert "lowered" not in found
        for value in found.values():
            items = value if isinstance(value, list | set | tuple) else [value]
            # a facet's (shown, suggested) lines: two lists of line numbers
            items = [i for item in items for i in (item if isinstance(item, list) else [item])]
            # line numbers, or the names of the languages a résumé is written in
            assert all(isinstance(i, int) or i in ("chinese", "english") for i in items)


def test_same_lines_share_readings_and_the_cache_is_bounded(pool, monkeypatch):
    name, profile = pool[0]
    copy = parse_resume(RESUMES[name], today="2026-11-28")
    assert readings.key(copy) == readings.key(profile)
    assert readings.key(pool[1][1]) != readings.key(profile)
    monkeypatch.setattr(readings, "KEEP", 2)
    rank(parse_jd(JOB)[0], pool, FakeEncoder(model_id="fake@bound"))
    assert len(readings._KEPT) == 2
    # the least recently used went first: the last two résumés ranked are kept
    assert list(readings._KEPT) == [readings.key(p) for _, p in pool[-2:]]


# A posting whose named terms sit on lines that hold a word of them without naming them
# (JavaScript, Spring alone, Rediss), a list of majors read on the education lines, and
# a field whose years a line states; the same terms asked again in other words.
TERMS_JOB = """Java后端开发工程师
任职要求：
1. 计算机科学、软件工程等相关专业本科
2. 5年以上Java开发经验
3. 熟悉Spring Boot、MySQL和Redis
4. 有微服务架构经验者优先
"""
SAME_TERMS_JOB = """后端工程师
任职要求：
1. 熟悉Spring Boot、MySQL和Redis，能独立排查线上问题
2. 3年以上Java开发经验
"""
# Fictional people.
TERMS_RESUMES = {
    "spring.txt": "赵春生\n教育背景\n2009-2013 某理工大学 软件工程 本科\n自我评价\n"
    "拥有6年Java开发经验，熟悉Spring Boot和MySQL\n组织公司Spring Festival联欢活动\n"
    "负责JavaScript前端页面与Boot Camp培训\n",
    "script.txt": "钱文\n工作经历\n2018-01 - 2024-06 某科技公司 前端工程师\n"
    "熟悉Spring季招聘、My SQL和Rediss排查\n使用JavaScript和TypeScript开发页面，Redis缓存设计\n"
    "教育背景\n"
    "2014-2018 某学院 计算机科学 学士\n",
    "micro.txt": "Sam Lee\nExperience\nBackend Engineer, Shop Co. 2019-2024\n"
    "Built micro-services in Java with Spring Boot, MySQL and Redis\n"
    "Education\nB.Sc. Computer Science, 2015-2019\n",
}


def test_kept_term_lines_and_stated_lines_change_no_verdict(monkeypatch):
    """The lines holding a word of a requirement's terms (and which of them name one, marked as
    read), and the lines that may state a field's years, are kept per résumé: a shortlist read
    with them, from them, after another job marked some, and with nothing kept at all, is the
    same verdict for verdict."""
    pool = [(n, parse_resume(t, today="2026-11-28")) for n, t in TERMS_RESUMES.items()]
    job, same_terms = parse_jd(TERMS_JOB)[0], parse_jd(SAME_TERMS_JOB)[0]
    encoder = FakeEncoder(model_id="fake@terms")
    cold = dump(rank(job, pool, encoder, keep_signals=True))
    kept = [found for found in readings._KEPT.values()]
    term_lines = [v for found in kept for k, v in found.items() if k[0] == "term lines"]
    marks = [m for _, ms in term_lines for m in ms]
    assert 0 in marks and 1 in marks  # lines holding a term's word, naming one and not
    assert any(k[0] == "stated" and v for found in kept for k, v in found.items())
    assert dump(rank(job, pool, encoder, keep_signals=True)) == cold
    for _, found in term_lines:  # lines not read yet, as after a job that read another order
        found[:] = [-1] * len(found)
    assert dump(rank(job, pool, encoder, keep_signals=True)) == cold
    readings.clear()
    rank(same_terms, pool, encoder, keep_signals=True)  # marks some lines in its own order
    assert dump(rank(job, pool, encoder, keep_signals=True)) == cold
    # nothing kept: every reading made again for each résumé
    monkeypatch.setattr("matcher.match.engine.readings.cache_for", lambda profile: {})
    assert dump(rank(job, pool, encoder, keep_signals=True)) == cold


def test_a_line_touching_a_field_is_read_once_and_kept_as_a_mark(monkeypatch):
    """field_experience.touches_line: whether a line touches a field, as touches() says, kept
    with the résumé's readings by line number: asked again, the mark answers (touches() is
    not called), for each line and for two fields apart."""
    from matcher.match import field_experience

    profile = parse_resume(RESUMES["mixed.txt"], today="2026-11-28")
    sentences = profile["sentences"]
    cache = readings.cache_for(profile)
    fields = ("国际贸易", "客服管理")
    first = {
        (f, i): field_experience.touches_line(f, sentences, i, cache)
        for f in fields
        for i in range(len(sentences))
    }
    assert first == {
        (f, i): field_experience.touches(f, s["text"])
        for f in fields
        for i, s in enumerate(sentences)
    }
    assert True in first.values() and False in first.values()

    def unread(*_):
        raise AssertionError("read again")

    monkeypatch.setattr(field_experience, "touches", unread)
    again = readings.cache_for(profile)  # the next shortlist's cache: the marks were kept
    assert {
        (f, i): field_experience.touches_line(f, sentences, i, again) for f, i in first
    } == first
