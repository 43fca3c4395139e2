"""Per-job privacy through the real app on a temporary SQLite file: an admin decides whether
hiring managers see candidates masked by default and may unmask; every unmasking is audited;
the API's ?masked=1 hides the name everywhere it occurs."""

from __future__ import annotations

import pytest

from matcher.store import open_store
from tests.web_support import add_users, bearer, login, make_app, seed


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    store.add_user("root", "admin", "pw")
    users["root"] = {**store.get_user("root"), "token": store.create_token("root")}
    store.close()
    app.config["USERS"], app.config["IDS"] = users, seed(app, users)
    return app


def _audit(app) -> list[dict]:
    store = open_store(app.config["SETTINGS"])
    try:
        return store.audit_lines()
    finally:
        store.close()


def _get(app, who: str, path: str):
    return app.test_client().get(path, headers=bearer(app.config["USERS"][who]))


def _set(app, who: str, job: int, **body):
    client = app.test_client()
    headers = bearer(app.config["USERS"][who])
    return client.post(f"/api/jobs/{job}/privacy", json=body, headers=headers)


def test_masked_api_view_hides_the_name_in_text_profile_and_evidence(app):
    ids = app.config["IDS"]
    full = _get(app, "hank", f"/api/candidates/{ids['cand_a1']}").get_json()
    assert full["profile"]["name"] == "候选人a1" and full["masked"] is False
    masked = _get(app, "hank", f"/api/candidates/{ids['cand_a1']}?masked=1").get_json()
    assert masked["masked"] is True
    assert "候选人a1" not in repr(masked) and "a1@example.com" not in repr(masked)
    assert masked["resume"] is None and masked["profile"]["emails"] == []
    assert len(masked["text"]) == len(full["text"])  # offsets still point at the evidence
    short = _get(app, "hank", f"/api/jobs/{ids['job_a']}/shortlist?masked=1").get_json()
    assert short["masked"] is True and "候选人a" not in repr(short)
    assert [a["action"] for a in _audit(app)] == []  # nothing was unmasked


def test_masked_only_job_gives_a_hiring_manager_nothing_else(app):
    ids = app.config["IDS"]
    job, cand = ids["job_a"], ids["cand_a1"]
    assert _set(app, "root", job, mask_default=True, may_unmask=False).status_code == 200
    for path in (f"/api/candidates/{cand}", f"/api/candidates/{cand}?masked=0"):
        out = _get(app, "hank", path).get_json()
        assert out["masked"] is True and "候选人a1" not in repr(out)
    out = _get(app, "hank", f"/api/jobs/{job}/shortlist?masked=0").get_json()
    assert out["masked"] is True and all(c["resume"] is None for c in out["candidates"])
    assert _get(app, "hank", f"/api/candidates/{cand}/file").status_code == 403
    # the recruiter who uploaded them sees them in full by default; the policy is for managers
    assert _get(app, "rita", f"/api/candidates/{cand}").get_json()["masked"] is False
    assert [a["action"] for a in _audit(app)] == ["privacy"]


def test_unmasking_where_allowed_is_one_audit_line_per_view(app):
    ids = app.config["IDS"]
    job, cand = ids["job_a"], ids["cand_a2"]
    _set(app, "root", job, mask_default=True, may_unmask=True)
    assert _get(app, "hank", f"/api/candidates/{cand}").get_json()["masked"] is True  # default
    out = _get(app, "hank", f"/api/candidates/{cand}?masked=0").get_json()
    assert out["masked"] is False and out["profile"]["name"] == "候选人a2"
    assert _get(app, "hank", f"/api/candidates/{cand}/file").status_code == 200
    unmasked = [a for a in _audit(app) if a["action"] == "unmask"]
    assert [(a["actor"], a["detail"]) for a in unmasked] == [
        ("hank", ""),
        ("hank", "original file"),
    ]


def test_only_an_admin_sets_privacy(app):
    job = app.config["IDS"]["job_a"]
    assert _set(app, "hank", job, mask_default=True).status_code == 403
    assert _set(app, "rita", job, mask_default=True).status_code == 403
    assert _set(app, "root", job, mask_default="yes").status_code == 400
    assert _get(app, "root", f"/api/jobs/{job}").get_json()["mask_default"] is False


def test_pages_follow_the_job_policy(app):
    ids = app.config["IDS"]
    job, cand = ids["job_a"], ids["cand_a1"]
    _set(app, "root", job, mask_default=True, may_unmask=False)
    client = app.test_client()
    login(client, "hank")
    for path in (f"/jobs/{job}/candidates/{cand}?masked=0", f"/jobs/{job}/shortlist?masked=0"):
        html = client.get(path).get_data(as_text=True)
        assert "候选人a1" not in html and 'id="masked-only"' in html
        assert 'id="masked-off"' not in html
    csv = client.get(f"/jobs/{job}/shortlist.csv?masked=0").get_data(as_text=True)
    assert "候选人a1" not in csv and "a1.txt" not in csv
