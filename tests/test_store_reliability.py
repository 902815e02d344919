"""Crash safety and concurrency on real files with real processes.

* ``kill -9`` in the middle of an ingest, run it again: the store equals an uninterrupted run.
  Once through the ``eventwire ingest`` CLI with the real extractor (skipped only when the
  extraction pipeline cannot be imported), once through :meth:`Store.ingest` directly.
* Readers (``eventwire events``, ``eventwire export``) work while an ingest is writing.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_store_support import logical_dump

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
EVENTWIRE = [sys.executable, "-m", "eventwire"]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{TESTS}"}

CITIES = [
    ("Kerman", "Iran"),
    ("Mosul", "Iraq"),
    ("Maiduguri", "Nigeria"),
    ("Karachi", "Pakistan"),
    ("Kidal", "Mali"),
    ("Aleppo", "Syria"),
    ("Kandahar", "Afghanistan"),
    ("Mogadishu", "Somalia"),
]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def write_reports(path: Path, n: int) -> None:
    """``n`` invented wire reports: pairs of outlets covering the same blast, tolls revised."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            happening = i // 2
            city, country = CITIES[happening % len(CITIES)]
            month = MONTHS[happening // len(CITIES) % len(MONTHS)]
            day = 1 + happening % 27
            killed = 3 + happening % 9 + i % 2
            text = (
                f"{city.upper()}, {country} - At least {killed} people were killed and "
                f"{killed * 2} wounded on {month} {day}, 2024 when a bomb exploded near a market "
                f"in {city}, police said. Witnesses said the blast destroyed several shops. "
                "No group has claimed responsibility for the attack."
            )
            record = {
                "id": f"rel-{i:04d}",
                "title": f"Market bomb kills {killed} in {city}",
                "text": text,
                "published": f"2024-{MONTHS.index(month) + 1:02d}-{min(day + i % 2, 28):02d}",
                "source": f"Outlet {i % 2}",
            }
            fh.write(json.dumps(record) + "\n")


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _kill_when(proc: subprocess.Popen[bytes], db: Path, reached: int, timeout: float) -> int:
    """SIGKILL ``proc`` once ``db`` holds at least ``reached`` reports; returns that count."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = _count(db)
        if count >= reached:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return count
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {proc.stderr.read()!r}")
        time.sleep(0.02)
    proc.kill()
    pytest.fail("ingest made no progress")


def _extractor_available() -> bool:
    try:
        from eventwire.extract.pipeline import Extractor  # noqa: F401
    except Exception:
        return False
    return True


@pytest.mark.skipif(not _extractor_available(), reason="extraction pipeline not importable")
def test_cli_ingest_killed_mid_way_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    reports = tmp_path / "reports.jsonl"
    write_reports(reports, 60)
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    args = ["ingest", str(reports), "--batch-size", "3", "--no-progress"]

    subprocess.run(
        [*EVENTWIRE, *args, "--db", str(clean)],
        env=ENV,
        check=True,
        capture_output=True,
        timeout=600,
    )
    assert _count(clean) == 60

    proc = subprocess.Popen(
        [*EVENTWIRE, *args, "--db", str(crashed)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    at_kill = _kill_when(proc, crashed, reached=9, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert 0 < _count(crashed) < 60, f"kill landed at {at_kill} reports"
    assert _count(crashed) % 3 == 0  # whole batches only: the one in flight rolled back

    rerun = subprocess.run(
        [*EVENTWIRE, *args, "--db", str(crashed)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stderr
    assert logical_dump(str(crashed)) == logical_dump(str(clean))


WRITER = """
import sys, time
from test_store_support import synthetic_pairs
from eventwire.store import Store

def slow(pairs, delay):
    for pair in pairs:
        time.sleep(delay)  # stands in for extraction time
        yield pair

with Store.open(sys.argv[1]) as store:
    store.ingest(slow(synthetic_pairs(int(sys.argv[2])), float(sys.argv[3])), batch_size=10)
"""


def _writer(db: Path, n: int, delay: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(n), str(delay)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_store_ingest_killed_mid_way_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    assert _writer(clean, 300, 0).wait(timeout=120) == 0
    proc = _writer(crashed, 300, 0.002)
    _kill_when(proc, crashed, reached=100, timeout=120)
    assert 100 <= _count(crashed) < 300
    assert _count(crashed) % 10 == 0
    assert _writer(crashed, 300, 0).wait(timeout=120) == 0
    assert logical_dump(str(crashed)) == logical_dump(str(clean))


def test_readers_work_while_an_ingest_is_writing(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    writer = _writer(db, 8000, 0.001)
    try:
        while _count(db) < 10:
            assert writer.poll() is None, writer.stderr.read()
            time.sleep(0.02)
        seen: list[int] = []
        for _ in range(5):
            assert writer.poll() is None  # still writing while we read
            events = subprocess.run(
                [*EVENTWIRE, "events", "--db", str(db), "--limit", "0", "--json"],
                env=ENV,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert events.returncode == 0, events.stderr
            assert json.loads(events.stdout) == []  # --limit 0: valid, empty JSON
            exported = subprocess.run(
                [*EVENTWIRE, "export", "--db", str(db), "--format", "jsonl"],
                env=ENV,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert exported.returncode == 0, exported.stderr
            rows = [json.loads(line) for line in exported.stdout.splitlines()]
            assert all(row["reports"] for row in rows)
            seen.append(len(rows))
        assert seen == sorted(seen) and seen[-1] > 0
        assert writer.poll() is None, "the writer finished before the reads: make it longer"
    finally:
        writer.kill()
        writer.wait()
