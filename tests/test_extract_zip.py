"""Bulk-upload zips: members read with bounds, unsafe and nested members refused one by one."""

from __future__ import annotations

import io
import zipfile

import pytest

from matcher.errors import LimitExceededError, MatcherError, UnsupportedFormatError
from matcher.extract.zip import iter_zip_members
from matcher.settings import Settings
from tests.docgen import make_docx, make_pdf

S = Settings()


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _members(data: bytes, settings: Settings = S) -> dict[str, bytes | MatcherError]:
    return dict(iter_zip_members(data, "batch.zip", settings))


def test_members_yielded_and_clutter_skipped(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["赵一鸣 简历"]).read_bytes()
    docx = make_docx(tmp_path / "b.docx", ["钱二 简历"]).read_bytes()
    data = _zip(
        {
            "cvs/": b"",
            "cvs/a.pdf": pdf,
            "cvs/b.docx": docx,
            "cvs/孙三.txt": "孙三 客服".encode("gbk"),
            "__MACOSX/cvs/._a.pdf": b"\0\5\x16\7",
            "cvs/.DS_Store": b"\0\0\0\1Bud1",
        }
    )
    got = _members(data)
    assert sorted(got) == ["cvs/a.pdf", "cvs/b.docx", "cvs/孙三.txt"]
    assert got["cvs/a.pdf"] == pdf and got["cvs/b.docx"] == docx  # a docx is not a nested zip
    assert got["cvs/孙三.txt"] == "孙三 客服".encode("gbk")


def test_unsafe_paths_refused_per_member():
    data = _zip({"../evil.txt": b"x", "/etc/abs.txt": b"y", "ok.txt": b"fine"})
    got = _members(data)
    assert got["ok.txt"] == b"fine"
    for name in ("../evil.txt", "/etc/abs.txt"):
        assert isinstance(got[name], MatcherError)
        assert "unsafe path" in str(got[name]) and name in str(got[name])


def test_nested_zip_not_expanded():
    inner = _zip({"x.txt": b"inner"})
    got = _members(_zip({"inner.zip": inner, "renamed.txt": inner, "ok.txt": b"ok"}))
    assert got["ok.txt"] == b"ok"
    for name in ("inner.zip", "renamed.txt"):
        assert isinstance(got[name], UnsupportedFormatError)
        assert "nested archive" in str(got[name])


def test_member_count_limit():
    data = _zip({f"{i}.txt": b"cv" for i in range(6)})
    with pytest.raises(LimitExceededError, match="batch.zip: 6 files.*MATCHER_MAX_FILES"):
        _members(data, Settings(max_files=5))
    assert len(_members(data, Settings(max_files=6))) == 6


def test_total_size_limit():
    data = _zip({"a.txt": b"a" * 600_000, "b.txt": b"b" * 600_000})
    with pytest.raises(LimitExceededError, match="MATCHER_MAX_ZIP_TOTAL_MB"):
        _members(data, Settings(max_zip_total_mb=1, max_zip_ratio=10_000))


def test_member_ratio_bomb_refused_others_kept():
    data = _zip({"bomb.txt": b"\0" * (5 * 1024 * 1024), "ok.txt": b"ok"})
    got = _members(data)
    assert got["ok.txt"] == b"ok"
    assert isinstance(got["bomb.txt"], LimitExceededError)
    assert "MATCHER_MAX_ZIP_RATIO" in str(got["bomb.txt"])


def test_member_over_file_limit():
    got = _members(_zip({"big.txt": b"x" * (2 * 1024 * 1024)}, zipfile.ZIP_STORED))
    assert not isinstance(got["big.txt"], MatcherError)
    got = _members(
        _zip({"big.txt": b"x" * (2 * 1024 * 1024)}, zipfile.ZIP_STORED), Settings(max_file_mb=1)
    )
    assert isinstance(got["big.txt"], LimitExceededError)


def test_lying_header_cannot_bomb():
    """A header claiming 1,000 bytes for 8 MB of data: reading stops at 1,000 and fails the CRC."""
    real = b"\0" * (8 * 1024 * 1024)
    data = bytearray(_zip({"liar.txt": real}))
    size = len(real).to_bytes(4, "little")
    assert data.count(size) == 2  # uncompressed size in the local header and the directory
    data = bytes(data).replace(size, (1000).to_bytes(4, "little"))
    got = _members(data)
    assert isinstance(got["liar.txt"], MatcherError)
    assert "damaged archive member" in str(got["liar.txt"])


def test_gbk_member_names_decoded():
    gbk = "简历.txt".encode("gbk")
    placeholder = b"X" * (len(gbk) - 4) + b".txt"
    data = _zip({placeholder.decode(): b"cv"}).replace(placeholder, gbk)
    assert _members(data) == {"简历.txt": b"cv"}


def test_not_a_zip():
    with pytest.raises(UnsupportedFormatError, match="batch.zip: not a readable zip"):
        _members(b"plain text, not an archive")
