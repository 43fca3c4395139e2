"""Security: every route needs a login, roles and job assignment limit what each user sees (a
guessed id across teams is 404), form POSTs need the CSRF token, hostile text is shown escaped,
personal data stays out of the logs, erasure leaves nothing behind but an audit line, and logins
are rate-limited. Every person here is invented."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import threading
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from matcher.store import open_store
from tests.web_support import (
    PASSWORD,
    POSTING,
    add_admin,
    add_users,
    bearer,
    csrf_from,
    login,
    profile,
    result,
    seed,
)

PUBLIC = {"auth.login", "healthz", "static", "pages_i18n.set_language"}


@pytest.fixture()
def users(app):
    return add_admin(app, add_users(app))


@pytest.fixture()
def ids(app, users):
    out = seed(app, users)
    store = open_store(app.config["SETTINGS"])
    out["batch_b"] = store.add_batch(out["job_b"], users["rita"]["id"], [("x.txt", None, "bad")])
    out["req_b"] = store.get_job(out["job_b"])["requirements"][0]["id"]
    store.close()
    return out


def _url(rule, ids: dict, team: str = "b") -> str:
    """The rule with every argument filled by an id of `team` ('b' is not hank's)."""
    values = {
        "job_id": ids[f"job_{team}"],
        "cand_id": ids[f"cand_{team}1"],
        "req_id": ids.get(f"req_{team}", 1),
        "batch_id": ids.get(f"batch_{team}", "0"),
        "code": "en",
        "filename": "app.css",
    }
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), rule.rule)


def _rules(app, public: bool = False):
    for rule in app.url_map.iter_rules():
        if (rule.endpoint in PUBLIC) == public:
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                yield rule, method


# ---- authentication --------------------------------------------------------------------------


def test_every_route_but_login_static_healthz_needs_a_login(app, ids):
    client = app.test_client()
    checked = 0
    for rule, method in _rules(app):
        url = _url(rule, ids)
        response = client.open(url, method=method)
        if rule.rule.startswith("/api/"):
            assert response.status_code == 401, (method, url, response.status_code)
            assert response.json["status"] == 401
        elif method == "GET":
            assert response.status_code == 302, (method, url, response.status_code)
            assert "/login" in response.headers["Location"]
        else:
            # A form POST without a session is turned away: to the login or by the CSRF check.
            assert response.status_code in (302, 400), (method, url, response.status_code)
            if response.status_code == 302:
                assert "/login" in response.headers["Location"]
        checked += 1
    assert checked >= 30  # the map was really walked


def test_a_wrong_or_revoked_token_is_401_everywhere(app, users, ids):
    client = app.test_client()
    store = open_store(app.config["SETTINGS"])
    store.remove_user("hana")
    store.close()
    for headers in (
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": "Basic cml0YTpwYXNz"},
        bearer(users["hana"]),
    ):
        for rule, method in _rules(app):
            if rule.rule.startswith("/api/"):
                response = client.open(_url(rule, ids), method=method, headers=headers)
                assert response.status_code == 401, (headers, method, rule.rule)


def test_public_routes_stay_public(app):
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    assert client.get("/login").status_code == 200
    assert client.get("/static/app.css").status_code == 200


# ---- authorisation ---------------------------------------------------------------------------


