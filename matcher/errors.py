"""Named errors of the core. The CLI prints each as one line and exits 2; the web layer answers
with a status and the same message."""

import traceback


class MatcherError(Exception):
    """Base of every error the project raises on purpose. Besides the English message it may
    carry a `code` and `params` that the edge renders in the reader's language (catalog key
    "<family>.<code>"); the message stays what logs and the CLI print."""

    family = "error"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        code: str | None = None,
        params: dict | None = None,
    ):
        self.path = path
        self.code, self.params = code, dict(params or {})
        super().__init__(f"{path}: {message}" if path else message)

    def coded(self) -> dict | None:
        """{"key": "<family>.<code>", "params"} when the error has a code, else None."""
        return {"key": f"{self.family}.{self.code}", "params": self.params} if self.code else None


class ExtractError(MatcherError):
    """A file's text could not be extracted."""

    family = "file"


class EmptyTextError(ExtractError):
    """The file holds no text."""


class UnsupportedFormatError(ExtractError):
    """The file's content is not a format we read."""


class NoTextLayerError(ExtractError):
    """A PDF with pages but no text layer (a scan)."""


class EncryptedFileError(ExtractError):
    """The file is encrypted."""


class LimitExceededError(MatcherError):
    """A size, page, count or ratio limit was exceeded."""

    family = "file"


class ParseError(MatcherError):
    """Text was read but could not be parsed."""


class ModelError(MatcherError):
    """An embedding model could not be found, built or loaded."""


class ModelNotFoundError(ModelError):
    """The model path or name does not exist."""


class EngineError(MatcherError):
    """The Ray cluster asked for could not be reached or lost the work (MATCHER_ENGINE=ray)."""


class StoreError(MatcherError):
    """The database could not do what was asked."""


class StorageError(StoreError):
    """A file could not be written to or read from the upload folder (a server fault: 503)."""


class NotFoundError(StoreError):
    """A row that was asked for does not exist (or is not visible to the caller)."""


class PermissionDeniedError(MatcherError):
    """The caller's role may not do this (the web layer answers 403)."""


class BadRequest(MatcherError, ValueError):
    """The request's input is wrong in a way its sender can fix (the web layer answers 400 with
    this message). Only this says so: any other ValueError is a bug and answers 500 unexplained."""


def log_failure(log, exc: BaseException, message: str, *args) -> None:
    """Log an unexpected exception as its type and traceback, never its message: a message may
    quote stored data (sqlite3 quotes a column it cannot decode, a parser its input), and
    résumé text, names, e-mails and phones must never reach a log."""
    where = "".join(traceback.format_tb(exc.__traceback__))
    log.error(message + ": %s\n%s", *args, type(exc).__name__, where.rstrip("\n"))


class CodedError(MatcherError):
    """An error whose English line comes from its code (`english`), so it is raised with the
    code and parameters alone."""

    english: dict[str, str] = {}

    def __init__(self, code: str, *, path: str | None = None, **params: object):
        text = self.english.get(code, code)
        message = text.format(**params) if params else text
        super().__init__(message, path=path, code=code, params=params)


class PasswordError(CodedError, ValueError):
    """A password change or login was refused; the code says why."""

    family = "password"
    english = {
        "too_short": "the password must be at least {min} characters",
        "mismatch": "the two new passwords differ",
        "wrong_current": "the current password is wrong",
        "unchanged": "the new password is the same as the current one",
    }


class ConflictError(MatcherError):
    """The request does not fit the row's state: a closed job, an ambiguous candidate (409)."""
