"""The command line: help for every command, and bad input as one stderr line with exit 2."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matcher.cli import build_parser, main
from tests.docgen import make_pdf

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m matcher ...` in a fresh process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "matcher", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


COMMANDS = sorted(_subcommands(build_parser()))


def test_help_lists_every_command():
    result = _run("--help")
    assert result.returncode == 0
    assert set(COMMANDS) >= {"parse-jd", "parse-resume", "shortlist", "serve", "users"}
    for name in COMMANDS:
        assert name in result.stdout
    assert "MATCHER_PORT" in result.stdout  # the environment is documented too


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: python -m matcher {command}")


def test_users_actions_have_help(capsys):
    actions = _subcommands(_subcommands(build_parser())["users"])
    assert set(actions) == {"add", "token", "tokens", "revoke", "list", "role", "passwd", "remove"}
    for action in actions:
        with pytest.raises(SystemExit) as exit_:
            main(["users", action, "--help"])
        assert exit_.value.code == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["users", "--help"])
    assert "password is read from stdin" in capsys.readouterr().out


def _one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", ["parse-jd", "parse-resume"])
def test_missing_file_is_one_line_exit_2(command, tmp_path):
    missing = tmp_path / "no-such-简历.pdf"
    line = _one_error_line(_run(command, str(missing)))
    assert line == f"error: {missing}: file not found"


def test_damaged_and_scanned_pdf_are_one_line(tmp_path):
    full = make_pdf(tmp_path / "full.pdf", ["简历"]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(full[: len(full) // 2])  # pypdf logs warnings on this; they must not show
    assert _one_error_line(_run("parse-resume", str(cut))).startswith(
        f"error: {cut}: damaged PDF: "
    )
    scan = make_pdf(tmp_path / "scan.pdf", ["x"], text_layer=False)
    assert "no text layer (scanned?)" in _one_error_line(_run("parse-resume", str(scan)))


def test_bad_setting_is_one_line(tmp_path):
    line = _one_error_line(_run("parse-jd", str(tmp_path / "x.txt"), env={"MATCHER_PORT": "abc"}))
    assert "MATCHER_PORT" in line and "'abc'" in line


def test_an_unexpected_error_is_one_line_exit_1_without_its_message(tmp_path, monkeypatch, capsys):
    import matcher.resume

    def broken(text):
        raise KeyError("张伟 13800138000")  # a bug whose message quotes the résumé

    monkeypatch.setattr(matcher.resume, "parse_resume", broken)
    path = tmp_path / "cv.txt"
    path.write_text("张伟\n电话 13800138000\n", encoding="utf-8")
    assert main(["parse-resume", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"error: parse-resume {path}: internal error (KeyError); please report it"
    ]
    assert "Traceback" not in err and "13800138000" not in err


def test_serve_loads_the_model_before_the_port_opens_and_starts_without_one(tmp_path, capsys):
    """cmd_serve readies the model (and jieba) before serving: the first requests after a start
    no longer wait for it. A missing model is reported in one line and the service still
    starts (the page and API say what is missing where it is needed)."""
    from matcher import cli
    from matcher.settings import Settings
    from models import loader
    from tests.conftest import built_models_dir

    models = built_models_dir()
    settings = Settings(db=str(tmp_path / "m.db"), model_dir=str(models))
    _, folder = loader.resolve(settings.model, models)
    loader._cache.pop((str(folder), loader.BATCH_SIZE), None)
    cli._model_ready(settings)
    assert (str(folder), loader.BATCH_SIZE) in loader._cache
    assert "Loading the embedding model" in capsys.readouterr().out
    missing = Settings(db=str(tmp_path / "m2.db"), model_dir=str(tmp_path / "no-models"))
    cli._model_ready(missing)  # no exception
    out = capsys.readouterr().out
    assert "embedding model not loaded at start:" in out and str(tmp_path) not in out
