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

    def claim_work(self) -> dict | None:
        """Take the oldest queued item (marking it running), or None."""
        while True:
            with self.db.conn:
                row = self.db.execute(
                    "SELECT id, kind, payload FROM work WHERE status = 'queued' ORDER BY id LIMIT 1"
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
        """After a restart, work left running (and files left half-parsed) is queued again."""
        with self.db.conn:
            self.db.execute("UPDATE uploads SET status = 'queued' WHERE status = 'processing'")
            sql = "UPDATE work SET status = 'queued' WHERE status = 'running'"
            return self.db.execute(sql).rowcount

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
