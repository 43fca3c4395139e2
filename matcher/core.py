"""The record and the vocabularies every layer shares, each defined once: the parsers produce
them, the store keeps them, the service checks them and the web layer shows them."""

from __future__ import annotations

from typing import TypedDict


def profile_document(profile: dict) -> str:
    """A résumé profile's whole text as the large-pool retriever embeds it: its sentences, one
    per line (the store keeps it beside the profile)."""
    return "\n".join(s["text"] for s in profile.get("sentences") or [])


class Requirement(TypedDict, total=False):
    """One requirement of a posting (docs/architecture.md, "Requirement model")."""

    kind: str
    text: str
    must: bool
    weight: float
    min_level: str | None
    min_years: float | None
    max_years: float | None
    field: str | None
    values: list[str]
    any_of: bool | None  # the values are alternatives: any one of them meets the requirement
    language: str | None
    level: str | None
    # each language's own level where one clause asks several at different ones ("Fluent
    # German, good English"): {"german": "fluent", "english": "good"}; else None
    levels: dict[str, str] | None
    min_age: int | None
    max_age: int | None


# The requirement's keys in their documented order.
REQUIREMENT_KEYS: tuple[str, ...] = tuple(Requirement.__annotations__)
# The keys the JD parser reads from a clause's text besides its kind and values.
TYPED_KEYS = (
    "min_level",
    "min_years",
    "max_years",
    "field",
    "language",
    "level",
    "levels",
    "min_age",
    "max_age",
)
KINDS = (
    "education",
    "major",
    "experience",
    "skill",
    "language",
    "certificate",
    "knowledge",
    "competency",
    "age",
    "gender",
    "other",
)
VERDICTS = ("met", "partial", "unmet", "unknown")
ROLES = ("admin", "recruiter", "hiring_manager")
EDITOR_ROLES = ("admin", "recruiter")  # who may create, edit and assign jobs and upload
DECIDER_ROLES = ("admin", "hiring_manager")  # who records shortlist / interview / reject
DECISIONS = ("shortlist", "interview", "reject")
# An uploaded file's status: waiting, being parsed, then one of the three final ones.
UPLOAD_STATES = ("queued", "processing", "parsed", "duplicate", "failed")
UPLOAD_PENDING = ("queued", "processing")
UPLOAD_FINAL = ("parsed", "duplicate", "failed")
