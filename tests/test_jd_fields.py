"""Requirement fields are checked by type and size before they are stored (a 400 naming the
field), and a bad value already stored (an older file, a damaged row) reads as absent, so no
stored requirement can fail a later shortlist or re-score."""

from __future__ import annotations

import sqlite3

import pytest

from matcher.jd.fields import MAX_TEXT, check_requirement, valid_fields
from matcher.service import run_pending
from matcher.store import open_store
from tests.web_support import add_users, bearer, make_app, seed


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"values": 5}, "values"),
        ({"values": [1, 2]}, "values[0]"),
        ({"values": ["x"] * 51}, "values"),
        ({"field": 5}, "field"),
        ({"field": "x" * 201}, "field"),
        ({"min_years": "abc"}, "min_years"),
        ({"min_years": [3]}, "min_years"),
        ({"min_years": True}, "min_years"),
        ({"min_years": 1e308 * 10}, "min_years"),
        ({"max_years": -1}, "max_years"),
        ({"min_years": 5, "max_years": 3}, "min_years"),
        ({"min_age": 30.5}, "min_age"),
        ({"min_level": "phd"}, "min_level"),
        ({"kind": "magic"}, "kind"),
        ({"kind": ["skill"]}, "kind"),
        ({"text": 5}, "text"),
        ({"text": "x" * (MAX_TEXT + 1)}, "text"),
        ({"must": "perhaps"}, "must"),
        ({"weight": "heavy"}, "weight"),
        ({"weight": float("nan")}, "weight"),
        ({"language": {"en": 1}}, "language"),
    ],
)
def test_each_bad_field_is_named(fields, named):
    with pytest.raises(ValueError) as caught:
        check_requirement(fields)
    assert str(caught.value).startswith(named + " ")


def test_good_fields_are_cleaned():
    got = check_requirement(
        {"min_years": "3", "values": "Excel， Word", "must": "1", "min_age": 25.0, "id": 7}
    )
    assert got == {"min_years": 3.0, "values": ["Excel", "Word"], "must": True, "min_age": 25}


def test_stored_bad_values_read_as_absent():
    got = valid_fields({"values": 5, "field": 5, "min_years": "abc", "min_level": "bachelor"})
    assert got == {"values": [], "field": None, "min_years": None, "min_level": "bachelor"}


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        ({"values": 5}, "values"),
        ({"field": 5}, "field"),
        ({"min_years": "abc"}, "min_years"),
        ({"min_years": [3]}, "min_years"),
    ],
)
def test_api_refuses_bad_requirements_and_the_shortlist_still_answers(app, bad, named):
    users = add_users(app)
    ids = seed(app, users)
    client = app.test_client()
    url = f"/api/jobs/{ids['job_a']}/requirements"
    before = client.get(url, headers=bearer(users["rita"])).json["requirements"]
    req = {"kind": "experience", "text": "3年以上客服经验", **bad}
    answer = client.put(url, json={"requirements": [req]}, headers=bearer(users["rita"]))
    assert answer.status_code == 400
    assert answer.get_json()["error"].startswith(f"requirements[0].{named}")
    assert client.get(url, headers=bearer(users["rita"])).json["requirements"] == before
    shortlist = client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=bearer(users["hank"]))
    assert shortlist.status_code == 200 and len(shortlist.json["candidates"]) == 2


def test_requirements_stored_bad_before_validation_do_not_fail_reads_or_rescoring(app):
    users = add_users(app)
    ids = seed(app, users)
    db = sqlite3.connect(app.config["SETTINGS"].db)
    with db:  # what an older version let through, and a torn JSON write
        db.execute(
            "UPDATE requirements SET kind = 'experience', "
            """data = '{"values": 5, "field": 5, "min_years": "abc", "max_years": [3]}' """
            "WHERE job_id = ? AND position = 0",
            [ids["job_a"]],
        )
        db.execute(
            "UPDATE requirements SET data = '{\"values\": [' WHERE job_id = ? AND position = 1",
            [ids["job_a"]],
        )
    db.close()
    client = app.test_client()
    job = client.get(f"/api/jobs/{ids['job_a']}", headers=bearer(users["rita"]))
    assert job.status_code == 200
    first = job.json["requirements"][0]
    assert first["values"] == [] and first["field"] is None and first["min_years"] is None
    store = open_store(app.config["SETTINGS"])
    store.enqueue("recompute", {"job_id": ids["job_a"]})
    run_pending(store)
    assert store.db.execute("SELECT count(*) FROM work WHERE error IS NOT NULL").fetchone()[0] == 0
    store.close()
    shortlist = client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=bearer(users["hank"]))
    assert shortlist.status_code == 200 and len(shortlist.json["candidates"]) == 2
    assert shortlist.json["pending"] == 0


def test_the_page_form_names_a_field_over_its_limit_and_keeps_the_requirement(app):
    from tests.web_support import csrf_from, login

    users = add_users(app)
    ids = seed(app, users)
    client = app.test_client()
    login(client, "rita")
    page = client.get(f"/jobs/{ids['job_a']}").get_data(as_text=True)
    store = open_store(app.config["SETTINGS"])
    req = store.get_job(ids["job_a"])["requirements"][1]
    store.close()
    answer = client.post(
        f"/jobs/{ids['job_a']}/requirements/{req['id']}",
        data={"csrf_token": csrf_from(page), "text": "x" * 3000, "weight": "1", "values": "Excel"},
        follow_redirects=True,
    )
    assert answer.status_code == 200
    assert "text is 3000 characters; the limit is 2000" in answer.get_data(as_text=True)
    store = open_store(app.config["SETTINGS"])
    assert store.get_job(ids["job_a"])["requirements"][1]["text"] == req["text"]
    store.close()


def test_a_job_text_over_the_limit_is_refused_by_size(tmp_path):
    app = make_app(tmp_path, max_text_chars=1000)
    users = add_users(app)
    client = app.test_client()
    text = "客服专员\n任职要求：\n" + "1. 大专及以上学历\n" * 200
    answer = client.post("/api/jobs", json={"text": text}, headers=bearer(users["rita"]))
    assert answer.status_code == 413
    assert "the limit is 1,000 (MATCHER_MAX_TEXT_CHARS)" in answer.get_json()["error"]
    assert client.get("/api/jobs", headers=bearer(users["rita"])).json["jobs"] == []
