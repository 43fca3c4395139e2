"""Parsing in worker processes with a hard wall-clock and memory limit per file, so no upload can
hold the web server's interpreter or memory: a worker past either limit is killed and replaced,
and the caller gets a LimitExceededError naming the file and the limit."""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from matcher.errors import ExtractError, LimitExceededError, MatcherError
from matcher.settings import MB, Settings

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60.0


def _vm_bytes() -> int:
    """This process's virtual memory size (what RLIMIT_AS bounds)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _serve(conn: Connection, max_mb: int) -> None:
    """A worker's loop: run (func, args) requests until the pipe closes. Memory is bounded by
    RLIMIT_AS: the worker's own size with the parsers loaded plus max_mb, so an allocation past
    it fails in the worker, never in the server."""
    import matcher.parse_tasks  # noqa: F401 - loaded before the limit and the first file
    from matcher.extract.pdf import quiet_pypdf

    quiet_pypdf()

    if max_mb > 0:
        limit = _vm_bytes() + max_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send(("ready", None))  # the start-up is not counted against a file's time
    while True:
        try:
            request = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            func, args = pickle.loads(request)
            reply = ("ok", func(*args))
        except MemoryError:
            reply = ("memory", None)
        except MatcherError as exc:
            reply = ("error", exc)
        except Exception as exc:  # a parser bug fails the file; the message may quote its text
            reply = ("bug", type(exc).__name__)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory", None))
        except OSError:  # the server went away (or killed us for time): nothing to answer
            return
        if reply[0] == "memory":  # the heap may be left fragmented: start afresh
            return


class _Worker:
    """One worker process (a fresh interpreter: nothing of the server's state, threads or
    model is copied into it) and the parent's end of its socket."""

    def __init__(self, max_mb: int):
        ours, theirs = socket.socketpair()
        paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
        cmd = [sys.executable, "-m", "matcher.isolate", str(theirs.fileno()), str(max_mb)]
        self.proc = subprocess.Popen(
            cmd,
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        # A worker that cannot start (a broken install) is an error of the service, not a file's.
        if not self.conn.poll(STARTUP_SECONDS) or self.conn.recv()[0] != "ready":
            self.kill()
            raise RuntimeError(f"a parse worker did not start within {STARTUP_SECONDS} s")

    def alive(self) -> bool:
        """Whether the process is still running."""
        return self.proc.poll() is None

    def kill(self) -> None:
        """End the process now (SIGKILL: a regex in C does not answer SIGTERM)."""
        self.proc.kill()
        self.proc.wait(5)
        self.conn.close()


class ParsePool:
    """Up to `workers` processes, each running one call at a time under the limits."""

    def __init__(self, workers: int, max_seconds: float, max_mb: int):
        self.workers = max(1, int(workers))
        self.max_seconds = float(max_seconds)
        self.max_mb = int(max_mb)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.workers)
        self.killed = 0  # workers killed over a limit (the operator's figure)

    def run(self, func: Callable[..., Any], *args: Any, label: str) -> Any:
        """func(*args) in a worker; LimitExceededError naming `label` past a limit, the
        function's own MatcherError as raised, ExtractError for a bug in it."""
        with self._slots:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            if worker is None or not worker.alive():
                worker = _Worker(self.max_mb)
            reply = self._call(worker, func, args, label)
            if reply is None or reply[0] in ("time", "memory"):
                worker.kill()
            else:
                with self._lock:
                    self._idle.append(worker)
        return self._answer(reply, label)

    def _call(self, worker: _Worker, func, args, label: str) -> tuple | None:
        """The worker's reply, or None when it ran out of time or died (it is then killed)."""
        try:
            worker.conn.send((func, args))
            if worker.conn.poll(self.max_seconds):
                return worker.conn.recv()
            self.killed += 1
            log.warning("parse worker killed after %g s", self.max_seconds)
            return ("time", None)
        except (EOFError, OSError):
            self.killed += 1
            log.warning("parse worker died (exit code %s)", worker.proc.poll())
            return None

    def _answer(self, reply: tuple | None, label: str) -> Any:
        """The call's value, or the named error for the way it failed."""
        status, value = reply if reply is not None else ("died", None)
        if status == "ok":
            return value
        if status == "error":
            raise value
        if status == "time":
            raise LimitExceededError(
                f"parsing took longer than {self.max_seconds:g} s (MATCHER_MAX_PARSE_SECONDS)",
                path=label,
            )
        if status == "memory":
            raise LimitExceededError(
                f"parsing needed more than {self.max_mb} MB of memory (MATCHER_MAX_PARSE_MB)",
                path=label,
            )
        if status == "died":
            raise LimitExceededError(
                "the parsing process stopped (likely over the memory limit of "
                f"{self.max_mb} MB, MATCHER_MAX_PARSE_MB)",
                path=label,
            )
        raise ExtractError(f"could not be parsed (internal error: {value})", path=label)

    def close(self) -> None:
        """Kill every idle worker (busy ones end when their pipe closes)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


_POOLS: dict[tuple, ParsePool] = {}
_POOLS_LOCK = threading.Lock()


def pool_for(settings: Settings) -> ParsePool:
    """The process's pool for these limits (made on first use, shared by every thread)."""
    key = (settings.parse_workers, settings.max_parse_seconds, settings.max_parse_mb)
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = ParsePool(*key)
        return _POOLS[key]


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS.values()):
        pool.close()


if __name__ == "__main__":  # a worker: python -m matcher.isolate FD MAX_MB
    _serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
