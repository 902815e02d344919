"""Builders of hand-made (Report, ReportResult) pairs for the store tests (no spaCy needed).

Imported by the other ``test_store*`` / ``test_dedup*`` / ``test_export*`` modules; it holds no
tests itself. The reports are invented for these tests.
"""

from __future__ import annotations

from eventwire.model import (
    Actor,
    DateInfo,
    Event,
    Figure,
    Location,
    Report,
    ReportResult,
    stable_event_id,
)

PLACES: dict[str, Location] = {
    "Kerman": Location(
        name="Kerman",
        admin1="Kerman",
        country="Iran",
        country_code="IR",
        lat=30.283,
        lon=57.079,
        precision="city",
    ),
    "Baghdad": Location(
        name="Baghdad",
        admin1="Baghdad",
        country="Iraq",
        country_code="IQ",
        lat=33.341,
        lon=44.401,
        precision="city",
    ),
    "Mosul": Location(
        name="Mosul",
        admin1="Nineveh",
        country="Iraq",
        country_code="IQ",
        lat=36.335,
        lon=43.119,
        precision="city",
    ),
    "Springfield": Location(
        name="Springfield",
        admin1="Illinois",
        country="United States",
        country_code="US",
        lat=39.80,
        lon=-89.64,
        precision="city",
    ),
    "Illinois": Location(
        admin1="Illinois",
        country="United States",
        country_code="US",
        lat=40.0,
        lon=-89.0,
        precision="admin1",
    ),
}


def figure(n: int | None, qualifier: str = "exact", by: str | None = None) -> Figure | None:
    if n is None:
        return None
    return Figure(
        best=n,
        low=n,
        high=None if qualifier == "at_least" else n,
        qualifier=qualifier,  # type: ignore[arg-type]
        text=f"{n} killed",
        attributed_to=by,
    )


def make_event(
    article_id: str,
    *,
    place: str = "Kerman",
    date: str | None = "2024-01-03",
    precision: str = "day",
    event_type: str | None = "Explosions/Remote violence",
    killed: Figure | None = None,
    injured: Figure | None = None,
    victims: tuple[str, ...] = (),
    role: str = "main",
    index: int = 0,
) -> Event:
    loc = PLACES[place]
    return Event(
        id=stable_event_id(article_id, role, index),  # type: ignore[arg-type]
        article_id=article_id,
        role=role,  # type: ignore[arg-type]
        event_type=event_type,
        sub_event_type=None,
        mode=None,
        date=DateInfo(date, None, precision, date),  # type: ignore[arg-type]
        location=Location(**{f: getattr(loc, f) for f in loc.__slots__}),  # type: ignore[attr-defined]
        fatalities=killed,
        injured=injured,
        actors=[Actor(v, "victim", "person") for v in victims],
        sources=[],
    )


def make_pair(
    article_id: str,
    title: str,
    published: str,
    *events: Event,
    source: str | None = None,
    text: str | None = None,
) -> tuple[Report, ReportResult]:
    report = Report(
        id=article_id,
        title=title,
        text=text or f"{title}.",
        published=published,
        source=source,
    )
    return report, ReportResult(article_id=article_id, events=list(events))


def kerman_reports() -> list[tuple[Report, ReportResult]]:
    """Three outlets over three days, the toll rising 73 -> 84 -> 95."""
    return [
        make_pair(
            "k1",
            "Twin blasts hit memorial ceremony in Kerman",
            "2024-01-03",
            make_event("k1", killed=figure(73, "at_least", "state media")),
            source="Wire A",
        ),
        make_pair(
            "k2",
            "Kerman memorial blasts: death toll climbs to 84",
            "2024-01-04",
            make_event("k2", killed=figure(84, by="Wire B")),
            source="Wire B",
        ),
        make_pair(
            "k3",
            "Kerman memorial bombing toll reaches 95, health ministry says",
            "2024-01-05",
            make_event("k3", date="2024-01-03", killed=figure(95, by="health ministry")),
            source="Wire C",
        ),
    ]


def logical_dump(path: str) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (full-text and R*Tree indexes included), minus ingest timestamps.

    Two stores with equal dumps hold the same reports, mentions, events, figures and ids.
    """
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        queries = {
            "reports": "SELECT pk, id, content_hash, title, published, url, source, origin, "
            "text, warnings FROM reports ORDER BY pk",
            "reports_fts": "SELECT rowid, title, text FROM reports_fts ORDER BY rowid",
            "report_events": "SELECT * FROM report_events ORDER BY pk",
            "report_events_rtree": "SELECT * FROM report_events_rtree ORDER BY pk",
            "country_rtree": "SELECT * FROM country_rtree ORDER BY pk",
            "coarse_rtree": "SELECT * FROM coarse_rtree ORDER BY pk",
            "events": "SELECT * FROM events ORDER BY pk",
            "event_aliases": "SELECT * FROM event_aliases ORDER BY alias",
            "figures": "SELECT * FROM figures ORDER BY pk",
            "token_df": "SELECT * FROM token_df ORDER BY token",
            "mention_keys": "SELECT * FROM mention_keys ORDER BY key, day, mention_pk",
        }
        return {name: conn.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        conn.close()


CITIES = ("Kerman", "Baghdad", "Mosul", "Springfield")
_WORDS = ("Market", "Checkpoint", "Mosque", "School", "Convoy", "Station", "Wedding", "Bridge")


def synthetic_pairs(n: int, start_day: int = 0) -> list[tuple[Report, ReportResult]]:
    """``n`` hand-made reports: groups of three reports per happening, across four cities."""
    import datetime as dt

    pairs = []
    base = dt.date(2024, 1, 1).toordinal() + start_day
    for i in range(n):
        happening = i // 3
        city = CITIES[happening % len(CITIES)]
        offset = happening // len(CITIES) * 40  # a city's happenings are 40 days apart
        day = dt.date.fromordinal(base + offset).isoformat()
        published = dt.date.fromordinal(base + offset + i % 3).isoformat()
        killed = 5 + happening % 7 + i % 3
        article = f"syn-{i:05d}"
        pairs.append(
            make_pair(
                article,
                f"{_WORDS[happening % len(_WORDS)]} attack in {city} leaves {killed} dead",
                published,
                make_event(
                    article,
                    place=city,
                    date=day,
                    killed=figure(killed),
                    victims=(f"Victim{happening} Family{happening}",),
                ),
                source=f"Outlet {i % 3}",
            )
        )
    return pairs
