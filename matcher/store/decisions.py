"""Decisions on candidates (shortlist / interview / reject) with a note, who and when."""

from __future__ import annotations

DECISIONS = ("shortlist", "interview", "reject")


class DecisionsMixin:
    """Decisions on `self.db`."""

    def add_decision(self, job_id: int, cand_id: int, decision: str, note: str, user: str) -> dict:
        """Record a decision; ValueError lists the valid ones."""
        if decision not in DECISIONS:
            raise ValueError(f"decision {decision!r} is not one of {', '.join(DECISIONS)}")
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
        """Decisions on a candidate, oldest first."""
        rows = self.db["decisions"].rows_where("candidate_id = ?", [cand_id], order_by="id")
        return [{k: r[k] for k in ("decision", "note", "user", "at")} for r in rows]

    def latest_decisions(self, job_id: int) -> dict[int, str]:
        """{candidate id: latest decision} for a job."""
        rows = self.db["decisions"].rows_where("job_id = ?", [job_id], order_by="id")
        return {r["candidate_id"]: r["decision"] for r in rows}