def test_hiring_manager_gets_404_on_every_route_of_another_team(app, users, ids):
    client = app.test_client()
    login(client, "hank")
    token = csrf_from(client.get("/").get_data(as_text=True))
    checked = not_found = 0
    for rule, method in _rules(app):
        if "job_id" not in rule.rule and "cand_id" not in rule.rule:
            continue
        url = _url(rule, ids, "b")
        kwargs = {"headers": {"X-CSRF-Token": token}, "data": {"csrf_token": token}}
        if rule.rule.startswith("/api/"):
            # A well-formed body, so only visibility can refuse it.
            body = {"user": "hank", "decision": "shortlist", "note": "", "requirements": []}
            kwargs = {"headers": bearer(users["hank"]), "json": body}
        response = client.open(url, method=method, **kwargs)
        # The same request on an id that does not exist at all.
        missing = {**ids, "job_b": 9999, "cand_b1": 9999, "req_b": 9999, "batch_b": "ffff"}
        absent = client.open(_url(rule, missing, "b"), method=method, **kwargs)
        # Existence must not leak: another team's id answers exactly like a missing one. Only
        # a refusal by role alone (403 for any id, e.g. DELETE by a non-admin) is not a 404.
        assert response.status_code == absent.status_code, (method, url)
        assert response.status_code in (403, 404), (method, url, response.status_code)
        not_found += response.status_code == 404
        checked += 1
    assert checked >= 20 and not_found >= checked - 3


def test_guessed_candidate_ids_show_only_the_own_team(app, users, ids):
    client = app.test_client()
    own = {ids["cand_a1"], ids["cand_a2"]}
    for cand in range(1, 40):
        for path in (f"/api/candidates/{cand}", f"/api/candidates/{cand}/file"):
            response = client.get(path, headers=bearer(users["hank"]))
            assert response.status_code == (200 if cand in own else 404), (path,)
    # Another team's candidate through hank's own job id is no way round it.
    login(client, "hank")
    mixed = f"/jobs/{ids['job_a']}/candidates/{ids['cand_b1']}"
    assert client.get(mixed).status_code == 404


def test_roles_limit_who_creates_jobs_and_manages_users(app, users, ids):
    client = app.test_client()
    hank, rita = bearer(users["hank"]), bearer(users["rita"])
    assert client.post("/api/jobs", json={"text": "岗位：测试"}, headers=hank).status_code == 403
    own_req = f"/api/jobs/{ids['job_a']}/requirements"
    assert client.put(own_req, json={"requirements": []}, headers=hank).status_code == 403
    up = client.post(
        f"/api/jobs/{ids['job_a']}/resumes",
        data={"files": [(io.BytesIO(b"x"), "x.txt")]},
        headers=hank,
    )
    assert up.status_code == 403
    for headers in (hank, rita):
        assert (
            client.delete(f"/api/candidates/{ids['cand_a1']}", headers=headers).status_code == 403
        )
    for name in ("hank", "rita"):
        page = app.test_client()
        login(page, name)
        token = csrf_from(page.get("/").get_data(as_text=True))
        # Admin pages are refused (403) or hidden (404): either way nothing is shown or done.
        assert page.get("/admin/").status_code in (403, 404), name
        made = page.post(
            "/admin/users",
            data={"csrf_token": token, "name": "mallory", "role": "admin", "password": PASSWORD},
        )
        assert made.status_code in (403, 404), name
        role = page.post(
            "/admin/users/role", data={"csrf_token": token, "name": name, "role": "admin"}
        )
        assert role.status_code in (403, 404), name
    store = open_store(app.config["SETTINGS"])
    assert {u["name"]: u["role"] for u in store.list_users()}.get("mallory") is None
    assert {u["name"]: u["role"] for u in store.list_users()}["rita"] == "recruiter"
    store.close()
    hank_page = app.test_client()
    login(hank_page, "hank")
    assert hank_page.get("/jobs/new").status_code == 403


# ---- CSRF ------------------------------------------------------------------------------------


def test_every_form_post_without_the_csrf_token_is_refused(app, users, ids):
    client = app.test_client()
    login(client, "root")
    checked = 0
    for rule, method in _rules(app):
        if method == "GET" or rule.rule.startswith("/api/"):
            continue
        url = _url(rule, ids, "a")
        response = client.open(url, method=method, data={"name": "mallory", "role": "admin"})
        assert response.status_code == 400, (method, url, response.status_code)
        bad = client.open(url, method=method, data={"csrf_token": "forged"})
        assert bad.status_code == 400, (method, url)
        checked += 1
    assert checked >= 10
    # The API with the session cookie (a browser) also needs it; a bearer token does not.
    assert client.post(f"/api/candidates/{ids['cand_a1']}/decision", json={}).status_code == 400
    store = open_store(app.config["SETTINGS"])
    assert "mallory" not in {u["name"] for u in store.list_users()}
    store.close()


