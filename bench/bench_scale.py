"""Bulk ingest at scale: time and peak memory of ``eventwire ingest`` at 1k, 10k (100k) reports.

Input: the GVA dev reports plus the bundled samples, replicated with new ids and shifted dates
(see ``common.replicated``) into a temporary JSONL file; each size goes into a fresh store.
Each run is a real ``eventwire ingest`` subprocess, sampled every 0.25 s for the RSS of every
process in its tree and for the number of reports committed, to show whether time grows
linearly and memory stays flat. Then, in this process, one size is decomposed: how long the
single writer (store + dedup) spends per report versus waiting for extraction, and where the
writer's own time goes (cProfile of ``Store.ingest`` over pre-extracted results).

    .venv/bin/python bench/bench_scale.py                 # 1k and 10k, 2 workers
    .venv/bin/python bench/bench_scale.py --max 100000    # adds 100k (about an hour or more)
    .venv/bin/python bench/bench_scale.py --quick         # 200 and 600
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psutil

from common import (
    BUSY_LOAD,
    SAMPLES,
    Timed,
    add_wait_quiet,
    code_fingerprint,
    dev_reports,
    load_average,
    machine,
    replicated,
    table,
    wait_until_quiet,
    write_jsonl,
    write_results,
)
from eventwire.model import Report
from eventwire.read import ReadError, ReadOptions, read_reports

T = TypeVar("T")
SAMPLE_EVERY_S = 0.25


def base_reports() -> list[Report]:
    reports = dev_reports()
    if SAMPLES.is_dir():
        reports += [
            r
            for r in read_reports([SAMPLES], ReadOptions(check_language=False))
            if not isinstance(r, ReadError)
        ]
    return reports


# ----------------------------------------------------------------------------- CLI runs


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def run_ingest(source: Path, db: Path, workers: int, engine: str) -> dict[str, Any]:
    """One ``eventwire ingest`` run, its process tree sampled for RSS and progress."""
    cmd = [
        sys.executable,
        "-m",
        "eventwire",
        "ingest",
        str(source),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--engine",
        engine,
        "--no-progress",
    ]
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        root = psutil.Process(proc.pid)
        peaks: dict[int, tuple[str, float]] = {}
        timeline: list[tuple[float, int, float, float]] = []
        last_count = 0.0
        count = 0
        while proc.poll() is None:
            parent_rss, worker_rss = 0.0, 0.0
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                tree = []
            for p in tree:
                try:
                    rss = p.memory_info().rss / 2**20
                    role = "parent" if p.pid == proc.pid else _role(p)
                except psutil.Error:
                    continue
                if rss > peaks.get(p.pid, ("", 0.0))[1]:
                    peaks[p.pid] = (role, rss)
                if p.pid == proc.pid:
                    parent_rss = rss
                elif role == "worker":
                    worker_rss = max(worker_rss, rss)
            now = time.perf_counter() - started
            if now - last_count >= 1.0:
                count, last_count = _stored(db), now
            if parent_rss > 0:  # the last sample may come after the process exited
                timeline.append((round(now, 2), count, round(parent_rss, 1), round(worker_rss, 1)))
            time.sleep(SAMPLE_EVERY_S)
        elapsed = time.perf_counter() - started
        err.seek(0)
        stderr = err.read()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{stderr[-3000:]}")
    summary = [line for line in stderr.splitlines() if line.startswith("ingested")]
    return {
        "elapsed_s": elapsed,
        "stored": _stored(db),
        "summary": summary[-1] if summary else "",
        "db_mb": db.stat().st_size / 2**20,
        "peak_rss_mb": {
            "parent": max((v for r, v in peaks.values() if r == "parent"), default=0.0),
            "worker_max": max((v for r, v in peaks.values() if r == "worker"), default=0.0),
            "workers": sorted(round(v, 1) for r, v in peaks.values() if r == "worker"),
        },
        "timeline": timeline[:: max(1, len(timeline) // 400)],  # at most ~400 samples kept
    }


def _role(p: psutil.Process) -> str:
    cmdline = " ".join(p.cmdline())
    if "resource_tracker" in cmdline:
        return "tracker"
    if "forkserver" in cmdline and p.children():
        return "forkserver"
    return "worker"


def quartiles(run: dict[str, Any]) -> list[tuple[str, float, float, float]]:
    """(quarter, reports/s within it, parent RSS, worker RSS) at each quarter of the run."""
    line = [s for s in run["timeline"] if s[1] > 0]
    if len(line) < 8:
        return []
    out = []
    n = len(line)
    for q in range(4):
        a, b = line[q * n // 4], line[min(n - 1, (q + 1) * n // 4)]
        rate = (b[1] - a[1]) / (b[0] - a[0]) if b[0] > a[0] else 0.0
        out.append((f"Q{q + 1}", rate, b[2], b[3]))
    return out


# ----------------------------------------------------------------------------- decomposition


def decompose(reports: list[Report], workers: int, tmp: Path) -> dict[str, Any]:
    """Where ingest time goes: extraction vs the single writer; and the writer's hot spots."""
    from eventwire.bulk import BulkStats, extract_stream, successful
    from eventwire.store import Store

    stats = BulkStats()
    kept: list[Any] = []

    def keep(pairs: Iterable[Any]) -> Iterator[Any]:
        for pair in pairs:
            kept.append(pair)
            yield pair

    stream = Timed(
        keep(successful(extract_stream(reports, workers, stats=stats), lambda r, f: None))
    )
    t0 = time.perf_counter()
    with Store.open(tmp / "decompose.db") as store:
        store.ingest(stream, batch_size=50)
    total = time.perf_counter() - t0
    write_s = total - stream.seconds

    # The writer alone, over the same results: its ceiling in reports/s.
    t0 = time.perf_counter()
    with Store.open(tmp / "writer.db") as store:
        store.ingest(kept, batch_size=50)
    writer_only = time.perf_counter() - t0

    profile = cProfile.Profile()
    with Store.open(tmp / "profiled.db") as store:
        profile.enable()
        store.ingest(kept, batch_size=50)
        profile.disable()
    text = io.StringIO()
    pstats.Stats(profile, stream=text).sort_stats("tottime").print_stats(12)
    hot = [line for line in text.getvalue().splitlines() if line.strip()][-13:]
    return {
        "reports": len(reports),
        "workers": workers,
        "wall_s": total,
        "parent_waiting_for_extraction_s": stream.seconds,
        "parent_writing_s": write_s,
        "writer_busy_share": write_s / total,
        "workers_parse_s": stats.parse_s,
        "workers_code_s": stats.code_s,
        "writer_only_s": writer_only,
        "writer_ceiling_reports_per_s": len(kept) / writer_only,
        "extraction_cpu_s_per_report": (stats.parse_s + stats.code_s) / max(1, stats.reports),
        "writer_hot_spots": hot,
    }


