"""The requirement edit form shows language names and education floors in the page's language
and sends their keys (english, bachelor); saving keys changes what the typed rules compare."""

from __future__ import annotations

import re

from matcher.store import open_store
from tests.web_support import csrf_from, login, seed


def _job_with(app, users, requirements: list[dict]) -> int:
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    store.replace_requirements(ids["job_a"], requirements)
    store.close()
    return ids["job_a"]


LANG = {
    "text": "英语流利",
    "kind": "language",
    "must": True,
    "values": ["english"],
    "language": "english",
    "level": "fluent",
}
EDU = {"text": "本科及以上学历", "kind": "education", "must": True, "min_level": "bachelor"}


def test_labels_shown_keys_sent_and_saved(app, users):
    job = _job_with(app, users, [LANG, EDU])
    client = app.test_client()
    login(client, "rita")
    client.set_cookie("lang", "zh")
    page = client.get(f"/jobs/{job}").get_data(as_text=True)
    lang_id, edu_id = (int(x) for x in re.findall(r'id="req-(\d+)"', page))
    form = page[page.index(f'id="req-{lang_id}"') : page.index(f'id="req-{edu_id}"')]
    assert re.search(r'value="english" checked>\s*英语</label>', form)
    assert re.search(r'value="french" >\s*法语</label>', form)
    assert 'value="english, ' not in form and ">english<" not in form  # no keys shown
    edu = page[page.index(f'id="req-{edu_id}"') :]
    assert re.search(r'<option value="bachelor" selected>≥ 本科</option>', edu)
    client.set_cookie("lang", "en")
    page = client.get(f"/jobs/{job}").get_data(as_text=True)
    assert re.search(r'value="english" checked>\s*English</label>', page)
    token = csrf_from(page)
    client.post(
        f"/jobs/{job}/requirements/{lang_id}",
        data={
            "csrf_token": token,
            "must": "1",
            "weight": "1",
            "keyed": "language",
            "values": ["french", "spanish"],
        },
    )
    client.post(
        f"/jobs/{job}/requirements/{edu_id}",
        data={"csrf_token": token, "must": "1", "weight": "1", "values": "", "min_level": "master"},
    )
    store = open_store(app.config["SETTINGS"])
    saved = {r["id"]: r for r in store.list_requirements(job)}
    store.close()
    assert saved[lang_id]["values"] == ["french", "spanish"]
    assert saved[lang_id]["language"] == "french"
    assert saved[edu_id]["min_level"] == "master"
    page = client.get(f"/jobs/{job}").get_data(as_text=True)
    assert re.search(r'value="french" checked>\s*French</label>', page)
