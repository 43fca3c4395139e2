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

from tests.pages_support import RESUMES  # noqa: E402
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

POSTING = {
    "title": "外贸客服主管",
    "language": "zh",
    "sections": {
        "summary": "负责外贸客户的售后服务与客服团队管理。",
        "duties": "1.管理客服团队；2.处理重大客户投诉；3.维护海外客户关系。",
        "qualifications": "本科以上学历；三年以上客服经验；熟练掌握英语；熟练使用CRM系统和办公软件者优先。",
        "other": "",
    },
    "duties": ["管理客服团队", "处理重大客户投诉"],
    "requirements": [
        {
            "kind": "education",
            "text": "本科以上学历",
            "must": True,
            "weight": 1.0,
            "min_level": "bachelor",
        },
        {
            "kind": "experience",
            "text": "三年以上客服或团队管理经验",
            "must": True,
            "weight": 1.5,
            "min_years": 3,
            "field": "客服",
        },
        {
            "kind": "language",
            "text": "熟练掌握英语，包括口语和书面表达",
            "must": True,
            "weight": 1.0,
            "language": "english",
            "level": "fluent",
        },
        {
            "kind": "skill",
            "text": "熟练使用CRM系统和办公软件者优先",
            "must": False,
            "weight": 1.0,
            "values": ["CRM", "Excel"],
        },
        {"kind": "competency", "text": "具备良好的沟通协调能力", "must": False, "weight": 0.5},
    ],
    "flags": [
        {
            "kind": "gender",
            "text": "女性优先",
            "reason": "性别与岗位职责无关，不计入评分 (gender is not a job requirement)",
        }
    ],
}

# (résumé file, score, knocked out, verdicts per requirement with the evidence line index)
DEMO = [
    (
        "lin_xiaowen.txt",
        91.0,
        False,
        [("met", 4), ("met", 6), ("met", 12), ("met", 12), ("met", 13)],
    ),
    (
        "ada_quill.pdf",
        78.5,
        False,
        [("met", 2), ("met", 3), ("met", 6), ("met", 6), ("partial", 4)],
    ),
    (
        "zhou_haoran.docx",
        46.0,
        True,
        [("unmet", 2), ("met", 4), ("unknown", None), ("partial", 5), ("partial", 3)],
    ),
]
REASONS = {"met": "满足", "partial": "部分相关", "unmet": "大专 < 本科", "unknown": "简历未提及"}
SCORES = {"met": 1.0, "partial": 0.55, "unmet": 0.0, "unknown": 0.0}


def seed_demo(app) -> dict:
    """Users, one job with requirements and a flag, three scored fictional candidates."""
    from matcher.service.processing import job_revision
    from matcher.store import open_store

    users = add_users(app)
    store = open_store(app.config["SETTINGS"])
    job = store.add_job(POSTING, users["rita"]["id"], None)
    store.assign(job["id"], users["hank"]["id"])
    other = store.add_job({**POSTING, "title": "客服专员", "flags": []}, users["rita"]["id"], None)
    req_hash, model_id = job_revision(store, store.get_job(job["id"]))
    ids = {"job": job["id"], "other": other["id"], "cands": []}
    for name, score, ko, verdicts in DEMO:
        lines = RESUMES[name]
        text = "\n".join(lines) + "\n"
        sha = store.put_file(name, text.encode())
        offsets, pos = [], 0
        for line in lines:
            offsets.append((pos, pos + len(line)))
            pos += len(line) + 1
        profile = {
            "name": lines[0],
            "emails": [],
            "phones": [],
            "gender": None,
            "birth": None,
            "education": [],
            "highest_level": "associate" if ko else "bachelor",
            "experience": [],
            "total_years": 7.0,
            "skills": ["Excel", "CRM"],
            "languages": [],
            "certificates": [],
            "sentences": [
                {"text": line, "section": "other", "start": a, "end": b}
                for line, (a, b) in zip(lines, offsets, strict=True)
            ],
            "fingerprint": {"emails": [], "phones": [], "text_hash": sha, "simhash": 0},
        }
        cand = store.add_candidate(job["id"], name, sha, text, profile)
        reqs = []
        for req, (verdict, line) in zip(POSTING["requirements"], verdicts, strict=True):
            reqs.append(
                {
                    "text": req["text"],
                    "kind": req["kind"],
                    "must": req["must"],
                    "verdict": verdict,
                    "score": SCORES[verdict],
                    "evidence": lines[line] if line is not None else None,
                    "reason": REASONS[verdict],
                }
            )
        store.put_match(
            job["id"],
            cand,
            req_hash,
            model_id,
            {"resume": name, "rank": 0, "score": score, "knocked_out": ko, "requirements": reqs},
        )
        ids["cands"].append(cand)
    store.add_decision(
        job["id"], ids["cands"][0], "interview", "沟通清晰，外贸经验扎实，安排二面。", "hank"
    )
    store.close()
    return ids


def upload_demo(app, job_id: int) -> str:
    """An upload batch with a parsed-or-failed mix, so the status page has rows."""
    from matcher.service import get_batch, run_pending, upload_resumes
    from matcher.store import open_store

    store = open_store(app.config["SETTINGS"])
    rita = next(u for u in store.list_users() if u["name"] == "rita")
    files = [
        (n, ("\n".join(lines)).encode())
        for n, lines in sorted(RESUMES.items())
        if n.endswith(".txt")
    ]
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
        ids = seed_demo(app)
        batch_id = upload_demo(app, ids["job"])
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
