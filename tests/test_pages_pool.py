"""The talent pool and job management through the pages, with a real app and SQLite file: the
pool page (search, upload), "find in the pool" on a job, renaming, closing, reopening and
deleting a job, the pipeline filter and a candidate's decisions on other jobs."""

from __future__ import annotations

import io
import re

import pytest

from matcher.service import run_pending
from matcher.store import open_store
from tests.web_support import PASSWORD, add_users, csrf_from, login, seed


@pytest.fixture
def app(app):
    """The shared app with its users, two seeded jobs and an admin."""
    app.config["USERS"] = add_users(app)
    app.config["IDS"] = seed(app, app.config["USERS"])
    store = open_store(app.config["SETTINGS"])
    store.add_user("root", "admin", PASSWORD)
    store.close()
    return app


def logged_in(app, name, lang="en"):
    client = app.test_client()
    client.set_cookie("lang", lang)
    login(client, name)
    return client, csrf_from(client.get("/").get_data(as_text=True))


def test_pool_page_searches_pages_and_takes_uploads(app):
    client, token = logged_in(app, "rita")
    page = client.get("/pool").get_data(as_text=True)
    assert "4 candidate(s) in the pool" in page
    assert all(f"候选人{x}" in page for x in ("a1", "a2", "b1", "b2"))
    found = client.get("/pool?q=候选人b2").get_data(as_text=True)
    assert "候选人b2" in found and "候选人a1" not in found
    assert (
        'href="/jobs/{}/candidates/{}"'.format(
            app.config["IDS"]["job_b"], app.config["IDS"]["cand_b2"]
        )
        in found
    )  # the job they applied to
    assert "No candidate matches this search." in client.get("/pool?q=nobody").get_data(
        as_text=True
    )
    text = "姓名：欧阳青（虚构）\n邮箱：qing.ouyang@example.com\n2011-2015 示范大学 本科\n"
    resp = client.post(
        "/pool/upload",
        data={"csrf_token": token, "files": [(io.BytesIO(text.encode()), "ouyang.txt")]},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 302 and "/pool/uploads/" in resp.location
    store = open_store(app.config["SETTINGS"])
    run_pending(store)
    store.close()
    status = client.get(resp.location).get_data(as_text=True)
    assert 'data-finished="1"' in status and "status-parsed" in status
    assert "5 candidate(s) in the pool" in client.get("/pool").get_data(as_text=True)
    assert client.get(resp.location + "/progress").json["counts"]["parsed"] == 1


def test_a_hiring_manager_has_no_pool_pages(app):
    client, token = logged_in(app, "hank")
    job = app.config["IDS"]["job_a"]
    assert 'id="nav-pool"' not in client.get("/").get_data(as_text=True)
    assert client.get("/pool").status_code == 403
    assert client.get(f"/jobs/{job}/pool").status_code == 403
    cand = app.config["IDS"]["cand_b1"]
    resp = client.post(f"/jobs/{job}/pool", data={"csrf_token": token, "cand": str(cand)})
    assert resp.status_code == 403
    assert client.get(f"/jobs/{job}/candidates/{cand}").status_code == 404  # not hank's job


def test_find_in_the_pool_ranks_it_and_adds_the_ticked(app):
    client, token = logged_in(app, "rita")
    ids = app.config["IDS"]
    job = ids["job_a"]
    page = client.get(f"/jobs/{job}/pool").get_data(as_text=True)
    ranked = [int(x) for x in re.findall(r'<tr class="[^"]*" data-candidate="(\d+)"', page)]
    assert sorted(ranked) == sorted(ids[k] for k in ("cand_a1", "cand_a2", "cand_b1", "cand_b2"))
    ticks = [int(x) for x in re.findall(r'name="cand" value="(\d+)"', page)]
    assert sorted(ticks) == sorted([ids["cand_b1"], ids["cand_b2"]])  # a1, a2 already apply
    resp = client.post(
        f"/jobs/{job}/pool", data={"csrf_token": token, "cand": [str(ids["cand_b2"])]}
    )
    assert resp.status_code == 302 and resp.location.endswith(f"/jobs/{job}/shortlist")
    store = open_store(app.config["SETTINGS"])
    run_pending(store)
    assert ids["cand_b2"] in store.candidate_ids(job)
    store.close()
    shortlist = client.get(f"/jobs/{job}/shortlist").get_data(as_text=True)
    assert "候选人b2" in shortlist and "候选人b1" not in shortlist


def test_rename_close_reopen_and_delete_a_job(app):
    client, token = logged_in(app, "rita")
    job = app.config["IDS"]["job_a"]
    client.post(
        f"/jobs/{job}/edit",
        data={"csrf_token": token, "title": "客服主管（杭州）", "reference": "REQ-9"},
    )
    page = client.get(f"/jobs/{job}").get_data(as_text=True)
    assert "客服主管（杭州）" in page and "REQ-9" in page and 'id="job-delete"' not in page
    client.post(f"/jobs/{job}/status", data={"csrf_token": token, "status": "closed"})
    page = client.get(f"/jobs/{job}").get_data(as_text=True)
    assert 'id="closed-banner"' in page and 'id="job-title"' not in page
    assert "/upload" not in page and 'id="find-in-pool"' not in page
    assert "客服主管（杭州）" not in client.get("/").get_data(as_text=True)
    assert "客服主管（杭州）" in client.get("/?status=closed").get_data(as_text=True)
    refused = client.post(
        f"/jobs/{job}/edit", data={"csrf_token": token, "title": "x", "reference": ""}
    )
    assert refused.status_code == 409
    client.post(f"/jobs/{job}/status", data={"csrf_token": token, "status": "open"})
    assert "客服主管（杭州）" in client.get("/").get_data(as_text=True)
    assert client.post(f"/jobs/{job}/delete", data={"csrf_token": token}).status_code == 403
    admin, admin_token = logged_in(app, "root")
    assert 'id="job-delete"' in admin.get(f"/jobs/{job}").get_data(as_text=True)
    resp = admin.post(f"/jobs/{job}/delete", data={"csrf_token": admin_token})
    assert resp.status_code == 302
    assert admin.get(f"/jobs/{job}").status_code == 404
    assert "候选人a1" in admin.get("/pool").get_data(as_text=True)  # kept in the pool


def test_stage_filter_and_decisions_on_other_jobs(app):
    client, token = logged_in(app, "root", "zh")  # decisions: hiring managers and admins
    ids = app.config["IDS"]
    job_a, job_b, cand = ids["job_a"], ids["job_b"], ids["cand_a2"]
    client.post(
        f"/jobs/{job_a}/candidates/{cand}/decision",
        data={"csrf_token": token, "decision": "reject"},
    )
    shortlist = client.get(f"/jobs/{job_a}/shortlist").get_data(as_text=True)
    assert f'data-candidate="{cand}"' not in shortlist  # rejected: hidden by default
    rejected = client.get(f"/jobs/{job_a}/shortlist?stage=reject").get_data(as_text=True)
    assert (
        f'data-candidate="{cand}"' in rejected
        and f'data-candidate="{ids["cand_a1"]}"' not in rejected
    )
    new = client.get(f"/jobs/{job_a}/shortlist?stage=new").get_data(as_text=True)
    assert f'data-candidate="{ids["cand_a1"]}"' in new
    # the same person seen on job B (as a pool candidate): job A's decision is shown
    page = client.get(f"/jobs/{job_b}/candidates/{cand}").get_data(as_text=True)
    other = page[page.index('id="other-jobs"') :]
    assert "Job a" in other[:1500] and "淘汰" in other[:1500]
    assert 'id="not-applicant"' in page
    assert "候选人a2</h1>" in page.replace("\n", "")  # named like an applicant
    client.post(
        f"/jobs/{job_b}/candidates/{cand}/decision",
        data={"csrf_token": token, "decision": "interview"},
    )
    store = open_store(app.config["SETTINGS"])
    assert store.latest_decisions(job_b) == {cand: "interview"}
    assert store.latest_decisions(job_a)[cand] == "reject"
    assert cand in store.candidate_ids(job_b)  # the decision made them an applicant
    store.close()


def test_a_collection_preselects_only_postings_with_requirements(app):
    from tests.conftest import shared_path

    jd = shared_path("jds", "000_d1982b6cd2188f0a.txt")
    client, token = logged_in(app, "rita")
    page = client.post(
        "/jobs/new",
        data={"csrf_token": token, "file": (io.BytesIO(jd.read_bytes()), jd.name)},
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    boxes = re.findall(r'<input type="checkbox" name="pick" value="(\d+)" ?(checked)?>', page)
    counts = [int(n) for n in re.findall(r"(\d+) requirement\(s\)", page)]
    assert len(boxes) == len(counts) >= 2
    assert [bool(c) for _, c in boxes] == [n > 0 for n in counts]
    assert 0 in counts and any(counts)
