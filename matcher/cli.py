"""`python -m matcher`: every command prints JSON to stdout, errors as one line on stderr, and exits
0 on success, 2 on bad input, 1 on an internal error (never a traceback). Slow imports (models,
web) happen inside the commands that need them."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from matcher.core import ROLES
from matcher.errors import MatcherError
from matcher.settings import Settings, describe

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


def _dump(obj: object) -> None:
    """Print JSON deterministically (same input, same bytes)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def cmd_parse_jd(args: argparse.Namespace, settings: Settings) -> int:
    """Print the postings of a JD file."""
    from matcher.extract import extract_file

    text = extract_file(args.path, settings)  # file errors first, before the parser is loaded
    from matcher.jd import parse_jd

    _dump({"postings": parse_jd(text)})
    return EXIT_OK


def _one_line(text: str) -> str:
    """Control characters (e.g. a newline in a file name) escaped: the error stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def cmd_parse_resume(args: argparse.Namespace, settings: Settings) -> int:
    """Print the profile of one résumé file."""
    from matcher.extract import extract_file

    text = extract_file(args.path, settings)  # file errors first, before the parser is loaded
    from matcher.resume import parse_resume

    _dump(parse_resume(text))
    return EXIT_OK


def cmd_shortlist(args: argparse.Namespace, settings: Settings) -> int:
    """Rank every résumé file in a folder against the first posting of a job file."""
    from matcher.shortlist import shortlist_folder

    result = shortlist_folder(
        args.job,
        args.resumes,
        model=args.model or settings.model,
        top=args.top,
        settings=settings,
        order=args.order,
    )
    if not result["job"]["requirements"]:
        # Nothing stands in for them: say so rather than rank on nothing in silence.
        print(
            f"shortlist: {args.job}: no requirement was found in the posting; no candidate is "
            "judged (score 0) until they are marked",
            file=sys.stderr,
        )
    _dump(result)
    return EXIT_OK


def cmd_build_model(args: argparse.Namespace, settings: Settings) -> int:
    """Build the default embedding model into the model folder."""
    from models.build import build_default_model

    path = build_default_model(
        args.out or settings.model_dir,
        force=args.force,
        progress=lambda msg: print(msg, file=sys.stderr, flush=True),
    )
    _dump({"model": str(path)})
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Start the web service on settings.host:settings.port."""
    from web import create_app
    from web.serve import serve

    app = create_app({"SETTINGS": settings})
    _model_ready(settings)
    serve(app, settings)
    return EXIT_OK


def _model_ready(settings: Settings) -> None:
    """Load the embedding model (and jieba, the parsers) before the port opens; the worker
    thread may be loading it already, and this waits for that. Otherwise the first requests after
    a start wait ~4 s for it, the whole p95 of shortlist reads under load. A
    missing model does not stop the service; it is reported where it is needed."""
    from matcher.service.processing import warm_up
    from matcher.store import open_store

    store = open_store(settings)
    try:
        print("Loading the embedding model...", flush=True)
        warm_up(store)
    except Exception as exc:  # noqa: BLE001 - reported, the service still starts
        print(f"embedding model not loaded at start: {type(exc).__name__}", flush=True)
    finally:
        store.close()


def cmd_init_db(args: argparse.Namespace, settings: Settings) -> int:
    """Create or migrate the database."""
    from matcher.store import is_postgres_url, open_store

    store = open_store(settings)
    if is_postgres_url(settings.db):
        from matcher.store.postgres import describe

        where = describe(settings.db)  # never the password
    else:
        where = str(Path(settings.db).resolve())
    _dump({"db": where, "schema_version": store.schema_version()})
    return EXIT_OK


