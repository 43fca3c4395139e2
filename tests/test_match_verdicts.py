"""Learned verdicts (matcher.match.verdicts): each kind read by what proves it, the rules' caps,
the shipped model, and reasons built in one place per language. Résumés are fictional people."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.match import evidence, terms, verdicts
from matcher.match.engine import evaluate_batch
from matcher.match.reasons import TEMPLATES, Reason, joined, render
from matcher.resume import parse_resume
from tests.fake_encoder import FakeEncoder
from tests.test_match_engine import requirement

TODAY = "2026-11-28"
SUPPORT = (
    "王芳\n工作经历\n2012.03-2020.03 上海华贸进出口公司 客服主管\n带领6人客服团队，处理客户投诉\n"
    "2020.04-至今 杭州云商公司 客服经理\n"
)
ACCOUNTANT = (
    "Anna Berg\nExperience\n2010-2022 Accountant at Nordbank AG\nPrepared monthly balance sheets\n"
)
UNDATED = "Li Wei\nSummary\nAccountant with a taste for numbers\n"
LEADER = (
    "Tom Hart\nExperience\n2019-2024 Team lead at Kaffee AG\n"
    "Led a team of 6 baristas and handled customer complaints\n"
)
TITLED = "Tom Hart\nExperience\n2019-2024 Sales Manager at Kaffee AG\n"


def read(req: dict, text: str) -> verdicts.Signals:
    profile = parse_resume(text, today=TODAY)
    lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
    sims = np.zeros(len(profile["sentences"]))
    return verdicts.read(req, profile, sims, terms.named_terms(req), lowered), profile


def feature(signals: verdicts.Signals, name: str) -> float:
    return float(signals.x[verdicts.FEATURES.index(name)])


def test_field_experience_counts_the_dated_entries_in_the_field_once():
    req = requirement("experience", "具有3年以上客服管理经验", min_years=3, field="客服管理")
    got, profile = read(req, SUPPORT)
    # 2012-03..2020-03 and 2020-04..2026-11: 97 + 80 months, neither counted twice
    assert feature(got, "field_met") == 1.0
    assert joined(got.reasons, "zh") == ("客服主管 2012–2020、客服经理 2020–2026，14.8 年 ≥ 3 年")
    assert profile["sentences"][got.sentence]["text"].startswith("2012.03-2020.03")
    assert got.cap == "met"


def test_a_named_language_is_not_named_by_a_longer_word_that_starts_with_it():
    # a web developer's JavaScript is no Java work: "3+ years experience in Ruby, Java, Python"
    # stays outside their career (it was 'met' by "Website Developer 2016–2019, 10 years")
    web = {"title": "Website Developer", "start": "2016-01", "months": 131}
    web["description"] = "Sprachen: HTML CSS Javascript Jquery PHP"
    assert not evidence.field_work("Ruby, Java, Python", [web]).entries
    assert not evidence.names("Java", "javascript developer", share=0.5)
    assert not evidence.names("SQL", "used sqlite daily")
    # nor is an alias: "import" is not in "important", "office" not in "officer"
    assert not evidence.names("国际贸易", "reported on important milestones")
    assert evidence.names("国际贸易", "handled imports from korea")
    assert not evidence.names("办公软件", "chief officer of the board", share=0.5)
    assert evidence.names("沟通", "communicated with clients")  # a stem names every word it starts
    # inflections still name the word
    assert evidence.names("test automation", "testing and automated builds", share=0.5)
    assert evidence.names("Java", "java/spring developer")


def test_a_career_wholly_elsewhere_is_unmet_and_no_dated_history_is_unknown():
    req = requirement("experience", "有相关海外贸易或国际贸易经验", field="海外贸易或国际贸易")
    got, _ = read(req, ACCOUNTANT)
    assert feature(got, "field_unmet") == 1.0 and got.negative == "unmet"
    assert (
        render(got.reasons[0], "en") == "no work history in 海外贸易或国际贸易 (12 years elsewhere)"
    )
    got, _ = read(req, UNDATED)
    assert feature(got, "field_unknown") == 1.0
    assert (got.cap, got.negative) == ("not", "unknown")
    assert render(got.reasons[0], "zh") == "无注明日期的工作经历"
    # the shipped model agrees: the accountant does not meet it
    got = verdicts.decide(
        read(req, ACCOUNTANT)[0], verdicts.shipped().proba(read(req, ACCOUNTANT)[0].x)[0], "zh"
    )
    assert got.verdict == "unmet" and got.score < 0.3


@pytest.mark.parametrize(
    ("clause", "field", "text", "reason", "verdict"),
    [
        # a recent graduate's line about the field states zero years: unmet, whatever the model
        (
            "五年以上Java开发经验",
            "Java开发",
            "李明\n刚毕业，实习期间学过一点Java开发\n",
            '"刚毕业，实习期间学过一点Java开发": 0 years < 5',
            "unmet",
        ),
        (
            "5+ years of Java development experience",
            "Java development",
            "Tom Lee\nSummary\nRecent graduate who took one Java development course\n",
            '"Recent graduate who too…": 0 years < 5',
            "unmet",
        ),
        # a dated career as a cook is no Java; no dated history at all says nothing
        (
            "5 years of Java",
            "Java",
            "Tom Lee\nExperience\n2018-2024 Cook at Diner Ltd\n",
            "no work history in Java (6 years elsewhere)",
            "unmet",
        ),
        ("三年以上销售经验", "销售", "王五\n热爱生活\n", "no dated work history", "unknown"),
    ],
)
def test_years_in_a_field_with_the_shipped_model(clause, field, text, reason, verdict):
    need = 3.0 if clause.startswith("三") else 5.0
    req = requirement("experience", clause, min_years=need, field=field)
    got, _ = read(req, text)
    assert joined(got.reasons, "en") == reason
    assert verdicts.decide(got, verdicts.shipped().proba(got.x)[0], "en").verdict == verdict


def test_a_competency_is_met_only_on_a_concrete_line_and_a_title_alone_is_at_most_partial():
    req = requirement("competency", "具备较强的团队管理能力", values=["团队管理能力"])
    concrete, profile = read(req, LEADER)
    assert feature(concrete, "shown") == 1.0 and concrete.cap == "met"
    assert "Led a team of 6" in profile["sentences"][concrete.sentence]["text"]
    assert render(concrete.reasons[0], "en").startswith("concrete leading: Led a team of 6")
    titled, profile = read(req, TITLED)
    assert feature(titled, "suggested") == 1.0 and titled.cap == "partial"
    assert render(titled.reasons[0], "zh").endswith("涉及领导组织，无具体事例")
    # however sure the model is, a title alone is partial
    assert verdicts.decide(titled, np.array([0.99, 0.005, 0.005]), "zh")[0] == "partial"
    silent, _ = read(req, UNDATED)
    # no concrete line, no role, no related work: the résumé is silent on it
    assert silent.cap == "not" and silent.sentence is None
    assert verdicts.decide(silent, np.array([0.9, 0.05, 0.05]), "zh")[0] == "unknown"


def test_every_verdict_comes_with_a_reason_that_supports_it():
    req = requirement("experience", "有相关海外贸易或国际贸易经验", field="海外贸易或国际贸易")
    elsewhere, profile = read(req, ACCOUNTANT)
    sure = np.array([0.05, 0.9, 0.05])  # the model says partial
    # a career elsewhere and no line related enough to quote: what the reading shows, unmet
    got = verdicts.decide(elsewhere, sure, "zh")
    assert got.verdict == "unmet" and got.reason.startswith("工作经历均不在")
    # with a related line the partial quotes it, and the reason says so
    elsewhere.related, elsewhere.related_text = 2, profile["sentences"][2]["text"]
    got = verdicts.decide(elsewhere, sure, "zh")
    assert got.verdict == "partial" and got.sentence == 2
    assert got.reason == (
        "工作经历均不在海外贸易或国际贸易（共 12 年）；相关：“Prepared monthly balance shee…”"
    )
    # a reading that would be met but a model that says partial: the reason does not claim met
    field_req = requirement("experience", "具有3年以上客服管理经验", min_years=3, field="客服管理")
    found, _ = read(field_req, SUPPORT)
    got = verdicts.decide(found, sure, "en")
    assert got.verdict == "partial" and got.reason.endswith("; not enough to call it met")
    # a reading of some of it ("similar line") and a model that says not: the reason says the
    # line was too weak, and no line is quoted beside the unknown
    similar = verdicts.Signals(np.zeros(len(verdicts.FEATURES)), 2, [Reason("similar", {})])
    similar.cap = "partial"
    got = verdicts.decide(similar, np.array([0.05, 0.1, 0.85]), "en")
    assert got.verdict == "unknown" and got.sentence is None
    assert got.reason == "similar line; not enough to call it partial"
    # an undated entry in the field is named by its title, else its employer
    untitled = {"title": None, "organisation": "上海某某公司", "months": None}
    profile = {"experience": [untitled | {"description": "客服管理工作"}], "sentences": []}
    undated = verdicts.read(field_req, profile, np.zeros(0), terms.named_terms(field_req), "")
    assert joined(undated.reasons, "zh") == "上海某某公司（未注明年限）"


def test_chinese_terms_are_matched_by_name_or_alias_and_never_by_similarity_alone():
    req = requirement(
        "knowledge",
        "对国际贸易政策、产品品质标准、供应链管理等方面的知识和了解",
        values=["国际贸易政策", "产品品质标准", "供应链管理"],
    )
    assert verdicts.chinese_terms(req) == ["国际贸易政策", "产品品质标准", "供应链管理"]
    got, _ = read(req, "赵敏\n工作经历\n2015-2020 负责供应链管理与国际贸易政策研究\n")
    assert feature(got, "term_share") == pytest.approx(2 / 3) and got.cap == "met"
    # a microbiologist names none of them: capped at partial whatever the similarity
    got, _ = read(req, "钱博士\n工作经历\n2015-2020 微生物研究员，发表论文十篇\n")
    assert feature(got, "term_share") == 0 and got.cap == "partial"
    assert joined(got.reasons, "zh") == "未提及 国际贸易政策、产品品质标准、供应链管理"
    # a Latin résumé names 办公软件 as Office / Excel
    assert evidence.names("办公软件", "built reports in excel")
    assert not evidence.names("办公软件", "built reports by hand")
    # a word inside a longer word with another meaning names nothing: 办公室 is a room, a
    # password is no Word; a department or a person of the field still names it
    assert not evidence.names("办公软件", "现任公司办公室主任", share=0.5)
    assert not evidence.names("办公软件", "reset a password", share=0.5)
    assert not evidence.names("客户服务", "负责服务器运维", share=1.0)
    assert evidence.names("财务", "财务部经理") and evidence.names("客服", "客服人员")


def test_a_resume_written_in_a_language_evidences_it_at_least_in_part():
    posting = {
        "title": "客服",
        "requirements": [
            requirement("language", "熟练掌握英语", language="english", level="fluent"),
            requirement("language", "普通话标准", language="mandarin"),
        ],
        "flags": [],
        "duties": [],
        "sections": {},
    }
    english = (
        "Mary Stone\nExperience\n2015-2024 Support agent at Brightline Ltd\n"
        "Answered customer questions by phone and email and wrote the team's help articles\n"
        "Trained new colleagues on the ticket system and the company's service standards\n"
    )
    result = evaluate_batch(posting, [parse_resume(english, today=TODAY)], FakeEncoder())[0]
    eng, mandarin = result["requirements"]
    assert (eng["verdict"], eng["reason"]) == ("partial", "简历以英文写成")
    assert mandarin["verdict"] == "unknown"
    assert evidence.written_in("我在上海工作了五年，负责客户服务。") == {"chinese"}
    # terse English without "the" or "and" is English; a German profile naming English tools
    # is German, not English
    terse = "Worked as an ASM at Northway dealership for 10 years. " * 3
    assert evidence.written_in(terse) == {"english"}
    german = "Projektleitung im Bereich Cloud Migration für die Bank, Scrum Master bei der Post. "
    assert evidence.written_in(
        german * 3 + "Skills: Docker, Jenkins as a Service, Tools to go"
    ) == {"german"}


def test_a_language_asked_without_a_level_is_met_by_a_resume_written_in_it():
    german = (
        "Jana Vogel\nBerufserfahrung\n2016-2024 Entwicklerin bei der Stadtwerke GmbH\n"
        "Umstellung der Infrastruktur auf eine Cloud-Lösung mit dem Team und den Fachbereichen\n"
        "Betreuung der Server für die Verwaltung und Schulung der Kollegen im Betrieb\n"
    )
    assert evidence.written_in(german) == {"german"}
    posting = {
        "title": "Developer",
        "requirements": [
            requirement("language", "German is a plus", language="german", must=False),
            requirement("language", "Fluency in English (verbal/written)", language="english"),
        ],
        "flags": [],
        "duties": [],
        "sections": {},
    }
    profile = parse_resume(german, today=TODAY)
    plus, english = evaluate_batch(posting, [profile], FakeEncoder())[0]["requirements"]
    assert (plus["verdict"], plus["reason"]) == ("met", "résumé written in German")
    # the quoted line shows the language in use: a sentence of the work, not the heading or name
    assert plus["evidence"] == (
        "Umstellung der Infrastruktur auf eine Cloud-Lösung mit dem Team und den Fachbereichen"
    )
    assert english["verdict"] == "unknown"  # a German résumé says nothing of English
    # a level asked (fluent) is more than a résumé written in the language shows: partial
    english_cv = (
        "Mary Stone\nExperience\n2015-2024 Support agent at Brightline Ltd\n"
        "Answered customer questions by phone and email and wrote the team's help articles\n"
        "Trained new colleagues on the ticket system and the company's service standards\n"
    )
    fluent = requirement("language", "fluent in verbal and written English", language="english")
    posting["requirements"] = [fluent]
    got = evaluate_batch(posting, [parse_resume(english_cv, today=TODAY)], FakeEncoder())[0]
    assert got["requirements"][0]["verdict"] == "partial"
    assert got["requirements"][0]["evidence"].startswith("Answered customer questions")


def test_a_language_studied_but_never_stated_is_shown_by_the_degree_or_the_country():
    """A Chinese bio that never names English but studied English literature, or took a degree
    at a university in New Zealand, shows English (a recruiter grants such a graduate a fluent
    command); Hong Kong, where teaching may be in either language, shows nothing of it, and a
    native level asked is more than the study shows."""
    posting = {
        "title": "外贸客服",
        "requirements": [
            requirement("language", "熟练掌握英语", language="english", level="fluent"),
        ],
        "flags": [],
        "duties": [],
        "sections": {},
    }

    def verdict(text: str, level: str = "fluent") -> tuple[str, str, str | None]:
        posting["requirements"][0]["level"] = level
        got = evaluate_batch(posting, [parse_resume(text, today=TODAY)], FakeEncoder())[0]
        req = got["requirements"][0]
        return req["verdict"], req["reason"], req["evidence"]

    major = "周晓明，1975年出生，毕业于华东外国语学院英美文学专业，本科学历。现任某贸易公司总经理。"
    said, reason, quoted = verdict(major)
    assert said == "met" and reason.startswith(
        "修读英语专业：“周晓明，1975年出生，毕业于华东外国语学院英美"
    )
    assert quoted.startswith("周晓明，1975年出生")
    abroad = (
        "王芳，1980年出生，中国国籍，毕业于澳大利亚昆士兰大学，硕士学历。现任某物流公司副总经理。"
    )
    assert verdict(abroad)[:2] == (
        "met",
        "在英语国家求学：“王芳，1980年出生，中国国籍，毕业于澳大利亚昆士兰大学…”",
    )
    assert verdict(abroad, level="native")[0] == "partial"
    hong_kong = "李强，1978年出生，毕业于香港中文大学，工商管理学士。现任某公司董事。"
    assert verdict(hong_kong)[0] == "unknown"


def test_two_languages_asked_one_shown_by_the_resume_written_in_it_is_partial():
    # "Fluent in German and English" against an English résumé naming no German: English is
    # shown (the résumé is written in it), German is silent: some of the clause, not unknown
    english_cv = (
        "Mary Stone\nExperience\n2015-2024 Support agent at Brightline Ltd\n"
        "Answered customer questions by phone and email and wrote the team's help articles\n"
        "Trained new colleagues on the ticket system and the company's service standards\n"
    )
    both = requirement(
        "language",
        "You are fluent in German and English",
        language="german",
        level="fluent",
        values=["german", "english"],
        any_of=False,
    )
    posting = {"title": "Dev", "requirements": [both], "flags": [], "duties": [], "sections": {}}
    got = evaluate_batch(posting, [parse_resume(english_cv, today=TODAY)], FakeEncoder())[0]
    (req,) = got["requirements"]
    assert (req["verdict"], req["reason"]) == (
        "partial",
        "résumé written in English; no German stated",
    )
    assert req["evidence"].startswith("Answered customer questions")
    assert not req["typed"]  # a silent language knocks no one out
    # a language shown below the level asked still fails the clause outright
    below = english_cv + "Languages\nGerman: basic\n"
    got = evaluate_batch(posting, [parse_resume(below, today=TODAY)], FakeEncoder())[0]
    assert got["requirements"][0]["verdict"] == "unmet"


def test_the_line_in_a_language_is_a_sentence_of_the_work_in_it():
    sentences = [
        {"text": "Profil und Kontakt", "section": "summary"},
        {"text": "Ich bin ab sofort für Projekte in der Region verfügbar", "section": "summary"},
        {"text": "Entwicklerin", "section": "experience"},
        {"text": "01/2018 - 05/2019 bei der Stadtwerke GmbH", "section": "experience"},
        {"text": "Aufbau einer Plattform für die Abrechnung mit dem Team", "section": "projects"},
    ]
    # a heading, a title and a date line are no sentences; a work line before one elsewhere
    assert evidence.line_written_in(sentences, "german") == 4
    assert evidence.line_written_in(sentences[:4], "german") == 1
    assert evidence.line_written_in(sentences, "english") is None
    assert (
        evidence.line_written_in([{"text": "负责华东区客户服务团队的日常管理工作"}], "chinese") == 0
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("fluent in verbal and written English", "fluent"),
        ("Very strong written and verbal English is minimum requirement", "fluent"),
        ("Ability to express complex technical facts in English", "good"),
        ("熟练掌握英语,包括口语和书面表达能力", "fluent"),
        ("German is a plus", None),
        ("German language skills advantageous", None),
    ],
)
def test_the_level_a_language_clause_asks(text, level):
    from matcher.match.typed import asked_level

    assert asked_level(requirement("language", text)) == level


def test_every_reason_code_renders_in_both_languages_from_one_table():
    assert set(TEMPLATES["zh"]) == set(TEMPLATES["en"])
    reason = Reason("terms_some", {"found": ["CRM"], "missing": ["办公软件"]})
    assert render(reason, "en") == "names CRM; no 办公软件 named"
    assert render(reason, "zh") == "提及 CRM；未提及 办公软件"
    assert (
        render(Reason("written_in", {"language": "english"}), "en") == "résumé written in English"
    )


def test_the_shipped_model_matches_the_code_and_spreads_scores():
    model = verdicts.shipped()
    assert model.coef.shape == (len(verdicts.CLASSES), len(verdicts.FEATURES))
    req = requirement("skill", "熟悉CRM系统", values=["CRM系统"])
    named, _ = read(req, "周丽\n工作经历\n2018-2024 客服主管，使用CRM系统管理客户\n")
    silent, _ = read(req, "周丽\n工作经历\n2018-2024 会计\n")
    p_named, p_silent = model.proba(np.stack([named.x, silent.x]))
    assert p_named[0] > p_silent[0] and p_silent[2] > p_named[2]
    scores = [verdicts.decide(s, p, "zh")[1] for s, p in ((named, p_named), (silent, p_silent))]
    assert scores[0] - scores[1] > 0.2


def test_a_career_elsewhere_is_partial_only_on_a_line_that_touches_the_field():
    """A career wholly elsewhere is unmet; the model's partial needs a related line that names
    part of the field (a study of international trade), not the most similar line of a skills
    list or a school (a developer's "Bachelor of Commerce" is no trade experience)."""
    req = requirement("experience", "有相关海外贸易或国际贸易经验", field="海外贸易或国际贸易")
    text = (
        "Ravi Menon\nExperience\n2014-2024 Java developer at Kite Soft Pvt Ltd\n"
        "Education\nBachelor of Commerce, Pune University\n"
        "Master in International Trade, Delhi School of Economics\n"
    )
    profile = parse_resume(text, today=TODAY)
    lines = [s["text"] for s in profile["sentences"]]
    commerce = next(i for i, t in enumerate(lines) if "Commerce" in t)
    trade = next(i for i, t in enumerate(lines) if "International Trade" in t)
    lowered = "\n".join(t.lower() for t in lines)
    partial = np.array([0.05, 0.9, 0.05])  # the model says partial

    def verdict(best: int) -> verdicts.Decision:
        sims = np.zeros(len(lines))
        sims[best] = 0.95
        got = verdicts.read(req, profile, sims, terms.named_terms(req), lowered)
        assert got.reasons[0].code == "field_elsewhere"
        return verdicts.decide(got, partial, "en")

    unrelated = verdict(commerce)
    assert unrelated.verdict == "unmet" and unrelated.sentence is None
    assert unrelated.reason.startswith("no work history in 海外贸易或国际贸易")
    touching = verdict(trade)
    assert touching.verdict == "partial" and touching.sentence == trade
    assert 'related: "Master in International Trade' in touching.reason


def test_a_clause_naming_nothing_is_partial_only_on_a_similar_line_about_it():
    """A clause that names nothing and asks no known facet ("awareness of code quality") is
    partial on a similar line only where that line names a word of it; a line similar in tone
    only leaves the résumé silent (unknown). A résumé in another language than the clause
    shares no words with it, so there the similar line still counts."""
    text = (
        "Mia Lund\nSummary\nWeb developer with six years of building shops for the retail trade.\n"
        "Experience\n2018-2024 Web developer at Fjord Apps\n"
        "Delivered every client project on time and on budget.\n"
        "Introduced code reviews to keep code quality high.\n"
    )
    profile = parse_resume(text, today=TODAY)
    lines = [s["text"] for s in profile["sentences"]]
    tone = next(i for i, t in enumerate(lines) if "on budget" in t)
    about = next(i for i, t in enumerate(lines) if "code reviews" in t)
    lowered = "\n".join(t.lower() for t in lines)
    partial = np.array([0.05, 0.9, 0.05])  # the model says partial

    def verdict(req: dict, best: int) -> verdicts.Decision:
        sims = np.zeros(len(lines))
        sims[best] = 0.95
        got = verdicts.read(req, profile, sims, terms.named_terms(req), lowered, {})
        return verdicts.decide(got, partial, "en")

    for kind in ("competency", "other"):
        req = requirement(kind, "Strong awareness of code quality and clean code")
        silent = verdict(req, tone)
        assert silent.verdict == "unknown" and silent.sentence is None
        assert [r.code for r in silent.codes] == ["similar_tone"]
        touching = verdict(req, about)
        assert touching.verdict == "partial" and touching.sentence == about
    german = requirement("other", "Sie achten auf eine hohe Qualität und sauberen Quellcode")
    assert verdict(german, tone).verdict == "partial"


def test_a_line_with_a_word_of_the_same_stem_is_about_a_nameless_clause():
    """A nameless clause's word and the line's word of one stem ("analysed" for "analytical",
    "developer" for "development") make the similar line about the clause (partial); a line
    sharing no stem with it is similar in tone only (unknown)."""
    text = (
        "Ola Berg\nExperience\n2019-2024 Sales assistant at Nordvik Foods\n"
        "Analysed weekly sales figures for the regional board.\n"
        "Delivered every client order on time and on budget.\n"
    )
    profile = parse_resume(text, today=TODAY)
    lines = [s["text"] for s in profile["sentences"]]
    stem = next(i for i, t in enumerate(lines) if "Analysed" in t)
    tone = next(i for i, t in enumerate(lines) if "on budget" in t)
    lowered = "\n".join(t.lower() for t in lines)
    req = requirement("other", "Analytical thinking and a structured approach")

    def verdict(best: int) -> verdicts.Decision:
        sims = np.zeros(len(lines))
        sims[best] = 0.95
        got = verdicts.read(req, profile, sims, terms.named_terms(req), lowered, {})
        return verdicts.decide(got, np.array([0.05, 0.9, 0.05]), "en")

    about = verdict(stem)
    assert about.verdict == "partial" and about.sentence == stem
    assert verdict(tone).verdict == "unknown"


def test_a_skill_named_in_the_work_history_is_used_there_and_met():
    req = requirement("skill", "Ansible", values=["Ansible"])
    used = (
        "Jan Wolff\nExperience\n2014-2024 Systems engineer at Elbtal Hosting GmbH\n"
        "Orchestrated the configuration of 300 servers with Ansible\n"
    )
    got, profile = read(req, used)
    assert (got.cap, got.floor) == ("met", "met")
    assert "with Ansible" in profile["sentences"][got.sentence]["text"]
    # listed only: the model decides between met and partial, the rules force neither
    listed = (
        "Jan Wolff\nExperience\n2014-2024 Systems engineer at Elbtal Hosting GmbH\n"
        "Ran the mail servers of 40 customers\nSkills\nAnsible, Bash, Nagios\n"
    )
    got, profile = read(req, listed)
    assert got.cap == "met" and got.floor == "not"
    assert profile["sentences"][got.sentence]["text"] == "Ansible, Bash, Nagios"


def test_a_clause_read_once_reads_as_one_read_per_candidate():
    """engine.Batch reads each requirement's Clause once (verdicts.clause_of) and hands it to
    every read(): the signals are those read() finds when it reads the clause itself, for a
    named list of alternatives, a list of majors, an experience field and a competency."""
    text = (
        "赵春生\n教育背景\n2009-2013 某理工大学 软件工程 本科\n工作经历\n"
        "2015-01 - 2024-06 某科技公司 Java开发工程师\n熟悉Spring Boot和MySQL，带领5人团队\n"
    )
    profile = parse_resume(text, today=TODAY)
    lowered = "\n".join(s["text"].lower() for s in profile["sentences"])
    sims = np.linspace(0.1, 0.9, len(profile["sentences"]))
    reqs = [
        requirement("skill", "熟悉Java或Kotlin", values=["Java", "Kotlin"]),
        requirement("major", "计算机科学、软件工程等相关专业", values=["计算机科学", "软件工程"]),
        requirement("experience", "3年以上Java开发经验", min_years=3, field="Java开发"),
        requirement("competency", "具有良好的沟通能力和团队合作精神"),
    ]
    groups = []
    for req in reqs:
        named, zh = terms.named_terms(req), verdicts.chinese_terms(req)
        clause = verdicts.clause_of(req, named, zh)
        groups.append(clause.group)
        alone = verdicts.read(req, profile, sims, named, lowered, {})
        given = verdicts.read(req, profile, sims, named, lowered, {}, zh_terms=zh, clause=clause)
        assert repr(given) == repr(alone)
    assert verdicts.clause_of(reqs[1], terms.named_terms(reqs[1]), []).major
    assert groups == ["named", "named", "experience", "competency"]


PAYROLL = (
    "Nina Roy\nExperience\n2015-2024 HR and payroll officer at Atri Developers\n"
    "Processed monthly payroll in the payroll software for 400 employees.\n"
    "Internet Applications, MS Office\n"
)


def test_a_software_clause_asked_of_a_career_outside_software_is_unmet():
    """A clause about building software ("application architecture", "developmental toolsets",
    a programming language) asked of a career with no software work, technology or study (an HR
    officer whose employer is a property developer, who uses payroll software) is unmet with its
    own reason, not partial on the similar line ("payroll software") nor unknown; a developer's
    career keeps the usual reading, and so does a clause about office software."""
    profile = parse_resume(PAYROLL, today=TODAY)
    lines = [s["text"] for s in profile["sentences"]]
    similar = next(i for i, t in enumerate(lines) if "payroll software" in t)
    lowered = "\n".join(t.lower() for t in lines)
    partial = np.array([0.05, 0.9, 0.05])  # the model says partial

    def verdict(req: dict, prof: dict, low: str, best: int) -> verdicts.Decision:
        sims = np.zeros(len(prof["sentences"]))
        sims[best] = 0.95
        got = verdicts.read(req, prof, sims, terms.named_terms(req), low, {})
        return verdicts.decide(got, partial, "en")

    for kind, text in (
        ("knowledge", "Strong knowledge of application and infrastructure architecture"),
        ("skill", "Working proficiency in developmental toolsets"),
        ("skill", "Successful contribution to software systems"),
        ("skill", "Proficiency in Python"),
    ):
        values = ["Python"] if "Python" in text else []
        got = verdict(requirement(kind, text, values=values), profile, lowered, similar)
        assert got.verdict == "unmet", text
        assert [r.code for r in got.codes] == ["outside_software"]
        assert got.sentence is None
        assert joined(list(got.codes), "en").startswith("a career outside software")
    office = requirement("skill", "熟练使用办公软件")
    assert verdict(office, profile, lowered, similar).codes[0].code != "outside_software"
    developer = PAYROLL.replace("HR and payroll officer", "Java developer")
    dev = parse_resume(developer, today=TODAY)
    dev_lowered = "\n".join(s["text"].lower() for s in dev["sentences"])
    req = requirement(
        "knowledge", "Strong knowledge of application and infrastructure architecture"
    )
    got = verdict(req, dev, dev_lowered, similar)
    assert got.codes[0].code != "outside_software" and got.verdict != "unmet"
    # firmware for microcontrollers is software work too
    firmware = PAYROLL.replace("HR and payroll officer", "Embedded firmware engineer")
    fw = parse_resume(firmware, today=TODAY)
    fw_lowered = "\n".join(s["text"].lower() for s in fw["sentences"])
    assert verdict(req, fw, fw_lowered, similar).codes[0].code != "outside_software"


def test_a_field_naming_a_language_is_not_met_by_development_in_another_one():
    """ "5+ years of Java development": a front-end developer's React and TypeScript work is
    development, not Java (it was met: 'Frontend Developer 2019–2025, 6 years ≥ 5'); a Java
    developer's entry, or one building Spring services (Spring implies Java), is in the field."""
    front = {"title": "Frontend Developer", "start": "2019-01", "months": 72}
    front["description"] = "Built single-page applications in React and TypeScript"
    assert not evidence.field_work("Java development", [front]).entries
    spring = {"title": "Backend Developer", "start": "2015-01", "months": 60}
    spring["description"] = "Built order services with Spring Boot"
    assert evidence.field_work("Java development", [spring]).entries
    java = {"title": "Java Developer", "start": "2015-01", "months": 60, "description": ""}
    assert evidence.field_work("Java development", [java]).entries
