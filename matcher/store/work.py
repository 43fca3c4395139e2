"""The work queue in the database: uploads and recomputes survive a restart."""

from __future__ import annotations

import json

from matcher.store.damage import load_json


class WorkMixin:
    """Queued background work on `self.db`."""

    def enqueue(self, kind: str, payload: dict) -> int:
        """Queue work unless the same work is already waiting: its id."""
        blob = json.dumps(payload, sort_keys=True)
        sql = "SELECT id FROM work WHERE kind = ? AND payload = ? AND status = 'queued'"
        same = self.db.execute(sql, [kind, blob]).fetchone()
        if same:
            return same[0]
        with self.db.conn:
            row = {"kind": kind, "payload": blob, "status": "queued", "created_at": self.now()}
            return self.db["work"].insert(row).last_pk

    def claim_work(self, kinds: tuple[str, ...] | None = None) -> dict | None:
        """Take the oldest queued item (of one of `kinds`, default any), marking it running, or
        None."""
        where, args = "status = 'queued'", []
        if kinds:
            where += f" AND kind IN ({', '.join('?' * len(kinds))})"
            args = list(kinds)
        while True:
            with self.db.conn:
                row = self.db.execute(
                    f"SELECT id, kind, payload FROM work WHERE {where} ORDER BY id LIMIT 1", args
                ).fetchone()
                if row is None:
                    return None
                sql = "UPDATE work SET status = 'running' WHERE id = ? AND status = 'queued'"
                if self.db.execute(sql, [row[0]]).rowcount != 1:
                    return None
            payload, bad = load_json(row[2], None)
            if not bad and isinstance(payload, dict):
                return {"id": row[0], "kind": row[1], "payload": payload}
            # A damaged item fails on its own; raising would stop all queued work behind it.
            self.finish_work(row[0], error="the queued item is damaged")

    def finish_work(self, work_id: int, error: str | None = None) -> None:
        """Mark work done or failed."""
        with self.db.conn:
            status = "failed" if error else "done"
            self.db["work"].update(work_id, {"status": status, "error": error})

    def requeue_running(self) -> int:
        """After a restart, work left running (and files left half-parsed) is queued again, and
        every batch with a file still waiting gets a parse item: an API upload parses in its
        request and queues none, so without this a restart would leave its files to the next read.
        Returns how many items were requeued or queued."""
        with self.db.conn:
            self.db.execute("UPDATE uploads SET status = 'queued' WHERE status = 'processing'")
            sql = "UPDATE work SET status = 'queued' WHERE status = 'running'"
            count = self.db.execute(sql).rowcount
        sql = "SELECT DISTINCT batch_id, job_id FROM uploads WHERE status = 'queued'"
        for batch_id, job_id in self.db.execute(sql).fetchall():
            before = self.db.execute("SELECT count(*) FROM work").fetchone()[0]
            self.enqueue("parse_batch", {"batch_id": batch_id, "job_id": int(job_id)})
            count += self.db.execute("SELECT count(*) FROM work").fetchone()[0] - before
        return count

    def unfinished_uploads(self) -> list[dict]:
        """Files queued or being parsed, oldest first: {id, job_id, batch_id, name, status,
        created_at} (for an operator looking for stuck uploads)."""
        sql = (
            "SELECT u.id, u.job_id, u.batch_id, u.name, u.status, b.created_at FROM uploads u "
            "LEFT JOIN batches b ON b.id = u.batch_id "
            "WHERE u.status IN ('queued', 'processing') ORDER BY u.id"
        )
        keys = ("id", "job_id", "batch_id", "name", "status", "created_at")
        return [dict(zip(keys, row, strict=True)) for row in self.db.execute(sql)]

    def fail_upload(self, upload_id: int, error: str) -> bool:
        """Mark a queued or processing file failed with `error`: whether it was unfinished."""
        sql = (
            "UPDATE uploads SET status = 'failed', error = ? "
            "WHERE id = ? AND status IN ('queued', 'processing')"
        )
        with self.db.conn:
            return self.db.execute(sql, [error, int(upload_id)]).rowcount == 1

    def pending_work(self, kind: str | None = None) -> list[dict]:
        """Queued or running items."""
        rows = self.db.execute(
            "SELECT id, kind, payload, status FROM work WHERE status IN ('queued', 'running') "
            "ORDER BY id"
        )
        items = [
            {"id": r[0], "kind": r[1], "payload": load_json(r[2], {})[0], "status": r[3]}
            for r in rows
        ]
        return [i for i in items if kind is None or i["kind"] == kind]

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A stored value such as the current model."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a value."""
        with self.db.conn:
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")
