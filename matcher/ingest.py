"""Bulk ingest of a folder or a zip of résumés into the talent pool (`python -m matcher ingest`).

Every file is first kept (by sha256) and recorded as a queued upload, so nothing is lost whatever
happens next; then the files are parsed (the uploads' parse path and limits) and their texts
embedded, in this process (engine "local") or as a Ray Data pipeline (engine "ray",
matcher.ray_engine); the results are written into the store by this process in upload order, so
both engines keep the same candidates and the same duplicates. A file that fails keeps its error;
a file whose result never came back is failed by name, never left queued."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from matcher.errors import MatcherError, NotFoundError, StorageError
from matcher.filenames import clean_name
from matcher.service import processing
from matcher.settings import MB, Settings
from matcher.store import Store

log = logging.getLogger(__name__)

KEEP_CHUNK = 1000  # files kept and recorded per upload batch
BATCH_SIZE = 16  # résumés per parse+embed call (one Ray Data batch)
LOST = "no result came back from the worker parsing it ({reason}); ingest it again"


def source_files(
    path: str | Path, settings: Settings
) -> Iterator[tuple[str, bytes | MatcherError]]:
    """(name, bytes) per résumé under a folder (recursively, sorted, names relative to it) or
    in a zip; (name, the error) for a file refused (too big, a zip member refused)."""
    from matcher.extract.zip import iter_zip_members, skipped_path

    source = Path(path)
    limit = settings.max_file_mb * MB
    if source.is_dir():
        for file in sorted(p for p in source.rglob("*") if p.is_file()):
            name = file.relative_to(source).as_posix()
            if skipped_path(name):
                continue
            if file.stat().st_size > limit:
                yield name, _too_big(name, file.stat().st_size, settings)
                continue
            yield clean_name(name), file.read_bytes()
    elif source.is_file():
        # A bulk zip is not one web upload: the file-count limit of an upload does not apply,
        # the zip-bomb limits (ratio, total unpacked size) do.
        bulk = dataclasses.replace(settings, max_files=10**9)
        # (the zip reader refuses a member over MATCHER_MAX_FILE_MB itself, by name)
        for member, content in iter_zip_members(source.read_bytes(), source.name, bulk):
            yield clean_name(member), content
    else:
        raise NotFoundError(f"{path}: no such folder or zip file")


def _too_big(name: str, size: int, settings: Settings) -> MatcherError:
    from matcher.errors import LimitExceededError

    return LimitExceededError(
        f"{size // MB} MB is over the {settings.max_file_mb} MB limit (MATCHER_MAX_FILE_MB)",
        path=name,
    )


def keep_files(store: Store, files: Iterable[tuple[str, bytes | MatcherError]]) -> list[str]:
    """Keep every file and record it as a queued upload into the pool (refused ones as failed
    with the reason), KEEP_CHUNK per batch: the batch ids."""
    batches: list[str] = []
    entries: list[tuple] = []
    for name, content in files:
        if isinstance(content, MatcherError):
            entries.append((name, None, str(content), content.coded()))
        else:
            try:
                entries.append((name, store.put_file(name, content), None))
            except StorageError as exc:
                entries.append((name, None, str(exc), exc.coded()))
        if len(entries) == KEEP_CHUNK:
            batches.append(store.add_batch(None, None, entries))
            entries = []
    if entries:
        batches.append(store.add_batch(None, None, entries))
    return batches


class ParseEmbed:
    """Parse and embed a batch of uploads: what one Ray actor holds (the embedding model, a
    store handle to read the kept files, a parse worker under the limits), and what the local
    engine calls in this process. Rows in, one result row per upload out, in order."""

    def __init__(self, settings: Settings, model: str, node: str = "local"):
        from models import load_model

        self.settings = settings
        self.embedder = load_model(model, settings.model_dir)
        self.node = node
        self._store: tuple[int, Store] | None = None

    @property
    def store(self) -> Store:
        """A store handle opened by the calling thread (a Ray actor may call from another
        thread than the one that made it, and a SQLite handle stays with its thread)."""
        from matcher.store import open_store

        if self._store is None or self._store[0] != threading.get_ident():
            self.close()
            self._store = (threading.get_ident(), open_store(self.settings))
        return self._store[1]

    def close(self) -> None:
        """Close the store handle, if one is open."""
        if self._store is not None:
            try:
                self._store[1].close()
            except Exception:  # a handle of another thread: dropped with it
                log.debug("store handle of another thread left to close itself")
            self._store = None

    def __call__(self, batch: dict) -> dict:
        """{"upload_id", "sha256", "name"} columns in; upload_id, error, error_code, text,
        profile (JSON), shas (JSON), vectors (float32 bytes), node out."""
        out: dict[str, list] = {k: [] for k in RESULT_COLUMNS}
        parsed: list[tuple[int, list[str]]] = []
        for i, (upload_id, sha, name) in enumerate(
            zip(batch["upload_id"], batch["sha256"], batch["name"], strict=True)
        ):
            text, profile, error, code = "", None, "", ""
            try:
                text, profile = processing.parse_file(self.settings, self.store.get_file(sha), name)
                parsed.append((i, processing.warm_texts(profile)))
            except Exception as exc:  # the file fails with its reason, the batch goes on
                error, coded = processing.parse_failure(exc)
                code = json.dumps(coded) if coded else ""
            out["upload_id"].append(int(upload_id))
            out["error"].append(error)
            out["error_code"].append(code)
            out["text"].append(text)
            out["profile"].append(json.dumps(profile, ensure_ascii=False) if profile else "")
            out["shas"].append("[]")
            out["vectors"].append(b"")
            out["node"].append(self.node)
        self._embed(parsed, out)
        return out

    def _embed(self, parsed: list[tuple[int, list[str]]], out: dict[str, list]) -> None:
        """The vectors of every parsed résumé's texts, in one encode call per batch."""
        from matcher.embed_cache import text_sha

        distinct = list(dict.fromkeys(t for _, texts in parsed for t in texts))
        if not distinct:
            return
        vectors = np.asarray(self.embedder.encode(distinct), dtype="<f4")
        index = {t: k for k, t in enumerate(distinct)}
        for i, texts in parsed:
            mine = list(dict.fromkeys(texts))
            out["shas"][i] = json.dumps([text_sha(t) for t in mine])
            out["vectors"][i] = vectors[[index[t] for t in mine]].tobytes()


