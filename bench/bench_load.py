"""Load: the real server (`python -m matcher serve` on a free 127.0.0.1 port, temp database)
driven by concurrent clients doing résumé uploads and shortlist reads. Prints throughput,
latency p50/p95/p99 per operation, errors, and whether every uploaded file was kept. Bounded in
requests and time; loopback only. Run from the repo root:
    nice -n 10 .venv/bin/python bench/bench_load.py [--clients 20] [--uploads 5] [--runs 3]"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # loopback only: the bench never talks to anything else
PASSWORD = "load-bench-password"
JD = """客服主管
岗位职责：负责客服团队的日常管理、排班与培训；处理客户投诉，提升客户满意度。
任职要求：1. 本科及以上学历；2. 3年以上客服工作经验；3. 熟练使用Excel；4. 英语六级。
"""
POSTING = {
    "title": "客服主管",
    "language": "zh",
    "sections": {"summary": "", "duties": "", "qualifications": "", "other": ""},
    "duties": ["负责客服团队的日常管理"],
    "requirements": [
        {"kind": "education", "text": "本科及以上学历", "must": True, "weight": 1.0,
         "min_level": "bachelor"},
        {"kind": "skill", "text": "熟练使用Excel", "must": False, "weight": 1.0,
         "values": ["Excel"]},
    ],
    "flags": [],
}  # fmt: skip


def resume(client: int, i: int) -> bytes:
    """A fictional résumé, different for every (client, i)."""
    n = client * 1000 + i
    return (
        f"测试{n:05d}\n邮箱：load{n}@example.com\n"
        f"教育背景：{2005 + n % 10}.09-{2009 + n % 10}.06 示范大学 管理 本科\n"
        f"工作经历：{2010 + n % 8}.07-2024.06 某公司 客服主管，负责客户服务与团队协作。\n"
        f"技能：熟练使用Excel；英语六级。编号 {n}\n"
    ).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def cli(env: dict, *args: str, stdin: str = "") -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "matcher", *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def request(method: str, url: str, token: str, body: bytes | None = None, ctype: str = ""):
    """(status, body bytes, seconds); a connection failure is status 0."""
    headers = {"Authorization": f"Bearer {token}"}
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            data = r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        data, status = exc.read(), exc.code
    except OSError as exc:
        data, status = str(exc).encode(), 0
    return status, data, time.perf_counter() - start


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def wait_up(base: str, proc: subprocess.Popen, limit: float = 60) -> None:
    end = time.time() + limit
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not answer /healthz in time")


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def one_run(clients: int, uploads: int, time_limit: float) -> dict:
    """Start a server, load it, check nothing was lost, stop it: the run's figures."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    port = free_port()
    env = {
        **os.environ,
        "MATCHER_DB": str(tmp / "m.db"),
        "MATCHER_UPLOAD_DIR": str(tmp / "files"),
        "MATCHER_PORT": str(port),
        "MATCHER_HOST": HOST,
        "MATCHER_MODEL_DIR": os.environ.get("MATCHER_MODEL_DIR", str(ROOT / "var" / "models")),
        "MATCHER_SECRET_KEY": "bench",
    }
    cli(env, "init-db")
    cli(env, "users", "add", "loader", "--role", "recruiter", stdin=PASSWORD + "\n")
    token = cli(env, "users", "token", "loader")["token"]
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "matcher", "serve"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    base = f"http://{HOST}:{port}"
    try:
        wait_up(base, server)
        status, data, _ = request(
            "POST", base + "/api/jobs", token, json.dumps({"text": JD}).encode(),
            "application/json",
        )  # fmt: skip
        if status == 201:
            job = json.loads(data)["jobs"][0]["id"]
        else:  # the JD parser may not exist yet: put the posting in directly
            from matcher.settings import Settings
            from matcher.store import open_store

            store = open_store(Settings.from_env(env))
            user = [u for u in store.list_users() if u["name"] == "loader"][0]
            job = store.add_job(POSTING, user["id"], None)["id"]
            store.close()
        lat: dict[str, list[float]] = {"upload": [], "shortlist": []}
        errors: list[str] = []
        sent: list[str] = []
        failed: list[str] = []  # kept but not parsed (the file's own error)
        answered: dict[str, int] = {}  # status each upload's response gave
        lock = threading.Lock()
        deadline = time.time() + time_limit

        def client(c: int) -> None:
            for i in range(uploads):
                if time.time() > deadline:
                    return
                name = f"c{c:02d}-{i:03d}.txt"
                body, ctype = multipart(name, resume(c, i))
                st, data, sec = request(
                    "POST", f"{base}/api/jobs/{job}/resumes", token, body, ctype
                )
                with lock:
                    lat["upload"].append(sec)
                    if st == 200:
                        sent.append(name)
                        row = json.loads(data)["files"][0]
                        answered[row["status"]] = answered.get(row["status"], 0) + 1
                        if row["status"] == "failed":
                            failed.append(f"{name}: {row['error']}")
                    else:
                        errors.append(f"upload {st}: {data[:120]!r}")
                st, data, sec = request("GET", f"{base}/api/jobs/{job}/shortlist", token)
                with lock:
                    lat["shortlist"].append(sec)
                    if st != 200:
                        errors.append(f"shortlist {st}: {data[:120]!r}")

        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        st, data, _ = request("GET", f"{base}/api/jobs/{job}/progress", token)
        progress = json.loads(data) if st == 200 else {}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    # Zero lost files: every acknowledged upload has its row and its bytes on disk.
    conn = sqlite3.connect(tmp / "m.db")
    rows = conn.execute(
        "SELECT u.name, f.path FROM uploads u LEFT JOIN files f ON f.sha256 = u.sha256"
    ).fetchall()
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    kept = {name for name, path in rows if path and Path(path).exists()}
    lost = sorted(set(sent) - kept)
    statuses = progress.get("files", {})
    return {
        "requests": len(lat["upload"]) + len(lat["shortlist"]),
        "seconds": elapsed,
        "throughput": (len(lat["upload"]) + len(lat["shortlist"])) / elapsed,
        "lat": lat,
        "errors": errors,
        "failed": failed,
        "answered": dict(sorted(answered.items())),
        "sent": len(sent),
        "lost": lost,
        "listed": sum(statuses.values()) if statuses else None,
        "statuses": statuses,
        "integrity": integrity,
    }


