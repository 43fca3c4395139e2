"""Run the app on settings.host:settings.port with waitress, a production WSGI server.

Why waitress: pure Python (a wheel, no compiler, runs wherever the service runs, Windows too),
threads rather than processes, which is what this app needs: the embedding model (hundreds of
MB) and the background worker live once in one process, and SQLite in WAL mode takes
concurrent readers. gunicorn forks a process per worker (each loading the model) and does not
run on Windows. Waitress buffers whole requests before a thread sees them, so slow clients do
not hold a worker thread; request bodies are bounded by Flask's MAX_CONTENT_LENGTH."""

from __future__ import annotations

import logging
import time

from flask import Flask

access_log = logging.getLogger("matcher.access")


class AccessLog:
    """One INFO line per request on "matcher.access": method, path, status, seconds. Never the
    query string (a pool search's ?q= may be a person's name) nor any header or body."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        started = time.monotonic()
        seen: dict = {}

        def record(status, headers, exc_info=None):
            seen["status"] = status.split(" ", 1)[0]
            return start_response(status, headers, exc_info)

        try:
            return self.app(environ, record)
        finally:
            access_log.info(
                "%s %s %s %.3fs",
                environ.get("REQUEST_METHOD"),
                environ.get("PATH_INFO"),
                seen.get("status", "-"),
                time.monotonic() - started,
            )


def server_options(settings) -> dict:
    """waitress.serve keyword arguments from the settings."""
    options = {
        "host": settings.host,
        "port": settings.port,
        "threads": settings.threads,
        "channel_timeout": settings.channel_timeout,
        "connection_limit": settings.connection_limit,
        "ident": "matcher",  # the Server header names no version
        "expose_tracebacks": False,
        # Uploads up to the app's own limit; Flask answers 413 for more, with a JSON body.
        "max_request_body_size": (settings.max_upload_mb + 1) * 1024 * 1024,
    }
    if settings.trusted_proxy:
        options.update(
            trusted_proxy=settings.trusted_proxy,
            trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-for", "x-forwarded-host"},
            clear_untrusted_proxy_headers=True,
        )
    return options


def serve(app: Flask, settings) -> None:
    """Serve until interrupted, with settings.threads worker threads."""
    import waitress

    options = server_options(settings)
    # waitress warns when every thread is busy ("Task queue depth"): kept, at WARNING.
    logging.getLogger("waitress").setLevel(logging.WARNING)
    access_log.setLevel(logging.INFO)
    if not access_log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        access_log.addHandler(handler)
        access_log.propagate = False
    print(
        f"Serving on http://{settings.host}:{settings.port}/ (waitress, "
        f"{options['threads']} threads)",
        flush=True,
    )
    waitress.serve(AccessLog(app), **options)
