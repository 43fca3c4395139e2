"""Learned rankers (matcher.learn) trained on this installation's decisions, versioned."""

from __future__ import annotations

RANKER_FIELDS = (
    "id",
    "created_at",
    "created_by",
    "trained_through",
    "decisions",
    "jobs",
    "cv_learned",
    "cv_verdict",
    "adopted",
)


class RankersMixin:
    """Rankers and the decisions they learn from, on `self.db`."""

    def add_ranker(self, record: dict, model: bytes) -> dict:
        """Store a trained ranker (record: created_by, trained_through, decisions, jobs,
        cv_learned, cv_verdict, adopted) with its model bytes: the record with id and time."""
        row = {k: record.get(k) for k in RANKER_FIELDS if k not in ("id", "created_at")}
        row.update(created_at=self.now(), adopted=1 if record.get("adopted") else 0, model=model)
        with self.db.conn:
            ranker_id = self.db["rankers"].insert(row).last_pk
        return self.get_ranker(ranker_id)

    def get_ranker(self, ranker_id: int) -> dict:
        """One ranker's record (no model bytes)."""
        cols = ", ".join(RANKER_FIELDS)
        row = self.db.execute(f"SELECT {cols} FROM rankers WHERE id = ?", [ranker_id]).fetchone()
        return {**dict(zip(RANKER_FIELDS, row, strict=True)), "adopted": bool(row[-1])}

    def list_rankers(self) -> list[dict]:
        """Every trained ranker's record, newest first."""
        cols = ", ".join(RANKER_FIELDS)
        rows = self.db.execute(f"SELECT {cols} FROM rankers ORDER BY id DESC").fetchall()
        return [{**dict(zip(RANKER_FIELDS, r, strict=True)), "adopted": bool(r[-1])} for r in rows]

    def adopted_ranker(self) -> tuple[dict, bytes] | None:
        """The newest adopted ranker's (record, model bytes), or None."""
        row = self.db.execute(
            "SELECT id, model FROM rankers WHERE adopted = 1 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return (self.get_ranker(row[0]), row[1]) if row else None

    def decided(self) -> dict[int, dict[int, tuple[str, str]]]:
        """{job id: {candidate id: (latest decision, when)}} over every job with decisions."""
        out: dict[int, dict[int, tuple[str, str]]] = {}
        rows = self.db.execute(
            "SELECT job_id, candidate_id, decision, at FROM decisions ORDER BY id"
        )
        for job_id, cand_id, decision, at in rows:
            out.setdefault(job_id, {})[cand_id] = (decision, at)
        return out
