"""The shortlist export as data: one row per ranked candidate with contacts, decision, note and
each requirement's verdict and evidence; the edge renders it (web.export) in the reader's
language. Masked as the view is (service.privacy)."""

from __future__ import annotations

from matcher.masking import mask_candidate
from matcher.match.reasons import REASON_KEYS
from matcher.service.access import visible_job
from matcher.service.candidates import ranked
from matcher.service.filters import must_counts
from matcher.service.privacy import masked_view
from matcher.store import Store


def export_rows(
    store: Store,
    user: dict,
    job_id: int,
    masked: bool | None = None,
    ids: list[int] | None = None,
) -> dict:
    """What a CSV export holds, as data the edge renders in the reader's language:
    {requirements: [text], masked, rows: [{rank, id, name, emails, phones, resume, score,
    knocked_out, must_met, must_total, decision, note, verdicts, evidence, reasons}]} in ranking order,
    only `ids` when given. Masked (as asked, else the job's default): no name, contact or file
    name, evidence and notes masked."""
    job = visible_job(store, user, job_id)
    hidden = masked_view(store, user, job, masked, f"job {int(job_id)} export")
    cands, _ = ranked(store, int(job_id))
    keep = None if ids is None else set(ids)
    rows = []
    for c in cands:
        if keep is not None and c["id"] not in keep:
            continue
        profile = store.get_candidate(c["id"])["profile"]
        notes = [d["note"] for d in store.list_decisions(c["id"]) if d.get("note")]
        record = {**c, "profile": profile, "decisions": [{"note": notes[-1] if notes else ""}]}
        if hidden:
            record = mask_candidate(record)
            profile = record["profile"]
        by_text = {r.get("text"): r for r in record.get("requirements") or []}
        met, total = must_counts(record.get("requirements") or [])
        rows.append(
            {
                "rank": c["rank"],
                "id": c["id"],
                "name": profile.get("name"),
                "emails": list(profile.get("emails") or []),
                "phones": list(profile.get("phones") or []),
                "resume": record.get("resume"),
                "score": float(c.get("score") or 0.0),
                "knocked_out": bool(c.get("knocked_out")),
                "must_met": met,
                "must_total": total,
                "decision": c.get("decision"),
                "note": record["decisions"][0]["note"],
                "verdicts": [
                    (by_text.get(r["text"]) or {}).get("verdict") for r in job["requirements"]
                ],
                "scored": [
                    (by_text.get(r["text"]) or {}).get("scored") for r in job["requirements"]
                ],
                "evidence": [
                    (by_text.get(r["text"]) or {}).get("evidence") for r in job["requirements"]
                ],
                # reason and reason codes, said in the reader's language at the edge
                "reasons": [
                    {k: (by_text.get(r["text"]) or {}).get(k) for k in REASON_KEYS}
                    for r in job["requirements"]
                ],
            }
        )
    return {
        "requirements": [r["text"] for r in job["requirements"]],
        "masked": hidden,
        "rows": rows,
    }
