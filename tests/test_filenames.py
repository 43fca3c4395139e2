"""Uploaded file names are cleaned before they are stored, shown or sent in a header (control
and bidi characters removed, length capped), and a kept original is downloaded only as an
attachment of type application/octet-stream. Every person here is invented."""

from __future__ import annotations

import pytest

from matcher.filenames import MAX_NAME, clean_name
from tests.web_support import add_users, bearer, make_app, seed

RESUME = "王小明\n电话 13700001111\n教育经历\n2012-2016 示范大学 计算机科学 本科\n熟练使用Excel\n"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("cv\u202efdp.exe", "cvfdp.exe"),  # RTL override: would display as "cvexe.pdf"
        ("a\x00b.txt", "ab.txt"),
        ("line\r\nX-Evil: 1.txt", "line X-Evil: 1.txt"),
        ("zero\u200bwidth\ufeff.pdf", "zerowidth.pdf"),
        ("\u2066isolate\u2069.docx", "isolate.docx"),
        ("\x00\x07", "upload"),
        ("简历 张三.pdf", "简历 张三.pdf"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_a_long_name_is_capped_with_its_extension():
    got = clean_name("x" * 500 + ".docx")
    assert len(got) == MAX_NAME and got.endswith("….docx")


def _multipart(name: bytes, data: bytes) -> tuple[bytes, str]:
    """A multipart body written byte by byte, as a hostile client sends it (raw NUL and RTL)."""
    boundary = "b0undary"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="files"; filename="'
        + name
        + b'"\r\nContent-Type: application/octet-stream\r\n\r\n'
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("cv\u202efdp.exe".encode(), "cvfdp.exe"), (b"cv\x00nul.txt", "cvnul.txt")],
)
def test_upload_and_download_use_the_clean_name_and_a_neutral_type(tmp_path, raw, shown):
    app = make_app(tmp_path)
    users = add_users(app)
    ids = seed(app, users)
    client = app.test_client()
    body, ctype = _multipart(raw, RESUME.encode())
    answer = client.post(
        f"/api/jobs/{ids['job_a']}/resumes",
        data=body,
        headers={**bearer(users["rita"]), "Content-Type": ctype},
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    row = answer.json["files"][0]
    assert row["name"] == shown
    cand = row["candidate"] or row["duplicate_of"]
    assert cand, row
    got = client.get(f"/api/candidates/{cand}/file", headers=bearer(users["hank"]))
    assert got.status_code == 200 and got.data == RESUME.encode()
    assert got.headers["Content-Type"] == "application/octet-stream"
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    disposition = got.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and shown in disposition
    assert "\u202e" not in disposition and "\x00" not in disposition
    page = client.get(f"/api/candidates/{cand}", headers=bearer(users["hank"])).json
    assert page["resume"] == shown
