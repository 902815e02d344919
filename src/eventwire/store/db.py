"""Open an eventwire SQLite file safely: refuse foreign or corrupt files, then migrate.

A user who mistypes ``--db`` must never lose a file, so every check here is read-only and
happens before anything is written: the 16-byte SQLite header, then (through a read-only
connection) the ``application_id`` and the tables. Only a file that is ours, empty or missing
is opened for writing, switched to WAL and migrated to :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

APPLICATION_ID = 0x45565752  # "EVWR": marks a SQLite file as an eventwire store
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000  # a reader waits this long for a writer's checkpoint, and vice versa


class StoreError(Exception):
    """A problem the user can fix (wrong file, newer schema...): shown as one line, no traceback."""


_SCHEMA_V1 = """
CREATE TABLE reports (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    source       TEXT,
    origin       TEXT,
    text         TEXT NOT NULL,
    warnings     TEXT NOT NULL DEFAULT '[]',
    ingested_at  TEXT NOT NULL
);
CREATE INDEX reports_id ON reports(id);

CREATE VIRTUAL TABLE reports_fts USING fts5(
    title, text, content='reports', content_rowid='pk', tokenize='porter unicode61'
);

CREATE TABLE events (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    event_type      TEXT,
    sub_event_type  TEXT,
    mode            TEXT,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    day_lo          INTEGER,
    day_hi          INTEGER,
    location        TEXT NOT NULL DEFAULT '{}',
    country_code    TEXT,
    admin1          TEXT,
    lat             REAL,
    lon             REAL,
    geo_precision   TEXT,
    fatalities_best INTEGER,
    fatalities_low  INTEGER,
    fatalities_high INTEGER,
    injured_best    INTEGER,
    injured_low     INTEGER,
    injured_high    INTEGER,
    actors          TEXT NOT NULL DEFAULT '[]',
    sources         TEXT NOT NULL DEFAULT '[]',
    title           TEXT,
    report_count    INTEGER NOT NULL DEFAULT 0,
    main_count      INTEGER NOT NULL DEFAULT 0,
    first_reported  TEXT,
    last_reported   TEXT
);
CREATE INDEX events_day ON events(day_lo);
CREATE INDEX events_country_day ON events(country_code, day_lo);
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_fatalities ON events(fatalities_best);

CREATE TABLE event_aliases (
    alias    TEXT PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events(pk)
);
CREATE INDEX event_aliases_event ON event_aliases(event_pk);

CREATE TABLE report_events (
    pk             INTEGER PRIMARY KEY,
    report_pk      INTEGER NOT NULL REFERENCES reports(pk),
    event_pk       INTEGER REFERENCES events(pk),
    extract_id     TEXT NOT NULL,
    role           TEXT NOT NULL,
    event_type     TEXT,
    day_lo         INTEGER,
    day_hi         INTEGER,
    open_start     INTEGER NOT NULL DEFAULT 0,
    country_code   TEXT,
    admin1         TEXT,
    place          TEXT,
    lat            REAL,
    lon            REAL,
    geo_precision  TEXT,
    signature      TEXT NOT NULL DEFAULT '',
    keys           TEXT NOT NULL DEFAULT '',
    match_score    REAL,
    data           TEXT NOT NULL
);
CREATE INDEX report_events_event ON report_events(event_pk);
CREATE INDEX report_events_report ON report_events(report_pk);

-- Blocking indexes for deduplication: located mentions by (days x lat x lon), mentions by
-- (days x country number) -- all of them, and the coarsely placed ones alone -- and every
-- mention by its rare words.
CREATE VIRTUAL TABLE report_events_rtree USING rtree(
    pk, day_lo, day_hi, lat_lo, lat_hi, lon_lo, lon_hi
);
CREATE VIRTUAL TABLE country_rtree USING rtree(pk, day_lo, day_hi, cc_lo, cc_hi);
CREATE VIRTUAL TABLE coarse_rtree USING rtree(pk, day_lo, day_hi, cc_lo, cc_hi);

CREATE TABLE mention_keys (
    key        TEXT NOT NULL,
    day        INTEGER NOT NULL,  -- last day of the mention's range
    open_start INTEGER NOT NULL,
    mention_pk INTEGER NOT NULL REFERENCES report_events(pk),
    PRIMARY KEY (key, day, mention_pk)
) WITHOUT ROWID;

CREATE TABLE token_df (
    token TEXT PRIMARY KEY,  -- '' counts the documents
    df    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE figures (
    pk              INTEGER PRIMARY KEY,
    report_event_pk INTEGER NOT NULL REFERENCES report_events(pk),
    kind            TEXT NOT NULL CHECK (kind IN ('fatalities', 'injured')),
    best            INTEGER,
    low             INTEGER,
    high            INTEGER,
    qualifier       TEXT NOT NULL,
    text            TEXT,
    attributed_to   TEXT
);
CREATE INDEX figures_report_event ON figures(report_event_pk);
"""

Migration = Callable[[sqlite3.Connection], None]


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: list[Migration] = [_migrate_to_v1]
"""``MIGRATIONS[i]`` takes a store from schema version ``i`` to ``i + 1``; append, never edit."""

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create and migrate) the store at ``path``.

    Raises :class:`StoreError` for a missing file when ``create`` is false, a file that is not
    SQLite, a SQLite file of another application, a corrupt file, or a newer schema.
    """
    path = Path(path)
    fresh = not path.exists() or (path.is_file() and path.stat().st_size == 0)
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a file")
    if fresh and not create:
        raise StoreError(f"no event store at {path} (create one with `eventwire ingest`)")
    if not fresh:
        _check_is_ours(path)
    if not path.parent.exists():
        raise StoreError(f"directory {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        _configure(conn)
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _check_is_ours(path: Path) -> None:
    """Read-only checks that ``path`` is an eventwire store (or an empty SQLite file)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not an eventwire database (not a SQLite file); refusing to touch it"
        )
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        ro = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        app_id = ro.execute("PRAGMA application_id").fetchone()[0]
        tables = ro.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        version = ro.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is corrupt or not a database ({exc}); refusing to touch it"
        ) from exc
    finally:
        ro.close()
    if app_id != APPLICATION_ID and (app_id != 0 or tables > 0):
        raise StoreError(
            f"{path} is a SQLite database of another application, not an eventwire store; "
            "refusing to touch it"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this eventwire "
            f"({SCHEMA_VERSION}); upgrade eventwire"
        )


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"cannot switch to WAL journal mode (got {mode})")
    conn.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; atomic always (WAL)
    conn.create_function("ew_distance_km", 4, distance_km, deterministic=True)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = schema_version(conn)
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(conn)  # another process may have migrated meanwhile
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path} has schema version {version}, newer than this eventwire")
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def distance_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None):
    """Great-circle distance (haversine); None when a coordinate is missing."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
