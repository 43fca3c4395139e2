"""Evaluate a batch of candidates against one posting: every sentence and requirement encoded in
one call, cosine and lexical overlap computed as matrices, then one verdict per (requirement,
candidate): typed rules on parsed values (education, language, certificate), or the learned
verdicts of matcher.match.verdicts, where the fused similarity is one signal among several."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import numpy as np
from scipy import sparse

from matcher.match import cased, judgement, readings, terms, typed, verdicts
from matcher.match import score as scoring
from matcher.match.lexical import LexicalModel, joined_lines
from matcher.match.reasons import Reason, as_data, joined, render
from matcher.match.semantic import Thresholds, is_zh, pair_kinds, thresholds_for


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


_PAUSE_LOCK = threading.Lock()
_PAUSE = {"depth": 0, "was_enabled": False}


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a shortlist is scored: its hundred thousand profile
    dicts, readings and results are all alive until it ends, so each full collection (one a
    1,000-candidate shortlist, ~0.03 s) and the young ones only walk them; a shortlist leaves
    no cycles (0 found after one), so nothing waits for the collector. Nested and concurrent
    shortlists share one pause; the collector is turned back on only if it was on."""
    with _PAUSE_LOCK:
        if _PAUSE["depth"] == 0:
            _PAUSE["was_enabled"] = gc.isenabled()
            gc.disable()
        _PAUSE["depth"] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _PAUSE["depth"] -= 1
            if _PAUSE["depth"] == 0 and _PAUSE["was_enabled"]:
                gc.enable()


class Batch:
    """Similarity matrices of one posting against many profiles' sentences."""

    def __init__(self, posting: dict, profiles: list[dict], encoder):
        self.posting = posting
        # A posting without requirements judges nothing: no duty, title or marketing sentence
        # stands in for them (the job page asks the recruiter to mark them).
        self.reqs = list(posting.get("requirements") or [])
        self.th: Thresholds = thresholds_for(encoder)
        self.terms = [terms.named_terms(r) for r in self.reqs]
        # what each requirement names in Chinese: the requirement's alone, read once here
        # rather than once per candidate
        self.zh_terms = [verdicts.chinese_terms(r) for r in self.reqs]
        # and what verdicts.read asks of each requirement alone (its group, is it a major, …)
        self.clauses = [
            verdicts.clause_of(r, n, zh)
            for r, n, zh in zip(self.reqs, self.terms, self.zh_terms, strict=True)
        ]
        req_texts = [requirement_text(r) for r in self.reqs]
        texts: list[str] = []
        self.bounds: list[tuple[int, int]] = []
        for profile in profiles:
            start = len(texts)
            texts.extend(s["text"] for s in profile.get("sentences") or [])
            self.bounds.append((start, len(texts)))
        # every line lower-cased and joined once: the lexical counts scan it, and each
        # profile's readers get their slice of it (judgement.lowered_text)
        self.joined, self.starts = joined_lines([t.lower() for t in texts])
        # what the readers read: the same, with product words used as ordinary words hidden
        # ("the office staff": no MS Office; matcher.match.cased)
        self.read_joined = (
            cased.fold("\n".join(texts), self.joined) if cased.asked(req_texts) else self.joined
        )
        self._lexical: tuple[LexicalModel, sparse.csr_matrix] | None = None
        vectors = encoder.encode(req_texts + texts) if req_texts else None
        if vectors is None or not texts:
            self.fused = np.zeros((len(texts), len(self.reqs)), dtype=np.float32)
            return
        req_vecs, sent_vecs = vectors[: len(req_texts)], vectors[len(req_texts) :]
        cos = sent_vecs @ req_vecs.T
        lexical = LexicalModel().fit(job_documents(posting), req_texts)
        self._lexical = lexical, lexical.count_joined(self.joined, self.starts)
        lexical_sims = lexical.score_counts(self._lexical[1])
        fused = self.th.fuse(cos, lexical_sims)
        self.fused = self.th.calibrate(fused, pair_kinds(is_zh(req_texts), is_zh(texts)))

    def document_lexical(self) -> np.ndarray | None:
        """LexicalModel.score of each profile's whole text (its lines joined by newlines,
        matcher.resume.sentences.document), from its lines' term counts summed: no term spans
        a newline, so they are the whole text's counts (None when no line was scored)."""
        if self._lexical is None:
            return None
        lexical, counts = self._lexical
        owner = np.repeat(np.arange(len(self.bounds)), [end - start for start, end in self.bounds])
        lines = counts.tocoo()
        whole = sparse.csr_matrix(
            (lines.data, (owner[lines.row], lines.col)), shape=(len(self.bounds), counts.shape[1])
        )
        whole.sum_duplicates()
        return lexical.score_counts(whole)

    def lowered(self, i: int) -> tuple[str, np.ndarray]:
        """judgement.lowered_text of profile i (its lines lower-cased and joined, and where each
        starts), cut from the batch's."""
        start, end = self.bounds[i]
        if start == end:
            return "", np.zeros(1, dtype=np.int64)
        first = int(self.starts[start])
        stop = int(self.starts[end]) - 1 if end < len(self.starts) else len(self.joined)
        return self.read_joined[first:stop], self.starts[start:end] - first

    def sims(self, i: int) -> np.ndarray:
        """(n_sentences, n_requirements) calibrated similarities of profile i."""
        start, end = self.bounds[i]
        return self.fused[start:end]


