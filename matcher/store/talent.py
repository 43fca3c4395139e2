"""The talent pool as a recruiter browses it: pool candidates newest first, searched by name,
skill or résumé text, a page at a time."""

from __future__ import annotations

import json

PAGE = 50  # pool candidates per page when the caller does not say


def _like(word: str) -> str:
    """A LIKE pattern that finds the word anywhere, its own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class TalentMixin:
    """Pool search on `self.db`."""

    def search_pool(
        self, query: str = "", before: int | None = None, limit: int = PAGE
    ) -> tuple[list[dict], int | None]:
        """(pool candidates newest first whose name, skills or text hold every word of the
        query, each {id, name, file, created_at, highest_level, total_years, skills, jobs};
        the cursor of the next page or None). `before` is the previous page's cursor."""
        where, args = [], []
        if before is not None:
            where.append("id < ?")
            args.append(int(before))
        for word in query.split():
            where.append(
                "(text LIKE ? ESCAPE '\\' OR resume LIKE ? ESCAPE '\\' "
                "OR json_extract(profile, '$.skills') LIKE ? ESCAPE '\\')"
            )
            args += [_like(word)] * 3
        sql = (
            "SELECT id, resume, created_at, json_extract(profile, '$.name'), "
            "json_extract(profile, '$.highest_level'), json_extract(profile, '$.total_years'), "
            "json_extract(profile, '$.skills') FROM candidates"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY id DESC LIMIT ?"
        )
        rows = self.db.execute(sql, [*args, int(limit) + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        jobs = self._jobs_of([r[0] for r in rows])
        out = [
            {
                "id": cand_id,
                "name": name,
                "file": resume,
                "created_at": created,
                "highest_level": level,
                # PostgreSQL's json_extract gives every value as text
                "total_years": float(years) if isinstance(years, str) else years,
                "skills": json.loads(skills) if skills else [],
                "jobs": jobs.get(cand_id, []),
            }
            for cand_id, resume, created, name, level, years, skills in rows
        ]
        return out, (out[-1]["id"] if more and out else None)

    def pool_size(self) -> int:
        """How many candidates the pool holds."""
        return self.db.execute("SELECT count(*) FROM candidates").fetchone()[0]

    def pool_state(self) -> tuple[int, int]:
        """(how many candidates, the highest id): changes whenever one is added or erased."""
        row = self.db.execute("SELECT count(*), coalesce(max(id), 0) FROM candidates").fetchone()
        return int(row[0]), int(row[1])

    def candidate_files(self, ids: list[int]) -> dict[int, str]:
        """{candidate id: file name} for those of the ids still in the pool (no profile read)."""
        wanted = set(ids)
        rows = self.db.execute("SELECT id, resume FROM candidates")
        return {cand_id: resume for cand_id, resume in rows if cand_id in wanted}

    def _jobs_of(self, ids: list[int]) -> dict[int, list[int]]:
        """{candidate id: ids of the jobs they applied to} for these candidates."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = (
            f"SELECT candidate_id, job_id FROM applications WHERE candidate_id IN ({marks}) "
            "ORDER BY rowid"
        )
        out: dict[int, list[int]] = {}
        for cand_id, job_id in self.db.execute(sql, ids):
            out.setdefault(cand_id, []).append(job_id)
        return out
