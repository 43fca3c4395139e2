"""Typed verdict rules on parsed values: education, language level, certificate, age,
gender; Chinese and English examples; missing data is unknown, never met."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from matcher.match import judgement, typed
from matcher.match.semantic import Thresholds

TH = Thresholds("t", 0.8, (0.4, 0.5, 0.45), (0.3, 0.4, 0.35), 0.9, 10)
TODAY = date(2026, 11, 28)


def req(kind: str, text: str, **fields) -> dict:
    base = dict.fromkeys(
        ["min_level", "min_years", "max_years", "field", "language", "level", "min_age", "max_age"]
    )
    return {**base, "kind": kind, "text": text, "must": True, "weight": 1.0, "values": []} | fields


def profile(*lines: str, **fields) -> dict:
    sentences, pos = [], 0
    for line in lines:
        sentences.append({"text": line, "section": "other", "start": pos, "end": pos + len(line)})
        pos += len(line) + 1
    base = {"highest_level": None, "experience": [], "total_years": None, "languages": []}
    return (
        base
        | {"certificates": [], "birth": None, "gender": None}
        | fields
        | {"sentences": sentences}
    )


def judge(r: dict, p: dict, sims: list[float] | None = None) -> judgement.Judgement:
    n = len(p["sentences"])
    arr = np.array(sims if sims is not None else [0.5] * n, dtype=np.float32)
    lang = judgement.reason_language(r["text"])
    return typed.judge(r, judgement.Context(p, arr, TH, lang, TODAY))


@pytest.mark.parametrize(
    ("text", "need", "have", "verdict", "reason"),
    [
        ("大专及以上学历", "associate", "bachelor", "met", "本科 ≥ 大专"),
        ("本科及以上学历", "bachelor", "high_school", "unmet", "高中 < 本科"),
        ("Master's degree or above", "master", "associate", "unmet", "associate < master"),
        ("Bachelor's degree or higher", "bachelor", "doctorate", "met", "doctorate ≥ bachelor"),
    ],
)
def test_education_compares_levels(text, need, have, verdict, reason):
    p = profile("2012-2016 某大学 学习", highest_level=have)
    j = judge(req("education", text, min_level=need), p)
    assert (j.verdict, j.reason, j.typed) == (verdict, reason, True)


def test_education_unknown_when_not_stated_in_both_languages():
    p = profile("熟练使用Excel")
    assert judge(req("education", "大专及以上学历", min_level="associate"), p).reason == (
        "简历未写明学历"
    )
    j = judge(req("education", "Associate degree or higher", min_level="associate"), p)
    assert (j.verdict, j.reason) == ("unknown", "no education stated")


def test_education_evidence_is_the_degree_line():
    p = profile("张三", "2015年毕业于某职业技术学院，大专", highest_level="associate")
    j = judge(req("education", "大专及以上学历", min_level="associate"), p)
    assert j.sentence == 1


@pytest.mark.parametrize(
    ("text", "line", "have"),
    [
        ("刚毕业，实习期间学过一点Java", "", 0.0),
        ("Recent graduate who took one Java course", "", 0.0),
        ("驾龄五年", "", 5.0),
        ("Backend developer since 2019", "", 7.0),
        ("2019年至今从事Java后端开发", "", 7.0),
        ("worked there for 18 months", "", 1.5),
    ],
)
def test_stated_years(text, line, have):
    assert typed.stated_years(text, TODAY) == have


@pytest.mark.parametrize(
    ("text", "language", "level", "line", "verdict"),
    [
        ("熟练掌握英语", "english", "fluent", "英语基础较差，仅能阅读简单单词", "unmet"),
        ("熟练掌握英语", "english", "fluent", "英语专业八级", "met"),
        ("熟练掌握英语", "english", "fluent", "英语六级，可作为工作语言", "partial"),
        (
            "Fluent in English",
            "english",
            "fluent",
            "Limited English, can only read simple words",
            "unmet",
        ),
        ("Fluent in Mandarin Chinese", "mandarin", "fluent", "Native Mandarin speaker", "met"),
        ("懂日语", "japanese", None, "日语N1，曾在东京工作两年", "met"),
        ("Japanese language skills", "japanese", None, "Conversational Korean", "unknown"),
        # a level written before the name, past a bracket: "Muttersprache(n) Englisch"
        ("Fluency in English", "english", "fluent", "Muttersprache(n) Englisch", "met"),
        # the asked level read off the clause when the parser left none: "Englisch" stated
        # without a level is partial for "fluent", met for a clause that asks none
        ("fluent in verbal and written English", "english", None, "Sprachen: Englisch", "partial"),
        ("English is a plus", "english", None, "Sprachen: Englisch", "met"),
        # listing a language claims a working command: enough for "good"
        ("Gute Englischkenntnisse", "english", None, "Sprachen: Englisch", "met"),
        # a German CV's letters before their level, and the levels of the European framework
        (
            "fluent in verbal and written English",
            "english",
            None,
            "Einsatz in Lyon (E/F verhandlungssicher, ES Grundkenntnisse)",
            "met",
        ),
        (
            "Fluent Spanish",
            "spanish",
            "fluent",
            "Vertrieb (E/F fließend, ES Grundkenntnisse)",
            "unmet",
        ),
        ("Fluent in English", "english", "fluent", "Englisch C1", "met"),
        ("Gute Deutschkenntnisse", "german", "good", "Deutsch B2 B2 B1 B1 B1", "met"),
        ("English is a plus", "english", None, "Korrespondenz in englischer Sprache", "met"),
    ],
)
def test_language_levels(text, language, level, line, verdict):
    j = judge(req("language", text, language=language, level=level), profile(line))
    assert j.verdict == verdict
    assert j.typed == (verdict in ("met", "unmet", "unknown"))


@pytest.mark.parametrize(
    ("text", "values", "line", "verdict"),
    [
        ("持有C1驾驶证", ["C1驾驶证"], "目前没有驾照", "unmet"),
        ("持有C1驾驶证", ["C1驾驶证"], "有驾照，驾龄五年", "met"),
        (
            "Valid driver's license required",
            [],
            "I do not currently have a driver's license",
            "unmet",
        ),
        ("CPA certification", ["CPA"], "Passed all sections of the CPA exam", "met"),
        ("有注册会计师证书", ["注册会计师"], "正在备考注册会计师", "unmet"),
        ("有教师资格证", ["教师资格证"], "喜欢旅游", "unknown"),
        # a value named by all the words of its name, in another order and spelling
        (
            "ISTQB- Foundation Tester Zertifizierung",
            ["ISTQB- Foundation Tester Zertifizierung"],
            "ISTQB – Certified Tester - Foundation Level",
            "met",
        ),
        # not by some of them
        (
            "ISTQB- Foundation Tester Zertifizierung",
            ["ISTQB- Foundation Tester Zertifizierung"],
            "Tester bei der Foundation X",
            "unknown",
        ),
    ],
)
def test_certificates(text, values, line, verdict):
    sims = [0.2]  # below the partial cut: only naming the certificate makes a line about it
    j = judge(req("certificate", text, values=values), profile(line), sims)
    assert j.verdict == verdict


def test_age_and_gender_rules():
    p = profile("某某", birth="1990-05", gender="female")
    assert judge(req("age", "年龄25-40岁", min_age=25, max_age=40), p).verdict == "met"
    assert judge(req("age", "年龄30岁以下", max_age=30), p).verdict == "unmet"
    assert judge(req("age", "Age 20-30", min_age=20, max_age=30), profile("x")).verdict == "unknown"
    assert judge(req("gender", "限男性"), p).verdict == "unmet"


def test_semantic_kinds_are_not_typed():
    assert judge(req("skill", "熟练使用Excel"), profile("熟练使用Excel")) is None
    assert judge(req("experience", "有餐饮行业经验", field="餐饮行业"), profile("x")) is None


def test_a_level_read_off_the_clause_words_knocks_no_one_out():
    """'Sehr gute Englischkenntnisse' parsed without a level: the level is read off the words
    (fluent), and basic English falls short, but only a parsed level is a knock-out."""
    r = req("language", "Sehr gute Englischkenntnisse", language="english", level=None)
    j = judge(r, profile("Englisch Grundkenntnisse"))
    assert (j.verdict, j.typed) == ("unmet", False)
    j = judge({**r, "level": "fluent"}, profile("Englisch Grundkenntnisse"))
    assert (j.verdict, j.typed) == ("unmet", True)


def test_language_level_on_the_next_line_of_a_list():
    """'Englisch' with 'fließend' on the line below meets a fluent-English requirement; the
    evidence is the line stating the level, which is what the verdict compares (the reason
    names the language)."""
    r = req("language", "Sehr gute Englischkenntnisse", language="english", level="fluent")
    p = profile("Sprachkenntnisse", "Deutsch", "Muttersprache", "Englisch", "fließend")
    j = judge(r, p)
    assert (j.verdict, j.sentence) == ("met", 4)
    listed = judge(r, profile("Sprachkenntnisse", "Englisch fließend", "Deutsch"))
    assert (listed.verdict, listed.sentence) == ("met", 1)  # name and level on one line
    alone = judge(r, profile("Sprachkenntnisse", "Englisch", "Projekte bei der Deutschen Bank"))
    assert alone.verdict == "partial"  # stated without a level


def test_any_other_language_is_met_by_one_besides_the_clauses_own():
    """ "any additional language is a plus" names none: German stated beside English meets it; a
    résumé stating English only says nothing of another."""
    r = req("language", "any additional language is a plus", language="other", values=["other"])
    german = profile(
        "Languages", "English fluent", "German native", languages=[{"language": "german"}]
    )
    j = judge(r, german)
    assert (j.verdict, j.reason) == ("met", "German stated besides")
    # the quoted line states the language, not the first holding one of its hint strings (a
    # German CV's letter codes hide in words: "Grundkenntnisse", a list of cloud services)
    table = profile(
        "Kenntnisse",
        "Amazon Elastic Compute Cloud, Datadog, Vault",
        "Grundkenntnisse",
        "Sprachen",
        "Deutsch",
        "Muttersprache",
        languages=[{"language": "german", "level": "native"}],
    )
    j = judge(r, table)
    assert (j.verdict, table["sentences"][j.sentence]["text"]) == ("met", "Deutsch")
    only = profile("Languages", "English fluent", languages=[{"language": "english"}])
    j = judge(r, only)
    assert (j.verdict, j.reason) == ("unknown", "no other language stated")


def test_a_sentence_naming_a_language_does_not_borrow_the_next_lines_level():
    """Only a line that is the language's name alone takes the level under it: the e-mail line
    must not read '熟练' from the skills line below, and the evidence is the CET-6 line."""
    r = req("language", "熟练掌握英语", language="english", level="fluent")
    p = profile(
        "负责海外客户的售后服务，使用英语邮件沟通。",
        "熟练使用 Excel、CRM 系统；",
        "英语六级（CET-6）",
    )
    j = judge(r, p)
    assert (j.verdict, j.sentence) == ("partial", 2)


def test_a_spoken_fluency_clause_lifts_a_test_level_on_the_same_line():
    """英语六级（CET-6），口语流利 meets 熟练掌握英语; a line naming two languages does not lend
    one's fluency to the other, and a long clause (熟练使用Excel) is no fluency statement."""
    r = req("language", "熟练掌握英语", language="english", level="fluent")
    assert judge(r, profile("英语六级（CET-6），口语流利。")).verdict == "met"
    assert judge(r, profile("英语六级，日语口语流利。")).verdict == "partial"
    assert judge(r, profile("英语六级，熟练使用Excel和PPT。")).verdict == "partial"