def main() -> int:
    """Run the load several times and print medians."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--uploads", type=int, default=5, help="uploads (+ shortlist reads) per client")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--time-limit", type=float, default=180.0, help="seconds per run")
    args = ap.parse_args()
    runs = []
    for n in range(args.runs):
        r = one_run(args.clients, args.uploads, args.time_limit)
        runs.append(r)
        print(
            f"run {n + 1}: {r['requests']} requests in {r['seconds']:.1f} s = "
            f"{r['throughput']:.1f} req/s; errors {len(r['errors'])}; uploaded {r['sent']}, "
            f"lost {len(r['lost'])}, listed by /progress {r['listed']} {r['statuses']}; "
            f"parse failures {len(r['failed'])}; statuses answered {r['answered']}; "
            f"integrity {r['integrity']}",
            flush=True,
        )
        for e in r["errors"][:5] + r["failed"][:2]:
            print("   ", e)
    print(f"\n{args.clients} concurrent clients, {args.uploads} uploads + reads each, "
          f"medians of {len(runs)} runs:")  # fmt: skip
    print(f"  throughput   {statistics.median(r['throughput'] for r in runs):8.1f} req/s")
    for op in ("upload", "shortlist"):
        figures = [
            " ".join(f"p{p}={1000 * pct(r['lat'][op], p):.0f}ms" for p in (50, 95, 99))
            for r in runs
        ]
        p50 = statistics.median(pct(r["lat"][op], 50) for r in runs) * 1000
        p95 = statistics.median(pct(r["lat"][op], 95) for r in runs) * 1000
        p99 = statistics.median(pct(r["lat"][op], 99) for r in runs) * 1000
        print(f"  {op:<10}   p50 {p50:7.0f} ms  p95 {p95:7.0f} ms  p99 {p99:7.0f} ms"
              f"   (per run: {'; '.join(figures)})")  # fmt: skip
    total_errors = sum(len(r["errors"]) for r in runs)
    total_lost = sum(len(r["lost"]) for r in runs)
    print(f"  errors       {total_errors}")
    print(f"  lost files   {total_lost}")
    return 1 if total_errors or total_lost else 0


if __name__ == "__main__":
    sys.exit(main())
