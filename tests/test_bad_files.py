"""Bad files through the CLI and the web upload API: each gets one clear error naming it, the rest
of the batch is kept, and the server keeps answering. Every file is written here; every person in
them is invented."""

from __future__ import annotations

import importlib.util
import io
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from matcher.settings import MB, Settings
from matcher.store import open_store
from tests.docgen import make_pdf
from tests.web_support import POSTING, add_users, bearer, make_app

ROOT = Path(__file__).resolve().parent.parent
HAVE_PARSER = importlib.util.find_spec("matcher.resume") is not None

RESUME_LINES = [
    "姓名：林晓岚（虚构）",
    "邮箱：xiaolan.lin@example.com",
    "2012-2016 示范大学 计算机科学 本科",
    "2016-2022 某某科技有限公司 软件工程师",
    "熟练使用 Python 和 SQL，英语六级",
]
RESUME_TEXT = "\n".join(RESUME_LINES) + "\n"


def _pdf_bytes(tmp: Path, pages: int = 1) -> bytes:
    path = make_pdf(tmp / f"src{pages}.pdf", [RESUME_LINES for _ in range(pages)])
    return path.read_bytes()


def _encrypted_pdf(tmp: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_pdf_bytes(tmp))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret-pw", owner_password="owner-pw")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx_bomb(mb: int = 30) -> bytes:
    """A DOCX whose document.xml inflates ~1000 times to `mb` MB (over the ratio limit; 30 MB is
    also over the per-file size limit)."""
    body = b"<w:t>" + b" " * (mb * MB) + b"</w:t>"
    xml = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p><w:r>' + body + b"</w:r></w:p></w:body>"
        b"</w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr("word/document.xml", xml)
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def bad_files(tmp: Path) -> dict[str, bytes]:
    """name → bytes of every kind of bad file a single upload can be."""
    rng = random.Random(8)
    pdf = _pdf_bytes(tmp)
    return {
        "empty.txt": b"",
        "junk.bin": bytes(rng.getrandbits(8) for _ in range(4096)),
        "junk.pdf": b"%PDF-1.7\n" + bytes(rng.getrandbits(8) for _ in range(2048)),
        "truncated.pdf": pdf[: len(pdf) // 2],
        "encrypted.pdf": _encrypted_pdf(tmp),
        "many-pages.pdf": _pdf_bytes(tmp, pages=Settings().max_pdf_pages + 5),
        "bomb.docx": _docx_bomb(),
        "bomb-ratio.docx": _docx_bomb(10),
    }


def test_each_bad_file_is_a_named_error_in_the_extractor(tmp_path):
    from matcher.errors import MatcherError
    from matcher.extract import extract_bytes

    for name, data in bad_files(tmp_path).items():
        with pytest.raises(MatcherError) as info:
            extract_bytes(data, name, Settings())
        assert name in str(info.value), (name, str(info.value))


# ---- CLI ---------------------------------------------------------------------------------------


def _cli(path: Path, **env: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "matcher", "parse-resume", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def _assert_one_line_error(proc: subprocess.CompletedProcess, shown_name: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert shown_name in lines[0], lines[0]
    assert proc.stdout == ""


def test_cli_refuses_each_bad_file_with_one_line(tmp_path):
    for name, data in bad_files(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        _assert_one_line_error(_cli(path), name)


def test_cli_refuses_unsafe_zip_and_zip_bomb_as_one_line(tmp_path):
    # The CLI reads one résumé, not archives: a zip of any kind is refused by name.
    cases = {
        "traversal.zip": _zip({"../evil.txt": RESUME_TEXT.encode()}),
        "absolute.zip": _zip({"/etc/evil.txt": RESUME_TEXT.encode()}),
        "bomb.zip": _zip({"zeros.txt": b"\0" * (20 * MB)}),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        _assert_one_line_error(_cli(path), name)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_cli_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: the size is there, the disk blocks are not
        f.truncate(100 * MB)
    _assert_one_line_error(_cli(path), "huge.txt")


def test_cli_error_names_a_file_with_control_characters_on_one_line(tmp_path):
    path = tmp_path / "bad\x07na\nme\x1b.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    proc = _cli(path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    # A newline in the name must not split the error over two lines (log/terminal injection).
    assert len(proc.stderr.splitlines()) == 1, repr(proc.stderr)
    assert "bad" in proc.stderr and "\x1b" not in proc.stderr


def test_cli_error_names_a_300_character_path(tmp_path):
    folder = tmp_path / ("d" * 120)
    folder.mkdir()
    path = folder / ("长" * 60 + "x" * 60 + ".pdf")
    path.write_bytes(b"")
    assert len(str(path)) >= 300
    _assert_one_line_error(_cli(path), path.name)


@pytest.mark.parametrize(
    "encoding",
    ["gbk", "utf-16", "gb18030"],
)
def test_text_in_other_encodings_is_read(tmp_path, encoding):
    from matcher.extract import extract_bytes

    text = extract_bytes(RESUME_TEXT.encode(encoding), f"r.{encoding}.txt", Settings())
    assert "林晓岚" in text and "示范大学" in text
    if HAVE_PARSER:
        path = tmp_path / "r.txt"
        path.write_bytes(RESUME_TEXT.encode(encoding))
        proc = _cli(path)
        assert proc.returncode == 0, proc.stderr
        assert "xiaolan.lin@example.com" in proc.stdout


def test_mixed_encodings_never_crash(tmp_path):
    """UTF-8 lines next to GBK lines: either read (some text survives) or refused by name."""
    from matcher.errors import MatcherError
    from matcher.extract import extract_bytes

    data = "第一行 UTF-8 文本\n".encode() + "第二行 GBK 文本\n".encode("gbk") + b"plain ascii\n"
    try:
        text = extract_bytes(data, "mixed.txt", Settings())
    except MatcherError as exc:
        assert "mixed.txt" in str(exc)
    else:
        assert "plain ascii" in text


# ---- web upload API ----------------------------------------------------------------------------


@pytest.fixture()
def web(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    store.close()
    return app, users, job


def _upload(client, user, job, files: dict[str, bytes]):
    return client.post(
        f"/api/jobs/{job}/resumes",
        data={"files": [(io.BytesIO(data), name) for name, data in files.items()]},
        headers=bearer(user),
    )


def _stored_shas(app) -> set[str]:
    store = open_store(app.config["SETTINGS"])
    try:
        return {r[0] for r in store.db.execute("SELECT sha256 FROM uploads").fetchall() if r[0]}
    finally:
        store.close()


def _alive(client, user) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/api/jobs", headers=bearer(user)).status_code == 200


def test_web_batch_of_bad_files_fails_each_by_name_and_keeps_the_good_one(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    files = bad_files(tmp_path)
    files["good.txt"] = RESUME_TEXT.encode()
    response = _upload(client, users["rita"], job, files)
    assert response.status_code == 200, response.get_data(as_text=True)
    by_name = {f["name"]: f for f in response.json["files"]}
    assert set(by_name) == set(files)
    for name in files:
        if name == "good.txt":
            continue
        assert by_name[name]["status"] == "failed", (name, by_name[name])
        assert name in by_name[name]["error"]
        assert "internal error" not in by_name[name]["error"]
    good = by_name["good.txt"]
    if HAVE_PARSER:
        assert good["status"] == "parsed", good
    import hashlib

    assert hashlib.sha256(files["good.txt"]).hexdigest() in _stored_shas(app)
    _alive(client, users["rita"])


def test_web_zip_with_unsafe_paths_refuses_those_members_only(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    archive = _zip(
        {
            "../escape.txt": b"x" + RESUME_TEXT.encode(),
            "/etc/absolute.txt": b"y" + RESUME_TEXT.encode(),
            "folder/ok.txt": RESUME_TEXT.encode(),
        }
    )
    response = _upload(client, users["rita"], job, {"batch.zip": archive})
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = response.json["files"]
    failed = [f for f in rows if f["status"] == "failed"]
    names = " ".join(f["name"] + " " + (f["error"] or "") for f in failed)
    assert "escape.txt" in names and "absolute.txt" in names
    assert any("ok.txt" in f["name"] and "internal" not in (f["error"] or "") for f in rows) or (
        not HAVE_PARSER
    )
    # Nothing was written outside the upload folder.
    assert not (tmp_path / "escape.txt").exists()
    assert not Path("/etc/absolute.txt").exists()
    _alive(client, users["rita"])


def test_web_zip_bomb_is_refused_by_name(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    archive = _zip({"zeros.txt": b"\0" * (20 * MB), "ok.txt": RESUME_TEXT.encode()})
    response = _upload(client, users["rita"], job, {"bomb.zip": archive})
    assert response.status_code in (200, 413), response.get_data(as_text=True)
    body = response.get_data(as_text=True)
    assert "zeros.txt" in body or "bomb.zip" in body
    if response.status_code == 200:
        zeros = [f for f in response.json["files"] if "zeros.txt" in f["name"]]
        assert zeros and zeros[0]["status"] == "failed"
    # The 20 MB of zeros was never kept.
    files_dir = tmp_path / "files"
    kept = sum(p.stat().st_size for p in files_dir.rglob("*") if p.is_file())
    assert kept < MB
    _alive(client, users["rita"])


class _CountingStream(io.RawIOBase):
    """A request body that makes its bytes on demand and counts how many were read."""

    def __init__(self, size: int):
        self.size = size
        self.pos = 0
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # the test client measures the body by seeking; that reads nothing

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = {0: offset, 1: self.pos + offset, 2: self.size + offset}[whence]
        return self.pos

    def readinto(self, buf) -> int:
        n = max(0, min(len(buf), self.size - self.pos))
        buf[:n] = b"a" * n
        self.pos += n
        self.read_bytes += n
        return n


def test_web_100mb_upload_is_refused_before_it_is_read(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    size = 100 * MB
    stream = _CountingStream(size)
    response = client.post(
        f"/api/jobs/{job}/resumes",
        input_stream=stream,
        content_type="multipart/form-data; boundary=xyz",
        headers={**bearer(users["rita"]), "Content-Length": str(size)},
    )
    assert response.status_code == 413
    assert stream.read_bytes < MB, stream.read_bytes
    assert not _stored_shas(app)
    _alive(client, users["rita"])


def test_web_one_real_100mb_body_gets_413(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    response = _upload(client, users["rita"], job, {"big.txt": b"a" * (100 * MB)})
    assert response.status_code == 413
    assert response.json["status"] == 413
    _alive(client, users["rita"])


def test_web_file_names_with_control_characters_and_300_characters(tmp_path, web):
    app, users, job = web
    client = app.test_client()
    long_name = "简" * 150 + "x" * 146 + ".pdf"
    assert len(long_name) == 300
    files = {"ctl\x07\x1bname.pdf": b"", long_name: b""}
    response = _upload(client, users["rita"], job, files)
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = response.json["files"]
    assert len(rows) == 2
    for row in rows:
        assert row["status"] == "failed" and row["error"]
        assert "internal error" not in row["error"]
    # Each error names its own file as it is shown: control characters removed, the long name
    # capped at 200 characters with its extension kept (matcher.filenames).
    by_name = {row["name"]: row for row in rows}
    assert set(by_name) == {"ctlname.pdf", long_name[:195] + "….pdf"}
    for name, row in by_name.items():
        assert name in row["error"] and "\x07" not in row["error"]
    _alive(client, users["rita"])


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_web_text_in_other_encodings_is_stored(tmp_path, web, encoding):
    app, users, job = web
    client = app.test_client()
    response = _upload(client, users["rita"], job, {"r.txt": RESUME_TEXT.encode(encoding)})
    assert response.status_code == 200
    row = response.json["files"][0]
    if HAVE_PARSER:
        assert row["status"] == "parsed", row
    else:
        assert "r.txt" in {f["name"] for f in response.json["files"]}
    assert _stored_shas(app)
