"""Every uploaded original, kept on disk by sha256 under settings.upload_dir."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from matcher.errors import NotFoundError


class FilesMixin:
    """Original files on disk, indexed in the `files` table."""

    def put_file(self, name: str, data: bytes) -> str:
        """Keep the bytes (once per content) and return their sha256."""
        sha = hashlib.sha256(data).hexdigest()
        folder = Path(self.settings.upload_dir) / sha[:2]
        path = folder / sha
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            # A temp name of its own: two uploads of the same content at once must not collide.
            tmp = folder / f"{sha}.{os.urandom(6).hex()}.part"
            tmp.write_bytes(data)
            os.replace(tmp, path)  # atomic: a crash never leaves half a file under the sha
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
        return sha

    def get_file(self, sha256: str) -> bytes:
        """The original bytes of a kept file."""
        rows = list(self.db["files"].rows_where("sha256 = ?", [sha256]))
        if not rows or not Path(rows[0]["path"]).exists():
            raise NotFoundError(f"file {sha256} is not kept")
        return Path(rows[0]["path"]).read_bytes()

    def file_in_use(self, sha256: str) -> bool:
        """Whether any job, candidate, draft or upload still refers to the file."""
        for table, column in (
            ("candidates", "sha256"),
            ("uploads", "sha256"),
            ("jobs", "source_sha256"),
            ("drafts", "sha256"),
        ):
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
