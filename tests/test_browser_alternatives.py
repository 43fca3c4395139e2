"""Real headless Chromium on a requirement whose values are alternatives (BROWSER-TESTS.md): the
job page says "any one of" before its values, and the recruiter's box turns it into a list that
asks every value, saved as any_of. The app and fixtures are test_browser.py's."""

from __future__ import annotations

import pytest

from matcher.store import open_store
from tests.test_browser import browser_type_launch_args, live, log_in  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ONE_OF = {
    "text": "Experience with one of Java, Kotlin or Scala",
    "kind": "skill",
    "must": True,
    "values": ["Java", "Kotlin", "Scala"],
    "any_of": True,
}
ALL_OF = {"text": "Java, Spring and Docker", "kind": "skill", "must": True}
ALL_OF["values"], ALL_OF["any_of"] = ["Java", "Spring", "Docker"], False


def test_alternatives_are_shown_and_the_box_saves_them(live, page):  # noqa: F811
    base, app = live
    job = app.config["IDS"]["job_a"]
    store = open_store(app.config["SETTINGS"])
    store.replace_requirements(job, [ONE_OF, ALL_OF])
    one_id, all_id = (r["id"] for r in store.list_requirements(job))
    store.close()
    page.set_extra_http_headers({"Accept-Language": "en"})
    log_in(page, base, "rita")
    page.goto(f"{base}/jobs/{job}")
    assert page.locator(f"#req-{one_id} .chips .any-of").inner_text() == "any one of:"
    assert page.locator(f"#req-{all_id} .chips .any-of").count() == 0
    box = page.locator(f"#req-{one_id} form.edit input[name=any_of]")
    assert box.is_checked()
    box.uncheck()
    page.locator(f"#req-{one_id} form.edit button[type=submit]").click()
    page.wait_for_url(f"**/jobs/{job}#req-{one_id}")
    assert page.locator(f"#req-{one_id} .chips .any-of").count() == 0
    form = page.locator(f"#req-{all_id} form.edit")
    form.locator("input[name=any_of]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/jobs/{job}#req-{all_id}")
    store = open_store(app.config["SETTINGS"])
    saved = {r["id"]: r for r in store.list_requirements(job)}
    store.close()
    assert (saved[one_id]["any_of"], saved[all_id]["any_of"]) == (False, True)
    page.set_extra_http_headers({"Accept-Language": "zh-CN"})
    page.goto(f"{base}/jobs/{job}")
    assert page.locator(f"#req-{all_id} .chips .any-of").inner_text() == "任选其一："
