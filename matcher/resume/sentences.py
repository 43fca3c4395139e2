"""Evidence units: every statement of the résumé with its section and exact offsets, so a verdict
can quote it and a page can highlight it (text[start:end] == sentence)."""

from __future__ import annotations

import re

from matcher.core import profile_document
from matcher.resume.contact import EMAIL_RE, PHONE_RE
from matcher.resume.dates import PERIOD_RE
from matcher.resume.sections import Cell
from matcher.vocab import level_spans

# A bullet glyph a converter could not map: U+FFFD, or a symbol font's private-use bullet
# (U+F0A7, U+F0B7, ...). A run of them starts a listed item, so it ends the one before it.
_GLYPHS = "\ufffd\uf0a7\uf0b7\uf0d8\uf076\uf0fc"
# Sentence ends: Chinese and full-width stops always; "." only before a space (not 2015.07,
# B.Sc.); a run of unmapped bullet glyphs.
_END_RE = re.compile(rf"[。；;！!？?]+|\.(?=\s)|\.$|[{_GLYPHS}]+")
_LEAD = "•·●■◆◇▪►▶-*–—> \t" + _GLYPHS

_CONTACT_FIELD = re.compile(
    r"^(?:姓\s*名|性\s*别|出生|生日|年\s*龄|民\s*族|籍\s*贯|户\s*口|户籍|政治面貌|婚姻|身\s*高|"
    r"电\s*话|手\s*机|联系|邮\s*箱|e-?mail|地\s*址|现居|居住地|name|gender|sex|phone|mobile|"
    r"tel|address|date of birth|birth|nationality|linkedin|github|微信|wechat|qq)",
    re.IGNORECASE,
)
_BORN = re.compile(r"^\d{4}\s*年(?:\d{1,2}月)?(?:出生|生)|^(?:男|女)$|国籍|居留权|汉族|党员")
_SCHOOLISH = re.compile(r"大学|学院|学校|中学|university|college|school|毕业|学历|学位", re.I)
_JOBISH = re.compile(r"任|就职|加入|工作|负责|公司|集团|银行|ltd|inc\b|company|worked|joined", re.I)


def _classify(text: str) -> str:
    """The section of a sentence outside any headed section, judged by what it says."""
    if _CONTACT_FIELD.match(text) or EMAIL_RE.search(text) or PHONE_RE.search(text):
        return "contact"
    if _BORN.search(text):
        return "contact"
    if level_spans(text) and _SCHOOLISH.search(text) or level_spans(text) and len(text) < 30:
        return "education"
    if PERIOD_RE.search(text) and _SCHOOLISH.search(text) and not _JOBISH.search(text):
        return "education"
    if PERIOD_RE.search(text) or _JOBISH.search(text):
        return "experience"
    return "summary"


_ABBREV = re.compile(
    r"(?:\b[A-Za-z]\.)+[A-Za-z]{1,3}$|\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Inc|Ltd|No|vs|St|Jr|Sr)$"
)


# How far back an abbreviation is looked for: searching the whole text before every "." was
# quadratic in a long line of sentences.
_ABBREV_REACH = 64


def _abbreviation(body: str, m: re.Match) -> bool:
    """A "." ending B.Sc., e.g., Dr or Inc (followed by more text) ends no sentence."""
    if m.group(0) != "." or m.end() >= len(body):
        return False
    # pos/endpos instead of a slice: \b still sees the character before the window.
    return bool(_ABBREV.search(body, max(0, m.start() - _ABBREV_REACH), m.start()))


# A freelancer portal's profile chrome, exported with the CV: its buttons, its availability and
# location fields and its contact wish ("Kontaktieren", "Auf die Merkliste", "verfügbar ab",
# "Ich möchte bevorzugt für Projekte in diesen Einsatzorten kontaktiert werden."). No statement of
# the person: never quoted, never compared with a requirement.
_PORTAL_CHROME = re.compile(
    r"(?:gulp_id_picture|kontaktieren|auf die merkliste|verfügbar (?:ab|zu)|davon vor ort"
    r"|plz-gebiet, land|kontaktwunsch|ich möchte (?:bevorzugt|ausschließlich|nur) für projekte in"
    r" diesen einsatzorten kontaktiert werden\.?)",
    re.I,
)


def split_sentences(cells: list[Cell], text: str) -> list[dict]:
    """Every statement as {"text", "section", "start", "end"}; headings are not statements."""
    out = []
    for cell in cells:
        if cell.heading:
            continue
        body = text[cell.start : cell.end]
        last = 0
        bounds = [m.end() for m in _END_RE.finditer(body) if not _abbreviation(body, m)]
        if not bounds or bounds[-1] < len(body):
            bounds.append(len(body))
        for stop in bounds:
            piece = body[last:stop]
            lead = len(piece) - len(piece.lstrip(_LEAD))
            core = piece[lead:].rstrip().rstrip(_GLYPHS).rstrip()
            last = stop
            if not core or not any(ch.isalnum() for ch in core) or _PORTAL_CHROME.fullmatch(core):
                continue
            start = cell.start + (stop - len(piece)) + lead
            section = cell.section or _classify(core)
            out.append(
                {
                    "text": core,
                    "section": section,
                    "start": start,
                    "end": start + len(core),
                    "_headed": bool(cell.section),  # under a heading (not classed by content)
                }
            )
    return out


document = profile_document  # the name the matcher and the tests use
