"""The "Command line" contract (docs/architecture.md) end to end with real processes:
`python -m matcher serve` on a temporary database, users and tokens made by
`python -m matcher users`, then the JSON API over HTTP, compared with `python -m matcher shortlist` on the same résumé files. Every person and
posting the test writes is invented; the founding collection is read from ../shared/data."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from pathlib import Path

import pytest

from tests.conftest import built_models_dir, shared_path
from tests.pages_support import RESUMES, write_resume

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "contract-test-password"

JOB = """客服主管
岗位职责：
1. 负责客服团队的日常管理、排班和培训
2. 处理重大客户投诉，维护海外客户关系
任职要求：
1. 本科及以上学历
2. 三年以上客服管理经验
3. 英语六级，能用英语与客户沟通
4. 熟练使用CRM系统和Excel者优先
"""
# Two more invented people, sent inside the zip.
ZIPPED = {
    "qian_yu.txt": [
        "钱雨",
        "邮箱：qian.yu@example.com",
        "教育背景",
        "2012.09-2016.06 北岭大学 国际贸易 本科",
        "工作经历",
        "2016.07-至今 海岚进出口公司 客服经理，管理 8 人客服团队，处理海外客户投诉。",
        "技能",
        "英语六级，熟练使用 CRM 和 Excel。",
    ],
    "omar_reed.docx": [
        "Omar Reed",
        "Email: omar.reed@example.org",
        "Education: High school diploma, 2010",
        "Experience: 2018-2020 Warehouse assistant, Southgate Storage.",
        "Skills: forklift licence, stock counting.",
    ],
}
CONTRACT_REQUIREMENT_KEYS = {"text", "kind", "must", "verdict", "score", "evidence", "reason"}
CONTRACT_CANDIDATE_KEYS = {"resume", "rank", "score", "knocked_out", "requirements"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATCHER_")}
    env.update(
        {
            "MATCHER_DB": str(tmp / "x.db"),
            "MATCHER_PORT": str(port),
            "MATCHER_UPLOAD_DIR": str(tmp / "files"),
            "MATCHER_MODEL_DIR": str(built_models_dir()),
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def _cli(env: dict, *args: str, stdin: str | None = None) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


class Http:
    """Minimal HTTP client: (status, parsed JSON body)."""

    def __init__(self, base: str):
        self.base = base

    def call(self, method, path, token=None, json_body=None, files=None, field="files"):
        headers = {}
        data = None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif files is not None:
            boundary = uuid.uuid4().hex
            parts = []
            for name, content in files:
                parts.append(
                    (
                        f"--{boundary}\r\nContent-Disposition: form-data; "
                        f'name="{field}"; filename="{name}"\r\n'
                        "Content-Type: application/octet-stream\r\n\r\n"
                    ).encode()
                    + content
                    + b"\r\n"
                )
            data = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=300) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as exc:
            body = exc.read()
            return exc.code, json.loads(body) if body.startswith(b"{") else body


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """A running `python -m matcher serve` and tokens for rita (recruiter), hank (assigned
    hiring manager later) and olga (a hiring manager of another team)."""
    tmp = tmp_path_factory.mktemp("contract")
    env = _env(tmp, _free_port())
    log = open(tmp / "serve.log", "w+b")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "matcher", "serve"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    http = Http(f"http://127.0.0.1:{env['MATCHER_PORT']}")
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if http.call("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"serve did not start: {log.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.2)
        tokens = {}
        for name, role in (
            ("rita", "recruiter"),
            ("hank", "hiring_manager"),
            ("olga", "hiring_manager"),
        ):
            added = _cli(env, "users", "add", name, "--role", role, stdin=PASSWORD + "\n")
            assert added["name"] == name and added["role"] == role
            tokens[name] = _cli(env, "users", "token", name)["token"]
        yield {"http": http, "env": env, "tokens": tokens, "tmp": tmp}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.seek(0)
        output = log.read().decode(errors="replace")
        log.close()
        assert "Traceback" not in output, output[-3000:]


@pytest.fixture(scope="module")
def resumes(service) -> dict:
    """The résumé files as uploaded (three loose, a zip of two plus a copy, a broken PDF) and a
    folder holding the same files for the CLI."""
    tmp: Path = service["tmp"]
    loose = tmp / "loose"
    zipped = tmp / "zipped"
    folder = tmp / "folder"
    for d in (loose, zipped, folder):
        d.mkdir()
    files = [write_resume(loose, n, lines) for n, lines in sorted(RESUMES.items())]
    members = [write_resume(zipped, n, lines) for n, lines in sorted(ZIPPED.items())]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for path in members:
            zf.write(path, path.name)
        zf.write(files[-1], "copy_of_" + files[-1].name)  # the same person again
    broken = b"%PDF-1.4\n not really a PDF"
    for path in files + members:
        (folder / path.name).write_bytes(path.read_bytes())
    upload = [(p.name, p.read_bytes()) for p in files]
    upload += [("batch.zip", buf.getvalue()), ("broken.pdf", broken)]
    return {"upload": upload, "folder": folder, "names": [p.name for p in files + members]}


@pytest.fixture(scope="module")
def job(service, resumes) -> dict:
    """A job created from JSON text, assigned to hank, with the résumés uploaded."""
    http, rita = service["http"], service["tokens"]["rita"]
    status, body = http.call("POST", "/api/jobs", rita, json_body={"text": JOB})
    assert status in (200, 201), body
    assert len(body["jobs"]) == 1 and set(body["jobs"][0]) >= {"id", "title"}
    job_id = body["jobs"][0]["id"]
    status, body = http.call("POST", f"/api/jobs/{job_id}/assign", rita, json_body={"user": "hank"})
    assert status == 200, body
    status, uploaded = http.call(
        "POST", f"/api/jobs/{job_id}/resumes", rita, files=resumes["upload"]
    )
    assert status == 200, uploaded
    return {"id": job_id, "uploaded": uploaded}


def _shortlist(http: Http, job_id: int, token: str) -> dict:
    """The shortlist once nothing is left to parse or score."""
    deadline = time.monotonic() + 120
    while True:
        status, body = http.call("GET", f"/api/jobs/{job_id}/shortlist", token)
        if status != 200 or not body.get("pending") or time.monotonic() > deadline:
            return {"status": status, "body": body}
        time.sleep(0.5)


def test_unauthenticated_calls_get_401(service):
    http = service["http"]
    for method, path in (
        ("GET", "/api/jobs"),
        ("POST", "/api/jobs"),
        ("GET", "/api/jobs/1/shortlist"),
        ("POST", "/api/jobs/1/resumes"),
        ("POST", "/api/jobs/1/assign"),
    ):
        assert http.call(method, path)[0] == 401, (method, path)
    assert http.call("GET", "/api/jobs", token="not-a-token")[0] == 401


def test_collection_file_becomes_one_job_per_posting(service):
    seed = shared_path("jds", "000_d1982b6cd2188f0a.txt")
    postings = _cli(service["env"], "parse-jd", str(seed))["postings"]
    assert len(postings) > 1
    status, body = service["http"].call(
        "POST",
        "/api/jobs",
        service["tokens"]["rita"],
        files=[(seed.name, seed.read_bytes())],
        field="file",
    )
    assert status in (200, 201), body
    assert [set(j) >= {"id", "title"} for j in body["jobs"]] == [True] * len(postings)
    assert [j["title"] for j in body["jobs"]] == [p["title"] for p in postings]
    assert len({j["id"] for j in body["jobs"]}) == len(postings)


def test_upload_reports_each_file_and_zip_member(job, resumes):
    files = job["uploaded"]["files"]
    assert all(set(f) >= {"name", "status", "error"} for f in files)
    by_name = {Path(f["name"]).name: f for f in files}
    assert set(by_name) == set(resumes["names"]) | {"copy_of_zhou_haoran.docx", "broken.pdf"}
    assert by_name["broken.pdf"]["status"] == "failed" and by_name["broken.pdf"]["error"]
    assert by_name["copy_of_zhou_haoran.docx"]["status"] == "duplicate"
    for name in resumes["names"]:
        assert by_name[name]["status"] == "parsed" and not by_name[name]["error"], name


def test_shortlist_matches_the_cli_shape(service, job, resumes):
    got = _shortlist(service["http"], job["id"], service["tokens"]["rita"])
    assert got["status"] == 200, got
    cands = got["body"]["candidates"]
    assert sorted(Path(c["resume"]).name for c in cands) == sorted(resumes["names"])
    assert [c["rank"] for c in cands] == list(range(1, len(cands) + 1))
    (service["tmp"] / "job.txt").write_text(JOB, encoding="utf-8")
    cli = _cli(
        service["env"],
        "shortlist",
        "--job",
        str(service["tmp"] / "job.txt"),
        "--resumes",
        str(resumes["folder"]),
    )
    assert len(cli["candidates"]) == len(resumes["names"]) and not cli["errors"]
    cli_keys = {frozenset(c) for c in cli["candidates"]}
    cli_req_keys = {frozenset(r) for c in cli["candidates"] for r in c["requirements"]}
    assert all(k >= CONTRACT_CANDIDATE_KEYS for k in cli_keys)
    assert all(k >= CONTRACT_REQUIREMENT_KEYS for k in cli_req_keys)
    assert {frozenset(c) for c in cands} == {k | {"id"} for k in cli_keys}
    # the API adds the reason in the caller's language beside the posting's (web.api._said)
    api_req_keys = {frozenset(r) for c in cands for r in c["requirements"]}
    assert api_req_keys == {k | {"reader_reason"} for k in cli_req_keys}
    # The same résumé against the same posting gets the same result either way.
    cli_by_name = {c["resume"]: c for c in cli["candidates"]}
    for cand in cands:
        mine = cli_by_name[Path(cand["resume"]).name]
        assert cand["score"] == mine["score"], cand["resume"]
        assert cand["knocked_out"] == mine["knocked_out"], cand["resume"]
        assert [r["verdict"] for r in cand["requirements"]] == [
            r["verdict"] for r in mine["requirements"]
        ], cand["resume"]
    assert [Path(c["resume"]).name for c in cands] == [c["resume"] for c in cli["candidates"]]


def test_only_the_assigned_hiring_manager_sees_the_shortlist(service, job):
    http, tokens = service["http"], service["tokens"]
    assert _shortlist(http, job["id"], tokens["hank"])["status"] == 200
    assert http.call("GET", f"/api/jobs/{job['id']}/shortlist", tokens["olga"])[0] == 404
    status, body = http.call("GET", "/api/jobs", tokens["olga"])
    assert status == 200 and job["id"] not in [j["id"] for j in body["jobs"]]