def _result(req: dict, j: judgement.Judgement, profile: dict, scored: bool, lang: str) -> dict:
    """One requirement's result; its reason in the posting's language (`lang`) with the codes
    it was said from, which the pages, API and CSV say again in the reader's language."""
    codes = list(j.codes)
    reason = j.reason
    if not scored:  # a flagged condition: said as not scored, before its own reason
        codes = [Reason("not_scored"), *codes] if codes else []
        reason = joined(codes, lang) if codes else f"{render(Reason('not_scored'), lang)}: {reason}"
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
        "reason": reason,
        "reason_codes": as_data(codes),
        "scored": scored,
        "typed": j.typed,
    }


TYPED_KINDS = frozenset({"education", "language", "certificate", "age", "gender"})


def is_typed(req: dict) -> bool:
    """Whether parsed values settle the requirement (typed.judge); the rest are learned verdicts."""
    kind = req.get("kind") or "other"
    if kind in TYPED_KINDS:
        return True
    return kind != "experience" and bool(req.get("min_level"))


def _typed(req: dict, ctx: judgement.Context) -> judgement.Judgement:
    """The typed rule's judgement (typed.judge), unknown where no rule reads the requirement."""
    return typed.judge(req, ctx) or judgement.Judgement(
        "unknown", judgement.SCORES["unknown"], None, "", False
    )


def evaluate_batch(
    posting: dict,
    profiles: list[dict],
    encoder,
    *,
    score_flagged: bool = False,
    verdict_model: verdicts.Model | None = None,
    keep_signals: bool = False,
    batch: Batch | None = None,
) -> list[dict]:
    """{"score", "knocked_out", "requirements"} for each profile, in the same order. The learned
    verdicts use `verdict_model` (default: the shipped one); `keep_signals` adds each learned
    requirement's features, cap and negative verdict under "signals" (for the bench's folds);
    `batch` is these profiles' Batch when the caller made it (matcher.match.rank reads more
    from it)."""
    model = verdict_model or verdicts.shipped()
    batch = batch or Batch(posting, profiles, encoder)
    today = date.today()
    weights = [scoring.requirement_weight(r) for r in batch.reqs]
    flagged = [scoring.is_flagged(r, posting) for r in batch.reqs]
    langs = [judgement.reason_language(r.get("text") or "") for r in batch.reqs]
    learned = [k for k, r in enumerate(batch.reqs) if not is_typed(r)]
    out = []
    for i, profile in enumerate(profiles):
        judgements, read = _read_profile(batch, i, profile, learned, langs, today)
        if read:
            # one candidate at a time, so that a verdict never depends on the pool: BLAS sums
            # a row of a matrix product differently with the number of rows (a job with one
            # learned requirement: 1e-15 apart between one row and thousands), and P(met) is
            # cut at MET_P. Batching would save at most proba's time, 0.03 s of 1,000. The
            # collector's cost of holding every reading, the earlier reason, is gone: it is
            # paused while a shortlist is scored (collection_paused).
            probas = model.proba(np.stack([read[k].x for k in learned]))
            for k, proba in zip(learned, probas, strict=True):
                got = verdicts.decide(read[k], proba, langs[k])
                judgements[k] = judgement.Judgement(
                    got.verdict, got.score, got.sentence, got.reason, False, codes=got.codes
                )
        out.append(
            _candidate(
                batch,
                profile,
                judgements,
                read,
                (flagged, weights, langs),
                score_flagged,
                keep_signals,
            )
        )
    return out


def _read_profile(
    batch: Batch, i: int, profile: dict, learned: list[int], langs: list[str], today: date
) -> tuple[dict[int, judgement.Judgement], dict[int, verdicts.Signals]]:
    """(typed judgements, learned signals) of one profile, by requirement index."""
    sims = batch.sims(i)
    # per profile, shared by its requirements; what its lines alone decide is kept for the
    # next shortlist (matcher.match.readings)
    cache = readings.cache_for(profile)
    cache["lowered"] = batch.lowered(i)
    lowered = cache["lowered"][0]  # judgement.lowered_text, cut from the batch's
    judgements: dict[int, judgement.Judgement] = {}
    read: dict[int, verdicts.Signals] = {}
    for k, req in enumerate(batch.reqs):
        if k in learned:
            read[k] = verdicts.read(
                req,
                profile,
                sims[:, k],
                batch.terms[k],
                lowered,
                cache,
                today,
                zh_terms=batch.zh_terms[k],
                clause=batch.clauses[k],
            )
        else:  # a Context only where a typed rule reads one
            ctx = judgement.Context(profile, sims[:, k], batch.th, langs[k], today, cache)
            judgements[k] = _typed(req, ctx)
    return judgements, read


def _candidate(
    batch: Batch,
    profile: dict,
    judgements: dict[int, judgement.Judgement],
    read: dict[int, verdicts.Signals],
    per_requirement: tuple[list[bool], list[float], list[str]],
    score_flagged: bool,
    keep_signals: bool,
) -> dict:
    """One candidate's {"score", "knocked_out", "requirements"}; `per_requirement` is each
    requirement's (flagged, weight, reason language)."""
    flagged, weights, langs = per_requirement
    results = []
    for k, req in enumerate(batch.reqs):
        result = _result(req, judgements[k], profile, score_flagged or not flagged[k], langs[k])
        if keep_signals and k in read:
            signals = read[k]
            result["signals"] = {
                "x": signals.x.tolist(),
                "cap": signals.cap,
                "floor": signals.floor,
                "negative": signals.negative,
                "sentence": signals.sentence,
                "reasons": list(signals.reasons),
                "related": signals.related,
                "related_text": signals.related_text,
            }
        results.append(result)
    return {
        "score": scoring.candidate_score(results, weights),
        "knocked_out": scoring.knocked_out(results),
        "requirements": results,
    }