# ----------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 and 600 reports")
    parser.add_argument("--max", type=int, default=10_000, help="largest size (default 10000)")
    parser.add_argument("--sizes", type=int, nargs="+", help="exactly these sizes instead")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    add_wait_quiet(parser)
    parser.add_argument(
        "--decompose",
        type=int,
        default=1000,
        help="reports for the extraction-vs-writer breakdown (0: skip)",
    )
    args = parser.parse_args()
    if args.sizes:
        sizes = sorted(args.sizes)
    elif args.quick:
        sizes = [200, 600]
    else:
        sizes = sorted({s for s in (1000, 10_000, 100_000) if s <= args.max} | {args.max})
    decompose_n = min(args.decompose, 200 if args.quick else args.decompose)

    info = machine()
    info["code"] = code_fingerprint()
    base = base_reports()
    runs = []
    with tempfile.TemporaryDirectory(prefix="eventwire-scale-") as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes:
            source = tmp / f"reports-{n}.jsonl"
            write_jsonl(replicated(base, n), source)
            print(
                f"ingesting {n:,} reports with {args.workers} {args.engine} workers...",
                file=sys.stderr,
                flush=True,
            )
            if args.wait_quiet:
                wait_until_quiet(args.wait_quiet)
            load_before = load_average()
            run = run_ingest(source, tmp / f"scale-{n}.db", args.workers, args.engine)
            run.update(size=n, load_average=[round(load_before, 2), round(load_average(), 2)])
            run["reports_per_s"] = n / run["elapsed_s"]
            run["s_per_1k"] = run["elapsed_s"] / n * 1000
            run["quarters"] = quartiles(run)
            runs.append(run)
            source.unlink()
        breakdown = None
        if decompose_n:
            print(f"decomposing {decompose_n} reports...", file=sys.stderr, flush=True)
            breakdown = decompose(list(replicated(base, decompose_n)), args.workers, tmp)

    print(
        f"bench_scale  {info['date']}  {info['usable_cpus']} CPUs  commit "
        f"{info['commit'] or '?'}  {args.workers} {args.engine} workers"
    )
    print(
        table(
            [
                "reports",
                "wall s",
                "reports/s",
                "s per 1k",
                "parent peak MB",
                "worker peak MB",
                "db MB",
                "load avg",
            ],
            [
                [
                    r["size"],
                    r["elapsed_s"],
                    r["reports_per_s"],
                    r["s_per_1k"],
                    r["peak_rss_mb"]["parent"],
                    r["peak_rss_mb"]["worker_max"],
                    r["db_mb"],
                    f"{r['load_average'][0]:.1f}->{r['load_average'][1]:.1f}",
                ]
                for r in runs
            ],
        )
    )
    largest = runs[-1]
    if largest["quarters"]:
        print(f"\nwithin the {largest['size']:,} run (rate and RSS at the end of each quarter):")
        print(
            table(["quarter", "reports/s", "parent RSS MB", "worker RSS MB"], largest["quarters"])
        )
    if len(runs) > 1:
        print(
            f"\ntime per report, largest vs smallest size: "
            f"{runs[-1]['s_per_1k'] / runs[0]['s_per_1k']:.2f}x (1.00 = perfectly linear)"
        )
    if breakdown:
        b = breakdown
        print(
            f"\nwhere ingest time goes ({b['reports']} reports, {b['workers']} workers, "
            f"{b['wall_s']:.1f}s wall):"
        )
        print(
            f"  parent waiting for extraction {b['parent_waiting_for_extraction_s']:.1f}s, "
            f"writing (store + dedup) {b['parent_writing_s']:.1f}s "
            f"= writer busy {b['writer_busy_share']:.0%}"
        )
        print(
            f"  inside workers: spaCy parse {b['workers_parse_s']:.1f}s, eventwire rules "
            f"{b['workers_code_s']:.1f}s ({b['extraction_cpu_s_per_report'] * 1000:.0f} ms "
            "per report)"
        )
        print(
            f"  writer alone over the same results: {b['writer_only_s']:.1f}s = ceiling "
            f"{b['writer_ceiling_reports_per_s']:.0f} reports/s for one store"
        )
        print("  writer hot spots (cProfile, by own time):")
        for line in b["writer_hot_spots"]:
            print(f"    {line}")
    if any(r["load_average"][0] > BUSY_LOAD for r in runs):
        print(
            f"note: load average above {BUSY_LOAD} during some runs (other work on this "
            "machine): wall-clock figures are pessimistic."
        )
    if info["code"] != code_fingerprint():
        print("note: the extraction code was edited during the benchmark.")
    path = write_results("scale", {"machine": info, "runs": runs, "breakdown": breakdown})
    print(f"results: {path}")


if __name__ == "__main__":
    main()
