"""The JSON API under /api/: the same operations as the pages, for bearer-token callers.
Every error is a JSON body {"error", "status"} (web.errors)."""

from __future__ import annotations

import io

from flask import Blueprint, Response, g, jsonify, request, send_file

from matcher import service

bp = Blueprint("api", __name__)

# Keys the service adds to each shortlist candidate for the pages, not part of the API's shape.
PAGE_ONLY = ("name", "decision")


def _json() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ValueError("the request body must be a JSON object")
    return body


@bp.get("/jobs")
def jobs():
    """Jobs the caller may see; ?status=open (the default) | closed | all."""
    status = request.args.get("status") or "open"
    return jsonify({"jobs": service.list_jobs(g.store, g.user, status=status)})


@bp.post("/jobs")
def create_jobs():
    """JSON {"text"} or multipart "file" → one job per posting."""
    upload = request.files.get("file")
    if upload is not None and upload.filename:
        created = service.create_jobs_from(
            g.store, g.user, name=upload.filename, data=upload.read()
        )
    else:
        text = _json().get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError('send JSON {"text": "..."} or a multipart "file"')
        created = service.create_jobs_from(g.store, g.user, text=text)
    return jsonify({"jobs": created}), 201


@bp.get("/jobs/<int:job_id>")
def job(job_id: int):
    """One job with its requirements, flags and managers."""
    return jsonify(service.get_job(g.store, g.user, job_id))


@bp.patch("/jobs/<int:job_id>")
def update_job(job_id: int):
    """JSON with any of "title", "reference", "sections", "status" (open | closed)."""
    return jsonify(service.update_job(g.store, g.user, job_id, _json()))


@bp.delete("/jobs/<int:job_id>")
def delete_job(job_id: int):
    """Delete a job (admin); its applicants stay in the pool."""
    return jsonify(service.delete_job(g.store, g.user, job_id))


@bp.post("/jobs/<int:job_id>/assign")
def assign(job_id: int):
    """JSON {"user": NAME}: let that user see the job."""
    name = _json().get("user")
    if not isinstance(name, str) or not name:
        raise ValueError('send JSON {"user": NAME}')
    service.assign(g.store, g.user, job_id, name)
    return jsonify(
        {"job": job_id, "managers": service.get_job(g.store, g.user, job_id)["managers"]}
    )


@bp.post("/jobs/<int:job_id>/score-flagged")
def score_flagged(job_id: int):
    """JSON {"score_flagged": true|false} (admin): score the job's flagged conditions or not;
    the job is re-scored in the background."""
    on = _json().get("score_flagged")  # the service checks the role, then that it is a bool
    return jsonify(service.set_score_flagged(g.store, g.user, job_id, on))


@bp.get("/jobs/<int:job_id>/requirements")
def requirements(job_id: int):
    """The job's requirements, each with its id."""
    return jsonify({"requirements": service.get_job(g.store, g.user, job_id)["requirements"]})


@bp.put("/jobs/<int:job_id>/requirements")
def put_requirements(job_id: int):
    """JSON {"requirements": [...]}: replace them; the job is re-scored."""
    reqs = _json().get("requirements")
    out = service.replace_requirements(g.store, g.user, job_id, reqs)
    return jsonify({"requirements": out})


@bp.post("/jobs/<int:job_id>/resumes")
def resumes(job_id: int):
    """Multipart "files" (a .zip counts as its members) → each file's status."""
    return _upload(job_id)


def _upload(job_id: int | None):
    """Parse the multipart "files" into the pool, as the job's applicants when one is given."""
    files = [(f.filename, f.read()) for f in request.files.getlist("files") if f and f.filename]
    # The API answers with final statuses: parsed in this request; scoring stays in the background.
    batch = service.upload_resumes(g.store, g.user, job_id, files, wait=True)
    out = service.get_batch(g.store, g.user, job_id, batch["id"])
    return jsonify(
        {
            "batch": batch["id"],
            "files": [
                {
                    "name": f["name"],
                    "status": f["status"],
                    "error": f["error"],
                    "candidate": f["candidate_id"],
                    "duplicate_of": f["duplicate_of"],
                }
                for f in out["files"]
            ],
        }
    )


