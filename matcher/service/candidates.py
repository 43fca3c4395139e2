"""Candidate operations: bulk upload, the ranked shortlist, a candidate's verdicts, decisions,
CSV export and erasure."""

from __future__ import annotations

from matcher.errors import BadRequest, ConflictError, LimitExceededError, MatcherError, StorageError
from matcher.filenames import clean_name
from matcher.learn import learned_order
from matcher.masking import mask_candidate
from matcher.match.rank import rank_key
from matcher.service import processing
from matcher.service.access import (
    DECIDERS,
    EDITORS,
    open_job,
    require_role,
    visible_candidate,
    visible_job,
)
from matcher.service.filters import apply_filters
from matcher.service.privacy import check_original_file, masked_view
from matcher.service.ranking import active_ranker
from matcher.settings import MB
from matcher.store import Store


def _expand(store: Store, files: list[tuple[str, bytes]]) -> list[tuple[str, bytes | MatcherError]]:
    """(name, bytes) per file with zips expanded to members; (name, the error) for refusals."""
    s = store.settings
    out: list[tuple[str, bytes | MatcherError]] = []
    left = s.max_zip_total_mb * MB  # unpacked bytes left for the whole request, not per zip
    for raw_name, data in files:
        name = clean_name(raw_name)  # stored, shown and sent in headers: no controls or bidi
        if name.lower().endswith(".zip"):
            from matcher.extract.zip import iter_zip_members

            try:
                for member, content in iter_zip_members(data, name, s, budget=left):
                    shown = clean_name(member)
                    if isinstance(content, bytes):
                        left -= len(content)
                    elif isinstance(content, MatcherError):  # the error names the member as shown
                        content.args = (str(content).replace(member, shown, 1),)
                    out.append((shown, content))
            except MatcherError as exc:
                out.append((name, exc))
        else:
            out.append((name, data))
    if len(out) > s.max_files:
        raise LimitExceededError(
            f"{len(out)} files in one upload; the limit is {s.max_files}",
            code="too_many_files",
            params={"count": len(out), "limit": s.max_files},
        )
    return out


def _uploader(store: Store, user: dict, job_id: int | None) -> None:
    """Who may upload: editors, to an open job they see or (job None) into the pool."""
    if job_id is not None:
        open_job(store, user, job_id)
    require_role(user, *EDITORS)


