"""The JSON API: each route's answer, 401 without credentials, 404 for a job or candidate the
caller may not see, every error a JSON body {"error", "status"}."""

from __future__ import annotations

import io

import pytest

from matcher.store import open_store
from tests.web_support import add_admin, add_users, bearer, seed


@pytest.fixture
def users(app):
    return add_admin(app, add_users(app))


@pytest.fixture
def ids(app, users):
    return seed(app, users)


def routes(ids: dict, job: str, cand: str) -> list[tuple[str, str, dict]]:
    """(method, path, request kwargs) for every route that names a job or candidate."""
    j, c = ids[job], ids[cand]
    return [
        ("GET", f"/api/jobs/{j}", {}),
        ("POST", f"/api/jobs/{j}/assign", {"json": {"user": "hank"}}),
        ("GET", f"/api/jobs/{j}/requirements", {}),
        ("PUT", f"/api/jobs/{j}/requirements", {"json": {"requirements": []}}),
        ("POST", f"/api/jobs/{j}/resumes", {"data": {}}),
        ("GET", f"/api/jobs/{j}/shortlist", {}),
        ("GET", f"/api/jobs/{j}/progress", {}),
        ("GET", f"/api/jobs/{j}/export.csv", {}),
        ("GET", f"/api/candidates/{c}", {}),
        ("GET", f"/api/candidates/{c}/file", {}),
        ("POST", f"/api/candidates/{c}/decision", {"json": {"decision": "reject"}}),
    ]


def test_every_route_needs_credentials(app, ids):
    client = app.test_client()
    for method, path, kwargs in routes(ids, "job_a", "cand_a1") + [
        ("GET", "/api/jobs", {}),
        ("POST", "/api/jobs", {"json": {"text": "x"}}),
        ("DELETE", f"/api/candidates/{ids['cand_a1']}", {}),
    ]:
        response = client.open(path, method=method, **kwargs)
        assert response.status_code == 401, (method, path)
        assert response.json == {"error": response.json["error"], "status": 401}


def test_hiring_manager_gets_404_for_another_teams_job_and_candidates(app, users, ids):
    client = app.test_client()
    for method, path, kwargs in routes(ids, "job_b", "cand_b1"):
        response = client.open(path, method=method, headers=bearer(users["hank"]), **kwargs)
        assert response.status_code == 404, (method, path, response.json)
        assert response.json["status"] == 404 and "does not exist" in response.json["error"]
    # Guessed ids that exist nowhere answer the same way.
    for path in ("/api/jobs/999/shortlist", "/api/candidates/999"):
        assert client.get(path, headers=bearer(users["hank"])).status_code == 404
    assert (
        client.delete(
            f"/api/candidates/{ids['cand_b1']}", headers=bearer(users["hank"])
        ).status_code
        == 403
    )


def test_hiring_manager_lists_and_reads_only_assigned(app, users, ids):
    client = app.test_client()
    listed = client.get("/api/jobs", headers=bearer(users["hank"])).json["jobs"]
    assert [j["id"] for j in listed] == [ids["job_a"]]
    assert len(client.get("/api/jobs", headers=bearer(users["rita"])).json["jobs"]) == 2
    # Reading is allowed, changing the job is not.
    ok = client.get(f"/api/jobs/{ids['job_a']}/requirements", headers=bearer(users["hank"]))
    assert ok.status_code == 200 and len(ok.json["requirements"]) == 2
    put = client.put(
        f"/api/jobs/{ids['job_a']}/requirements",
        json={"requirements": []},
        headers=bearer(users["hank"]),
    )
    assert put.status_code == 403 and put.json["status"] == 403


def test_shortlist_is_ranked_in_the_cli_shape_plus_id(app, users, ids):
    client = app.test_client()
    response = client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=bearer(users["hank"]))
    cands = response.json["candidates"]
    assert [c["id"] for c in cands] == [ids["cand_a2"], ids["cand_a1"]]
    assert [c["rank"] for c in cands] == [1, 2]
    assert {"resume", "rank", "score", "knocked_out", "requirements", "id"} <= set(cands[0])
    assert cands[0]["resume"] == "a2.txt" and cands[0]["score"] == 80.0
    assert set(cands[0]["requirements"][0]) >= {"text", "kind", "must", "verdict", "evidence"}
    filtered = client.get(
        f"/api/jobs/{ids['job_a']}/shortlist?min_score=50", headers=bearer(users["hank"])
    )
    assert [c["id"] for c in filtered.json["candidates"]] == [ids["cand_a2"]]


