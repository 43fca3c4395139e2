"""The talent pool pages (recruiters and admins): browse and search every candidate, upload
résumés into the pool, and "find in the pool" for a job: the pool ranked for it, with the
chosen candidates added to the job as applicants."""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for

from matcher.errors import MatcherError
from web.i18n import t
from web.pages import backend
from web.pages.jobs import load_job, require_editor
from web.pages.uploads import batch_view, limits
from web.pages.views import candidate_row

bp = Blueprint("pool", __name__)

FIND_PAGE = 50  # pool candidates shown per "show more" step on a job


def _row(c: dict) -> dict:
    """A pool search row with the labels the page prints."""
    years = c.get("total_years")
    return {
        **c,
        "level": t("level." + c["highest_level"]) if c.get("highest_level") else "",
        "years": t("cand.years", n=f"{years:g}") if isinstance(years, int | float) else "",
        "skills": ", ".join(str(s) for s in (c.get("skills") or [])[:6]),
        "added": str(c.get("created_at") or "")[:10],
    }


def _page(batch: dict | None = None, status: int = 200):
    """The pool page: search results, upload form, the batch just uploaded."""
    require_editor()
    query = request.args.get("q", "").strip()
    found = backend.search_pool(query, request.args.get("cursor"))
    jobs = {j["id"]: j for j in backend.list_jobs("all")}
    rows = [_row(c) for c in found["candidates"]]
    for row in rows:
        row["job_links"] = [
            {"id": j, "title": jobs[j]["title"]} for j in row.get("jobs") or [] if j in jobs
        ]
    batches = [batch_view(b, None) for b in backend.list_batches(None)[:5]]
    body = render_template(
        "pool/index.html",
        rows=rows,
        query=query,
        next_cursor=found["next"],
        paged=bool(request.args.get("cursor")),
        total=found["total"],
        batch=batch,
        batches=batches,
        limits=limits(),
    )
    return body, status


@bp.get("/pool")
def index():
    """The talent pool, newest first, searched by ?q= and paged by ?cursor=."""
    return _page()


@bp.post("/pool/upload")
def upload():
    """Queue résumés into the pool only; the page then follows the batch's progress."""
    require_editor()
    files = [(f.filename, f.read()) for f in request.files.getlist("files") if f and f.filename]
    if not files:
        flash(t("upload.no_files"), "error")
        return _page(status=400)
    try:
        batch = backend.upload_resumes(None, files)
    except MatcherError as exc:
        flash(str(exc), "error")
        return _page(status=400)
    return redirect(url_for("pool.status", batch_id=batch["id"]))


@bp.get("/pool/uploads/<batch_id>")
def status(batch_id: str):
    """The pool page with one pool upload's progress."""
    require_editor()
    return _page(batch_view(backend.get_batch(None, batch_id), None))


@bp.get("/pool/uploads/<batch_id>/progress")
def progress(batch_id: str):
    """A pool upload's progress as JSON for the polling script."""
    require_editor()
    return jsonify(batch_view(backend.get_batch(None, batch_id), None))


@bp.get("/jobs/<int:job_id>/pool")
def find(job_id: int):
    """Every pool candidate ranked for the job; tick candidates to add them as applicants."""
    job = load_job(job_id)
    require_editor()
    top = max(FIND_PAGE, min(request.args.get("top", FIND_PAGE, type=int), 5000))
    ranked = backend.pool_shortlist(job_id)["candidates"]
    # Display rows for the shown ones only: a pool of 100,000 lists that many.
    rows = [candidate_row(c, c.get("rank") or i, False, t) for i, c in enumerate(ranked[:top], 1)]
    return render_template(
        "pool/find.html",
        job=job,
        rows=rows,
        total=len(ranked),
        more=top + FIND_PAGE if len(ranked) > top else None,
    )


@bp.post("/jobs/<int:job_id>/pool")
def add(job_id: int):
    """Add the ticked pool candidates to the job as applicants."""
    load_job(job_id)
    require_editor()
    ids = sorted({int(i) for i in request.form.getlist("cand") if i.isdigit()})
    if not ids:
        flash(t("pool.none_selected"), "error")
        return redirect(url_for("pool.find", job_id=job_id))
    try:
        done = backend.attach_candidates(job_id, ids)
    except MatcherError as exc:
        flash(str(exc), "error")
        return redirect(url_for("pool.find", job_id=job_id))
    flash(t("pool.added", n=len(done["added"])), "success")
    return redirect(url_for("shortlist.show", job_id=job_id))
