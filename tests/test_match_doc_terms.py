"""Which named terms each whole résumé text names, kept across shortlists for the large-pool
pre-filter (matcher.match.doc_terms): the kept answers give the share terms.share gives, to the
bit; a pool read from a real SQLite store is scored as with nothing kept, also after a stored
profile changed; the answers hold no words of a résumé and stay bounded."""

from __future__ import annotations

import json

import numpy as np
import pytest

from matcher.core import profile_document
from matcher.match import doc_terms, readings, retrieve, terms
from matcher.settings import Settings
from matcher.store import open_store
from tests.fake_encoder import FakeEncoder
from tests.test_match_retrieve import _profile

POSTING = {
    "title": "Backend Engineer",
    "duties": ["Build the order service"],
    "sections": {},
    "requirements": [
        {"kind": "skill", "text": "Java and Spring Boot", "must": True, "values": ["Java"]},
        {
            "kind": "skill",
            "text": "Databases such as MySQL or PostgreSQL",
            "must": False,
            "values": ["MySQL", "PostgreSQL"],
        },
        {"kind": "skill", "text": "Linux and Docker", "must": False, "values": ["Linux", "Docker"]},
    ],
}
# Lines of fictional résumés: names asked, names written another way, near misses.
LINES = [
    "Built the order service in Java with Spring Boot",
    "Ran Postgres and MySQL replicas on CentOS",
    "Javascript front ends; no back end",
    "Wrote Dockerfiles and ran them on Kubernetes",
    "Managed a store's weekly rota",
    "熟悉Linux常用命令，使用Docker部署",
    "Spring festival campaign, boot camp coach",
]


def _pool(n: int) -> list[dict]:
    """n profiles, each a different choice of the lines."""
    return [_profile([LINES[(i * 3 + k) % len(LINES)] for k in range(1 + i % 4)]) for i in range(n)]


@pytest.fixture(autouse=True)
def nothing_kept():
    readings.clear()
    yield
    readings.clear()


def test_kept_answers_give_the_share_of_reading_the_text():
    texts = [profile_document(p).lower() for p in _pool(20)] + ["", "java"]
    keys = [doc_terms.key(t) for t in texts]
    seen = set()
    for req in POSTING["requirements"]:
        named = terms.prefilter_terms(req)
        assert named.terms
        ids = doc_terms.term_ids(named)
        direct = [terms.share(named, t) for t in texts]
        cold, warm = (
            [doc_terms.share(named, ids, t, a) for t, a in zip(texts, answers, strict=True)]
            for answers in (doc_terms.answers(keys), doc_terms.answers(keys))
        )
        assert cold == direct and warm == direct
        seen.update(direct)
    assert {0.0, 1.0} < seen  # none, some and all of a requirement's terms named
    # what is kept: numbers by term number, never a word of the text
    kept = list(doc_terms._KEPT.values())
    assert kept and all(
        isinstance(i, int) and v in (0.0, 0.5, 1.0) for a in kept for i, v in a.items()
    )


def test_a_warm_prefilter_reads_the_kept_answers_not_the_texts(monkeypatch):
    profiles = _pool(12)
    encoder = FakeEncoder(model_id="fake@doc-terms")
    cold = retrieve.job_scores(POSTING, profiles, encoder)
    calls = []
    real = terms._named
    monkeypatch.setattr(terms, "_named", lambda *a: calls.append(1) or real(*a))
    warm = retrieve.job_scores(POSTING, profiles, encoder)
    assert calls == []  # every answer was kept
    assert np.array_equal(warm, cold)
    readings.clear()  # a first shortlist: nothing kept, every text read again
    assert np.array_equal(retrieve.job_scores(POSTING, profiles, encoder), cold)
    assert calls


def test_a_stored_pool_is_scored_as_with_nothing_kept_after_a_profile_changed(tmp_path):
    store = open_store(Settings.from_env(db=str(tmp_path / "pool.db")))
    try:
        profiles = _pool(9)
        ids = [
            store.add_candidate(None, f"r{i}.txt", f"{i:064x}", profile_document(p), p)
            for i, p in enumerate(profiles)
        ]
        encoder = FakeEncoder(model_id="fake@doc-terms-store")
        before = retrieve.job_scores(POSTING, store.candidate_pool(ids), encoder)
        assert np.array_equal(before, retrieve.job_scores(POSTING, profiles, encoder))
        # the stored profile of the résumé that names nothing asked is read again (as a
        # migration does): it now names every term, under the same candidate id
        low = int(np.argmin(before))
        changed = _profile([LINES[0], LINES[1], LINES[5]])
        store.db["candidates"].update(
            ids[low],
            {
                "profile": json.dumps(changed, ensure_ascii=False, sort_keys=True),
                "document": profile_document(changed),
            },
        )
        after = retrieve.job_scores(POSTING, store.candidate_pool(ids), encoder)
        readings.clear()
        assert np.array_equal(
            after, retrieve.job_scores(POSTING, store.candidate_pool(ids), encoder)
        )
        assert after[low] > before[low]  # the new text's answers, not the old ones
        others = [i for i in range(len(ids)) if i != low]
        assert np.array_equal(after[others], before[others])
    finally:
        store.close()


def test_answers_stay_bounded(monkeypatch):
    monkeypatch.setattr(doc_terms, "KEEP", 5)
    profiles = _pool(12)
    retrieve.job_scores(POSTING, profiles, FakeEncoder(model_id="fake@doc-terms-bound"))
    assert len(doc_terms._KEPT) == 5
