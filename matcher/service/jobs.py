"""Job operations: create from text or a file, read, edit requirements, assign managers."""

from __future__ import annotations

from matcher.core import TYPED_KEYS
from matcher.errors import BadRequest, EmptyTextError, LimitExceededError, NotFoundError, ParseError
from matcher.filenames import clean_name
from matcher.jd.fields import check_requirement
from matcher.service.access import EDITORS, open_job, require_role, visible_job
from matcher.store import Store


def _parse(store: Store, text: str | None, name: str | None, data: bytes | None):
    """(postings, sha256 of the kept original or None, source name). Extraction and parsing
    run in a worker process under the time and memory limits (matcher.isolate)."""
    from matcher import parse_tasks
    from matcher.extract import check_length
    from matcher.isolate import pool_for

    settings, sha = store.settings, None
    if data is not None:
        name = clean_name(name) or "upload"
        limit = settings.max_file_mb
        if len(data) > limit * 1024 * 1024:
            raise LimitExceededError(f"larger than the {limit} MB file limit", path=name)
        sha = store.put_file(name, data)
        text, postings = pool_for(settings).run(
            parse_tasks.jd_file, data, name, settings, label=name
        )
    else:
        name = name or "pasted text"
        if not (text or "").strip():
            raise EmptyTextError("the job description is empty", path=name)
        check_length(text, name, settings)
        postings = pool_for(settings).run(parse_tasks.jd_text, text, label=name)
    if not postings:
        raise ParseError("no job posting was found in the text", path=name)
    for posting in postings:
        check_requirement_count(settings, len(posting["requirements"]), name)
    return postings, sha, name


def check_requirement_count(settings, count: int, name: str) -> None:
    """LimitExceededError when a job would have more requirements than settings allow: a list
    that long is not a job's requirements (and scoring it would take minutes per résumé)."""
    if count > settings.max_requirements:
        raise LimitExceededError(
            f"{count} requirements in one job; the limit is {settings.max_requirements} "
            "(MATCHER_MAX_REQUIREMENTS): split the posting or shorten the list",
            path=name,
        )


def stage_jd(
    store: Store,
    user: dict,
    text: str | None = None,
    name: str | None = None,
    data: bytes | None = None,
) -> dict:
    """Parse a JD into postings kept as a draft for the preview: {id, name, postings}."""
    require_role(user, *EDITORS)
    postings, sha, name = _parse(store, text, name, data)
    draft_id = store.add_draft(user["id"], name, sha, postings)
    return {"id": draft_id, "name": name, "postings": postings}


def create_jobs(store: Store, user: dict, draft_id: str, picks: list[int]) -> list[dict]:
    """One job per chosen posting of the user's draft: [{id, title}]."""
    require_role(user, *EDITORS)
    draft = store.get_draft(draft_id, user["id"])
    postings = draft["postings"]
    try:
        picks = [int(p) for p in picks]
    except (TypeError, ValueError):
        raise BadRequest(f"posting numbers must be whole numbers, got {picks!r}") from None
    bad = [p for p in picks if not 0 <= p < len(postings)]
    if bad or not picks:
        raise BadRequest(f"posting numbers {bad or picks} are not in the draft")
    return [
        store.add_job(
            postings[p],
            user["id"],
            draft["sha256"],
            reference_of(draft["name"], p, len(postings)),
        )
        for p in picks
    ]


def reference_of(source: str | None, index: int, count: int) -> str:
    """The line that tells a job from others of the same title: where its posting came from
    ("jobs.txt · posting 3 of 26"); a recruiter may rewrite it (a requisition number)."""
    source = (source or "").strip()
    if count > 1:
        return f"{source} · posting {index + 1} of {count}" if source else f"posting {index + 1}"
    return "" if source == "pasted text" else source


def create_jobs_from(
    store: Store,
    user: dict,
    text: str | None = None,
    name: str | None = None,
    data: bytes | None = None,
) -> list[dict]:
    """One job per posting in the text or file (the API's POST /api/jobs): [{id, title,
    n_requirements, needs_requirements}]; a posting in which no requirement was found needs
    the recruiter to mark them before its candidates can be judged."""
    require_role(user, *EDITORS)
    postings, sha, source = _parse(store, text, name, data)
    return [
        {
            **store.add_job(p, user["id"], sha, reference_of(source, i, len(postings))),
            "n_requirements": len(p["requirements"]),
            "needs_requirements": not p["requirements"],
        }
        for i, p in enumerate(postings)
    ]


JOB_STATUSES = ("open", "closed")


