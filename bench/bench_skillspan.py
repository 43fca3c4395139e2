"""Skill-span recall of the JD parser on the SkillSpan test sets (English job-posting sentences).

Each sentence is parsed on its own, under a "Requirements:" heading (SkillSpan has no section
structure; the question measured is how well a requirement clause yields skill values, not
whether a sentence is a requirement). Rule, printed with the figures: a gold span counts as
recalled when ONE parsed requirement value of the counted kinds covers at least half of the
span's content tokens (lower-cased, stop words and punctuation dropped). Precision: the share of
values that cover at least one content token of some gold span of their sentence.

Run from the repo root: .venv/bin/python bench/bench_skillspan.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.errors import ParseError  # noqa: E402
from matcher.jd import parse_jd  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "raw" / "skillspan_en"
STOP = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "be",
        "our",
        "your",
        "you",
        "we",
        "this",
        "that",
        "it",
        "its",
        "their",
        "etc",
        "e.g.",
        "i.e.",
        "such",
        "other",
    ]
)
TOKEN = re.compile(r"[a-z0-9+#]+(?:[.\-/][a-z0-9+#]+)*")


def sentences(path: Path):
    """(tokens, spans) per sentence; spans are (type, token list) from the BIO columns."""
    tokens, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                yield tokens, _spans(tokens, tags)
            tokens, tags = [], []
            continue
        cols = line.split("\t")
        tokens.append(cols[0])
        tags.append(cols[1:3])
    return


def _spans(tokens: list[str], tags: list[list[str]]) -> list[tuple[str, list[str]]]:
    out = []
    for col, kind in ((0, "skill"), (1, "knowledge")):
        current: list[str] = []
        for tok, tag in zip(tokens, tags, strict=True):
            t = tag[col] if col < len(tag) else "O"
            if t.startswith("B"):
                if current:
                    out.append((kind, current))
                current = [tok]
            elif t.startswith("I") and current:
                current.append(tok)
            else:
                if current:
                    out.append((kind, current))
                current = []
        if current:
            out.append((kind, current))
    return out


def content(text: str) -> set[str]:
    """Lower-cased content tokens of a text."""
    return {t for t in TOKEN.findall(text.lower()) if t not in STOP}


def values_of(sentence: str, kinds: set[str]) -> list[str]:
    """The requirement values the parser gives a sentence under a requirements heading."""
    try:
        postings = parse_jd("Requirements:\n" + sentence)
    except ParseError:
        return []
    return [
        v for p in postings for r in p["requirements"] if r["kind"] in kinds for v in r["values"]
    ]


def evaluate(path: Path, kinds: set[str]) -> dict:
    """Recall per span type and value precision for one file."""
    found = {"skill": [0, 0], "knowledge": [0, 0]}
    good_values = total_values = 0
    for tokens, spans in sentences(path):
        values = [content(v) for v in values_of(" ".join(tokens), kinds)]
        gold = [(kind, content(" ".join(toks))) for kind, toks in spans]
        for kind, g in gold:
            if not g:
                continue
            found[kind][1] += 1
            if any(len(g & v) * 2 >= len(g) for v in values):
                found[kind][0] += 1
        for v in values:
            total_values += 1
            if any(v & g for _, g in gold):
                good_values += 1
    return {"found": found, "precision": good_values / max(total_values, 1), "values": total_values}


def main() -> None:
    if not DATA.exists():
        sys.exit(f"{DATA} is absent")
    print(__doc__.strip().split("\n\n")[1].replace("\n", " "))
    for label, kinds in (
        ("skill+knowledge values", {"skill", "knowledge"}),
        ("skill+knowledge+competency values", {"skill", "knowledge", "competency"}),
    ):
        print(f"\n== counted: {label}")
        for path in sorted(DATA.glob("*.conll")):
            r = evaluate(path, kinds)
            parts = []
            for kind, (hit, n) in r["found"].items():
                parts.append(f"{kind} recall {hit}/{n} = {hit / max(n, 1):.3f}")
            print(
                f"{path.stem}: " + "; ".join(parts) + f"; value precision {r['precision']:.3f}"
                f" over {r['values']} values"
            )


if __name__ == "__main__":
    main()
