"""Headers on every answer (no framing, no sniffing, only the app's own scripts and styles) and
JSON bodies bounded in depth: a 100k-level body is a 400 naming the problem, not a 500."""

from __future__ import annotations

import pytest

from tests.web_support import bearer, login, seed


def _check_headers(response) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    assert response.headers.get("X-Frame-Options") == "DENY"
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("style-src-attr")[0]  # no inline <script>/<style>


def test_every_kind_of_answer_carries_the_security_headers(app, users):
    ids = seed(app, users)
    client = app.test_client()
    answers = [client.get("/login"), client.get("/healthz"), client.get("/static/app.css")]
    answers.append(client.get("/api/jobs"))  # 401
    assert login(client, "hank").status_code == 302
    answers += [
        client.get("/"),
        client.get(f"/jobs/{ids['job_a']}/shortlist"),
        client.get(f"/jobs/{ids['job_b']}/shortlist"),  # 404 page
        client.get(f"/api/jobs/{ids['job_a']}/shortlist", headers=bearer(users["hank"])),
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 401, 200, 200, 404, 200]
    for answer in answers:
        _check_headers(answer)


def test_templates_hold_no_inline_script_or_style_element():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "web" / "templates"
    for path in root.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<style" not in html, path
        for tag in html.split("<script")[1:]:
            assert tag.lstrip().startswith("src="), path  # only <script src=...>
        assert " onclick=" not in html and " onload=" not in html, path


@pytest.mark.parametrize("depth", [33, 1_000, 100_000])
def test_deeply_nested_json_is_a_400_naming_the_limit(app, users, depth):
    ids = seed(app, users)
    body = '{"requirements": ' + "[" * depth + "]" * depth + "}"
    answer = app.test_client().put(
        f"/api/jobs/{ids['job_a']}/requirements",
        data=body,
        headers={**bearer(users["rita"]), "Content-Type": "application/json"},
    )
    assert answer.status_code == 400
    assert "nested deeper than 32 levels" in answer.get_json()["error"]


def test_ordinary_json_and_wrong_content_type(app, users):
    ids = seed(app, users)
    client = app.test_client()
    url = f"/api/jobs/{ids['job_a']}/requirements"
    ok = client.put(
        url,
        json={"requirements": [{"text": "本科及以上学历", "kind": "education"}]},
        headers=bearer(users["rita"]),
    )
    assert ok.status_code == 200
    plain = client.put(url, data="{}", headers=bearer(users["rita"]))
    assert plain.status_code == 400 and "application/json" in plain.get_json()["error"]
    broken = client.put(
        url, data="{", headers={**bearer(users["rita"]), "Content-Type": "application/json"}
    )
    assert broken.status_code == 400 and "not valid JSON" in broken.get_json()["error"]