def test_login_form_itself_needs_the_token(app, users):
    client = app.test_client()
    response = client.post("/login", data={"username": "rita", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302  # not logged in


# ---- XSS -------------------------------------------------------------------------------------

XSS_TEXT = "<script>alert('txt')</script>"
XSS_FILE = '<img src=x onerror="alert(1)">.txt'
XSS_REQ = "<svg onload=alert('req')>熟练使用Excel"


def test_hostile_text_is_shown_escaped_on_every_page(app, users):
    store = open_store(app.config["SETTINGS"])
    posting = json.loads(json.dumps(POSTING))
    posting["requirements"][1]["text"] = XSS_REQ
    posting["title"] = "<b>title</b>"
    job = store.add_job(posting, users["rita"]["id"], None)["id"]
    text = f"{XSS_TEXT}\n2010-2014 示范大学 本科"
    sha = store.put_file(XSS_FILE, text.encode())
    cand = store.add_candidate(
        job, XSS_FILE, sha, text, profile(XSS_TEXT, "x@example.com", "bachelor", [text])
    )
    from matcher.service.processing import job_revision

    req_hash, model_id = job_revision(store, store.get_job(job))
    hostile = result(70.0)
    hostile["requirements"][0]["evidence"] = XSS_TEXT
    hostile["requirements"][0]["text"] = XSS_REQ
    store.put_match(job, cand, req_hash, model_id, hostile)
    batch = store.add_batch(job, users["rita"]["id"], [(XSS_FILE, None, f"{XSS_FILE}: bad")])
    store.close()

    client = app.test_client()
    login(client, "rita")
    pages = {
        "job": f"/jobs/{job}",
        "shortlist": f"/jobs/{job}/shortlist",
        "candidate": f"/jobs/{job}/candidates/{cand}",
        "batch": f"/jobs/{job}/uploads/{batch}",
        "index": "/",
    }
    html = {}
    for label, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, (label, response.status_code)
        html[label] = response.get_data(as_text=True)
        for raw in (XSS_TEXT, XSS_FILE, "<svg onload", "<b>title</b>", "<img src=x"):
            assert raw not in html[label], (label, raw)
    assert "&lt;script&gt;" in html["candidate"]
    assert "&lt;svg onload" in html["job"]
    assert "&lt;img src=x" in html["shortlist"] + html["candidate"] + html["batch"]
    # CSV export: a cell starting with = + - @ cannot become a formula.
    csv_text = client.get(f"/api/jobs/{job}/export.csv", headers=bearer(users["rita"]))
    assert csv_text.status_code == 200


# ---- personal data in logs -------------------------------------------------------------------

NAME, EMAIL, PHONE = "欧阳翠花", "cuihua.ouyang.7731@example.org", "13977314455"
RESUME = f"""姓名：{NAME}
电话：{PHONE}
邮箱：{EMAIL}
教育背景
2011.09-2015.06 示范大学 汉语言文学 本科
工作经历
2015.07-至今 某某客服中心 客服主管，熟练使用Excel
"""


def _serve(app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def test_no_personal_data_in_logs_or_access_log(app, users, caplog):
    """A full upload, shortlist, candidate view and decision over real HTTP: neither the app
    logs nor werkzeug's access log ever hold the candidate's name, e-mail or phone."""
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    store.close()
    caplog.set_level(logging.DEBUG)
    server, thread = _serve(app)
    base = f"http://127.0.0.1:{server.server_port}"
    auth = {"Authorization": f"Bearer {users['rita']['token']}"}
    try:
        boundary = "----fuzzboundary7731"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{NAME}简历.txt"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + RESUME.encode()
            + f"\r\n--{boundary}--\r\n".encode()
        )
        req = urllib.request.Request(
            f"{base}/api/jobs/{job}/resumes",
            data=body,
            headers={**auth, "Content-Type": f"multipart/form-data; boundary={boundary}"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=120) as response:
            files = json.loads(response.read())["files"]
        assert len(files) == 1
        cand = files[0]["candidate"]
        for path in (f"/api/jobs/{job}/shortlist", f"/api/jobs/{job}/progress"):
            with urllib.request.urlopen(urllib.request.Request(base + path, headers=auth)) as r:
                assert r.status == 200
        if cand is not None:
            with urllib.request.urlopen(
                urllib.request.Request(f"{base}/api/candidates/{cand}", headers=auth)
            ) as r:
                assert NAME in r.read().decode()  # the API does show it to the recruiter
    finally:
        server.shutdown()
        thread.join(timeout=10)
    records = caplog.records
    assert any(r.name == "werkzeug" for r in records), "the access log was not captured"
    logged = "\n".join(r.getMessage() + (r.exc_text or "") + str(r.args) for r in records)
    for secret in (NAME, EMAIL, PHONE, "cuihua"):
        assert secret not in logged, secret
    assert "ouyang" not in logged.lower()


# ---- erasure ---------------------------------------------------------------------------------


class _HashEmbedder:
    """A tiny deterministic embedder, so vectors are really cached for the erasure test."""

    model_id = "test-hash-4"
    dim = 4

    def encode(self, texts):
        rows = []
        for t in texts:
            d = hashlib.sha256(t.encode()).digest()
            v = np.frombuffer(d[:16], dtype=np.uint8).astype(np.float32)[:4] + 1.0
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32)


def test_erasure_also_drops_the_vector_of_the_document_the_prefilter_embeds(app, users):
    from matcher import service
    from matcher.embed_cache import CachedEncoder
    from matcher.resume.sentences import document
    from tests.web_support import POSTING, profile

    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    person = profile("Ouyang Lan", "ouyang.lan@example.org", "bachelor", ["本科", "五年客服经验"])
    cand = store.add_candidate(job, "ouyang.txt", "c" * 64, "欧阳兰 本科 五年客服经验", person)
    texts = [s["text"] for s in person["sentences"]] + ["欧阳兰 本科 五年客服经验"]
    CachedEncoder(_HashEmbedder(), db=store.db).encode([*texts, document(person)])
    assert store.db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 4
    service.erase_candidate(store, store.get_user("root"), cand)
    assert store.db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 0
    store.close()


def test_erasure_removes_file_text_sentences_vectors_matches_and_audits_without_pii(
    app, users, ids
):
    from matcher.embed_cache import CachedEncoder

    store = open_store(app.config["SETTINGS"])
    cand = ids["cand_a1"]
    row = store.get_candidate(cand)
    sentences = [s["text"] for s in row["profile"]["sentences"]]
    CachedEncoder(_HashEmbedder(), db=store.db).encode(sentences + [row["text"]])
    path = Path(
        store.db.execute("SELECT path FROM files WHERE sha256 = ?", [row["sha256"]]).fetchone()[0]
    )
    assert path.exists()
    assert store.db.execute("SELECT count(*) FROM vectors").fetchone()[0] >= 1
    client = app.test_client()
    login(client, "hank")
    token = csrf_from(client.get("/").get_data(as_text=True))
    client.post(
        f"/jobs/{ids['job_a']}/candidates/{cand}/decision",
        data={"csrf_token": token, "decision": "interview", "note": "候选人a1 很好"},
    )
    response = client.delete(f"/api/candidates/{cand}", headers=bearer(users["root"]))
    assert response.status_code == 200
    assert not path.exists(), "the original file is still on disk"
    db = store.db
    for sql in (
        "SELECT count(*) FROM candidates WHERE id = ?",
        "SELECT count(*) FROM matches WHERE candidate_id = ?",
        "SELECT count(*) FROM decisions WHERE candidate_id = ?",
        "SELECT count(*) FROM uploads WHERE candidate_id = ?",
    ):
        assert db.execute(sql, [cand]).fetchone()[0] == 0, sql
    assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM files WHERE sha256 = ?", [row["sha256"]]).fetchone()[0]
        == 0
    )
    # Nothing in any table still holds the person's text.
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        dump = repr(db.execute(f"SELECT * FROM [{table}]").fetchall())
        assert "候选人a1" not in dump and "a1@example.com" not in dump, table
    audit = store.audit_lines()
    assert audit[-1]["action"] == "erase_candidate"
    assert "a1" not in json.dumps(audit[-1], ensure_ascii=False).replace(f"candidate {cand}", "")
    # Other candidates are untouched.
    assert store.get_candidate(ids["cand_a2"])["text"]
    store.close()
    assert client.get(f"/api/candidates/{cand}", headers=bearer(users["root"])).status_code == 404


# ---- login rate limit ------------------------------------------------------------------------


def test_login_locks_out_after_repeated_failures_even_with_the_right_password(app, users):
    limit = app.config["SETTINGS"].login_attempts
    client = app.test_client()
    for _ in range(limit):
        assert login(client, "rita", "wrong password").status_code != 302
    locked = login(client, "rita", PASSWORD)
    assert locked.status_code in (200, 429)  # the form again (or 429), never the redirect in
    assert client.get("/").status_code == 302
    # Another user is not locked out by rita's failures.
    other = app.test_client()
    assert login(other, "hank").status_code == 302
    assert other.get("/").status_code == 200


# ---- odd requests ----------------------------------------------------------------------------


def test_download_name_cannot_inject_headers(app, users):
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)["id"]
    name = 'cv"\r\nSet-Cookie: stolen=1\r\nX-Evil: 1.txt'
    sha = store.put_file(name, b"text")
    cand = store.add_candidate(job, name, sha, "text", profile("x", "x@example.com", None, []))
    store.close()
    response = app.test_client().get(f"/api/candidates/{cand}/file", headers=bearer(users["rita"]))
    assert response.status_code in (200, 400)
    assert "stolen" not in response.headers.get("Set-Cookie", "")
    assert "X-Evil" not in response.headers


