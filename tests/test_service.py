"""Service operations: who may do what, drafts to jobs, re-scoring only what changed, uploads
with per-file status, CSV safety; end to end with the real parsers and model where present."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from matcher import service
from matcher.errors import LimitExceededError, NotFoundError, PermissionDeniedError
from matcher.store import open_store
from tests.docgen import make_docx, make_pdf
from tests.web_support import POSTING, make_app, seed
from web.export import csv_text


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path, max_files=3, max_file_mb=1)


def test_draft_becomes_chosen_jobs_for_its_author_only(store, users):
    rita, hank = users["rita"], users["hank"]
    draft = store.add_draft(rita["id"], "jd.txt", None, [POSTING, {**POSTING, "title": "Second"}])
    created = service.create_jobs(store, rita, draft, [1])
    assert [j["title"] for j in created] == ["Second"]
    with pytest.raises(ValueError, match="not in the draft"):
        service.create_jobs(store, rita, draft, [2])
    with pytest.raises(PermissionDeniedError):
        service.create_jobs(store, hank, draft, [0])
    store.add_user("rob", "recruiter", "pw")
    with pytest.raises(NotFoundError):
        service.create_jobs(store, store.get_user("rob"), draft, [0])


def test_hiring_manager_reads_but_cannot_edit(store, users, app):
    ids = seed(app, users)
    hank = users["hank"]
    job = service.get_job(store, hank, ids["job_a"])
    assert job["managers"] == ["hank"] and job["n_candidates"] == 2
    req_id = job["requirements"][0]["id"]
    with pytest.raises(PermissionDeniedError):
        service.update_requirement(store, hank, ids["job_a"], req_id, {"must": False})
    with pytest.raises(NotFoundError):
        service.update_requirement(store, hank, ids["job_b"], req_id, {"must": False})
    with pytest.raises(NotFoundError):
        service.get_candidate(store, hank, ids["job_a"], ids["cand_b1"])
    # A recruiter sees every pool candidate under any job (the job ranked against the pool);
    # they are not an applicant of it until added.
    seen = service.get_candidate(store, users["rita"], ids["job_a"], ids["cand_b1"])
    assert seen["job_id"] == ids["job_a"] and seen["applicant"] is False


def test_editing_a_requirement_queues_a_rescore_of_that_job_only(store, users, app):
    ids = seed(app, users)
    rita = users["rita"]
    before = service.shortlist(store, rita, ids["job_a"])
    assert before["pending"] == 0 and len(before["candidates"]) == 2
    req_id = service.get_job(store, rita, ids["job_a"])["requirements"][1]["id"]
    changed = service.update_requirement(store, rita, ids["job_a"], req_id, {"weight": "3"})
    assert changed["weight"] == 3.0
    assert [w["payload"] for w in store.pending_work()] == [{"job_id": ids["job_a"]}]
    after = service.shortlist(store, rita, ids["job_a"])
    assert after["candidates"] == [] and after["pending"] == 2  # old scores are not shown
    assert service.shortlist(store, rita, ids["job_b"])["pending"] == 0
    with pytest.raises(ValueError, match="weight"):
        service.update_requirement(store, rita, ids["job_a"], req_id, {"weight": "heavy"})


def test_a_rewritten_requirement_text_is_read_again(store, users, app):
    ids = seed(app, users)
    rita, job = users["rita"], ids["job_a"]
    education, excel = service.get_job(store, rita, job)["requirements"]

    def edit(req, fields):
        return service.update_requirement(store, rita, job, req["id"], fields)

    # The floor follows the new text: a stale bachelor floor would judge "硕士" wrongly.
    got = edit(education, {"text": "硕士及以上学历"})
    assert (got["kind"], got["min_level"]) == ("education", "master")
    # A skill rewritten without values gets the new text's values, not Excel's.
    got = edit(excel, {"text": "熟练使用CRM系统"})
    assert (got["kind"], got["values"]) == ("skill", ["CRM系统"])
    # What the editor gives wins: values given, or a kind of their own (values still read).
    got = edit(excel, {"text": "Fluent English", "values": ["English"]})
    assert got["values"] == ["English"] and got["kind"] == "language"
    got = edit(excel, {"text": "熟练使用SAP系统", "kind": "knowledge"})
    assert (got["kind"], got["values"]) == ("knowledge", ["SAP系统"])
    # A text that states nothing typed leaves no floor of the old one behind.
    got = edit(education, {"text": "认真负责"})
    assert got["min_level"] is None
    # Fields other than the text never re-read it.
    got = edit(excel, {"must": True})
    assert (got["kind"], got["values"]) == ("knowledge", ["SAP系统"])
    # The page's form sends kind and values back as they were: they follow the new text too.
    now = service.get_job(store, rita, job)["requirements"][1]
    got = edit(now, {"text": "熟练使用Excel", "kind": now["kind"], "values": now["values"]})
    assert (got["kind"], got["values"]) == ("skill", ["Excel"])
    # A new requirement without a kind is read like a JD's requirement.
    added = service.add_requirement(store, rita, job, {"text": "三年以上客服经验"})
    assert (added["kind"], added["min_years"]) == ("experience", 3.0)
    # Alternatives follow the text too, and are kept by the store: any one of them meets it.
    got = edit(now, {"text": "熟悉Java或Python之一"})
    assert (got["values"], got["any_of"]) == (["Java", "Python"], True)
    assert service.get_job(store, rita, job)["requirements"][1]["any_of"] is True
    got = edit(now, {"text": "熟练使用Excel、Word"})
    assert got["any_of"] is False
    got = edit(now, {"text": "认真负责"})
    assert got["any_of"] is None


def test_upload_limits_name_the_file(store, users):
    rita = users["rita"]
    job = store.add_job(POSTING, rita["id"], None)["id"]
    big = b"x" * (1024 * 1024 + 1)
    batch = service.upload_resumes(store, rita, job, [("ok.txt", b"hello"), ("big.txt", big)])
    files = service.get_batch(store, rita, job, batch["id"])["files"]
    assert [f["status"] for f in files] == ["queued", "failed"]
    assert "big.txt" in files[1]["error"] and "1 MB" in files[1]["error"]
    with pytest.raises(LimitExceededError, match="the limit is 3"):
        service.upload_resumes(store, rita, job, [(f"{i}.txt", b"x") for i in range(4)])
    with pytest.raises(NotFoundError):  # not assigned: the job does not exist for hank
        service.upload_resumes(store, users["hank"], job, [("a.txt", b"x")])
    store.assign(job, users["hank"]["id"])
    with pytest.raises(PermissionDeniedError):  # assigned: he may read it, not upload to it
        service.upload_resumes(store, users["hank"], job, [("a.txt", b"x")])


def test_csv_cells_never_run_as_formulas(store, users, app):
    ids = seed(app, users)
    store.db["candidates"].update(ids["cand_a1"], {"resume": "=HYPERLINK(1).txt"})
    export = service.export_rows(store, users["rita"], ids["job_a"])
    rows = list(
        csv.reader(io.StringIO(csv_text(export, lambda key, **v: key, "en").lstrip("\ufeff")))
    )
    assert rows[2][5] == "'=HYPERLINK(1).txt"


def test_erasure_is_for_admins(store, users, app):
    ids = seed(app, users)
    with pytest.raises(PermissionDeniedError):
        service.erase_candidate(store, users["rita"], ids["cand_a1"])


JD = """客服主管
岗位职责：
1. 负责客服团队的日常管理、排班与培训；
2. 处理客户投诉，提升客户满意度。
任职要求：
1. 本科及以上学历；
2. 3年以上客服工作经验，1年以上团队管理经验；
3. 熟练使用Excel等办公软件；
4. 英语六级。
"""


def _resumes(tmp_path):
    strong = make_docx(
        tmp_path / "song_yuqing.docx",
        [
            "宋雨晴",
            "邮箱：song.yuqing@example.com 电话：13900002222",
            "教育背景：2009.09-2013.06 北方示范大学 工商管理 本科",
            "工作经历：2013.07-2023.12 云帆电商 客服主管，管理12人客服团队，负责排班培训与投诉处理。",
            "技能：熟练使用Excel、CRM系统；英语六级。",
        ],
    )
    weak = make_pdf(
        tmp_path / "he_ming.pdf",
        [
            "何明",
            "邮箱：he.ming@example.com",
            "教育背景：2019-2022 城南职业学院 烹饪 大专",
            "工作经历：2022.07-至今 小厨餐馆 厨师",
        ],
    )
    return strong, weak


def test_end_to_end_upload_parse_rank_duplicate_and_failure(store, users, tmp_path):
    rita = users["rita"]
    jobs = service.create_jobs_from(store, rita, text=JD)
    job = jobs[0]["id"]
    strong, weak = _resumes(tmp_path)
    files = [(p.name, p.read_bytes()) for p in (strong, weak)] + [("broken.pdf", b"%PDF-1.4 junk")]
    batch = service.upload_resumes(store, rita, job, files)
    assert service.run_pending(store) >= 2  # parse_batch, then recompute
    statuses = {f["name"]: f for f in service.get_batch(store, rita, job, batch["id"])["files"]}
    assert statuses["song_yuqing.docx"]["status"] == "parsed"
    assert statuses["he_ming.pdf"]["status"] == "parsed"
    assert statuses["broken.pdf"]["status"] == "failed" and statuses["broken.pdf"]["error"]
    ranked = service.shortlist(store, rita, job)
    assert ranked["pending"] == 0
    assert [c["resume"] for c in ranked["candidates"]] == ["song_yuqing.docx", "he_ming.pdf"]
    # The same person again, in a zip: a duplicate of the first.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("again/song_yuqing.docx", strong.read_bytes())
    again = service.upload_resumes(store, rita, job, [("batch.zip", buf.getvalue())])
    service.run_pending(store)
    dup = service.get_batch(store, rita, job, again["id"])["files"]
    assert dup[0]["status"] == "duplicate" and dup[0]["duplicate_of"] == "song_yuqing.docx"
    # Nothing changed: nothing is scored again. An edit re-scores every candidate of the job once.
    assert service.recompute(store, job) == 0
    req = service.get_job(store, rita, job)["requirements"][0]
    service.update_requirement(store, rita, job, req["id"], {"must": not req["must"]})
    assert service.recompute(store, job) == 2
    assert service.recompute(store, job) == 0


def test_model_switch_refuses_a_missing_model_and_rescores_every_job(store, users, app):
    from matcher.errors import ModelNotFoundError

    ids = seed(app, users)
    store.add_user("root", "admin", "pw")
    root = store.get_user("root")
    with pytest.raises(ModelNotFoundError):
        service.set_model(store, root, str(app.config["SETTINGS"].db) + "-no-such-model")
    assert service.model_status(store, root)["current"] == "default"
    service.reembed(store, root)
    queued = sorted(w["payload"]["job_id"] for w in store.pending_work("recompute"))
    assert queued == sorted([ids["job_a"], ids["job_b"]])
    with pytest.raises(PermissionDeniedError):
        service.reembed(store, users["rita"])


def test_zip_counts_as_its_members_and_refusals_name_the_member(store, users):
    rita = users["rita"]
    job = store.add_job(POSTING, rita["id"], None)["id"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("cv/wang.txt", "王小明 本科")
        zf.writestr("../escape.txt", "x")
    batch = service.upload_resumes(store, rita, job, [("team.zip", buf.getvalue())])
    files = service.get_batch(store, rita, job, batch["id"])["files"]
    assert [f["status"] for f in files] == ["queued", "failed"]
    assert files[0]["name"].endswith("wang.txt")
    assert "escape.txt" in files[1]["error"]
    # A zip over the count limit (3 here) is refused as a whole, by name.
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(5):
            zf.writestr(f"{i}.txt", "x")
    batch = service.upload_resumes(store, rita, job, [("many.zip", many.getvalue())])
    (only,) = service.get_batch(store, rita, job, batch["id"])["files"]
    assert only["status"] == "failed" and "many.zip" in only["error"] and "3" in only["error"]


def test_jd_file_over_the_file_limit_is_refused_by_name(store, users):
    with pytest.raises(LimitExceededError, match="huge.pdf"):
        service.stage_jd(store, users["rita"], name="huge.pdf", data=b"x" * (1024 * 1024 + 1))
    assert store.db["files"].count == 0


def test_upload_answer_waits_for_a_file_another_request_claimed(store, users, app, monkeypatch):
    """A shortlist request (or the worker) may claim a file between the upload's batch and its
    own parsing: the upload's answer still gives the final status, not "processing"."""
    import threading

    from matcher.service import processing

    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    add_batch, threads = store.add_batch, []
    wait_for_batch, answer_waits = processing.wait_for_batch, threading.Event()

    def signalled_wait(*args):
        answer_waits.set()
        return wait_for_batch(*args)

    def add_batch_then_claim_elsewhere(*args):
        batch_id = add_batch(*args)
        claimed = threading.Event()

        def other_request() -> None:
            other = open_store(app.config["SETTINGS"])
            uploads = other.batch_uploads(batch_id)
            assert all(other.claim_upload(u["id"]) for u in uploads)
            claimed.set()
            assert answer_waits.wait(30)  # parse only once the answer is waiting for it
            for upload in uploads:
                processing.parse_upload(other, job, upload)
            other.close()

        threads.append(threading.Thread(target=other_request))
        threads[-1].start()
        claimed.wait(10)
        return batch_id

    store.add_batch = add_batch_then_claim_elsewhere
    monkeypatch.setattr(processing, "wait_for_batch", signalled_wait)
    text = "姓名：韩梅梅（虚构）\n邮箱：meimei.han@example.com\n2010-2014 示范大学 本科\n"
    batch = service.upload_resumes(store, users["rita"], job, [("cv.txt", text.encode())], True)
    files = service.get_batch(store, users["rita"], job, batch["id"])["files"]
    threads[0].join(10)
    assert answer_waits.is_set() and [f["status"] for f in files] == ["parsed"]