def lead_line(job: dict, limit: int = 80) -> str:
    """The posting's first line of text (often the company or department), cut to `limit`:
    with the reference and the date it tells jobs of the same title apart in a list."""
    for name in ("summary", "duties", "qualifications", "other"):
        for line in str((job.get("sections") or {}).get(name) or "").splitlines():
            line = line.strip()
            if line:
                return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def list_jobs(store: Store, user: dict, status: str = "open") -> list[dict]:
    """Jobs the user may see with this status ("open", the default; "closed"; "all"), newest
    first, with counts and managers."""
    if status not in (*JOB_STATUSES, "all"):
        raise BadRequest(f"status {status!r} is not one of open, closed, all")
    out = []
    for job_id in reversed(store.visible_job_ids(user)):
        job = store.get_job(job_id)
        if status != "all" and job["status"] != status:
            continue
        out.append(
            {
                "id": job_id,
                "title": job["title"],
                "status": job["status"],
                "reference": job["reference"],
                "lead": lead_line(job),
                "created_at": job["created_at"],
                "n_requirements": len(job["requirements"]),
                "n_candidates": len(store.candidate_ids(job_id)),
                "n_flags": len(job["flags"]),
                "managers": store.job_managers(job_id),
            }
        )
    return out


def get_job(store: Store, user: dict, job_id: int) -> dict:
    """One visible job with requirements (each with id), flags, managers, candidate count, and
    needs_requirements: true while it has none (nothing is judged until they are marked)."""
    job = visible_job(store, user, job_id)
    job.pop("source_sha256", None)
    job["needs_requirements"] = not job["requirements"]
    job["managers"] = store.job_managers(job["id"])
    job["n_candidates"] = len(store.candidate_ids(job["id"]))
    return job


SECTIONS = ("summary", "duties", "qualifications", "other")


def update_job(store: Store, user: dict, job_id: int, fields: dict) -> dict:
    """Rename or edit a job (title, reference, sections: {summary, duties, qualifications,
    other}) and close or reopen it (status): the job as get_job shows it. A closed job is read
    only: only reopening it is accepted. ValueError names a bad field."""
    job = visible_job(store, user, job_id)
    require_role(user, *EDITORS)
    if not isinstance(fields, dict) or not fields:
        raise BadRequest('send JSON with any of "title", "status", "reference", "sections"')
    unknown = sorted(set(fields) - {"title", "status", "reference", "sections"})
    if unknown:
        raise BadRequest(f"fields {unknown} cannot be changed (title, status, reference, sections)")
    clean: dict = {}
    if "title" in fields:
        title = fields["title"]
        if not isinstance(title, str) or not title.strip() or len(title) > 200:
            raise BadRequest("title must be a text of 1-200 characters")
        clean["title"] = title.strip()
    if "reference" in fields:
        if not isinstance(fields["reference"], str) or len(fields["reference"]) > 200:
            raise BadRequest("reference must be a text of at most 200 characters")
        clean["reference"] = fields["reference"].strip()
    if "sections" in fields:
        sections = fields["sections"]
        if not isinstance(sections, dict) or not all(
            k in SECTIONS and isinstance(v, str) for k, v in sections.items()
        ):
            raise BadRequest(f"sections must map any of {', '.join(SECTIONS)} to a text")
        clean["sections"] = sections
    if "status" in fields:
        if fields["status"] not in JOB_STATUSES:
            raise BadRequest(f"status {fields['status']!r} is not one of open, closed")
        clean["status"] = fields["status"]
    if job["status"] == "closed" and clean.get("status") != "open" and set(clean) - {"status"}:
        open_job(store, user, job_id)  # raises: reopen a closed job before editing it
    store.update_job(int(job_id), clean)
    if "status" in clean and clean["status"] != job["status"]:
        store.audit("job_" + clean["status"], user["name"], f"job {int(job_id)}")
    return get_job(store, user, job_id)


def delete_job(store: Store, user: dict, job_id: int) -> dict:
    """Admin: delete a job with its requirements, matches and decisions; its applicants stay in
    the pool. The audit line names the job and the counts: {id, deleted, removed: {...}}."""
    visible_job(store, user, job_id)
    require_role(user, "admin")
    counts = store.delete_job(int(job_id))
    detail = "; ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    store.audit("delete_job", user["name"], f"job {int(job_id)}", detail)
    return {"id": int(job_id), "deleted": True, "removed": counts}


def _rescore(store: Store, job_id: int) -> None:
    store.enqueue("recompute", {"job_id": int(job_id)})


def update_requirement(store: Store, user: dict, job_id: int, req_id: int, fields: dict) -> dict:
    """Change a requirement (kind, text, must, weight, values, ...); the job is re-scored."""
    open_job(store, user, job_id)
    require_role(user, *EDITORS)
    fields = _clean(fields)
    current = next(
        (r for r in store.list_requirements(int(job_id)) if r["id"] == int(req_id)), None
    )
    text = str(fields.get("text") or "").strip()
    if current is not None and "text" in fields and text != current["text"].strip():
        # Parsed fields sent back unchanged (the page's form sends them all) follow the new
        # text; those the editor changed win.
        echoed = [k for k in PARSED_FIELDS if k in fields and fields[k] == current.get(k)]
        fields = _read_text(store, {k: v for k, v in fields.items() if k not in echoed})
    req = store.update_requirement(int(job_id), int(req_id), fields)
    _rescore(store, job_id)
    return req


