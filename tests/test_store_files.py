"""The upload folder failing (not writable, or not a folder at all) fails each file with the
reason, never the whole upload with a bare 500; nothing acknowledged is lost."""

from __future__ import annotations

import io
import os

import pytest

from matcher.errors import StorageError
from matcher.store import open_store
from tests.web_support import POSTING, add_users, bearer, make_app, seed


def _broken_folder(tmp_path):
    """An upload folder the process cannot write: read-only, or (as root, who may write
    anywhere) a path under a regular file."""
    if os.geteuid() == 0:
        blocker = tmp_path / "blocker"
        blocker.write_text("not a folder")
        return blocker / "files", None
    folder = tmp_path / "files"
    folder.mkdir()
    folder.chmod(0o500)
    return folder, folder


@pytest.fixture()
def broken(tmp_path):
    folder, restore = _broken_folder(tmp_path)
    yield str(folder)
    if restore is not None:
        restore.chmod(0o700)


def test_put_file_names_the_file_and_the_reason(tmp_path, broken):
    app = make_app(tmp_path, upload_dir=broken)
    store = open_store(app.config["SETTINGS"])
    with pytest.raises(StorageError) as caught:
        store.put_file("简历.pdf", b"%PDF-1.4")
    store.close()
    message = str(caught.value)
    assert message.startswith("简历.pdf: could not be kept on the server (")
    assert broken not in message  # the server's folder is not shown to the user


def test_each_file_of_an_upload_fails_with_the_reason_and_nothing_is_half_kept(tmp_path, broken):
    app = make_app(tmp_path, upload_dir=broken)
    users = add_users(app)
    ids = seed_without_files(app, users)
    client = app.test_client()
    answer = client.post(
        f"/api/jobs/{ids['job']}/resumes",
        data={"files": [(io.BytesIO(b"resume one"), "a.txt"), (io.BytesIO(b"two"), "b.txt")]},
        headers=bearer(users["rita"]),
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    rows = answer.json["files"]
    assert [r["status"] for r in rows] == ["failed", "failed"]
    assert rows[0]["error"].startswith("a.txt: could not be kept on the server")
    store = open_store(app.config["SETTINGS"])
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    store.close()
    # a JD file upload answers 503 with the reason, not a bare 500
    jd = client.post(
        "/api/jobs",
        data={"file": (io.BytesIO("客服专员\n任职要求：\n1. 大专及以上学历\n".encode()), "jd.txt")},
        headers=bearer(users["rita"]),
    )
    assert jd.status_code == 503 and "could not be kept" in jd.get_json()["error"]


def seed_without_files(app, users) -> dict:
    """One job assigned to hank (seed() itself keeps files, which the broken folder refuses)."""
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)
    store.assign(job["id"], users["hank"]["id"])
    store.close()
    return {"job": job["id"]}


def test_a_working_folder_still_keeps_files(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == 4
    assert store.get_file(store.get_candidate(ids["cand_a1"])["sha256"])
    store.close()