RESULT_COLUMNS = ("upload_id", "error", "error_code", "text", "profile", "shas", "vectors", "node")


def local_results(
    settings: Settings, model: str, rows: list[dict], batch_size: int = BATCH_SIZE
) -> Iterator[dict]:
    """The local engine: ParseEmbed over the rows in this process, a batch at a time."""
    worker = ParseEmbed(settings, model)
    try:
        for start in range(0, len(rows), batch_size):
            chunk = rows[start : start + batch_size]
            yield worker({k: [r[k] for r in chunk] for k in ("upload_id", "sha256", "name")})
    finally:
        worker.close()


def portable(settings: Settings) -> Settings:
    """The settings with every local path made absolute: a worker elsewhere (another process,
    another node mounting the same folders) reads the same database, files and model."""
    changes = {
        key: str(Path(getattr(settings, key)).resolve())
        for key in ("upload_dir", "model_dir")
        if getattr(settings, key)
    }
    if "://" not in settings.db:
        changes["db"] = str(Path(settings.db).resolve())
    return dataclasses.replace(settings, **changes)


def ingest(
    store: Store,
    source: str | Path,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> dict:
    """Keep, parse and embed every résumé of a folder or zip into the pool: {"parsed",
    "duplicate", "failed", "failures": [{"file", "error"}], "engine", "workers", "nodes"}."""
    if engine == "ray":  # an unreachable cluster is said before anything is kept
        from matcher import ray_engine

        ray_engine.connect(address)
    batches = keep_files(store, source_files(source, store.settings))
    uploads = [u for b in batches for u in store.batch_uploads(b)]
    rows = [
        {"upload_id": u["id"], "sha256": u["sha256"], "name": u["name"]}
        for u in uploads
        if u["status"] == "queued" and store.claim_upload(u["id"])
    ]
    by_id = {u["id"]: u for u in uploads}
    settings, model = portable(store.settings), processing.current_model(store)
    if Path(model).exists():  # a model folder: the same one wherever a worker starts
        model = str(Path(model).resolve())
    nodes: set[str] = set()
    if engine == "ray":
        results, used = ray_engine.parse_embed(settings, model, rows, address, workers, batch_size)
    else:
        results, used = local_results(settings, model, rows, batch_size), 1
    done: set[int] = set()
    reason = "the engine stopped early"
    try:
        _record(store, results, by_id, done, nodes)
    except MatcherError as exc:  # the engine gave up: what it did not return is failed below
        reason = str(exc)
    except Exception as exc:  # a bug or an engine error: the same, with its type only
        log.error("ingest stopped: %s", type(exc).__name__)
        reason = f"internal error: {type(exc).__name__}"
    for row in rows:
        if row["upload_id"] not in done:
            store.set_upload(row["upload_id"], status="failed", error=LOST.format(reason=reason))
    summary = _summary(store, batches)
    store.audit(
        "ingest",
        "cli",
        f"{len(uploads)} files",
        f"engine {engine}: {summary['parsed']} parsed, {summary['duplicate']} duplicate, "
        f"{summary['failed']} failed",
    )
    return {**summary, "engine": engine, "workers": used, "nodes": len(nodes)}


def _record(store: Store, results: Iterable[dict], by_id: dict, done: set, nodes: set) -> None:
    """Write each batch of results into the store in upload order: candidates (or duplicates,
    by the pool's rules), vectors, failures with their reason."""
    known = store.candidate_heads(None)
    table, model_id = store.vectors(), processing.model_id(store)
    for batch in results:
        new: dict[str, np.ndarray] = {}
        dim = 0
        for k, upload_id in enumerate(batch["upload_id"]):
            upload = by_id[int(upload_id)]
            nodes.add(str(batch["node"][k]))
            if batch["error"][k]:
                code = json.loads(batch["error_code"][k]) if batch["error_code"][k] else None
                store.set_upload(
                    upload["id"], status="failed", error=batch["error"][k], error_code=code
                )
            else:
                profile = json.loads(batch["profile"][k])
                status = processing.record_parsed(
                    store, None, upload, batch["text"][k], profile, known
                )
                if status == "parsed":
                    shas = json.loads(batch["shas"][k])
                    vecs = np.frombuffer(batch["vectors"][k], dtype="<f4").reshape(len(shas), -1)
                    new.update(zip(shas, vecs, strict=True))
                    dim = vecs.shape[1]
            done.add(int(upload_id))
        if new:
            table.put(model_id, dim, new)


def _summary(store: Store, batches: list[str]) -> dict:
    """Counts by status over the batches, and each failed file with its error (the store's
    word, so a count is what a recruiter then sees on the pool's upload pages)."""
    counts = {"parsed": 0, "duplicate": 0, "failed": 0}
    failures = []
    for batch in batches:
        for u in store.batch_uploads(batch):
            counts[u["status"]] = counts.get(u["status"], 0) + 1
            if u["status"] == "failed":
                failures.append({"file": u["name"], "error": u["error"]})
    return {**counts, "failures": failures}
