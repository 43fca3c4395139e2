"""Screenshots of the main pages: starts the app on a temporary database filled with fictional
demo data, drives headless Chromium and saves PNGs under bench/screenshots/. Prints each file.

    .venv/bin/python bench/screenshots.py [--lang zh-CN|en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.web_support import PASSWORD, add_users, make_app  # noqa: E402

OUT = ROOT / "bench" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# A fictional posting as a recruiter would paste it; the real JD parser reads it.
JD_TEXT = """外贸客服主管
工作地点：上海
岗位职责：
1. 管理客服团队，负责排班、培训与绩效考核；
2. 处理重大客户投诉，维护海外客户关系。
任职要求：
1. 本科及以上学历；
2. 三年以上客服或团队管理经验；
3. 熟练掌握英语，包括口语和书面表达；
4. 熟练使用CRM系统和办公软件者优先；
5. 具备良好的沟通协调能力；
6. 女性优先。
"""
OTHER_JD = """客服专员
任职要求：
1. 大专及以上学历；
2. 一年以上电话客服经验。
"""


def seed_demo(app, folder: Path) -> dict:
    """Users, two jobs made by the real JD parser, the fictional résumés uploaded as real TXT /
    DOCX / PDF files and parsed, scored and ranked by the real pipeline, and one decision."""
    from matcher import service
    from matcher.store import open_store
    from tests.pages_support import write_resumes

    add_users(app)
    store = open_store(app.config["SETTINGS"])
    rita = store.get_user("rita")
    (job,) = service.create_jobs_from(store, rita, text=JD_TEXT)
    service.create_jobs_from(store, rita, text=OTHER_JD)
    service.assign(store, rita, job["id"], "hank")
    files = [(p.name, p.read_bytes()) for p in write_resumes(folder)]
    service.upload_resumes(store, rita, job["id"], files)
    service.run_pending(store)
    ranked = service.shortlist(store, rita, job["id"])["candidates"]
    top = ranked[0]["id"]
    hank = store.get_user("hank")
    service.decide(store, hank, job["id"], top, "interview", "沟通清晰，外贸经验扎实，安排二面。")
    store.close()
    return {"job": job["id"], "cands": [c["id"] for c in ranked]}


def upload_demo(app, job_id: int, folder: Path) -> str:
    """A second upload batch: a résumé sent again (duplicate), a scan that is not a PDF and an
    empty file (failed), so the status page shows every status."""
    from matcher.service import get_batch, run_pending, upload_resumes
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    rita = store.get_user("rita")
    files = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.suffix == ".txt"]
    files += [("扫描件.pdf", b"%PDF-1.4 not really a pdf"), ("空白.txt", b"")]
    batch = upload_resumes(store, rita, job_id, files)
    run_pending(store)
    get_batch(store, rita, job_id, batch["id"])
    store.close()
    return batch["id"]


def main() -> int:
    """Serve the demo app, visit each page, save PNGs."""
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="zh-CN", help="Accept-Language of the browser")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(Path(tmp))
        ids = seed_demo(app, Path(tmp) / "resumes")
        batch_id = upload_demo(app, ids["job"], Path(tmp) / "resumes")
        srv = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{srv.server_port}"
        job, cand = ids["job"], ids["cands"][0]
        pages = [
            ("job-list", "/"),
            ("job-requirements", f"/jobs/{job}"),
            ("upload-status", f"/jobs/{job}/uploads/{batch_id}"),
            ("shortlist", f"/jobs/{job}/shortlist"),
            ("shortlist-masked", f"/jobs/{job}/shortlist?masked=1"),
            ("candidate", f"/jobs/{job}/candidates/{cand}"),
        ]
        suffix = "" if args.lang.startswith("zh") else "-en"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(
                viewport={"width": 1280, "height": 860},
                extra_http_headers={"Accept-Language": args.lang},
            )
            page.goto(base + "/login")
            page.screenshot(path=str(OUT / f"login{suffix}.png"))
            page.fill("#username", "rita")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/")
            for name, path in pages:
                page.goto(base + path)
                target = OUT / f"{name}{suffix}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target.relative_to(ROOT))
            browser.close()
        srv.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
