"""The JSON API under /api/: the same operations as the pages, for bearer-token callers.
Every error is a JSON body {"error", "status"} (web.errors)."""

from __future__ import annotations

import io

from flask import Blueprint, Response, current_app, g, jsonify, request, send_file

from matcher import service
from matcher.errors import BadRequest
from matcher.match.reasons import line
from web.export import csv_text
from web.i18n import current_language, t
from web.messages import say

bp = Blueprint("api", __name__)

# Keys the service adds to each shortlist candidate for the pages, not part of the API's shape.
PAGE_ONLY = ("name", "decision", "decision_by", "decision_overrides", "masked")


def _masked() -> bool | None:
    """?masked=1 asks for the masked view, ?masked=0 for the full one; absent: the job's default."""
    value = request.args.get("masked")
    if value is None or value == "":
        return None
    return value.lower() in ("1", "true", "yes", "on")


def _said(cand: dict) -> dict:
    """A candidate with each requirement's reason also in the caller's language (?lang=,
    Accept-Language) as "reader_reason"; "reason" stays in the posting's language."""
    lang = current_language()
    reqs = [{**r, "reader_reason": line(r, lang)} for r in cand.get("requirements") or []]
    return {**cand, "requirements": reqs}


def _json() -> dict:
    if not request.is_json:
        raise BadRequest("the request body must be a JSON object (Content-Type: application/json)")
    try:  # the app's reader refuses deep nesting (web.security)
        body = current_app.json.loads(request.get_data())
    except ValueError as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
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
            raise BadRequest('send JSON {"text": "..."} or a multipart "file"')
        created = service.create_jobs_from(g.store, g.user, text=text)
    return jsonify({"jobs": [_noticed(j) for j in created]}), 201


@bp.get("/jobs/<int:job_id>")
def job(job_id: int):
    """One job with its requirements, flags and managers (and a notice when it has none)."""
    return jsonify(_noticed(service.get_job(g.store, g.user, job_id)))


# What the API says of a job in which no requirement was found (the pages say it in i18n).
NO_REQUIREMENTS = (
    "No requirements were found in this posting; candidates are not judged until they are "
    "marked: PUT /api/jobs/{id}/requirements with the qualifications the posting asks for."
)


def _noticed(body: dict, job_id: int | None = None) -> dict:
    """The body with a "notice" when needs_requirements is true."""
    if body.get("needs_requirements"):
        body["notice"] = NO_REQUIREMENTS.replace("{id}", str(job_id or body.get("id")))
    return body


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
        raise BadRequest('send JSON {"user": NAME}')
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


@bp.post("/jobs/<int:job_id>/privacy")
def privacy(job_id: int):
    """JSON {"mask_default": bool, "may_unmask": bool} (admin): whether hiring managers see the
    job's candidates masked by default, and whether they may unmask them."""
    body = _json()
    job = service.get_job(g.store, g.user, job_id)
    mask_default = body.get("mask_default", job["mask_default"])
    may_unmask = body.get("may_unmask", job["may_unmask"])
    return jsonify(service.set_privacy(g.store, g.user, job_id, mask_default, may_unmask))


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
                    # in the caller's language (?lang=, Accept-Language); the code for programs
                    "error": _file_error(f),
                    "code": (f.get("error_code") or {}).get("key"),
                    "params": (f.get("error_code") or {}).get("params"),
                    "candidate": f["candidate_id"],
                    "duplicate_of": f["duplicate_of"],
                }
                for f in out["files"]
            ],
        }
    )


def _file_error(f: dict) -> str | None:
    """A failed file's error, naming the file, in the caller's language where it has a code."""
    said = say(f.get("error_code"))
    return f"{f['name']}: {said}" if said is not None else f["error"]


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
        out = service.shortlist(
            g.store, g.user, job_id, filters=filters, wait=True, masked=_masked()
        )
    else:
        raise BadRequest(f"scope {scope!r} is not one of applicants, pool")
    top = request.args.get("top", type=int)
    cands = out["candidates"][:top] if top else out["candidates"]
    # The CLI's candidate shape plus "id" (and the pool's "applicant", "screened_out"): the
    # pages' extras (name, decision) stay out.
    cands = [_said({k: v for k, v in c.items() if k not in PAGE_ONLY}) for c in cands]
    body = {"job": job_id, "scope": scope, "candidates": cands, "pending": out["pending"]}
    body["masked"] = out.get("masked", False)  # the pool is seen by recruiters and admins only
    body["needs_requirements"] = out.get("needs_requirements", False)
    return jsonify(_noticed(body, job_id))


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
    """The shortlist as CSV in the caller's language (?lang=, Accept-Language); ?masked=1."""
    export = service.export_rows(g.store, g.user, job_id, masked=_masked())
    text = csv_text(export, t, current_language())
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="job-{job_id}-shortlist.csv"'},
    )


def _fairness(job_id: int | None):
    report = service.fairness_report(g.store, g.user, job_id)
    if request.args.get("format") != "csv":
        return jsonify(report)
    name = f"job-{job_id}-fairness.csv" if job_id is not None else "fairness.csv"
    return Response(
        service.fairness_csv(report),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.get("/jobs/<int:job_id>/fairness")
def job_fairness(job_id: int):
    """Admin: the adverse-impact report of the job's applicants; ?format=csv."""
    return _fairness(job_id)


@bp.get("/fairness")
def fairness():
    """Admin: the adverse-impact report over every job; ?format=csv."""
    return _fairness(None)


@bp.get("/ranker")
def ranker():
    """Admin: the order in use (learned or verdict), the ranker behind it, earlier versions."""
    return jsonify(service.ranker_status(g.store, g.user))


@bp.post("/ranker/train")
def ranker_train():
    """Admin: train on this installation's decisions; adopted only if it beats the verdict score."""
    return jsonify(service.train_ranker(g.store, g.user)), 201


@bp.post("/ranker/order")
def ranker_order():
    """Admin: JSON {"order": "learned"|"verdict"}: what orders every shortlist."""
    return jsonify(service.set_order(g.store, g.user, str(_json().get("order") or "")))


@bp.get("/candidates/<int:cand_id>")
def candidate(cand_id: int):
    """A candidate: résumé text, profile, verdicts with evidence, decisions."""
    return jsonify(_said(service.get_candidate_by_id(g.store, g.user, cand_id, masked=_masked())))


@bp.get("/candidates/<int:cand_id>/file")
def candidate_file(cand_id: int):
    """The original uploaded résumé file, always as an attachment of no type a browser would
    open or run (the name is cleaned of control and bidi characters by the service)."""
    name, data = service.candidate_file(g.store, g.user, None, cand_id)
    return send_file(
        io.BytesIO(data),
        download_name=name,
        as_attachment=True,
        mimetype="application/octet-stream",
    )


@bp.post("/candidates/<int:cand_id>/decision")
def decision(cand_id: int):
    """JSON {"decision", "note"} for a candidate who applied to exactly one job (409 else)."""
    return _decide(None, cand_id)


def _decide(job_id: int | None, cand_id: int):
    body = _json()  # the store checks the decision's value and the note's type and size
    out = service.decide(
        g.store, g.user, job_id, cand_id, body.get("decision"), body.get("note") or ""
    )
    return jsonify(out), 201


@bp.delete("/candidates/<int:cand_id>")
def erase(cand_id: int):
    """Erase a candidate (admin)."""
    return jsonify(service.erase_candidate(g.store, g.user, cand_id))
