"""The shortlist as CSV, in the exporter's language: one renderer for the page's and the API's
export. Counts are numbers (a "7/8" cell becomes a date in spreadsheets), headers are unique,
cells that start like a formula are defused, and a BOM lets Excel read Chinese."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from matcher.match.reasons import line

Translate = Callable[..., str]
FIXED = [
    "rank",
    "id",
    "candidate",
    "email",
    "phone",
    "file",
    "score",
    "knocked_out",
    "must_met",
    "must_total",
    "decision",
    "note",
]


def unique(headers: list[str]) -> list[str]:
    """The headers with repeats numbered ("Java", "Java (2)"), so no two columns share one."""
    seen: set[str] = set()
    out = []
    for header in headers:
        name, n = header, 1
        while name in seen:
            n += 1
            name = f"{header} ({n})"
        seen.add(name)
        out.append(name)
    return out


def _safe(value: object) -> object:
    """Numbers stay numbers; text starting like a formula (= + - @) gets a leading '."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(export: dict, t: Translate, lang: str) -> str:
    """The export (service.export_rows) as CSV text with a BOM, in the language `lang` of `t`:
    per requirement its verdict, evidence and reason (said from its codes in `lang`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    reqs = export["requirements"]
    evidence = [t("csv.evidence_of", requirement=r) for r in reqs]
    why = [t("csv.reason_of", requirement=r) for r in reqs]
    headers = unique([t("csv." + k) for k in FIXED] + reqs + evidence + why)
    writer.writerow([_safe(h) for h in headers])
    for row in export["rows"]:
        verdicts = [
            t("cand.not_scored") if scored is False else t("verdict." + v) if v else ""
            for v, scored in zip(row["verdicts"], row["scored"], strict=True)
        ]
        cells = [
            row["rank"],
            row["id"],
            row["name"] or t("shortlist.candidate_n", n=row["id"]),
            "; ".join(row["emails"]),
            "; ".join(row["phones"]),
            row["resume"] or "",
            round(row["score"], 1),
            t("csv.yes") if row["knocked_out"] else t("csv.no"),
            row["must_met"],
            row["must_total"],
            t("decision." + row["decision"]) if row["decision"] else "",
            row["note"],
            *verdicts,
            *(e or "" for e in row["evidence"]),
            *(line(r, lang) for r in row["reasons"]),
        ]
        writer.writerow([_safe(c) for c in cells])
    return "\ufeff" + buf.getvalue()
