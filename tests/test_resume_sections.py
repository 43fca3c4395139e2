"""Headings and table cells: which section each cell is in."""

from __future__ import annotations

from matcher.resume.sections import cells_with_sections, heading_of, split_cells


def test_headings_in_their_usual_dress():
    assert heading_of("【教育背景】") == "education"
    assert heading_of("二、工作经历：") == "experience"
    assert heading_of("WORK EXPERIENCE") == "experience"
    assert heading_of("教 育 背 景") == "education"
    assert heading_of("Skills:") == "skills"
    assert heading_of("负责教育背景调查") is None


def test_table_cells_keep_offsets():
    text = "教育背景\t2010.09-2014.06 | 北京大学\n\n技能 | Python"
    cells = split_cells(text)
    assert [c[0] for c in cells] == ["教育背景", "2010.09-2014.06", "北京大学", "技能", "Python"]
    for cell, start, end, _ in cells:
        assert text[start:end] == cell


def test_two_column_layout_heading_cell_sets_section():
    cells = cells_with_sections("张三\n工作经历\t2019.01-至今 甲公司 会计\n专业技能\tExcel")
    sections = [(c.text, c.section, c.heading) for c in cells]
    assert sections == [
        ("张三", "", False),
        ("工作经历", "experience", True),
        ("2019.01-至今 甲公司 会计", "experience", False),
        ("专业技能", "skills", True),
        ("Excel", "skills", False),
    ]
