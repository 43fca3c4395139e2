"""Web service throughput: POST /api/jobs/<id>/resumes (parsing) and the first
GET /api/jobs/<id>/shortlist (scoring) for N generated résumés, then a second shortlist (stored
scores only). Prints medians of several runs. Run from the repo root:
    .venv/bin/python bench/bench_web.py [N] [RUNS]"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matcher.settings import Settings  # noqa: E402
from matcher.store import open_store  # noqa: E402

JD = """客服主管
岗位职责：负责客服团队的日常管理、排班与培训；处理客户投诉，提升客户满意度。
任职要求：1. 本科及以上学历；2. 3年以上客服工作经验；3. 熟练使用Excel；4. 英语六级。
"""
SCHOOLS = ["北方示范大学", "江南职业学院", "海滨理工大学", "西山师范学院"]
LEVELS = ["本科", "大专", "硕士", "本科"]
ROLES = ["客服主管", "客服专员", "销售代表", "行政助理", "厨师"]


def resume(i: int) -> bytes:
    """A fictional résumé, different for every i."""
    lines = [
        f"测试{i:04d}",
        f"邮箱：person{i}@example.com 电话：1390000{i:04d}",
        f"教育背景：{2005 + i % 10}.09-{2009 + i % 10}.06 {SCHOOLS[i % 4]} 管理 {LEVELS[i % 4]}",
        f"工作经历：{2010 + i % 8}.07-2024.06 某公司 {ROLES[i % 5]}，负责客户服务与团队协作。",
        "技能：" + ("熟练使用Excel、CRM；英语六级。" if i % 3 else "会使用办公软件。"),
    ]
    return "\n".join(lines).encode()


def run(n: int) -> tuple[float, float, float]:
    from web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=f"{tmp}/m.db", upload_dir=f"{tmp}/files", max_files=max(500, n))
        with contextlib.redirect_stdout(io.StringIO()):  # the throwaway admin password
            app = create_app({"SETTINGS": settings, "WORKER": False})
        store = open_store(settings)
        store.add_user("bench", "recruiter", "bench-password")
        token = store.create_token("bench")
        store.close()
        client = app.test_client()
        auth = {"Authorization": f"Bearer {token}"}
        job = client.post("/api/jobs", json={"text": JD}, headers=auth).json["jobs"][0]["id"]
        files = [(io.BytesIO(resume(i)), f"r{i:04d}.txt") for i in range(n)]
        t0 = time.perf_counter()
        up = client.post(f"/api/jobs/{job}/resumes", data={"files": files}, headers=auth)
        t1 = time.perf_counter()
        first = client.get(f"/api/jobs/{job}/shortlist", headers=auth)
        t2 = time.perf_counter()
        client.get(f"/api/jobs/{job}/shortlist", headers=auth)
        t3 = time.perf_counter()
        parsed = sum(f["status"] == "parsed" for f in up.json["files"])
        if len(first.json["candidates"]) != parsed:
            raise SystemExit(f"{parsed} parsed but {len(first.json['candidates'])} ranked")
        return t1 - t0, t2 - t1, t3 - t2


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    run(5)  # warm-up: imports and model load are not what is measured
    results = [run(n) for _ in range(runs)]
    for label, values in zip(
        ("upload+parse", "first shortlist (score)", "second shortlist (stored)"),
        zip(*results, strict=True),
        strict=True,
    ):
        med = statistics.median(values)
        print(f"{label:28s} n={n} median {med:7.3f} s  ({n / med:8.1f} résumés/s)  runs={runs}")


if __name__ == "__main__":
    main()
