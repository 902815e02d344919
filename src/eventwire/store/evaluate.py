"""Measure deduplication: B-cubed precision/recall/F1 of stored events against gold incidents.

Each report is one item; its predicted cluster is the event its ``main`` mention joined (a
report may also recall other events, but it is *about* one). The GDELT-style baseline groups
the same main mentions by exact (date, place, event type), computed from the same extraction,
so the two figures differ only by the deduplication.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eventwire.model import DateInfo, Event, Location, Report, ReportResult, stable_event_id


def bcubed(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> dict[str, float]:
    """B-cubed over the gold items; an item the prediction misses is its own cluster."""
    items = list(gold)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    labels = {i: pred.get(i, ("missing", i)) for i in items}
    pred_size = Counter(labels.values())
    gold_size = Counter(gold[i] for i in items)
    both = Counter((labels[i], gold[i]) for i in items)
    precision = sum(both[labels[i], gold[i]] / pred_size[labels[i]] for i in items) / len(items)
    recall = sum(both[labels[i], gold[i]] / gold_size[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "items": len(items),
        "clusters": len(pred_size),
        "gold_clusters": len(gold_size),
    }


def article_events(conn: sqlite3.Connection) -> dict[str, str]:
    """Report id -> id of the event its main mention belongs to."""
    rows = conn.execute(
        "SELECT r.id, e.id FROM report_events re JOIN reports r ON r.pk = re.report_pk "
        "JOIN events e ON e.pk = re.event_pk WHERE re.role = 'main' ORDER BY re.pk"
    )
    return dict(rows.fetchall())


def exact_match_clusters(conn: sqlite3.Connection) -> dict[str, Hashable]:
    """GDELT-style baseline: main mentions with equal date, place and type are one event.

    A mention without a date or a place cannot be matched exactly and stays alone.
    """
    out: dict[str, Hashable] = {}
    rows = conn.execute(
        "SELECT r.id, re.data FROM report_events re JOIN reports r ON r.pk = re.report_pk "
        "WHERE re.role = 'main' ORDER BY re.pk"
    )
    for report_id, data in rows:
        event = json.loads(data)
        date = (event.get("date") or {}).get("start")
        loc = event.get("location") or {}
        if loc.get("lat") is not None:
            place: Any = (round(loc["lat"], 3), round(loc["lon"], 3))
        else:
            place = loc.get("name") or loc.get("admin1")
        if not date or not place:
            out[report_id] = ("alone", report_id)
        else:
            out[report_id] = (date, place, event.get("event_type"))
    return out


def result_from_dict(data: Mapping[str, Any]) -> ReportResult:
    """A ReportResult back from its contract JSON (``ReportResult.to_dict``)."""
    from eventwire.model import Actor, Evidence, Figure

    def figure(f: Mapping[str, Any] | None) -> Figure | None:
        return None if f is None else Figure(**f)

    events = []
    for e in data["events"]:
        events.append(
            Event(
                **{
                    **e,
                    "date": DateInfo(**e["date"]),
                    "location": Location(**e["location"]),
                    "fatalities": figure(e["fatalities"]),
                    "injured": figure(e["injured"]),
                    "actors": [Actor(**a) for a in e["actors"]],
                    "evidence": [Evidence(**v) for v in e["evidence"]],
                }
            )
        )
    return ReportResult(data["article_id"], events, list(data["warnings"]))


def read_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {row["article_id"]: row for row in rows}


def gold_pairs(
    reports: Iterable[Report], gold: Mapping[str, Mapping[str, Any]]
) -> Iterator[tuple[Report, ReportResult]]:
    """Results built from the gold codings (place, date, figures): dedup with perfect fields.

    Measures the matching alone, apart from extraction errors; it is a sanity check, not the
    headline figure (gold dates and places make exact matching easy).
    """
    from eventwire.model import Figure

    for report in reports:
        g = gold.get(report.id)
        if g is None:
            continue
        killed, injured = g.get("killed"), g.get("injured")
        event = Event(
            id=stable_event_id(report.id, "main", 0),
            article_id=report.id,
            role="main",
            event_type="Violence against civilians",
            sub_event_type=None,
            mode=None,
            date=DateInfo(g.get("date"), None, "day" if g.get("date") else "unknown", None),
            location=Location(
                name=g.get("city"),
                admin1=g.get("admin1"),
                country_code=g.get("country"),
                lat=g.get("lat"),
                lon=g.get("lon"),
                precision="city" if g.get("lat") is not None else "unknown",
            ),
            fatalities=None if killed is None else Figure(killed, killed, killed, "exact", None),
            injured=None if injured is None else Figure(injured, injured, injured, "exact", None),
        )
        yield report, ReportResult(report.id, [event])
