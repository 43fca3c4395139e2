"""A job's candidates as a lazy sequence of (name, profile) for matcher.match.rank: profiles are
read from SQLite only when a slice or a list of positions is asked for, and the pre-filter reads
the stored document texts instead, so a shortlist over a large pool holds one pre-filter chunk
and the candidates it keeps, never every profile."""

from __future__ import annotations

from collections.abc import Sequence

from matcher.store.damage import load_json

_BATCH = 500  # ids per SELECT (SQLite's bound-variable limit is far above)


def erased() -> dict:
    """The profile a candidate erased while a shortlist runs reads as: nothing stated."""
    return {"sentences": [], "education": [], "experience": [], "languages": [], "erased": True}


def damaged() -> dict:
    """The profile of a candidate whose stored profile cannot be read: nothing stated, marked."""
    return {"sentences": [], "education": [], "experience": [], "languages": [], "damaged": True}


def read_profile(raw: str | None) -> dict:
    """A stored profile column as a dict; damaged() when it does not decode to one."""
    value, bad = load_json(raw, None)
    return damaged() if bad or not isinstance(value, dict) else value


class CandidatePool(Sequence):
    """(str(candidate id), profile) for the given ids, in their order."""

    def __init__(self, db, ids: list[int]):
        self.db = db
        self.ids = list(ids)

    def __len__(self) -> int:
        return len(self.ids)

    def names(self) -> list[str]:
        """Every candidate's name (its id as text) without reading a profile."""
        return [str(i) for i in self.ids]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._load(self.ids[index])
        return self._load([self.ids[index]])[0]

    def documents(self, start: int, stop: int) -> list[str]:
        """The retriever's texts (matcher.resume.sentences.document) of positions start..stop,
        from the column the store keeps beside each profile: no profile is decoded."""
        ids = self.ids[start:stop]
        found = self._column("document", ids)
        return [found.get(i) or "" for i in ids]

    def take(self, positions: list[int]) -> list[tuple[str, dict]]:
        """The pairs at these positions, read in batches."""
        return self._load([self.ids[i] for i in positions])

    def _load(self, ids: list[int]) -> list[tuple[str, dict]]:
        found = self._column("profile", ids)
        # A candidate erased while the shortlist runs reads as an empty profile (every verdict
        # unknown); the caller stores results only for candidates that still exist.
        # A damaged profile reads as damaged() (every verdict unknown) instead of failing the
        # whole shortlist.
        out = [(str(i), read_profile(found[i]) if i in found else erased()) for i in ids]
        # Gender and birth are kept apart (candidate_attributes); the typed rules read them only
        # for a flagged age or gender condition that an admin chose to score for a job.
        stated = self._stated(ids)
        for name, profile in out:
            profile.update(stated.get(int(name), {}))
        return out

    def _stated(self, ids: list[int]) -> dict[int, dict]:
        found: dict[int, dict] = {}
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            sql = (
                "SELECT candidate_id, gender, birth FROM candidate_attributes "
                f"WHERE candidate_id IN ({marks})"
            )
            for cand_id, gender, birth in self.db.execute(sql, batch):
                found[cand_id] = {"gender": gender, "birth": birth}
        return found

    def _column(self, column: str, ids: list[int]) -> dict[int, str]:
        """{id: value of the column} for those of the ids that exist, _BATCH ids a query."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            sql = f"SELECT id, {column} FROM candidates WHERE id IN ({marks})"
            found.update(self.db.execute(sql, batch).fetchall())
        return found
