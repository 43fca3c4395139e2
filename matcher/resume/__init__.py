"""Résumé parsing: text in, candidate profile out (docs/architecture.md, "Résumé profile"), with every statement
kept as an evidence unit with its section and offsets."""

from __future__ import annotations

import bisect
from datetime import date

from matcher.errors import ParseError
from matcher.resume import contact
from matcher.resume.dates import month_index
from matcher.resume.education import education, highest_level
from matcher.resume.experience import experience, total_years
from matcher.resume.fingerprint import fingerprint, same_person
from matcher.resume.sections import cells_with_sections
from matcher.resume.sentences import split_sentences
from matcher.resume.skills import certificates, languages, skills

__all__ = ["parse_resume", "same_person"]


def parse_resume(text: str, today: str | None = None) -> dict:
    """The profile of a résumé text; `today` ("YYYY-MM-DD", default the real date) is what
    至今 / present stands for. Raises ParseError on text with nothing in it."""
    if not isinstance(text, str) or not text.strip():
        raise ParseError("the résumé has no text")
    try:
        now = month_index(today) if today else month_index(date.today().isoformat())
    except (ValueError, IndexError) as exc:
        raise ParseError(f"today must be YYYY-MM-DD, got {today!r}") from exc
    cells = cells_with_sections(text)
    sentences = split_sentences(cells, text)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(line_starts, offset) - 1

    edu = education(sentences, now, line_of)
    jobs = experience(sentences, now, line_of)
    emails, phones = contact.emails(text), contact.phones(text)
    name = contact.name(text, [c.text for c in cells])
    for s in sentences:
        if not s["_headed"] and s["text"] == name:
            s["section"] = "contact"
    profile = {
        "name": name,
        "emails": emails,
        "phones": phones,
        "gender": contact.gender(text),
        "birth": contact.birth(text),
        "education": edu,
        "highest_level": highest_level(edu),
        "experience": [{k: v for k, v in e.items() if not k.startswith("_")} for e in jobs],
        "total_years": total_years(jobs, text, now),
        "skills": skills(sentences),
        "languages": languages(sentences),
        "certificates": certificates(sentences),
        "sentences": [{k: s[k] for k in ("text", "section", "start", "end")} for s in sentences],
        "fingerprint": fingerprint(text, emails, phones),
    }
    return profile
