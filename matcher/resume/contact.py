"""Contact data: name, e-mails, phone numbers (normalised to "+" and digits), gender, birth."""

from __future__ import annotations

import re

from matcher.resume.sections import heading_of

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![\w])")

# Chinese mobile (optionally +86), landline with area code, international "+CC ...".
_MOBILE = r"(?:(?:\+|00)?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}"
_LANDLINE = r"(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?:-\d{1,5})?"
_INTL = r"\+(?!86)\d{1,3}(?:[\s-]?\(?\d{1,5}\)?){2,5}"
PHONE_RE = re.compile(rf"(?<![\w+])(?:{_MOBILE}|{_INTL}|{_LANDLINE})(?![\d])")

_NAME_FIELD = re.compile(
    r"(?:姓\s*名|^name|full name)\s*[:：]?\s*([^\s:：|\t,，;；]{1,30}(?: [A-Z][a-z]+){0,3})",
    re.I | re.M,
)
_GENDER = re.compile(
    r"(?:性\s*别|gender|sex)\s*[:：]?\s*(男|女|male|female)|[，,]\s*(男|女)\s*[，,]|^(男|女)(?:[，,]|$)|(先生|女士)",
    re.I | re.M,
)
_BIRTH = re.compile(
    r"(?:出生(?:年月|日期)?|生日|date of birth|born|birth)\s*[:：]?\s*(\d{4})\s*(?:[./\-年]\s*(\d{1,2}))?"
    r"|(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:\d{1,2}\s*日)?\s*(?:出生|生人|生(?=[，,。\s]|$))",
    re.I | re.M,
)
_NOT_NAME = re.compile(
    r"简历|履历|resume|résumé|curriculum|\bcv\b|求职|应聘|个人|信息|经历|教育|技能|@|\d|公司|大学|"
    r"学院|工程师|经理|先生|女士|\b(?:science|engineer|developer|manager|analyst|data|skills|summary|"
    r"profile|objective|details|consultant|designer|testing|sales|marketing|operations)\b",
    re.I,
)
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$")
_EN_NAME = re.compile(r"^[A-Z][a-zA-Z'\-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-zA-Z'\-]+){1,2}$")
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,4}?)的?(?:个人)?简历$")


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


def name(text: str, first_cells: list[str]) -> str | None:
    """The candidate's name: a 姓名/Name field, else the first short line that looks like a name
    and is neither a heading nor a title ("个人简历", "Curriculum Vitae")."""
    m = _NAME_FIELD.search(text)
    if m:
        value = m.group(1).strip()
        if value and not heading_of(value):
            return value
    for cell in first_cells[:6]:
        cell = cell.strip()
        owner = _OWNER.match(cell)
        if owner and owner.group(1) not in ("个人", "求职"):
            return owner.group(1)
        if heading_of(cell) or _NOT_NAME.search(cell):
            continue
        if _HAN_NAME.match(cell) or _EN_NAME.match(cell):
            return cell
    return None


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
