"""The one table of settings: name, default, help. Environment variables (MATCHER_<NAME>) are read
only at the edge, by the CLI and the web app factory, through `from_env`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

MB = 1024 * 1024
ENGINES = ("local", "ray")


@dataclass(frozen=True)
class Settings:
    """Settings with safe defaults; each field's metadata holds its help line."""

    db: str = field(
        default="var/matcher.db",
        metadata={"help": "SQLite database file, or a postgresql:// URL"},
    )
    port: int = field(default=5000, metadata={"help": "port of the web service on 127.0.0.1"})
    host: str = field(default="127.0.0.1", metadata={"help": "address the web service binds"})
    model: str = field(
        default="default",
        metadata={"help": "embedding model: default, all-MiniLM-L6-v2 or a local folder path"},
    )
    model_dir: str = field(
        default="var/models", metadata={"help": "where built embedding models are kept"}
    )
    upload_dir: str = field(default="var/files", metadata={"help": "where uploaded files are kept"})
    max_upload_mb: int = field(default=50, metadata={"help": "largest request body, in MB"})
    max_file_mb: int = field(default=20, metadata={"help": "largest single file, in MB"})
    max_files: int = field(
        default=500, metadata={"help": "most files in one upload (zip members count)"}
    )
    max_zip_ratio: int = field(
        default=100, metadata={"help": "largest expansion ratio of a zip member"}
    )
    max_zip_total_mb: int = field(
        default=200, metadata={"help": "largest total unpacked size of the zips of one upload"}
    )
    max_pdf_pages: int = field(default=50, metadata={"help": "most pages read from one PDF"})
    max_parse_seconds: float = field(
        default=20.0,
        metadata={"help": "longest time to extract and parse one file or text (then killed)"},
    )
    max_parse_mb: int = field(
        default=512,
        metadata={"help": "most memory parsing one file may take, in MB (then killed)"},
    )
    parse_workers: int = field(
        default=2, metadata={"help": "worker processes that extract and parse uploads"}
    )
    max_text_chars: int = field(
        default=500_000,
        metadata={"help": "longest job or résumé text, in characters (longer is refused)"},
    )
    max_requirements: int = field(
        default=200, metadata={"help": "most requirements in one job (more is refused)"}
    )
    secret_key: str = field(
        default="", metadata={"help": "Flask session key; random per start if empty"}
    )
    secure_cookies: int = field(
        default=0, metadata={"help": "1 to send session cookies only over HTTPS (behind a proxy)"}
    )
    login_attempts: int = field(
        default=5, metadata={"help": "failed logins per user and address per window"}
    )
    login_window_seconds: int = field(
        default=300, metadata={"help": "rate-limit window for logins"}
    )
    token_days: int = field(
        default=90, metadata={"help": "days an API token stays valid (users token NAME)"}
    )
    threads: int = field(
        default=32, metadata={"help": "worker threads of the web server (waitress)"}
    )
    channel_timeout: int = field(
        default=120, metadata={"help": "seconds an idle or stalled connection is kept open"}
    )
    connection_limit: int = field(
        default=200, metadata={"help": "most connections the web server holds at once"}
    )
    engine: str = field(
        default="local",
        metadata={
            "help": "local, or ray: bulk ingest and pool ranking on Ray workers (RAY_ADDRESS)"
        },
    )
    trusted_proxy: str = field(
        default="",
        metadata={"help": "address of the TLS proxy whose X-Forwarded-* headers are believed"},
    )
    db_pool: int = field(
        default=10,
        metadata={
            "help": "on PostgreSQL, connections the web service keeps open and shares among its "
            "requests (0: one connection per request)"
        },
    )
    pool_index: int = field(
        default=0,
        metadata={
            "help": "1: on PostgreSQL, cut a pool ranking first to the documents nearest the "
            "job by cosine, computed in the database (faster, keeps fewer of the full scan's "
            "choices; docs/scaling.md)"
        },
    )

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"MATCHER_ENGINE={self.engine!r} is not one of {', '.join(ENGINES)}")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> Settings:
        """Read MATCHER_<NAME> variables over the defaults, then keyword overrides."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(f"MATCHER_{f.name.upper()}")
            if raw is None:
                continue
            kind = type(f.default)
            try:
                values[f.name] = kind(raw)
            except ValueError as exc:
                raise ValueError(
                    f"MATCHER_{f.name.upper()}={raw!r} is not a valid {kind.__name__}"
                ) from exc
        values.update(overrides)
        return cls(**values)


def describe() -> list[tuple[str, object, str]]:
    """(variable, default, help) for every setting, for --help and the README."""
    return [(f"MATCHER_{f.name.upper()}", f.default, f.metadata["help"]) for f in fields(Settings)]
