"""Deduplication: joining, keeping apart, bridging merges, background links, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.store import Store
from eventwire.store.dedup import (
    JOIN_THRESHOLD,
    LOOKBACK_DAYS,
    MENTION_COLUMNS,
    WINDOW_DAYS,
    Mention,
    candidates,
    day_range,
    mention_days,
    mention_from_row,
    pair_score,
)
from test_store_support import (
    figure,
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


def _groups(store: Store) -> list[list[str]]:
    return sorted(sorted(e["reports"]) for e in store.query_events(limit=None))


def test_reports_of_one_happening_become_one_event(store: Store) -> None:
    stats = store.ingest(kerman_reports())
    assert _groups(store) == [["k1", "k2", "k3"]]
    assert (stats.events_created, stats.events_joined) == (1, 2)


def test_synthetic_stream_groups_exactly(store: Store) -> None:
    store.ingest(synthetic_pairs(60), batch_size=9)
    groups = _groups(store)
    assert len(groups) == 20
    assert all(len(g) == 3 for g in groups)
    assert all(len({int(a[4:]) // 3 for a in g}) == 1 for g in groups)


def test_far_apart_places_or_dates_stay_apart(store: Store) -> None:
    store.ingest(
        [
            make_pair("a", "Blast in Kerman", "2024-01-03", make_event("a", killed=figure(73))),
            make_pair(
                "b",
                "Blast in Baghdad",
                "2024-01-03",
                make_event("b", place="Baghdad", killed=figure(73)),
            ),
            make_pair(
                "c",
                "Blast in Kerman",
                "2024-02-20",
                make_event("c", date="2024-02-20", killed=figure(73)),
            ),
        ]
    )
    assert _groups(store) == [["a"], ["b"], ["c"]]


def test_same_city_same_day_with_different_victims_and_tolls_stays_apart(store: Store) -> None:
    store.ingest(
        [
            make_pair(
                "s1",
                "Man shot dead outside Springfield bar",
                "2024-03-02",
                make_event(
                    "s1",
                    place="Springfield",
                    date="2024-03-02",
                    event_type="Violence against civilians",
                    killed=figure(1),
                    victims=("Tom Reed",),
                ),
            ),
            make_pair(
                "s2",
                "Five killed as gunman opens fire at Springfield mall",
                "2024-03-02",
                make_event(
                    "s2",
                    place="Springfield",
                    date="2024-03-02",
                    event_type="Violence against civilians",
                    killed=figure(5),
                    victims=("Ana Gomez", "Li Wei"),
                ),
            ),
        ]
    )
    assert _groups(store) == [["s1"], ["s2"]]


def test_shared_victim_name_joins_despite_a_coarse_location(store: Store) -> None:
    store.ingest(
        [
            make_pair(
                "v1",
                "Teen shot in Springfield",
                "2024-03-02",
                make_event(
                    "v1",
                    place="Springfield",
                    date="2024-03-02",
                    killed=figure(1),
                    victims=("Jordan Miles",),
                ),
            ),
            make_pair(
                "v2",
                "Family mourns Jordan Miles, 17",
                "2024-03-04",
                make_event(
                    "v2",
                    place="Illinois",
                    date="2024-03-02",
                    killed=figure(1),
                    victims=("Jordan Miles",),
                ),
            ),
        ]
    )
    assert _groups(store) == [["v1", "v2"]]


def test_bridging_report_merges_two_events(store: Store) -> None:
    kind = "Violence against civilians"
    store.ingest(
        [
            make_pair(
                "x1",
                "Gunman wounds two outside Springfield liquor store",
                "2024-03-02",
                make_event(
                    "x1",
                    place="Springfield",
                    date="2024-03-02",
                    event_type=kind,
                    injured=figure(2),
                    victims=("Marcus Lee",),
                ),
            ),
            make_pair(
                "x2",
                "Police seek suspect in east side parking lot attack",
                "2024-03-06",
                make_event(
                    "x2", place="Springfield", date="2024-03-06", event_type=kind, injured=figure(2)
                ),
            ),
        ]
    )  # four days apart, nothing in common but the city: two events
    assert _groups(store) == [["x1"], ["x2"]]
    absorbed, survivor = (e["id"] for e in store.query_events(limit=None))  # newest first
    stats = store.ingest(
        [
            make_pair(
                "x3",
                "Police seek suspect in east side parking lot attack that wounded two "
                "outside liquor store",
                "2024-03-04",
                make_event(
                    "x3",
                    place="Springfield",
                    date="2024-03-04",
                    event_type=kind,
                    injured=figure(2),
                    victims=("Marcus Lee",),
                ),
            ),
        ]
    )
    assert stats.events_merged == 1
    assert _groups(store) == [["x1", "x2", "x3"]]
    merged = store.get_event(absorbed)  # the old id still resolves, to the survivor
    assert merged["id"] == survivor
    assert merged["merged_from"] == [absorbed]
    assert merged["report_count"] == 3


def test_background_mention_links_to_the_event_it_recalls(store: Store) -> None:
    store.ingest(
        [
            make_pair(
                "s2020",
                "US strike kills Qassem Soleimani at Baghdad airport",
                "2020-01-03",
                make_event(
                    "s2020",
                    place="Baghdad",
                    date="2020-01-03",
                    event_type="Explosions/Remote violence",
                    killed=figure(10),
                    victims=("Qassem Soleimani",),
                ),
            ),
        ]
    )
    recall = make_event(
        "k2024",
        place="Baghdad",
        date="2020-01",
        precision="month",
        role="background",
        index=1,
        victims=("Qassem Soleimani",),
    )
    store.ingest(
        [
            make_pair(
                "k2024",
                "Blasts at Soleimani memorial in Kerman",
                "2024-01-03",
                make_event("k2024", killed=figure(73, "at_least")),
                recall,
            )
        ]
    )
    assert _groups(store) == [["k2024"], ["k2024", "s2020"]]
    old = next(e for e in store.query_events(limit=None) if "s2020" in e["reports"])
    assert old["date"]["start"] == "2020-01-03"  # the direct report's precise date wins
    assert not old["background_only"]


def test_one_reports_events_never_join_each_other(store: Store) -> None:
    store.ingest(
        [
            make_pair(
                "twin",
                "Two blasts in Kerman",
                "2024-01-03",
                make_event("twin", killed=figure(40)),
                make_event("twin", killed=figure(40), role="background", index=1),
            )
        ]
    )
    assert len(store.query_events(limit=None)) == 2


def test_candidates_come_from_the_indexes_not_a_scan(store: Store) -> None:
    store.ingest(synthetic_pairs(120))
    conn = store.conn
    row = conn.execute(
        f"SELECT {MENTION_COLUMNS} FROM report_events re ORDER BY re.pk DESC LIMIT 1"
    ).fetchone()
    newest = mention_from_row(row)
    found = candidates(conn, newest)
    total = conn.execute("SELECT count(*) FROM report_events").fetchone()[0]
    assert 0 < len(found) < total / 10
    assert all(abs(m.day_lo - newest.day_lo) <= WINDOW_DAYS for m in found)


def _mention(**kw: object) -> Mention:
    base: dict[str, object] = dict(
        pk=1,
        report_pk=1,
        event_pk=1,
        role="main",
        event_type="Battles",
        day_lo=738000,
        day_hi=738000,
        day_precise=True,
        open_start=False,
        country_code="ML",
        admin1="Kidal",
        place="kidal",
        site=None,
        lat=18.44,
        lon=1.41,
        geo_precision="city",
        signature=frozenset({"soldier", "clash", "patrol"}),
    )
    base.update(kw)
    return Mention(**base)  # type: ignore[arg-type]


def test_pair_score_weighs_dates_places_and_content() -> None:
    a = _mention()
    same = pair_score(a, _mention(pk=2))
    assert same is not None and same >= JOIN_THRESHOLD
    assert pair_score(a, _mention(pk=2, day_lo=738040, day_hi=738040)) is None  # 40 days
    for other in (
        _mention(pk=2, day_lo=738010, day_hi=738010),  # ten days later
        _mention(pk=2, country_code="NE", admin1="Tillaberi", place="ayorou", lat=14.7),
        _mention(pk=2, lat=20.0, place="tessalit"),  # 170 km away
        _mention(pk=2, signature=frozenset({"protest", "market", "price"})),
    ):
        score = pair_score(a, other)
        assert score is not None and score < same
    named = pair_score(a, _mention(pk=2, victims=frozenset({"moussa ag"})), None)
    assert (
        pair_score(
            _mention(victims=frozenset({"moussa ag"})),
            _mention(pk=2, victims=frozenset({"moussa ag"})),
        )
        > named
    )


def test_publication_dated_mentions_reach_back() -> None:
    follow_up = _mention(
        pk=2, day_lo=738050 - LOOKBACK_DAYS, day_hi=738050, day_precise=False, open_start=True
    )
    assert pair_score(_mention(), follow_up) is not None  # 50 days earlier: still possible
    assert pair_score(_mention(day_lo=738060, day_hi=738060), follow_up) is not None
    assert pair_score(_mention(day_lo=738090, day_hi=738090), follow_up) is None  # after it


def test_day_ranges_of_partial_and_missing_dates() -> None:
    lo, hi, precise = day_range("2024-02", None)
    assert hi - lo == 28 and not precise
    assert day_range("2024-03-10", None)[2]
    assert day_range(None, None) == (None, None, False)
    assert day_range("2024-13-45", None)[0] is None
    lo, hi, open_start = mention_days("2024-03-10", None, None, "2024-03-10T08:00:00Z")
    assert open_start and hi - lo == LOOKBACK_DAYS
    assert mention_days("2024-03-08", None, "on Friday", "2024-03-10")[2] is False


def test_same_input_same_order_gives_identical_stores(tmp_path: Path) -> None:
    pairs = synthetic_pairs(45) + kerman_reports()
    for name, batch in (("a.db", 4), ("b.db", 50)):
        with Store.open(tmp_path / name) as s:
            s.ingest(pairs, batch_size=batch)
    assert logical_dump(str(tmp_path / "a.db")) == logical_dump(str(tmp_path / "b.db"))
