"""Read the store: filtered event lists, one event in full, one report, statistics.

Every function returns plain JSON-able dicts and lists, because the CLI, the exports and the
HTTP API all serve exactly these. Filtering happens in SQL on indexed columns; full-text
search (``q``) goes through the FTS5 index of report titles and texts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from eventwire.store.aggregate import reconcile_figures
from eventwire.store.db import SCHEMA_VERSION, StoreError, schema_version
from eventwire.store.dedup import day_range

_KM_PER_DEG_LAT = 111.0


@dataclass(slots=True)
class EventFilter:
    """Which events to return; every field is optional and they combine with AND."""

    country: str | None = None  # ISO 3166 alpha-2, e.g. "IR"
    admin1: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD; events overlapping [since, until]
    until: str | None = None
    event_type: str | None = None  # ACLED event type, case-insensitive
    sub_event_type: str | None = None
    min_killed: int | None = None  # reconciled best fatalities
    min_injured: int | None = None
    near: tuple[float, float, float] | None = None  # (lat, lon, radius_km)
    q: str | None = None  # full-text search over the events' reports
    include_background: bool = True  # events known only from reports recalling them

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_near(text: str) -> tuple[float, float, float]:
    """``"30.28,57.08,50km"`` (radius in km, default 25) as (lat, lon, km)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) not in (2, 3):
        raise ValueError("expected LAT,LON[,RADIUS] such as 30.28,57.08,50km")
    try:
        lat, lon = float(parts[0]), float(parts[1])
        radius = 25.0
        if len(parts) == 3:
            raw = parts[2].lower().removesuffix("km").strip()
            radius = float(raw)
    except ValueError:
        raise ValueError("expected LAT,LON[,RADIUS] such as 30.28,57.08,50km") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or radius <= 0:
        raise ValueError("latitude must be in [-90, 90], longitude in [-180, 180], radius > 0")
    return lat, lon, radius


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur (prefix with ``word*``)."""
    terms = []
    for word in re.findall(r"[\w*]+", text, re.UNICODE):
        star = word.endswith("*")
        word = word.strip("*")
        if word:
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if star else ""))
    if not terms:
        raise ValueError("the search text has no words")
    return " AND ".join(terms)


def _day(value: str, *, first: bool) -> int:
    lo, hi, _ = day_range(value, None)
    if lo is None or hi is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return lo if first else hi


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if f.country:
        clauses.append("e.country_code = ?")
        args.append(f.country.upper())
    if f.admin1:
        clauses.append("e.admin1 = ? COLLATE NOCASE")
        args.append(f.admin1)
    if f.since:
        clauses.append("e.day_hi >= ?")
        args.append(_day(f.since, first=True))
    if f.until:
        clauses.append("e.day_lo <= ?")
        args.append(_day(f.until, first=False))
    if f.event_type:
        clauses.append("e.event_type = ? COLLATE NOCASE")
        args.append(f.event_type)
    if f.sub_event_type:
        clauses.append("e.sub_event_type = ? COLLATE NOCASE")
        args.append(f.sub_event_type)
    if f.min_killed is not None:
        clauses.append("e.fatalities_best >= ?")
        args.append(f.min_killed)
    if f.min_injured is not None:
        clauses.append("e.injured_best >= ?")
        args.append(f.min_injured)
    if f.near:
        lat, lon, km = f.near
        dlat = km / _KM_PER_DEG_LAT
        dlon = min(180.0, dlat / max(0.01, math.cos(math.radians(lat))))
        clauses.append(
            "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? "
            "AND ew_distance_km(e.lat, e.lon, ?, ?) <= ?"
        )
        args += [lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, km]
    if f.q:
        clauses.append(
            "e.pk IN (SELECT re.event_pk FROM reports_fts JOIN report_events re "
            "ON re.report_pk = reports_fts.rowid WHERE reports_fts MATCH ?)"
        )
        args.append(fts_query(f.q))
    if not f.include_background:
        clauses.append("e.main_count > 0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


_EVENT_COLUMNS = (
    "e.pk, e.id, e.event_type, e.sub_event_type, e.mode, e.date_start, e.date_end, "
    "e.date_precision, e.location, e.fatalities_best, e.fatalities_low, e.fatalities_high, "
    "e.injured_best, e.injured_low, e.injured_high, e.actors, e.sources, e.title, "
    "e.report_count, "
    "e.main_count, e.first_reported, e.last_reported, "
    "(SELECT json_group_array(rid) FROM (SELECT r.id AS rid, min(r.published) AS p, "
    " min(r.pk) AS o FROM report_events re JOIN reports r ON r.pk = re.report_pk "
    " WHERE re.event_pk = e.pk GROUP BY r.id ORDER BY p, o)) AS reports"
)
_ORDER = " ORDER BY e.day_lo DESC NULLS LAST, e.pk"


def _figure(best: int | None, low: int | None, high: int | None) -> dict[str, Any] | None:
    if best is None and low is None and high is None:
        return None
    return {"best": best, "low": low, "high": high}


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    (
        _pk,
        eid,
        etype,
        sub,
        mode,
        start,
        end,
        precision,
        location,
        fb,
        fl,
        fh,
        ib,
        il,
        ih,
        actors,
        sources,
        title,
        report_count,
        main_count,
        first,
        last,
        reports,
    ) = row
    return {
        "id": eid,
        "event_type": etype,
        "sub_event_type": sub,
        "mode": mode,
        "date": {"start": start, "end": end, "precision": precision},
        "location": json.loads(location),
        "fatalities": _figure(fb, fl, fh),
        "injured": _figure(ib, il, ih),
        "actors": json.loads(actors),
        "sources": json.loads(sources),
        "title": title,
        "report_count": report_count,
        "background_only": main_count == 0,
        "first_reported": first,
        "last_reported": last,
        "reports": json.loads(reports),
    }


def _run(conn: sqlite3.Connection, sql: str, args: list[Any]) -> sqlite3.Cursor:
    try:
        return conn.execute(sql, args)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc).lower():
            raise ValueError(f"bad search text: {exc}") from exc
        raise


def query_events(
    conn: sqlite3.Connection,
    flt: EventFilter | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events matching ``flt``, most recent first; ``limit=None`` returns them all."""
    return list(iter_events(conn, flt, limit=limit, offset=offset))


