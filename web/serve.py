"""Run the app on 127.0.0.1:settings.port with werkzeug's threaded server."""

from __future__ import annotations

from flask import Flask
from werkzeug.serving import run_simple


def serve(app: Flask, settings) -> None:
    """Serve until interrupted; each request gets its own thread."""
    print(f"Serving on http://{settings.host}:{settings.port}/", flush=True)
    run_simple(
        settings.host, settings.port, app, threaded=True, use_reloader=False, use_debugger=False
    )