def test_a_toeic_score_is_a_level_by_its_cefr_band():
    """TOEIC 945 and above is C1 (meets fluent), 785 B2 (one step below: partial); the score is
    the first three-digit number after it that is no part of a date."""
    r = req("language", "Fluency in written and spoken English", language="english", level="fluent")
    assert judge(r, profile("TOEIC 960 (2019)")).verdict == "met"
    gold = "Gute Kenntnisse in Englisch: TOEIC-Zertifikat Gold vom 03.05.2016 (880 von 990 Punkten)"
    assert judge(r, profile(gold)).verdict == "partial"
    assert judge(r, profile("TOEIC 2019, score pending")).verdict != "met"


@pytest.mark.parametrize(
    "text",
    [
        "BA in International Business, Leeds",
        "MA (Hons) History",
        "August 2000 B.E Electronics Pune University",
        "August 2013 to July 2016 BE Computer Engineering Nashik",
        "M.E. in Structural Engineering",
        "Dipl.Ing.(FH) Technische Informatik",
        "英语六级（CET-6），口语流利",
        "专业四级",
        "汉语水平考试五级",
        "IELTS 7.0",
        "TOEIC 880",
        "JLPT N1",
        "Deutsch Muttersprache",
        "Einsatz in Lyon (E/F verhandlungssicher, ES Grundkenntnisse)",
        "D Muttersprache, EN C1",
        "Korrespondenz in englischer und französischer Sprache",
        "Englisch C2",
        "Associate Degree in Nursing",
        "Abitur 1995",
        "BEng Mechatronics, TU Delft, 2014-2018",
        "MEng Civil Engineering, University of Bristol",
        "HND Computing, Glasgow Kelvin College",
    ],
)
def test_the_typed_line_hints_cover_every_level_and_language_scan(text):
    """The typed rules read only lines holding a hint word of the level or language they look
    for: a line the level or language scanners find something in must hold one of that level's
    or language's hints, or its evidence is lost."""
    from matcher.vocab import language_hint_words, language_mentions, level_hint_words, level_spans

    found = [("level", lv) for lv, _, _ in level_spans(text)]
    found += [("language", m["language"]) for m in language_mentions(text)]
    assert found
    for what, name in found:
        hints = level_hint_words(name) if what == "level" else language_hint_words(name)
        assert any(w in text.lower() for w in hints), (what, name)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "(E/F verhandlungssicher, ES Grundkenntnisse)",
            "english fluent, french fluent, spanish basic",
        ),
        ("D Muttersprache, EN C1", "german native, english fluent"),
        ("in englischer und französischer Sprache", "english -, french -"),
        ("englischsprachige Dokumentation", "english -"),
        ("Englischkenntnisse sehr gut", "english fluent"),
        ("Deutsch B2, Englisch A2", "german good, english basic"),
        # not a language: computing, a bank, a country, a driving licence class, a company word
        ("IT: sehr gut", ""),
        ("Projekte bei der Deutschen Bank in Germany", ""),
        ("C1驾照，English", "english -"),
        ("Englishman Consulting Ltd", ""),
        # a database's or a cloud service's name is no language code glued to a level
        ("Java EE, Tomcat, DB2.", ""),
        ("Amazon EC2, S3", ""),
        ("D: B2, EN-C1", "german good, english fluent"),
        # a university named after a language names none
        ("获得香港中文大学工商管理学士学位", ""),
        ("中文流利", "chinese fluent"),
        ("German -- average level", "german basic"),  # 一般, said in English
    ],
)
def test_language_mentions_read_whole_words_letters_and_framework_levels(text, found):
    """Languages are whole words (or a German adjective of one before Sprache), German CVs'
    letters before a level (E/F verhandlungssicher), and A1-C2 levels next to a name."""
    from matcher.vocab import language_mentions

    said = [f"{m['language']} {m['level'] or '-'}" for m in language_mentions(text)]
    assert ", ".join(said) == found