@bp.get("/jobs/<int:job_id>/progress")
def progress(job_id: int):
    """Files still to parse and candidates still to score."""
    return jsonify(service.progress(g.store, g.user, job_id))


@bp.get("/jobs/<int:job_id>/shortlist")
def shortlist(job_id: int):
    """The ranked candidates in the CLI's shape plus "id"; scores anything still missing first.
    ?scope=applicants (default) | pool: every pool candidate ranked for the job; ?decision=
    new|shortlist|interview|reject|all (rejected candidates are hidden by default)."""
    filters = {
        "must_met": request.args.get("must_met") in ("1", "true", "yes"),
        "min_score": request.args.get("min_score"),
        "decision": request.args.get("decision"),
    }
    scope = request.args.get("scope") or "applicants"
    if scope == "pool":
        out = service.pool_shortlist(g.store, g.user, job_id, filters=filters)
    elif scope == "applicants":
        out = service.shortlist(g.store, g.user, job_id, filters=filters, wait=True)
    else:
        raise ValueError(f"scope {scope!r} is not one of applicants, pool")
    top = request.args.get("top", type=int)
    cands = out["candidates"][:top] if top else out["candidates"]
    # The CLI's candidate shape plus "id" (and the pool's "applicant", "screened_out"): the
    # pages' extras (name, decision) stay out.
    cands = [{k: v for k, v in c.items() if k not in PAGE_ONLY} for c in cands]
    return jsonify({"job": job_id, "scope": scope, "candidates": cands, "pending": out["pending"]})


@bp.post("/jobs/<int:job_id>/candidates")
def attach(job_id: int):
    """JSON {"ids": [...]}: make these pool candidates applicants of the job."""
    return jsonify(service.attach_candidates(g.store, g.user, job_id, _json().get("ids")))


@bp.post("/jobs/<int:job_id>/candidates/<int:cand_id>/decision")
def job_decision(job_id: int, cand_id: int):
    """JSON {"decision": shortlist|interview|reject, "note"} on this (job, candidate)."""
    return _decide(job_id, cand_id)


@bp.get("/candidates")
def pool():
    """The talent pool, newest first, a page at a time: ?q=words&cursor=NEXT&limit=N."""
    return jsonify(
        service.search_pool(
            g.store,
            g.user,
            request.args.get("q", ""),
            request.args.get("cursor"),
            request.args.get("limit", 50, type=int),
        )
    )


@bp.post("/candidates")
def pool_upload():
    """Multipart "files" into the pool only → each file's status, as the job upload."""
    return _upload(None)


@bp.get("/jobs/<int:job_id>/export.csv")
def export_csv(job_id: int):
    """The shortlist as CSV (UTF-8 with BOM so spreadsheets read Chinese)."""
    text = service.export_csv(g.store, g.user, job_id)
    return Response(
        "\ufeff" + text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="job-{job_id}-shortlist.csv"'},
    )


@bp.get("/candidates/<int:cand_id>")
def candidate(cand_id: int):
    """A candidate: résumé text, profile, verdicts with evidence, decisions."""
    return jsonify(service.get_candidate_by_id(g.store, g.user, cand_id))


@bp.get("/candidates/<int:cand_id>/file")
def candidate_file(cand_id: int):
    """The original uploaded résumé file."""
    name, data = service.candidate_file(g.store, g.user, None, cand_id)
    return send_file(io.BytesIO(data), download_name=name, as_attachment=True)


@bp.post("/candidates/<int:cand_id>/decision")
def decision(cand_id: int):
    """JSON {"decision", "note"} for a candidate who applied to exactly one job (409 else)."""
    return _decide(None, cand_id)


def _decide(job_id: int | None, cand_id: int):
    body = _json()
    out = service.decide(
        g.store,
        g.user,
        job_id,
        cand_id,
        str(body.get("decision") or ""),
        str(body.get("note") or ""),
    )
    return jsonify(out), 201


@bp.delete("/candidates/<int:cand_id>")
def erase(cand_id: int):
    """Erase a candidate (admin)."""
    return jsonify(service.erase_candidate(g.store, g.user, cand_id))
