"""Stated attributes for the adverse-impact report (matcher.fairness): the gender and birth a
résumé states, kept apart from the profile (candidate_attributes); never used in scoring."""

from __future__ import annotations


class AttributesMixin:
    """Stated attributes on `self.db`."""

    def stated_attributes(self, ids: list[int]) -> dict[int, dict]:
        """{candidate id: {"gender", "birth"}} for these candidates (None where not stated)."""
        out: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                "SELECT candidate_id, gender, birth FROM candidate_attributes "
                f"WHERE candidate_id IN ({marks})",
                part,
            )
            out.update({i: {"gender": g, "birth": b} for i, g, b in rows})
        return out