def add_requirement(store: Store, user: dict, job_id: int, fields: dict) -> dict:
    """Add a requirement: it, with its id."""
    open_job(store, user, job_id)
    require_role(user, *EDITORS)
    fields = _clean(fields)
    if not fields.get("text"):
        raise BadRequest("a requirement needs a text")
    count = len(store.list_requirements(int(job_id))) + 1
    check_requirement_count(store.settings, count, f"job {int(job_id)}")
    req = store.add_requirement(int(job_id), _read_text(store, fields))
    _rescore(store, job_id)
    return req


def delete_requirement(store: Store, user: dict, job_id: int, req_id: int) -> None:
    """Remove a requirement."""
    open_job(store, user, job_id)
    require_role(user, *EDITORS)
    store.delete_requirement(int(job_id), int(req_id))
    _rescore(store, job_id)


def replace_requirements(store: Store, user: dict, job_id: int, reqs: list[dict]) -> list[dict]:
    """Replace the whole requirement list (the API's PUT)."""
    open_job(store, user, job_id)
    require_role(user, *EDITORS)
    if not isinstance(reqs, list) or not all(isinstance(r, dict) for r in reqs):
        raise BadRequest("requirements must be a list of objects")
    check_requirement_count(store.settings, len(reqs), f"job {int(job_id)}")
    cleaned = [_clean(r, f"requirements[{i}].") for i, r in enumerate(reqs)]
    for i, req in enumerate(cleaned):
        if not req.get("text"):
            raise BadRequest(f"requirements[{i}].text is missing: a requirement needs a text")
    out = store.replace_requirements(int(job_id), cleaned)
    _rescore(store, job_id)
    return out


def set_score_flagged(store: Store, user: dict, job_id: int, on: bool) -> dict:
    """Admin only: score the job's flagged conditions (gender, age, ...) or, the default, only
    list them; a change re-scores the job (its results are stored under a new revision) and is
    audited. Returns {"job", "score_flagged"}."""
    job = visible_job(store, user, job_id)
    require_role(user, "admin")
    if not isinstance(on, bool):
        raise BadRequest('send JSON {"score_flagged": true} or {"score_flagged": false}')
    if job["score_flagged"] != on:
        store.set_score_flagged(int(job_id), on)
        store.audit("score_flagged", user["name"], f"job {int(job_id)}", "on" if on else "off")
        _rescore(store, job_id)
    return {"job": int(job_id), "score_flagged": on}


# What the JD parser reads from a requirement's text; the editor may give any of them.
PARSED_FIELDS = ("kind", "values", "any_of", *TYPED_KEYS)


def _read_text(store: Store, fields: dict) -> dict:
    """A new or rewritten requirement text read by the JD parser (in a worker process, like
    every text a user sends): the kind and the parsed fields follow the text, except those the
    editor gave (an edited text keeps none of the old text's values or floor)."""
    from matcher import parse_tasks
    from matcher.extract import check_length
    from matcher.isolate import pool_for

    if "text" not in fields:
        return fields
    text = str(fields["text"])
    check_length(text, "the requirement", store.settings)
    parsed = pool_for(store.settings).run(parse_tasks.requirement, text, label="the requirement")
    if parsed is None:  # a text that states nothing typed: no floor or values of the old one
        return {**dict.fromkeys(TYPED_KEYS), "values": [], "any_of": None, **fields}
    given = set(fields)
    if "kind" in given and fields["kind"] != parsed["kind"]:
        # the editor says what kind it is: keep only what the parser read that fits any kind
        return {"values": parsed.get("values") or [], "any_of": parsed.get("any_of"), **fields}
    return {**{k: parsed.get(k) for k in PARSED_FIELDS if k not in given}, **fields}


def _clean(fields: dict, where: str = "") -> dict:
    """The editable fields checked by type and size (matcher.jd.fields); BadRequest names the
    bad one (and, for a list, which requirement: "requirements[2].min_years ...")."""
    try:
        return check_requirement(fields)
    except ValueError as exc:
        raise BadRequest(f"{where}{exc}") from None


def _manager(store: Store, name: str) -> dict:
    try:
        target = store.get_user(name)
    except NotFoundError:
        raise BadRequest(f"user {name!r} does not exist") from None
    return target


def assign(store: Store, user: dict, job_id: int, name: str) -> None:
    """Let a user (usually a hiring manager) see the job."""
    visible_job(store, user, job_id)
    require_role(user, *EDITORS)
    store.assign(int(job_id), _manager(store, name)["id"])


def unassign(store: Store, user: dict, job_id: int, name: str) -> None:
    """Take the job away from a user."""
    visible_job(store, user, job_id)
    require_role(user, *EDITORS)
    store.unassign(int(job_id), _manager(store, name)["id"])
