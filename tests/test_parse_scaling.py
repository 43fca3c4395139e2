"""A size ladder: the JD and résumé parsers take time linear in the input on every hostile family
of tests/adversarial.py. CPU time of this process (not wall-clock: the machine is shared) at 8 and
32 KB: linear work grows 4 times, quadratic 16; more than 8 fails. The figures themselves are
bench/bench_parse_scaling.py's."""

from __future__ import annotations

import contextlib
import time

import pytest

from matcher.errors import MatcherError
from matcher.jd import parse_jd
from matcher.resume import parse_resume
from tests.adversarial import FAMILIES

SMALL, BIG = 8_000, 32_000
MAX_GROWTH = 8.0  # for 4 times the input; linear is 4, quadratic 16
NOISE = 0.05  # seconds: below this at the big size, growth is not judged


def _cpu(parse, text: str) -> float:
    """Least CPU seconds of two parses (a named refusal is an answer too)."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        with contextlib.suppress(MatcherError):
            parse(text)
        best = min(best, time.process_time() - start)
    return best


PARSERS = {"jd": parse_jd, "resume": lambda text: parse_resume(text, today="2026-11-30")}


@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_parse_time_grows_linearly(parser, family):
    parse = PARSERS[parser]
    small = _cpu(parse, FAMILIES[family](SMALL))
    big = _cpu(parse, FAMILIES[family](BIG))
    growth = big / max(small, 1e-4)
    assert big < NOISE or growth <= MAX_GROWTH, (
        f"{parser} on {family}: {small:.3f} s at {SMALL // 1000} KB, {big:.3f} s at "
        f"{BIG // 1000} KB ({growth:.1f}x for 4x the input)"
    )


def test_the_ladder_catches_a_quadratic_pattern():
    """The test above can fail: the pattern this issue replaced grows ~16x on 4x the spaces."""
    import re

    old = re.compile(r"\s*(?:\d{1,2}\s*(?:[.．](?!\d)|、)\s*|[➢•◆●▪■◇★※]\s*)")
    small = _cpu(old.split, FAMILIES["spaces"](SMALL // 2))
    big = _cpu(old.split, FAMILIES["spaces"](BIG // 2))
    assert big / small > MAX_GROWTH