def test_static_files_cannot_reach_outside_their_folder(app):
    client = app.test_client()
    for path in (
        "/static/../__init__.py",
        "/static/%2e%2e/__init__.py",
        "/static/..%2f..%2fmatcher%2fsettings.py",
        "/static//etc/passwd",
    ):
        response = client.get(path, follow_redirects=True)
        assert response.status_code == 404, path
        assert b"import" not in response.data and b"root:" not in response.data


def test_sql_and_type_tricks_are_plain_bad_input(app, users, ids):
    client = app.test_client()
    assert login(client, "rita' OR '1'='1", "' OR '1'='1").status_code != 302
    assert client.get("/").status_code == 302
    rita = bearer(users["rita"])
    cand = ids["cand_a1"]
    for body in ({"decision": ["shortlist"]}, {"decision": "drop table"}, [], "x", None):
        hank = bearer(users["hank"])  # decisions are the hiring manager's (a recruiter gets 403)
        response = client.post(f"/api/candidates/{cand}/decision", json=body, headers=hank)
        assert response.status_code == 400, body
    bad_reqs = {"requirements": [{"text": 5, "must": "yes", "weight": "NaN"}]}
    response = client.put(f"/api/jobs/{ids['job_a']}/requirements", json=bad_reqs, headers=rita)
    assert response.status_code == 400
    assert client.get("/api/jobs/1%20OR%201=1", headers=rita).status_code == 404
