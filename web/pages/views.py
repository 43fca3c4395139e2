"""View models: turn the service's dicts into what the templates print (labels, filters, masked
names). Pure functions over plain dicts, so they are tested without a server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matcher.core import KINDS, VERDICTS
from matcher.match.reasons import LANGUAGE_NAMES, line
from matcher.service.filters import must_counts
from matcher.store.decisions import STAGES
from matcher.vocab import LEVEL_RANK

Translate = Callable[..., str]


def value_labels(req: dict, t: Translate | None) -> list[str]:
    """A requirement's values as the UI prints them: a language requirement's value is a key
    said in the UI's language (english → 英语), others as written in the posting."""
    values = [v for v in (req.get("values") or []) if v]
    if t is not None and req.get("kind") == "language":
        return [term(t, "langname", v) for v in values]
    return [str(v) for v in values]


def short_label(req: dict, limit: int = 14, t: Translate | None = None) -> str:
    """A chip's label: the named values when there are few, else the clause cut to `limit`."""
    values = value_labels(req, t)
    label = " / ".join(values) if values and len(values) <= 3 else (req.get("text") or "").strip()
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def term(t: Translate, prefix: str, value: object) -> str:
    """A parsed value (english, fluent, female) in the UI's language; a value the catalogs do not
    name (CET-6, N1, a rare language) as it is, test levels in capitals."""
    raw = str(value or "")
    key = f"{prefix}.{raw.lower()}"
    text = t(key)
    if text != key:
        return text
    return raw.upper() if prefix == "langlevel" and any(c.isdigit() for c in raw) else raw


def language_label(language: object, level: object, t: Translate) -> str:
    """英语 熟练 / English fluent / English CET-6."""
    parts = [term(t, "langname", language)] if language else []
    if level:
        parts.append(term(t, "langlevel", level))
    return " ".join(parts)


def req_summary(req: dict, t: Translate) -> str:
    """The parsed values of a typed requirement in words (education floor, years, language)."""
    parts = []
    if req.get("min_level"):
        parts.append("≥ " + t("level." + req["min_level"]))
    lo, hi = req.get("min_years"), req.get("max_years")
    if lo is not None and hi is not None:
        parts.append(t("cand.years", n=f"{lo:g}–{hi:g}"))
    elif lo is not None:
        parts.append("≥ " + t("cand.years", n=f"{lo:g}"))
    elif hi is not None:
        parts.append("≤ " + t("cand.years", n=f"{hi:g}"))
    if req.get("field"):
        parts.append(str(req["field"]))
    own = req.get("levels") or {}
    if own and len(req.get("values") or []) > 1:  # "Fluent German, good English": each its own
        for lang in req["values"]:
            parts.append(language_label(lang, own.get(lang) or req.get("level"), t))
    elif req.get("language"):
        parts.append(language_label(req["language"], req.get("level"), t))
    return " · ".join(parts)


def requirement_view(req: dict, t: Translate) -> dict:
    """A requirement with safe defaults and the labels the pages print."""
    return {
        **req,
        "id": req.get("id"),
        "kind": req.get("kind") if req.get("kind") in KINDS else "other",
        "text": req.get("text") or "",
        "must": bool(req.get("must")),
        "weight": float(req.get("weight") if req.get("weight") is not None else 1.0),
        "values": [str(v) for v in (req.get("values") or [])],
        "value_labels": value_labels(req, t),
        "label": short_label(req, limit=40, t=t),
        "summary": req_summary(req, t),
        "language_options": language_options(req, t),
        "level_options": level_options(req, t),
    }


def language_options(req: dict, t: Translate) -> list[tuple[str, str, bool]]:
    """(key, label in the UI's language, chosen) of every language a language requirement may
    name, its own first: the edit form shows labels and sends keys. Empty for other kinds."""
    if req.get("kind") != "language":
        return []
    chosen = [str(v) for v in req.get("values") or [] if v]
    others = sorted(
        (k for k in LANGUAGE_NAMES["en"] if k not in chosen), key=lambda k: term(t, "langname", k)
    )
    return [(k, term(t, "langname", k), k in chosen) for k in [*chosen, *others]]


def level_options(req: dict, t: Translate) -> list[tuple[str, str, bool]]:
    """(key, label, chosen) of each education floor, for an education requirement's edit form."""
    if req.get("kind") != "education" and not req.get("min_level"):
        return []
    return [(lv, t("level." + lv), lv == req.get("min_level")) for lv in LEVEL_RANK]


@dataclass
class Filters:
    """Shortlist filters from the query string; bad values are ignored, not errors."""

    must: bool = False
    min: float | None = None
    req: str | None = None
    verdict: str = "met"
    stage: str = ""  # "": every stage but rejected; "all"; or one of STAGES

    @classmethod
    def from_args(cls, args) -> Filters:
        """Read must=1, min=<0..100>, req=<requirement id>, verdict=<verdict>, stage=<stage>."""
        try:
            minimum = float(args.get("min")) if args.get("min") not in (None, "") else None
        except ValueError:
            minimum = None
        verdict = args.get("verdict") if args.get("verdict") in VERDICTS else "met"
        return cls(
            must=args.get("must") in ("1", "on", "true"),
            min=minimum,
            req=args.get("req") or None,
            verdict=verdict,
            stage=args.get("stage") if args.get("stage") in ("all", *STAGES) else "",
        )

    def as_service(self) -> dict:
        """The filters as matcher.service.filters.apply_filters reads them."""
        return {
            "must_met": self.must,
            "min_score": self.min,
            "decision": self.stage,
            "req": self.req,
            "verdict": self.verdict,
        }

    def as_args(self) -> dict:
        """The filters as query arguments for links (None values are left out by url_for)."""
        return {
            "must": 1 if self.must else None,
            "min": f"{self.min:g}" if self.min is not None else None,
            "req": self.req,
            "verdict": self.verdict if self.req else None,
            "stage": self.stage or None,
        }


def reader_reason(req: dict) -> str:
    """The requirement's reason in the reader's language where it was built from codes
    (matcher.match.reasons.line); else as stored (in the posting's language)."""
    if not req.get("reason_codes") and not req.get("reason_lines"):  # no request needed
        return req.get("reason") or ""
    from web.i18n import current_language

    return line(req, current_language())


def candidate_row(cand: dict, index: int, masked: bool, t: Translate) -> dict:
    """One shortlist row: display name (or 'Candidate N' when masked), chips, must-haves met."""
    reqs = []
    for r in cand.get("requirements") or []:
        verdict = r.get("verdict") if r.get("verdict") in VERDICTS else "unknown"
        # a flagged condition (gender, age, ...) left unscored is shown apart, never as a verdict
        flagged = r.get("scored") is False
        reqs.append(
            {
                **r,
                "reason": reader_reason(r),
                "verdict": verdict,
                "label": short_label(r, t=t),
                "must": bool(r.get("must")),
                "flagged": flagged,
            }
        )
    must_met, must_total = must_counts(reqs)
    name = cand.get("name")
    display = t("shortlist.candidate_n", n=cand.get("id", index)) if masked or not name else name
    subtitle_parts = []
    if not masked and cand.get("resume"):
        subtitle_parts.append(str(cand["resume"]))
    return {
        **cand,
        "rank": cand.get("rank") or index,
        "score": float(cand.get("score") or 0.0),
        "knocked_out": bool(cand.get("knocked_out")),
        "requirements": reqs,
        "must_met": must_met,
        "must_total": must_total,
        "display_name": display,
        "subtitle": " · ".join(subtitle_parts),
    }
