"""The event store: one SQLite file of reports, extracted events and deduplicated events.

:class:`Store` is the facade the CLI and the HTTP API use; its method names and the shapes of
the dicts they return are a stable interface (documented in ``docs/store.md``).

>>> store = Store.open("events.db")                      # doctest: +SKIP
>>> store.ingest(extractor.extract_many(reports))        # doctest: +SKIP
>>> store.query_events(EventFilter(country="IR"), limit=10)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from eventwire.model import Report, ReportResult
from eventwire.store import db
from eventwire.store import export as _export
from eventwire.store import query as _query
from eventwire.store.db import SCHEMA_VERSION, StoreError
from eventwire.store.ingest import DEFAULT_BATCH_SIZE, IngestStats, ProgressCallback, has_report
from eventwire.store.ingest import ingest as _ingest
from eventwire.store.query import EventFilter, parse_near

DEFAULT_DB = "eventwire.db"

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "EventFilter",
    "IngestStats",
    "Store",
    "StoreError",
    "default_db_path",
    "parse_near",
]


def default_db_path() -> str:
    """``$EVENTWIRE_DB`` if set, else ``./eventwire.db``."""
    return os.environ.get("EVENTWIRE_DB") or DEFAULT_DB


class Store:
    """An open event store. Use as a context manager or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> Store:
        """Open (creating and migrating if needed) the store; refuses foreign/corrupt files.

        With ``create=False`` a missing file is an error instead of a new empty store: what
        readers want, so a typo in ``--db`` does not leave an empty database behind.
        """
        target = Path(path or default_db_path())
        return cls(db.connect(target, create=create), target)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def contains(self, report: Report) -> bool:
        """Whether this exact report is stored: lets callers skip extracting it again."""
        return has_report(self.conn, report)

    def ingest(
        self,
        pairs: Iterable[tuple[Report, ReportResult]],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        progress: ProgressCallback | None = None,
    ) -> IngestStats:
        """Store extracted reports and deduplicate their events, committing in batches."""
        return _ingest(self.conn, pairs, batch_size=batch_size, progress=progress)

    # -- reading ---------------------------------------------------------------------------

    def query_events(
        self, flt: EventFilter | None = None, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        return _query.query_events(self.conn, flt, limit, offset)

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        return _query.iter_events(self.conn, flt)

    def count_events(self, flt: EventFilter | None = None) -> int:
        return _query.count_events(self.conn, flt)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        return _query.get_event(self.conn, event_id)

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        return _query.get_report(self.conn, report_id)

    def stats(self) -> dict[str, Any]:
        return _query.stats(self.conn)

    def export(
        self, fmt: str, flt: EventFilter | None = None, out: str | Path | IO[Any] | None = None
    ) -> int:
        """Stream matching events as csv, geojson, jsonl or parquet; returns the count."""
        return _export.export(self.conn, fmt, flt, out)
