"""One error handler: a JSON body {"error", "status"} on /api/ paths, the error page otherwise."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from matcher.errors import (
    ConflictError,
    LimitExceededError,
    MatcherError,
    NotFoundError,
    PermissionDeniedError,
    StorageError,
    log_failure,
)

log = logging.getLogger(__name__)


def status_of(exc: Exception) -> int:
    """The HTTP status an exception stands for."""
    if isinstance(exc, HTTPException):
        return exc.code or 500
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, PermissionDeniedError):
        return 403
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, LimitExceededError):
        return 413
    if isinstance(exc, StorageError):
        return 503
    if isinstance(exc, MatcherError):  # BadRequest and the file errors: the sender can fix them
        return 400
    return 500


def message_of(exc: Exception, status: int) -> str:
    """A message fit to show: never a traceback, never internals of a 500."""
    if status == 500:
        return "internal server error"
    if isinstance(exc, HTTPException):
        return exc.description or exc.name
    if isinstance(exc, MatcherError) and exc.code:
        from web.messages import say_error  # in the reader's language (?lang=, Accept-Language)

        return say_error(exc)
    return str(exc)


def respond(exc: Exception):
    """The response for an exception on this request's path."""
    status = status_of(exc)
    if status == 500:
        log_failure(log, exc, "unhandled error on %s %s", request.method, request.path)
    message = message_of(exc, status)
    if request.path.startswith("/api/"):
        body = {"error": message, "status": status}
        if isinstance(exc, MatcherError) and exc.code:  # what a program checks, in any language
            body.update(code=exc.coded()["key"], params=exc.params)
        response = jsonify(body)
        response.status_code = status
        if status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response
    try:
        return render_template("error.html", code=status, message=message), status
    except Exception:  # the error page itself failed: plain text rather than a second error
        log.exception("error page failed")
        return f"{status}: {message}", status, {"Content-Type": "text/plain; charset=utf-8"}


def init_app(app: Flask) -> None:
    """Route every exception through `respond`."""
    app.register_error_handler(HTTPException, respond)
    app.register_error_handler(MatcherError, respond)
    app.register_error_handler(Exception, respond)
