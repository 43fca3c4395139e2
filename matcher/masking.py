"""The masked view: hide name, contact, gender, birth date and age, ethnicity and the photo, in
résumé text without moving any character (evidence offsets still point at the right place), and
in a whole candidate record (profile, evidence, reasons, decision notes, file name)."""

from __future__ import annotations

import re

from matcher.match.reasons import quotes_resume, said_in_each
from matcher.resume.contact import EMAIL_RE, PHONE_RE
from matcher.resume.names import has_surname, name_forms

MASK = "•"

# A label and its value on the same line: 性别：女 / Gender: female / 出生年月：1990.05 / Age 28.
_LABELLED = re.compile(
    r"(?:性\s*别|出生(?:日期|年月)?|生\s*日|年\s*龄|民\s*族|婚(?:姻|育)(?:状况)?|籍\s*贯|身份证(?:号码?)?|"
    r"微\s*信|QQ|住\s*址|家庭住址|现居住?地|"
    r"\b(?:gender|sex|age|date of birth|birth ?date|born|dob|marital status|nationality|address|"
    r"wechat|linkedin|skype)\b)"
    r"\s*[:：]?\s*([^\n|,，;；]{1,40})",
    re.IGNORECASE,
)
# Phone-like runs of 7+ digits with optional separators (mainland mobiles, +86, landlines).
_PHONE = re.compile(r"(?<!\d)(?:\+?\d[\d\s-]{6,18}\d)(?!\d)")
_DATES = re.compile(
    r"(?:19|20)\d{2}(?:\s*[-./]\s*\d{1,4}){1,3}"
)  # 2010-2014, 2019-03-01: not phones
_AGE = re.compile(
    r"\d{2}\s*(?:岁|周岁)|\b\d{2}\s*(?:years?|yrs?)[\s-]*old\b|\baged?\s+\d{2}\b", re.I
)
# A birth date in a sentence: 1963年出生 / 1970年6月出生 / 出生于1953年11月 / 生于1954年 / born in 1988
_DATE = r"(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
_BIRTH = re.compile(
    rf"{_DATE}\s*(?:出生|生人|生(?=[，,。；;\s]|$))|(?:出生于|生于)\s*{_DATE}"
    r"|\bborn\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}",
    re.M,
)
# Words that state gender: 先生 / 女士, "，男，" and "：女，", Mr / Mrs / Ms, male / female.
_GENDER = re.compile(
    r"先生|女士|男性|女性|(?<=[，,：:\s（(])[男女](?=[，,。；;\s）)]|$)|^[男女](?=[，,。；;\s]|$)|(?<=[\u4e00-\u9fff])[男女](?=[，,])"
    r"|\b(?:Mr|Mrs|Ms|Miss)\b\.?|\b(?:fe)?male\b",
    re.M | re.I,
)
# Ethnicity (a protected attribute like gender): 汉族, 维吾尔族, …
_ETHNICITY = re.compile(r"(?:汉|回|满|蒙古|藏|维吾尔|壮|苗|彝|土家|朝鲜|侗|瑶|白|哈萨克|傣|黎)族")
_PHOTO = re.compile(r"照片|相片|\bphoto(?:graph)?\b", re.I)
# Whoever a text calls 先生 / 女士 / 小姐: the one to three characters before it from a surname on
# are a name, the candidate's even where the parser found none (梁桂添先生与梁桂秋先生一起创立…).
_HONORIFIC = re.compile(r"(?<=[\u4e00-\u9fff])(?:先生|女士|小姐)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\blinkedin\.com/\S+", re.I)


def _ranges(text: str, profile: dict) -> list[tuple[int, int]]:
    """Every range of text that the masked view hides."""
    out: list[tuple[int, int]] = [m.span(1) for m in _LABELLED.finditer(text)]
    for pattern in (EMAIL_RE, PHONE_RE, _AGE, _BIRTH, _GENDER, _ETHNICITY, _PHOTO, _URL):
        out.extend(m.span() for m in pattern.finditer(text))
    out.extend(m.span() for m in _PHONE.finditer(text) if not _DATES.fullmatch(m.group()))
    out.extend(_named_before(text, m.start()) for m in _HONORIFIC.finditer(text))
    literals = name_forms(profile.get("name"))
    literals += [str(v) for v in (profile.get("emails") or []) + (profile.get("phones") or [])]
    for value in literals:
        needle = value.strip()
        if len(needle) < 2:
            continue
        start = text.find(needle)
        while start >= 0:
            out.append((start, start + len(needle)))
            start = text.find(needle, start + len(needle))
    return out


def _named_before(text: str, end: int) -> tuple[int, int]:
    """The name standing before an honorific ending at `end`: from the earliest surname among
    the three Chinese characters before it (an empty range when none is a surname)."""
    for start in range(max(0, end - 3), end):
        window = text[start:end]
        if re.fullmatch(r"[\u4e00-\u9fff]+", window) and has_surname(window):
            return start, end
    return end, end


def mask_text(text: str, profile: dict) -> str:
    """The text with personal details replaced by bullets of the same length (newlines kept)."""
    chars = list(text)
    for start, end in _ranges(text, profile):
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


# What the masked profile drops outright; everything else in it is masked text or kept.
PERSONAL = ("name", "emails", "phones", "gender", "birth", "photo", "fingerprint")


def mask_profile(profile: dict) -> dict:
    """The profile without name, contacts, gender, birth and photo; its sentences and experience
    descriptions masked in place (same offsets)."""
    out = {k: v for k, v in profile.items() if k not in PERSONAL}
    out.update(name=None, emails=[], phones=[], gender=None, birth=None)
    out["sentences"] = [
        {**s, "text": mask_text(str(s.get("text") or ""), profile)}
        for s in profile.get("sentences") or []
    ]
    out["experience"] = [
        {**e, "description": mask_text(str(e.get("description") or ""), profile)}
        for e in profile.get("experience") or []
    ]
    return out


def _masked_result(req: dict, profile: dict) -> dict:
    """A requirement result with evidence and reason masked. Reason codes whose parameters quote
    the résumé or state an age or gender go, replaced by their line in each reader language
    masked as a whole (as the stored reason is), so a masked reader still reads it in their
    language; those of keys and numbers stay (本科 ≥ 大专)."""
    out = {
        k: mask_text(v, profile) if k in ("evidence", "reason") and v else v for k, v in req.items()
    }
    codes = req.get("reason_codes") or []
    if quotes_resume(codes):
        out.pop("reason_codes")
        out["reason_lines"] = {
            lang: mask_text(said, profile) for lang, said in said_in_each(codes).items()
        }
    return out


def mask_candidate(cand: dict) -> dict:
    """A candidate record (the service's shape) as the masked view shows it: text, profile,
    evidence, reasons and decision notes masked; name and file name gone."""
    profile = cand.get("profile") or {"name": cand.get("name")}
    out = dict(cand)
    if "text" in out:
        out["text"] = mask_text(str(out["text"] or ""), profile)
    if "profile" in out:
        out["profile"] = mask_profile(profile)
    for key in ("name", "resume", "file_name", "stated"):
        if key in out:
            out[key] = None
    out["requirements"] = [_masked_result(r, profile) for r in cand.get("requirements") or []]
    if "decisions" in out:
        out["decisions"] = [
            {**d, "note": mask_text(str(d.get("note") or ""), profile)} for d in out["decisions"]
        ]
    out["masked"] = True
    return out
