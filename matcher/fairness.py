"""Adverse-impact report, as NYC Local Law 144's rules (6 RCNY § 5-300) define it: per group of
a stated attribute, the selection rate (share selected) and its impact ratio against the group
with the highest rate; for the score, the scoring rate (share scoring above the median of all
candidates) and its impact ratio. An impact ratio under 0.8 is flagged (the EEOC's four-fifths
rule). Groups with under 2% of the candidates are left out of the ratios, with a note.

Gender and age are read only where a résumé states them; they are never features of scoring."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "gender": ("female", "male"),
    "age": ("<30", "30-39", "40-49", "50+"),
}
# Selection stages: a decision counts as selected at a stage when it reaches it.
STAGES: dict[str, frozenset[str]] = {
    "shortlisted": frozenset({"shortlist", "interview"}),
    "interviewed": frozenset({"interview"}),
}
FOUR_FIFTHS = 0.8
MIN_SHARE = 0.02


def age_band(birth: str | None, today: date) -> str | None:
    """The age band of a stated birth ("YYYY" or "YYYY-MM") on `today`; None when not stated."""
    if not birth or not str(birth)[:4].isdigit():
        return None
    year = int(str(birth)[:4])
    month = int(str(birth)[5:7]) if len(str(birth)) >= 7 and str(birth)[5:7].isdigit() else 7
    age = today.year - year - (1 if today.month < month else 0)
    if not 14 <= age <= 100:
        return None
    if age < 30:
        return "<30"
    if age >= 50:
        return "50+"
    return f"{age // 10 * 10}-{age // 10 * 10 + 9}"


def group_of(attribute: str, person: dict, today: date) -> str | None:
    """The candidate's group for one attribute, from the stated values only."""
    if attribute == "gender":
        value = person.get("gender")
        return value if value in ATTRIBUTES["gender"] else None
    return age_band(person.get("birth"), today)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _rates(counts: dict[str, tuple[int, int]], total: int) -> tuple[list[dict], list[str]]:
    """Rows {group, candidates, selected, rate, impact_ratio, flag} and the notes on left-out
    groups, for {group: (candidates, selected)}."""
    kept = {g: c for g, c in counts.items() if c[0] and c[0] >= MIN_SHARE * total}
    best = max((s / n for n, s in kept.values()), default=0.0)
    rows, notes = [], []
    for group, (n, selected) in counts.items():
        if not n:
            continue
        rate = selected / n
        if group not in kept:
            notes.append(group)
            ratio = None
        else:
            ratio = round(rate / best, 3) if best > 0 else None
        rows.append(
            {
                "group": group,
                "candidates": n,
                "selected": selected,
                "rate": round(rate, 3),
                "impact_ratio": ratio,  # None: left out, or no group selected anyone
                "left_out": group not in kept,
                "flag": ratio is not None and ratio < FOUR_FIFTHS,
            }
        )
    return rows, notes


def _measure(members: list[tuple[str, dict]], groups, chosen) -> tuple[list[dict], list[str]]:
    """_rates of each group among `members` ((group, person) pairs), counting those `chosen`."""
    counts = {
        g: (
            sum(1 for h, _ in members if h == g),
            sum(1 for h, p in members if h == g and chosen(p)),
        )
        for g in groups
    }
    return _rates(counts, len(members))


def _named(row: dict, count: str, rate: str) -> dict:
    """A _rates row with its count and rate under the names the report gives them."""
    return {
        "group": row["group"],
        "candidates": row["candidates"],
        count: row["selected"],
        rate: row["rate"],
        "impact_ratio": row["impact_ratio"],
        "left_out": row["left_out"],
        "flag": row["flag"],
    }


def report(people: Iterable[dict], today: date | None = None) -> dict:
    """The report over candidates {"gender", "birth", "decision", "score"} (decision None when
    none was taken; score None when not scored): {"groups": [{attribute, stage, group,
    candidates, selected, selection_rate, impact_ratio, left_out, flag}], "scoring":
    [{attribute, group, candidates, above_median, scoring_rate, impact_ratio, left_out, flag}],
    "unknown": {attribute: n}, "candidates": n, "notes": [...]}. The impact ratio is None for a
    group left out (under 2%) and for every group when no group was selected at all."""
    today = today or date.today()
    people = list(people)
    out: dict = {"candidates": len(people), "groups": [], "scoring": [], "unknown": {}, "notes": []}
    scores = [float(p["score"]) for p in people if p.get("score") is not None]
    median = _median(scores) if scores else None
    for attribute, groups in ATTRIBUTES.items():
        member = [(group_of(attribute, p, today), p) for p in people]
        stated = [(g, p) for g, p in member if g is not None]
        out["unknown"][attribute] = len(people) - len(stated)
        left_out: set[str] = set()
        for stage, reached in STAGES.items():
            rows, notes = _measure(stated, groups, lambda p, r=reached: p.get("decision") in r)
            left_out.update(notes)
            out["groups"] += [
                {
                    "attribute": attribute,
                    "stage": stage,
                    **_named(row, "selected", "selection_rate"),
                }
                for row in rows
            ]
        if median is not None:
            scored = [(g, p) for g, p in stated if p.get("score") is not None]
            rows, notes = _measure(scored, groups, lambda p: float(p["score"]) > median)
            left_out.update(notes)
            out["scoring"] += [
                {"attribute": attribute, **_named(row, "above_median", "scoring_rate")}
                for row in rows
            ]
        out["notes"] += [
            {"attribute": attribute, "group": g, "note": "under_2_percent"}
            for g in sorted(left_out)
        ]
    return out