def test_be_and_me_without_dots_are_degrees_only_before_an_engineering_branch():
    from matcher.vocab import level_spans

    assert [lv for lv, _, _ in level_spans("2016 BE Computer Engineering, Pune")] == ["bachelor"]
    assert [lv for lv, _, _ in level_spans("ME (Mechanical), 2018")] == ["master"]
    for text in ("It will BE Great Fun", "CONTACT ME Phone Number", "TO BE CONTINUED"):
        assert level_spans(text) == []


def test_a_short_degree_line_is_quoted_as_evidence():
    p = profile("Education", "BA in International Business, Leeds", highest_level="bachelor")
    j = judge(req("education", "Bachelor's degree required", min_level="bachelor"), p)
    assert (j.verdict, j.sentence) == ("met", 1)


@pytest.mark.parametrize(
    ("text", "school", "reason"),
    [
        (
            "本科及以上学历",
            "某某理工大学",
            "高中 < 本科，另有某某理工大学学习经历（学位未写明）",
        ),
        (
            "Bachelor's degree in Computer Science",
            "Amman Arab University",
            "high school < bachelor, but studied at Amman Arab University (degree not named)",
        ),
    ],
)
def test_university_study_without_a_named_degree_is_partial_not_a_knock_out(text, school, reason):
    # The résumé names only the high-school leaving certificate, but also lists studies at a
    # university without their degree: the named level is not all there is.
    education = [{"level": "high_school", "school": None}, {"level": None, "school": school}]
    p = profile(
        "Abitur 2004", f"2005-2009 {school}", highest_level="high_school", education=education
    )
    j = judge(req("education", text, min_level="bachelor"), p)
    assert (j.verdict, j.typed, j.reason) == ("partial", False, reason)
    # a vocational school is no such study; a master floor above a named bachelor stays unmet
    vocational = [{"level": None, "school": "Vocational School Fagaras"}]
    p = profile("Abitur 2004", highest_level="high_school", education=vocational)
    assert judge(req("education", text, min_level="bachelor"), p).verdict == "unmet"
    p = profile("BSc 2009", highest_level="bachelor", education=education)
    assert judge(req("education", "Master's degree", min_level="master"), p).verdict == "unmet"


