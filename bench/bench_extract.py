"""Extraction throughput: raw spaCy vs eventwire in 1 process, N local workers, N Dask workers.

Each configuration runs in its own child process over the same reports (the GVA dev set, or
the bundled samples when it is absent), so peak RSS is per process and one configuration's
warm caches never help the next. Reports articles/s, tokens/s, the ratio to raw ``nlp.pipe``,
the speed-up over 1 process, CPU seconds, and peak RSS of every process, against the targets:
extraction >= 0.8x raw nlp.pipe; >= 1.7x from 1 to 2 workers; < 600 MB per process.

Two baselines parse exactly the texts eventwire parses: ``raw`` runs the same components
eventwire runs (the model without tagger, attribute_ruler and lemmatizer, whose outputs it never
reads) and is the one the ratio is taken against; ``raw-full`` runs the whole model, for
reference (what a user calling ``spacy.load`` would pay).

Worker start-up (spawning, loading the model) is inside the timed span of the pool engines
and outside it for the 1-process runs: a conservative speed-up.

    .venv/bin/python bench/bench_extract.py            # all dev reports (~1,800)
    .venv/bin/python bench/bench_extract.py --quick    # 150 reports
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from typing import Any

from common import (
    BUSY_LOAD,
    add_wait_quiet,
    code_fingerprint,
    dev_reports,
    load_average,
    machine,
    peak_rss_mb,
    table,
    wait_until_quiet,
    write_results,
)

TARGET_RATIO = 0.8
TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 600.0
QUICK_LIMIT = 150


def configs(workers: int) -> list[str]:
    return ["raw-full", "raw", "eventwire-1", f"local-{workers}", f"dask-{workers}"]


# ----------------------------------------------------------------------------- child side


def run_one(name: str, limit: int | None) -> dict[str, Any]:
    """Measure one configuration in this (fresh) process."""
    from eventwire.extract.pipeline import parse_text

    reports = dev_reports(limit)
    texts = [parse_text(r) for r in reports]  # exactly what eventwire parses
    load_before = load_average()
    out: dict[str, Any] = {"config": name, "articles": len(reports), "code": code_fingerprint()}
    if name.startswith("raw"):
        from eventwire.extract.nlp import load_nlp

        t0 = time.perf_counter()
        nlp = load_nlp(lean=name == "raw")
        out["load_s"] = time.perf_counter() - t0
        cpu0, t0 = time.process_time(), time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
        out["elapsed_s"] = time.perf_counter() - t0
        out["cpu_s"] = time.process_time() - cpu0
        out["tokens"] = tokens
        out["digest"] = None
        out["processes"] = [{"role": "main", "peak_rss_mb": peak_rss_mb()}]
    else:
        from eventwire.bulk import BulkStats, extract_stream
        from eventwire.bulk.worker import get_extractor

        kind, _, n = name.partition("-")
        workers = int(n)
        engine = "dask" if kind == "dask" else "local"
        if kind == "eventwire":
            t0 = time.perf_counter()
            get_extractor()  # 1 process: load outside the timed span, like the raw run
            out["load_s"] = time.perf_counter() - t0
        stats = BulkStats()
        digest = hashlib.sha256()
        cpu0, t0 = time.process_time(), time.perf_counter()
        first_at: float | None = None
        for _report, outcome in extract_stream(reports, workers, engine, stats=stats):
            if first_at is None:
                first_at = time.perf_counter()
                first_reports = stats.reports
            digest.update(
                json.dumps(
                    outcome.to_dict() if hasattr(outcome, "to_dict") else str(outcome),
                    sort_keys=True,
                ).encode()
            )
        out["elapsed_s"] = time.perf_counter() - t0
        parent_cpu = time.process_time() - cpu0
        if first_at is not None:  # start-up: spawning workers, loading models, first chunk
            out["first_result_s"] = first_at - t0
            out["steady_articles_per_s"] = (len(reports) - first_reports) / max(
                out["elapsed_s"] - out["first_result_s"], 1e-9
            )
        out["failures"] = stats.failures
        out["tokens"] = stats.tokens
        out["parse_s"] = stats.parse_s
        out["code_s"] = stats.code_s
        out["digest"] = digest.hexdigest()[:16]
        if kind == "eventwire":
            out["cpu_s"] = parent_cpu
            out["processes"] = [{"role": "main", "peak_rss_mb": peak_rss_mb()}]
        else:
            out["load_s"] = max(stats.worker_load_s.values(), default=0.0)
            out["cpu_s"] = parent_cpu + sum(stats.worker_cpu_s.values())
            out["processes"] = [
                {"role": "parent", "peak_rss_mb": peak_rss_mb(), "cpu_s": parent_cpu}
            ]
            out["processes"] += [
                {"role": f"worker {pid}", "peak_rss_mb": rss, "cpu_s": stats.worker_cpu_s[pid]}
                for pid, rss in sorted(stats.worker_peak_rss_mb.items())
            ]
    out["load_average"] = [round(load_before, 2), round(load_average(), 2)]
    if out["code"] != code_fingerprint():
        out["code"] += " (changed during the run)"
    return out


# ----------------------------------------------------------------------------- parent side


def measure(name: str, limit: int | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", name]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summarise(runs: list[dict[str, Any]], workers: int) -> dict[str, Any]:
    by = {r["config"]: r for r in runs}
    raw = by["raw"]
    one = by["eventwire-1"]
    for r in runs:
        r["articles_per_s"] = r["articles"] / r["elapsed_s"]
        r["tokens_per_s"] = r["tokens"] / r["elapsed_s"]
        r["ratio_to_raw"] = r["articles_per_s"] / raw["articles"] * raw["elapsed_s"]
        r["speedup_vs_1"] = one["elapsed_s"] / r["elapsed_s"]
        r["articles_per_cpu_s"] = r["articles"] / r["cpu_s"] if r.get("cpu_s") else None
        r["max_rss_mb"] = max(p["peak_rss_mb"] for p in r["processes"])
        if r.get("steady_articles_per_s"):
            r["steady_speedup_vs_1"] = r["steady_articles_per_s"] / one["steady_articles_per_s"]
    local = by[f"local-{workers}"]
    dask = by[f"dask-{workers}"]
    ours = [r for r in runs if not r["config"].startswith("raw")]  # baselines, not us
    digests = {r["digest"] for r in ours}
    codes = {r["code"] for r in runs}
    return {
        "extraction_vs_raw": one["ratio_to_raw"],
        "extraction_vs_raw_full_model": one["articles_per_s"] / by["raw-full"]["articles_per_s"],
        "speedup_local": local["speedup_vs_1"],
        "speedup_dask": dask["speedup_vs_1"],
        "steady_speedup_local": local.get("steady_speedup_vs_1"),
        "steady_speedup_dask": dask.get("steady_speedup_vs_1"),
        "max_rss_mb": max(r["max_rss_mb"] for r in ours),
        "identical_results": len(digests) == 1,
        "same_code_throughout": len(codes) == 1,
        "targets": {
            f"extraction >= {TARGET_RATIO}x raw": one["ratio_to_raw"] >= TARGET_RATIO,
            f"local 1->{workers} workers >= {TARGET_SPEEDUP}x": local["speedup_vs_1"]
            >= TARGET_SPEEDUP,
            f"dask 1->{workers} workers >= {TARGET_SPEEDUP}x": dask["speedup_vs_1"]
            >= TARGET_SPEEDUP,
            f"peak RSS < {TARGET_RSS_MB:.0f} MB per eventwire process": max(
                r["max_rss_mb"] for r in ours
            )
            < TARGET_RSS_MB,
        },
    }


def report(runs: list[dict[str, Any]], summary: dict[str, Any]) -> str:
    rows = []
    for r in runs:
        rows.append(
            [
                r["config"],
                r["articles"],
                r["elapsed_s"],
                r["articles_per_s"],
                round(r["tokens_per_s"]),
                f"{r['ratio_to_raw']:.2f}x",
                f"{r['speedup_vs_1']:.2f}x",
                r["articles_per_cpu_s"],
                " / ".join(f"{p['peak_rss_mb']:.0f}" for p in r["processes"]),
                f"{r['load_average'][0]:.1f}->{r['load_average'][1]:.1f}",
            ]
        )
    lines = [
        table(
            [
                "config",
                "articles",
                "wall s",
                "art/s",
                "tokens/s",
                "vs raw",
                "vs 1 proc",
                "art/cpu-s",
                "peak RSS MB (per process)",
                "load avg",
            ],
            rows,
        )
    ]
    lines.append(
        "\nafter the first result (start-up excluded: spawning workers, loading the model):\n"
        + "\n".join(
            f"  {r['config']}: first result after {r['first_result_s']:.1f}s, then "
            f"{r['steady_articles_per_s']:.1f} art/s ({r['steady_speedup_vs_1']:.2f}x 1 process)"
            for r in runs
            if r.get("steady_articles_per_s")
        )
    )
    split = [r for r in runs if r.get("parse_s")]
    if split:
        r = split[0]
        share = r["code_s"] / (r["parse_s"] + r["code_s"])
        lines.append(
            f"\ntime inside workers ({r['config']}): spaCy parse {r['parse_s']:.1f}s, "
            f"eventwire rules + gazetteer {r['code_s']:.1f}s ({share:.0%} of extraction)"
        )
    lines.append(
        f"eventwire 1 process vs raw nlp.pipe of the whole model: "
        f"{summary['extraction_vs_raw_full_model']:.2f}x"
    )
    same = summary["identical_results"]
    lines.append(f"results identical across engines: {same}")
    if not same and not summary["same_code_throughout"]:
        lines.append("  (the extraction code was edited between runs: not comparable)")
    for name, ok in summary["targets"].items():
        lines.append(f"  [{'ok' if ok else 'MISS'}] {name}")
    if any(r["load_average"][0] > BUSY_LOAD for r in runs):
        lines.append(
            f"note: the 1-minute load average exceeded {BUSY_LOAD} during some runs (other "
            "work on this machine): wall-clock figures, above all speed-ups, are pessimistic; "
            "art/cpu-s is the contention-resistant figure."
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_LIMIT} reports only")
    parser.add_argument("--limit", type=int, help="reports to use (default: all dev reports)")
    parser.add_argument("--workers", type=int, default=2, help="workers for the pool engines")
    add_wait_quiet(parser)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # child mode: one configuration
    args = parser.parse_args()
    limit = args.limit or (QUICK_LIMIT if args.quick else None)
    if args.one:
        print(json.dumps(run_one(args.one, limit)))
        return
    info = machine()
    runs = []
    for name in configs(args.workers):
        if args.wait_quiet:
            wait_until_quiet(args.wait_quiet)
        print(f"running {name}...", file=sys.stderr, flush=True)
        runs.append(measure(name, limit))
    summary = summarise(runs, args.workers)
    print(
        f"bench_extract  {info['date']}  {info['usable_cpus']} CPUs  spaCy {info['spacy']}  "
        f"commit {info['commit'] or '?'}  pid {os.getpid()}"
    )
    print(report(runs, summary))
    path = write_results("extract", {"machine": info, "summary": summary, "runs": runs})
    print(f"results: {path}")


if __name__ == "__main__":
    main()
