"""Evaluate a batch of candidates against one posting: every sentence and requirement encoded in
one call, cosine and lexical overlap computed as matrices, then one verdict per (requirement,
candidate) from the typed rules or, where they do not apply, from the fused similarity."""

from __future__ import annotations

from datetime import date

import numpy as np

from matcher.match import score as scoring
from matcher.match import terms, typed
from matcher.match.lexical import LexicalModel
from matcher.match.semantic import (
    MET,
    PARTIAL,
    Thresholds,
    is_zh,
    negated,
    pair_kinds,
    thresholds_for,
    verdict,
)


def requirement_text(req: dict) -> str:
    """What a requirement is compared with: its clause, plus values the clause does not show."""
    text = (req.get("text") or "").strip()
    extra = [v for v in req.get("values") or [] if v and v.lower() not in text.lower()]
    if req.get("field") and req["field"].lower() not in text.lower():
        extra.append(req["field"])
    return " ".join([text, *extra]).strip()


def job_documents(posting: dict) -> list[str]:
    """The job's own text, one document per line: where the lexical IDF is learned."""
    docs = [posting.get("title") or ""]
    docs += list(posting.get("duties") or [])
    for section in (posting.get("sections") or {}).values():
        docs += [line for line in (section or "").splitlines() if line.strip()]
    return [d for d in docs if d.strip()]


class Batch:
    """Similarity matrices of one posting against many profiles' sentences."""

    def __init__(self, posting: dict, profiles: list[dict], encoder):
        self.posting = posting
        # A posting without requirements judges nothing: no duty, title or marketing sentence
        # stands in for them (the job page asks the recruiter to mark them).
        self.reqs = list(posting.get("requirements") or [])
        self.th: Thresholds = thresholds_for(encoder)
        self.terms = [terms.named_terms(r) for r in self.reqs]
        req_texts = [requirement_text(r) for r in self.reqs]
        texts: list[str] = []
        self.bounds: list[tuple[int, int]] = []
        for profile in profiles:
            start = len(texts)
            texts.extend(s["text"] for s in profile.get("sentences") or [])
            self.bounds.append((start, len(texts)))
        vectors = encoder.encode(req_texts + texts) if req_texts else None
        if vectors is None or not texts:
            self.fused = np.zeros((len(texts), len(self.reqs)), dtype=np.float32)
            return
        req_vecs, sent_vecs = vectors[: len(req_texts)], vectors[len(req_texts) :]
        cos = sent_vecs @ req_vecs.T
        lexical = LexicalModel().fit(job_documents(posting), req_texts)
        fused = self.th.fuse(cos, lexical.score(texts))
        self.fused = self.th.calibrate(fused, pair_kinds(is_zh(req_texts), is_zh(texts)))

    def sims(self, i: int) -> np.ndarray:
        """(n_sentences, n_requirements) calibrated similarities of profile i."""
        start, end = self.bounds[i]
        return self.fused[start:end]


def semantic(req: dict, ctx: typed.Context, named: terms.Named | None = None) -> typed.Judgement:
    """Verdict from the best sentence's fused similarity, weighed with whether the résumé names
    the requirement's named terms (matcher.match.terms); a best line that denies the topic is
    unmet (but, being semantic, never knocks out)."""
    zh = ctx.lang == "zh"  # the reason speaks the requirement's language, as typed ones do
    sentences = ctx.profile.get("sentences") or []
    if not sentences:
        reason = "简历无文本" if zh else "no résumé text"
        return typed.Judgement("unknown", typed.SCORES["unknown"], None, reason, False)
    best = int(np.argmax(ctx.sims))  # first of equal maxima: deterministic
    value = float(ctx.sims[best])
    found = verdict(value)
    if found != "unmet" and negated(sentences[best]["text"]) and not negated(req.get("text") or ""):
        reason = (
            f"最相近的语句为否定（{value:.2f}）"
            if zh
            else f"closest line says otherwise ({value:.2f})"
        )
        return typed.Judgement("unmet", min(value, 0.1), best, reason, False)
    if found == "unmet":
        reason = f"无相近语句（最高 {value:.2f}）" if zh else f"no similar line (best {value:.2f})"
        judged = typed.Judgement("unmet", value, None, reason, False)
    else:
        cut = MET if found == "met" else PARTIAL
        reason = (
            f"相近语句 {value:.2f} ≥ {cut:.2f}" if zh else f"similar line {value:.2f} ≥ {cut:.2f}"
        )
        judged = typed.Judgement(found, value, best, reason, False)
    return _weigh_terms(req, ctx, judged, named or terms.Named())


