"""The store on real SQLite files: opening safely, idempotent ingest, queries, reports, stats."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.store import SCHEMA_VERSION, EventFilter, Store, StoreError, default_db_path
from eventwire.store.db import APPLICATION_ID
from test_store_support import (
    kerman_reports,
    logical_dump,
    make_event,
    make_pair,
    synthetic_pairs,
)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "events.db") as s:
        yield s


def _files(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


# -- opening ------------------------------------------------------------------------------------


def test_new_store_is_wal_with_foreign_keys_and_versioned_schema(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"reports", "reports_fts", "events", "report_events", "figures"} <= names


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with Store.open(path) as s:
        s.ingest(kerman_reports())
    with Store.open(path, create=False) as s:
        assert s.stats()["reports"] == 3


def test_foreign_key_is_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO report_events (report_pk, extract_id, role, data) VALUES (999, 'x', "
            "'main', '{}')"
        )


@pytest.mark.parametrize(
    "content",
    [
        b"id,title,text\n1,hello,world\n",  # a CSV someone passed as --db by mistake
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,  # binary junk
        b"SQLite format 3\x00" + b"\xff" * 4000,  # a SQLite header on corrupt pages
    ],
    ids=["text", "binary", "corrupt-sqlite"],
)
def test_foreign_or_corrupt_file_is_refused_and_left_byte_identical(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "important.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"refusing to touch it|corrupt|not a database"):
        Store.open(path)
    assert path.read_bytes() == content
    assert _files(path) == {"important.db"}  # no -wal / -shm left behind


def test_sqlite_database_of_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another application"):
        Store.open(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)
    assert path.read_bytes() == before


def test_readers_do_not_create_a_missing_store(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no event store"):
        Store.open(path, create=False)
    assert not path.exists()


def test_default_db_follows_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    assert default_db_path() == "eventwire.db"
    monkeypatch.setenv("EVENTWIRE_DB", "/data/wire.db")
    assert default_db_path() == "/data/wire.db"


# -- ingest ---------------------------------------------------------------------------------------


def test_ingesting_the_same_input_twice_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    pairs = synthetic_pairs(30)
    with Store.open(path) as s:
        first = s.ingest(pairs, batch_size=7)
        once = logical_dump(str(path))
        second = s.ingest(pairs, batch_size=7)
    assert first.reports_added == 30 and first.events_created == 10
    assert second.reports_added == 0 and second.reports_skipped == 30
    assert logical_dump(str(path)) == once


def test_contains_recognises_stored_content_only(store: Store) -> None:
    pairs = kerman_reports()
    store.ingest(pairs[:1])
    assert store.contains(pairs[0][0])
    assert not store.contains(pairs[1][0])


def test_a_revised_article_with_the_same_id_is_a_new_observation(store: Store) -> None:
    report, result = kerman_reports()[0]
    store.ingest([(report, result)])
    report.text += " The toll was later revised."
    store.ingest([(report, result)])
    assert store.stats()["reports"] == 2
    assert store.get_report(report.id)["text"].endswith("later revised.")


def test_every_mention_is_kept_with_provenance(store: Store) -> None:
    store.ingest(kerman_reports())
    rows = store.conn.execute("SELECT count(*), count(DISTINCT event_pk) FROM report_events")
    assert rows.fetchone() == (3, 1)
    report = store.get_report("k2")
    assert report["events"][0]["fatalities"]["best"] == 84
    assert report["events"][0]["event_id"] == store.query_events()[0]["id"]


def test_failed_batch_rolls_back_completely(store: Store) -> None:
    good = kerman_reports()

    def pairs():
        yield from good
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError):
        store.ingest(pairs(), batch_size=2)
    stats = store.stats()
    assert stats["reports"] == 2  # the first batch committed, the broken one did not
    assert store.conn.execute("SELECT count(*) FROM report_events").fetchone()[0] == 2


# -- queries --------------------------------------------------------------------------------------


def _mixed_store(store: Store) -> None:
    store.ingest(kerman_reports())
    store.ingest(
        [
            make_pair(
                "b1",
                "Car bomb in Baghdad market",
                "2023-06-02",
                make_event(
                    "b1",
                    place="Baghdad",
                    date="2023-06-01",
                    killed=None,
                    event_type="Explosions/Remote violence",
                ),
            ),
            make_pair(
                "m1",
                "Protest in Mosul over water shortages",
                "2024-02-10",
                make_event("m1", place="Mosul", date="2024-02-10", event_type="Protests"),
            ),
        ]
    )


def test_filters_select_the_right_events(store: Store) -> None:
    _mixed_store(store)

    def titles(**kwargs) -> list[str]:
        return sorted(e["title"] for e in store.query_events(EventFilter(**kwargs)))

    assert len(titles()) == 3
    assert titles(country="ir") == ["Twin blasts hit memorial ceremony in Kerman"]
    assert titles(since="2024-01-01") == [
        "Protest in Mosul over water shortages",
        "Twin blasts hit memorial ceremony in Kerman",
    ]
    assert titles(until="2023") == ["Car bomb in Baghdad market"]
    assert titles(event_type="protests") == ["Protest in Mosul over water shortages"]
    assert titles(min_killed=90) == ["Twin blasts hit memorial ceremony in Kerman"]
    assert titles(near=(30.28, 57.08, 50)) == ["Twin blasts hit memorial ceremony in Kerman"]
    assert titles(near=(33.2, 44.4, 15)) == []  # Baghdad's centre is 15.7 km away
    assert titles(near=(33.2, 44.4, 16)) == ["Car bomb in Baghdad market"]
    assert titles(q="memorial") == ["Twin blasts hit memorial ceremony in Kerman"]
    assert titles(q="water shortage*") == ["Protest in Mosul over water shortages"]
    assert titles(country="IQ", event_type="Protests", since="2024-02") == [
        "Protest in Mosul over water shortages"
    ]


def test_bad_filter_values_raise_value_error(store: Store) -> None:
    with pytest.raises(ValueError, match="not a date"):
        store.query_events(EventFilter(since="yesterday"))
    with pytest.raises(ValueError, match="no words"):
        store.query_events(EventFilter(q='"" ***'))


def test_limit_offset_and_count(store: Store) -> None:
    _mixed_store(store)
    everything = store.query_events(limit=None)
    assert [e["id"] for e in store.query_events(limit=1, offset=1)] == [everything[1]["id"]]
    assert store.count_events(EventFilter(country="IQ")) == 2
    dates = [e["date"]["start"] for e in everything]
    assert dates == sorted(dates, reverse=True)  # most recent first


def test_get_event_by_prefix_and_unknown_id(store: Store) -> None:
    store.ingest(kerman_reports())
    event_id = store.query_events()[0]["id"]
    assert store.get_event(event_id[:8])["id"] == event_id
    assert store.get_event("evt-000000000000") is None
    detail = store.get_event(event_id)
    assert [r["id"] for r in detail["report_details"]] == ["k1", "k2", "k3"]
    assert len(detail["mentions"]) == 3


def test_stats_counts(store: Store) -> None:
    _mixed_store(store)
    stats = store.stats()
    assert stats["reports"] == 5
    assert stats["events"] == 3
    assert stats["by_country"] == {"IQ": 2, "IR": 1}
    assert stats["date_range"] == {"start": "2023-06-01", "end": "2024-02-10"}
    assert stats["schema_version"] == SCHEMA_VERSION