def cmd_postgres(args: argparse.Namespace, settings: Settings) -> int:
    """Start or stop the local development PostgreSQL; start prints its MATCHER_DB URL last."""
    from matcher import pgserver

    folder = Path(args.dir)
    if args.action == "stop":
        stopped = pgserver.stop(folder)
        print(f"PostgreSQL under {folder} {'stopped' if stopped else 'was not running'}")
        return EXIT_OK
    url = pgserver.start(folder, port=args.port)
    print(f"PostgreSQL with pgvector is running under {folder} on 127.0.0.1; use:")
    print(f"MATCHER_DB={url}")
    return EXIT_OK


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    """Manage users: add, token, tokens, revoke, list, role, passwd, remove."""
    from matcher.store import open_store

    store = open_store(settings)
    if args.action == "add":
        password = sys.stdin.readline().rstrip("\n")
        if len(password) < 8:
            raise MatcherError("password must be at least 8 characters (read from stdin)")
        _dump(store.add_user(args.name, args.role, password))
    elif args.action == "token":
        token = store.create_token(args.name, args.days)
        tokens = store.list_tokens(args.name)
        others = [t["id"] for t in tokens[:-1] if not t["expired"]]
        _dump(
            {
                "user": args.name,
                "token": token,
                "id": tokens[-1]["id"],
                "expires_at": tokens[-1]["expires_at"],
                "other_active_tokens": others,
            }
        )
        if others:  # an old token is never kept without the operator knowing
            print(
                f"note: {args.name} holds {len(others)} other active token(s) {others}; "
                f"revoke with: python -m matcher users revoke {args.name} [ID]",
                file=sys.stderr,
            )
    elif args.action == "tokens":
        _dump({"user": args.name, "tokens": store.list_tokens(args.name)})
    elif args.action == "revoke":
        _dump({"user": args.name, "revoked": store.revoke_tokens(args.name, args.token_id)})
    elif args.action == "list":
        _dump({"users": store.list_users()})
    elif args.action == "role":
        _dump(store.set_role(args.name, args.role))
    elif args.action == "passwd":
        from matcher.service.accounts import check_new_password

        password = sys.stdin.readline().rstrip("\n")
        check_new_password(password)
        store.get_user(args.name)  # NotFoundError names a user that does not exist
        store.set_password(args.name, password)
        store.audit("password_reset", "cli", f"user {store.get_user(args.name)['id']}")
        _dump({"user": args.name, "password": "changed"})
    elif args.action == "remove":
        store.remove_user(args.name)
        _dump({"removed": args.name})
    return EXIT_OK


