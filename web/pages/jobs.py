"""Job pages: the list, creating jobs from text or a file (one per chosen posting), the job page
with its editable requirements and hiring managers."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from matcher.core import EDITOR_ROLES, KINDS
from matcher.errors import MatcherError
from matcher.vocab import LEVEL_RANK
from web.i18n import t
from web.pages import backend
from web.pages.views import requirement_view

bp = Blueprint("jobs", __name__)


def can_edit() -> bool:
    """Recruiters and admins change jobs; hiring managers only read them."""
    return g.user is not None and g.user["role"] in EDITOR_ROLES


def require_editor() -> None:
    """Stop a hiring manager at a recruiter-only route (after the job is known to be visible)."""
    if not can_edit():
        abort(403)


def is_admin() -> bool:
    """Only an admin decides whether a job's flagged conditions are scored."""
    return g.user is not None and g.user["role"] == "admin"


def load_job(job_id: int) -> dict:
    """The job with display-ready requirements, or 404 when it does not exist or is not visible."""
    from matcher.match.score import is_flagged  # at call time: the pages load without numpy

    job = backend.get_job(job_id)
    reqs = [requirement_view(r, t) for r in job.get("requirements") or []]
    return {
        **job,
        "requirements": reqs,
        "flags": job.get("flags") or [],
        "score_flagged": bool(job.get("score_flagged")),
        # the engine's own test of what is flagged: age / gender count without a parser flag
        "has_flagged": bool(job.get("flags"))
        or any(is_flagged(r, job) for r in job.get("requirements") or []),
        "managers": sorted(job.get("managers") or []),
        "sections": job.get("sections") or {},
        "n_candidates": job.get("n_candidates") or 0,
        "closed": job.get("status") == "closed",
        "reference": job.get("reference") or "",
        "created": str(job.get("created_at") or "")[:16].replace("T", " "),
    }


JOB_TABS = ("open", "closed", "all")


@bp.get("/")
def index():
    """The jobs this user may see: open ones, or closed ones, or all (?status=)."""
    status = request.args.get("status") if request.args.get("status") in JOB_TABS else "open"
    jobs = []
    for job in backend.list_jobs(status):
        jobs.append(
            {
                **job,
                "n_requirements": job.get("n_requirements") or 0,
                "n_candidates": job.get("n_candidates") or 0,
                "managers": sorted(job.get("managers") or []),
                "flags": job.get("n_flags") or 0,
                "created": str(job.get("created_at") or "")[:16].replace("T", " "),
            }
        )
    return render_template(
        "jobs/index.html", jobs=jobs, can_edit=can_edit(), status=status, tabs=JOB_TABS
    )


@bp.route("/jobs/new", methods=["GET", "POST"])
def new():
    """Paste or upload a job description; several postings go to a preview with checkboxes."""
    require_editor()
    if request.method == "GET":
        return render_template("jobs/new.html")
    text = request.form.get("text", "")
    upload = request.files.get("file")
    if not text.strip() and not (upload and upload.filename):
        flash(t("new.nothing"), "error")
        return render_template("jobs/new.html", text=text), 400
    try:
        if upload and upload.filename:
            draft = backend.draft_from_file(upload.filename, upload.read())
        else:
            draft = backend.draft_from_text(text)
    except MatcherError as exc:
        flash(str(exc), "error")
        return render_template("jobs/new.html", text=text), 400
    postings = draft["postings"]
    if len(postings) == 1:
        created = backend.create_jobs(draft["id"], [0])
        flash(t("msg.jobs_created", n=len(created)), "success")
        return redirect(url_for("jobs.show", job_id=created[0]["id"]))
    return render_template(
        "jobs/preview.html",
        postings=postings,
        source=draft.get("name"),
        hidden={"draft": draft["id"]},
    )


@bp.post("/jobs/create")
def create():
    """Create one job per posting ticked on the preview."""
    require_editor()
    picks = sorted({int(p) for p in request.form.getlist("pick") if p.isdigit()})
    draft_id = request.form.get("draft", "")
    if not picks:
        flash(t("preview.none_selected"), "error")
        return redirect(url_for("jobs.new"))
    try:
        created = backend.create_jobs(draft_id, picks)
    except MatcherError as exc:
        flash(str(exc), "error")
        return redirect(url_for("jobs.new"))
    flash(t("msg.jobs_created", n=len(created)), "success")
    if len(created) == 1:
        return redirect(url_for("jobs.show", job_id=created[0]["id"]))
    return redirect(url_for("jobs.index"))


@bp.get("/jobs/<int:job_id>")
def show(job_id: int):
    """The job: requirements (editable by recruiters), flags, hiring managers."""
    job = load_job(job_id)
    managers = backend.hiring_managers() if can_edit() else []
    managers = [m for m in managers if m not in job["managers"]]
    return render_template(
        "jobs/show.html",
        job=job,
        can_edit=can_edit() and not job["closed"],
        can_manage=can_edit(),
        is_admin=is_admin(),
        kinds=KINDS,
        managers=managers,
    )


def _requirement_fields(form) -> dict | None:
    """must / weight / values (and kind / text when given) from a form; None if weight is bad."""
    fields: dict = {"must": form.get("must") == "1"}
    try:
        weight = float(form.get("weight", "1") or "1")
    except ValueError:
        return None
    if not 0 <= weight <= 10:
        return None
    fields["weight"] = weight
    if form.get("keyed") == "language":  # checkboxes that send language keys (english, …)
        fields["values"] = [v for v in form.getlist("values") if v]
        fields["language"] = fields["values"][0] if fields["values"] else None
    else:
        values = [v.strip() for v in form.get("values", "").replace("，", ",").split(",")]
        fields["values"] = [v for v in values if v]
    if form.get("any_of_shown"):  # the form's box: unticked sends nothing, so it says false
        fields["any_of"] = form.get("any_of") == "1"
    if form.get("min_level") in LEVEL_RANK:
        fields["min_level"] = form["min_level"]
    if form.get("kind") in KINDS:
        fields["kind"] = form["kind"]
    if form.get("text", "").strip():
        fields["text"] = form["text"].strip()
    return fields


