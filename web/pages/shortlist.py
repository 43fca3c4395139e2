"""What hiring managers read: the ranked shortlist with filters and a masked view, one candidate
with evidence highlighted in the résumé, decisions, and the CSV export."""

from __future__ import annotations

from flask import Blueprint, Response, flash, g, redirect, render_template, request, url_for

from matcher.core import DECISIONS
from matcher.service.access import DECIDERS
from matcher.service.privacy import may_unmask
from web.export import csv_text
from web.i18n import current_language, t
from web.pages import backend
from web.pages.highlight import Span, locate, segments
from web.pages.jobs import can_edit, load_job
from web.pages.views import (
    Filters,
    candidate_row,
    language_label,
    term,
)

bp = Blueprint("shortlist", __name__)


def _masked() -> bool | None:
    """masked=1 / masked=0 as asked; absent: the job's default (the service decides)."""
    value = request.values.get("masked")
    if value in (None, ""):
        return None
    return value in ("1", "on", "true")


def _rows(job_id: int, asked: bool | None, filters: Filters) -> tuple[list[dict], dict]:
    """The job's ranked candidates that pass the filters as display rows (numbered by their
    place in the whole ranking), and the service's answer (pending, total, masked)."""
    result = backend.shortlist(job_id, asked, filters.as_service())
    masked = bool(result.get("masked"))
    rows = [
        candidate_row(c, c.get("rank") or i, masked, t)
        for i, c in enumerate(result["candidates"], 1)
    ]
    return rows, result


@bp.get("/jobs/<int:job_id>/shortlist")
def show(job_id: int):
    """The ranked candidates with score bars and a chip per requirement."""
    job = load_job(job_id)
    filters = Filters.from_args(request.args)
    shown, result = _rows(job_id, _masked(), filters)
    masked = bool(result.get("masked"))
    return render_template(
        "shortlist.html",
        job=job,
        candidates=shown,
        total=int(result.get("total") or 0),
        pending=int(result.get("pending") or 0),
        filters=filters.as_args()
        | {"verdict": filters.verdict, "req": filters.req, "stage": filters.stage},
        masked=masked,
        may_unmask=may_unmask(g.user, job),
        can_edit=can_edit(),
    )


@bp.get("/jobs/<int:job_id>/shortlist.csv")
def export(job_id: int):
    """The filtered shortlist as CSV in the page's language (masked when the view is)."""
    load_job(job_id)
    asked = _masked()
    shown, _ = _rows(job_id, asked, Filters.from_args(request.args))
    export = backend.export_rows(job_id, asked, [r["id"] for r in shown])
    body = csv_text(export, t, current_language())
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="shortlist-job-{job_id}.csv"'},
    )


def _facts(profile: dict, masked: bool, stated: dict | None = None) -> list[tuple[str, object]]:
    """(label key, value) for the profile card; None marks a value hidden by the masked view.
    Gender and birth are kept apart and given only to admins (`stated`); others see none."""
    level = profile.get("highest_level")
    years = profile.get("total_years")
    langs = [
        language_label(item.get("language"), item.get("level"), t)
        for item in profile.get("languages") or []
    ]
    stated = stated or {}
    gender = stated.get("gender")
    personal = [
        ("fact.name", profile.get("name")),
        ("fact.emails", ", ".join(profile.get("emails") or [])),
        ("fact.phones", ", ".join(profile.get("phones") or [])),
        ("fact.gender", term(t, "gender", gender) if gender else None),
        ("fact.birth", stated.get("birth")),
    ]
    # None is what the template shows as "hidden"; a missing value is just empty.
    personal = [(label, None if masked else (value or "")) for label, value in personal]
    return personal + [
        ("fact.highest_level", t("level." + level) if level else ""),
        ("fact.total_years", t("cand.years", n=f"{years:g}") if years is not None else ""),
        ("fact.skills", ", ".join(str(s) for s in profile.get("skills") or [])),
        ("fact.languages", ", ".join(langs)),
    ]


def _neighbours(job_id: int, cand_id: int) -> tuple[int | None, int | None, dict | None]:
    """The previous and next candidate ids in ranking order, and this candidate's ranked row."""
    ids = backend.shortlist(job_id)["candidates"]
    for i, c in enumerate(ids):
        if c.get("id") == cand_id:
            prev_id = ids[i - 1]["id"] if i > 0 else None
            next_id = ids[i + 1]["id"] if i + 1 < len(ids) else None
            return prev_id, next_id, {**c, "rank": c.get("rank") or i + 1}
    return None, None, None


@bp.get("/jobs/<int:job_id>/candidates/<int:cand_id>")
def candidate(job_id: int, cand_id: int):
    """One candidate: each requirement's verdict with its evidence highlighted in the résumé."""
    job = load_job(job_id)
    cand = backend.get_candidate(job_id, cand_id, _masked())
    masked = bool(cand.get("masked"))
    profile = cand.get("profile") or {}
    text = cand.get("text") or ""
    prev_id, next_id, ranked = _neighbours(job_id, cand_id)
    merged = {
        "name": profile.get("name"),
        **(ranked or {}),
        **cand,
    }  # a pool candidate is not ranked
    row = candidate_row(merged, merged.get("rank") or 0, masked, t)
    spans = []
    for i, r in enumerate(row["requirements"]):
        start, end = locate(text, r.get("evidence"), r.get("evidence_start"), r.get("evidence_end"))
        if start >= 0:
            anchor = f"ev-{i}"
            r["anchor"] = anchor
            spans.append(Span(start, end, r["verdict"], anchor, r.get("text") or ""))
    return render_template(
        "candidate.html",
        job=job,
        cand={**row, "file_name": cand.get("resume") or cand.get("file_name")},
        segments=segments(text, spans),
        facts=_facts(profile, masked, cand.get("stated")),
        decisions=[
            {**d, "at": str(d.get("at") or "")[:16].replace("T", " ")}
            for d in cand.get("decisions") or []  # notes masked with the rest
        ],
        can_decide=g.user["role"] in DECIDERS and job["status"] != "closed",
        applicant=bool(cand.get("applicant")),
        other_jobs=[a for a in cand.get("applications") or [] if a["job_id"] != job_id],
        masked=masked,
        may_unmask=may_unmask(g.user, job),
        prev_id=prev_id,
        next_id=next_id,
    )


@bp.post("/jobs/<int:job_id>/candidates/<int:cand_id>/decision")
def decide(job_id: int, cand_id: int):
    """Record shortlist / interview / reject with a note, under the user's name."""
    load_job(job_id)
    backend.get_candidate(job_id, cand_id)  # 404 unless the user may see them on this job
    decision = request.form.get("decision")
    if decision not in DECISIONS:
        flash(t("cand.bad_decision"), "error")
    else:
        try:  # an over-long note is refused whole, never cut short silently
            backend.decide(job_id, cand_id, decision, request.form.get("note", "").strip())
        except ValueError as exc:
            flash(str(exc), "error")
        else:
            flash(t("cand.decided", decision=t("decision." + decision)), "success")
    asked = _masked()
    masked = None if asked is None else int(asked)
    target = url_for("shortlist.candidate", job_id=job_id, cand_id=cand_id, masked=masked)
    return redirect(target + "#decisions")
