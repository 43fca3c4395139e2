"""Hostile texts of a given size for the parsers: the families the attack run used (runs of
spaces, digits, dots, CJK, 年以上 repeated, nested list markers, one long line, many short lines, a bare run of digits, CJK numerals, letters, blank lines),
shared by bench/bench_parse_scaling.py and the size-ladder test."""

from __future__ import annotations

from collections.abc import Callable


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """head + unit repeated to `size` UTF-8 bytes in all + tail."""
    body = max(size - len(head.encode()) - len(tail.encode()), 0)
    count = body // max(len(unit.encode()), 1) + 1
    return head + unit * count + tail


FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: _fill(" ", n, "任职要求：\n1. Java", "x\n"),
    "digits": lambda n: _fill("7", n, "工作经历\n2019.03 - 至今 ", " 年\n"),
    "dots": lambda n: _fill(".", n, "Requirements:\n- Python", "\n"),
    "cjk": lambda n: _fill("负责客户服务管理工作熟悉国际贸易流程", n, "岗位职责：\n"),
    "years_zh": lambda n: _fill("3年以上", n, "任职要求：\n1、"),
    "nested_list": lambda n: _fill("1. - • (1) a) ", n, "Requirements:\n"),
    "long_line": lambda n: _fill(
        "Experience with Java, Python and SQL; 3 years in backend development. ", n
    ),
    "short_lines": lambda n: _fill("- Java\n", n, "Requirements:\n"),
    "digit_runs": lambda n: _fill("2019 12 ", n, "Experience\n"),
    "digits_bare": lambda n: _fill("7", n),
    "cn_numerals": lambda n: _fill("三", n, "任职要求：\n"),
    "letters": lambda n: _fill("AbCd", n),
    "blank_lines": lambda n: _fill("\n", n, "Requirements\n", "x"),
}
