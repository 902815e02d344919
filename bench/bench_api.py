"""Load the HTTP API on loopback; report requests/s and p50/p99 latency (a benchmark, not a test).

It builds a store of synthetic events (hand-made extraction results: no NLP model needed), starts
``eventwire serve`` on 127.0.0.1 in a subprocess, and runs N client threads for a bounded time,
each with its own keep-alive connection, cycling through the dashboard's requests: a page of
events, a filtered page, one event in full, the stats and the health check. Traffic never
leaves 127.0.0.1, and every loop stops at the deadline.

    .venv/bin/python bench/bench_api.py --clients 8 --duration 10
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from eventwire.model import DateInfo, Event, Evidence, Figure, Location, Report, ReportResult
from eventwire.model import stable_event_id as event_id
from eventwire.store import Store

CITIES = [
    ("Kabul", "AF", "Afghanistan", 34.528, 69.172),
    ("Maiduguri", "NG", "Nigeria", 11.847, 13.157),
    ("Mosul", "IQ", "Iraq", 36.335, 43.119),
    ("Gao", "ML", "Mali", 16.272, -0.044),
    ("Goma", "CD", "DR Congo", -1.679, 29.222),
    ("Kharkiv", "UA", "Ukraine", 49.994, 36.231),
    ("Khartoum", "SD", "Sudan", 15.552, 32.532),
    ("Mogadishu", "SO", "Somalia", 2.037, 45.344),
    ("Aleppo", "SY", "Syria", 36.202, 37.134),
    ("Sanaa", "YE", "Yemen", 15.354, 44.207),
]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]
BASE_DAY = 738_886  # 2024-01-01 as a proleptic ordinal


def _word(rng: random.Random) -> str:
    """A made-up word: reports that share none look unrelated to the deduplicator."""
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def synthetic_pairs(n: int, seed: int = 7) -> list[tuple[Report, ReportResult]]:
    """``n`` distinct events, one report each, with a figure and evidence like the real ones."""
    from datetime import date

    rng = random.Random(seed)
    pairs = []
    for i in range(n):
        city, cc, country, lat, lon = CITIES[i % len(CITIES)]
        day = date.fromordinal(BASE_DAY - rng.randrange(3 * 365)).isoformat()
        killed = rng.randrange(0, 60)
        place = f"{city} {_word(rng)}"  # distinct places and words: distinct events
        words = " ".join(_word(rng) for _ in range(8))
        title = f"{words.split()[0].title()} attack near {place} kills {killed}"
        text = (
            f"At least {killed} people were killed on {day} in an attack near {place}, "
            f"{country}, officials said. Witnesses spoke of {words}."
        )
        report = Report(id=f"bench-{i}", title=title, text=text, published=day, source="Bench")
        full = report.full_text
        phrase = f"At least {killed} people were killed"
        start = full.index(phrase)
        event = Event(
            id=event_id(report.id, "main", 0),
            article_id=report.id,
            role="main",
            event_type=TYPES[i % len(TYPES)],
            sub_event_type=None,
            mode=None,
            date=DateInfo(start=day, end=day, precision="day", text=day),
            location=Location(
                name=city,
                country=country,
                country_code=cc,
                lat=lat + rng.uniform(-1, 1),
                lon=lon + rng.uniform(-1, 1),
                precision="city",
            ),
            fatalities=Figure(killed, killed, None, "at_least", phrase, "officials"),
            injured=None,
            evidence=[Evidence("fatalities", start, start + len(phrase), phrase)],
            confidence=0.8,
        )
        pairs.append((report, ReportResult(article_id=report.id, events=[event])))
    return pairs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, config_dir: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_CONFIG_HOME": config_dir}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "eventwire",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def client_loop(
    base: str, ids: list[str], deadline: float, out: list[tuple[str, float, int]], seed: int
) -> None:
    """One client: a keep-alive connection, requests back to back until the deadline."""
    rng = random.Random(seed)
    requests = [
        ("events page", lambda: "/api/events?limit=100"),
        ("events filtered", lambda: f"/api/events?country={rng.choice(CITIES)[1]}&min_killed=10"),
        ("event detail", lambda: f"/api/events/{rng.choice(ids)}"),
        ("stats", lambda: "/api/stats"),
        ("healthz", lambda: "/healthz"),
    ]
    with httpx.Client(base_url=base, timeout=30) as client:
        i = seed
        while time.monotonic() < deadline:
            name, path = requests[i % len(requests)]
            i += 1
            started = time.perf_counter()
            status = client.get(path()).status_code
            out.append((name, time.perf_counter() - started, status))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load (max 120)")
    parser.add_argument("--events", type=int, default=5000, help="synthetic events in the store")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    duration = min(args.duration, 120.0)

    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.monotonic()
        with Store.open(db) as store:
            store.ingest(synthetic_pairs(args.events), batch_size=500)
            ids = [e["id"] for e in store.query_events(limit=None)]
        print(f"store: {len(ids)} events built in {time.monotonic() - t0:.1f}s", file=sys.stderr)
        port = free_port()
        proc = start_server(db, port, tmp)
        try:
            base = f"http://127.0.0.1:{port}"
            results: list[tuple[str, float, int]] = []
            deadline = time.monotonic() + duration
            threads = [
                threading.Thread(target=client_loop, args=(base, ids, deadline, results, k))
                for k in range(args.clients)
            ]
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(timeout=20)

    errors = sum(1 for _, _, status in results if status != 200)
    latencies = [lat for _, lat, _ in results]
    summary: dict[str, Any] = {
        "clients": args.clients,
        "duration_s": round(elapsed, 2),
        "events_in_store": len(ids),
        "requests": len(results),
        "errors": errors,
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
        "by_request": {},
    }
    print(f"{'request':<16} {'count':>7} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
    for name in dict.fromkeys(name for name, _, _ in results):
        lats = [lat for n, lat, _ in results if n == name]
        row = {
            "count": len(lats),
            "p50_ms": round(percentile(lats, 0.5) * 1000, 2),
            "p99_ms": round(percentile(lats, 0.99) * 1000, 2),
            "mean_ms": round(statistics.fmean(lats) * 1000, 2),
        }
        summary["by_request"][name] = row
        print(
            f"{name:<16} {row['count']:>7} {row['p50_ms']:>8} {row['p99_ms']:>8} "
            f"{row['mean_ms']:>8}"
        )
    print(
        f"\n{summary['requests']} requests in {elapsed:.1f}s from {args.clients} clients: "
        f"{summary['requests_per_s']} req/s, p50 {summary['p50_ms']} ms, "
        f"p99 {summary['p99_ms']} ms, {errors} errors"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
