"""Who may see and change what: hiring managers see only their assigned jobs and, through them,
those jobs' applicants; recruiters and admins see every job and the whole talent pool.
Everything a user may not see is reported as absent (NotFoundError → 404), never as forbidden."""

from __future__ import annotations

from matcher.core import DECIDER_ROLES, EDITOR_ROLES
from matcher.errors import ConflictError, NotFoundError, PermissionDeniedError
from matcher.store import Store

EDITORS = EDITOR_ROLES
DECIDERS = DECIDER_ROLES


def require_role(user: dict, *roles: str) -> None:
    """PermissionDeniedError unless the user has one of the roles."""
    if user is None or user.get("role") not in roles:
        raise PermissionDeniedError(f"this needs the role {' or '.join(roles)}")


def visible_job(store: Store, user: dict, job_id: int) -> dict:
    """The job when the user may see it; NotFoundError otherwise (same message either way)."""
    if user is None or int(job_id) not in store.visible_job_ids(user):
        raise NotFoundError(f"job {job_id} does not exist")
    return store.get_job(int(job_id))


def open_job(store: Store, user: dict, job_id: int) -> dict:
    """visible_job for a change: ConflictError when the job is closed (kept read only)."""
    job = visible_job(store, user, job_id)
    if job.get("status") == "closed":
        raise ConflictError(f"job {int(job_id)} is closed; reopen it to change it")
    return job


def sees_pool(user: dict) -> bool:
    """Whether the user may browse the whole talent pool (hiring managers may not)."""
    return user is not None and user.get("role") in EDITORS


def visible_candidate(store: Store, user: dict, cand_id: int, job_id: int | None = None) -> dict:
    """The candidate when the user may see them, with "job_id": the job they are seen through.
    With a job: any pool candidate for recruiters and admins (a job is ranked against the
    whole pool), only the job's applicants for a hiring manager. Without one: the job they
    applied to when the user sees exactly one such job, else None."""
    absent = NotFoundError(f"candidate {cand_id} does not exist")
    try:
        cand = store.get_candidate(int(cand_id))
    except NotFoundError:
        raise absent from None
    if job_id is not None:
        try:
            visible_job(store, user, job_id)
        except NotFoundError:
            raise absent from None
        if not sees_pool(user) and int(job_id) not in cand["jobs"]:
            raise absent
        return {**cand, "job_id": int(job_id)}
    seen = cand["jobs"]
    if not sees_pool(user):
        mine = set(store.visible_job_ids(user)) if user is not None else set()
        seen = [j for j in cand["jobs"] if j in mine]
        if not seen:
            raise absent
    return {**cand, "jobs": seen, "job_id": seen[0] if len(seen) == 1 else None}
