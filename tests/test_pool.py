"""The talent pool through the JSON API: one candidate per person across jobs, pool upload,
search, ranking a job against the pool, adding pool candidates to a job, and who may see it."""

from __future__ import annotations

import io

import pytest

from matcher.store import open_store
from tests.web_support import POSTING, add_admin, add_users, bearer

LIN = "林晓雯（虚构）\n邮箱：lin.xiaowen@example.com\n2010.09-2014.06 华东示范大学 本科\n熟练使用Excel和CRM系统\n"
ZHOU = "周浩然（虚构）\n邮箱：haoran.zhou@example.org\n2013-2016 江南职业技术学院 大专\n会使用办公软件\n"
ADA = "Ada Quill (fictional)\nEmail: ada.quill@example.net\nBA, Northfield University 2011-2015\nSkills: Excel, CRM\n"


@pytest.fixture
def users(app):
    return add_admin(app, add_users(app))


def _job(app, users, title: str, manager: str | None = None) -> int:
    store = open_store(app.config["SETTINGS"])
    job = store.add_job({**POSTING, "title": title}, users["rita"]["id"], None)["id"]
    if manager:
        store.assign(job, users[manager]["id"])
    store.close()
    return job


def _files(*pairs: tuple[str, str]) -> dict:
    return {"files": [(io.BytesIO(text.encode()), name) for name, text in pairs]}


def test_a_resume_uploaded_to_one_job_is_found_for_a_second_and_added(app, users):
    client, rita = app.test_client(), bearer(users["rita"])
    first = _job(app, users, "客服主管 A")
    answer = client.post(f"/api/jobs/{first}/resumes", data=_files(("lin.txt", LIN)), headers=rita)
    lin = answer.json["files"][0]["candidate"]
    second = _job(app, users, "客服主管 B")
    assert client.get(f"/api/jobs/{second}/shortlist", headers=rita).json["candidates"] == []
    pool = client.get(f"/api/jobs/{second}/shortlist?scope=pool", headers=rita).json
    assert [(c["id"], c["applicant"]) for c in pool["candidates"]] == [(lin, False)]
    assert pool["candidates"][0]["requirements"][0]["verdict"] == "met"  # 本科 ≥ 本科
    added = client.post(f"/api/jobs/{second}/candidates", json={"ids": [lin]}, headers=rita)
    assert added.json == {"job": second, "added": [lin], "already": []}
    again = client.post(f"/api/jobs/{second}/candidates", json={"ids": [lin]}, headers=rita)
    assert again.json["already"] == [lin]
    shortlist = client.get(f"/api/jobs/{second}/shortlist", headers=rita).json["candidates"]
    assert [c["id"] for c in shortlist] == [lin]
    bad = client.post(f"/api/jobs/{second}/candidates", json={"ids": [lin, 999]}, headers=rita)
    assert bad.status_code == 400 and "999" in bad.json["error"]


def test_the_same_file_or_person_is_one_pool_candidate_applying_to_both_jobs(app, users):
    client, rita = app.test_client(), bearer(users["rita"])
    a, b = _job(app, users, "A"), _job(app, users, "B")
    one = client.post(f"/api/jobs/{a}/resumes", data=_files(("lin.txt", LIN)), headers=rita)
    cand = one.json["files"][0]["candidate"]
    # the same file to job B, and the same person (same e-mail) re-typed into the pool
    two = client.post(f"/api/jobs/{b}/resumes", data=_files(("lin-copy.txt", LIN)), headers=rita)
    assert two.json["files"][0]["status"] == "duplicate"
    retyped = LIN.replace("熟练使用Excel和CRM系统", "熟练使用Excel")
    three = client.post("/api/candidates", data=_files(("lin-2.txt", retyped)), headers=rita)
    assert three.json["files"][0]["status"] == "duplicate"
    pool = client.get("/api/candidates", headers=rita).json
    assert pool["total"] == 1 and pool["candidates"][0]["jobs"] == [a, b]
    for job in (a, b):
        ranked = client.get(f"/api/jobs/{job}/shortlist", headers=rita).json["candidates"]
        assert [c["id"] for c in ranked] == [cand]


def test_pool_upload_search_and_pages(app, users):
    client, rita = app.test_client(), bearer(users["rita"])
    up = client.post(
        "/api/candidates",
        data=_files(("lin.txt", LIN), ("zhou.txt", ZHOU), ("ada.txt", ADA), ("empty.txt", " ")),
        headers=rita,
    )
    statuses = [f["status"] for f in up.json["files"]]
    assert statuses == ["parsed", "parsed", "parsed", "failed"]
    assert "empty.txt" in up.json["files"][3]["error"]
    assert [
        c["file"] for c in client.get("/api/candidates?q=excel", headers=rita).json["candidates"]
    ] == [
        "ada.txt",
        "lin.txt",
    ]
    assert [
        c["file"] for c in client.get("/api/candidates?q=大专", headers=rita).json["candidates"]
    ] == ["zhou.txt"]
    assert client.get("/api/candidates?q=excel%20大专", headers=rita).json["candidates"] == []
    assert client.get("/api/candidates?q=%25", headers=rita).json["candidates"] == []  # literal %
    page1 = client.get("/api/candidates?limit=2", headers=rita).json
    assert len(page1["candidates"]) == 2 and page1["next"]
    page2 = client.get(f"/api/candidates?limit=2&cursor={page1['next']}", headers=rita).json
    assert page2["next"] is None
    seen = [c["id"] for c in page1["candidates"] + page2["candidates"]]
    assert len(set(seen)) == 3 and seen == sorted(seen, reverse=True)
    assert client.get("/api/candidates?cursor=abc", headers=rita).status_code == 400


