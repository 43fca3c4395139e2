"""The slow work the background worker does: parse an upload batch, score a job's candidates.
Scores are stored per (candidate, requirements hash, model id), so only what changed is redone."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from matcher.errors import MatcherError, NotFoundError, log_failure
from matcher.resume import same_person
from matcher.store import Store, requirements_hash

log = logging.getLogger(__name__)


def current_model(store: Store) -> str:
    """The model name or path in use (admin's choice, else settings.model)."""
    return store.get_meta("model", store.settings.model) or store.settings.model


def load_embedder(store: Store):
    """The embedding model: models.load_model keeps one per process per folder, and loads it
    again when the folder was rebuilt."""
    from models import load_model

    return load_model(current_model(store), store.settings.model_dir)


def warm_up(store: Store) -> None:
    """Load what the first upload and the first scoring would otherwise wait for: the embedding
    model, jieba's dictionary (the lexical model cuts the job's Chinese text with it) and the
    parsers' modules."""
    import matcher.extract  # noqa: F401
    import matcher.jd  # noqa: F401
    from matcher.match.lexical import warm as warm_lexical

    warm_lexical()
    load_embedder(store)


def encoder_for(store: Store):
    """The embedder with vectors cached in the store's database."""
    from matcher.embed_cache import CachedEncoder

    return CachedEncoder(load_embedder(store), db=store.vectors())


def posting_of(job: dict) -> dict:
    """The job as the posting dict that matcher.match expects."""
    reqs = [{k: v for k, v in r.items() if k != "id"} for r in job["requirements"]]
    return {
        "title": job["title"],
        "language": job.get("language") or "",
        "sections": job.get("sections") or {},
        "duties": job.get("duties") or [],
        "requirements": reqs,
        "flags": job.get("flags") or [],
    }


def model_id(store: Store) -> str:
    """The current model's id without loading it (the same id the loaded Embedder reports)."""
    from models.loader import fingerprint, resolve

    name, folder = resolve(current_model(store), store.settings.model_dir)
    return f"{name}@{fingerprint(folder)}"


def job_revision(store: Store, job: dict) -> tuple[str, str]:
    """(requirements hash, model id) the job's current scores are stored under; the hash covers
    the job's score_flagged switch too, so turning it on or off re-scores the job."""
    from matcher.match import SCORING_VERSION

    plain = requirements_hash(job["requirements"], bool(job.get("score_flagged")))
    # the rules' version too: results of older rules are scored again, not shown
    req_hash = hashlib.sha256(f"{plain} {SCORING_VERSION}".encode()).hexdigest()[:32]
    return req_hash, model_id(store)


def _find_duplicate(known: list[dict], sha: str, profile: dict) -> int | None:
    """The id of a known candidate (store.candidate_heads) with this file or this person."""
    for cand in known:
        if cand["sha256"] == sha or same_person(profile, {"fingerprint": cand["fingerprint"]}):
            return cand["id"]
    return None


def parse_file(settings, data: bytes, name: str) -> tuple[str, dict]:
    """(text, profile) of one résumé file, parsed in a worker process under the time and
    memory limits (never in this one); a named error says why a file could not be."""
    from matcher import parse_tasks
    from matcher.isolate import pool_for

    return pool_for(settings).run(parse_tasks.resume_file, data, name, settings, label=name)


def parse_failure(exc: Exception) -> tuple[str, dict | None]:
    """(error line, error code) kept with a file that failed: a named error as it reads, a
    parser bug as its type only (its message may quote the résumé)."""
    if isinstance(exc, MatcherError):
        return str(exc), exc.coded()
    return f"internal error: {type(exc).__name__}", None


def parse_upload(
    store: Store, job_id: int | None, upload: dict, known: list[dict] | None = None
) -> None:
    """Extract and parse one uploaded file into the pool (and the job's applicants when a job
    is given); record parsed, duplicate (of one of `known`, the pool's candidate heads,
    appended to; the person already in the pool becomes the job's applicant) or failed with
    the reason."""
    known = store.candidate_heads(None) if known is None else known
    try:
        data = store.get_file(upload["sha256"])
        text, profile = parse_file(store.settings, data, upload["name"])
    except Exception as exc:  # a parser bug must fail one file, not the batch
        if not isinstance(exc, MatcherError):
            log_failure(log, exc, "parsing upload %s failed", upload["id"])
        fail_upload(store, upload, exc)
        return
    record_parsed(store, job_id, upload, text, profile, known)


def fail_upload(store: Store, upload: dict, exc: Exception) -> None:
    """Record the file as failed with the reason (see parse_failure)."""
    error, code = parse_failure(exc)
    store.set_upload(upload["id"], status="failed", error=error, error_code=code)


def record_parsed(
    store: Store, job_id: int | None, upload: dict, text: str, profile: dict, known: list[dict]
) -> str:
    """Keep a parsed file by the pool's rules: a new candidate ("parsed"), or a "duplicate" of
    one of `known` (appended to) or of one added meanwhile by another process. Returns the
    status recorded."""
    dup = _find_duplicate(known, upload["sha256"], profile)
    if dup is not None:
        _duplicate(store, job_id, upload, dup)
        return "duplicate"

    def newer_duplicate(newer: list[dict]) -> int | None:
        # Candidates another request or the worker added since `known` was read.
        known.extend(newer)
        return _find_duplicate(newer, upload["sha256"], profile)

    seen = max((c["id"] for c in known), default=0)
    cand_id, added = store.add_candidate_unless(
        job_id, upload["name"], upload["sha256"], text, profile, newer_duplicate, seen
    )
    if not added:
        _duplicate(store, job_id, upload, cand_id)
        return "duplicate"
    known.append(
        {"id": cand_id, "sha256": upload["sha256"], "fingerprint": profile.get("fingerprint")}
    )
    store.set_upload(upload["id"], status="parsed", candidate_id=cand_id)
    return "parsed"


def _duplicate(store: Store, job_id: int | None, upload: dict, cand_id: int) -> None:
    """The file repeats a pool candidate: they apply to the job (if any) and the file is
    recorded as a duplicate of them."""
    if job_id is not None:
        store.apply(job_id, cand_id, "upload")
    store.set_upload(upload["id"], status="duplicate", duplicate_of=cand_id)


def process_batch(store: Store, batch_id: str) -> None:
    """Parse every file of a batch still waiting (a restart puts half-parsed ones back)."""
    known: list[dict] | None = None  # the pool's heads, read once the first file is claimed
    for upload in store.batch_uploads(batch_id):
        # Claimed one by one: the worker and an API request never parse the same file twice.
        if upload["status"] == "queued" and store.claim_upload(upload["id"]):
            if known is None:
                known = store.candidate_heads(None)
            parse_upload(store, upload["job_id"], upload, known)


def wait_for_batch(store: Store, batch_id: str, timeout: float) -> bool:
    """Wait until no file of the batch is queued or being parsed (elsewhere): whether that
    happened within `timeout` seconds. A file another process claimed and then died on stays
    "processing" until a restart requeues it, hence the bound."""
    deadline = time.monotonic() + timeout
    while store.pending_uploads(batch_id=batch_id):
        if time.monotonic() > deadline:
            return False
        process_batch(store, batch_id)  # parses any still queued; claimed ones are skipped
        time.sleep(0.05)
    return True


def _evaluate(
    posting: dict, profiles: Sequence[tuple[str, dict]], encoder, score_flagged: bool = False
) -> list[dict]:
    from matcher import match

    return match.rank(posting, profiles, encoder, score_flagged=score_flagged)


# job id -> [lock, threads holding or waiting for it]; an entry lives only while it is in use,
# so the table holds the jobs being scored now, not every job ever scored.
_JOB_LOCKS: dict[int, list] = {}
_JOB_LOCKS_GUARD = threading.Lock()


@contextmanager
def job_lock(job_id: int) -> Iterator[None]:
    """Hold one job's scoring lock (its applicants', or a pool ranking's); the lock is dropped
    when its last user leaves, so the table holds the jobs being scored now, not every job."""
    with _JOB_LOCKS_GUARD:
        entry = _JOB_LOCKS.setdefault(int(job_id), [threading.Lock(), 0])
        entry[1] += 1
    try:
        with entry[0]:
            yield
    finally:
        with _JOB_LOCKS_GUARD:
            entry[1] -= 1
            if entry[1] == 0:
                del _JOB_LOCKS[int(job_id)]


def recompute(store: Store, job_id: int) -> int:
    """Score the job's candidates that have no result for its current requirements and model;
    returns how many were scored. One job is scored by one thread at a time: requests and the
    worker asking at once wait for it and then find the results there, instead of each scoring
    the same candidates on the same two cores."""
    with job_lock(job_id):
        return _recompute(store, job_id)


def _recompute(store: Store, job_id: int) -> int:
    job = store.get_job(job_id)
    req_hash, _ = job_revision(store, job)
    done = store.match_ids(job_id, req_hash, model_id(store))
    todo = [i for i in store.candidate_ids(job_id) if i not in done]
    encoder = encoder_for(store) if todo else None
    mid = encoder.model_id if encoder else model_id(store)
    if todo:
        # Candidate ids stand in for file names: two uploads may share a name. The pool reads
        # profiles from the database as the matcher needs them, never all at once.
        pool = store.candidate_pool(todo)
        scored = _evaluate(posting_of(job), pool, encoder, bool(job.get("score_flagged")))
        alive = set(store.candidate_ids(job_id))  # erased meanwhile: keep nothing of them
        for result in scored:  # one commit each: a kill mid-way keeps what was scored
            if int(result["resume"]) in alive:
                store.put_match(job_id, int(result["resume"]), req_hash, mid, result)
    store.drop_stale_matches(job_id, req_hash, mid)
    return len(todo)


def pending_count(store: Store, job_id: int) -> int:
    """Files still being parsed plus candidates not yet scored for the current revision."""
    waiting = store.pending_uploads(job_id)
    job = store.get_job(job_id)
    req_hash, model_id = job_revision(store, job)
    scored = store.match_ids(job_id, req_hash, model_id)
    unscored = sum(1 for c in store.candidate_ids(job_id) if c not in scored)
    return waiting + unscored


def warm_texts(profile: dict) -> list[str]:
    """The texts ranking a candidate for any job embeds: each evidence sentence and the
    whole-résumé document of the large-pool pre-filter."""
    from matcher.resume.sentences import document

    texts = [s["text"] for s in profile.get("sentences") or [] if s.get("text")]
    return [t for t in [*texts, document(profile)] if t]


def warm_vectors(store: Store, cand_ids: list[int]) -> int:
    """Embed into the cache what ranking these candidates for any job reads: their sentences
    and the whole-résumé document of the large-pool pre-filter. A job ranked against the pool
    then reads vectors instead of computing them (100,000 cold documents took minutes).
    Returns how many texts were embedded or found."""
    texts: list[str] = []
    for start in range(0, len(cand_ids), 500):
        for _, profile in store.candidate_pool(cand_ids[start : start + 500])[:]:
            texts += warm_texts(profile)
    if texts:
        encoder_for(store).encode(texts)
    return len(texts)


def run_work(store: Store, item: dict) -> None:
    """Do one queued work item."""
    kind, payload = item["kind"], item["payload"]
    if kind == "parse_batch":
        process_batch(store, payload["batch_id"])
        if payload.get("job_id") is not None:  # None: an upload into the pool only
            store.enqueue("recompute", {"job_id": payload["job_id"]})
        store.enqueue("warm", {"batch_id": payload["batch_id"]})
    elif kind == "warm":  # {"batch_id"}: its new candidates; {"all": true}: the whole pool
        if payload.get("all"):
            warm_vectors(store, store.candidate_ids(None))
        else:
            parsed = [u["candidate_id"] for u in store.batch_uploads(payload["batch_id"])]
            warm_vectors(store, [i for i in parsed if i])
    elif kind == "recompute":
        try:
            recompute(store, payload["job_id"])
        except NotFoundError:  # the job was deleted after the work was queued
            log.info("job %s is gone; nothing to score", payload["job_id"])
    else:
        raise MatcherError(f"unknown work kind {kind!r}")


# The worker runs each group in its own thread: scoring a big job never holds up parsing.
PARSE_WORK, SCORE_WORK = ("parse_batch",), ("recompute",)


def run_pending(store: Store, kinds: tuple[str, ...] | None = None) -> int:
    """Do queued work (of `kinds`, default all) until none is left (the worker's loop body;
    tests call it directly)."""
    count = 0
    while (item := store.claim_work(kinds)) is not None:
        try:
            run_work(store, item)
            store.finish_work(item["id"])
        except Exception as exc:  # keep the worker alive; the error stays with the item
            log_failure(log, exc, "work %s (%s) failed", item["id"], item["kind"])
            store.finish_work(item["id"], error=type(exc).__name__)
        count += 1
    return count
