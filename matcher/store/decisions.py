"""Decisions on candidates (shortlist / interview / reject) with a note, who and when; a
decision that contradicts an earlier one by someone else is marked, never silently replaced."""

from __future__ import annotations

from matcher.core import DECISIONS
from matcher.errors import BadRequest

MAX_NOTE = 2000  # characters of a decision's note


def mark_overrides(decisions: list[dict]) -> list[dict]:
    """The decisions (oldest first), each with "overrides": the latest earlier decision by
    another user when it differs ({decision, user, at}), else None."""
    out = []
    for i, d in enumerate(decisions):
        earlier = next(
            (e for e in reversed(decisions[:i]) if e["user"] != d["user"]),
            None,
        )
        differs = earlier is not None and earlier["decision"] != d["decision"]
        overrides = {k: earlier[k] for k in ("decision", "user", "at")} if differs else None
        out.append({**d, "overrides": overrides})
    return out


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

    def list_decisions(self, cand_id: int) -> list[dict]:
        """Decisions on a candidate, oldest first, each with who overrode whom (mark_overrides)."""
        rows = self.db["decisions"].rows_where("candidate_id = ?", [cand_id], order_by="id")
        return mark_overrides([{k: r[k] for k in ("decision", "note", "user", "at")} for r in rows])

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
