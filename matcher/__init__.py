"""Recruitment matching core: text extraction, JD and résumé parsing, verdicts, ranking, storage."""

__version__ = "0.1.0"
