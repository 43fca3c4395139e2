"""Stored data damaged on disk (one bad byte in a résumé text, a torn profile or result) is read
as damaged: the candidate is shown as such, the rest of the shortlist answers, re-scoring works,
and no log line holds the résumé text, e-mail or phone. Every person here is invented."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from matcher.service import run_pending
from matcher.store import open_store
from matcher.store.damage import DamagedText, decode_text, load_json
from tests.web_support import add_users, bearer, login, seed

EMAIL = "zhao.lan.1990@example.com"
PHONE = "13912345678"


def _damage(app, cand_id: int, column: str) -> None:
    """Plant contacts in the candidate's stored column and flip one byte to invalid UTF-8."""
    db = sqlite3.connect(app.config["SETTINGS"].db)
    raw = db.execute(f"SELECT {column} FROM candidates WHERE id = ?", [cand_id]).fetchone()[0]
    planted = (raw[:-1] + f' 赵兰 {EMAIL} {PHONE}"' + raw[-1]).encode()
    broken = planted[:10] + b"\xff" + planted[11:]
    with db:
        db.execute(
            f"UPDATE candidates SET {column} = CAST(? AS TEXT) WHERE id = ?", [broken, cand_id]
        )
    db.close()


@pytest.mark.parametrize("column", ["text", "profile"])
def test_a_damaged_candidate_is_shown_as_damaged_and_the_rest_answers(app, caplog, column):
    caplog.set_level(logging.DEBUG)
    users = add_users(app)
    ids = seed(app, users)
    _damage(app, ids["cand_a1"], column)
    store = open_store(app.config["SETTINGS"])
    store.enqueue("recompute", {"job_id": ids["job_a"]})
    run_pending(store)
    store.close()
    client = app.test_client()
    hank = bearer(users["hank"])
    shortlist = client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=hank)
    assert shortlist.status_code == 200
    by_id = {c["id"]: c for c in shortlist.json["candidates"]}
    assert set(by_id) == {ids["cand_a1"], ids["cand_a2"]}
    assert by_id[ids["cand_a2"]].get("damaged") is None
    one = client.get(f"/api/candidates/{ids['cand_a1']}", headers=hank)
    assert one.status_code == 200 and one.json["damaged"] is True
    assert client.get(f"/api/candidates/{ids['cand_a2']}", headers=hank).json["damaged"] is False
    login(client, "hank")
    page = client.get(f"/jobs/{ids['job_a']}/shortlist")
    assert page.status_code == 200
    cand_page = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}")
    assert cand_page.status_code == 200 and 'id="damaged"' in cand_page.get_data(as_text=True)
    assert client.get(f"/jobs/{ids['job_a']}/shortlist.csv").status_code == 200
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (EMAIL, PHONE, "赵兰", "示范大学"):
        assert secret not in logged


def test_a_damaged_stored_result_is_scored_again(app):
    users = add_users(app)
    ids = seed(app, users)
    db = sqlite3.connect(app.config["SETTINGS"].db)
    with db:
        db.execute(
            "UPDATE matches SET result = '{\"score\": ' WHERE candidate_id = ?", [ids["cand_a1"]]
        )
    db.close()
    client = app.test_client()
    shortlist = client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=bearer(users["hank"]))
    assert shortlist.status_code == 200
    assert {c["id"] for c in shortlist.json["candidates"]} == {ids["cand_a1"], ids["cand_a2"]}


def test_decode_and_load_mark_damage():
    assert decode_text("简历".encode()) == "简历" and not isinstance(
        decode_text(b"ok"), DamagedText
    )
    bad = decode_text(b"a\xffb")
    assert isinstance(bad, DamagedText) and bad == "a\ufffdb"
    assert load_json(bad, {}) == ({}, True)
    assert load_json('{"a": 1}', {}) == ({"a": 1}, False)
    assert load_json('{"a": ', {}) == ({}, True)
    assert load_json(None, []) == ([], False)


def test_a_damaged_work_item_fails_alone_and_the_queue_goes_on(app):
    users = add_users(app)
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    store.enqueue("recompute", {"job_id": ids["job_a"]})
    good = store.enqueue("recompute", {"job_id": ids["job_b"]})
    with store.db.conn:
        store.db.execute("UPDATE work SET payload = '{\"job_id\": ' WHERE id < ?", [good])
    assert run_pending(store) >= 1
    rows = store.db.execute("SELECT id, status, error FROM work ORDER BY id").fetchall()
    store.close()
    assert rows[-1] == (good, "done", None)
    assert ("failed", "the queued item is damaged") in {(r[1], r[2]) for r in rows}