def test_a_hiring_manager_never_sees_the_pool_only_their_jobs_applicants(app, users):
    client, rita, hank = app.test_client(), bearer(users["rita"]), bearer(users["hank"])
    mine, other = _job(app, users, "Mine", "hank"), _job(app, users, "Other", "hana")
    up = client.post(f"/api/jobs/{mine}/resumes", data=_files(("lin.txt", LIN)), headers=rita)
    lin = up.json["files"][0]["candidate"]
    pool_only = client.post("/api/candidates", data=_files(("zhou.txt", ZHOU)), headers=rita)
    zhou = pool_only.json["files"][0]["candidate"]
    assert client.get("/api/candidates", headers=hank).status_code == 403
    assert (
        client.post("/api/candidates", data=_files(("a.txt", ADA)), headers=hank).status_code == 403
    )
    assert client.get(f"/api/jobs/{mine}/shortlist?scope=pool", headers=hank).status_code == 403
    assert client.get(f"/api/jobs/{other}/shortlist?scope=pool", headers=hank).status_code == 404
    attach = client.post(f"/api/jobs/{mine}/candidates", json={"ids": [zhou]}, headers=hank)
    assert attach.status_code == 403
    assert client.get(f"/api/candidates/{lin}", headers=hank).status_code == 200
    assert client.get(f"/api/candidates/{zhou}", headers=hank).status_code == 404
    decide = {"json": {"decision": "shortlist"}, "headers": hank}
    assert client.post(f"/api/jobs/{mine}/candidates/{zhou}/decision", **decide).status_code == 404
    assert client.post(f"/api/jobs/{other}/candidates/{lin}/decision", **decide).status_code == 404
    # once the recruiter adds Zhou to hank's job, hank sees him through it
    client.post(f"/api/jobs/{mine}/candidates", json={"ids": [zhou]}, headers=rita)
    assert client.get(f"/api/candidates/{zhou}", headers=hank).json["job_id"] == mine


def test_decisions_belong_to_a_job_and_candidate(app, users):
    # decisions are recorded by hiring managers and admins (README): root decides here
    client, rita, root = app.test_client(), bearer(users["rita"]), bearer(users["root"])
    a, b = _job(app, users, "A"), _job(app, users, "B")
    up = client.post(
        f"/api/jobs/{a}/resumes", data=_files(("lin.txt", LIN), ("zhou.txt", ZHOU)), headers=rita
    )
    lin, zhou = (f["candidate"] for f in up.json["files"])
    # one job: the old route still works and names the job it used
    legacy = client.post(
        f"/api/candidates/{lin}/decision", json={"decision": "interview"}, headers=root
    )
    assert legacy.status_code == 201 and legacy.json["job_id"] == a
    client.post(f"/api/jobs/{b}/candidates", json={"ids": [lin]}, headers=rita)
    ambiguous = client.post(
        f"/api/candidates/{lin}/decision", json={"decision": "reject"}, headers=root
    )
    assert (
        ambiguous.status_code == 409
        and f"/api/jobs/<job id>/candidates/{lin}/decision" in ambiguous.json["error"]
    )
    on_b = client.post(
        f"/api/jobs/{b}/candidates/{lin}/decision",
        json={"decision": "reject", "note": "薪资不符"},
        headers=root,
    )
    assert on_b.status_code == 201 and on_b.json["job_id"] == b
    seen_a = client.get(f"/api/candidates/{lin}", headers=rita).json
    assert seen_a["job_id"] is None  # two jobs: the job-less view names none
    assert {(x["job_id"], x["decision"]) for x in seen_a["applications"]} == {
        (a, "interview"),
        (b, "reject"),
    }

    # the pipeline: rejected hidden by default, each stage on request
    def ids(job, stage=""):
        url = f"/api/jobs/{job}/shortlist" + (f"?decision={stage}" if stage else "")
        return sorted(c["id"] for c in client.get(url, headers=rita).json["candidates"])

    assert ids(b) == [] and ids(b, "reject") == [lin] and ids(b, "all") == [lin]
    assert ids(b, "rejected") == [lin]  # the stage as the issue names it
    assert (
        ids(a) == sorted([lin, zhou]) and ids(a, "interview") == [lin] and ids(a, "new") == [zhou]
    )
    assert client.get(f"/api/jobs/{a}/shortlist?decision=maybe", headers=rita).status_code == 400


