"""Ingest throughput (reports/s) and peak memory, each part in a fresh process.

* ``store``: the writer alone (dedup, figures, indexes, transactions) on N generated
  (Report, ReportResult) pairs: what the store costs per report as it grows.
* ``pipeline``: read -> Extractor -> store on real text: the bundled samples, and the GVA dev
  set when ``../shared`` is present.

    .venv/bin/python bench/bench_ingest.py                  # all parts, JSON on stdout
    .venv/bin/python bench/bench_ingest.py --store-reports 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLES = ROOT.parent / "shared" / "data" / "dev" / "gva_dev.articles.jsonl"
PLACES = [  # (name, admin1, country code, lat, lon)
    ("Kerman", "Kerman", "IR", 30.28, 57.08),
    ("Mosul", "Nineveh", "IQ", 36.34, 43.12),
    ("Maiduguri", "Borno", "NG", 11.85, 13.16),
    ("Karachi", "Sindh", "PK", 24.86, 67.01),
    ("Kidal", "Kidal", "ML", 18.44, 1.41),
    ("Aleppo", "Aleppo", "SY", 36.20, 37.16),
    ("Chicago", "Illinois", "US", 41.88, -87.63),
    ("Houston", "Texas", "US", 29.76, -95.37),
]
WORDS = [
    "market",
    "checkpoint",
    "mosque",
    "school",
    "convoy",
    "station",
    "wedding",
    "bridge",
    "clinic",
    "bus",
]


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def generated_pairs(n: int, seed: int = 7) -> Iterator[tuple[object, object]]:
    """``n`` reports about n/3 distinct happenings (own town, position, names, words) spread
    over eight countries and three years: three outlets report each, tolls revised."""
    from eventwire.model import (
        Actor,
        DateInfo,
        Event,
        Figure,
        Location,
        Report,
        ReportResult,
        stable_event_id,
    )

    rng = random.Random(seed)
    start = dt.date(2021, 1, 1).toordinal()
    happening: dict[str, object] = {}
    for i in range(n):
        h = i // 3
        if i % 3 == 0:
            _, admin1, cc, lat, lon = PLACES[h % len(PLACES)]
            happening = {
                "town": f"Town{h:x}",
                "admin1": admin1,
                "cc": cc,
                "lat": lat + rng.uniform(-3, 3),
                "lon": lon + rng.uniform(-3, 3),
                "day": dt.date.fromordinal(start + rng.randrange(1095)),
                "killed": rng.randint(1, 40),
                "word": rng.choice(WORDS),
                "victim": f"Name{h:x} Surname{h * 7:x}",
            }
        town, day, word = happening["town"], happening["day"], happening["word"]
        killed = int(happening["killed"]) + i % 3  # type: ignore[call-overload]
        article = f"bench-{i:07d}"
        title = f"{str(word).title()} attack in {town} kills {killed}"
        text = (
            f"{title}. Officials said the attack on the {word} near {town} happened on "
            f"{day:%B %d}. {happening['victim']} was among the dead, relatives said."
        )
        event = Event(
            id=stable_event_id(article, "main", 0),
            article_id=article,
            role="main",
            event_type="Explosions/Remote violence",
            sub_event_type=None,
            mode=None,
            date=DateInfo(day.isoformat(), None, "day", f"{day:%B %d}"),  # type: ignore[str-format]
            location=Location(
                name=str(town),
                admin1=str(happening["admin1"]),
                country_code=str(happening["cc"]),
                lat=float(happening["lat"]),  # type: ignore[arg-type]
                lon=float(happening["lon"]),  # type: ignore[arg-type]
                precision="city",
            ),
            fatalities=Figure(killed, killed, killed, "exact", f"{killed} killed", "police"),
            injured=None,
            actors=[Actor(str(happening["victim"]), "victim", "person")],
        )
        published = (day + dt.timedelta(days=i % 3)).isoformat()  # type: ignore[operator]
        yield (
            Report(article, text, title, published, source=f"Outlet {i % 5}"),
            ReportResult(article, [event]),
        )


def part_store(n: int) -> dict[str, object]:
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        with Store.open(db) as store:
            stats = store.ingest(generated_pairs(n))  # type: ignore[arg-type]
            events = store.count_events()
        seconds = time.perf_counter() - started
        size = db.stat().st_size
    return {
        "part": "store only (generated extraction results)",
        "reports": stats.reports_added,
        "events": events,
        "seconds": round(seconds, 1),
        "reports_per_second": round(stats.reports_added / seconds, 1),
        "db_mb": round(size / 1e6, 1),
        "peak_rss_mb": peak_rss_mb(),
    }


def part_pipeline(paths: list[str]) -> dict[str, object]:
    from eventwire.extract.pipeline import Extractor
    from eventwire.read import ReadOptions, read_reports
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        extractor = Extractor.load()
        loaded = time.perf_counter()
        reports = (
            r
            for r in read_reports(paths, ReadOptions(check_language=False))
            if not hasattr(r, "message")
        )
        with Store.open(Path(tmp) / "bench.db") as store:
            stats = store.ingest(extractor.extract_many(reports))
        seconds = time.perf_counter() - loaded
    return {
        "part": f"read + extract + store: {', '.join(Path(p).name for p in paths)}",
        "reports": stats.reports_added,
        "model_load_seconds": round(loaded - started, 1),
        "seconds": round(seconds, 1),
        "reports_per_second": round(stats.reports_added / seconds, 1),
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store-reports", type=int, default=30_000)
    parser.add_argument("--part", choices=("store", "pipeline"), help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part == "store":
        print(json.dumps(part_store(args.store_reports)))
        return
    if args.part == "pipeline":
        print(json.dumps(part_pipeline(args.paths)))
        return
    runs = [
        ["--part", "store", "--store-reports", str(args.store_reports)],
        ["--part", "pipeline", str(ROOT / "samples")],
    ]
    if DEV_ARTICLES.exists():
        runs.append(["--part", "pipeline", str(DEV_ARTICLES)])
    results = []
    for extra in runs:  # a fresh process each, so peak RSS belongs to that part alone
        out = subprocess.run(
            [sys.executable, __file__, *extra], capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), file=sys.stderr)
    print(json.dumps({"date": dt.date.today().isoformat(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
