"""Admin pages: users and roles, the embedding model and re-embedding, the shortlists' order
(learned or verdict), the adverse-impact report, erasure of a candidate."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)

from matcher.core import ROLES
from matcher.errors import MatcherError
from matcher.service.accounts import check_new_password
from matcher.service.accounts import reset_password as reset
from web.i18n import t
from web.messages import say_error
from web.pages import backend

bp = Blueprint("admin", __name__, url_prefix="/admin")

MODEL_CHOICES = ("default", "all-MiniLM-L6-v2")


@bp.before_request
def admins_only():
    """Every admin page is for admins; others get 404, as if it did not exist."""
    if g.get("user") is None or g.user["role"] != "admin":
        abort(404)


def _back():
    return redirect(url_for("admin.index"))


@bp.get("/")
def index():
    """Users, model and erasure."""
    users = sorted(backend.list_users(), key=lambda u: u["name"])
    tokens = [{**tok, "user": u["name"]} for u in users for tok in backend.list_tokens(u["name"])]
    model = backend.model_status()
    progress = model.get("progress") or {}
    return render_template(
        "admin/index.html",
        users=users,
        tokens=tokens,
        roles=ROLES,
        ranking=backend.ranker_status(),
        model={
            "current": model.get("current") or "default",
            "pending": int(progress.get("pending") or 0),
            "choices": MODEL_CHOICES,
        },
    )


@bp.post("/users")
def add_user():
    """Add a user with a role and an initial password."""
    name = request.form.get("name", "").strip()
    role = request.form.get("role", "")
    password = request.form.get("password", "")
    try:
        check_new_password(password)  # the same rule as a change, said in the page's language
        backend.add_user(name, role, password)
    except (MatcherError, ValueError) as exc:
        flash(say_error(exc), "error")
    else:
        flash(t("msg.user_added", name=name), "success")
    return _back()


@bp.post("/users/role")
def set_role():
    """Change a user's role."""
    name = request.form.get("name", "")
    role = request.form.get("role", "")
    try:
        backend.set_role(name, role)
    except (MatcherError, ValueError) as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.role_changed", name=name, role=t("role." + role)), "success")
    return _back()


@bp.post("/users/password")
def reset_password():
    """Set another user's password (the admin tells them out of band)."""
    name = request.form.get("name", "")
    try:
        reset(g.store, g.user, name, request.form.get("password", ""))
    except (MatcherError, ValueError) as exc:
        flash(say_error(exc), "error")
    else:
        flash(t("msg.password_reset", name=name), "success")
    return _back()


@bp.post("/users/remove")
def remove_user():
    """Remove a user (not yourself: an admin cannot lock the last door behind them)."""
    name = request.form.get("name", "")
    if name == g.user["name"]:
        abort(400, "You cannot remove your own account.")
    try:
        backend.remove_user(name)
    except (MatcherError, ValueError) as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.user_removed", name=name), "success")
    return _back()


@bp.post("/tokens/revoke")
def revoke_token():
    """Revoke one API token of a user."""
    name = request.form.get("name", "")
    raw = request.form.get("token", "").strip()
    if not raw.isdigit():
        abort(400, "token id must be a number")
    try:
        backend.revoke_token(name, int(raw))
    except (MatcherError, ValueError) as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.token_revoked", id=raw, name=name), "success")
    return _back()


@bp.post("/ranker/train")
def train_ranker():
    """Train a ranker on the decisions; adopted only when it beats the verdict score."""
    try:
        record = backend.train_ranker()
    except ValueError as exc:
        flash(t("ranker.cannot_train", reason=str(exc)), "error")
    else:
        key = "ranker.adopted" if record["adopted"] else "ranker.not_adopted"
        flash(t(key, learned=record["cv_learned"], verdict=record["cv_verdict"]), "success")
    return redirect(url_for("admin.index", _anchor="ranking"))


@bp.post("/ranker/order")
def ranker_order():
    """Order shortlists by the learned ranker or by the verdict score."""
    backend.set_order("verdict" if request.form.get("order") == "verdict" else "learned")
    flash(t("ranker.order_saved"), "success")
    return redirect(url_for("admin.index", _anchor="ranking"))


@bp.get("/fairness")
def fairness():
    """The adverse-impact report over every job, or one job's (?job=ID), with a chart."""
    job_id = request.args.get("job", type=int)
    report = backend.fairness_report(job_id)
    jobs = backend.list_jobs("all")
    return render_template("admin/fairness.html", report=report, jobs=jobs, job_id=job_id)


@bp.get("/fairness.csv")
def fairness_csv():
    """The report as CSV."""
    from matcher.service import fairness_csv as as_csv

    job_id = request.args.get("job", type=int)
    name = f"job-{job_id}-fairness.csv" if job_id else "fairness.csv"
    return Response(
        as_csv(backend.fairness_report(job_id)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.post("/model")
def set_model():
    """Choose the embedding model; matches are recomputed in the background."""
    model = request.form.get("model", "").strip()
    try:
        backend.set_model(model)
    except (MatcherError, ValueError) as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.model_set", model=model), "success")
    return _back()


@bp.post("/reembed")
def reembed():
    """Recompute every vector and match with the model in use, in the background."""
    try:
        backend.reembed()
    except MatcherError as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.reembed_started"), "success")
    return _back()


@bp.post("/erase")
def erase():
    """Erase one candidate's file, text, vectors, matches and decisions."""
    raw = request.form.get("candidate", "").strip()
    if not raw.isdigit():
        abort(400, "candidate id must be a number")
    try:
        backend.erase_candidate(int(raw))
    except MatcherError as exc:
        flash(str(exc), "error")
    else:
        flash(t("msg.erased", id=raw), "success")
    return _back()
