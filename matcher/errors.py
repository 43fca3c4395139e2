"""Named errors of the core. The CLI prints each as one line and exits 2; the web layer answers
with a status and the same message."""


class MatcherError(Exception):
    """Base of every error the project raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ExtractError(MatcherError):
    """A file's text could not be extracted."""


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


class ParseError(MatcherError):
    """Text was read but could not be parsed."""


class ModelError(MatcherError):
    """An embedding model could not be found, built or loaded."""


class ModelNotFoundError(ModelError):
    """The model path or name does not exist."""


class StoreError(MatcherError):
    """The database could not do what was asked."""


class NotFoundError(StoreError):
    """A row that was asked for does not exist (or is not visible to the caller)."""


class PermissionDeniedError(MatcherError):
    """The caller's role may not do this (the web layer answers 403)."""


class ConflictError(MatcherError):
    """The request does not fit the row's state: a closed job, an ambiguous candidate (409)."""
