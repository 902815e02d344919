"""The store commands from the outside: exit codes, stdout/stderr, bad --db, the sample demo."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.store import Store
from test_store_support import kerman_reports

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store.open(path) as store:
        store.ingest(kerman_reports())
    return path


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_events_prints_json_when_piped(db: Path) -> None:
    result = run("events", "--db", str(db))
    assert result.exit_code == 0
    events = json.loads(result.stdout)
    assert [e["reports"] for e in events] == [["k1", "k2", "k3"]]


def test_events_filters_and_jsonl(db: Path) -> None:
    result = run(
        "events",
        "--db",
        str(db),
        "--country",
        "IR",
        "--since",
        "2024-01-01",
        "--type",
        "Explosions/Remote violence",
        "--min-killed",
        "10",
        "--near",
        "30.28,57.08,50km",
        "--q",
        "memorial",
        "--format",
        "jsonl",
    )
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert run("events", "--db", str(db), "--min-killed", "100").stdout.strip() == "[]"


def test_events_table_format(db: Path) -> None:
    result = run("events", "--db", str(db), "--format", "table")
    assert result.exit_code == 0
    assert "Twin blasts" in result.stdout and "95" in result.stdout
    assert "1 of 1 events" in result.stdout


def test_default_db_comes_from_the_environment(db: Path) -> None:
    result = run("events", env={"EVENTWIRE_DB": str(db)})
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--near", "north"], "--near"),
        (["--since", "last week"], "not a date"),
        (["--min-killed", "-1"], "min-killed"),
    ],
)
def test_bad_filters_are_usage_errors(db: Path, args: list[str], message: str) -> None:
    result = run("events", "--db", str(db), *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_show_prints_the_event_with_history(db: Path) -> None:
    event_id = json.loads(run("events", "--db", str(db)).stdout)[0]["id"]
    result = run("show", event_id[:9], "--db", str(db))
    assert result.exit_code == 0
    event = json.loads(result.stdout)
    assert event["id"] == event_id
    assert [h["value"] for h in event["fatalities"]["history"]] == [73, 84, 95]
    missing = run("show", "evt-ffffffffffff", "--db", str(db))
    assert missing.exit_code == 1 and "no event" in missing.stderr


def test_export_infers_format_from_file_name(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = run("export", "--db", str(db), "-o", str(out), "--country", "IR")
    assert result.exit_code == 0 and "exported 1 events" in result.stderr
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["event_id_cnty"].startswith("evt-") and rows[0]["fatalities"] == "95"
    geo = run("export", "--db", str(db), "--format", "geojson")
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"
    assert run("export", "--db", str(db)).exit_code == 2  # stdout and no --format: which one?


def test_stats(db: Path) -> None:
    result = run("stats", "--db", str(db))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"] == 1


@pytest.mark.parametrize("command", ["events", "export", "show", "stats", "ingest"])
def test_foreign_db_is_refused_untouched(tmp_path: Path, command: str) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("my notes, not a database\n")
    before = foreign.read_bytes()
    args = {
        "show": ["show", "evt-1"],
        "export": ["export", "--format", "csv"],
        "ingest": ["ingest", str(SAMPLES)],
    }.get(command, [command])
    result = run(*args, "--db", str(foreign))
    assert result.exit_code == 2
    assert "not an eventwire database" in result.stderr
    assert foreign.read_bytes() == before


def test_readers_do_not_create_a_store(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "typo.db"))
    assert result.exit_code == 2 and "no event store" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def _extractor_available() -> bool:
    try:
        from eventwire.extract.pipeline import Extractor  # noqa: F401
    except Exception:
        return False
    return True


needs_extractor = pytest.mark.skipif(
    not _extractor_available(), reason="extraction pipeline not importable"
)


@needs_extractor
def test_demo_samples_dedupe_the_revised_toll_event(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(SAMPLES), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    assert "ingested 10 new reports" in first.stderr
    with Store.open(db, create=False) as store:
        events = store.query_events(limit=None)
        maiduguri = [
            e
            for e in events
            if e["location"].get("name") == "Maiduguri" and e["date"]["start"] == "2024-03-12"
        ]
        assert len(maiduguri) == 1 and maiduguri[0]["report_count"] == 4
        figures = store.get_event(maiduguri[0]["id"])["fatalities"]
        assert figures["best"] == 21 and figures["low"] == 12
        assert len(figures["history"]) == 4
        # the June 2023 bombing, reported once and recalled by two later reports, is one event
        june = [e for e in events if e["date"]["start"].startswith("2023-06")]
        assert len(june) == 1 and june[0]["report_count"] == 3
        assert not june[0]["background_only"]
    again = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(SAMPLES), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert again.returncode == 0 and "ingested 0 new reports (10 already stored" in again.stderr


@needs_extractor
def test_ingest_reports_read_errors_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.jsonl"
    good = json.loads((SAMPLES / "reports.jsonl").read_text().splitlines()[0])
    bad.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n")
    result = run("ingest", str(bad), "--db", str(tmp_path / "e.db"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "mixed.jsonl:2" in errors[0]
    assert "ingested 1 new reports" in result.stderr
    assert "2 unreadable" in result.stderr
