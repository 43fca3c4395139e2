"""`make test` on a machine without Chromium: the browser tests skip with one line saying how to
get it; under CI=true they fail as before."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import NO_CHROMIUM, ROOT


def _run_browser_tests(ci: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["MATCHER_TEST_CHROMIUM"] = "/nonexistent/chromium"
    env["COLUMNS"] = "120"  # pytest cuts summary lines to the terminal width
    if ci:
        env["CI"] = "true"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_browser.py"]
    cmd.append("tests/test_settings.py")  # as in `make test`: other modules run beside it
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_without_chromium_the_browser_tests_skip_with_one_line():
    out = _run_browser_tests(ci=False)
    assert out.returncode == 0, out.stdout[-2000:]
    assert out.stdout.count(NO_CHROMIUM) == 1
    assert "error" not in out.stdout.lower()
    assert "1 skipped" in out.stdout and " passed" in out.stdout


def test_without_chromium_under_ci_the_browser_tests_fail():
    out = _run_browser_tests(ci=True)
    assert out.returncode != 0
    assert "/nonexistent/chromium is missing" in out.stdout
