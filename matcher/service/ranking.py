"""The shortlist's order: the verdict score, or a learned ranker that weighs the verdicts. A new
installation uses the shipped default (trained on the public graded set); an admin retrains on
this installation's decisions, and the new version is adopted only when it beats the verdict
score on held-out jobs; an admin may always go back to the verdict score."""

from __future__ import annotations

import threading

import numpy as np

from matcher.errors import BadRequest, NotFoundError
from matcher.learn import Group, LearnedRanker, cross_validate, default_ranker, loads, matrix
from matcher.service import processing
from matcher.service.access import require_role
from matcher.store import Store

ORDERS = ("learned", "verdict")
# What a decision says of a candidate, as the gain of nDCG: an interview over a shortlist over a
# rejection. Candidates without a decision are not used.
GAINS = {"reject": 0.0, "shortlist": 1.0, "interview": 2.0}

_LOADED: dict[int, LearnedRanker] = {}  # adopted rankers by id, unpickled once per process
_LOADED_LOCK = threading.Lock()


def order_mode(store: Store) -> str:
    """ "learned" (the default) or "verdict", as the admin set it."""
    mode = store.get_meta("ranking", "learned")
    return mode if mode in ORDERS else "learned"


def active_ranker(store: Store, language: str | None = None) -> LearnedRanker | None:
    """The ranker that orders a shortlist of a posting in `language`: None when the admin chose
    the verdict score; the newest adopted ranker trained here; else the shipped default, for
    the languages it learned from only (German and English IT postings: its order was never
    checked on others, where the verdict score's order stands)."""
    if order_mode(store) == "verdict":
        return None
    adopted = store.adopted_ranker()
    if adopted is None:
        shipped = default_ranker()
        return shipped if shipped is not None and shipped.serves(language) else None
    record, blob = adopted
    with _LOADED_LOCK:
        if record["id"] not in _LOADED:
            _LOADED[record["id"]] = loads(blob)
        return _LOADED[record["id"]] or default_ranker()


def ranker_status(store: Store, user: dict) -> dict:
    """Admin: {"order", "in_use": {"source": "trained"|"default"|None, ...record}, "history"}."""
    require_role(user, "admin")
    mode = order_mode(store)
    adopted = store.adopted_ranker()
    if mode == "verdict":
        in_use: dict = {"source": None}
    elif adopted is not None:
        in_use = {"source": "trained", **adopted[0]}
    else:
        shipped = default_ranker()
        info = getattr(shipped, "trained_on_", {}) if shipped is not None else {}
        in_use = {
            "source": "default" if shipped is not None else None,
            "jobs": info.get("jobs"),
            "cv_learned": (info.get("cv") or {}).get("learned"),
            "cv_verdict": (info.get("cv") or {}).get("verdict"),
            "trained_on": info.get("source"),
            "languages": info.get("languages"),
        }
    return {"order": mode, "in_use": in_use, "history": store.list_rankers()}


def decision_groups(store: Store) -> tuple[list[Group], int, str | None]:
    """(one Group per job with decided, scored candidates; how many decisions; the newest
    decision's time). A candidate counts once per job, by their latest decision, and only when
    their stored result for the job's current requirements carries its signals."""
    groups, count, newest = [], 0, None
    for job_id, decided in sorted(store.decided().items()):
        try:
            job = store.get_job(job_id)
        except NotFoundError:  # a deleted job's decisions went with it
            continue
        req_hash, model_id = processing.job_revision(store, job)
        results = store.get_matches(job_id, req_hash, model_id, ids=sorted(decided))
        usable = [c for c in sorted(decided) if "signals" in results.get(c, {})]
        if not usable:
            continue
        chosen = [results[c] for c in usable]
        groups.append(
            Group(
                features=matrix([r["signals"] for r in chosen]),
                gains=np.array([GAINS[decided[c][0]] for c in usable]),
                scores=np.array([float(r.get("score") or 0.0) for r in chosen]),
                knocked_out=np.array([bool(r.get("knocked_out")) for r in chosen]),
            )
        )
        count += len(usable)
        newest = max([newest or "", *(decided[c][1] for c in usable)])
    return groups, count, newest


def train_ranker(store: Store, user: dict) -> dict:
    """Admin: train a ranker on this installation's decisions, cross-validated by job; it is
    stored as a new version and adopted (used from now on) only when it beats the verdict
    score on held-out jobs. BadRequest when there are too few decided jobs to tell."""
    require_role(user, "admin")
    groups, count, newest = decision_groups(store)
    try:
        figures = cross_validate(groups)
    except ValueError as exc:  # too few jobs with differing decisions: the admin can fix that
        raise BadRequest(str(exc)) from None
    adopted = figures["learned"] > figures["verdict"]
    fitted = LearnedRanker().fit(groups)
    record = store.add_ranker(
        {
            "created_by": user["name"],
            "trained_through": newest,
            "decisions": count,
            "jobs": figures["jobs"],
            "cv_learned": figures["learned"],
            "cv_verdict": figures["verdict"],
            "adopted": adopted,
        },
        fitted.dumps(),
    )
    if adopted:
        store.set_meta("ranking", "learned")
    store.audit(
        "ranker_trained",
        user["name"],
        f"ranker {record['id']}",
        f"{count} decisions, {figures['jobs']} jobs, adopted {adopted}",
    )
    return record


def set_order(store: Store, user: dict, order: str) -> dict:
    """Admin: order shortlists by the learned ranker or by the verdict score."""
    require_role(user, "admin")
    if order not in ORDERS:
        raise BadRequest(f"order {order!r} is not one of {', '.join(ORDERS)}")
    store.set_meta("ranking", order)
    store.audit("ranking_order", user["name"], "shortlists", order)
    return ranker_status(store, user)