def test_decision_then_candidate_then_csv(app, users, ids):
    client = app.test_client()
    cand = ids["cand_a1"]
    posted = client.post(
        f"/api/candidates/{cand}/decision",
        json={"decision": "interview", "note": "=call first"},
        headers=bearer(users["hank"]),
    )
    assert posted.status_code == 201 and posted.json["user"] == "hank"
    bad = client.post(
        f"/api/candidates/{cand}/decision", json={"decision": "hire"}, headers=bearer(users["hank"])
    )
    assert bad.status_code == 400 and "shortlist" in bad.json["error"]
    got = client.get(f"/api/candidates/{cand}", headers=bearer(users["hank"])).json
    assert got["decisions"][0]["decision"] == "interview" and got["rank"] == 2
    assert "示范大学" in got["text"]
    quoted = got["requirements"][0]
    start, end = quoted["evidence_start"], quoted["evidence_end"]
    assert got["text"][start:end] == quoted["evidence"] == "2010-2014 示范大学 本科"
    original = client.get(f"/api/candidates/{cand}/file", headers=bearer(users["hank"]))
    assert original.status_code == 200 and "示范大学" in original.get_data(as_text=True)
    assert "a1.txt" in original.headers["Content-Disposition"]
    csv = client.get(f"/api/jobs/{ids['job_a']}/export.csv", headers=bearer(users["hank"]))
    assert csv.mimetype == "text/csv"
    lines = csv.get_data(as_text=True).lstrip("\ufeff").splitlines()
    head = "Rank,Candidate ID,Candidate,E-mail,Phone,File,Score,Knocked out,Must-haves met,"
    assert lines[0].startswith(head)
    row = f"2,{cand},候选人a1,a1@example.com,,a1.txt,40.0,no,1,1,Interview,'=call first,Met"
    assert lines[2].startswith(row)


def test_assign_lets_a_manager_see_the_job(app, users, ids):
    client = app.test_client()
    path = f"/api/jobs/{ids['job_b']}"
    assert client.get(path, headers=bearer(users["hank"])).status_code == 404
    response = client.post(f"{path}/assign", json={"user": "hank"}, headers=bearer(users["rita"]))
    assert response.status_code == 200 and response.json["managers"] == ["hana", "hank"]
    assert client.get(path, headers=bearer(users["hank"])).status_code == 200
    missing = client.post(f"{path}/assign", json={"user": "ghost"}, headers=bearer(users["rita"]))
    assert missing.status_code == 400 and "ghost" in missing.json["error"]


def test_admin_erasure_removes_everything_and_audits_without_personal_data(app, users, ids):
    client = app.test_client()
    cand = ids["cand_a1"]
    store = open_store(app.config["SETTINGS"])
    sha = store.get_candidate(cand)["sha256"]
    assert store.get_file(sha)
    response = client.delete(f"/api/candidates/{cand}", headers=bearer(users["root"]))
    assert response.status_code == 200 and response.json["erased"] is True
    assert client.get(f"/api/candidates/{cand}", headers=bearer(users["root"])).status_code == 404
    assert (
        store.db.execute("SELECT count(*) FROM matches WHERE candidate_id = ?", [cand]).fetchone()[
            0
        ]
        == 0
    )
    assert not store.file_in_use(sha)
    assert store.db["files"].count_where("sha256 = ?", [sha]) == 0
    lines = store.audit_lines()
    assert lines[-1]["action"] == "erase_candidate" and lines[-1]["actor"] == "root"
    dump = repr(lines)
    assert "候选人a1" not in dump and "a1@example.com" not in dump and "a1.txt" not in dump
    store.close()


def test_errors_are_json_with_status(app, users):
    client = app.test_client()
    response = client.post("/api/jobs", data="not json", headers=bearer(users["rita"]))
    assert response.status_code == 400 and response.json["status"] == 400
    missing = client.get("/api/nothing-here", headers=bearer(users["rita"]))
    assert missing.status_code == 404 and missing.json == {
        "error": missing.json["error"],
        "status": 404,
    }
    no_files = client.post("/api/jobs/1/resumes", headers=bearer(users["rita"]))
    assert no_files.status_code == 404  # job 1 does not exist in this database


