"""Real headless Chromium on what the reader's language changes (BROWSER-TESTS.md): the
requirement edit form shows language names and degrees as labels and sends their keys; a Chinese
posting's typed reasons read in English on the candidate page. The app and fixtures are
test_browser.py's. Every person here is invented."""

from __future__ import annotations

import pytest

from matcher.service import run_pending
from matcher.store import open_store
from tests.test_browser import browser_type_launch_args, live, log_in  # noqa: F401
from tests.test_pages_requirement_form import EDU, LANG

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_edit_form_labels_in_the_pages_language_keys_saved(live, page):  # noqa: F811
    base, app = live
    job = app.config["IDS"]["job_a"]
    store = open_store(app.config["SETTINGS"])
    store.replace_requirements(job, [LANG, EDU])
    lang_id, edu_id = (r["id"] for r in store.list_requirements(job))
    store.close()
    page.set_extra_http_headers({"Accept-Language": "zh-CN"})
    log_in(page, base, "rita")
    page.goto(f"{base}/jobs/{job}")
    lang_form = page.locator(f"#req-{lang_id} form.edit")
    assert lang_form.locator("label:has(input[value=english])").inner_text().strip() == "英语"
    assert lang_form.locator("input[value=english]").is_checked()
    edu_form = page.locator(f"#req-{edu_id} form.edit")
    assert edu_form.locator("select[name=min_level] option:checked").inner_text() == "≥ 本科"
    lang_form.locator("input[value=english]").uncheck()
    lang_form.locator("input[value=french]").check()
    lang_form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/jobs/{job}#req-{lang_id}")
    edu_form = page.locator(f"#req-{edu_id} form.edit")
    edu_form.locator("select[name=min_level]").select_option("master")
    edu_form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/jobs/{job}#req-{edu_id}")
    store = open_store(app.config["SETTINGS"])
    saved = {r["id"]: r for r in store.list_requirements(job)}
    store.close()
    assert (saved[lang_id]["values"], saved[lang_id]["language"]) == (["french"], "french")
    assert saved[edu_id]["min_level"] == "master"
    chips = page.locator(f"#req-{lang_id} .chips").inner_text()
    assert "法语" in chips and "french" not in chips

    # scored with the real pipeline: the typed reasons read in English on an English page
    store = open_store(app.config["SETTINGS"])
    run_pending(store)
    store.close()
    page.set_extra_http_headers({"Accept-Language": "en"})
    page.context.clear_cookies()
    log_in(page, base, "rita")
    cand = app.config["IDS"]["cand_a1"]
    page.goto(f"{base}/jobs/{job}/shortlist")
    page.goto(f"{base}/jobs/{job}/candidates/{cand}")
    reasons = page.locator("#requirements .reason, .reason").all_inner_texts()
    text = " ".join(reasons)
    assert "no French stated" in text and "简历未提及法语" not in text
