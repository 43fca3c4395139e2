"""Bulk uploads as .zip: each member's bytes or the reason it was refused, never a zip bomb."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from matcher.errors import ExtractError, LimitExceededError, MatcherError, UnsupportedFormatError
from matcher.extract.text import CONTROLS
from matcher.settings import MB, Settings

# Below this size a high expansion ratio is harmless (a short file of spaces compresses 100x).
RATIO_FLOOR = 64 * 1024


def is_docx(zf: zipfile.ZipFile) -> bool:
    """A zip with word/document.xml is a Word document."""
    return "word/document.xml" in zf.namelist()


def member_display_name(info: zipfile.ZipInfo) -> str:
    """The member's path as its author wrote it: GBK names from Chinese Windows zips decoded."""
    name = info.filename
    if not info.flag_bits & 0x800:  # no UTF-8 flag: zipfile decoded the raw bytes as cp437
        raw = name.encode("cp437", errors="replace")
        for codec in ("utf-8", "gb18030"):
            try:
                name = raw.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    return CONTROLS.sub("", name).replace("\\", "/")


def check_member(info: zipfile.ZipInfo, settings: Settings, label: str) -> None:
    """Refuse a member whose declared size or expansion ratio is over the limits."""
    limit = settings.max_file_mb * MB
    if info.file_size > limit:
        raise LimitExceededError(
            f"unpacks to {info.file_size // MB} MB; the limit is {settings.max_file_mb} MB "
            "(MATCHER_MAX_FILE_MB)",
            path=label,
            code="too_big",
            params={"size": info.file_size // MB, "limit": settings.max_file_mb},
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and ratio > settings.max_zip_ratio:
        raise LimitExceededError(
            f"expands {ratio:.0f} times; the limit is {settings.max_zip_ratio} "
            "(MATCHER_MAX_ZIP_RATIO), a likely zip bomb",
            path=label,
            code="zip_bomb",
            params={"ratio": f"{ratio:.0f}", "limit": settings.max_zip_ratio},
        )
    if info.flag_bits & 0x1:
        raise ExtractError(
            "encrypted archive member; upload it unencrypted", path=label, code="encrypted_member"
        )


def read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, label: str) -> bytes:
    """Read a member in chunks, stopping past `limit` bytes whatever its header claims."""
    chunks, total = [], 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(64 * 1024):
                total += len(chunk)
                if total > limit:
                    raise LimitExceededError(
                        f"unpacks to more than the {limit / MB:.1f} MB its limits allow",
                        path=label,
                        code="unpacks_too_big",
                        params={"limit": f"{limit / MB:.1f}"},
                    )
                chunks.append(chunk)
    except MatcherError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, RuntimeError) as exc:
        raise ExtractError(
            f"damaged archive member: {exc}", path=label, code="damaged_member"
        ) from exc
    except MemoryError:  # the parse worker's memory limit: named there, not here
        raise
    except Exception as exc:  # zlib.error and other decompressor failures
        raise ExtractError(
            f"damaged archive member: {type(exc).__name__}", path=label, code="damaged_member"
        ) from exc
    return b"".join(chunks)


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip in `data`, or UnsupportedFormatError naming the file."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsupportedFormatError(
            f"not a readable zip archive ({exc})", path=name, code="bad_zip"
        ) from exc


def skipped_path(path: str) -> bool:
    """Folders, macOS resource forks and dotfiles (.DS_Store) are not résumés."""
    parts = [p for p in path.split("/") if p]
    return path.endswith("/") or not parts or parts[0] == "__MACOSX" or parts[-1].startswith(".")


def _unsafe(path: str) -> bool:
    """Absolute paths, drive letters and `..` parts could escape a folder if ever extracted."""
    return path.startswith("/") or bool(re.match(r"^[A-Za-z]:", path)) or ".." in path.split("/")


def iter_zip_members(
    data: bytes, name: str, settings: Settings, budget: int | None = None
) -> Iterator[tuple[str, bytes | MatcherError]]:
    """(member name, bytes) per member, or (member name, error) for a refused member. A file that
    is not a zip, or one over the member-count or total-size limits, raises before any member.
    `budget` is what is left of the total for the whole request (the earlier zips of one
    upload count against the same MATCHER_MAX_ZIP_TOTAL_MB)."""
    zf = open_zip(data, name)
    members = []
    for info in zf.infolist():
        path = member_display_name(info)
        if not skipped_path(path) and not info.is_dir():
            members.append((path, info))
    if len(members) > settings.max_files:
        raise LimitExceededError(
            f"{len(members)} files in the archive; the limit is {settings.max_files} "
            "(MATCHER_MAX_FILES)",
            path=name,
            code="too_many_files",
            params={"count": len(members), "limit": settings.max_files},
        )
    declared = sum(info.file_size for _, info in members)
    total_limit = settings.max_zip_total_mb * MB
    if budget is not None and budget < total_limit:
        total_limit = max(budget, 0)
        if declared > total_limit:
            raise LimitExceededError(
                f"unpacks to {declared // MB} MB; with the other archives of this upload that "
                f"is over the {settings.max_zip_total_mb} MB limit per upload "
                "(MATCHER_MAX_ZIP_TOTAL_MB)",
                path=name,
            )
    if declared > total_limit:
        raise LimitExceededError(
            f"unpacks to {declared // MB} MB; the limit is {settings.max_zip_total_mb} MB "
            "(MATCHER_MAX_ZIP_TOTAL_MB)",
            path=name,
            code="zip_too_big",
            params={"size": declared // MB, "limit": settings.max_zip_total_mb},
        )
    read_total = 0
    for path, info in members:
        label = f"{name}/{path}"
        try:
            if _unsafe(path):
                raise ExtractError(
                    "unsafe path in archive (absolute or '..'); skipped",
                    path=label,
                    code="unsafe_path",
                )
            if path.lower().endswith((".zip", ".7z", ".rar", ".tar", ".gz")):
                raise UnsupportedFormatError(
                    "nested archive not expanded; upload it separately",
                    path=label,
                    code="nested_archive",
                )
            check_member(info, settings, label)
            # A member cannot yield more than its header's size, nor than the total left.
            limit = min(info.file_size, settings.max_file_mb * MB, total_limit - read_total)
            content = read_bounded(zf, info, limit, label)
            read_total += len(content)
            if content.startswith(b"PK\x03\x04") and not _holds_docx(content):
                raise UnsupportedFormatError(
                    "nested archive not expanded; upload it separately",
                    path=label,
                    code="nested_archive",
                )
        except MatcherError as exc:
            yield path, exc
            continue
        yield path, content


def _holds_docx(content: bytes) -> bool:
    """Bytes of a .docx (a zip holding word/document.xml), not a nested archive."""
    try:
        return is_docx(zipfile.ZipFile(io.BytesIO(content)))
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
