"""Real headless Chromium against the real app on a temporary database (BROWSER-TESTS.md)."""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from tests.conftest import require_chromium, shared_path
from tests.pages_support import write_resumes
from tests.web_support import PASSWORD, add_users, make_app, seed

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = require_chromium()  # one skip line for the module on a machine without it
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
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
    # the Content-Security-Policy must not block anything the app itself loads or runs
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    page.set_extra_http_headers({"Accept-Language": "zh-CN,zh;q=0.9"})
    log_in(page, base, "hank")
    assert page.locator("h1").inner_text() == "职位"
    page.click("text=Job a")
    page.click("text=候选名单 →")
    rows = page.locator("#shortlist tbody tr")
    expect(rows).to_have_count(2)  # waits out the navigation the click started
    assert "候选人a2" in rows.nth(0).inner_text()  # 80 ranks above 40
    assert page.locator("#shortlist .chip.met").count() >= 1
    page.click("#masked-on")
    expect(page.locator("#shortlist")).not_to_contain_text("候选人a2")
    page.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}")
    assert page.locator("mark.ev.met").count() == 1
    page.fill("#note", "沟通能力好，安排面试")
    page.click("button[value=interview]")
    expect(page.locator("#decision-history")).to_contain_text("沟通能力好")
    history = page.locator("#decision-history").inner_text()
    assert "hank" in history and "沟通能力好" in history and "面试" in history
    page.goto(f"{base}/jobs/{ids['job_a']}/shortlist")
    with page.expect_download() as info:
        page.click("#export-csv")
    csv_path = tmp_path / "out.csv"
    info.value.save_as(csv_path)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("排名,候选人编号,候选人,邮箱")  # the page's language
    assert text.splitlines()[1].startswith(f"1,{ids['cand_a2']},候选人a2") and "面试" in text
    # a co-assigned manager's later, different decision is shown as overriding hank's
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    store.assign(ids["job_a"], app.config["USERS"]["hana"]["id"])
    store.close()
    page.click(".who button[type=submit]")  # log out
    log_in(page, base, "hana")
    page.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}")
    page.click("button[value=reject]")
    override = page.locator("#decision-history .override")
    expect(override).to_have_count(1)
    assert "hank" in override.inner_text()
    # the latest decision is a rejection: the shortlist shows it with every stage asked for
    page.goto(f"{base}/jobs/{ids['job_a']}/shortlist?stage=all")
    assert "hank" in page.locator("#shortlist .override").inner_text()
    assert blocked == []


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
    page.locator("#batch[data-finished='1']").wait_for()  # no eval: the page's CSP forbids it
    assert page.locator("#n-done").inner_text() == str(len(files))
    shown = page.locator("#file-list").inner_text()
    assert all(f.name in shown for f in files)
    final = page.locator(
        "#file-list .status-parsed, #file-list .status-duplicate, #file-list .status-failed"
    )
    assert final.count() == len(files)


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
    page.locator("#batch[data-finished='1']").wait_for()  # no eval: the page's CSP forbids it
    assert page.locator("#file-list .status-parsed").count() == len(files)
    page.click("text=Shortlist →")
    assert page.locator("#shortlist tbody tr").count() == len(files)
    page.locator("#shortlist a.cand-name").first.click()
    assert page.locator(".verdict").count() >= 1
    # decisions are the hiring manager's (README): a recruiter gets no decision buttons
    assert page.locator("button[value=shortlist]").count() == 0


