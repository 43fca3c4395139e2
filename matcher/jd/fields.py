"""What each field of a requirement may hold: the one check applied to every edit before it is
stored (a wrong type or size is a ValueError naming the field) and to every stored requirement
when it is read (a bad stored value reads as absent), so nothing stored can fail a later score."""

from __future__ import annotations

import math
from typing import Any

from matcher.core import KINDS
from matcher.vocab import LEVELS

MAX_TEXT = 2000  # a requirement clause; the longest in the graded job posts is under 400
MAX_SHORT = 200  # a field, a value, a language or level name
MAX_VALUES = 50
YEARS = (0.0, 60.0)
AGES = (14, 100)


def _number(name: str, value: Any, low: float, high: float, whole: bool = False) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number, not {type(value).__name__}")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name} {str(value)[:40]!r} is not a number") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} {number:g} is outside {low:g}-{high:g}")
    if whole:
        if number != int(number):
            raise ValueError(f"{name} {number:g} is not a whole number")
        return int(number)
    return number


def _short(name: str, value: Any, limit: int = MAX_SHORT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text, not {type(value).__name__}")
    value = value.strip()
    if len(value) > limit:
        raise ValueError(f"{name} is {len(value)} characters; the limit is {limit}")
    return value or None


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices:
        raise ValueError(f"{name} {str(value)[:40]!r} is not one of {', '.join(choices)}")
    return value


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # the page's form: "Excel, Word"
        value = value.replace("，", ",").split(",")
    if not isinstance(value, list):
        raise ValueError(f"values must be a list of text, not {type(value).__name__}")
    if len(value) > MAX_VALUES:
        raise ValueError(f"values has {len(value)} entries; the limit is {MAX_VALUES}")
    out = []
    for i, item in enumerate(value):
        text = _short(f"values[{i}]", item)
        if text:
            out.append(text)
    return out


def _levels(value: Any) -> dict[str, str] | None:
    """A language requirement's level of each language ({"german": "fluent", "english": "good"})."""
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise ValueError(f"levels must be an object of language: level, not {type(value).__name__}")
    if len(value) > MAX_VALUES:
        raise ValueError(f"levels has {len(value)} entries; the limit is {MAX_VALUES}")
    out = {}
    for language, level in value.items():
        key, text = _short("levels key", language), _short(f"levels[{str(language)[:40]!r}]", level)
        if key and text:
            out[key] = text
    return out or None


def _flag(name: str, value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1", "true", "false", "on"):
        return value in (1, "1", "true", "on")
    raise ValueError(f"{name} {str(value)[:40]!r} is not true or false")


def _must(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1", "true", "false", "on", "must", "nice", ""):
        return value in (1, "1", "true", "on", "must")
    raise ValueError(f"must {str(value)[:40]!r} is not true or false")


# field name → its check; each returns the cleaned value or raises ValueError naming the field.
CHECKS = {
    "kind": lambda v: _choice("kind", v, KINDS),
    "text": lambda v: _short("text", v, MAX_TEXT) or "",
    "must": _must,
    "weight": lambda v: _number("weight", v, 0, 100),
    "min_level": lambda v: _choice("min_level", v, LEVELS),
    "min_years": lambda v: _number("min_years", v, *YEARS),
    "max_years": lambda v: _number("max_years", v, *YEARS),
    "field": lambda v: _short("field", v),
    "values": _values,
    "any_of": lambda v: _flag("any_of", v),
    "language": lambda v: _short("language", v),
    "level": lambda v: _short("level", v),
    "levels": _levels,
    "min_age": lambda v: _number("min_age", v, *AGES, whole=True),
    "max_age": lambda v: _number("max_age", v, *AGES, whole=True),
}


def check_requirement(fields: dict) -> dict:
    """The fields an edit gives, each checked and cleaned (numbers from text, values from a
    comma list); ValueError names the first bad field. Keys not in CHECKS are dropped (an id or
    a key a client echoes back is no field to store)."""
    if not isinstance(fields, dict):
        raise ValueError("a requirement must be a JSON object")
    out = {k: CHECKS[k](v) for k, v in fields.items() if k in CHECKS}
    if out.get("weight") is None and "weight" in out:
        out.pop("weight")  # absent: the store's default weight
    if out.get("kind") is None and "kind" in fields:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    low, high = out.get("min_years"), out.get("max_years")
    if low is not None and high is not None and low > high:
        raise ValueError(f"min_years {low:g} is above max_years {high:g}")
    return out


def valid_fields(data: dict) -> dict:
    """Stored typed fields that pass their check; any other reads as absent (None, or [] for
    values) so an old or damaged row never fails a score."""
    out = {}
    for key, value in data.items():
        check = CHECKS.get(key)
        if check is None or value is None:
            out[key] = value
            continue
        try:
            out[key] = check(value)
        except ValueError:
            out[key] = [] if key == "values" else None
    return out
