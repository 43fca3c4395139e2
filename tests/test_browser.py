"""Real headless Chromium against the real app on a temporary database (BROWSER-TESTS.md)."""

from __future__ import annotations

import importlib.util
import threading

import pytest
from werkzeug.serving import make_server

from tests.conftest import shared_path
from tests.pages_support import write_resumes
from tests.web_support import PASSWORD, add_users, make_app, seed

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PARSERS = all(
    importlib.util.find_spec(m) for m in ("matcher.jd", "matcher.resume", "matcher.match")
)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def live(tmp_path):
    """The app served threaded on a free port; yields (base url, app)."""
    app = make_app(tmp_path)  # WORKER False: the test runs queued work itself
    app.config["USERS"] = add_users(app)
    app.config["IDS"] = seed(app, app.config["USERS"])
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}", app
    srv.shutdown()


def log_in(page, base, name):
    page.goto(base + "/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def test_review_decide_and_export(live, page, tmp_path):
    base, app = live
    ids = app.config["IDS"]
    page.set_extra_http_headers({"Accept-Language": "zh-CN,zh;q=0.9"})
    log_in(page, base, "hank")
    assert page.locator("h1").inner_text() == "职位"
    page.click("text=Job a")
    page.click("text=候选名单 →")
    rows = page.locator("#shortlist tbody tr")
    assert rows.count() == 2
    assert "候选人a2" in rows.nth(0).inner_text()  # 80 ranks above 40
    assert page.locator("#shortlist .chip.met").count() >= 1
    page.click("#masked-on")
    assert "候选人a2" not in page.locator("#shortlist").inner_text()
    page.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}")
    assert page.locator("mark.ev.met").count() == 1
    page.fill("#note", "沟通能力好，安排面试")
    page.click("button[value=interview]")
    history = page.locator("#decision-history").inner_text()
    assert "hank" in history and "沟通能力好" in history and "面试" in history
    page.goto(f"{base}/jobs/{ids['job_a']}/shortlist")
    with page.expect_download() as info:
        page.click("#export-csv")
    csv_path = tmp_path / "out.csv"
    info.value.save_as(csv_path)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("1,候选人a2") and "interview" in text


def test_bulk_upload_progress_updates_live(live, page, tmp_path):
    base, app = live
    files = write_resumes(tmp_path / "cvs")  # TXT, DOCX and PDF of fictional people
    log_in(page, base, "rita")
    page.goto(f"{base}/jobs/{app.config['IDS']['job_a']}/upload")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-submit")
    rows = page.locator("#file-list tbody tr")
    assert rows.count() == len(files)
    assert page.locator("#batch").get_attribute("data-finished") == "0"
    from matcher.service import run_pending
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    run_pending(store)  # the worker's job; the open page must notice by polling
    store.close()
    page.wait_for_function("document.getElementById('batch').dataset.finished === '1'")
    assert page.locator("#n-done").inner_text() == str(len(files))
    shown = page.locator("#file-list").inner_text()
    assert all(f.name in shown for f in files)
    final = page.locator(
        "#file-list .status-parsed, #file-list .status-duplicate, #file-list .status-failed"
    )
    assert final.count() == len(files)


@pytest.mark.skipif(not PARSERS, reason="JD/résumé parsers and matcher not built yet")
def test_create_job_upload_resumes_and_shortlist(live, page, tmp_path):
    base, app = live
    jd = shared_path("jds", "000_d1982b6cd2188f0a.txt")
    files = write_resumes(tmp_path / "cvs")
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "rita")
    page.goto(base + "/jobs/new")
    page.set_input_files("#file", str(jd))
    page.click("#parse-submit")
    assert page.locator("input[name=pick]").count() >= 2
    # postings in which no requirement was found are not pre-selected (the first has some)
    picks = page.locator("input[name=pick]")
    assert picks.first.is_checked()
    assert not all(box.is_checked() for box in picks.all())
    for box in picks.all()[1:]:
        box.uncheck()
    page.click("text=Create selected jobs")
    assert page.locator("#requirements").is_visible()
    page.click("text=Upload résumés")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-submit")
    from matcher.service import run_pending
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    run_pending(store)
    store.close()
    page.wait_for_function("document.getElementById('batch').dataset.finished === '1'")
    assert page.locator("#file-list .status-parsed").count() == len(files)
    page.click("text=Shortlist →")
    assert page.locator("#shortlist tbody tr").count() == len(files)
    page.locator("#shortlist a.cand-name").first.click()
    assert page.locator(".verdict").count() >= 1
    page.click("button[value=shortlist]")
    assert "rita" in page.locator("#decision-history").inner_text()