def _weigh_terms(
    req: dict, ctx: typed.Context, judged: typed.Judgement, named: terms.Named
) -> typed.Judgement:
    """The similarity verdict corrected by the named terms: the score becomes the mean of the
    similarity and the share of terms named (terms.WEIGHT); a similar line naming none of the
    terms is at most partial, and a résumé naming at least half of them with no similar line is
    partial, its evidence the first line naming one."""
    cover = terms.coverage(named, typed.lowered_text(ctx)[0]) if named else None
    if cover is None:
        return judged
    zh = ctx.lang == "zh"
    score = (1 - terms.WEIGHT) * judged.score + terms.WEIGHT * cover.share
    verdict_, sentence = judged.verdict, judged.sentence
    if cover.found:
        note = (
            f"；提及 {terms.listed(cover.found)}（{len(cover.found)}/{len(named)}）"
            if zh
            else f"; names {terms.listed(cover.found)} ({len(cover.found)} of {len(named)})"
        )
    else:
        note = (
            f"；未提及 {terms.listed(cover.missing)}"
            if zh
            else f"; names none of {terms.listed(cover.missing)}"
        )
    if verdict_ == "met" and not cover.found:
        verdict_ = "partial"
    elif verdict_ == "unmet" and cover.share >= 0.5:
        verdict_ = "partial"
        sentence = terms.first_naming(ctx.profile.get("sentences") or [], named)
    return typed.Judgement(verdict_, score, sentence, judged.reason + note, False)


def _result(req: dict, j: typed.Judgement, profile: dict, scored: bool) -> dict:
    sentence = (profile.get("sentences") or [])[j.sentence] if j.sentence is not None else None
    return {
        "text": req.get("text") or "",
        "kind": req.get("kind") or "other",
        "must": bool(req.get("must")),
        "verdict": j.verdict,
        "score": round(float(j.score), 3),
        "evidence": sentence["text"] if sentence else None,
        "evidence_start": sentence.get("start") if sentence else None,
        "evidence_end": sentence.get("end") if sentence else None,
        "reason": j.reason if scored else f"not scored (flagged condition): {j.reason}",
        "scored": scored,
        "typed": j.typed,
    }


def evaluate_batch(
    posting: dict, profiles: list[dict], encoder, *, score_flagged: bool = False
) -> list[dict]:
    """{"score", "knocked_out", "requirements"} for each profile, in the same order."""
    batch = Batch(posting, profiles, encoder)
    today = date.today()
    weights = [scoring.requirement_weight(r) for r in batch.reqs]
    flagged = [scoring.is_flagged(r, posting) for r in batch.reqs]
    langs = [typed.reason_language(r.get("text") or "") for r in batch.reqs]
    out = []
    for i, profile in enumerate(profiles):
        sims = batch.sims(i)
        cache: dict = {}  # per profile, shared by its requirements
        results = []
        for k, req in enumerate(batch.reqs):
            ctx = typed.Context(profile, sims[:, k], batch.th, langs[k], today, cache)
            judgement = typed.judge(req, ctx) or semantic(req, ctx, batch.terms[k])
            results.append(_result(req, judgement, profile, score_flagged or not flagged[k]))
        out.append(
            {
                "score": scoring.candidate_score(results, weights),
                "knocked_out": scoring.knocked_out(results),
                "requirements": results,
            }
        )
    return out
