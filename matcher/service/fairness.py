"""The adverse-impact report of the shortlists (matcher.fairness), for admins only: per job or
over every job, selection rates by stated gender and age band and the scoring rate, with impact
ratios and the four-fifths flag. The attributes come from what résumés state and are shown
nowhere else; scoring never reads them."""

from __future__ import annotations

import csv
import io

from matcher import fairness
from matcher.service import processing
from matcher.service.access import require_role, visible_job
from matcher.store import Store


def _people(store: Store, job_id: int) -> list[dict]:
    """One row per applicant of the job: stated gender and birth, latest decision, score."""
    ids = store.candidate_ids(job_id)
    if not ids:
        return []
    job = store.get_job(job_id)
    req_hash, model_id = processing.job_revision(store, job)
    results = store.get_matches(job_id, req_hash, model_id, ids=ids)
    decided = store.latest_decisions(job_id)
    stated = store.stated_attributes(ids)
    return [
        {
            **stated.get(i, {}),
            "decision": decided.get(i),
            "score": results[i].get("score") if i in results else None,
        }
        for i in ids
    ]


def fairness_report(store: Store, user: dict, job_id: int | None = None) -> dict:
    """Admin: the report for one job (its applicants) or, without a job, for every job (each
    application counted once); see matcher.fairness.report for the shape."""
    if job_id is not None:
        visible_job(store, user, job_id)
    require_role(user, "admin")
    if job_id is not None:
        return {"job": int(job_id), **fairness.report(_people(store, int(job_id)))}
    people = [p for j in store.job_ids() for p in _people(store, j)]
    return {"job": None, **fairness.report(people)}


def fairness_csv(report: dict) -> str:
    """The report's rows as CSV: one line per (attribute, measure, group)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["attribute", "measure", "group", "candidates", "count", "rate", "impact_ratio", "flag"]
    )
    for r in report["groups"]:
        writer.writerow(
            [
                r["attribute"],
                f"selected: {r['stage']}",
                r["group"],
                r["candidates"],
                r["selected"],
                r["selection_rate"],
                "" if r["impact_ratio"] is None else r["impact_ratio"],
                int(r["flag"]),
            ]
        )
    for r in report["scoring"]:
        writer.writerow(
            [
                r["attribute"],
                "scored above the median",
                r["group"],
                r["candidates"],
                r["above_median"],
                r["scoring_rate"],
                "" if r["impact_ratio"] is None else r["impact_ratio"],
                int(r["flag"]),
            ]
        )
    return out.getvalue()
