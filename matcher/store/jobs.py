"""Jobs, their editable requirements, hiring-manager assignments and JD drafts."""

from __future__ import annotations

import hashlib
import json
import secrets

from matcher.core import REQUIREMENT_KEYS
from matcher.errors import NotFoundError, StoreError
from matcher.jd.fields import valid_fields
from matcher.store.damage import load_json

# Requirement fields kept in their own columns; every other key of a requirement goes to `data`.
REQ_COLUMNS = ("kind", "text", "must", "weight")
REQ_KEYS = REQUIREMENT_KEYS


def _req_row(job_id: int, position: int, req: dict) -> dict:
    data = {k: req.get(k) for k in REQ_KEYS if k not in REQ_COLUMNS}
    data.update({k: v for k, v in req.items() if k not in REQ_KEYS and k != "id"})
    return {
        "job_id": job_id,
        "position": position,
        "kind": str(req.get("kind") or "other"),
        "text": str(req.get("text") or ""),
        "must": 1 if req.get("must") else 0,
        "weight": float(req.get("weight") if req.get("weight") is not None else 1.0),
        "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
    }


def _req_out(row: dict) -> dict:
    out = {k: None for k in REQ_KEYS}
    out["values"] = []
    data, _ = load_json(row["data"], {})
    # Stored typed fields of the wrong type (written before edits were validated, or damaged on
    # disk) read as absent: matcher.jd.fields is the one check of what each may hold.
    out.update(valid_fields(data if isinstance(data, dict) else {}))
    out.update(
        {
            "id": row["id"],
            "kind": row["kind"],
            "text": row["text"],
            "must": bool(row["must"]),
            "weight": row["weight"],
        }
    )
    return out


