"""Stored evaluations per (candidate, requirements hash, model id): recompute only what changed."""

from __future__ import annotations

import json

from matcher.store.damage import load_json


class MatchesMixin:
    """Match results on `self.db`."""

    def put_match(self, job_id: int, cand_id: int, req_hash: str, model_id: str, result: dict):
        """Store one candidate's evaluation against one revision of the job's requirements."""
        self.put_matches(job_id, req_hash, model_id, [(cand_id, result)])

    def put_matches(
        self, job_id: int, req_hash: str, model_id: str, results: list[tuple[int, dict]]
    ) -> None:
        """Store many (candidate id, evaluation) of one job revision in one transaction (a pool
        ranking stores thousands; one commit each cost seconds)."""
        now = self.now()
        rows = [
            {
                "job_id": job_id,
                "candidate_id": cand_id,
                "req_hash": req_hash,
                "model_id": model_id,
                "score": float(result.get("score") or 0.0),
                "knocked_out": 1 if result.get("knocked_out") else 0,
                "result": json.dumps(result, ensure_ascii=False, sort_keys=True),
                "created_at": now,
            }
            for cand_id, result in results
        ]
        with self.db.conn:
            self.db["matches"].upsert_all(
                rows, pk=("job_id", "candidate_id", "req_hash", "model_id")
            )

    def get_matches(
        self, job_id: int, req_hash: str, model_id: str, ids: list[int] | None = None
    ) -> dict[int, dict]:
        """{candidate id: stored result} for this job revision and model (only `ids` when
        given: a pool ranking reads the candidates it keeps, not every result)."""
        sql = (
            "SELECT candidate_id, result FROM matches "
            "WHERE job_id = ? AND req_hash = ? AND model_id = ?"
        )

        def read(rows) -> dict[int, dict]:
            found = {}
            for cand_id, raw in rows:
                result, bad = load_json(raw, None)
                if not bad and isinstance(result, dict):  # a damaged one reads as not yet scored
                    found[cand_id] = result
            return found

        if ids is None:
            return read(self.db.execute(sql, [job_id, req_hash, model_id]))
        out: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            out.update(
                read(
                    self.db.execute(
                        sql + f" AND candidate_id IN ({marks})", [job_id, req_hash, model_id, *part]
                    )
                )
            )
        return out

    def match_ids(self, job_id: int, req_hash: str, model_id: str) -> set[int]:
        """The candidates with a stored result for this job revision and model (no results read)."""
        # A result damaged on disk does not count: the next re-score computes it again.
        sql = (
            "SELECT candidate_id FROM matches WHERE job_id = ? AND req_hash = ? AND model_id = ? "
            "AND json_valid(result)"
        )
        return {r[0] for r in self.db.execute(sql, [job_id, req_hash, model_id])}

    def drop_stale_matches(self, job_id: int, req_hash: str, model_id: str) -> int:
        """Forget the job's results for other revisions or models."""
        sql = "DELETE FROM matches WHERE job_id = ? AND NOT (req_hash = ? AND model_id = ?)"
        with self.db.conn:
            return self.db.execute(sql, [job_id, req_hash, model_id]).rowcount
