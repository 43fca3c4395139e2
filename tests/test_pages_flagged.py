"""A flagged condition left unscored is shown apart, greyed and "not scored", with its reason in
the page's language, never as a green must-have "met · 100%"."""

from __future__ import annotations

import pytest

from matcher.store import open_store
from tests.web_support import add_users, login, make_app, put_results, result, seed
from web.pages.views import candidate_row

AGE = {
    "text": "年龄26岁以上",
    "kind": "age",
    "must": True,
    "verdict": "met",
    "score": 1.0,
    "evidence": None,
    "reason": "not scored (flagged condition): age 47 in 26.0-",
    "scored": False,
}


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    scored = result(80.0)
    scored["requirements"].append(AGE)
    put_results(store, ids["job_a"], {ids["cand_a1"]: scored})
    store.close()
    app.config["IDS"] = ids
    return app


def test_a_flagged_requirement_is_no_must_have_and_no_verdict():
    cand = {"id": 1, "name": "x", "requirements": [result(1)["requirements"][0], AGE]}
    row = candidate_row(cand, 1, False, lambda key, **values: key)
    assert [r["flagged"] for r in row["requirements"]] == [False, True]
    assert (row["must_met"], row["must_total"]) == (1, 1)  # the age condition is not counted


@pytest.mark.parametrize(
    ("lang", "words", "absent"),
    [
        ("zh", ["不计分", "年龄条件。"], "not scored (flagged"),
        ("en", ["Not scored", "A condition on age."], "age 47"),
    ],
)
def test_candidate_page_shows_it_apart_in_the_pages_language(app, lang, words, absent):
    ids = app.config["IDS"]
    client = app.test_client()
    login(client, "hank")
    client.set_cookie("lang", lang)
    html = client.get(f"/jobs/{ids['job_a']}/candidates/{ids['cand_a1']}").get_data(as_text=True)
    flagged = html[html.index('id="flagged"') :]
    scored = html[: html.index('id="flagged"')]
    assert "年龄26岁以上" in flagged and "年龄26岁以上" not in scored
    for word in words:
        assert word in flagged
    assert absent not in html
    chips = client.get(f"/jobs/{ids['job_a']}/shortlist").get_data(as_text=True)
    assert 'class="chip flagged"' in chips
