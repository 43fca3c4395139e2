"""The operations both the pages and the JSON API call, each as `func(store, user, ...)`.
A row the user may not see raises NotFoundError; a role that may not act, PermissionDeniedError."""

from __future__ import annotations

from matcher.service.candidates import (
    candidate_file,
    decide,
    decisions,
    erase_candidate,
    get_batch,
    get_candidate,
    get_candidate_by_id,
    list_batches,
    model_status,
    progress,
    reembed,
    set_model,
    shortlist,
    upload_resumes,
)
from matcher.service.export import export_rows
from matcher.service.fairness import fairness_csv, fairness_report
from matcher.service.filters import must_counts
from matcher.service.jobs import (
    add_requirement,
    assign,
    create_jobs,
    create_jobs_from,
    delete_job,
    delete_requirement,
    get_job,
    list_jobs,
    replace_requirements,
    set_score_flagged,
    stage_jd,
    unassign,
    update_job,
    update_requirement,
)
from matcher.service.pool import attach_candidates, pool_shortlist, search_pool
from matcher.service.privacy import set_privacy
from matcher.service.processing import process_batch, recompute, run_pending
from matcher.service.ranking import ranker_status, set_order, train_ranker

__all__ = [
    "add_requirement",
    "assign",
    "attach_candidates",
    "candidate_file",
    "create_jobs",
    "create_jobs_from",
    "decide",
    "decisions",
    "delete_job",
    "delete_requirement",
    "erase_candidate",
    "export_rows",
    "fairness_csv",
    "fairness_report",
    "must_counts",
    "get_batch",
    "get_candidate",
    "get_candidate_by_id",
    "get_job",
    "list_batches",
    "list_jobs",
    "model_status",
    "pool_shortlist",
    "process_batch",
    "ranker_status",
    "progress",
    "recompute",
    "reembed",
    "replace_requirements",
    "run_pending",
    "search_pool",
    "set_model",
    "set_order",
    "set_privacy",
    "set_score_flagged",
    "shortlist",
    "stage_jd",
    "train_ranker",
    "unassign",
    "update_job",
    "update_requirement",
    "upload_resumes",
]
