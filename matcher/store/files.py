"""Every uploaded original, kept on disk by sha256 under settings.upload_dir."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from matcher.errors import NotFoundError, StorageError

# The orphan clean-up (at service start) must never remove a file that an upload running in
# this or another process is about to refer to. Three rules make that so:
# - age: only files unchanged for ORPHAN_MIN_AGE_SECONDS go. A live upload refers to its files
#   within seconds of writing them (put_file, then one transaction adding the batch; a job file
#   waits at most the parse-time limit for its draft); a killed process's files wait for the
#   next start. Temp (.part) files obey the same rule, so a slow write in progress is spared.
# - reuse: age alone does not protect old content uploaded again, so put_file refreshes the
#   mtime of a file it finds already kept.
# - lock: the clean-up re-checks age and references and removes file and row inside one write
#   transaction; put_file writes its row (waiting for that lock) and then checks the file is
#   still there, writing it again if a clean-up removed it in between.
ORPHAN_MIN_AGE_SECONDS = 600


def _keep(path: Path, data: bytes) -> None:
    """Write the file under its sha, or mark an existing one as just used (its mtime)."""
    try:
        os.utime(path)  # a fresh mtime: the orphan clean-up leaves a file being reused alone
        return
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temp name of its own: two uploads of the same content at once must not collide.
    tmp = path.parent / f"{path.name}.{os.urandom(6).hex()}.part"
    tmp.write_bytes(data)
    os.replace(tmp, path)  # atomic: a crash never leaves half a file under the sha


def _keep_named(path: Path, data: bytes, name: str) -> None:
    """_keep, with a failure of the folder (not writable, full) as a StorageError naming the
    uploaded file and the reason, never the server's path."""
    try:
        _keep(path, data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise StorageError(f"could not be kept on the server ({reason})", path=name) from exc


# The columns that refer to a kept file; a file none of them names is an orphan.
_REFERENCES = (
    ("candidates", "sha256"),
    ("uploads", "sha256"),
    ("jobs", "source_sha256"),
    ("drafts", "sha256"),
)


class FilesMixin:
    """Original files on disk, indexed in the `files` table."""

    def put_file(self, name: str, data: bytes) -> str:
        """Keep the bytes (once per content) and return their sha256; StorageError names the
        file when the upload folder cannot take it (not writable, full)."""
        sha = hashlib.sha256(data).hexdigest()
        path = Path(self.settings.upload_dir) / sha[:2] / sha
        _keep_named(path, data, name)
        with self.db.conn:
            self.db["files"].insert(
                {
                    "sha256": sha,
                    "name": name,
                    "size": len(data),
                    "path": str(path),
                    "created_at": self.now(),
                },
                ignore=True,
            )
        # A clean-up in another process may have removed the file as an orphan just before our
        # row was written (it holds the write lock from its check to its removal, so this check,
        # made after our insert, sees its removal): write it again.
        if not path.exists():
            _keep_named(path, data, name)
        return sha

    def get_file(self, sha256: str) -> bytes:
        """The original bytes of a kept file."""
        rows = list(self.db["files"].rows_where("sha256 = ?", [sha256]))
        if not rows or not Path(rows[0]["path"]).exists():
            raise NotFoundError(f"file {sha256} is not kept")
        return Path(rows[0]["path"]).read_bytes()

    def file_in_use(self, sha256: str) -> bool:
        """Whether any job, candidate, draft or upload still refers to the file."""
        for table, column in _REFERENCES:
            sql = f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1"
            if self.db.execute(sql, [sha256]).fetchone():
                return True
        return False

    def delete_file(self, sha256: str) -> None:
        """Remove the original from disk and the index."""
        rows = list(self.db["files"].rows_where("sha256 = ?", [sha256]))
        for row in rows:
            Path(row["path"]).unlink(missing_ok=True)
        with self.db.conn:
            self.db.execute("DELETE FROM files WHERE sha256 = ?", [sha256])

    def remove_orphan_files(self, min_age_seconds: float = ORPHAN_MIN_AGE_SECONDS) -> int:
        """Remove kept files nothing refers to (left by a process killed mid-upload), and dead
        temp files, older than min_age_seconds: how many were removed."""
        root = Path(self.settings.upload_dir)
        if not root.is_dir():
            return 0
        cutoff = time.time() - min_age_seconds
        removed = 0
        candidates = []
        for path in root.glob("??/*"):
            try:
                old = path.stat().st_mtime < cutoff
            except FileNotFoundError:
                continue
            if not old:
                continue
            if path.name.endswith(".part"):
                # A temp file is renamed within the write that made it: an old one is a dead
                # write; the age rule still spares a slow write in progress.
                path.unlink(missing_ok=True)
                removed += 1
            elif len(path.name) == 64 and path.parent.name == path.name[:2]:
                candidates.append(path)
        if not candidates:
            return removed
        in_use = self._referenced_shas()
        for path in candidates:
            if path.name not in in_use and self._remove_if_orphan(path, cutoff):
                removed += 1
        return removed

    def _referenced_shas(self) -> set[str]:
        """Every sha256 a job, candidate, draft or upload refers to."""
        sql = " UNION ".join(f"SELECT {c} FROM {t}" for t, c in _REFERENCES)
        return {r[0] for r in self.db.execute(sql) if r[0]}

    def _remove_if_orphan(self, path: Path, cutoff: float) -> bool:
        """Check again and remove under the write lock, so no upload can refer to the file
        between the check and the removal (put_file re-writes a file removed under it)."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            sha = path.name
            try:
                fresh = path.stat().st_mtime >= cutoff  # put_file touched it since the scan
            except FileNotFoundError:
                fresh = True  # gone already
            if fresh or self.file_in_use(sha):
                conn.rollback()
                return False
            path.unlink(missing_ok=True)
            conn.execute("DELETE FROM files WHERE sha256 = ?", [sha])
            conn.commit()
            return True
        except BaseException:
            conn.rollback()
            raise
