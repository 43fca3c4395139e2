"""Name recall of the résumé parser.

Chinese: ResumeNER (real executive bios, ../shared/data/raw/resume_ner_zh), train and dev splits.
Each sentence with a tagged NAME is parsed on its own as a résumé; it counts as found when the
parsed name is one of the tagged names (a bare surname "刘" of "刘先生" counts: that is what the
tag holds). Precision: the share of returned names that are one of the tagged names, over every
sentence (a name returned where none is tagged is wrong).

English: the Kaggle résumé set (../shared/data/raw/resume_category_en) has no gold names and most
of its 170 distinct texts have had the name removed. Protocol: parse every distinct text; texts
with a "Name:" field give a gold value automatically (recall printed); every other name returned
is printed with its context for a person to check by hand. Hand check (2026-11-30): the
openings of 30 texts drawn at random (seed 3) hold no name, so the set is anonymised; its one
candidate name is in a closing declaration ("Name: … Signature"). The figure that matters here is
therefore the false names (0 of 170 texts); recall on English name lines is covered by the
fictional résumés of tests/test_resume_names.py.

Run from the repo root: .venv/bin/python bench/bench_names.py"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_resume_ner import read_bmes  # noqa: E402

from matcher.errors import ParseError  # noqa: E402
from matcher.resume import parse_resume  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "raw"
# A "Name:" field of the candidate (not of a project, company or parent), up to the line's end.
NAME_FIELD = re.compile(
    r"(?<![A-Za-z\ufffd'] )(?<![A-Za-z\ufffd'])Name[ \t]*:[ \t]*([A-Z][A-Za-z. ]+)"
)
NOT_NAME_WORDS = re.compile(r"\s+(?:Signature|Date|Place)\b.*$")


def _name(text: str) -> str | None:
    try:
        return parse_resume(text, today="2020-01-01")["name"]
    except ParseError:
        return None


def chinese(split: str) -> None:
    """Print recall and precision of names on one ResumeNER split."""
    tagged = found = returned = right = 0
    misses, wrong = [], []
    for text, spans in read_bmes(DATA / "resume_ner_zh" / f"{split}.char.bmes"):
        gold = {s for kind, s in spans if kind == "NAME"}
        got = _name(text)
        if got:
            returned += 1
            right += got in gold
            if got not in gold:
                wrong.append((sorted(gold), got, text[:50]))
        if gold:
            tagged += 1
            found += got in gold
            if got not in gold:
                misses.append((sorted(gold), got, text[:50]))
    print(
        f"ResumeNER {split}: name recall {found}/{tagged} = {found / tagged:.3f}; "
        f"precision {right}/{returned} = {right / max(returned, 1):.3f}"
    )
    for gold, got, text in misses[:8]:
        print(f"  missed {gold} (got {got!r}): {text}")
    for gold, got, text in wrong:
        print(f"  wrong {got!r} (tagged {gold}): {text}")


def english() -> None:
    """Print what the parser finds on the distinct English texts (see the protocol above)."""
    path = DATA / "resume_category_en" / "UpdatedResumeDataSet.csv"
    with path.open(encoding="utf-8", errors="replace") as f:
        texts = list(dict.fromkeys(row["Resume"] for row in csv.DictReader(f)))
    with_field = field_found = 0
    others = []
    for text in texts:
        got = _name(text)
        m = NAME_FIELD.search(text)
        if m:
            with_field += 1
            gold = NOT_NAME_WORDS.sub("", m.group(1)).strip()
            field_found += got is not None and got.lower() == gold.lower()
            print(f"  Name: field {gold!r}, parsed {got!r}")
        elif got:
            i = text.find(got)
            others.append((got, text[max(0, i - 30) : i + len(got) + 30].replace("\n", " ")))
    print(f"English: {len(texts)} distinct texts; {with_field} with a Name: field, ", end="")
    print(f"name recall there {field_found}/{with_field}")
    print(f"  {len(others)} other names returned (check by hand):")
    for got, context in others:
        print(f"    {got!r}: …{context}…")


if __name__ == "__main__":
    chinese("train")
    chinese("dev")
    english()
