"""Pre-filter for large pools: a relevant résumé among many unrelated ones is kept for full
scoring, the rest are listed after it (never dropped), and the chunked scoring equals one pass."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.match import rank, retrieve
from matcher.match.lexical import LexicalModel

POSTING = {
    "title": "Java后端开发工程师",
    "duties": ["负责订单系统的后端开发"],
    "sections": {},
    "requirements": [
        {"kind": "skill", "text": "熟悉Java和Spring Boot开发", "must": True, "values": ["Java"]},
        {"kind": "skill", "text": "熟悉MySQL数据库", "must": False, "values": ["MySQL"]},
    ],
}
UNRELATED = [
    "负责门店日常陈列与收银工作",
    "Organised community garden events for local families",
    "熟练制作财务报表，负责月度结账",
    "Drove delivery routes across the city on weekends",
    "负责幼儿园课程设计和家长沟通",
]


def _profile(lines: list[str]) -> dict:
    sentences, pos = [], 0
    for text in lines:
        sentences.append(
            {"text": text, "section": "experience", "start": pos, "end": pos + len(text)}
        )
        pos += len(text) + 1
    return {"sentences": sentences, "education": [], "experience": [], "languages": []}


def _pool(n: int) -> list[tuple[str, dict]]:
    pool = [
        (f"u{i:03d}.txt", _profile([UNRELATED[i % 5], UNRELATED[(i + 2) % 5]])) for i in range(n)
    ]
    fit = _profile(["五年Java开发经验，使用Spring Boot构建订单系统", "熟悉MySQL调优"])
    pool.insert(n // 2, ("fit.txt", fit))
    return pool


@pytest.fixture(scope="module")
def encoder(default_encoder):
    return default_encoder


def test_small_pools_are_scored_whole():
    kept, left = retrieve.shortlist_pool(POSTING, [p for _, p in _pool(5)], None, 10)
    assert kept == list(range(6)) and left == []


def test_the_fitting_resume_survives_the_prefilter_and_the_rest_are_listed(encoder):
    pool = _pool(40)
    ranked = rank(POSTING, pool, encoder, retrieve_above=5)
    assert len(ranked) == len(pool)  # nobody dropped
    assert ranked[0]["resume"] == "fit.txt"
    assert ranked[0]["requirements"] and not ranked[0].get("screened_out")
    screened = [c for c in ranked if c.get("screened_out")]
    assert len(screened) == len(pool) - 5
    assert all(c["score"] == 0.0 and c["requirements"] == [] for c in screened)
    assert [c["rank"] for c in ranked] == list(range(1, len(pool) + 1))
    assert ranked == rank(POSTING, pool, encoder, retrieve_above=5)  # deterministic


def test_chunked_job_scores_equal_one_pass(encoder, monkeypatch):
    profiles = [p for _, p in _pool(23)]
    whole = retrieve.job_scores(POSTING, profiles, encoder)
    monkeypatch.setattr(retrieve, "CHUNK", 4)
    chunked = retrieve.job_scores(POSTING, profiles, encoder)
    np.testing.assert_allclose(chunked, whole, rtol=1e-5, atol=1e-6)
    assert int(np.argmax(whole)) == 23 // 2  # the fitting résumé scores highest


def test_overlapping_bigrams_are_all_counted():
    model = LexicalModel().fit([], ["客服"])
    counts = model._count(["客服客服", "服客", "做客服工作"]).toarray()
    column = model.index_["b:客服"]
    assert counts[:, column].tolist() == [2.0, 0.0, 1.0]


def test_naming_the_jobs_terms_lifts_a_resume_in_the_prefilter(encoder, monkeypatch):
    # Two Java back-end résumés alike in wording; one names the Spring Boot and MySQL the job
    # asks for. The pre-filter adds the share of named terms, as full scoring weighs them.
    names = _profile(["五年Java后端开发经验，使用Spring Boot和MySQL构建订单系统"])
    other = _profile(["五年Java后端开发经验，使用自研框架和Oracle构建订单系统"])
    weight = retrieve.TERMS_WEIGHT
    with_terms = retrieve.job_scores(POSTING, [names, other], encoder)
    monkeypatch.setattr(retrieve, "TERMS_WEIGHT", 0.0)
    without = retrieve.job_scores(POSTING, [names, other], encoder)
    gap, gap_without = with_terms[0] - with_terms[1], without[0] - without[1]
    # both name Java (the must-have, weight 2), only one MySQL (weight 1): shares 1 and 2/3
    assert weight > 0
    assert gap - gap_without == pytest.approx(weight * (1 - 2 / 3), abs=1e-4)


def test_relevance_from_the_batch_counts_is_the_whole_text_scan():
    """The learned order's whole-résumé relevance read from the verdicts' batch (its lines' term
    counts summed per résumé) is the relevance of scanning each whole text, to the bit: words
    at line ends, overlapping grams and Chinese bigrams, Java beside Javascript, a résumé with
    no lines, one with an empty line."""
    from matcher.match.engine import Batch, job_documents, requirement_text
    from matcher.resume.sentences import document
    from tests.fake_encoder import FakeEncoder

    pool = [
        _profile(["熟悉Java和Spring Boot开发", "Javascript, MySQL; mysql"]),
        _profile([]),
        _profile(["", "负责订单系统的后端开发，使用MySQL数据库", "java"]),
        _profile(UNRELATED),
        _profile(["Spring", "Boot", "Java开发三年"]),
    ]
    encoder = FakeEncoder(model_id="fake@relevance")
    batch = Batch(POSTING, pool, encoder)
    texts = [requirement_text(r) for r in POSTING["requirements"]]
    scanned = LexicalModel().fit(job_documents(POSTING), texts).score([document(p) for p in pool])
    assert np.array_equal(batch.document_lexical(), scanned)
    assert scanned[0].sum() > 0 and not scanned[1].any()  # what is compared could differ
    reused = retrieve.job_scores(POSTING, pool, encoder, lexical=batch.document_lexical())
    assert np.array_equal(reused, retrieve.job_scores(POSTING, pool, encoder))
    ranked = rank(POSTING, [(f"r{i}", p) for i, p in enumerate(pool)], encoder)
    relevance = retrieve.job_scores(POSTING, pool, encoder)
    for candidate in ranked:
        i = int(candidate["resume"][1:])
        assert candidate["signals"]["relevance"] == round(float(relevance[i]), 4)
