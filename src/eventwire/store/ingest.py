"""Write extracted reports into the store: batched transactions, idempotent by content hash.

The writer is the only place that writes. It consumes ``(Report, ReportResult)`` pairs from
any producer (one extractor, a worker pool...) and commits every ``batch_size`` reports in one
transaction, so a crash (even ``kill -9``) loses at most the batch in flight and a re-run,
which skips the reports already stored, ends with the same database as an uninterrupted run.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from eventwire.model import Event, Report, ReportResult
from eventwire.store import dedup
from eventwire.store.aggregate import FIGURE_KINDS, rebuild_event

DEFAULT_BATCH_SIZE = 50


@dataclass(slots=True)
class IngestStats:
    """What one ingest did; ``reports_skipped`` were already stored (same content hash)."""

    reports_seen: int = 0
    reports_added: int = 0
    reports_skipped: int = 0
    mentions: int = 0
    events_created: int = 0
    events_joined: int = 0
    events_merged: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    def add(self, other: IngestStats) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            setattr(self, name, getattr(self, name) + getattr(other, name))


ProgressCallback = Callable[[IngestStats], None]


def has_report(conn: sqlite3.Connection, report: Report) -> bool:
    """Whether this exact report (same id, title, date and text) is already stored."""
    row = conn.execute(
        "SELECT 1 FROM reports WHERE content_hash = ?", (report.content_hash(),)
    ).fetchone()
    return row is not None


def ingest(
    conn: sqlite3.Connection,
    pairs: Iterable[tuple[Report, ReportResult]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
) -> IngestStats:
    """Store every pair, deduplicating its events; commit every ``batch_size`` reports."""
    total = IngestStats()
    batch: list[tuple[Report, ReportResult]] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= batch_size:
            total.add(_write_batch(conn, batch))
            batch.clear()
            if progress:
                progress(total)
    if batch:
        total.add(_write_batch(conn, batch))
        if progress:
            progress(total)
    return total


def _write_batch(conn: sqlite3.Connection, batch: list[tuple[Report, ReportResult]]) -> IngestStats:
    stats = IngestStats()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for report, result in batch:
            stats.reports_seen += 1
            content_hash = report.content_hash()
            report_pk = _insert_report(conn, report, result, content_hash)
            if report_pk is None:
                stats.reports_skipped += 1
                continue
            stats.reports_added += 1
            touched: set[int] = set()
            for event in result.events:
                stats.mentions += 1
                assignment = _add_mention(conn, report, report_pk, content_hash, event)
                touched.add(assignment.event_pk)
                touched.difference_update(assignment.merged)
                stats.events_created += assignment.created
                stats.events_joined += not assignment.created
                stats.events_merged += len(assignment.merged)
            # Rebuilt per report, not per batch: what the next report is matched against (and
            # so the result) never depends on where batch boundaries fall.
            for event_pk in sorted(touched):
                rebuild_event(conn, event_pk)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return stats


def _insert_report(
    conn: sqlite3.Connection, report: Report, result: ReportResult, content_hash: str
) -> int | None:
    """Insert the report and its full-text entry; None when the same content is stored."""
    if conn.execute("SELECT 1 FROM reports WHERE content_hash = ?", (content_hash,)).fetchone():
        return None
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO reports (id, content_hash, title, published, url, source, origin, text, "
        "warnings, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report.id,
            content_hash,
            report.title,
            report.published,
            report.url,
            report.source,
            report.origin,
            report.text,
            json.dumps(result.warnings, ensure_ascii=False),
            now,
        ),
    )
    report_pk = cur.lastrowid
    assert report_pk is not None
    conn.execute(
        "INSERT INTO reports_fts (rowid, title, text) VALUES (?, ?, ?)",
        (report_pk, report.title or "", report.text),
    )
    return report_pk


def _add_mention(
    conn: sqlite3.Connection, report: Report, report_pk: int, content_hash: str, event: Event
) -> dedup.Assignment:
    data = event.to_dict()
    loc = event.location
    day_lo, day_hi, open_start = dedup.mention_days(
        event.date.start, event.date.end, event.date.text, report.published
    )
    if event.role == "main":
        opening = dedup.lead(report.text)
        sig = dedup.signature(report.title, opening)
        key_words = dedup.signature(report.title, dedup.proper_nouns(opening))
    else:  # a recollection is described by its own sentences, not the report's headline
        full = report.full_text
        recalled = " ".join(
            dict.fromkeys(dedup.sentence_around(full, ev.start, ev.end) for ev in event.evidence)
        )
        sig = dedup.signature(recalled)
        key_words = dedup.signature(dedup.proper_nouns(recalled))
    keys = dedup.blocking_keys(key_words, loc.name, data["actors"])
    cur = conn.execute(
        "INSERT INTO report_events (report_pk, extract_id, role, event_type, day_lo, day_hi, "
        "open_start, country_code, admin1, place, lat, lon, geo_precision, signature, keys, "
        "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report_pk,
            event.id,
            event.role,
            event.event_type,
            day_lo,
            day_hi,
            open_start,
            loc.country_code,
            loc.admin1,
            dedup.normalize(loc.name) or None,
            loc.lat,
            loc.lon,
            loc.precision,
            sig,
            keys,
            json.dumps(data, ensure_ascii=False),
        ),
    )
    mention_pk = cur.lastrowid
    assert mention_pk is not None
    for kind in FIGURE_KINDS:
        figure = getattr(event, kind)
        if figure is None or (figure.best is None and figure.low is None and figure.high is None):
            continue
        conn.execute(
            "INSERT INTO figures (report_event_pk, kind, best, low, high, qualifier, text, "
            "attributed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                mention_pk,
                kind,
                figure.best,
                figure.low,
                figure.high,
                figure.qualifier,
                figure.text,
                figure.attributed_to,
            ),
        )
    row = conn.execute(
        f"SELECT {dedup.MENTION_COLUMNS} FROM report_events re WHERE re.pk = ?", (mention_pk,)
    ).fetchone()
    mention = dedup.mention_from_row(row)
    dedup.index_mention(conn, mention)
    return dedup.assign(conn, mention, content_hash, event.id)
