"""Exports parse back: CSV with ACLED's column names, GeoJSON, JSONL with reports, Parquet."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.store import EventFilter, Store
from eventwire.store.export import ACLED_COLUMNS, COLUMNS, export, format_for, to_string
from test_store_support import kerman_reports, make_event, make_pair, synthetic_pairs


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "events.db") as s:
        s.ingest(kerman_reports())
        s.ingest(synthetic_pairs(12))
        s.ingest(
            [
                make_pair(
                    "nowhere",
                    "Clash reported somewhere",
                    "2024-05-01",
                    make_event("nowhere", place="Kerman", date="2024-05-01", event_type="Battles"),
                )
            ]
        )
        s.conn.execute(
            "UPDATE events SET lat = NULL WHERE id = (SELECT e.id FROM events e "
            "JOIN report_events re ON re.event_pk = e.pk JOIN reports r ON "
            "r.pk = re.report_pk WHERE r.id = 'nowhere')"
        )
        yield s


def test_csv_has_acled_columns_and_one_row_per_event(store: Store) -> None:
    text = to_string(store.conn, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    header = text.splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    for name in (
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "injured",
        "fatalities_low",
        "fatalities_high",
        "report_count",
    ):
        assert name in header
    assert len(rows) == store.count_events()
    kerman = next(r for r in rows if r["reports"] == "k1; k2; k3")
    assert (kerman["fatalities"], kerman["fatalities_low"], kerman["fatalities_high"]) == (
        "95",
        "73",
        "95",
    )
    assert kerman["event_date"] == "2024-01-03" and kerman["year"] == "2024"
    assert kerman["time_precision"] == "1" and kerman["geo_precision"] == "1"
    assert kerman["country"] == "Iran" and kerman["report_count"] == "3"


def test_geojson_is_a_valid_feature_collection(store: Store) -> None:
    data = json.loads(to_string(store.conn, "geojson"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == store.count_events()
    for feature in data["features"]:
        assert feature["type"] == "Feature" and "properties" in feature
        geometry = feature["geometry"]
        if geometry is not None:
            lon, lat = geometry["coordinates"]
            assert geometry["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
            assert (lat, lon) == (
                feature["properties"]["location"]["lat"],
                feature["properties"]["location"]["lon"],
            )


def test_jsonl_has_full_records_with_reports(store: Store) -> None:
    lines = to_string(store.conn, "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == store.count_events()
    assert all(r["reports"] and r["report_count"] == len(r["reports"]) for r in records)
    kerman = next(r for r in records if "k1" in r["reports"])
    assert kerman["fatalities"] == {"best": 95, "low": 73, "high": 95}


def test_parquet_is_readable_by_pyarrow(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert store.export("parquet", None, out) == store.count_events()
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.num_rows == store.count_events()
    rows = table.to_pylist()
    kerman = next(r for r in rows if "k1" in r["reports"])
    assert kerman["reports"] == ["k1", "k2", "k3"] and kerman["fatalities"] == 95
    assert not list(tmp_path.glob(".*partial"))  # written under a temporary name, renamed


def test_filters_apply_to_exports(store: Store) -> None:
    text = to_string(store.conn, "jsonl", EventFilter(country="IR", min_killed=90))
    assert [json.loads(line)["reports"] for line in text.splitlines()] == [["k1", "k2", "k3"]]


def test_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(store.conn, "xlsx", None, io.StringIO())
    assert format_for("out.geojson") == "geojson" and format_for("out.txt") is None


def _peak(action) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_exports_stream_without_holding_all_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exporting 10,000 events peaks far below holding them all: memory follows the batch."""
    from eventwire.store import export as export_module

    monkeypatch.setattr(export_module, "BATCH", 1000)
    path = tmp_path / "big.db"
    with Store.open(path) as s:
        s.ingest(kerman_reports())
    conn = sqlite3.connect(path)
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
        "INSERT INTO events (id, location, title, report_count, day_lo, day_hi, date_start) "
        'SELECT printf(\'evt-%012d\', i), \'{"name": "Somewhere", "lat": 1.0, '
        "\"lon\": 2.0}', 'A title of some length for event ' || i, 1, 738000 + i % 300, "
        "738000 + i % 300, '2022-01-01' FROM n"
    )
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as s:
        holding_all = _peak(lambda: s.query_events(limit=None))
        for fmt in ("csv", "jsonl", "geojson", "parquet"):
            out = tmp_path / f"out.{fmt}"
            streaming = _peak(lambda fmt=fmt, out=out: s.export(fmt, None, out))
            assert streaming < holding_all / 2, (fmt, streaming, holding_all)
        assert sum(1 for _ in (tmp_path / "out.jsonl").open()) == 10001
