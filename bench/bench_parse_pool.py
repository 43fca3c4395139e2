"""What the parse workers (matcher.isolate) cost per upload: a typical résumé file parsed in this
process and through the pool (send the bytes, parse in the worker, send the profile back), the
median of 50 of each, and the time to start a fresh worker (after a kill).

Run from the repo root: .venv/bin/python bench/bench_parse_pool.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESUME = (
    "姓名：林小雨（虚构）\n邮箱：lin.xiaoyu@example.com\n电话：13800000000\n"
    "教育背景\n2012.09-2016.06 示范大学 市场营销 本科\n"
    "工作经历\n2016.07-2020.06 某贸易有限公司 客服专员\n负责客户咨询与投诉处理，月均处理工单 600 件。\n"
    "2020.07-至今 某科技有限公司 客服主管\n带领 12 人团队，客户满意度提升至 96%。\n"
    "技能\n熟练使用 Excel、CRM 系统；英语六级。\n"
) * 3


def main() -> None:
    from matcher import parse_tasks
    from matcher.isolate import ParsePool, _Worker
    from matcher.settings import Settings

    settings = Settings()
    data = RESUME.encode()
    inline, pooled = [], []
    parse_tasks.resume_file(data, "cv.txt", settings)  # warm
    pool = ParsePool(workers=1, max_seconds=20, max_mb=512)
    pool.run(parse_tasks.resume_file, data, "cv.txt", settings, label="cv.txt")  # start + warm
    for _ in range(50):
        start = time.perf_counter()
        parse_tasks.resume_file(data, "cv.txt", settings)
        inline.append(time.perf_counter() - start)
        start = time.perf_counter()
        pool.run(parse_tasks.resume_file, data, "cv.txt", settings, label="cv.txt")
        pooled.append(time.perf_counter() - start)
    starts = []
    for _ in range(5):
        start = time.perf_counter()
        _Worker(512).kill()
        starts.append(time.perf_counter() - start)
    pool.close()
    a, b = statistics.median(inline) * 1000, statistics.median(pooled) * 1000
    print(
        f"résumé of {len(RESUME)} characters: in process {a:.2f} ms, through the pool {b:.2f} ms "
        f"(+{b - a:.2f} ms per upload); a fresh worker starts in "
        f"{statistics.median(starts) * 1000:.0f} ms (median of 5)"
    )


if __name__ == "__main__":
    main()