def cmd_uploads(args: argparse.Namespace, settings: Settings) -> int:
    """Operator's view of uploads: list the unfinished ones, fail a stuck one by id."""
    from matcher.errors import NotFoundError
    from matcher.store import open_store

    store = open_store(settings)
    try:
        if args.action == "list":
            _dump({"uploads": store.unfinished_uploads()})
            return EXIT_OK
        if not store.fail_upload(
            args.id, "stopped by an operator (python -m matcher uploads fail)"
        ):
            raise NotFoundError(f"upload {args.id} is not queued or being parsed")
        _dump({"failed": args.id})
        return EXIT_OK
    finally:
        store.close()


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Keep, parse and embed a folder or zip of résumés into the talent pool."""
    from matcher.ingest import ingest
    from matcher.store import open_store

    engine = args.engine or settings.engine
    store = open_store(settings)
    try:
        _dump(ingest(store, args.path, engine, args.address, args.workers))
        return EXIT_OK
    finally:
        store.close()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with a help line for every command."""
    env_help = "\n".join(
        f"  {name:<28} {help_} (default: {default!r})" for name, default, help_ in describe()
    )
    parser = argparse.ArgumentParser(
        prog="python -m matcher",
        description="Match résumés against job descriptions. Output is JSON on stdout.",
        epilog="environment:\n" + env_help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse-jd", help="parse a job-description file into postings and requirements"
    )
    p.add_argument("path", help="a .txt, .docx, .pdf or .html file; may hold several postings")
    p.set_defaults(func=cmd_parse_jd)

    p = sub.add_parser("parse-resume", help="parse one résumé file into a candidate profile")
    p.add_argument("path", help="a .txt, .docx, .pdf or .html résumé")
    p.set_defaults(func=cmd_parse_resume)

    p = sub.add_parser("shortlist", help="rank the résumés in a folder against a job (no database)")
    p.add_argument("--job", required=True, help="job-description file; its first posting is used")
    p.add_argument("--resumes", required=True, help="folder of résumé files (not recursive)")
    p.add_argument("--top", type=int, default=None, help="print only the N best candidates")
    p.add_argument("--model", default=None, help="default, all-MiniLM-L6-v2 or a model folder path")
    p.add_argument(
        "--order",
        choices=("learned", "verdict"),
        default="learned",
        help="learned: the shipped ranker's order (as the service); verdict: the verdict score's",
    )
    p.set_defaults(func=cmd_shortlist)

    p = sub.add_parser("build-model", help="build the default multilingual embedding model")
    p.add_argument("--out", default=None, help="model folder (default: MATCHER_MODEL_DIR)")
    p.add_argument("--force", action="store_true", help="rebuild even if it exists")
    p.set_defaults(func=cmd_build_model)

    p = sub.add_parser("serve", help="start the web service on 127.0.0.1:MATCHER_PORT")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("init-db", help="create or migrate the database (MATCHER_DB)")
    p.set_defaults(func=cmd_init_db)

    p = sub.add_parser("postgres", help="start or stop a local PostgreSQL with pgvector (dev)")
    p.add_argument("action", choices=("start", "stop"))
    p.add_argument("--dir", default="var/postgres", help="its data folder (default var/postgres)")
    p.add_argument("--port", type=int, default=54329, help="port on 127.0.0.1 (first start)")
    p.set_defaults(func=cmd_postgres)

    p = sub.add_parser("users", help="manage user accounts and API tokens")
    usub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    u = usub.add_parser("add", help="add a user; the password is read from stdin")
    u.add_argument("name")
    u.add_argument("--role", required=True, choices=ROLES)
    u = usub.add_parser("token", help="print a new API bearer token for a user")
    u.add_argument("name")
    u.add_argument(
        "--days", type=int, default=None, help="days it stays valid (default MATCHER_TOKEN_DAYS)"
    )
    u = usub.add_parser("tokens", help="list a user's API tokens (id, created, expires, last use)")
    u.add_argument("name")
    u = usub.add_parser("revoke", help="revoke one API token of a user by id, or all of them")
    u.add_argument("name")
    u.add_argument("token_id", nargs="?", type=int, default=None, metavar="TOKEN_ID")
    usub.add_parser("list", help="list users and roles")
    u = usub.add_parser("role", help="change a user's role")
    u.add_argument("name")
    u.add_argument("--role", required=True, choices=ROLES)
    u = usub.add_parser("passwd", help="set a user's password, read from stdin")
    u.add_argument("name")
    u = usub.add_parser("remove", help="remove a user and their tokens")
    u.add_argument("name")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("uploads", help="list unfinished uploads or fail a stuck one")
    usub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    usub.add_parser("list", help="uploads queued or being parsed, oldest first")
    u = usub.add_parser("fail", help="mark a queued or stuck upload failed (by its id)")
    u.add_argument("id", type=int)
    p.set_defaults(func=cmd_uploads)

    p = sub.add_parser(
        "ingest", help="parse and embed a folder or zip of résumés into the talent pool"
    )
    p.add_argument("path", help="a folder (read recursively) or a .zip of résumé files")
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default=None,
        help="local: this process; ray: a Ray Data pipeline (default: MATCHER_ENGINE)",
    )
    p.add_argument(
        "--address", default=None, help="Ray cluster address (default: RAY_ADDRESS, else local)"
    )
    p.add_argument(
        "--workers", type=int, default=None, help="Ray actors (default: the cluster's CPUs)"
    )
    p.set_defaults(func=cmd_ingest)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; named errors become one line on stderr and exit 2, anything unexpected
    one line (command and file, no traceback) and exit 1."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from matcher.extract.pdf import quiet_pypdf

    quiet_pypdf()
    try:
        settings = Settings.from_env()
        return args.func(args, settings)
    except MatcherError as exc:
        print(f"error: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:  # bad settings or arguments named by the code that checked them
        print(f"error: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: still one line, never a traceback
        # Only the exception's type: its message may quote the file's text (personal data).
        print(
            f"error: {_what(args)}: internal error ({type(exc).__name__}); please report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _what(args: argparse.Namespace) -> str:
    """The command and the files it was given, for the one-line internal error."""
    names = [args.command] + [
        str(getattr(args, key)) for key in ("path", "job", "resumes") if getattr(args, key, None)
    ]
    if getattr(args, "action", None):
        names.insert(1, args.action)
    return _one_line(" ".join(names))
