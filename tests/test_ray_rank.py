"""A job ranked against the whole pool on Ray workers (MATCHER_ENGINE=ray): the pre-filter's
scores and the full scoring are split into shards on both nodes of a local two-node cluster, and
the ranking equals the single-process one, candidate for candidate (same scores, same order)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from matcher import match, ray_engine
from matcher.ingest import ingest
from matcher.jd import parse_jd
from matcher.match.retrieve import job_scores
from matcher.service import pool, processing
from matcher.store import open_store
from tests.ray_support import settings_for, write_resumes

pytestmark = pytest.mark.slow

JD = """客服主管（虚构岗位）
任职要求：
1. 本科及以上学历；
2. 3年以上客服管理经验；
3. 熟练使用Excel和CRM系统；
4. 有团队管理经验，能处理客户投诉；
5. 英语CET-4以上优先。
"""


@pytest.fixture(scope="module")
def two_pools(ray_cluster, tmp_path_factory, model_dir):
    """The same 38 fictional résumés (36 texts, a DOCX, a PDF) in two stores, one ranking locally, one on Ray."""
    tmp = tmp_path_factory.mktemp("rank")
    folder = write_resumes(tmp / "cvs", 36)
    stores = {}
    for engine in ("local", "ray"):
        settings = dataclasses.replace(settings_for(tmp, model_dir, engine), engine=engine)
        store = open_store(settings)
        ingest(store, folder, "local")
        job = store.add_job(parse_jd(JD)[0], None, None)["id"]
        stores[engine] = (store, job)
    yield stores
    for store, _ in stores.values():
        store.close()


def test_pool_ranking_on_ray_equals_the_single_process_ranking(two_pools):
    rankings = {}
    for engine, (store, job) in two_pools.items():
        pool._KEPT.clear()  # the pre-filter's choice is kept per job id, the same in both stores
        rankings[engine] = pool.pool_ranking(store, job, retrieve_above=12)
    (local_pairs, local_rest), (ray_pairs, ray_rest) = rankings["local"], rankings["ray"]
    assert len(local_pairs) == 12 and len(local_rest) == 26  # the pre-filter cut the pool
    assert [i for i, _ in ray_pairs] == [i for i, _ in local_pairs]
    assert ray_rest == local_rest
    assert [r for _, r in ray_pairs] == [r for _, r in local_pairs]  # scores, verdicts, signals
    scores = [r["score"] for _, r in local_pairs]
    assert len(set(scores)) > 3  # a ranking that tells candidates apart, not all ties


def test_shards_run_on_both_nodes_and_give_the_same_figures(two_pools):
    store, job_id = two_pools["ray"]
    job = processing.posting_of(store.get_job(job_id))
    encoder = processing.encoder_for(store)
    ids = store.candidate_ids(None)
    scores, nodes = ray_engine.job_scores(store.settings, encoder, job, ids)
    assert len(nodes) == 2  # two worker nodes of one CPU each: a shard on each
    expected = job_scores(job, store.candidate_pool(ids), encoder)
    assert np.array_equal(scores, expected)
    ranked, nodes = ray_engine.rank(store.settings, encoder, job, ids[:10], False)
    assert len(nodes) == 2
    alone = match.rank(job, store.candidate_pool(ids[:10]), encoder, retrieve_above=10)
    assert ranked == alone  # ids, scores, verdicts, ranks: candidate for candidate