def test_jobs_are_renamed_closed_reopened_and_deleted_by_an_admin(app, users):
    client, rita, root = app.test_client(), bearer(users["rita"]), bearer(users["root"])
    job = _job(app, users, "客服主管", "hank")
    twin = _job(app, users, "客服主管")
    up = client.post(f"/api/jobs/{job}/resumes", data=_files(("lin.txt", LIN)), headers=rita)
    lin = up.json["files"][0]["candidate"]
    client.post(
        f"/api/jobs/{job}/candidates/{lin}/decision", json={"decision": "shortlist"}, headers=root
    )
    renamed = client.patch(
        f"/api/jobs/{job}", json={"title": "客服主管（上海）", "reference": "REQ-17"}, headers=rita
    )
    assert renamed.json["title"] == "客服主管（上海）" and renamed.json["reference"] == "REQ-17"
    assert client.patch(f"/api/jobs/{job}", json={"title": " "}, headers=rita).status_code == 400
    assert (
        client.patch(f"/api/jobs/{job}", json={"status": "paused"}, headers=rita).status_code == 400
    )
    assert client.patch(f"/api/jobs/{job}", json={"owner": 1}, headers=rita).status_code == 400
    assert (
        client.patch(
            f"/api/jobs/{job}", json={"status": "closed"}, headers=bearer(users["hank"])
        ).status_code
        == 403
    )
    closed = client.patch(f"/api/jobs/{job}", json={"status": "closed"}, headers=rita)
    assert closed.json["status"] == "closed"
    assert [j["id"] for j in client.get("/api/jobs", headers=rita).json["jobs"]] == [twin]
    assert [j["id"] for j in client.get("/api/jobs?status=closed", headers=rita).json["jobs"]] == [
        job
    ]
    assert client.get(f"/api/jobs/{job}/shortlist", headers=rita).status_code == 200  # read only
    for method, path, who, kwargs in (
        ("POST", f"/api/jobs/{job}/resumes", rita, {"data": _files(("zhou.txt", ZHOU))}),
        ("PUT", f"/api/jobs/{job}/requirements", rita, {"json": {"requirements": []}}),
        (
            "POST",
            f"/api/jobs/{job}/candidates/{lin}/decision",
            root,  # decisions are the hiring managers' and admins'
            {"json": {"decision": "reject"}},
        ),
        ("PATCH", f"/api/jobs/{job}", rita, {"json": {"title": "x"}}),
    ):
        assert client.open(path, method=method, headers=who, **kwargs).status_code == 409, path
    reopened = client.patch(f"/api/jobs/{job}", json={"status": "open"}, headers=rita)
    assert reopened.json["status"] == "open"
    assert client.delete(f"/api/jobs/{job}", headers=rita).status_code == 403
    gone = client.delete(f"/api/jobs/{job}", headers=root)
    assert gone.status_code == 200 and gone.json["removed"]["decisions"] == 1
    assert client.get(f"/api/jobs/{job}", headers=root).status_code == 404
    pool = client.get("/api/candidates", headers=rita).json["candidates"]
    assert [(c["id"], c["jobs"]) for c in pool] == [(lin, [])]  # kept in the pool
    store = open_store(app.config["SETTINGS"])
    line = store.audit_lines()[-1]
    assert (line["action"], line["subject"]) == ("delete_job", f"job {job}")
    assert "林晓雯" not in str(store.audit_lines())
    assert store.db.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
    store.close()


def test_jobs_of_the_same_title_from_a_collection_are_told_apart(app, users):
    from tests.conftest import shared_path

    jd = shared_path("jds", "000_d1982b6cd2188f0a.txt")
    client, rita = app.test_client(), bearer(users["rita"])
    made = client.post(
        "/api/jobs", data={"file": (io.BytesIO(jd.read_bytes()), jd.name)}, headers=rita
    )
    assert made.status_code == 201
    listed = client.get("/api/jobs", headers=rita).json["jobs"]
    same = [j for j in listed if j["title"] == "客服主管"]
    assert len(same) >= 2  # the collection holds several postings of this title
    assert len({(j["reference"], j["lead"]) for j in same}) == len(same)
    assert all(j["reference"].startswith(jd.name + " · posting ") for j in same)


def test_a_pool_upload_embeds_what_a_pool_ranking_reads(app, users):
    """The worker embeds each new candidate's sentences and whole-résumé document after the
    upload, so ranking a job against the pool reads cached vectors."""
    from matcher.embed_cache import text_sha
    from matcher.resume.sentences import document
    from matcher.service import run_pending
    from matcher.store.vectors import TABLE

    client, rita = app.test_client(), bearer(users["rita"])
    up = client.post("/api/candidates", data=_files(("lin.txt", LIN)), headers=rita)
    cand = up.json["files"][0]["candidate"]
    store = open_store(app.config["SETTINGS"])
    profile = store.get_candidate(cand)["profile"]
    wanted = {text_sha(document(profile))} | {text_sha(s["text"]) for s in profile["sentences"]}
    cached = {r[0] for r in store.db.execute(f"SELECT sha FROM {TABLE}")}
    assert not wanted & cached  # nothing embedded by the upload request itself
    run_pending(store)
    cached = {r[0] for r in store.db.execute(f"SELECT sha FROM {TABLE}")}
    assert wanted <= cached
    store.close()
