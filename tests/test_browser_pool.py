"""Real headless Chromium on the pool and job-management pages (BROWSER-TESTS.md): search the
pool, upload into it, find a job's candidates in the pool and add them, rename / close / reopen
a job, filter the shortlist by stage. The app and fixtures are test_browser.py's."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from matcher.service import run_pending
from matcher.store import open_store
from tests.pages_support import write_resumes
from tests.test_browser import browser_type_launch_args, live, log_in  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _work(app) -> None:
    store = open_store(app.config["SETTINGS"])
    run_pending(store)  # the background worker's job
    store.close()


def test_pool_search_upload_and_find_in_the_pool(live, page, tmp_path):  # noqa: F811
    base, app = live
    ids = app.config["IDS"]
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "rita")
    page.click("#nav-pool")
    page.wait_for_url(f"{base}/pool")  # the count below must not read the page before it
    page.locator("#pool tbody tr").first.wait_for()
    assert page.locator("#pool tbody tr").count() == 4
    page.fill("#q", "候选人b1")
    page.click("#pool-search-submit")
    page.wait_for_url("**/pool?*q=*")  # the search's page, not the list before it
    assert page.locator("#pool tbody tr").count() == 1
    assert "候选人b1" in page.locator("#pool").inner_text()
    files = write_resumes(tmp_path / "cvs")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-submit")
    _work(app)
    page.locator("#batch[data-finished='1']").wait_for()  # no eval: the page's CSP forbids it
    assert page.locator("#file-list .status-parsed").count() == len(files)
    page.goto(f"{base}/pool")
    assert "7 candidate(s) in the pool" in page.locator("#pool-total").inner_text()

    page.goto(f"{base}/jobs/{ids['job_a']}")
    page.click("#find-in-pool")
    rows = page.locator("#pool-ranked tbody tr")
    assert rows.count() == 7
    assert page.locator("#pool-ranked input[name=cand]").count() == 5  # a1, a2 already apply
    page.check(f"#pool-ranked tr[data-candidate='{ids['cand_b1']}'] input[name=cand]")
    page.click("#pool-add-submit")
    assert "1 candidate(s) added" in page.locator(".flashes").inner_text()
    _work(app)
    page.reload()
    assert page.locator("#shortlist tbody tr").count() == 3
    assert "候选人b1" in page.locator("#shortlist").inner_text()


def test_rename_close_reopen_and_stage_filter(live, page):  # noqa: F811
    base, app = live
    ids = app.config["IDS"]
    page.set_extra_http_headers({"Accept-Language": "zh-CN,zh;q=0.9"})
    log_in(page, base, "rita")
    page.goto(f"{base}/jobs/{ids['job_a']}")
    page.fill("#job-title", "客服主管（杭州）")
    page.fill("#job-reference", "REQ-2026-17")
    page.click("#job-save")
    assert page.locator("h1").first.inner_text().startswith("客服主管（杭州）")
    assert "REQ-2026-17" in page.locator("#job-ref").inner_text()
    page.click("#job-status")
    # the click submits a form: wait for the page it loads, not the one it leaves
    expect(page.locator("#closed-banner")).to_be_visible()
    expect(page.locator("#job-title")).to_have_count(0)
    page.goto(base + "/")
    assert "客服主管（杭州）" not in page.locator("main").inner_text()
    page.click("#job-tabs >> text=已关闭")
    assert "客服主管（杭州）" in page.locator("main").inner_text()
    page.click("text=客服主管（杭州）")
    page.click("#job-status")
    expect(page.locator("#closed-banner")).to_have_count(0)

    # decisions are the hiring managers' and admins' (README): hank decides on his job
    page.click(".who button[type=submit]")  # log out
    log_in(page, base, "hank")
    page.goto(f"{base}/jobs/{ids['job_a']}/candidates/{ids['cand_a2']}")
    page.click("button[value=reject]")
    page.goto(f"{base}/jobs/{ids['job_a']}/shortlist")
    assert page.locator("#shortlist tbody tr").count() == 1  # the rejected one is hidden
    page.select_option("#f-stage", "reject")
    page.click("#filters button[type=submit]")
    rows = page.locator("#shortlist tbody tr")
    assert rows.count() == 1 and "候选人a2" in rows.first.inner_text()