def test_a_similar_line_denying_something_else_does_not_unhold_a_certificate():
    # "nicht in Projektliste enthalten" denies a project listing, not the ITIL certificate.
    r = req("certificate", "ITIL Foundation certificate", values=["ITIL"])
    p = profile("SAP F&R-Schnittstellen Projekt nicht in Projektliste enthalten", "Teamleitung")
    j = judge(r, p, [0.9, 0.1])
    assert j.verdict != "unmet" and "not held" not in j.reason
    # a similar denial that speaks of certificates still says it is not held
    cpa = req("certificate", "CPA certification", values=["CPA"])
    p = profile("Currently studying for an entry-level bookkeeping certificate")
    assert judge(cpa, p, [0.5]).verdict == "unmet"
    # a line naming the certificate and denying it is still the direct evidence, whatever
    # else is similar
    p = profile("IT Service Management Berater", "ITIL-Zertifizierung noch nicht abgeschlossen")
    j = judge(r, p, [0.9, 0.5])
    assert (j.verdict, j.sentence) == ("unmet", 1)


def test_a_language_requirement_with_alternatives_is_met_by_any_one_of_them():
    """掌握其他外语,如西班牙语、法语或阿拉伯语等: one requirement, any language of its values."""
    r = req(
        "language",
        "掌握其他外语,如西班牙语、法语或阿拉伯语等者优先考虑",
        language="spanish",
        values=["spanish", "french", "arabic"],
        must=False,
    )
    french = judge(r, profile("语言：法语 流利", "2015-2019 某大学 法语专业"))
    assert french.verdict == "met" and "法语" in french.reason
    none = judge(r, profile("语言：英语 CET-6"))
    assert none.verdict == "unknown"


