"""The talent pool: every candidate of the installation, searched, uploaded into directly,
ranked against a job and added to a job as applicants. Recruiters and admins only; a hiring
manager sees pool candidates only as applicants of the jobs assigned to them."""

from __future__ import annotations

import threading
from collections import OrderedDict

from matcher.errors import BadRequest
from matcher.match.rank import rank_key
from matcher.service import processing
from matcher.service.access import EDITORS, open_job, require_role, visible_job
from matcher.store import Store
from matcher.store.talent import PAGE

MAX_PAGE = 200


def search_pool(
    store: Store, user: dict, query: str = "", cursor: str | None = None, limit: int = PAGE
) -> dict:
    """{candidates: [{id, name, file, created_at, highest_level, total_years, skills, jobs}],
    next: cursor of the next page or None, total: pool size}, newest first."""
    require_role(user, *EDITORS)
    before = None
    if cursor not in (None, ""):
        try:
            before = int(cursor)
        except (TypeError, ValueError):
            raise BadRequest(f"cursor {cursor!r} is not one this API gave") from None
    try:
        limit = int(limit)
    except (TypeError, ValueError):
        raise BadRequest(f"limit {limit!r} is not a whole number") from None
    if not 1 <= limit <= MAX_PAGE:
        raise BadRequest(f"limit {limit} is outside 1-{MAX_PAGE}")
    rows, after = store.search_pool(str(query or "").strip(), before, limit)
    return {
        "candidates": rows,
        "next": None if after is None else str(after),
        "total": store.pool_size(),
    }


def attach_candidates(store: Store, user: dict, job_id: int, ids: list) -> dict:
    """Make pool candidates applicants of an open job: {job, added: [ids], already: [ids]};
    the job is re-scored in the background. ValueError names an id that is not in the pool."""
    open_job(store, user, job_id)
    require_role(user, *EDITORS)
    if not isinstance(ids, list) or not ids or not all(type(i) is int for i in ids):
        raise BadRequest('send JSON {"ids": [candidate id, ...]}')
    known = set(store.candidate_ids(None))  # ids only: cheap for any pool size
    missing = [i for i in ids if i not in known]
    if missing:
        raise BadRequest(f"candidates {missing} are not in the pool")
    added, already = [], []
    for cand_id in dict.fromkeys(ids):
        (added if store.apply(int(job_id), cand_id, "pool", user["id"]) else already).append(
            cand_id
        )
    if added:
        store.enqueue("recompute", {"job_id": int(job_id)})
    return {"job": int(job_id), "added": added, "already": already}


# The pre-filter's choice per (job, revision, model, pool state): a page that is reloaded, or
# a candidate opened from it, does not read 100,000 résumés again. A new, erased or merged
# candidate changes the pool state and so the key.
_KEPT: OrderedDict[tuple, tuple[list[int], list[int]]] = OrderedDict()
_KEPT_LOCK = threading.Lock()
_KEPT_SIZE = 16


def pool_ranking(store: Store, job_id: int, retrieve_above: int | None = None) -> tuple[list, list]:
    """([(candidate id, result)] best first for the pool candidates kept by the retrieval
    pre-filter and scored in full, [candidate ids screened out]). Results are stored with the
    job's, so each candidate is scored once per job revision and model."""
    from matcher.match.retrieve import RETRIEVE_ABOVE, keep_best, shortlist_pool

    job = store.get_job(job_id)
    req_hash, _ = processing.job_revision(store, job)
    encoder = processing.encoder_for(store)
    key = (job_id, req_hash, encoder.model_id, store.pool_state(), retrieve_above)
    with _KEPT_LOCK:
        cached = _KEPT.get(key)
    if cached is None:
        ids = store.candidate_ids(None)
        posting = processing.posting_of(job)
        limit = retrieve_above or RETRIEVE_ABOVE
        profiles = store.candidate_pool(ids)
        # Ray shards the pre-filter's full scan; a pool with a vector index (PostgreSQL:
        # `nearest`) narrows it with one indexed query in this process instead.
        if store.settings.engine == "ray" and len(ids) > limit and not hasattr(profiles, "nearest"):
            from matcher import ray_engine

            scores, _ = ray_engine.job_scores(store.settings, encoder, posting, ids)
            chosen, rest = keep_best(scores, limit)
        else:
            chosen, rest = shortlist_pool(posting, profiles, encoder, retrieve_above)
        cached = ([ids[i] for i in chosen], [ids[i] for i in rest])
        with _KEPT_LOCK:
            _KEPT[key] = cached
            while len(_KEPT) > _KEPT_SIZE:
                _KEPT.popitem(last=False)
    kept, rest = cached
    with processing.job_lock(job_id):
        have = store.match_ids(job_id, req_hash, encoder.model_id)
        todo = [i for i in kept if i not in have]
        if todo:
            scored = _score(store, job, todo, encoder)
            alive = set(store.candidate_ids(None))
            store.put_matches(
                job_id,
                req_hash,
                encoder.model_id,
                [(int(r["resume"]), r) for r in scored if int(r["resume"]) in alive],
            )
    results = store.get_matches(job_id, req_hash, encoder.model_id, ids=kept)
    pairs = [(i, results[i]) for i in kept if i in results]
    pairs.sort(key=lambda p: rank_key(p[1], p[0]))
    return pairs, rest


def _score(store: Store, job: dict, ids: list[int], encoder) -> list[dict]:
    """Every one of these candidates scored in full for the job, in this process or (engine
    "ray") in shards on Ray workers: the same results either way."""
    posting, flagged = processing.posting_of(job), bool(job.get("score_flagged"))
    if store.settings.engine == "ray":
        from matcher import ray_engine

        return ray_engine.rank(store.settings, encoder, posting, ids, flagged)[0]
    from matcher import match

    pool = store.candidate_pool(ids)
    return match.rank(posting, pool, encoder, score_flagged=flagged, retrieve_above=len(ids))


def pool_shortlist(store: Store, user: dict, job_id: int, filters: dict | None = None) -> dict:
    """Every pool candidate ranked for the job, in the shortlist's shape (plus "applicant");
    candidates the pre-filter left out follow with "screened_out": true and score 0."""
    from matcher.learn import learned_order
    from matcher.service.filters import apply_filters
    from matcher.service.ranking import active_ranker

    job = visible_job(store, user, job_id)
    require_role(user, *EDITORS)
    pairs, rest = pool_ranking(store, int(job_id))
    applicants = set(store.candidate_ids(int(job_id)))
    decided = store.latest_decisions(int(job_id))
    heads = {h["id"]: h for h in store.candidate_heads(ids=[i for i, _ in pairs])}
    out = []
    for cand_id, result in pairs:
        head = heads.get(cand_id)
        if head is None:  # erased since the ranking
            continue
        out.append(
            {
                **result,
                "resume": head["resume"],
                "id": cand_id,
                "name": head["name"],
                "decision": decided.get(cand_id),
                "applicant": cand_id in applicants,
            }
        )
    files = store.candidate_files(rest)
    out += [
        {
            "resume": files[i],
            "id": i,
            "name": None,
            "score": 0.0,
            "knocked_out": False,
            "requirements": [],
            "screened_out": True,
            "decision": decided.get(i),
            "applicant": i in applicants,
        }
        for i in rest
        if i in files
    ]
    for rank, c in enumerate(out, start=1):
        c["rank"] = rank
    out = learned_order(out, active_ranker(store, job.get("language")))
    return {
        "candidates": apply_filters(out, filters or {}, job["requirements"]),
        "pending": 0,
        "pool": len(out),
    }
