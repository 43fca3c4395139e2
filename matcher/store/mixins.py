"""Every store method but opening: the mixins over `self.db` (a sqlite_utils Database, or the
PgDatabase seam that runs the same statements on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from matcher.store.attributes import AttributesMixin
from matcher.store.audit import AuditMixin
from matcher.store.candidates import CandidatesMixin
from matcher.store.decisions import DecisionsMixin
from matcher.store.files import FilesMixin
from matcher.store.jobs import JobsMixin
from matcher.store.matches import MatchesMixin
from matcher.store.rankers import RankersMixin
from matcher.store.talent import TalentMixin
from matcher.store.users import UsersMixin
from matcher.store.vectors import VectorTable
from matcher.store.work import WorkMixin


class StoreMethods(
    UsersMixin,
    JobsMixin,
    FilesMixin,
    CandidatesMixin,
    TalentMixin,
    MatchesMixin,
    RankersMixin,
    DecisionsMixin,
    AuditMixin,
    AttributesMixin,
    WorkMixin,
):
    """The Store protocol's methods on `self.db`; a subclass opens `self.db` and migrates it."""

    @staticmethod
    def now() -> str:
        """The current UTC time as ISO 8601 seconds."""
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def vectors(self) -> VectorTable:
        """The cached embedding vectors (what matcher.embed_cache.CachedEncoder keeps them in)."""
        return VectorTable(self.db)

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()