def iter_events(
    conn: sqlite3.Connection,
    flt: EventFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    batch: int = 1000,
) -> Iterator[dict[str, Any]]:
    """Stream matching events without holding them all: the exports' source."""
    where, args = _where(flt or EventFilter())
    sql = f"SELECT {_EVENT_COLUMNS} FROM events e{where}{_ORDER} LIMIT ? OFFSET ?"
    cur = _run(conn, sql, [*args, -1 if limit is None else limit, offset])
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield _event_dict(row)


def count_events(conn: sqlite3.Connection, flt: EventFilter | None = None) -> int:
    where, args = _where(flt or EventFilter())
    return int(_run(conn, f"SELECT count(*) FROM events e{where}", args).fetchone()[0])


def resolve_event_id(conn: sqlite3.Connection, event_id: str) -> int | None:
    """Event pk for an id, a merged-away id (alias) or an unambiguous prefix of an id."""
    row = conn.execute("SELECT pk FROM events WHERE id = ?", (event_id,)).fetchone()
    if row:
        return int(row[0])
    row = conn.execute("SELECT event_pk FROM event_aliases WHERE alias = ?", (event_id,)).fetchone()
    if row:
        return int(row[0])
    if len(event_id) >= 6:
        rows = conn.execute(
            "SELECT pk FROM events WHERE id >= ? AND id < ? LIMIT 2",
            (event_id, event_id + "\U0010ffff"),
        ).fetchall()
        if len(rows) == 1:
            return int(rows[0][0])
        if len(rows) > 1:
            raise StoreError(f"event id prefix {event_id!r} is ambiguous")
    return None


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One event in full: fields, reports, figure histories, the mentions it was built from."""
    pk = resolve_event_id(conn, event_id)
    if pk is None:
        return None
    row = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.pk = ?", (pk,)).fetchone()
    event = _event_dict(row)
    figures = reconcile_figures(conn, pk)
    for kind, rec in figures.items():
        if event[kind] is not None or rec.history:
            event[kind] = rec.to_dict()
    mentions = conn.execute(
        "SELECT re.role, re.match_score, re.data, r.id, r.title, r.published, r.source, r.url "
        "FROM report_events re JOIN reports r ON r.pk = re.report_pk "
        "WHERE re.event_pk = ? ORDER BY r.published, re.pk",
        (pk,),
    ).fetchall()
    event["report_details"] = [
        {
            "id": rid,
            "title": title,
            "published": pub,
            "source": src,
            "url": url,
            "role": role,
            "match_score": None if score is None else round(score, 3),
        }
        for role, score, _data, rid, title, pub, src, url in mentions
    ]
    event["mentions"] = [json.loads(data) for _r, _s, data, *_ in mentions]
    event["merged_from"] = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM event_aliases WHERE event_pk = ? ORDER BY alias", (pk,)
        )
    ]
    return event


def get_report(conn: sqlite3.Connection, report_id: str) -> dict[str, Any] | None:
    """A stored report with its text and the events extracted from it (latest version)."""
    row = conn.execute(
        "SELECT pk, id, title, published, url, source, origin, text, warnings, content_hash "
        "FROM reports WHERE id = ? ORDER BY pk DESC LIMIT 1",
        (report_id,),
    ).fetchone()
    if row is None:
        return None
    pk, rid, title, published, url, source, origin, text, warnings, content_hash = row
    events = [
        {**json.loads(data), "event_id": eid}
        for data, eid in conn.execute(
            "SELECT re.data, e.id FROM report_events re LEFT JOIN events e ON e.pk = re.event_pk "
            "WHERE re.report_pk = ? ORDER BY re.pk",
            (pk,),
        )
    ]
    return {
        "id": rid,
        "title": title,
        "published": published,
        "url": url,
        "source": source,
        "origin": origin,
        "text": text,
        "warnings": json.loads(warnings),
        "content_hash": content_hash,
        "events": events,
    }


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts for a dashboard header: reports, mentions, events, by type and country."""

    def scalar(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    by_type = conn.execute(
        "SELECT coalesce(event_type, 'unknown'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    by_country = conn.execute(
        "SELECT coalesce(country_code, '??'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    lo, hi = conn.execute("SELECT min(day_lo), max(day_hi) FROM events").fetchone()
    return {
        "schema_version": schema_version(conn),
        "code_schema_version": SCHEMA_VERSION,
        "reports": scalar("SELECT count(*) FROM reports"),
        "mentions": scalar("SELECT count(*) FROM report_events"),
        "events": scalar("SELECT count(*) FROM events"),
        "events_background_only": scalar("SELECT count(*) FROM events WHERE main_count = 0"),
        "figures": scalar("SELECT count(*) FROM figures"),
        "fatalities_best_total": scalar("SELECT coalesce(sum(fatalities_best), 0) FROM events"),
        "date_range": {
            "start": dt.date.fromordinal(lo).isoformat() if lo else None,
            "end": dt.date.fromordinal(hi).isoformat() if hi else None,
        },
        "by_event_type": dict(by_type),
        "by_country": dict(by_country),
    }
