"""Median milliseconds per text résumé through parse_resume (a Chinese and an English résumé of
typical length, written here; fictional people). Run: .venv/bin/python bench/bench_resume_speed.py"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matcher.resume import parse_resume  # noqa: E402

ZH_JOB = (
    "{y}.03-{z}.02  华东某某科技有限公司{i}  高级Java开发工程师\n"
    "负责订单、库存与支付系统的设计与开发；使用Spring Boot、MySQL、Redis与Kafka。"
    "优化慢查询，接口响应时间降低40%；带领4人小组完成微服务拆分。\n"
)
ZH = (
    "个人简历\n周子涵\n电话：139-1234-5678  邮箱：zihan.zhou@example.com\n性别：女  出生年月：1991.08\n\n"
    "教育背景\n2009.09-2013.06  南京理工大学  软件工程  本科\n2013.09-2016.06  东南大学  计算机技术  硕士\n\n"
    "工作经历\n"
    + "".join(ZH_JOB.format(y=2016 + i, z=2017 + i, i=i) for i in range(6))
    + "\n项目经验\n"
    + "电商平台重构：日处理订单一百万笔，采用分库分表与消息队列削峰。\n" * 5
    + "\n专业技能\n熟练掌握Java、Python、MySQL、Redis；熟悉Docker、Kubernetes、Linux\n"
    "\n语言能力\n英语CET-6，普通话二级甲等\n\n证书\nPMP、驾驶证C1\n\n自我评价\n"
    + "工作认真负责，善于沟通，学习能力强。"
    * 4
)
EN = (
    "Daniel Brooks\ndaniel.brooks@example.com | +44 20 7946 0123\n\nSummary\n"
    + "Backend engineer with a focus on payments and data pipelines. " * 4
    + "\n\nExperience\n"
    + "".join(
        f"Software Engineer, Example Systems Ltd (Jan {2012 + i} - Dec {2013 + i})\n"
        "Built services in Python and Go; ran PostgreSQL and Kafka in production. "
        "Cut p99 latency by 30%.\n"
        for i in range(6)
    )
    + "\nEducation\n2008 - 2012 University of Bristol, BSc in Mathematics\n\n"
    "Skills\nPython, Go, SQL, Docker, Kubernetes, AWS\n\nLanguages\nIELTS 8.0; German (fluent)\n"
)


def median_ms(text: str, runs: int = 30) -> float:
    """Median wall time of parse_resume(text) over `runs` calls, in milliseconds."""
    parse_resume(text, today="2026-01-01")  # warm up regex caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        parse_resume(text, today="2026-01-01")
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    """Print the median per résumé."""
    for name, text in (("chinese", ZH), ("english", EN)):
        print(f"{name}: {len(text)} chars, median {median_ms(text):.1f} ms per parse_resume")
    return 0


if __name__ == "__main__":
    sys.exit(main())
