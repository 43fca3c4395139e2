"""The CSV export through the real app: headers and values in the exporter's language, counts as
numbers, unique headers, the decision note, evidence per requirement and contacts unless masked."""

from __future__ import annotations

import csv
import io

import pytest

from matcher.store import open_store
from tests.web_support import add_users, bearer, login, make_app, put_results, result, seed
from web.export import unique


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    ids = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    store.add_decision(ids["job_a"], ids["cand_a2"], "interview", "=call back Monday", "hank")
    # a second requirement with the same text as the first: two columns, two headers
    job = store.get_job(ids["job_a"])
    store.replace_requirements(ids["job_a"], job["requirements"] + job["requirements"][:1])
    put_results(store, ids["job_a"], {ids["cand_a1"]: result(40.0), ids["cand_a2"]: result(80.0)})
    store.close()
    app.config["USERS"], app.config["IDS"] = users, ids
    return app


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_api_export_in_the_callers_language_with_numbers_note_evidence_and_contacts(app):
    ids, users = app.config["IDS"], app.config["USERS"]
    client = app.test_client()
    url = f"/api/jobs/{ids['job_a']}/export.csv"
    zh = _rows(client.get(url + "?lang=zh", headers=bearer(users["rita"])).get_data(as_text=True))
    head = zh[0]
    assert head[:4] == ["排名", "候选人编号", "候选人", "邮箱"]
    assert len(set(head)) == len(head)
    assert head.count("依据：本科及以上学历") == 1 and "依据：本科及以上学历 (2)" in head
    top = dict(zip(head, zh[1], strict=True))
    assert top["候选人"] == "候选人a2" and top["邮箱"] == "a2@example.com"
    assert top["已满足必备条件"] == "1" and top["必备条件数"] == "1"  # numbers, never "1/1"
    assert top["决定"] == "面试" and top["决定备注"] == "'=call back Monday"
    assert (
        top["本科及以上学历"] == "满足" and top["依据：本科及以上学历"] == "2010-2014 示范大学 本科"
    )
    en = client.get(url, headers={**bearer(users["rita"]), "Accept-Language": "en"})
    assert _rows(en.get_data(as_text=True))[0][:3] == ["Rank", "Candidate ID", "Candidate"]


def test_masked_page_export_has_no_name_contact_or_file(app):
    ids = app.config["IDS"]
    client = app.test_client()
    login(client, "hank")
    text = client.get(f"/jobs/{ids['job_a']}/shortlist.csv?masked=1").get_data(as_text=True)
    assert "候选人a" not in text.replace("候选人 ", "") and "@example.com" not in text
    assert ".txt" not in text
    full = client.get(f"/jobs/{ids['job_a']}/shortlist.csv?masked=0").get_data(as_text=True)
    assert "a2@example.com" in full


def test_unique_numbers_repeated_headers():
    assert unique(["Java", "Java", "SQL", "Java"]) == ["Java", "Java (2)", "SQL", "Java (3)"]