def add_files(store: Store, user: dict, job_id: int | None, files: list[tuple[str, bytes]]) -> str:
    """Keep each file and queue it for parsing, for a job or (None) into the pool only: the
    batch id."""
    _uploader(store, user, job_id)
    if not files:
        raise BadRequest('no files were uploaded (send one or more multipart "files")')
    limit = store.settings.max_file_mb * MB
    entries = []
    for name, content in _expand(store, files):
        if isinstance(content, MatcherError):
            entries.append((name, None, str(content), content.coded()))
        elif len(content) > limit:
            error = LimitExceededError(
                f"{len(content) // MB} MB is over the {store.settings.max_file_mb} MB limit",
                path=name,
                code="too_big",
                params={"size": len(content) // MB, "limit": store.settings.max_file_mb},
            )
            entries.append((name, None, str(error), error.coded()))
        else:
            try:
                entries.append((name, store.put_file(name, content), None))
            except StorageError as exc:  # this file fails with the reason; the others go on
                entries.append((name, None, str(exc), exc.coded()))
    return store.add_batch(None if job_id is None else int(job_id), user["id"], entries)


def upload_resumes(
    store: Store,
    user: dict,
    job_id: int | None,
    files: list[tuple[str, bytes]],
    wait: bool = False,
) -> dict:
    """Keep résumés and queue their parsing for the worker, as applicants of the job or (job
    None) into the pool only: {id: batch id, total}. wait=True parses them in this call (the
    API answers with final statuses); scoring stays queued."""
    batch_id = add_files(store, user, job_id, files)
    job = None if job_id is None else int(job_id)
    if wait:
        processing.process_batch(store, batch_id)
        # A concurrent shortlist request or the worker may have claimed some of these files
        # first: the answer waits for them, so it gives final statuses, not "processing".
        processing.wait_for_batch(store, batch_id, store.settings.max_parse_seconds + 30)
        if job is not None:
            store.enqueue("recompute", {"job_id": job})
        store.enqueue("warm", {"batch_id": batch_id})
    else:
        store.enqueue("parse_batch", {"batch_id": batch_id, "job_id": job})
    return {"id": batch_id, "total": len(store.batch_uploads(batch_id))}


def _batch_owner(store: Store, user: dict, job_id: int | None) -> int | None:
    """The job whose batches the user may read (None: the pool's, editors only)."""
    if job_id is None:
        require_role(user, *EDITORS)
        return None
    visible_job(store, user, job_id)
    return int(job_id)


def get_batch(store: Store, user: dict, job_id: int | None, batch_id: str) -> dict:
    """One upload batch of a job (None: of the pool) with each file's status."""
    return store.get_batch(_batch_owner(store, user, job_id), str(batch_id))


def list_batches(store: Store, user: dict, job_id: int | None) -> list[dict]:
    """The upload batches of a job (None: of the pool), newest first."""
    return store.list_batches(_batch_owner(store, user, job_id))


def progress(store: Store, user: dict, job_id: int) -> dict:
    """What is still to do for the job: files to parse, candidates to score."""
    visible_job(store, user, job_id)
    files = store.upload_counts(int(job_id))
    pending = processing.pending_count(store, int(job_id))
    return {
        "job_id": int(job_id),
        "files": files,
        "candidates": len(store.candidate_ids(int(job_id))),
        "pending": pending,
        "done": pending == 0,
    }


def ranked(store: Store, job_id: int) -> tuple[list[dict], int]:
    """(scored candidates best first with rank/id/name/decision, how many are not scored yet)."""
    job = store.get_job(job_id)
    req_hash, model_id = processing.job_revision(store, job)
    results = store.get_matches(job_id, req_hash, model_id)
    decided = store.latest_decision_details(job_id)
    out, unscored = [], 0
    for cand in store.candidate_heads(job_id):  # no profile is decoded for the list
        result = results.get(cand["id"])
        if result is None:
            unscored += 1
            continue
        latest = decided.get(cand["id"]) or {}
        row = {
            **result,
            "resume": cand["resume"],
            "id": cand["id"],
            "name": cand["name"],
            "decision": latest.get("decision"),
            "decision_by": latest.get("user"),
            "decision_overrides": latest.get("overrides"),
        }
        if cand.get("damaged"):
            row["damaged"] = True
        out.append(row)
    out.sort(key=lambda c: rank_key(c, (c["resume"], c["id"])))
    for rank, c in enumerate(out, start=1):
        c["rank"] = rank
    return learned_order(out, active_ranker(store, job.get("language"))), unscored


def shortlist(
    store: Store,
    user: dict,
    job_id: int,
    filters: dict | None = None,
    wait: bool = False,
    masked: bool | None = None,
) -> dict:
    """{candidates: [CLI shape + id, name, decision], pending: n, masked, needs_requirements};
    wait=True scores the parsed candidates still missing a score first (files still being parsed
    count in `pending`). `masked` asks for the masked view (None: the job's default; see
    service.privacy). A job without requirements judges nothing: needs_requirements is then
    true."""
    job = visible_job(store, user, job_id)
    if wait:
        # Scores what is parsed; never parses: files still waiting are the worker's (a read that
        # parsed inline froze the server on a hostile file left queued by a restart).
        processing.recompute(store, int(job_id))
    cands, unscored = ranked(store, int(job_id))
    total = len(cands)
    cands = apply_filters(cands, filters or {}, job["requirements"])
    waiting = store.pending_uploads(int(job_id))
    hidden = masked_view(store, user, job, masked, f"job {int(job_id)} shortlist")
    if hidden:
        cands = [mask_candidate(c) for c in cands]
    return {
        "candidates": cands,
        "pending": unscored + waiting,
        "total": total,
        "masked": hidden,
        "needs_requirements": not job["requirements"],
    }


def get_candidate(
    store: Store, user: dict, job_id: int | None, cand_id: int, masked: bool | None = None
) -> dict:
    """A visible candidate: résumé text, profile, and for the job they are seen through (given,
    or the one job they applied to) the verdicts with evidence and the decisions; "applications"
    lists every job the user may see that they applied to, with its latest decision. Masked as
    asked (None: the job's default; a hiring manager who may not unmask always gets it masked;
    seen in the pool, without a job, only when asked)."""
    cand = visible_candidate(store, user, cand_id, job_id)
    job = cand["job_id"]
    scored = _scored(store, job, cand) if job is not None else None
    out = _candidate_record(store, user, cand, job, scored)
    if job is None:
        return mask_candidate(out) if masked else {**out, "masked": False}
    subject = f"job {job} candidate {cand['id']}"
    if masked_view(store, user, store.get_job(job), masked, subject):
        return mask_candidate(out)
    return {**out, "masked": False}


def _candidate_record(
    store: Store, user: dict, cand: dict, job: int | None, scored: dict | None
) -> dict:
    """The full record of a stored candidate and its result for `job` (None when not scored);
    the gender and birth the résumé states only for an admin ("stated", kept apart)."""
    stated = (
        store.stated_attributes([cand["id"]]).get(cand["id"]) if user["role"] == "admin" else None
    )
    return {
        "id": cand["id"],
        "job_id": job,
        "stated": stated,
        "applicant": job in cand["jobs"] if job is not None else False,
        "resume": cand["resume"],
        "text": cand["text"],
        "profile": cand["profile"],
        "damaged": bool(cand.get("damaged")),
        "rank": scored.get("rank") if scored else None,
        "learned": scored.get("learned") if scored else None,
        "score": scored["score"] if scored else None,
        "knocked_out": scored["knocked_out"] if scored else None,
        "requirements": [
            {**r, **evidence_span(cand, r.get("evidence"))}
            for r in (scored["requirements"] if scored else [])
        ],
        "decisions": store.list_decisions(cand["id"], job) if job is not None else [],
        "applications": applications(store, user, cand),
    }


def _scored(store: Store, job_id: int, cand: dict) -> dict | None:
    """The candidate's result for the job: ranked among the applicants, else the one stored by
    a pool ranking, else scored now (a recruiter opening a pool candidate on a job)."""
    if job_id in cand["jobs"]:
        cands, _ = ranked(store, job_id)
        found = next((c for c in cands if c["id"] == cand["id"]), None)
        if found is not None:
            return found
    job = store.get_job(job_id)
    req_hash, _ = processing.job_revision(store, job)
    encoder = processing.encoder_for(store)
    stored = store.get_matches(job_id, req_hash, encoder.model_id, ids=[cand["id"]])
    if cand["id"] in stored:
        return stored[cand["id"]]
    from matcher import match

    result = match.evaluate(
        processing.posting_of(job),
        cand["profile"],
        encoder,
        score_flagged=bool(job.get("score_flagged")),
    )
    result = {"resume": str(cand["id"]), "rank": 0, **result}
    store.put_match(job_id, cand["id"], req_hash, encoder.model_id, result)
    return result


def applications(store: Store, user: dict, cand: dict) -> list[dict]:
    """The jobs the user may see that the candidate applied to: {job_id, title, status,
    reference, decision} with the latest decision on each (None: new)."""
    mine = set(store.visible_job_ids(user))
    out = []
    for job_id in cand["jobs"]:
        if job_id not in mine:
            continue
        job = store.get_job(job_id)
        latest = store.list_decisions(cand["id"], job_id)
        out.append(
            {
                "job_id": job_id,
                "title": job["title"],
                "status": job["status"],
                "reference": job["reference"],
                "decision": latest[-1]["decision"] if latest else None,
            }
        )
    return out


def evidence_span(cand: dict, evidence: str | None) -> dict:
    """{evidence_start, evidence_end}: where the quoted sentence lies in the résumé text, taken
    from the parsed sentence offsets when they match, else found in the text; None when absent."""
    none = {"evidence_start": None, "evidence_end": None}
    if not evidence:
        return none
    text = cand["text"]
    for sentence in cand["profile"].get("sentences") or []:
        start, end = sentence.get("start"), sentence.get("end")
        offsets_ok = isinstance(start, int) and isinstance(end, int)
        if offsets_ok and sentence.get("text") == evidence and text[start:end] == evidence:
            return {"evidence_start": start, "evidence_end": end}
    at = text.find(evidence)
    return {"evidence_start": at, "evidence_end": at + len(evidence)} if at >= 0 else none


def get_candidate_by_id(store: Store, user: dict, cand_id: int, masked: bool | None = None) -> dict:
    """get_candidate without knowing the job (the API's /api/candidates/<id>)."""
    return get_candidate(store, user, None, cand_id, masked)


def candidate_file(store: Store, user: dict, job_id: int | None, cand_id: int) -> tuple[str, bytes]:
    """The candidate's original uploaded file: (name, bytes); refused where only the masked
    view may be seen (the file shows name, contact and photo)."""
    cand = visible_candidate(store, user, cand_id, job_id)
    if cand["job_id"] is not None:  # seen through a job: its privacy setting applies
        subject = f"job {cand['job_id']} candidate {cand['id']}"
        check_original_file(store, user, store.get_job(cand["job_id"]), subject)
    return clean_name(cand["resume"]), store.get_file(cand["sha256"])


def decide(
    store: Store, user: dict, job_id: int | None, cand_id: int, decision: str, note: str = ""
) -> dict:
    """Record a decision on (job, candidate) under the user's name (hiring managers and
    admins): {job_id, decision, note, user, at, overrides}; overrides names an earlier different
    decision by someone else. Without a job, the one job the candidate applied to
    (ConflictError when there are several or none). A pool candidate decided on for a job
    becomes its applicant."""
    cand = visible_candidate(store, user, cand_id, job_id)
    require_role(user, *DECIDERS)
    job = cand["job_id"]
    if job is None:
        n = len(cand["jobs"])
        raise ConflictError(
            f"candidate {cand['id']} applied to {n} jobs; send the decision to "
            f"/api/jobs/<job id>/candidates/{cand['id']}/decision"
        )
    open_job(store, user, job)
    store.add_decision(job, cand["id"], decision, note or "", user["name"])
    if job not in cand["jobs"]:
        store.apply(job, cand["id"], "pool", user["id"])
    return {"job_id": job, **store.list_decisions(cand["id"], job)[-1]}


def decisions(store: Store, user: dict, job_id: int | None, cand_id: int) -> list[dict]:
    """Decisions on a candidate for the job they are seen through, oldest first."""
    cand = visible_candidate(store, user, cand_id, job_id)
    return store.list_decisions(cand["id"], cand["job_id"]) if cand["job_id"] else []


def erase_candidate(store: Store, user: dict, cand_id: int) -> dict:
    """Erase a candidate: file, text, vectors, matches, decisions; audit without personal data."""
    require_role(user, "admin")
    cand = store.delete_candidate(int(cand_id))
    sentences = [s.get("text") for s in cand["profile"].get("sentences") or [] if s.get("text")]
    from matcher.core import profile_document
    from matcher.embed_cache import text_sha

    # the sentences, the raw text and the document the large-pool pre-filter embeds
    texts = [*sentences, cand["text"], profile_document(cand["profile"])]
    vectors = store.vectors().forget(sorted({text_sha(t) for t in texts}))
    file_gone = not store.file_in_use(cand["sha256"])
    if file_gone:
        store.delete_file(cand["sha256"])
    jobs = ",".join(str(j) for j in cand["jobs"]) or "none"
    detail = f"jobs {jobs}; vectors {vectors}; file removed {file_gone}"
    store.audit("erase_candidate", user["name"], f"candidate {cand['id']}", detail)
    return {"id": cand["id"], "erased": True}


def model_status(store: Store, user: dict) -> dict:
    """{current: model name, progress: {queued work}}."""
    require_role(user, "admin")
    pending = store.pending_work("recompute")
    return {"current": processing.current_model(store), "progress": {"pending": len(pending)}}


def set_model(store: Store, user: dict, name: str) -> None:
    """Switch the embedding model; every job is re-scored in the background."""
    require_role(user, "admin")
    from models.loader import resolve

    resolve(name, store.settings.model_dir)  # refuse a missing model before switching
    store.set_meta("model", name)
    reembed(store, user)


def reembed(store: Store, user: dict) -> None:
    """Queue a re-score of every job under the current model."""
    require_role(user, "admin")
    for job_id in store.job_ids():
        store.enqueue("recompute", {"job_id": job_id})
