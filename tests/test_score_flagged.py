"""Scoring of a job's flagged conditions (gender, age, ...): off by default, only an admin turns
it on or off per job (API and page), and the change re-scores the job. Every person here is
invented."""

from __future__ import annotations

import io

import pytest

from matcher.store import open_store
from tests.conftest import built_models_dir
from tests.web_support import PASSWORD, add_users, bearer, csrf_from, login, make_app, seed

JD = """前台接待
岗位职责：
1. 负责来访客人接待与登记；
任职要求：
1. 女性，年龄25-35岁；
2. 大专及以上学历；
3. 熟练使用Excel等办公软件。
"""
RESUME = (
    "张伟\n性别：男  出生年月：1980年3月\n邮箱：zhang.wei@example.com\n教育背景\n"
    "2000-2003 北郊职业学院 大专\n工作经历\n2004.01-至今 云帆酒店 前台接待，负责来访登记。\n"
    "技能\n熟练使用 Excel。\n"
)


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    store.add_user("root", "admin", PASSWORD)
    users["root"] = {**store.get_user("root"), "token": store.create_token("root")}
    store.close()
    app.config["USERS"] = users
    app.config["IDS"] = seed(app, users)
    return app


def _post(app, who: str, job: int, body) -> object:
    client = app.test_client()
    user = app.config["USERS"][who]
    return client.post(f"/api/jobs/{job}/score-flagged", json=body, headers=bearer(user))


def _job(app, who: str, job: int) -> dict:
    user = app.config["USERS"][who]
    return app.test_client().get(f"/api/jobs/{job}", headers=bearer(user)).json


def test_off_by_default_and_an_admin_turns_it_on_and_off_through_the_api(app):
    job = app.config["IDS"]["job_a"]
    assert _job(app, "hank", job)["score_flagged"] is False
    resp = _post(app, "root", job, {"score_flagged": True})
    assert resp.status_code == 200 and resp.json == {"job": job, "score_flagged": True}
    assert _job(app, "hank", job)["score_flagged"] is True
    assert _job(app, "rita", app.config["IDS"]["job_b"])["score_flagged"] is False  # per job
    store = open_store(app.config["SETTINGS"])
    assert [w["payload"] for w in store.pending_work("recompute")] == [{"job_id": job}]
    assert [a["action"] for a in store.audit_lines()] == ["score_flagged"]
    store.close()
    assert _post(app, "root", job, {"score_flagged": False}).json["score_flagged"] is False
    assert _job(app, "root", job)["score_flagged"] is False


def test_only_an_admin_may_change_it_and_another_teams_job_is_absent(app):
    ids = app.config["IDS"]
    for who in ("rita", "hank"):
        resp = _post(app, who, ids["job_a"], {"score_flagged": True})
        assert resp.status_code == 403 and resp.json["status"] == 403
    assert _post(app, "hank", ids["job_b"], {"score_flagged": True}).status_code == 404
    assert _post(app, "root", 9999, {"score_flagged": True}).status_code == 404
    for bad in ({"score_flagged": "yes"}, {}, ["x"]):
        assert _post(app, "root", ids["job_a"], bad).status_code == 400
    assert _job(app, "root", ids["job_a"])["score_flagged"] is False


def _page_client(app, who: str):
    client = app.test_client()
    login(client, who)
    return client


def test_admin_toggles_it_on_the_job_page_others_see_the_state_only(app):
    ids = app.config["IDS"]
    path = f"/jobs/{ids['job_a']}"
    admin = _page_client(app, "root")
    page = admin.get(path).get_data(as_text=True)
    assert f'action="{path}/score-flagged"' in page and "Scoring of flagged conditions: off" in page
    admin_token = token = csrf_from(page)
    assert admin.post(f"{path}/score-flagged", data={"score_flagged": "1"}).status_code == 400
    resp = admin.post(f"{path}/score-flagged", data={"csrf_token": token, "score_flagged": "1"})
    assert resp.status_code == 302 and resp.headers["Location"].endswith(f"{path}#flags")
    assert _job(app, "root", ids["job_a"])["score_flagged"] is True
    page = admin.get(path).get_data(as_text=True)
    assert "Scoring of flagged conditions: on" in page and "Stop scoring flagged" in page
    zh = admin.get(path, headers={"Accept-Language": "zh-CN"}).get_data(as_text=True)
    assert "需注意的条件计入评分：本职位已开启" in zh and "不再将这些条件计入评分" in zh

    for who in ("rita", "hank"):
        client = _page_client(app, who)
        page = client.get(path).get_data(as_text=True)
        assert "Scoring of flagged conditions: on" in page
        assert "/score-flagged" not in page  # the state as text, no form
        token = csrf_from(client.get("/").get_data(as_text=True))
        data = {"csrf_token": token, "score_flagged": "0"}
        assert client.post(f"{path}/score-flagged", data=data).status_code == 403
    hank = _page_client(app, "hank")
    token = csrf_from(hank.get("/").get_data(as_text=True))
    data = {"csrf_token": token, "score_flagged": "1"}
    assert hank.post(f"/jobs/{ids['job_b']}/score-flagged", data=data).status_code == 404
    assert _job(app, "root", ids["job_a"])["score_flagged"] is True
    resp = admin.post(
        f"{path}/score-flagged", data={"csrf_token": admin_token, "score_flagged": "0"}
    )
    assert resp.status_code == 302 and _job(app, "root", ids["job_a"])["score_flagged"] is False


@pytest.fixture
def _default_model():
    built_models_dir()


def test_turning_it_on_scores_the_flagged_age_and_off_again_does_not(app, _default_model):
    client, users = app.test_client(), app.config["USERS"]
    rita, root = bearer(users["rita"]), bearer(users["root"])
    job = client.post("/api/jobs", json={"text": JD}, headers=rita).json["jobs"][0]["id"]
    files = {"files": [(io.BytesIO(RESUME.encode()), "zhang_wei.txt")]}
    up = client.post(f"/api/jobs/{job}/resumes", data=files, headers=rita)
    assert up.json["files"][0]["status"] == "parsed"

    def candidate() -> dict:
        out = client.get(f"/api/jobs/{job}/shortlist?lang=en", headers=rita).json
        assert out["pending"] == 0
        (cand,) = out["candidates"]
        (age,) = [r for r in cand["requirements"] if r["kind"] == "age"]
        return {"score": cand["score"], "knocked_out": cand["knocked_out"], "age": age}

    off = candidate()
    assert off["age"]["scored"] is False and off["age"]["verdict"] == "unmet"
    # the posting's language in "reason", the caller's (?lang=en) in "reader_reason"
    assert off["age"]["reason"].startswith("不计分（受关注条件）：")
    assert off["age"]["reader_reason"].startswith("not scored (flagged condition): age ")
    assert off["knocked_out"] is False

    assert client.post(
        f"/api/jobs/{job}/score-flagged", json={"score_flagged": True}, headers=root
    ).json["score_flagged"]
    on = candidate()
    assert on["age"]["scored"] is True and on["age"]["verdict"] == "unmet"
    assert on["score"] < off["score"] and on["knocked_out"] is True  # a must-have age, unmet

    client.post(f"/api/jobs/{job}/score-flagged", json={"score_flagged": False}, headers=root)
    again = candidate()
    assert again["age"]["scored"] is False and again["score"] == off["score"]
