"""Helpers the benchmarks share: input data, machine facts, peak memory, tables, results files.

Benchmarks are scripts, not tests: they print a readable table and write the same figures as
JSON to ``bench/results/`` (gitignored) so runs can be compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from eventwire.model import Report
from eventwire.read import ReadError, ReadOptions, read_reports

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLES = ROOT.parent / "shared" / "data" / "dev" / "gva_dev.articles.jsonl"
SAMPLES = ROOT / "samples"
RESULTS = ROOT / "bench" / "results"
BUSY_LOAD = 0.7  # 1-minute load average above which timings are flagged as disturbed
T = TypeVar("T")


def dev_reports(limit: int | None = None, *, allow_samples: bool = True) -> list[Report]:
    """The GVA dev reports (or the bundled samples, said so on stderr, when absent)."""
    if DEV_ARTICLES.is_file():
        source: Path = DEV_ARTICLES
    elif allow_samples:
        print(f"note: {DEV_ARTICLES} is absent; using {SAMPLES} instead", file=sys.stderr)
        source = SAMPLES
    else:
        raise SystemExit(f"skipped: {DEV_ARTICLES} is absent (it only exists beside the repo)")
    reports = []
    for item in read_reports([source], ReadOptions(check_language=False)):
        if isinstance(item, ReadError):
            continue
        reports.append(item)
        if limit is not None and len(reports) >= limit:
            break
    return reports


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def children_peak_rss_mb() -> float:
    """Largest peak RSS among this process's waited-for children (not a sum)."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_average() -> float:
    return os.getloadavg()[0]


def wait_until_quiet(max_wait_s: float, threshold: float = BUSY_LOAD) -> float:
    """Wait (up to ``max_wait_s``) for the 1-minute load average to fall below ``threshold``.

    On a shared machine other people's jobs skew wall-clock figures; returns the load then.
    """
    deadline = time.monotonic() + max_wait_s
    while load_average() >= threshold and time.monotonic() < deadline:
        time.sleep(5)
    return load_average()


def add_wait_quiet(parser: argparse.ArgumentParser) -> None:
    """The ``--wait-quiet S`` option every timed benchmark offers."""
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0,
        metavar="S",
        help=f"before each run, wait up to S seconds for load average < {BUSY_LOAD}",
    )


class Timed(Generic[T]):
    """Wraps an iterator and adds up the time spent inside ``next()``: the time the consumer
    waited for its producer (extraction), as opposed to its own work (storing)."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = iter(items)
        self.seconds = 0.0

    def __iter__(self) -> Iterator[T]:
        while True:
            start = time.perf_counter()
            try:
                item = next(self.items)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            yield item


def code_fingerprint() -> str:
    """Hash of the extraction sources: runs that differ here ran different code."""
    h = hashlib.sha256()
    src = ROOT / "src" / "eventwire"
    for path in sorted([*(src / "extract").glob("*.py"), *(src / "resolve").glob("*.py")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def machine() -> dict[str, Any]:
    """What the figures were measured on: they mean little without it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    import spacy

    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(),
        "commit": commit,
        "load_average_at_start": round(load_average(), 2),
    }


def write_results(name: str, data: dict[str, Any]) -> Path:
    """``bench/results/<name>.json`` (latest run) and a dated copy beside it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / f"{name}.json"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = json.dumps(data, indent=2, ensure_ascii=False)
    latest.write_text(text + "\n", encoding="utf-8")
    (RESULTS / f"{name}-{stamp}.json").write_text(text + "\n", encoding="utf-8")
    return latest


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain aligned text table: readable in a terminal, a log file or CI output."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append(
            "  ".join(
                v.rjust(w) if _numeric(v) else v.ljust(w) for v, w in zip(row, widths, strict=True)
            )
        )
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).replace("x", "").lstrip("-").isdigit()


def replicated(reports: Sequence[Report], n: int, shift_days: int = 120) -> Iterator[Report]:
    """``n`` distinct reports cycling through ``reports``, each copy a different happening.

    Copy k gets id ``<id>~k`` and its publication date moved ``k * shift_days`` later, so
    relative dates ("on Saturday") move with it and copies mostly land outside each other's
    deduplication window instead of piling onto one ever-growing event.
    """
    for i in range(n):
        base = reports[i % len(reports)]
        copy = i // len(reports)
        yield Report(
            id=f"{base.id}~{copy}" if copy else base.id,
            text=base.text,
            title=base.title,
            published=_shifted(base.published, copy * shift_days),
            url=base.url,
            source=base.source,
            origin=base.origin,
        )


def _shifted(published: str | None, days: int) -> str | None:
    if not published or not days:
        return published
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return published
    return (day + dt.timedelta(days=days)).isoformat() + published[10:]


def write_jsonl(reports: Iterable[Report], path: Path) -> int:
    """Write reports as eventwire JSONL input; returns how many."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for r in reports:
            record = {
                "id": r.id,
                "title": r.title,
                "text": r.text,
                "published": r.published,
                "url": r.url,
                "source": r.source,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