def test_admin_revokes_a_token_and_a_damaged_candidate_is_shown(live, page):
    import sqlite3
    import urllib.error
    import urllib.request

    from matcher.store import open_store

    base, app = live
    ids = app.config["IDS"]
    store = open_store(app.config["SETTINGS"])
    store.add_user("root", "admin", PASSWORD)
    token_id = store.list_tokens("rita")[0]["id"]
    store.close()
    db = sqlite3.connect(app.config["SETTINGS"].db)
    with db:  # one damaged byte in a stored résumé text
        db.execute(
            "UPDATE candidates SET text = CAST(? AS TEXT) WHERE id = ?",
            ["候选人".encode() + b"\xff 2010-2014", ids["cand_a1"]],
        )
    db.close()
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    page.on("dialog", lambda dialog: dialog.accept())  # the revoke button asks to confirm
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "root")
    page.goto(base + "/admin/")
    row = page.locator(f"#tokens tr[data-token='{token_id}']")
    assert "rita" in row.inner_text()
    row.locator("button").click()
    page.wait_for_load_state()
    assert page.locator(f"#tokens tr[data-token='{token_id}']").count() == 0
    request = urllib.request.Request(
        base + "/api/jobs",
        headers={"Authorization": f"Bearer {app.config['USERS']['rita']['token']}"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401
    page.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}")
    assert page.locator("#damaged").is_visible()
    page.goto(f"{base}/jobs/{ids['job_a']}/shortlist")
    assert page.locator("#shortlist tbody tr").count() == 2
    assert blocked == []


def test_admin_masks_a_job_and_the_hiring_manager_sees_only_that(live, page, browser, tmp_path):
    base, app = live
    ids = app.config["IDS"]
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    store.add_user("root", "admin", PASSWORD)
    store.close()
    page.set_extra_http_headers({"Accept-Language": "zh-CN,zh;q=0.9"})
    log_in(page, base, "root")
    page.goto(f"{base}/jobs/{ids['job_a']}")
    page.check("#mask-default")
    page.uncheck("#may-unmask")
    page.click("#privacy-save")
    assert "用人经理默认看到匿名的候选人" in page.locator("#privacy-state").inner_text()
    page.screenshot(path=str(tmp_path / "privacy.png"), full_page=True)
    manager = browser.new_page(extra_http_headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    log_in(manager, base, "hank")
    manager.goto(f"{base}/jobs/{ids['job_a']}/shortlist?masked=0")
    assert manager.locator("#masked-only").is_visible()
    assert manager.locator("#masked-off").count() == 0
    assert "候选人a" not in manager.locator("#shortlist").inner_text().replace("候选人 ", "")
    manager.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}?masked=0")
    assert "候选人a2" not in manager.content()
    manager.screenshot(path=str(tmp_path / "masked-candidate.png"), full_page=True)
    manager.close()


def test_a_user_changes_their_password_in_the_browser(live, page):
    base, _ = live
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "hana")
    page.click("#account-link")
    page.fill("#current", "not it")
    page.fill("#new", "hana-new-password")
    page.fill("#repeat", "hana-new-password")
    page.click("#password-form button[type=submit]")
    assert page.locator("#password-error").inner_text() == "The current password is wrong."
    page.fill("#current", PASSWORD)
    page.fill("#new", "hana-new-password")
    page.fill("#repeat", "hana-new-password")
    page.click("#password-form button[type=submit]")
    page.wait_for_url(base + "/")
    assert "Your password was changed." in page.content()


def test_a_posting_without_requirements_asks_for_them_until_marked(live, page):
    """A pasted posting of company text and duties only: the job page says no requirement was
    found and links to the form; once one is marked, the notice is gone."""
    base, _ = live
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "rita")
    page.goto(base + "/jobs/new")
    page.fill(
        "#text",
        "Support Lead\nAbout us\nAcme Inc. is a global leader in payments. Come join our team!\n"
        "What you will do\n- Answer customer calls\n- Keep the ticket queue short\n",
    )
    page.click("#parse-submit")  # one posting: its job is created at once
    notice = page.locator("#needs-requirements")
    notice.wait_for()  # the job page after the post's redirect: a count now would race it
    assert notice.is_visible()
    assert "Candidates are not judged until you mark" in notice.inner_text()
    page.click("#needs-requirements a")
    assert page.url.endswith("#add-requirement")
    page.fill("#new-text", "3+ years of customer support experience")
    page.select_option("#new-kind", "experience")
    page.click("#add-requirement button[type=submit]")
    page.locator(".req-list li").first.wait_for()
    assert page.locator(".req-list li").count() == 1
    assert page.locator("#needs-requirements").count() == 0
