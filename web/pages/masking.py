"""The masked view: hide name, contact, gender and age in résumé text without moving any
character, so evidence offsets still point at the right place."""

from __future__ import annotations

import re

MASK = "•"

# A label and its value on the same line: 性别：女 / Gender: female / 出生年月：1990.05 / Age 28.
_LABELLED = re.compile(
    r"(?:性\s*别|出生(?:日期|年月)?|生\s*日|年\s*龄|民\s*族|婚(?:姻|育)(?:状况)?|籍\s*贯|"
    r"\b(?:gender|sex|age|date of birth|birth ?date|born|dob|marital status|nationality)\b)"
    r"\s*[:：]?\s*([^\n|,，;；]{1,24})",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone-like runs of 7+ digits with optional separators (mainland mobiles, +86, landlines).
_PHONE = re.compile(r"(?<!\d)(?:\+?\d[\d\s-]{6,18}\d)(?!\d)")
_AGE_WORD = re.compile(r"\d{2}\s*岁")


def _ranges(text: str, profile: dict) -> list[tuple[int, int]]:
    """Every range of text that the masked view hides."""
    out: list[tuple[int, int]] = []
    for m in _LABELLED.finditer(text):
        out.append(m.span(1))
    for pattern in (_EMAIL, _PHONE, _AGE_WORD):
        out.extend(m.span() for m in pattern.finditer(text))
    literals = [profile.get("name")] + list(profile.get("emails") or [])
    literals += list(profile.get("phones") or [])
    for value in literals:
        if isinstance(value, str) and len(value.strip()) >= 2:
            needle = value.strip()
            start = text.find(needle)
            while start >= 0:
                out.append((start, start + len(needle)))
                start = text.find(needle, start + len(needle))
    return out


def mask_text(text: str, profile: dict) -> str:
    """The text with personal details replaced by bullets of the same length (newlines kept)."""
    chars = list(text)
    for start, end in _ranges(text, profile):
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)
