"""Fingerprints: exact hash, simhash near-duplicates, shared contacts."""

from __future__ import annotations

from matcher.resume.fingerprint import fingerprint, same_person, simhash

TEXT = (
    "孙悦\n教育背景\n2008.09-2012.06 西南财经大学 市场营销 本科\n工作经历\n"
    "2012.07-2016.06 成都某某商贸有限公司 客服专员，处理电话与在线咨询，月均满意度98%。\n"
    "2016.07-至今 重庆某某电子商务有限公司 客服主管，负责投诉处理、质检抽查与新人培训，"
    "带领12人团队，建立知识库并将平均响应时间缩短一半。\n"
    "专业技能\n熟练使用Excel、CRM系统；普通话二级甲等，英语CET-4。\n"
    "自我评价\n耐心细致，抗压能力强，善于协调跨部门问题。"
)


def test_hash_ignores_whitespace_and_case():
    a = fingerprint(TEXT, [], [])
    b = fingerprint(TEXT.replace("，", " ，\n"), [], [])
    assert a["text_hash"] == b["text_hash"]
    assert len(a["simhash"]) == 16 and int(a["simhash"], 16) == simhash(TEXT)


def test_near_identical_text_is_the_same_person_other_text_is_not():
    base = fingerprint(TEXT, [], [])
    edited = fingerprint(TEXT.replace("团队培训", "团队辅导", 1), [], [])
    other = fingerprint("Liam Walsh, data engineer: Spark, Airflow, dbt. " * 5, [], [])
    assert same_person(base, edited)
    assert not same_person(base, other)


def test_shared_contact_is_the_same_person():
    a = fingerprint("one text", ["a@example.com"], [])
    b = fingerprint("a different text entirely", ["a@example.com"], [])
    c = fingerprint("yet another", [], ["+8613800138000"])
    d = fingerprint("and one more", [], ["+8613800138000"])
    assert same_person(a, b) and same_person(c, d)
    assert not same_person(a, c)


def test_one_template_filled_in_by_two_people_is_two_people():
    """Texts with the same simhash but not the same text (an agency's form, a class's template)
    whose e-mails differ are two candidates; without contacts they stay one; the very same text
    is one résumé whatever its contacts."""
    a = fingerprint(TEXT, ["sun.yue@example.com"], [])
    b = {**a, "emails": ["li.na@example.com"], "text_hash": "0" * 64}  # near-identical text
    assert not same_person(a, b)
    assert same_person({**a, "emails": []}, {**b, "emails": []})
    assert same_person(a, fingerprint(TEXT, ["other@example.com"], []))
