"""Bulk résumé upload: many files or a .zip, handed to the background worker; a status page polls
the batch's progress and lists every file (parsed, duplicate of…, failed: reason)."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from matcher.errors import MatcherError
from web.i18n import t
from web.messages import say
from web.pages import backend
from web.pages.jobs import load_job, require_editor

bp = Blueprint("uploads", __name__)

FILE_STATES = ("queued", "processing", "parsed", "duplicate", "failed")


def failure_text(name: str, error: str, code: dict | None = None) -> str:
    """Why a file failed, for the row: its error code said in the UI's language, else the
    stored English text; without the file name the row already shows."""
    said = say(code)
    if said is not None:
        return said
    return error[len(name) + 2 :] if name and error.startswith(name + ": ") else error


def file_view(f: dict) -> dict:
    """One file's row: its status and the detail a recruiter acts on."""
    status = f.get("status") if f.get("status") in FILE_STATES else "queued"
    detail = ""
    if status == "failed":
        detail = failure_text(
            str(f.get("name") or ""), str(f.get("error") or ""), f.get("error_code")
        )
    elif status == "duplicate":
        other = f.get("duplicate_of") or f.get("error") or ""
        detail = t("upload.duplicate_of", name=other) if other else ""
    return {"name": str(f.get("name") or ""), "status": status, "detail": detail}


def batch_view(batch: dict, job_id: int | None) -> dict:
    """Counts, percentage and rows of one upload batch of a job (None: of the pool), also the
    JSON the page polls."""
    files = [file_view(f) for f in batch.get("files") or []]
    total = int(batch.get("total") or len(files))
    counts = {s: sum(1 for f in files if f["status"] == s) for s in FILE_STATES}
    done = counts["parsed"] + counts["duplicate"] + counts["failed"]
    finished = bool(batch.get("finished")) or (total > 0 and done >= total)
    return {
        "id": batch.get("id"),
        "total": total,
        "done": done,
        "counts": counts,
        "files": files,
        "finished": finished,
        "percent": round(100 * done / total) if total else (100 if finished else 0),
        "created": str(batch.get("created_at") or "")[:16].replace("T", " "),
        "progress_url": url_for("uploads.progress", job_id=job_id, batch_id=batch.get("id"))
        if job_id is not None
        else url_for("pool.progress", batch_id=batch.get("id")),
    }


def limits() -> dict:
    """The upload limits the form states."""
    return _limits()


def _limits() -> dict:
    settings = current_app.config.get("SETTINGS")
    return {
        "max_files": getattr(settings, "max_files", 500),
        "max_upload_mb": getattr(settings, "max_upload_mb", 50),
    }


def _page(job: dict, batch: dict | None, status: int = 200):
    batches = [batch_view(b, job["id"]) for b in backend.list_batches(job["id"])]
    body = render_template(
        "jobs/upload.html", job=job, batch=batch, batches=batches, limits=_limits()
    )
    return body, status


@bp.route("/jobs/<int:job_id>/upload", methods=["GET", "POST"])
def upload(job_id: int):
    """The upload form; a POST queues the files and shows the batch's progress."""
    job = load_job(job_id)
    require_editor()
    if request.method == "GET":
        return _page(job, None)
    files = [(f.filename, f.read()) for f in request.files.getlist("files") if f and f.filename]
    if not files:
        flash(t("upload.no_files"), "error")
        return _page(job, None, 400)
    try:
        batch = backend.upload_resumes(job_id, files)
    except MatcherError as exc:
        flash(str(exc), "error")
        return _page(job, None, 400)
    return redirect(url_for("uploads.status", job_id=job_id, batch_id=batch["id"]))


@bp.get("/jobs/<int:job_id>/uploads/<batch_id>")
def status(job_id: int, batch_id: str):
    """One batch's progress and per-file status; the page polls `progress` until done."""
    job = load_job(job_id)
    require_editor()
    batch = batch_view(backend.get_batch(job_id, batch_id), job_id)
    return _page(job, batch)


@bp.get("/jobs/<int:job_id>/uploads/<batch_id>/progress")
def progress(job_id: int, batch_id: str):
    """The batch's progress as JSON for the polling script."""
    load_job(job_id)
    require_editor()
    return jsonify(batch_view(backend.get_batch(job_id, batch_id), job_id))
