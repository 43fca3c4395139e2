"""Decisions: only hiring managers and admins record them, a note is bounded, each shows who
decided, and a later decision by another user that differs is marked as overriding the earlier
one (never silently replacing it). Every person here is invented."""

from __future__ import annotations

import pytest

from matcher.store import open_store
from matcher.store.decisions import MAX_NOTE, mark_overrides
from tests.web_support import add_admin, add_users, bearer, login, seed


@pytest.fixture()
def users(app):
    return add_admin(app, add_users(app))


def _decide(client, user, cand, decision, note=""):
    return client.post(
        f"/api/candidates/{cand}/decision",
        json={"decision": decision, "note": note},
        headers=bearer(user),
    )


def test_a_recruiter_cannot_record_a_decision(app, users):
    ids = seed(app, users)
    client = app.test_client()
    assert _decide(client, users["rita"], ids["cand_a1"], "reject").status_code == 403
    assert _decide(client, users["hank"], ids["cand_a1"], "interview").status_code == 201
    assert _decide(client, users["root"], ids["cand_a1"], "interview").status_code == 201
    got = client.get(f"/api/candidates/{ids['cand_a1']}", headers=bearer(users["hank"])).json
    assert [d["user"] for d in got["decisions"]] == ["hank", "root"]


def test_the_candidate_page_tells_a_recruiter_who_decides_not_that_the_job_is_closed(app, users):
    ids = seed(app, users)
    client = app.test_client()
    login(client, "rita")
    client.set_cookie("lang", "en")
    html = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}").get_data(as_text=True)
    assert 'id="deciders-note"' in html and "Hiring managers and admins record" in html
    assert "The job is closed" not in html
    login(client, "hank")
    html = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}").get_data(as_text=True)
    assert 'id="deciders-note"' not in html and 'name="decision"' in html


def test_a_note_over_the_limit_is_refused_whole(app, users):
    ids = seed(app, users)
    client = app.test_client()
    too_long = _decide(client, users["hank"], ids["cand_a1"], "shortlist", "x" * (2 * 1024 * 1024))
    assert too_long.status_code == 400 and "note" in too_long.get_json()["error"]
    not_text = client.post(
        f"/api/candidates/{ids['cand_a1']}/decision",
        json={"decision": "shortlist", "note": {"a": 1}},
        headers=bearer(users["hank"]),
    )
    assert not_text.status_code == 400 and "note" in not_text.get_json()["error"]
    ok = _decide(client, users["hank"], ids["cand_a1"], "shortlist", "y" * MAX_NOTE)
    assert ok.status_code == 201
    got = client.get(f"/api/candidates/{ids['cand_a1']}", headers=bearer(users["hank"])).json
    assert len(got["decisions"]) == 1  # the refused ones stored nothing


def test_a_co_assigned_managers_later_decision_is_shown_as_overriding(app, users):
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    store.assign(ids["job_a"], users["hana"]["id"])
    store.close()
    client = app.test_client()
    _decide(client, users["hank"], ids["cand_a2"], "interview")
    later = _decide(client, users["hana"], ids["cand_a2"], "reject").get_json()
    assert later["overrides"]["user"] == "hank" and later["overrides"]["decision"] == "interview"
    got = client.get(f"/api/candidates/{ids['cand_a2']}", headers=bearer(users["hank"])).json
    assert got["decisions"][0]["overrides"] is None
    assert got["decisions"][1]["overrides"]["user"] == "hank"
    assert login_page_shows_override(app, ids)


def login_page_shows_override(app, ids) -> bool:
    """The shortlist page names the overridden decision and who decided last."""
    from tests.web_support import login

    client = app.test_client()
    login(client, "hank")
    # the last decision is a rejection, which the shortlist hides unless every stage is asked for
    html = client.get(f"/jobs/{ids['job_a']}/shortlist?stage=all").get_data(as_text=True)
    return "override" in html and "hana" in html and "hank" in html


def test_mark_overrides_only_marks_a_different_decision_by_someone_else():
    rows = [
        {"decision": "interview", "user": "a", "at": "1"},
        {"decision": "reject", "user": "a", "at": "2"},  # the same user changing their mind
        {"decision": "reject", "user": "b", "at": "3"},  # agrees with a's latest
        {"decision": "shortlist", "user": "b", "at": "4"},  # differs from a's latest
    ]
    marked = [m["overrides"] for m in mark_overrides(rows)]
    assert marked[:3] == [None, None, None]
    assert marked[3] == {"decision": "reject", "user": "a", "at": "2"}
