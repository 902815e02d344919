"""Bulk ``eventwire ingest`` end to end, in real processes: Dask equals local, and kill -9.

* A real Dask LocalCluster run stores exactly what the local process pool stores.
* ``eventwire ingest --workers 2`` killed with SIGKILL mid-run leaves no worker behind, and
  re-running it ends with the same store as an uninterrupted run.
* On Dask too, a report that kills its worker costs only that report.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from eventwire.bulk import BulkStats, ExtractFailure
from eventwire.model import Report
from eventwire.store import Store
from test_bulk_support import echo_task, write_jsonl
from test_store_support import logical_dump

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
EVENTWIRE = [sys.executable, "-m", "eventwire"]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{TESTS}"}


def ingest(db: Path, source: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EVENTWIRE, "ingest", str(source), "--db", str(db), "--no-progress", *extra],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )


def exported_rows(db: Path) -> list[str]:
    with Store.open(db, create=False) as store:
        import io

        out = io.StringIO()
        store.export("jsonl", None, out)
    return sorted(out.getvalue().splitlines())


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_a_dask_local_cluster_stores_what_the_local_pool_stores(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "reports.jsonl", 40)
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"

    ran_local = ingest(local, source, "--workers", "2")
    ran_dask = ingest(dask, source, "--workers", "2", "--engine", "dask")

    assert ran_local.returncode == 0, ran_local.stderr
    assert ran_dask.returncode == 0, ran_dask.stderr
    assert "ingested 40 new reports" in ran_dask.stderr
    rows = exported_rows(local)
    assert len(rows) >= 20  # the invented reports are about distinct shootings
    assert exported_rows(dask) == rows
    assert logical_dump(str(dask)) == logical_dump(str(local))


def test_kill_9_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "reports.jsonl", 160)
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    args = ["--workers", "2", "--batch-size", "10"]
    assert ingest(clean, source, *args).returncode == 0
    assert stored(clean) == 160

    proc = subprocess.Popen(
        [*EVENTWIRE, "ingest", str(source), "--db", str(crashed), "--no-progress", *args],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 300
    while stored(crashed) < 30:
        assert proc.poll() is None, f"ingest ended before the kill: {proc.stderr.read()!r}"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    helpers = psutil.Process(proc.pid).children(recursive=True)  # forkserver and workers
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()  # type: ignore[union-attr]

    at_kill = stored(crashed)
    assert 30 <= at_kill < 160 and at_kill % 10 == 0  # whole batches: the open one rolled back
    assert len(helpers) >= 2
    _gone, alive = psutil.wait_procs(helpers, timeout=15)
    assert alive == [], f"orphaned worker processes: {alive}"

    rerun = ingest(crashed, source, *args)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{160 - at_kill} new reports ({at_kill} already stored" in rerun.stderr
    assert exported_rows(crashed) == exported_rows(clean)
    assert logical_dump(str(crashed)) == logical_dump(str(clean))


def test_scheduler_with_the_local_engine_is_a_usage_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "reports.jsonl", 2)
    db = tmp_path / "events.db"
    ran = ingest(db, source, "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert ran.returncode == 2
    assert "--scheduler needs --engine dask" in ran.stderr
    assert not db.exists()


def test_on_dask_a_report_that_kills_its_worker_costs_only_that_report() -> None:
    import dask

    from eventwire.bulk.dask_engine import DaskEngine

    reports = [Report(id=f"r{i}", text=f"text {i}") for i in range(12)]
    reports[5] = Report(id="poison", text="kills its worker", origin="in.jsonl:6")
    stats = BulkStats()
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        pairs = list(DaskEngine(2, chunk_size=4, task=echo_task).run(reports, stats))

    assert [r.id for r, _ in pairs] == [r.id for r in reports]
    failed = [r.id for r, o in pairs if isinstance(o, ExtractFailure)]
    assert failed == ["poison"]
    assert stats.reports == 12 and stats.failures == 1


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_must_be_positive(tmp_path: Path, workers: str) -> None:
    source = write_jsonl(tmp_path / "reports.jsonl", 2)
    ran = ingest(tmp_path / "events.db", source, "--workers", workers)
    assert ran.returncode == 2
    assert "--workers" in ran.stderr