def test_a_duplicate_added_meanwhile_by_another_request_is_still_found(store, users, app):
    """A batch reads the job's candidates once; one added by a concurrent request after that
    read is still caught (checked again under the write lock before inserting)."""
    import threading

    from matcher.service import processing

    rita = users["rita"]
    job = store.add_job(POSTING, rita["id"], None)["id"]
    text = "姓名：李雷（虚构）\n邮箱：lei.li@example.com\n2010-2014 示范大学 本科\n".encode()
    service.upload_resumes(store, rita, job, [("a.txt", text)], wait=True)
    batch = store.add_batch(job, rita["id"], [("b.txt", store.put_file("b.txt", text), None)])
    upload = store.batch_uploads(batch)[0]
    assert store.claim_upload(upload["id"])
    processing.parse_upload(store, job, upload, known=[])  # a list read before a.txt was added
    assert store.batch_uploads(batch)[0]["status"] == "duplicate"
    assert len(store.candidate_ids(job)) == 1

    # The same file sent by four requests at once, five times over: still one candidate.
    other = "姓名：王芳（虚构）\n邮箱：fang.wang@example.com\n2012-2016 示范大学 本科\n".encode()

    def send(i: int) -> None:
        own = open_store(app.config["SETTINGS"])
        service.upload_resumes(own, rita, job, [(f"c{i}.txt", other)], wait=True)
        own.close()

    for _ in range(5):
        threads = [threading.Thread(target=send, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(store.candidate_ids(job)) == 2
