"""Who may see and change what: hiring managers see only their assigned jobs; everything they
may not see is reported as absent (NotFoundError → 404), never as forbidden."""

from __future__ import annotations

from matcher.core import EDITOR_ROLES
from matcher.errors import NotFoundError, PermissionDeniedError
from matcher.store import Store

EDITORS = EDITOR_ROLES
DECIDERS = ("admin", "hiring_manager")  # who records shortlist / interview / reject (README)


def require_role(user: dict, *roles: str) -> None:
    """PermissionDeniedError unless the user has one of the roles."""
    if user is None or user.get("role") not in roles:
        raise PermissionDeniedError(f"this needs the role {' or '.join(roles)}")


def visible_job(store: Store, user: dict, job_id: int) -> dict:
    """The job when the user may see it; NotFoundError otherwise (same message either way)."""
    if user is None or int(job_id) not in store.visible_job_ids(user):
        raise NotFoundError(f"job {job_id} does not exist")
    return store.get_job(int(job_id))


def visible_candidate(store: Store, user: dict, cand_id: int, job_id: int | None = None) -> dict:
    """The candidate when the user may see their job (and it is job_id when given)."""
    try:
        cand = store.get_candidate(int(cand_id))
    except NotFoundError:
        raise NotFoundError(f"candidate {cand_id} does not exist") from None
    if job_id is not None and cand["job_id"] != int(job_id):
        raise NotFoundError(f"candidate {cand_id} does not exist")
    try:
        visible_job(store, user, cand["job_id"])
    except NotFoundError:
        raise NotFoundError(f"candidate {cand_id} does not exist") from None
    return cand