def test_a_language_requirement_asking_every_language_is_as_met_as_the_least_shown():
    """ "Fluent in German and English" (any_of false): fluent German and English meets it; only
    one of them fluent, the other not stated, does not."""
    r = req(
        "language",
        "Fluent in German and English",
        language="german",
        level="fluent",
        values=["german", "english"],
        any_of=False,
    )
    both = judge(r, profile("Languages: German (native), English (fluent)"))
    assert both.verdict == "met"
    one = judge(r, profile("Languages: German (native)"))
    assert one.verdict != "met"
    alternatives = judge({**r, "any_of": True}, profile("Languages: German (native)"))
    assert alternatives.verdict == "met"
    # English stated below the level and German not stated: the clause is failed, not unknown
    below = judge(r, profile("Languages: English (basic)"))
    assert below.verdict == "unmet"


def test_a_certificate_must_be_the_one_asked_or_of_its_kind():
    """A held certificate meets a clause only when it is the one the clause names; one of the
    same kind (AWS for Azure: both cloud) is partial; any other says nothing (unknown)."""
    cloud = profile(
        "ITIL Foundation Certificate v2011 IT-service management",
        "AWS Certified Solutions Architect - Associate (2018)",
        "Python developer at Hafenwerk",
        certificates=["ITIL Foundation Certificate v2011 IT-service management"],
    )
    azure = req("certificate", "Azure certifications preferred")
    j = judge(azure, cloud, [0.8, 0.6, 0.1])
    assert (j.verdict, j.sentence) == ("partial", 1)
    assert j.reason == "a certificate of the same kind: AWS Certified Solutions Archit"
    itil = req("certificate", "ITIL certification preferred", values=["ITIL"])
    assert (judge(itil, cloud, [0.8, 0.6, 0.1]).verdict, judge(itil, cloud).reason) == (
        "met",
        "holds ITIL",
    )
    # only other certificates, or a similar line holding none: nothing of this one
    scrum = profile("Zertifizierter Scrum Master und Product Owner", "Azure DevOps pipelines")
    assert judge(azure, scrum, [0.75, 0.5]).verdict == "unknown"
    # "ITIL certification": a line naming ITIL as a method holds no certificate, even where
    # the parser lists ITIL among the certificates; "ITIL v3 Foundation" does
    topic = profile(
        "Methodical knowledge: IT service management with ITIL",
        "SAP Certified Development Associate - Process Integration",
        certificates=["ITIL", "SAP Certified Development Associate"],
    )
    assert judge(itil, topic, [0.8, 0.6]).verdict == "unknown"
    assert judge(itil, profile("ITIL v3 Foundation (2016)"), [0.2]).verdict == "met"
    # a certificate's full name of three words or more is no topic: naming it holds it
    names = ["Certified Scrum Master", "Professional Scrum Master", "SAFe Scrum Master"]
    scrum_cert = req(
        "certificate",
        "Zertifizierung als ScrumMaster (Certified Scrum Master, Professional Scrum Master, SAFe"
        " Scrum Master oder vergleichbare Zertifikate)",
        values=names,
        any_of=True,
    )
    psm = judge(scrum_cert, profile("PSM I - Professional Scrum Master I (Scrum.org)"), [0.3])
    assert (psm.verdict, psm.reason) == ("met", "holds Professional Scrum Master")
    assert judge(scrum_cert, profile("Scrum Master, Beispiel GmbH"), [0.3]).verdict != "met"
    # a grade word after some other name is no certificate: Team Foundation Server is a tool
    tfs = profile("Scrum, Kanban, Team Foundation Server, Azure DevOps")
    assert judge(azure, tfs, [0.8]).verdict == "unknown"
    # a clause naming no Latin name keeps the similar line about some certificate as partial
    some = req("certificate", "有相关证书者优先")
    assert judge(some, profile("持有会计从业资格证书"), [0.6]).verdict == "partial"