@bp.post("/jobs/<int:job_id>/requirements/<int:req_id>")
def edit_requirement(job_id: int, req_id: int):
    """Save must / nice, weight and values of one requirement."""
    load_job(job_id)
    require_editor()
    fields = _requirement_fields(request.form)
    if fields is None:
        flash(t("msg.bad_weight"), "error")
        return redirect(url_for("jobs.show", job_id=job_id, _anchor=f"req-{req_id}"))
    try:  # a field of the wrong size (a 3,000-character text, 60 values) is named, not stored
        backend.update_requirement(job_id, req_id, fields)
    except ValueError as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.requirement_saved"), "success")
    return redirect(url_for("jobs.show", job_id=job_id, _anchor=f"req-{req_id}"))


@bp.post("/jobs/<int:job_id>/requirements/<int:req_id>/delete")
def delete_requirement(job_id: int, req_id: int):
    """Delete one requirement."""
    load_job(job_id)
    require_editor()
    backend.delete_requirement(job_id, req_id)
    flash(t("msg.requirement_deleted"), "success")
    return redirect(url_for("jobs.show", job_id=job_id, _anchor="requirements"))


@bp.post("/jobs/<int:job_id>/requirements")
def add_requirement(job_id: int):
    """Add a requirement typed by the recruiter."""
    load_job(job_id)
    require_editor()
    fields = _requirement_fields(request.form)
    if fields is None or "text" not in fields:
        flash(t("msg.bad_weight") if fields is None else t("req.text"), "error")
        return redirect(url_for("jobs.show", job_id=job_id))
    fields.setdefault("kind", "other")
    try:
        created = backend.add_requirement(job_id, fields)
    except ValueError as exc:
        flash(str(exc), "error")
        return redirect(url_for("jobs.show", job_id=job_id))
    flash(t("msg.requirement_added"), "success")
    return redirect(url_for("jobs.show", job_id=job_id, _anchor=f"req-{created.get('id', '')}"))


@bp.post("/jobs/<int:job_id>/score-flagged")
def score_flagged(job_id: int):
    """Admin: turn scoring of the job's flagged conditions on or off; the job is re-scored."""
    load_job(job_id)
    if not is_admin():
        abort(403)
    on = request.form.get("score_flagged") == "1"
    backend.set_score_flagged(job_id, on)
    flash(t("msg.score_flagged_on" if on else "msg.score_flagged_off"), "success")
    return redirect(url_for("jobs.show", job_id=job_id, _anchor="flags"))


@bp.post("/jobs/<int:job_id>/privacy")
def privacy(job_id: int):
    """Admin: whether hiring managers see this job's candidates masked by default, may unmask."""
    load_job(job_id)
    if not is_admin():
        abort(403)
    mask_default = request.form.get("mask_default") == "1"
    may_unmask = request.form.get("may_unmask") == "1"
    backend.set_privacy(job_id, mask_default, may_unmask)
    flash(t("msg.privacy_saved"), "success")
    return redirect(url_for("jobs.show", job_id=job_id, _anchor="privacy"))


@bp.post("/jobs/<int:job_id>/edit")
def edit(job_id: int):
    """Rename the job or change its reference line."""
    load_job(job_id)
    require_editor()
    title = request.form.get("title", "").strip()
    if not title or len(title) > 200:
        flash(t("job.bad_title"), "error")
    else:
        fields = {"title": title, "reference": request.form.get("reference", "")[:200]}
        backend.update_job(job_id, fields)
        flash(t("job.saved"), "success")
    return redirect(url_for("jobs.show", job_id=job_id))


@bp.post("/jobs/<int:job_id>/status")
def set_status(job_id: int):
    """Close the job (kept, read only, out of the list) or reopen it."""
    load_job(job_id)
    require_editor()
    status = "closed" if request.form.get("status") == "closed" else "open"
    backend.update_job(job_id, {"status": status})
    flash(t("job.closed_msg" if status == "closed" else "job.reopened_msg"), "success")
    return redirect(url_for("jobs.show", job_id=job_id))


@bp.post("/jobs/<int:job_id>/delete")
def delete(job_id: int):
    """Admin: delete the job; its candidates stay in the pool."""
    load_job(job_id)
    if not is_admin():
        abort(403)
    backend.delete_job(job_id)
    flash(t("job.deleted_msg"), "success")
    return redirect(url_for("jobs.index"))


@bp.post("/jobs/<int:job_id>/assign")
def assign(job_id: int):
    """Let a hiring manager see this job."""
    load_job(job_id)
    require_editor()
    name = request.form.get("user", "").strip()
    try:
        backend.assign(job_id, name)
    except MatcherError as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.assigned", name=name), "success")
    return redirect(url_for("jobs.show", job_id=job_id))


@bp.post("/jobs/<int:job_id>/unassign")
def unassign(job_id: int):
    """Take the job away from a hiring manager."""
    load_job(job_id)
    require_editor()
    name = request.form.get("user", "").strip()
    try:
        backend.unassign(job_id, name)
    except MatcherError as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.unassigned", name=name), "success")
    return redirect(url_for("jobs.show", job_id=job_id))
