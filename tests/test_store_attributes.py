"""Gender and birth are kept apart from the profile: read by the adverse-impact report and shown
to admins only, erased with the candidate, moved out of old profiles by the migration."""

from __future__ import annotations

import json

import sqlite_utils

from matcher.store import open_store
from matcher.store.schema import MIGRATIONS, migrate
from tests.web_support import POSTING, add_admin, add_users, bearer, login, make_app, profile


def _stated_profile() -> dict:
    return {
        **profile("韩书宁", "han@example.com", "bachelor", ["韩书宁，女，1985年出生"]),
        "gender": "female",
        "birth": "1985",
    }


def _facts(answer) -> str:
    html = answer.get_data(as_text=True)
    return html[html.index('<dl class="facts">') :][:2000]


def test_stated_attributes_live_apart_and_go_with_the_candidate(tmp_path):
    app = make_app(tmp_path)
    users = add_admin(app, add_users(app))
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    store.assign(job, users["hank"]["id"])
    cand = store.add_candidate(
        job, "han.txt", "sha-han", "韩书宁，女，1985年出生", _stated_profile()
    )
    stored = store.get_candidate(cand)["profile"]
    assert "gender" not in stored and "birth" not in stored
    assert store.stated_attributes([cand]) == {cand: {"gender": "female", "birth": "1985"}}
    # scoring a flagged age condition an admin turned on still reads them
    ((_, read),) = store.candidate_pool([cand])[:]
    assert (read["gender"], read["birth"]) == ("female", "1985")
    store.close()
    admin, manager = app.test_client(), app.test_client()
    login(admin, "root")
    login(manager, "hank")
    page = f"/jobs/{job}/candidates/{cand}?masked=0"
    en = {"Accept-Language": "en"}
    assert "<dt>Born</dt><dd>1985</dd>" in _facts(admin.get(page, headers=en))
    assert "<dt>Born</dt><dd>—</dd>" in _facts(manager.get(page, headers=en))
    assert admin.get(f"/api/candidates/{cand}", headers=bearer(users["root"])).json["stated"] == {
        "gender": "female",
        "birth": "1985",
    }
    assert (
        manager.get(f"/api/candidates/{cand}", headers=bearer(users["hank"])).json["stated"] is None
    )
    store = open_store(app.config["SETTINGS"])
    store.delete_candidate(cand)
    assert store.stated_attributes([cand]) == {}
    store.close()


def test_the_migration_moves_them_out_of_old_profiles(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    for number, step in enumerate(MIGRATIONS[:9], start=1):
        step(db)
        db.execute(f"PRAGMA user_version = {number}")
    db["candidates"].insert(
        {
            "id": 7,
            "resume": "a.txt",
            "sha256": "x",
            "text": "t",
            "created_at": "",
            "profile": json.dumps(_stated_profile(), ensure_ascii=False),
            "document": "t",
        }
    )
    migrate(db)
    stored = json.loads(db.execute("SELECT profile FROM candidates WHERE id = 7").fetchone()[0])
    assert "gender" not in stored and stored["name"] == "韩书宁"
    row = db.execute("SELECT gender, birth FROM candidate_attributes WHERE candidate_id = 7")
    assert row.fetchone() == ("female", "1985")
