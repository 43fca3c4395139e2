"""Certificates: a held certificate is met, a line saying it is not held is unmet, a certificate
of the same kind is partial, anything else says nothing (docs/verdicts.md, certificate)."""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.match import terms
from matcher.match.isa import CATEGORIES, IMPLIED_BY
from matcher.match.judgement import (
    Context,
    Judgement,
    judged,
    sentences_of,
)
from matcher.match.reasons import Reason, render
from matcher.match.semantic import PARTIAL, negated
from matcher.match.semantic import verdict as semantic_verdict
from matcher.vocab import has_chinese

# Names of the same certificate that share no characters (驾照 / 驾驶证 / driver's licence): a line
# naming one family member speaks about the others.
CERTIFICATE_FAMILIES = [
    re.compile(
        r"驾照|驾驶证|驾驶执照|驾龄|driver'?s? licen[cs]e|driving licen[cs]e|führerschein", re.I
    ),
    re.compile(r"注册会计师|\bCPA\b", re.I),
    re.compile(r"\bCDL\b|commercial driver'?s? licen[cs]e", re.I),
    re.compile(r"教师资格|teaching (?:certificate|credential|licen[cs]e)|lehramt", re.I),
    re.compile(r"护士执业|执业护士|registered nurse|\bRN\b", re.I),
    re.compile(r"叉车|forklift|gabelstapler", re.I),
    re.compile(r"焊工|焊接|welder|welding|schwei(?:ß|ss)", re.I),
    re.compile(r"电工|electrician|elektriker", re.I),
]


def _families(text: str) -> set[int]:
    return {i for i, rx in enumerate(CERTIFICATE_FAMILIES) if rx.search(text)}


_CERT_TALK = re.compile(r"certif|licen[cs]|zertifi|schein|prüfung|exam|证|考试|资格", re.I)
# "Azure certifications preferred": a clause opening with the name of what it certifies.
_NAME_BEFORE_CERT = re.compile(r"\W*([A-Z][\w+#.\-]*)\s+(?:certif|zertifi)", re.I)
# A certificate's grade after its name: "ITIL Foundation", "ITIL v3 Expert", "PRINCE2 Practitioner".
_CERT_GRADE = re.compile(
    r"([a-z0-9+#]+)(?: v?\d[\w.]*)? (?:foundation|practitioner|intermediate|expert|professional)\b"
)


@lru_cache(maxsize=1024)
def _clause(text: str, values: tuple[str, ...]) -> tuple:
    """What a certificate clause asks, read once per clause (every candidate of a shortlist is
    judged against it): its values lower-cased, its families, its names (_asked) with their
    siblings' words (_kin), and whether it asks a certificate of a topic."""
    lowered = tuple(v.lower() for v in values)
    asked, of_topic = _asked(text, list(values))
    family = frozenset(_families(" ".join([text, *lowered])))
    return lowered, family, tuple(asked), _kin(asked), of_topic


def _asked(text: str, values: list[str]) -> tuple[list[frozenset[str]], bool]:
    """The Latin names of the certificate asked, each as its words (its values', else its
    clause's: "Azure certifications preferred" → azure; "Security certifications such as
    CISSP" → security, cissp), and whether the clause asks a certificate *of* a topic ("ITIL
    certification", "Azure certifications": a line naming ITIL holds no certificate by that
    alone) rather than naming one ("CPA", "CEH, CISA", "持有C1驾驶证")."""
    rest = text
    for value in values:
        rest = rest.replace(value, " ")
    if values:
        runs = [run for value in values for run in terms.name_runs(value)]
    else:  # the clause's names; its first word only where a certificate word follows it
        opening = _NAME_BEFORE_CERT.match(text)
        runs = terms.name_runs(text, opening=False) + ([opening.group(1)] if opening else [])
    names = []
    for run in runs:
        words = frozenset(
            w for w in terms.words_of(run) if not _CERT_TALK.search(w) and not has_chinese(w)
        )
        if words:
            names.append(words)
    return names, bool(_CERT_TALK.search(rest))


def _kin(names: list[frozenset[str]]) -> frozenset[str]:
    """The asked names' words and their siblings: the names listed under the same kind of thing
    as one of them (matcher.match.isa: AWS, Azure and GCP are all cloud)."""
    words = frozenset().union(*names)
    kin = set(words)
    kinds = [(kind, *members) for kind, members in IMPLIED_BY.items()]
    kinds += [(c.name, *c.members) for c in CATEGORIES]
    for names_of_kind in kinds:
        siblings = {w for name in names_of_kind for w in name.split()}
        if words & siblings:
            kin |= siblings
    return frozenset(kin)


def _names_one(lowered: str, values: tuple[str, ...]) -> bool:
    """Whether the lower-cased line names one of the values: a Latin name as a whole word ("RN"
    is not the rn of "modern", "CKA" not that of "stack"), a Chinese one anywhere."""
    return any(terms.has_word(lowered, v) if v.isascii() else v in lowered for v in values if v)