def test_every_api_route_is_in_the_openapi_file(app):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "openapi.yaml").read_text()
    documented, path = set(), None
    for line in text.splitlines():
        if m := re.match(r"^  (/api/\S+):$", line):
            path = re.sub(r"\{\w+\}", "{id}", m.group(1))  # {cid} is an id like {id}
        elif path and (m := re.match(r"^    (get|post|put|patch|delete):", line)):
            documented.add((m.group(1).upper(), path))
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", "{id}", rule.rule)
            served |= {(m, path) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert served == documented


def test_progress_counts_what_is_left(app, users, ids):
    client = app.test_client()
    path = f"/api/jobs/{ids['job_a']}"
    done = client.get(f"{path}/progress", headers=bearer(users["rita"])).json
    assert done["pending"] == 0 and done["done"] and done["candidates"] == 2
    reqs = client.get(f"{path}/requirements", headers=bearer(users["rita"])).json["requirements"]
    reqs[0]["must"] = False
    put = client.put(
        f"{path}/requirements", json={"requirements": reqs}, headers=bearer(users["rita"])
    )
    assert put.status_code == 200 and put.json["requirements"][0]["must"] is False
    after = client.get(f"{path}/progress", headers=bearer(users["rita"])).json
    assert after["pending"] == 2 and not after["done"]  # both need scoring against the edit


def test_upload_errors_are_codes_said_in_the_callers_language(app, users, ids):
    client = app.test_client()
    url = f"/api/jobs/{ids['job_a']}/resumes"

    def upload(query: str, **headers) -> dict:
        data = {
            "files": [(io.BytesIO(b"   "), "empty.txt"), (io.BytesIO(b"%PDF-1.4 junk"), "x.pdf")]
        }
        resp = client.post(url + query, data=data, headers={**bearer(users["rita"]), **headers})
        return {f["name"]: f for f in resp.get_json()["files"]}

    zh = upload("?lang=zh")
    assert zh["empty.txt"]["error"] == "empty.txt: 文件为空。"
    assert (zh["empty.txt"]["code"], zh["x.pdf"]["code"]) == ("file.empty", "file.damaged_pdf")
    en = upload("", **{"Accept-Language": "en-GB"})
    assert en["x.pdf"]["error"] == "x.pdf: The PDF is damaged."
    assert upload("", **{"Accept-Language": "zh-CN,zh;q=0.9"})["x.pdf"]["error"].endswith(
        "PDF 文件已损坏。"
    )


# A scraped posting of company text and duties only: no requirement in it.
NO_REQUIREMENTS_JD = (
    "Customer Success Lead\nAbout us\nAcme Inc. is a global leader in payments. Come join our "
    "team!\nWhat you will do\n- Answer customer calls\n- Keep the ticket queue short\n"
    "Benefits: health insurance, 25 vacation days\nWe are an equal opportunity employer.\n"
)
WITH_REQUIREMENTS_JD = "Data Analyst\nRequirements:\n- 3+ years of experience in SQL\n"


def test_a_posting_without_requirements_says_so_and_judges_nothing(app, users, ids):
    rita = bearer(users["rita"])
    client = app.test_client()
    body = client.post("/api/jobs", json={"text": NO_REQUIREMENTS_JD}, headers=rita).json
    (created,) = body["jobs"]
    assert created["needs_requirements"] is True and created["n_requirements"] == 0
    assert f"PUT /api/jobs/{created['id']}/requirements" in created["notice"]
    job = client.get(f"/api/jobs/{created['id']}", headers=rita).json
    assert job["requirements"] == [] and job["needs_requirements"] is True
    assert "No requirements were found" in job["notice"]
    cv = b"Jane Roe\nCustomer service agent, answered customer calls 2019-2024\n"
    files = {"files": (io.BytesIO(cv), "jane.txt")}
    up = client.post(f"/api/jobs/{created['id']}/resumes", data=files, headers=rita)
    assert up.status_code in (200, 201, 202), up.json
    shortlist = client.get(f"/api/jobs/{created['id']}/shortlist", headers=rita).json
    assert shortlist["needs_requirements"] is True and "notice" in shortlist
    # Nothing falls back to judging the duties or the company text.
    assert [c["requirements"] for c in shortlist["candidates"]] == [[]]
    assert shortlist["candidates"][0]["score"] == 0.0
    # Once a requirement is marked, the notice is gone.
    put = {"requirements": [{"kind": "experience", "text": "customer service experience"}]}
    resp = client.put(f"/api/jobs/{created['id']}/requirements", json=put, headers=rita)
    assert resp.status_code == 200, resp.json
    job = client.get(f"/api/jobs/{created['id']}", headers=rita).json
    assert job["needs_requirements"] is False and "notice" not in job


def test_a_posting_with_requirements_has_no_notice(app, users, ids):
    rita = bearer(users["rita"])
    client = app.test_client()
    (created,) = client.post("/api/jobs", json={"text": WITH_REQUIREMENTS_JD}, headers=rita).json[
        "jobs"
    ]
    assert created["needs_requirements"] is False and "notice" not in created
    assert created["n_requirements"] == 1
