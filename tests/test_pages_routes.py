"""Every page route on a real app and temporary SQLite database: renders for the right roles,
404 for a hiring manager on another team's job or candidate, CSRF enforced, hostile text escaped."""

from __future__ import annotations

import pytest

from tests.web_support import add_users, csrf_from, login, seed

XSS = "<script>alert(1)</script>"


@pytest.fixture
def app(app):
    """The shared app with its users and two seeded jobs."""
    app.config["USERS"] = add_users(app)
    app.config["IDS"] = seed(app, app.config["USERS"])
    return app


def client_for(app, name):
    client = app.test_client()
    assert login(client, name).status_code == 302
    return client


def page_urls(ids, label="a"):
    job, cand = ids[f"job_{label}"], ids[f"cand_{label}1"]
    return [
        f"/jobs/{job}",
        f"/jobs/{job}/shortlist",
        f"/jobs/{job}/shortlist?masked=1&must=1&min=10",
        f"/jobs/{job}/shortlist.csv",
        f"/jobs/{job}/candidates/{cand}",
        f"/jobs/{job}/candidates/{cand}?masked=1",
    ]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_recruiter_sees_every_page(app, lang):
    client = client_for(app, "rita")
    ids = app.config["IDS"]
    urls = ["/", "/jobs/new", f"/jobs/{ids['job_a']}/upload"] + page_urls(ids)
    for url in urls:
        resp = client.get(url, headers={"Accept-Language": lang})
        assert resp.status_code == 200, url
    body = client.get("/", headers={"Accept-Language": lang}).get_data(as_text=True)
    assert ("职位" in body) == (lang == "zh-CN")


def test_hiring_manager_sees_own_job_and_404_on_others(app):
    client = client_for(app, "hank")
    ids = app.config["IDS"]
    for url in page_urls(ids, "a"):
        assert client.get(url).status_code == 200, url
    others = page_urls(ids, "b") + [
        f"/jobs/{ids['job_b']}/upload",
        f"/jobs/{ids['job_a']}/candidates/{ids['cand_b1']}",  # right job, wrong candidate
        "/jobs/999999",
        "/jobs/999999/shortlist",
    ]
    for url in others:
        assert client.get(url).status_code == 404, url
    token = csrf_from(client.get(f"/jobs/{ids['job_a']}").get_data(as_text=True))
    posts = [
        f"/jobs/{ids['job_b']}/candidates/{ids['cand_b1']}/decision",
        f"/jobs/{ids['job_b']}/requirements",
        f"/jobs/{ids['job_b']}/assign",
        f"/jobs/{ids['job_b']}/upload",
        f"/jobs/{ids['job_b']}/unassign",
        f"/jobs/{ids['job_b']}/requirements/1",
        f"/jobs/{ids['job_b']}/requirements/1/delete",
    ]
    for url in [f"/jobs/{ids['job_b']}/uploads/1", f"/jobs/{ids['job_b']}/uploads/1/progress"]:
        assert client.get(url).status_code == 404, url
    for url in posts:
        resp = client.post(url, data={"csrf_token": token, "decision": "reject", "text": "x"})
        assert resp.status_code == 404, url
    job_list = client.get("/").get_data(as_text=True)
    assert "Job a" in job_list and "Job b" not in job_list


def test_hiring_manager_cannot_edit_or_reach_admin(app):
    client = client_for(app, "hank")
    ids = app.config["IDS"]
    token = csrf_from(client.get(f"/jobs/{ids['job_a']}").get_data(as_text=True))
    assert client.get("/jobs/new").status_code == 403
    resp = client.post(
        f"/jobs/{ids['job_a']}/requirements", data={"csrf_token": token, "text": "x"}
    )
    assert resp.status_code == 403
    assert client.get("/admin/").status_code == 404


def test_post_without_csrf_is_rejected(app):
    client = client_for(app, "rita")
    ids = app.config["IDS"]
    resp = client.post(
        f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}/decision", data={"decision": "reject"}
    )
    assert resp.status_code == 400
    page = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}").get_data(as_text=True)
    assert "decision-history" in page and "badge reject" not in page


def test_decision_is_recorded_with_who_and_note(app):
    client = client_for(app, "hank")
    ids = app.config["IDS"]
    url = f"/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}"
    token = csrf_from(client.get(url).get_data(as_text=True))
    resp = client.post(
        url + "/decision",
        data={"csrf_token": token, "decision": "interview", "note": "Strong " + XSS},
    )
    assert resp.status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert "badge interview" in page and "hank" in page
    assert "Strong &lt;script&gt;alert(1)&lt;/script&gt;" in page and XSS not in page
    shortlist = client.get(f"/jobs/{ids['job_a']}/shortlist").get_data(as_text=True)
    assert "badge interview" in shortlist


def test_shortlist_orders_by_score_and_filters(app):
    client = client_for(app, "rita")
    job = app.config["IDS"]["job_a"]
    body = client.get(f"/jobs/{job}/shortlist").get_data(as_text=True)
    assert body.index("候选人a2") < body.index("候选人a1")  # 80 ranks above 40
    body = client.get(f"/jobs/{job}/shortlist?min=50").get_data(as_text=True)
    assert "候选人a2" in body and "候选人a1" not in body


def test_masked_view_hides_names_and_contacts(app):
    client = client_for(app, "rita")
    ids = app.config["IDS"]
    job, cand = ids["job_a"], ids["cand_a1"]
    for url in [
        f"/jobs/{job}/shortlist?masked=1",
        f"/jobs/{job}/candidates/{cand}?masked=1",
        f"/jobs/{job}/shortlist.csv?masked=1",
    ]:
        body = client.get(url).get_data(as_text=True)
        assert "候选人a1" not in body and "a1@example.com" not in body, url


def test_candidate_page_highlights_evidence(app):
    client = client_for(app, "rita")
    ids = app.config["IDS"]
    body = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}").get_data(as_text=True)
    assert '<mark class="ev met" id="ev-0"' in body
    assert "2010-2014 示范大学 本科</mark>" in body


def test_csv_export(app):
    client = client_for(app, "rita")
    resp = client.get(f"/jobs/{app.config['IDS']['job_a']}/shortlist.csv")
    assert resp.mimetype == "text/csv"
    lines = resp.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert (
        lines[0].startswith("Rank,Candidate ID,Candidate,E-mail") and "本科及以上学历" in lines[0]
    )
    cand = app.config["IDS"]["cand_a2"]
    assert lines[1].startswith(f"1,{cand},候选人a2,a2@example.com,,a2.txt,80.0")


def test_a_job_without_requirements_asks_the_recruiter_to_mark_them(app):
    """The job page and the shortlist say that nothing is judged until requirements are marked;
    the recruiter gets a link to the form, a hiring manager only the notice."""
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    job_id = app.config["IDS"]["job_a"]
    store.replace_requirements(job_id, [])
    store.close()
    client = client_for(app, "rita")
    for url in (f"/jobs/{job_id}", f"/jobs/{job_id}/shortlist"):
        body = client.get(url, headers={"Accept-Language": "en"}).get_data(as_text=True)
        assert 'id="needs-requirements"' in body, url
        assert "Candidates are not judged until you mark" in body
        assert f"/jobs/{job_id}#add-requirement" in body
    zh = client.get(f"/jobs/{job_id}", headers={"Accept-Language": "zh-CN"}).get_data(as_text=True)
    assert "未能从该职位描述中识别出任职要求" in zh
    other = client.get(f"/jobs/{app.config['IDS']['job_b']}").get_data(as_text=True)
    assert 'id="needs-requirements"' not in other  # a job with requirements has no notice