def certificate(req: dict, ctx: Context) -> Judgement:
    """A held certificate is met; a line that says it is not held (没有驾照, studying for) is
    unmet; a certificate of the same kind held (AWS for "Azure certifications", another SAP
    one for "SAP PO certification") is partial; any other certificate, or a line on the same
    topic that holds none ("IT service management with ITIL" for "ITIL certification"), says
    nothing: unknown; silence is unknown. A clause naming no Latin name (有相关证书) keeps the
    similar line about some certificate as partial.
    A line is about the certificate when similar enough, or naming it or its family."""
    label = ", ".join(req.get("values") or []) or req.get("text") or ""
    missing = judged("unknown", None, Reason("cert_unknown", {"certificate": label}), ctx.lang)
    sentences = sentences_of(ctx)
    if not sentences:
        return missing
    values, family, asked, kin, of_topic = _clause(
        req.get("text") or "", tuple(v for v in req.get("values") or [] if v)
    )
    certificates = [c for c in ctx.profile.get("certificates") or [] if c]

    # a certificate's full name of three words or more is no topic: a line naming "Professional
    # Scrum Master" names the certificate, certifying or not (read once, not per line)
    full_names = tuple(v for v in values if len(v.split()) >= 3)

    def holds(text: str) -> bool:
        """The line speaks of a certificate: certifying, or a certificate's grade right after a
        name ("ITIL Foundation", "PRINCE2 Practitioner"; not "Team Foundation Server"). The
        parsed certificates do not say it: they list a certificate's name wherever it stands
        ("IT service management with ITIL")."""
        if _CERT_TALK.search(text):
            return True
        lowered = text.lower()
        return any(m.group(1) in kin for m in _CERT_GRADE.finditer(lowered))

    def named(text: str) -> bool:
        if family & _families(text):
            return True
        if not values and asked:  # "Azure certifications preferred": its names, on a certificate
            lowered = text.lower()
            return holds(text) and any(
                all(terms.has_word(lowered, w) for w in name) for name in asked
            )
        # "ITIL certification": the topic named is the certificate only on a certificate's line.
        # A value is named as written, or by all the words of its name in any order and
        # spelling ("ISTQB Foundation Tester Zertifizierung": "ISTQB – Certified Tester -
        # Foundation Level")
        lowered = text.lower()
        if _names_one(lowered, full_names):
            return True
        return (
            _names_one(lowered, values)
            or any(all(terms.has_word(lowered, w) for w in name) for name in asked)
        ) and (not of_topic or holds(text))

    order = sorted(range(len(sentences)), key=lambda i: (-ctx.sims[i], i))
    about = [i for i in order if ctx.sims[i] >= PARTIAL or named(sentences[i]["text"])]
    if not about:
        return missing
    denies = not negated(req.get("text") or "")
    # Lines naming the certificate come first (held or not, they are the direct evidence). A
    # merely similar line that denies something counts only when it speaks of certificates
    # ("studying for a bookkeeping certificate"); one that denies something else ("… nicht in
    # der Projektliste enthalten") says nothing of the certificate and is dropped.
    naming = [i for i in about if named(sentences[i]["text"])]
    about = naming + [
        i
        for i in about
        if i not in naming
        and not (
            denies and negated(sentences[i]["text"]) and not _CERT_TALK.search(sentences[i]["text"])
        )
    ]
    if not about:
        return missing
    best = about[0]
    text = sentences[best]["text"]
    value = float(ctx.sims[best])
    if denies and negated(text):
        return judged("unmet", best, Reason("cert_not_held", {"quote": text}), ctx.lang)
    if named(text):
        held = [c for c in certificates if c in text]
        if held or values:
            named_values = [v for v in req.get("values") or [] if v]
            lowered = text.lower()
            # the value the line names, where it names one ("holds Professional Scrum Master")
            in_line = [v for v in named_values if _names_one(lowered, (v.lower(),))]
            reason = Reason("cert_held", {"certificate": (in_line or named_values or held)[0]})
        else:  # named by its family or the clause's names only: the line says which
            reason = Reason("cert_held_line", {"quote": text[:30]})
        return judged("met", best, reason, ctx.lang)
    if asked and not family:  # one of the same kind is some of it; any other says nothing
        lines = [i for i in range(len(sentences)) if holds(sentences[i]["text"])]
        same = next(
            (
                i
                for i in sorted(lines, key=lambda i: (-ctx.sims[i], i))
                if terms.words_of(sentences[i]["text"]) & kin
            ),
            None,
        )
        if same is None:
            return missing
        reason = Reason("cert_kin", {"quote": sentences[same]["text"][:30]})
        return judged("partial", same, reason, ctx.lang, typed=False)
    if not _CERT_TALK.search(text):  # a line on the same topic holds no certificate
        return missing
    # a line about some certificate, not this one: partial at most, never met by similarity
    found = min(semantic_verdict(value), "partial", key=["unmet", "partial", "met"].index)
    reason = Reason("cert_similar", {"sim": f"{value:.2f}"})
    return Judgement(found, min(value, 0.5), best, render(reason, ctx.lang), False, (reason,))
