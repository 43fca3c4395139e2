"""Upload batches with per-file status, the pool of candidates (parsed résumés, one per person
per installation) and their applications to jobs."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

from matcher.core import UPLOAD_FINAL, UPLOAD_PENDING
from matcher.core import profile_document as document
from matcher.errors import NotFoundError
from matcher.store.damage import is_damaged, load_json
from matcher.store.pool import CandidatePool, read_profile
from matcher.store.schema import STATED


def _code_json(code: dict | None) -> str | None:
    """An error code ({"key", "params"}) as stored: JSON text, or None."""
    return json.dumps(code, ensure_ascii=False, sort_keys=True) if code else None


class CandidatesMixin:
    """Batches, uploads and candidates on `self.db`."""

    def add_batch(self, job_id: int | None, user_id: int, files: list[tuple]) -> str:
        """A batch of files [(name, sha256 or None, error or None[, error code or None])] for a
        job (None: into the pool only): the batch id. Files with an error are failed at once; the
        others wait for the worker. An error code is {"key", "params"} (MatcherError.coded),
        rendered in the reader's language."""
        batch_id = secrets.token_hex(8)
        with self.db.conn:
            self.db["batches"].insert(
                {
                    "id": batch_id,
                    "job_id": job_id,
                    "user_id": user_id,
                    "created_at": self.now(),
                    "finished": 0,
                }
            )
            self.db["uploads"].insert_all(
                [
                    {
                        "batch_id": batch_id,
                        "job_id": job_id,
                        "position": i,
                        "name": name,
                        "sha256": sha,
                        "status": "failed" if entry[2] else "queued",
                        "error": entry[2],
                        "error_code": _code_json(entry[3] if len(entry) > 3 else None),
                        "candidate_id": None,
                        "duplicate_of": None,
                    }
                    for i, entry in enumerate(files)
                    for name, sha in [entry[:2]]
                ]
            )
        return batch_id

    def batch_uploads(self, batch_id: str) -> list[dict]:
        """The batch's files in upload order."""
        return list(self.db["uploads"].rows_where("batch_id = ?", [batch_id], order_by="position"))

    def claim_upload(self, upload_id: int) -> bool:
        """Mark a queued file as being parsed; False when another thread took it first."""
        with self.db.conn:
            sql = "UPDATE uploads SET status = 'processing' WHERE id = ? AND status = 'queued'"
            return self.db.execute(sql, [upload_id]).rowcount == 1

    def set_upload(self, upload_id: int, **fields) -> None:
        """Record a file's status, error (and its code), candidate."""
        if "error_code" in fields:
            fields["error_code"] = _code_json(fields["error_code"])
        with self.db.conn:
            self.db["uploads"].update(upload_id, fields)

    def get_batch(self, job_id: int | None, batch_id: str) -> dict:
        """One batch of the job (None: of the pool) with each file's status."""
        rows = list(self.db["batches"].rows_where("id = ? AND job_id IS ?", [batch_id, job_id]))
        if not rows:
            owner = f"job {job_id}" if job_id is not None else "the pool"
            raise NotFoundError(f"upload batch {batch_id!r} of {owner} does not exist")
        files = []
        for u in self.batch_uploads(batch_id):
            dup = None
            if u["duplicate_of"]:
                other = self.db["candidates"].rows_where("id = ?", [u["duplicate_of"]])
                dup = next((c["resume"] for c in other), None)
            files.append(
                {
                    "name": u["name"],
                    "status": u["status"],
                    "error": u["error"],
                    "error_code": json.loads(u["error_code"]) if u.get("error_code") else None,
                    "duplicate_of": dup,
                    "candidate_id": u["candidate_id"],
                }
            )
        done = sum(1 for f in files if f["status"] in UPLOAD_FINAL)
        return {
            "id": batch_id,
            "job_id": job_id,
            "created_at": rows[0]["created_at"],
            "total": len(files),
            "done": done,
            "finished": done == len(files),
            "files": files,
        }

    def list_batches(self, job_id: int | None) -> list[dict]:
        """The job's batches (None: the pool's own), newest first."""
        sql = "SELECT id FROM batches WHERE job_id IS ? ORDER BY created_at DESC, rowid DESC"
        return [self.get_batch(job_id, r[0]) for r in self.db.execute(sql, [job_id])]

    def pending_uploads(self, job_id: int | None = None, batch_id: str | None = None) -> int:
        """How many files of the job (or of the batch) are queued or being parsed."""
        marks = ",".join("?" * len(UPLOAD_PENDING))
        column, key = ("batch_id", batch_id) if batch_id is not None else ("job_id", job_id)
        sql = f"SELECT count(*) FROM uploads WHERE {column} IS ? AND status IN ({marks})"
        return self.db.execute(sql, [key, *UPLOAD_PENDING]).fetchone()[0]

    def upload_counts(self, job_id: int) -> dict[str, int]:
        """{status: how many of the job's files have it}."""
        sql = (
            "SELECT status, count(*) FROM uploads WHERE job_id = ? GROUP BY status ORDER BY status"
        )
        return dict(self.db.execute(sql, [int(job_id)]).fetchall())

    def add_candidate(
        self, job_id: int | None, resume: str, sha256: str, text: str, profile: dict
    ) -> int:
        """Store a parsed résumé in the pool, as an applicant of the job when one is given: the
        candidate id. The gender and birth it states are kept apart (candidate_attributes)."""
        stated = {k: profile.get(k) for k in STATED}
        profile = {k: v for k, v in profile.items() if k not in STATED}
        with self.db.conn:
            cand_id = (
                self.db["candidates"]
                .insert(
                    {
                        "resume": resume,
                        "sha256": sha256,
                        "text": text,
                        "profile": json.dumps(profile, ensure_ascii=False, sort_keys=True),
                        "document": document(profile),
                        "created_at": self.now(),
                    }
                )
                .last_pk
            )
            self.db["candidate_attributes"].insert({"candidate_id": cand_id, **stated})
            if job_id is not None:
                self._apply(job_id, cand_id, "upload", None)
        return cand_id

    def _apply(self, job_id: int, cand_id: int, source: str, added_by: int | None) -> bool:
        row = {
            "job_id": job_id,
            "candidate_id": cand_id,
            "source": source,
            "added_by": added_by,
            "created_at": self.now(),
        }
        sql = (
            "INSERT OR IGNORE INTO applications (job_id, candidate_id, source, added_by, "
            "created_at) VALUES (:job_id, :candidate_id, :source, :added_by, :created_at)"
        )
        return self.db.execute(sql, row).rowcount == 1

    def apply(self, job_id: int, cand_id: int, source: str, added_by: int | None = None) -> bool:
        """Make a pool candidate an applicant of the job ("upload" or "pool"): whether they
        were not one already."""
        with self.db.conn:
            return self._apply(job_id, cand_id, source, added_by)

    def applications_of(self, cand_id: int) -> list[int]:
        """The ids of the jobs the candidate is an applicant of, oldest application first."""
        sql = "SELECT job_id FROM applications WHERE candidate_id = ? ORDER BY rowid"
        return [r[0] for r in self.db.execute(sql, [cand_id])]

    def add_candidate_unless(
        self,
        job_id: int,
        resume: str,
        sha256: str,
        text: str,
        profile: dict,
        duplicate: Callable[[list[dict]], int | None],
        seen: int = 0,
    ) -> tuple[int, bool]:
        """Add the candidate (to the pool, and to the job when given) unless
        duplicate(candidate_heads(None, seen)) names a pool candidate it repeats: (candidate
        id, added). The check and the insert hold the write lock together,
        so one person uploaded twice at once (a retried request, two recruiters) is one
        candidate, in any number of threads or processes."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            dup = duplicate(self.candidate_heads(None, seen))
            if dup is not None:
                conn.rollback()
                return dup, False
            # add_candidate's commit ends the locked transaction, insert included.
            return self.add_candidate(job_id, resume, sha256, text, profile), True
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def get_candidate(self, cand_id: int) -> dict:
        """A candidate with text, profile and "jobs" (the ids of the jobs they applied to)."""
        rows = list(self.db["candidates"].rows_where("id = ?", [cand_id]))
        if not rows:
            raise NotFoundError(f"candidate {cand_id} does not exist")
        row = rows[0]
        profile = read_profile(row["profile"])
        # Damaged stored data is shown as such (the text with its bad bytes replaced), not a 500.
        bad = profile.get("damaged") is True or is_damaged(row["text"]) or is_damaged(row["resume"])
        return {
            **row,
            "text": row["text"] or "",
            "profile": profile,
            "damaged": bad,
            "jobs": self.applications_of(cand_id),
        }

    def candidate_ids(self, job_id: int | None = None) -> list[int]:
        """The job's applicants (None: every pool candidate), oldest first; no text is read."""
        if job_id is None:
            return [r[0] for r in self.db.execute("SELECT id FROM candidates ORDER BY id")]
        sql = "SELECT candidate_id FROM applications WHERE job_id = ? ORDER BY candidate_id"
        return [r[0] for r in self.db.execute(sql, [job_id])]

    def candidate_heads(
        self, job_id: int | None = None, after_id: int = 0, ids: list[int] | None = None
    ) -> list[dict]:
        """The job's applicants (None: the whole pool; or just `ids`) after `after_id`, oldest
        first, as {id, resume, sha256, name, fingerprint}: what duplicate checks and the
        shortlist page need, read inside SQLite (json_extract) so no profile is decoded."""
        # json_extract on a damaged profile would fail the whole query: such a row reads as
        # damaged, with no name and no fingerprint.
        head = (
            "SELECT id, resume, sha256, json_valid(profile), "
            "CASE WHEN json_valid(profile) THEN json_extract(profile, '$.name') END, "
            "CASE WHEN json_valid(profile) THEN json_extract(profile, '$.fingerprint') END "
            "FROM candidates "
        )
        if ids is not None:
            return [
                h for i in range(0, len(ids), 500) for h in self._heads_of(head, ids[i : i + 500])
            ]
        if job_id is None:
            sql, args = head + "WHERE id > ? ORDER BY id", [after_id]
        else:
            sql = head + (
                "WHERE id IN (SELECT candidate_id FROM applications WHERE job_id = ?) "
                "AND id > ? ORDER BY id"
            )
            args = [job_id, after_id]
        return self._heads(self.db.execute(sql, args))

    def _heads_of(self, head: str, ids: list[int]) -> list[dict]:
        marks = ",".join("?" * len(ids))
        return self._heads(self.db.execute(head + f"WHERE id IN ({marks}) ORDER BY id", ids))

    @staticmethod
    def _heads(rows) -> list[dict]:
        out = []
        for cand_id, resume, sha, valid, name, fp in rows:
            fingerprint, bad = load_json(fp, {})
            head = {
                "id": cand_id,
                "resume": resume,
                "sha256": sha,
                "name": None if is_damaged(name) else name,
                "fingerprint": fingerprint if isinstance(fingerprint, dict) else {},
            }
            if not valid or bad or is_damaged(name) or is_damaged(resume):
                head["damaged"] = True
            out.append(head)
        return out

    def candidate_pool(self, ids: list[int]) -> CandidatePool:
        """These candidates as a lazy (name, profile) sequence for matcher.match.rank."""
        return CandidatePool(self.db, ids)

    def delete_candidate(self, cand_id: int) -> dict:
        """Remove the candidate and every row derived from them; returns the removed row."""
        cand = self.get_candidate(cand_id)
        with self.db.conn:
            self.db.execute("DELETE FROM matches WHERE candidate_id = ?", [cand_id])
            self.db.execute("DELETE FROM decisions WHERE candidate_id = ?", [cand_id])
            self.db.execute("DELETE FROM applications WHERE candidate_id = ?", [cand_id])
            self.db.execute("DELETE FROM candidate_attributes WHERE candidate_id = ?", [cand_id])
            # Upload rows carry the file name, which often holds the person's name.
            self.db.execute(
                "DELETE FROM uploads WHERE candidate_id = ? OR duplicate_of = ? OR sha256 = ?",
                [cand_id, cand_id, cand["sha256"]],
            )
            self.db.execute("DELETE FROM candidates WHERE id = ?", [cand_id])
        return cand
