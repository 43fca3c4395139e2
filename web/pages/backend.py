"""The one place where the pages call the service layer (matcher.service) for the logged-in user:
each function here calls one service function with the request's store and user."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, g

from matcher import service
from matcher.errors import NotFoundError


def _store():
    return g.store


def _call(func: Callable, /, *args, **kwargs):
    """func(store, user, ...) for the logged-in user; a row the user may not see becomes 404.
    `func` is positional-only so a keyword argument called `func` would still reach it."""
    try:
        return func(_store(), g.user, *args, **kwargs)
    except NotFoundError as exc:
        abort(404, str(exc))


def list_jobs(status: str = "open") -> list[dict]:
    """Jobs visible to the user with this status (open, closed, all)."""
    return _call(service.list_jobs, status=status)


def update_job(job_id: int, fields: dict) -> dict:
    """Rename, edit, close or reopen a job: the job."""
    return _call(service.update_job, job_id, fields)


def delete_job(job_id: int) -> dict:
    """Admin: delete a job; its candidates stay in the pool."""
    return _call(service.delete_job, job_id)


def search_pool(query: str, cursor: str | None) -> dict:
    """A page of the talent pool: {candidates, next, total}."""
    return _call(service.search_pool, query, cursor)


def pool_shortlist(job_id: int) -> dict:
    """Every pool candidate ranked for the job: {candidates, pool}."""
    return _call(service.pool_shortlist, job_id, filters={"decision": "all"})


def attach_candidates(job_id: int, ids: list[int]) -> dict:
    """Add pool candidates to the job: {added, already}."""
    return _call(service.attach_candidates, job_id, ids)


def get_job(job_id: int) -> dict:
    """One job with requirements, flags and managers (404 when not visible)."""
    return _call(service.get_job, job_id)


def draft_from_text(text: str) -> dict:
    """Parse pasted text into postings kept as a draft: {id, name, postings}."""
    return _call(service.stage_jd, text=text)


def draft_from_file(name: str, data: bytes) -> dict:
    """Keep an uploaded JD file and parse it into postings: {id, name, postings}."""
    return _call(service.stage_jd, name=name, data=data)


def create_jobs(draft_id: str, picks: list[int]) -> list[dict]:
    """Create one job per chosen posting of a draft: [{id, title}]."""
    return _call(service.create_jobs, draft_id, picks)


def hiring_managers() -> list[str]:
    """Names of every hiring manager (for the assign select)."""
    return sorted(u["name"] for u in _store().list_users() if u["role"] == "hiring_manager")


def update_requirement(job_id: int, req_id: int, fields: dict) -> dict:
    """Change one requirement; the job is re-scored in the background."""
    return _call(service.update_requirement, job_id, req_id, fields)


def delete_requirement(job_id: int, req_id: int) -> None:
    """Delete one requirement."""
    _call(service.delete_requirement, job_id, req_id)


def add_requirement(job_id: int, fields: dict) -> dict:
    """Add a requirement: {id, ...}."""
    return _call(service.add_requirement, job_id, fields)


def set_score_flagged(job_id: int, on: bool) -> dict:
    """Admin: score the job's flagged conditions or not; the job is re-scored in the background."""
    return _call(service.set_score_flagged, job_id, on)


def assign(job_id: int, name: str) -> None:
    """Let a hiring manager see the job."""
    _call(service.assign, job_id, name)


def unassign(job_id: int, name: str) -> None:
    """Take the job away from a hiring manager."""
    _call(service.unassign, job_id, name)


def upload_resumes(job_id: int | None, files: list[tuple[str, bytes]]) -> dict:
    """Queue résumé files (zips expanded) for the worker, for a job or (None) the pool:
    {id: batch id}."""
    return _call(service.upload_resumes, job_id, files)


def list_batches(job_id: int | None) -> list[dict]:
    """The earlier upload batches of a job (None: of the pool), newest first."""
    return _call(service.list_batches, job_id)


def get_batch(job_id: int | None, batch_id: str) -> dict:
    """One batch with each file's status."""
    return _call(service.get_batch, job_id, batch_id)


def shortlist(job_id: int, masked: bool | None = None, filters: dict | None = None) -> dict:
    """{candidates: [...], pending: n, total: n, masked} in ranking order, those that pass the
    filters (matcher.service.filters); masked as asked (None: the job's default)."""
    return _call(service.shortlist, job_id, filters=filters or {"decision": "all"}, masked=masked)


def get_candidate(job_id: int, cand_id: int, masked: bool | None = None) -> dict:
    """One candidate seen through a job with text, profile, verdicts and their other jobs
    (404 when not visible), masked as asked (None: the job's default)."""
    return _call(service.get_candidate, job_id, cand_id, masked)


def export_rows(job_id: int, masked: bool | None, ids: list[int]) -> dict:
    """The rows of a CSV export of these candidates (service.export_rows)."""
    return _call(service.export_rows, job_id, masked, ids)


def set_privacy(job_id: int, mask_default: bool, may_unmask: bool) -> dict:
    """Admin: whether hiring managers see the job masked by default and may unmask."""
    return _call(service.set_privacy, job_id, mask_default, may_unmask)


def decide(job_id: int, cand_id: int, decision: str, note: str) -> None:
    """Record a decision under the user's name."""
    _call(service.decide, job_id, cand_id, decision, note)


def list_users() -> list[dict]:
    """Every user with role."""
    return _store().list_users()


def add_user(name: str, role: str, password: str) -> dict:
    """Add a user."""
    return _store().add_user(name, role, password)


def set_role(name: str, role: str) -> dict:
    """Change a user's role."""
    return _store().set_role(name, role)


def remove_user(name: str) -> None:
    """Remove a user."""
    _store().remove_user(name)


def list_tokens(name: str) -> list[dict]:
    """A user's API tokens (id, created, expires, last use; never the token)."""
    return _store().list_tokens(name)


def revoke_token(name: str, token_id: int) -> int:
    """Revoke one API token of a user."""
    return _store().revoke_tokens(name, token_id)


def model_status() -> dict:
    """{current: model name, progress: {...} or None}."""
    return _call(service.model_status)


def set_model(name: str) -> None:
    """Switch the embedding model (re-embeds in the background)."""
    _call(service.set_model, name)


def reembed() -> None:
    """Recompute every vector and match in the background."""
    _call(service.reembed)


def erase_candidate(cand_id: int) -> None:
    """Erase a candidate and everything derived from them."""
    _call(service.erase_candidate, cand_id)


def ranker_status() -> dict:
    """Admin: the shortlists' order and the ranker behind it."""
    return _call(service.ranker_status)


def train_ranker() -> dict:
    """Admin: train a ranker on this installation's decisions."""
    return _call(service.train_ranker)


def set_order(order: str) -> dict:
    """Admin: order shortlists by the learned ranker or the verdict score."""
    return _call(service.set_order, order)


def fairness_report(job_id: int | None = None) -> dict:
    """Admin: the adverse-impact report of one job or of every job."""
    return _call(service.fairness_report, job_id)
