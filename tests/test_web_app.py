"""The app factory: first-start admin, settings from config, upload size refused early,
HTML vs JSON errors, the worker resuming queued work after a restart."""

from __future__ import annotations

import logging
import time

from matcher.store import open_store
from tests.web_support import POSTING, add_users, bearer, login, make_app, settings_for


def test_first_start_prints_admin_password_once(tmp_path, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    app = make_app(tmp_path)
    out = capsys.readouterr().out
    assert "first start: created user 'admin' with password: " in out
    password = out.strip().rsplit(" ", 1)[-1]
    assert password not in caplog.text  # printed, never logged
    client = app.test_client()
    assert login(client, "admin", password).status_code == 302
    make_app(tmp_path)
    assert capsys.readouterr().out == ""  # not on a later start


def test_session_key_survives_a_restart(tmp_path):
    from web import create_app

    settings = settings_for(tmp_path, secret_key="")
    first = create_app({"SETTINGS": settings, "WORKER": False})
    again = create_app({"SETTINGS": settings, "WORKER": False})
    assert len(first.secret_key) == 64 and first.secret_key == again.secret_key


def test_settings_come_from_config(tmp_path):
    app = make_app(tmp_path, max_upload_mb=3)
    assert app.config["SETTINGS"].db == str(tmp_path / "matcher.db")
    assert app.config["MAX_CONTENT_LENGTH"] == 3 * 1024 * 1024
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert app.config["SESSION_COOKIE_SECURE"] is False
    assert make_app(tmp_path, secure_cookies=1).config["SESSION_COOKIE_SECURE"] is True


def test_oversized_upload_is_refused_with_413(tmp_path):
    app = make_app(tmp_path, max_upload_mb=1)
    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, None, None)["id"]
    store.close()
    client = app.test_client()
    big = b"x" * (2 * 1024 * 1024)
    response = client.post(
        f"/api/jobs/{job}/resumes",
        data={"files": [(__import__("io").BytesIO(big), "big.txt")]},
        headers=bearer(users["rita"]),
    )
    assert response.status_code == 413 and response.json["status"] == 413
    assert not (tmp_path / "files").exists() or not any((tmp_path / "files").rglob("*"))


def test_page_errors_are_html_api_errors_json(tmp_path):
    app = make_app(tmp_path)
    add_users(app)
    client = app.test_client()
    login(client, "hank")
    page = client.get("/jobs/4242")
    assert page.status_code == 404 and page.mimetype == "text/html"
    api = client.get("/api/jobs/4242")
    assert api.status_code == 404 and api.json["status"] == 404


def test_worker_resumes_work_left_running(tmp_path):
    settings = settings_for(tmp_path)
    store = open_store(settings)
    # Work an earlier process took but never finished: a batch whose only file is already failed.
    job = store.add_job(POSTING, None, None)["id"]
    batch = store.add_batch(job, 1, [("bad.exe", None, "bad.exe: not a résumé format")])
    store.enqueue("parse_batch", {"batch_id": batch, "job_id": job})
    store.claim_work()
    store.close()
    from web import create_app

    app = create_app({"SETTINGS": settings, "TESTING": True})
    worker = app.extensions["matcher_worker"]
    try:
        store = open_store(settings)
        deadline = time.monotonic() + 60
        while store.pending_work("parse_batch") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.pending_work("parse_batch") == []
        done = store.db.execute("SELECT status FROM work WHERE kind = 'parse_batch'").fetchone()
        assert done[0] == "done"
        store.close()
    finally:
        worker.stop()


def test_only_a_bad_request_answers_400_with_its_message(app, users):
    """BadRequest is what the sender can fix: 400 with its message. Any other ValueError is a bug
    (here float() of stored text): 500 without its message, which may quote stored data."""
    from matcher.errors import BadRequest

    @app.get("/api/_test/bad-request")
    def bad_request():
        raise BadRequest("min_score must be a number, got 'x'")

    @app.get("/api/_test/bug")
    def bug():
        return {"n": float("张伟 13800138000")}

    client = app.test_client()
    headers = bearer(users["rita"])
    answer = client.get("/api/_test/bad-request", headers=headers)
    assert answer.status_code == 400
    assert answer.get_json()["error"] == "min_score must be a number, got 'x'"
    answer = client.get("/api/_test/bug", headers=headers)
    assert answer.status_code == 500
    assert "13800138000" not in answer.get_data(as_text=True)


def test_a_shortlist_filter_that_is_not_a_number_is_a_bad_request(app, users):
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    store.close()
    answer = app.test_client().get(
        f"/api/jobs/{job}/shortlist?min_score=lots", headers=bearer(users["rita"])
    )
    assert answer.status_code == 400 and "min_score" in answer.get_json()["error"]
