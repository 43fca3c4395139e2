"""Every regular expression the parsers compile, checked for super-linear time: each pattern
(module-level and inline ones, recorded while the parsers load and parse sample texts) is run
with finditer over hostile strings (one unit repeated: spaces, digits, CJK numerals, 年, dots,
bullets, letters, ...) of 1,000 and 2,000 characters, each pattern in a child process stopped
after 10 s. A pattern whose time grows more than 3 times per doubling (above 2 ms), or that
is stopped, is listed with where it was compiled.

Run from the repo root: .venv/bin/python bench/bench_regex_audit.py
"""

from __future__ import annotations

import multiprocessing
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = [
    " ",
    "\t",
    "\n",
    " \n",
    "7",
    "7 ",
    "1.",
    "1、",
    "三",
    "一",
    "十",
    "年",
    "3年",
    "年以上",
    ".",
    "..",
    "-",
    "- ",
    "|",
    " |",
    ",",
    "，",
    "a",
    "A",
    "a ",
    "Ab ",
    "a.",
    "中",
    "中 ",
    "(",
    "（",
    "、",
    ":",
    "：",
    "①",
    "•",
    "+",
    "@",
    "a@",
    "_",
    "/",
    "2019",
    "2019.",
    "2019-",
    "至今",
    "经验",
    "years ",
    "of ",
    "本科",
    "熟悉",
    "及",
    "Java ",
    "C++",
    "优先",
    "以上",
    "-1",
    "1-",
    "'",
    "〇",
]
SIZES = (1000, 2000)
TIMEOUT = 10.0


def _record() -> dict[tuple[str, int], str]:
    """(pattern, flags) → where it was compiled, for every pattern the parsers use."""
    seen: dict[tuple[str, int], str] = {}
    original = re._compile

    def recording(pattern, flags):
        if isinstance(pattern, str) and (pattern, int(flags)) not in seen:
            # the caller of re.compile / re.search ...: patterns of other libraries are not ours
            caller = traceback.extract_stack()[-3]
            if "/matcher/" in caller.filename:
                where = f"{Path(caller.filename).parent.name}/{Path(caller.filename).name}"
                seen[(pattern, int(flags))] = f"{where}:{caller.lineno}"
        return original(pattern, flags)

    re._compile = recording
    try:
        from matcher.jd import parse_jd
        from matcher.resume import parse_resume
        from tests.adversarial import FAMILIES

        for make in FAMILIES.values():
            text = make(3000)
            parse_jd(text)
            parse_resume(text, today="2026-11-30")
        seed = ROOT.parent / "shared" / "data" / "jds" / "000_d1982b6cd2188f0a.txt"
        if seed.exists():
            parse_jd(seed.read_text(encoding="utf-8"))
    finally:
        re._compile = original
    return seen


def _time(rx: re.Pattern, text: str) -> float:
    """Least seconds of three finditer runs over `text` (the machine is shared)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in rx.finditer(text):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def _check(pattern: str, flags: int, out) -> None:
    """Send (unit, small time, big time) of the first unit that grows super-linearly, or None."""
    rx = re.compile(pattern, flags)
    for unit in UNITS:
        small, big = (unit * (n // len(unit)) for n in SIZES)
        t1 = _time(rx, small)
        if t1 < 0.0002:
            continue
        t2 = _time(rx, big)
        if t2 > 0.002 and t2 / t1 > 3.0:
            out.send((unit, t1, t2))
            return
    out.send(None)


def check(pattern: str, flags: int) -> tuple[str, float, float] | None:
    """_check in a child process; ("(stopped)", TIMEOUT, inf) when it runs past TIMEOUT."""
    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_check, args=(pattern, flags, there))
    proc.start()
    found = here.recv() if here.poll(TIMEOUT) else ("(stopped)", TIMEOUT, float("inf"))
    proc.kill()
    proc.join()
    return found


def main() -> None:
    patterns = _record()
    flagged = []
    for (pattern, flags), where in sorted(patterns.items(), key=lambda kv: kv[1]):
        found = check(pattern, flags)
        if found:
            flagged.append((where, *found, pattern))
    print(f"{len(patterns)} patterns from the parsers checked against {len(UNITS)} units")
    for where, unit, t1, t2, pattern in flagged:
        print(f"SUPER-LINEAR {where}  unit {unit!r}: {t1 * 1000:.1f} → {t2 * 1000:.1f} ms")
        print(f"    {pattern[:200]}")
    print(f"{len(flagged)} super-linear pattern(s)")


if __name__ == "__main__":
    main()