def test_a_licence_clause_names_no_certificate_by_its_adjective_or_class():
    """ "Valid driver's license": Valid is no certificate's name; "C1驾驶证": a class of the driving
    licence family. A line about a licence stays a similar certificate line (partial)."""
    line = profile("Licensed driver with a clean record for 10 years")
    for text, values in [("Valid driver's license required", []), ("持有C1驾驶证", ["C1驾驶证"])]:
        assert judge(req("certificate", text, values=values), line, [0.9]).verdict == "partial"


@pytest.mark.parametrize(
    ("values", "line", "verdict"),
    [
        # the parser's names of "CKA or AWS certifications": either one held meets it
        (["CKA", "AWS"], "Certified Kubernetes Administrator (CKA), 2023", "met"),
        (["CKA", "AWS"], "AWS Certified Developer - Associate certificate, 2022", "met"),
        # a short name counts as a whole word only: no "cka" in "hackathon", no "rn" in "modern"
        (["CKA", "AWS"], "Certified trainer for hackathons and web tooling", "unknown"),
        (["RN"], "Certified in modern learning design", "unknown"),
        (["RN"], "RN licence, State of Ohio, 2019", "met"),
        # a CDL by either order of its words: one family
        (["CDL Class A"], "Class A CDL holder since 2016", "met"),
    ],
)
def test_a_certificate_is_met_by_a_line_naming_one_of_its_values(values, line, verdict):
    r = req("certificate", "CKA or AWS certifications", values=values, any_of=len(values) > 1)
    if values == ["RN"]:
        r["text"] = "RN license required"
    if values == ["CDL Class A"]:
        r["text"] = "Valid CDL Class A"
    assert judge(r, profile(line), [0.2]).verdict == verdict


