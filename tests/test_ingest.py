"""Bulk ingest with the local engine: a zip gives what its folder gives, a file over the size
limit fails by name and the rest goes on, a second ingest of the same files is all duplicates."""

from __future__ import annotations

import dataclasses
import zipfile

import pytest

from matcher.ingest import ingest
from matcher.store import open_store
from tests.ray_support import settings_for, write_resumes

pytestmark = pytest.mark.slow  # the real embedding model


def test_a_zip_ingests_like_its_folder_and_again_is_all_duplicates(tmp_path, model_dir):
    folder = write_resumes(tmp_path / "cvs", 6)
    (folder / "huge.txt").write_text("王大文（虚构）\n" + "客服经验。" * 250_000, encoding="utf-8")
    archive = tmp_path / "cvs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, path.relative_to(folder).as_posix())
    answers = {}
    for source in (folder, archive):
        settings = dataclasses.replace(
            settings_for(tmp_path, model_dir, source.name), max_file_mb=1
        )
        store = open_store(settings)
        answers[source.name] = ingest(store, source, "local")
        if source == archive:
            again = ingest(store, archive, "local")
        store.close()
    by_folder, by_zip = answers["cvs"], answers["cvs.zip"]
    assert (by_folder["parsed"], by_folder["duplicate"], by_folder["failed"]) == (8, 1, 3)
    assert {f["file"] for f in by_folder["failures"]} == {"empty.txt", "broken.pdf", "huge.txt"}
    huge = next(f["error"] for f in by_folder["failures"] if f["file"] == "huge.txt")
    assert huge == "huge.txt: 3 MB is over the 1 MB limit (MATCHER_MAX_FILE_MB)"
    assert {k: by_zip[k] for k in ("parsed", "duplicate", "failed")} == {
        k: by_folder[k] for k in ("parsed", "duplicate", "failed")
    }
    zipped = {f["file"]: f["error"] for f in by_zip["failures"]}
    assert set(zipped) == {"empty.txt", "broken.pdf", "huge.txt"}
    assert (
        zipped["huge.txt"]
        == "cvs.zip/huge.txt: unpacks to 3 MB; the limit is 1 MB (MATCHER_MAX_FILE_MB)"
    )
    # the same files once more: every good one is a duplicate, nothing is added
    assert (again["parsed"], again["duplicate"], again["failed"]) == (0, 9, 3)