def requirements_hash(requirements: list[dict], score_flagged: bool = False) -> str:
    """A digest of what scoring depends on: edits change it, row ids do not; so does scoring the
    flagged conditions (off gives the same digest as before the switch existed)."""
    # a requirement without alternatives digests as before any_of existed (no needless re-score)
    plain: list = [
        {k: r.get(k) for k in REQ_KEYS if k not in ("any_of", "levels") or r.get(k)}
        for r in requirements
    ]
    if score_flagged:
        plain.append({"score_flagged": True})
    blob = json.dumps(plain, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


class JobsMixin:
    """Jobs on `self.db`."""

    def add_job(
        self,
        posting: dict,
        created_by: int | None,
        source_sha256: str | None,
        reference: str = "",
    ) -> dict:
        """Store one parsed posting as an open job with its requirements: {id, title}.
        `reference` is the line that tells it from jobs of the same title."""
        rest = {k: posting.get(k) for k in ("sections", "duties", "flags")}
        title = str(posting.get("title") or "").strip() or "(untitled)"
        with self.db.conn:
            job_id = (
                self.db["jobs"]
                .insert(
                    {
                        "title": title,
                        "language": posting.get("language") or "",
                        "posting": json.dumps(rest, ensure_ascii=False, sort_keys=True),
                        "source_sha256": source_sha256,
                        "created_by": created_by,
                        "created_at": self.now(),
                        "status": "open",
                        "reference": reference or "",
                    }
                )
                .last_pk
            )
            rows = [_req_row(job_id, i, r) for i, r in enumerate(posting.get("requirements") or [])]
            if rows:
                self.db["requirements"].insert_all(rows)
        return {"id": job_id, "title": title}

    def job_ids(self) -> list[int]:
        """Every job id, oldest first."""
        return [r[0] for r in self.db.execute("SELECT id FROM jobs ORDER BY id")]

    def visible_job_ids(self, user: dict) -> list[int]:
        """Jobs the user may see: all for admin/recruiter, assigned ones for a hiring manager."""
        if user["role"] != "hiring_manager":
            return self.job_ids()
        sql = "SELECT job_id FROM assignments WHERE user_id = ? ORDER BY job_id"
        return [r[0] for r in self.db.execute(sql, [user["id"]])]

    def get_job(self, job_id: int) -> dict:
        """The job as a posting (title, language, sections, duties, flags, requirements) plus id."""
        rows = list(self.db["jobs"].rows_where("id = ?", [job_id]))
        if not rows:
            raise NotFoundError(f"job {job_id} does not exist")
        row = rows[0]
        rest, _ = load_json(row["posting"], {})
        rest = rest if isinstance(rest, dict) else {}
        return {
            "id": row["id"],
            "title": row["title"],
            "language": row["language"],
            "sections": rest.get("sections") or {},
            "duties": rest.get("duties") or [],
            "flags": rest.get("flags") or [],
            "requirements": self.list_requirements(job_id),
            "score_flagged": bool(row.get("score_flagged")),
            "mask_default": bool(row.get("mask_default")),
            "may_unmask": bool(row.get("may_unmask", 1)),
            "created_at": row["created_at"],
            "updated_at": row.get("updated_at"),
            "status": row.get("status") or "open",
            "reference": row.get("reference") or "",
            "source_sha256": row["source_sha256"],
        }

    def update_job(self, job_id: int, fields: dict) -> None:
        """Change a job's title, status, reference or sections ({summary, duties, ...})."""
        job = self.get_job(job_id)
        row = {k: fields[k] for k in ("title", "status", "reference") if k in fields}
        if "sections" in fields:
            rest = {
                "sections": {**job["sections"], **fields["sections"]},
                "duties": job["duties"],
                "flags": job["flags"],
            }
            row["posting"] = json.dumps(rest, ensure_ascii=False, sort_keys=True)
        row["updated_at"] = self.now()
        with self.db.conn:
            self.db["jobs"].update(job_id, row)

    def delete_job(self, job_id: int) -> dict:
        """Remove the job with its requirements, assignments, applications, matches, decisions
        and upload batches; its candidates stay in the pool. {table: rows removed}."""
        self.get_job(job_id)
        counts = {}
        with self.db.conn:
            for table in ("matches", "decisions", "applications", "assignments", "requirements"):
                sql = f"DELETE FROM {table} WHERE job_id = ?"
                counts[table] = self.db.execute(sql, [job_id]).rowcount
            counts["uploads"] = self.db.execute(
                "DELETE FROM uploads WHERE job_id = ?", [job_id]
            ).rowcount
            self.db.execute("DELETE FROM batches WHERE job_id = ?", [job_id])
            self.db.execute("DELETE FROM jobs WHERE id = ?", [job_id])
        return counts

    def list_requirements(self, job_id: int) -> list[dict]:
        """The job's requirements in order, each with its id."""
        rows = self.db["requirements"].rows_where("job_id = ?", [job_id], order_by="position, id")
        return [_req_out(r) for r in rows]

    def replace_requirements(self, job_id: int, requirements: list[dict]) -> list[dict]:
        """Replace the job's whole requirement list (the API's PUT)."""
        self.get_job(job_id)
        with self.db.conn:
            self.db.execute("DELETE FROM requirements WHERE job_id = ?", [job_id])
            rows = [_req_row(job_id, i, r) for i, r in enumerate(requirements)]
            if rows:
                self.db["requirements"].insert_all(rows)
        return self.list_requirements(job_id)

    def _req(self, job_id: int, req_id: int) -> dict:
        rows = list(self.db["requirements"].rows_where("id = ? AND job_id = ?", [req_id, job_id]))
        if not rows:
            raise NotFoundError(f"requirement {req_id} of job {job_id} does not exist")
        return rows[0]

    def update_requirement(self, job_id: int, req_id: int, fields: dict) -> dict:
        """Change some fields of one requirement."""
        merged = {**_req_out(self._req(job_id, req_id)), **fields}
        row = _req_row(job_id, 0, merged)
        row.pop("position")
        with self.db.conn:
            self.db["requirements"].update(req_id, row)
        return _req_out(self._req(job_id, req_id))

    def add_requirement(self, job_id: int, fields: dict) -> dict:
        """Append a requirement."""
        self.get_job(job_id)
        sql = "SELECT coalesce(max(position), -1) + 1 FROM requirements WHERE job_id = ?"
        position = self.db.execute(sql, [job_id]).fetchone()[0]
        with self.db.conn:
            req_id = self.db["requirements"].insert(_req_row(job_id, position, fields)).last_pk
        return _req_out(self._req(job_id, req_id))

    def delete_requirement(self, job_id: int, req_id: int) -> None:
        """Remove one requirement."""
        self._req(job_id, req_id)
        with self.db.conn:
            self.db.execute("DELETE FROM requirements WHERE id = ?", [req_id])

    def set_score_flagged(self, job_id: int, on: bool) -> None:
        """Score the job's flagged conditions (on) or only list them (off, the default)."""
        self.get_job(job_id)
        with self.db.conn:
            self.db["jobs"].update(job_id, {"score_flagged": 1 if on else 0})

    def set_privacy(self, job_id: int, mask_default: bool, may_unmask: bool) -> None:
        """Whether hiring managers see the job's candidates masked by default and may unmask."""
        self.get_job(job_id)
        row = {"mask_default": int(bool(mask_default)), "may_unmask": int(bool(may_unmask))}
        with self.db.conn:
            self.db["jobs"].update(job_id, row)

    def assign(self, job_id: int, user_id: int) -> None:
        """Let a user see the job."""
        with self.db.conn:
            self.db["assignments"].insert({"job_id": job_id, "user_id": user_id}, ignore=True)

    def unassign(self, job_id: int, user_id: int) -> None:
        """Take the job away from a user."""
        with self.db.conn:
            sql = "DELETE FROM assignments WHERE job_id = ? AND user_id = ?"
            self.db.execute(sql, [job_id, user_id])

    def job_managers(self, job_id: int) -> list[str]:
        """Names of the users assigned to the job."""
        sql = (
            "SELECT u.name FROM assignments a JOIN users u ON u.id = a.user_id "
            "WHERE a.job_id = ? ORDER BY u.name"
        )
        return [r[0] for r in self.db.execute(sql, [job_id])]

    def add_draft(self, user_id: int, name: str, sha256: str | None, postings: list) -> str:
        """Keep parsed postings between the preview and the creation: the draft id."""
        draft_id = secrets.token_hex(12)
        with self.db.conn:
            self.db["drafts"].insert(
                {
                    "id": draft_id,
                    "user_id": user_id,
                    "name": name,
                    "sha256": sha256,
                    "postings": json.dumps(postings, ensure_ascii=False),
                    "created_at": self.now(),
                }
            )
        return draft_id

    def get_draft(self, draft_id: str, user_id: int) -> dict:
        """A draft of this user (NotFoundError for anyone else's)."""
        rows = list(self.db["drafts"].rows_where("id = ? AND user_id = ?", [draft_id, user_id]))
        if not rows:
            raise NotFoundError(f"draft {draft_id!r} does not exist")
        postings, bad = load_json(rows[0]["postings"], [])
        if bad or not isinstance(postings, list):
            raise StoreError("this draft is damaged; parse the job description again")
        return {**rows[0], "postings": postings}
