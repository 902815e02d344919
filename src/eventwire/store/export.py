"""Stream events out as CSV (ACLED column names), GeoJSON, JSONL or Parquet.

Every writer pulls events from :func:`~eventwire.store.query.iter_events` (a SQLite cursor
read in batches) and writes as it goes; Parquet is written one row group per batch. Memory
stays flat whatever the number of events. A file target is written under a temporary name
and renamed at the end, so a failed export never leaves a half file behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any

from eventwire.store.query import EventFilter, iter_events

FORMATS = ("csv", "geojson", "jsonl", "parquet")
EXTENSIONS = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
BATCH = 5000

# ACLED's codes: time_precision 1 = day, 2 = week, 3 = month (or coarser);
# geo_precision 1 = the town or site, 2 = a nearby or second-level area, 3 = a larger region.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"site": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3}

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "iso",
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
)
"""ACLED's names, used where our meaning matches theirs (``iso`` is alpha-2, not numeric)."""
OWN_COLUMNS = (
    "fatalities_low",
    "fatalities_high",
    "injured",
    "injured_low",
    "injured_high",
    "date_end",
    "date_precision",
    "location_precision",
    "site",
    "report_count",
    "background_only",
    "first_reported",
    "last_reported",
    "reports",
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS


def format_for(path: str | Path) -> str | None:
    """The export format implied by a file name, if any."""
    return EXTENSIONS.get(Path(str(path)).suffix.lower())


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row under :data:`COLUMNS` (lists joined with "; " later)."""
    loc = event.get("location") or {}
    date = event.get("date") or {}
    perpetrators = [a["name"] for a in event["actors"] if a.get("role") == "perpetrator"]
    targets = [a["name"] for a in event["actors"] if a.get("role") in ("victim", "target")]
    fat = event.get("fatalities") or {}
    inj = event.get("injured") or {}
    start = date.get("start")
    return {
        "event_id_cnty": event["id"],
        "event_date": start,
        "year": int(start[:4]) if start else None,
        "time_precision": _TIME_PRECISION.get(date.get("precision")),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": perpetrators[0] if perpetrators else None,
        "assoc_actor_1": "; ".join(perpetrators[1:]) or None,
        "actor2": targets[0] if targets else None,
        "assoc_actor_2": "; ".join(targets[1:]) or None,
        "iso": loc.get("country_code"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "location": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": _GEO_PRECISION.get(loc.get("precision")),
        "source": "; ".join(event.get("sources") or []) or None,
        "notes": event.get("title"),
        "fatalities": fat.get("best"),
        "fatalities_low": fat.get("low"),
        "fatalities_high": fat.get("high"),
        "injured": inj.get("best"),
        "injured_low": inj.get("low"),
        "injured_high": inj.get("high"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "location_precision": loc.get("precision"),
        "site": loc.get("site"),
        "report_count": event.get("report_count"),
        "background_only": event.get("background_only"),
        "first_reported": event.get("first_reported"),
        "last_reported": event.get("last_reported"),
        "reports": list(event.get("reports") or []),
    }


def write_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = flat_row(event)
        row["reports"] = "; ".join(row["reports"])
        writer.writerow(row)
        n += 1
    return n


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection written feature by feature; unlocated events get a null geometry."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        loc = event.get("location") or {}
        geometry = None
        if loc.get("lat") is not None and loc.get("lon") is not None:
            geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
        feature = {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": event}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def parquet_schema() -> Any:
    import pyarrow as pa

    types: dict[str, Any] = {c: pa.string() for c in COLUMNS}
    for c in (
        "year",
        "time_precision",
        "geo_precision",
        "fatalities",
        "fatalities_low",
        "fatalities_high",
        "injured",
        "injured_low",
        "injured_high",
        "report_count",
    ):
        types[c] = pa.int64()
    types["latitude"] = types["longitude"] = pa.float64()
    types["background_only"] = pa.bool_()
    types["reports"] = pa.list_(pa.string())
    return pa.schema([(c, types[c]) for c in COLUMNS])


def write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes] | str) -> int:
    """One row group per :data:`BATCH` events, so memory holds one batch at most."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    iterator = iter(events)
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while chunk := [flat_row(e) for e in islice(iterator, BATCH)]:
            columns = {c: [row[c] for row in chunk] for c in COLUMNS}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            n += len(chunk)
    return n


def export(
    conn: sqlite3.Connection,
    fmt: str,
    flt: EventFilter | None,
    out: str | Path | IO[Any] | None,
) -> int:
    """Write matching events in ``fmt`` to a path, an open file, or stdout (None / "-")."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    events = iter_events(conn, flt)
    if fmt == "parquet":
        with _target(out, binary=True) as fh:
            return write_parquet(events, fh)
    writer = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}[fmt]
    with _target(out, binary=False) as fh:
        return writer(events, fh)


@contextmanager
def _target(out: str | Path | IO[Any] | None, *, binary: bool) -> Iterator[IO[Any]]:
    if out is None or str(out) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        if binary:
            with tmp.open("wb") as fh:
                yield fh
        else:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                yield fh
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def to_string(conn: sqlite3.Connection, fmt: str, flt: EventFilter | None = None) -> str:
    """Export to a string (tests, small API responses); not for big stores."""
    if fmt == "parquet":
        raise ValueError("parquet is binary: export it to a file")
    buf = io.StringIO()
    export(conn, fmt, flt, buf)
    return buf.getvalue()
