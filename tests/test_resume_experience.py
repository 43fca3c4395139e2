"""Experience entries and total years: headers in several layouts, bios, overlaps, stated years."""

from __future__ import annotations

from matcher.resume import parse_resume

TODAY = "2026-11-28"


def _jobs(text: str) -> list[tuple]:
    p = parse_resume(text, today=TODAY)
    return [(e["organisation"], e["title"], e["start"], e["end"]) for e in p["experience"]]


def test_header_layouts():
    text = (
        "工作经历\n"
        "2016.03 - 2019.02 | 杭州某某网络科技有限公司 | 产品经理\n"
        "负责需求分析。\n"
        "Marketing Manager at Fabrikam Inc, Mar 2019 - Dec 2020\n"
        "2021年1月至今\t深圳某某医院\t护士\n"
    )
    assert _jobs(text) == [
        ("杭州某某网络科技有限公司", "产品经理", "2016-03", "2019-02"),
        ("Fabrikam Inc", "Marketing Manager", "2019-03", "2020-12"),
        ("深圳某某医院", "护士", "2021-01", "2026-11"),
    ]
    assert parse_resume(text, today=TODAY)["experience"][0]["description"] == "负责需求分析。"


def test_overlapping_jobs_count_once():
    text = (
        "工作经历\n2010.01-2014.12 甲公司 会计\n2013.01-2015.12 乙公司 兼职讲师\n"
        "2018.01-2018.12 丙公司 财务经理\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [e["months"] for e in p["experience"]] == [60, 36, 12]
    assert p["total_years"] == 7.0  # 2010-01..2015-12 once (72 months) + 12


def test_stated_years_without_dates():
    assert parse_resume("本人具有五年以上客服工作经验。", today=TODAY)["total_years"] == 5
    assert (
        parse_resume("Summary\n8+ years of experience in sales.", today=TODAY)["total_years"] == 8
    )
    assert parse_resume("热爱学习。", today=TODAY)["total_years"] is None


def test_bio_employers_and_titles():
    text = "历任湘江某某集团有限公司董事、副总经理，兰州某某大学经济系讲师。"
    pairs = {(e["organisation"], e["title"]) for e in parse_resume(text, today=TODAY)["experience"]}
    assert {
        ("湘江某某集团有限公司", "董事"),
        ("湘江某某集团有限公司", "副总经理"),
        ("兰州某某大学经济系", "讲师"),
    } <= pairs


def test_a_freelancer_profile_of_dated_projects_is_its_experience():
    """German headings (Projekte, Ausbildung, Sprachkenntnisse) and project periods on their own
    lines: with no dated jobs, the projects give the experience and its total (overlaps once)."""
    text = (
        "Senior Java Entwickler\nProjekte\n04/2019 - 11/2019\n8 Monate\n"
        "Integration einer PLM-Lösung mit Spring Cloud\n01/2018 - 06/2019\n1 Jahr 6 Monate\n"
        "Migration eines Buchungsclients\nAusbildung\nDiplom-Informatiker, Universität Hannover\n"
        "Sprachkenntnisse\nDeutsch\nMuttersprache\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [(e["start"], e["end"]) for e in p["experience"]] == [
        ("2019-04", "2019-11"),
        ("2018-01", "2019-06"),
    ]
    assert p["total_years"] == 1.9  # 2018-01 .. 2019-11 inclusive, 23 months, overlap once
    assert p["highest_level"] == "master"
    assert p["languages"][0]["level"] == "native"


def test_school_projects_add_nothing_next_to_dated_jobs():
    text = (
        "工作经历\n2020.07 - 2022.06 | 上海某某软件有限公司 | 测试工程师\n"
        "项目经验\n2017.09 - 2019.06 校园二手书交易平台\n"
    )
    p = parse_resume(text, today=TODAY)
    assert [e["start"] for e in p["experience"]] == ["2020-07"]
    assert p["total_years"] == 2.0
