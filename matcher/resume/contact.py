"""Contact data: name, e-mails, phone numbers (normalised to "+" and digits), gender, birth."""

from __future__ import annotations

import re

from matcher.resume.names import name

__all__ = ["birth", "emails", "gender", "name", "normalise_phone", "phones"]

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![\w])")

# Chinese mobile (optionally +86), landline with area code, international "+CC ...".
_MOBILE = r"(?:(?:\+|00)?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}"
_LANDLINE = r"(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?:-\d{1,5})?"
_INTL = r"\+(?!86)\d{1,3}(?:[\s-]?\(?\d{1,5}\)?){2,5}"
PHONE_RE = re.compile(rf"(?<![\w+])(?:{_MOBILE}|{_INTL}|{_LANDLINE})(?![\d])")

_GENDER = re.compile(
    r"(?:性\s*别|gender|sex)\s*[:：]?\s*(男|女|male|female)|[，,]\s*(男|女)\s*[，,]|^(男|女)(?:[，,]|$)|(先生|女士)",
    re.I | re.M,
)
_BIRTH = re.compile(
    r"(?:出生(?:年月|日期)?|生日|date of birth|born|birth)\s*[:：]?\s*(\d{4})\s*(?:[./\-年]\s*(\d{1,2}))?"
    r"|(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:\d{1,2}\s*日)?\s*(?:出生|生人|生(?=[，,。\s]|$))",
    re.I | re.M,
)


def emails(text: str) -> list[str]:
    """E-mail addresses, lower-cased, sorted, without repeats."""
    return sorted({m.group(0).lower() for m in EMAIL_RE.finditer(text)})


def normalise_phone(raw: str) -> str | None:
    """A phone number as "+" and digits: Chinese numbers get +86 (a landline loses its trunk 0)."""
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        return "+" + digits if 8 <= len(digits) <= 15 else None
    if digits.startswith("0086"):
        digits = digits[2:]
    if digits.startswith("86") and len(digits) == 13:
        return "+" + digits
    if len(digits) == 11 and digits.startswith("1"):
        return "+86" + digits
    if digits.startswith("0") and 10 <= len(digits) <= 12:
        return "+86" + digits[1:]
    return None


def phones(text: str) -> list[str]:
    """Phone numbers, normalised, sorted, without repeats."""
    out = set()
    for m in PHONE_RE.finditer(text):
        raw = m.group(0)
        # a landline extension "010-12345678-123" keeps only the number
        if re.fullmatch(_LANDLINE, raw) and raw.count("-") == 2:
            raw = raw.rsplit("-", 1)[0]
        number = normalise_phone(raw)
        if number:
            out.add(number)
    return sorted(out)


def gender(text: str) -> str | None:
    """ "male" / "female" when the résumé states it."""
    m = _GENDER.search(text)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return "male" if word in ("男", "male", "先生") else "female"


def birth(text: str) -> str | None:
    """Birth as "YYYY-MM" (or "YYYY" when only the year is given)."""
    m = _BIRTH.search(text)
    if not m:
        return None
    year = m.group(1) or m.group(3)
    month = m.group(2) or m.group(4)
    if not 1900 <= int(year) <= 2030:
        return None
    if month and 1 <= int(month) <= 12:
        return f"{year}-{int(month):02d}"
    return year
