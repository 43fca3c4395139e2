"""ResumeNER (real Chinese executive bios, ../shared/data/raw/resume_ner_zh): how often
parse_resume's highest_level equals the level of the tagged degree (sentences with an EDU tag), and
recall of tagged ORG and TITLE strings among the parsed education and experience entries.

Run from the repo root: .venv/bin/python bench/bench_resume_ner.py"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.errors import ParseError  # noqa: E402
from matcher.resume import parse_resume  # noqa: E402
from matcher.vocab import LEVEL_RANK, level_spans  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "raw" / "resume_ner_zh"


def read_bmes(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(type, text), ...]) per blank-line separated block of "char TAG" lines."""
    out, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                out.append(("".join(chars), _spans(chars, tags)))
                chars, tags = [], []
            continue
        ch, tag = line.split()
        chars.append(ch)
        tags.append(tag)
    return out


def read_bios(path: Path) -> list[str]:
    """The biographies of a ResumeNER file, each its sentences joined by newlines: a biography
    starts at a sentence that opens with its tagged NAME (the person's name)."""
    bios: list[list[str]] = []
    for sentence, spans in read_bmes(path):
        if not bios or (spans and spans[0][0] == "NAME" and sentence.startswith(spans[0][1])):
            bios.append([])
        bios[-1].append(sentence)
    return ["\n".join(bio) for bio in bios]


def _spans(chars: list[str], tags: list[str]) -> list[tuple[str, str]]:
    spans, start = [], None
    for i, tag in enumerate(tags):
        if tag.startswith("S-"):
            spans.append((tag[2:], chars[i]))
        elif tag.startswith("B-"):
            start = i
        elif tag.startswith("E-") and start is not None:
            spans.append((tag[2:], "".join(chars[start : i + 1])))
            start = None
    return spans


def evaluate(name: str) -> None:
    """Print the figures of one split."""
    sentences = read_bmes(DATA / f"{name}.char.bmes")
    level_total = level_right = 0
    found: Counter = Counter()
    total: Counter = Counter()
    wrong: Counter = Counter()
    loose: Counter = Counter()
    for text, spans in sentences:
        try:
            profile = parse_resume(text, today="2020-01-01")
        except ParseError:
            continue
        gold_levels = [lv for kind, s in spans if kind == "EDU" for lv, _, _ in level_spans(s)]
        if gold_levels:
            level_total += 1
            gold = max(gold_levels, key=LEVEL_RANK.__getitem__)
            if profile["highest_level"] == gold:
                level_right += 1
            else:
                wrong[(gold, profile["highest_level"])] += 1
        values = set()
        for e in profile["education"]:
            values.update(v for v in (e["school"], e["major"]) if v)
        for e in profile["experience"]:
            values.update(v for v in (e["organisation"], e["title"]) if v)
        for kind, s in spans:
            if kind in ("ORG", "TITLE"):
                total[kind] += 1
                found[kind] += s in values
                loose[kind] += any(s in v for v in values)
    print(f"{name}: {len(sentences)} sentences")
    print(
        f"  degree level right: {level_right}/{level_total} = {level_right / level_total:.1%}"
        " (sentences with an EDU tag naming a level)"
    )
    for kind in ("ORG", "TITLE"):
        print(
            f"  {kind} recall: exact string {found[kind]}/{total[kind]} = "
            f"{found[kind] / total[kind]:.1%}; inside a parsed value {loose[kind] / total[kind]:.1%}"
        )
    if wrong:
        print("  level errors (gold, parsed):", dict(wrong.most_common(6)))


def main() -> int:
    """Evaluate train and dev."""
    if not DATA.exists():
        print(f"{DATA} is absent", file=sys.stderr)
        return 2
    for name in ("train", "dev"):
        evaluate(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
