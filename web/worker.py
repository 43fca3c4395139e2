"""The background worker: threads that take work from the queue in the database, so uploads
and re-scoring never block a request and pending work resumes after a restart. Parsing and
scoring have a thread each: scoring one huge job does not hold up uploads to the others (the
parsing itself runs in worker processes, matcher.isolate)."""

from __future__ import annotations

import contextlib
import logging
import threading

from flask import Flask

from matcher.errors import log_failure

log = logging.getLogger(__name__)


class Worker:
    """A parsing thread and a scoring thread running queued work; `wake()` after queuing saves
    the poll delay."""

    def __init__(self, settings, poll_seconds: float = 1.0):
        from matcher.service.processing import PARSE_WORK, SCORE_WORK

        self.settings = settings
        self.poll_seconds = poll_seconds
        self._wakes = [threading.Event(), threading.Event()]
        self._stop = threading.Event()
        self.thread = threading.Thread(
            target=self._run, args=(SCORE_WORK, self._wakes[0], True), name="matcher-score"
        )
        self.parser = threading.Thread(
            target=self._run, args=(PARSE_WORK, self._wakes[1], False), name="matcher-parse"
        )
        self.thread.daemon = self.parser.daemon = True

    def start(self) -> Worker:
        """Requeue work a previous process left running (and queue every batch with a file
        still waiting), then start both threads."""
        from matcher.store import open_store

        store = open_store(self.settings)
        try:
            resumed = store.requeue_running()
        finally:
            store.close()
        if resumed:
            log.info("resuming %d unfinished work items", resumed)
        self.thread.start()
        self.parser.start()
        return self

    def wake(self) -> None:
        """Look at the queue now."""
        for event in self._wakes:
            event.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the current items and stop."""
        self._stop.set()
        self.wake()
        self.thread.join(timeout)
        self.parser.join(timeout)

    @staticmethod
    def _warm(store) -> None:
        """Load the model now, in this thread, so the first upload does not wait for it."""
        from matcher.service.processing import warm_up

        try:
            warm_up(store)
        except Exception as exc:  # a missing model is reported where it is needed, not here
            log.warning("embedding model not loaded at start: %s", exc)

    @staticmethod
    def _remove_orphans(store) -> None:
        """Files a killed process wrote but never recorded (in this thread: a big folder is
        walked without delaying the start)."""
        try:
            removed = store.remove_orphan_files()
        except Exception as exc:  # a clean-up that fails must not stop the worker
            log_failure(log, exc, "orphan file clean-up failed")
            return
        if removed:
            log.info("removed %d orphan files", removed)

    def _run(self, kinds: tuple[str, ...], wake: threading.Event, first: bool) -> None:
        from matcher.service import run_pending
        from matcher.store import open_store

        store = open_store(self.settings)
        try:
            if first:  # the scoring thread: the model is its to load
                self._remove_orphans(store)
                self._warm(store)
            while not self._stop.is_set():
                try:
                    run_pending(store, kinds)
                except Exception as exc:  # the loop must outlive a broken database moment
                    log_failure(log, exc, "worker loop failed")
                    store = self._reopened(store)
                wake.wait(self.poll_seconds)
                wake.clear()
        finally:
            store.close()

    def _reopened(self, store):
        """A new store in place of one whose database connection may be gone (PostgreSQL
        restarted: the old connection never works again); the old one while the database is
        still away (tried again after the next poll)."""
        from matcher.errors import StoreError
        from matcher.store import open_store

        try:
            fresh = open_store(self.settings)
        except StoreError:
            return store
        # a dead connection may fail to close; it is dropped either way
        with contextlib.suppress(Exception):
            store.close()
        return fresh


def start(app: Flask) -> Worker:
    """Start the app's worker and wake it after every request that may have queued work."""
    worker = Worker(app.config["SETTINGS"]).start()
    app.extensions["matcher_worker"] = worker

    @app.after_request
    def _wake(response):
        from flask import request

        if request.method not in ("GET", "HEAD", "OPTIONS"):
            worker.wake()
        return response

    return worker