def test_a_named_cloud_certificate_still_finds_one_of_its_kind():
    cloud = profile("AWS Certified Solutions Architect - Associate (2018)")
    azure = req("certificate", "Azure certifications preferred", values=["Azure"])
    assert judge(azure, cloud, [0.6]).verdict == "partial"


def test_languages_asked_at_their_own_levels_are_each_judged_at_their_own():
    """ "Fluent German, good English": one requirement; fluent German with good English meets
    it, good German does not (German asks fluent), and English below good fails it."""
    r = req(
        "language",
        "Fluent German, good English",
        language="german",
        level="fluent",
        levels={"german": "fluent", "english": "good"},
        values=["german", "english"],
        any_of=False,
    )
    assert judge(r, profile("Languages: German (fluent), English (good)")).verdict == "met"
    # English at good is enough for its own level, though below the requirement's first one
    assert judge(r, profile("Languages: German (native), English (good)")).verdict == "met"
    assert judge(r, profile("Languages: German (basic), English (fluent)")).verdict == "unmet"


def test_a_clause_taking_an_equivalent_makes_a_lower_level_partial_without_a_knock_out():
    p = profile("Education", "2008 Fachhochschulreife, 2011 Diploma in Network Administration")
    p["highest_level"] = "associate"
    equivalent = req("education", "BS/BA degree or equivalent experience", min_level="bachelor")
    j = judge(equivalent, p)
    assert (j.verdict, j.typed) == ("partial", False)
    assert j.reason == "associate < bachelor; the clause takes an equivalent"
    # a degree alone asked: the lower level is unmet and knocks out
    j = judge(req("education", "Bachelor's degree", min_level="bachelor"), p)
    assert (j.verdict, j.typed) == ("unmet", True)


def test_a_degree_whose_level_is_not_named_is_a_bachelors():
    p = profile("Education", "National Mining University, 2006-2011", "Honours Degree in Physics")
    j = judge(req("education", "Bachelor's degree required", min_level="bachelor"), p)
    assert (j.verdict, j.sentence) == ("met", 2)
    p = profile("Education", "Degree in Applied Mathematics, Riga Technical University")
    j = judge(req("education", "Bachelor's degree required", min_level="bachelor"), p)
    assert (j.verdict, j.sentence) == ("met", 1)
