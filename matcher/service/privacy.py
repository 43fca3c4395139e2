"""Per-job privacy: an admin decides whether hiring managers see a job's candidates masked by
default and whether they may unmask them; every unmasking (a hiring manager's unmasked view or
original file on a job masked by default) is an audit line (ids only, never the personal data).
Recruiters and admins, who upload the files, see them in full unless they ask for the mask."""

from __future__ import annotations

from matcher.errors import BadRequest, PermissionDeniedError
from matcher.service.access import require_role, visible_job
from matcher.store import Store


def set_privacy(
    store: Store, user: dict, job_id: int, mask_default: bool, may_unmask: bool
) -> dict:
    """Admin only: the job's masking policy, audited. Returns {job, mask_default, may_unmask}."""
    job = visible_job(store, user, job_id)
    require_role(user, "admin")
    if not isinstance(mask_default, bool) or not isinstance(may_unmask, bool):
        raise BadRequest('send JSON {"mask_default": true|false, "may_unmask": true|false}')
    if (job["mask_default"], job["may_unmask"]) != (mask_default, may_unmask):
        store.set_privacy(int(job_id), mask_default, may_unmask)
        detail = f"mask_default {mask_default}; may_unmask {may_unmask}"
        store.audit("privacy", user["name"], f"job {int(job_id)}", detail)
    return {"job": int(job_id), "mask_default": mask_default, "may_unmask": may_unmask}


def masked_by_default(user: dict, job: dict) -> bool:
    """Whether this user sees the job's candidates masked unless they ask otherwise."""
    return user.get("role") == "hiring_manager" and bool(job.get("mask_default"))


def may_unmask(user: dict, job: dict) -> bool:
    """Whether the user may see the job's candidates unmasked: editors always; hiring managers
    unless the job is masked by default and an admin has not let them unmask."""
    if user.get("role") != "hiring_manager":
        return True
    return not job.get("mask_default") or bool(job.get("may_unmask"))


def masked_view(store: Store, user: dict, job: dict, asked: bool | None, subject: str) -> bool:
    """Whether this view is masked: what the caller asked for, else the user's default; a hiring
    manager who may not unmask always gets the masked view. An unmasked view where the user's
    default is masked is audited under `subject` ("job 3 candidate 12")."""
    default = masked_by_default(user, job)
    masked = default if asked is None else asked
    if not masked and not may_unmask(user, job):
        masked = True
    if not masked and default:
        store.audit("unmask", user["name"], subject)
    return masked


def check_original_file(store: Store, user: dict, job: dict, subject: str) -> None:
    """The original file shows everything (name, contact, photo): refused to a hiring manager
    who may not unmask, audited as an unmasking for one whose default view is masked."""
    if not may_unmask(user, job):
        raise PermissionDeniedError("this job's candidates are shown masked; the file is not")
    if masked_by_default(user, job):
        store.audit("unmask", user["name"], subject, "original file")
