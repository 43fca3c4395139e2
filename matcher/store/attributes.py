"""Stated attributes for the adverse-impact report (matcher.fairness): the gender and birth a
résumé states, read inside SQLite from the stored profiles; never used in scoring."""

from __future__ import annotations


class AttributesMixin:
    """Stated attributes on `self.db`."""

    def stated_attributes(self, ids: list[int]) -> dict[int, dict]:
        """{candidate id: {"gender", "birth"}} for these candidates (None where not stated or
        where the stored profile is damaged)."""
        out: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                "SELECT id, CASE WHEN json_valid(profile) THEN json_extract(profile, '$.gender') "
                "END, CASE WHEN json_valid(profile) THEN json_extract(profile, '$.birth') END "
                f"FROM candidates WHERE id IN ({marks})",
                part,
            )
            out.update({i: {"gender": g, "birth": b} for i, g, b in rows})
        return out
