"""Decisions on candidates (shortlist / interview / reject) with a note, who and when; a
decision that contradicts an earlier one by someone else is marked, never silently replaced."""

from __future__ import annotations

from matcher.core import DECISIONS
from matcher.errors import BadRequest

MAX_NOTE = 2000  # characters of a decision's note


def mark_overrides(decisions: list[dict]) -> list[dict]:
    """The decisions (oldest first), each with "overrides": the latest earlier decision by
    another user on the same job when it differs ({decision, user, at}), else None."""
    out = []
    for i, d in enumerate(decisions):
        earlier = next(
            (
                e
                for e in reversed(decisions[:i])
                if e["user"] != d["user"] and e.get("job_id") == d.get("job_id")
            ),
            None,
        )
        differs = earlier is not None and earlier["decision"] != d["decision"]
        overrides = {k: earlier[k] for k in ("decision", "user", "at")} if differs else None
        out.append({**d, "overrides": overrides})
    return out


# The pipeline a job's applicants move along: "new" is no decision yet; the others are the
# latest decision. The shortlist filters by stage and hides "reject" unless asked.
STAGES = ("new", *DECISIONS)
# The stages as a recruiter says them ("shortlisted", "rejected") name the same ones.
STAGE_NAMES = {"shortlisted": "shortlist", "interviewing": "interview", "rejected": "reject"}


def in_stage(decision: str | None, stage: str | None) -> bool:
    """Whether a candidate's latest decision is in the pipeline stage asked for (None or "":
    every stage but rejected; "all": every one). ValueError lists the valid stages."""
    if stage in (None, ""):
        return decision != "reject"
    if stage == "all":
        return True
    stage = STAGE_NAMES.get(stage, stage)
    if stage not in STAGES:
        raise BadRequest(f"decision filter {stage!r} is not one of all, {', '.join(STAGES)}")
    return (decision or "new") == stage


class DecisionsMixin:
    """Decisions on `self.db`."""

    def add_decision(self, job_id: int, cand_id: int, decision: str, note: str, user: str) -> dict:
        """Record a decision; ValueError lists the valid ones."""
        if decision not in DECISIONS:
            raise BadRequest(
                f"decision {str(decision)[:40]!r} is not one of {', '.join(DECISIONS)}"
            )
        if not isinstance(note, str) or len(note) > MAX_NOTE:
            size = len(note) if isinstance(note, str) else type(note).__name__
            raise BadRequest(f"note must be text of at most {MAX_NOTE} characters (got {size})")
        row = {
            "job_id": job_id,
            "candidate_id": cand_id,
            "decision": decision,
            "note": note or "",
            "user": user,
            "at": self.now(),
        }
        with self.db.conn:
            self.db["decisions"].insert(row)
        return {k: row[k] for k in ("decision", "note", "user", "at")}

    def list_decisions(self, cand_id: int, job_id: int | None = None) -> list[dict]:
        """Decisions on a candidate for one job (None: for every job, each with its job_id),
        oldest first, each with who overrode whom on the same job (mark_overrides)."""
        if job_id is None:
            rows = self.db["decisions"].rows_where("candidate_id = ?", [cand_id], order_by="id")
            keys: tuple[str, ...] = ("job_id", "decision", "note", "user", "at")
        else:
            where = "candidate_id = ? AND job_id = ?"
            rows = self.db["decisions"].rows_where(where, [cand_id, job_id], order_by="id")
            keys = ("decision", "note", "user", "at")
        return mark_overrides([{k: r[k] for k in keys} for r in rows])

    def latest_decisions(self, job_id: int) -> dict[int, str]:
        """{candidate id: latest decision} for a job."""
        return {c: d["decision"] for c, d in self.latest_decision_details(job_id).items()}

    def latest_decision_details(self, job_id: int) -> dict[int, dict]:
        """{candidate id: the latest decision {decision, note, user, at, overrides}} for a job."""
        rows = self.db["decisions"].rows_where("job_id = ?", [job_id], order_by="id")
        by_cand: dict[int, list[dict]] = {}
        for r in rows:
            by_cand.setdefault(r["candidate_id"], []).append(
                {k: r[k] for k in ("decision", "note", "user", "at")}
            )
        return {c: mark_overrides(ds)[-1] for c, ds in by_cand.items()}
