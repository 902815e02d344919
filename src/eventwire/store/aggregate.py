"""Rebuild one deduplicated event's fields from the report-events linked to it.

The event row is derived state: everything in it is recomputed from its mentions whenever one
joins or events merge, so it can never drift from its evidence. Reports about the happening
itself (role ``main``) outrank recollections of it (``background``); among equals the most
precise value wins, then the most frequent, then the earliest reported.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.store.dedup import day_range, normalize
from eventwire.store.figures import Observation, Reconciled, reconcile

DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
GEO_RANK = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "unknown": 5}
FIGURE_KINDS = ("fatalities", "injured")


@dataclass(slots=True)
class Member:
    """A mention with its report's metadata, in ingest order."""

    pk: int
    role: str
    data: dict[str, Any]
    report_id: str
    published: str | None
    source: str | None
    title: str | None


def load_members(conn: sqlite3.Connection, event_pk: int) -> list[Member]:
    rows = conn.execute(
        "SELECT re.pk, re.role, re.data, r.id, r.published, r.source, r.title "
        "FROM report_events re JOIN reports r ON r.pk = re.report_pk "
        "WHERE re.event_pk = ? ORDER BY re.pk",
        (event_pk,),
    )
    return [
        Member(pk, role, json.loads(d), rid, pub, src, t) for pk, role, d, rid, pub, src, t in rows
    ]


def load_observations(conn: sqlite3.Connection, event_pk: int) -> dict[str, list[Observation]]:
    """Every figure observed for the event, by kind, with its report's time and outlet."""
    out: dict[str, list[Observation]] = {k: [] for k in FIGURE_KINDS}
    rows = conn.execute(
        "SELECT f.kind, f.best, f.low, f.high, f.qualifier, f.text, f.attributed_to, "
        "r.published, r.id, r.source, re.role, f.pk "
        "FROM figures f JOIN report_events re ON re.pk = f.report_event_pk "
        "JOIN reports r ON r.pk = re.report_pk WHERE re.event_pk = ? ORDER BY f.pk",
        (event_pk,),
    )
    for kind, best, low, high, qual, text, attr, pub, rid, src, role, order in rows:
        out[kind].append(Observation(best, low, high, qual, text, attr, pub, rid, src, role, order))
    return out


def reconcile_figures(conn: sqlite3.Connection, event_pk: int) -> dict[str, Reconciled]:
    return {kind: reconcile(obs) for kind, obs in load_observations(conn, event_pk).items()}


def _earliest_key(m: Member) -> tuple[str, int]:
    return (m.published or "", m.pk)


def _pick(
    members: Sequence[Member], value: Callable[[Member], Any], rank: Callable[[Member], int]
) -> Member | None:
    """The member with the best rank, then the most frequent value, then the earliest."""
    usable = [m for m in members if value(m) is not None]
    if not usable:
        return None
    top = min(rank(m) for m in usable)
    usable = [m for m in usable if rank(m) == top]
    counts = Counter(json.dumps(value(m), sort_keys=True) for m in usable)
    return min(
        usable, key=lambda m: (-counts[json.dumps(value(m), sort_keys=True)], *_earliest_key(m))
    )


def rebuild_event(conn: sqlite3.Connection, event_pk: int) -> None:
    """Recompute the event row from its mentions and figures (or delete it if it has none)."""
    members = load_members(conn, event_pk)
    if not members:
        conn.execute("DELETE FROM event_aliases WHERE event_pk = ?", (event_pk,))
        conn.execute("DELETE FROM events WHERE pk = ?", (event_pk,))
        return
    main = [m for m in members if m.role == "main"]
    base = main or members

    typed = _pick(base, lambda m: m.data.get("event_type"), lambda m: 0)
    event_type = typed.data.get("event_type") if typed else None
    same_type = [m for m in base if m.data.get("event_type") == event_type] or base
    sub = _pick(same_type, lambda m: m.data.get("sub_event_type"), lambda m: 0)
    mode = _pick(same_type, lambda m: m.data.get("mode"), lambda m: 0)

    dated = _pick(
        base,
        lambda m: (m.data.get("date") or {}).get("start"),
        _date_rank,
    )
    date = (
        dict(dated.data["date"]) if dated else {"start": None, "end": None, "precision": "unknown"}
    )
    day_lo, day_hi, _ = day_range(date.get("start"), date.get("end"))
    if day_lo is None:
        earliest = min(members, key=_earliest_key)
        day_lo, day_hi, _ = day_range((earliest.published or "")[:10] or None, None)

    located = _pick(
        base,
        lambda m: _place_key(m.data.get("location") or {}),
        lambda m: GEO_RANK.get((m.data.get("location") or {}).get("precision"), 5),
    )
    location = dict(located.data["location"]) if located else {}

    figures = reconcile_figures(conn, event_pk)
    fat, inj = figures["fatalities"], figures["injured"]
    titled = min((m for m in base if m.title), key=_earliest_key, default=None)
    published = sorted(m.published for m in members if m.published)
    conn.execute(
        """UPDATE events SET event_type = ?, sub_event_type = ?, mode = ?, date_start = ?,
        date_end = ?, date_precision = ?, day_lo = ?, day_hi = ?, location = ?,
        country_code = ?, admin1 = ?, lat = ?, lon = ?, geo_precision = ?,
        fatalities_best = ?, fatalities_low = ?, fatalities_high = ?,
        injured_best = ?, injured_low = ?, injured_high = ?, actors = ?, sources = ?, title = ?,
        report_count = ?, main_count = ?, first_reported = ?, last_reported = ?
        WHERE pk = ?""",
        (
            event_type,
            sub.data.get("sub_event_type") if sub else None,
            mode.data.get("mode") if mode else None,
            date.get("start"),
            date.get("end"),
            date.get("precision") or "unknown",
            day_lo,
            day_hi,
            json.dumps(location, ensure_ascii=False, sort_keys=True),
            location.get("country_code"),
            location.get("admin1"),
            location.get("lat"),
            location.get("lon"),
            location.get("precision"),
            fat.best,
            fat.low,
            fat.high,
            inj.best,
            inj.low,
            inj.high,
            json.dumps(
                _merge_actors(main + [m for m in members if m.role != "main"]), ensure_ascii=False
            ),
            json.dumps(_merge_sources(members), ensure_ascii=False),
            titled.title if titled else None,
            len({m.report_id for m in members}),
            len({m.report_id for m in main}),
            published[0] if published else None,
            published[-1] if published else None,
            event_pk,
        ),
    )


def _date_rank(m: Member) -> int:
    """More precise first; a date the report states beats one taken from its publication."""
    date = m.data.get("date") or {}
    return 2 * DATE_RANK.get(date.get("precision"), 4) + (date.get("text") is None)


def _place_key(location: dict[str, Any]) -> list[Any] | None:
    if not any(location.get(k) for k in ("name", "admin1", "country_code", "lat")):
        return None
    return [location.get("name"), location.get("lat"), location.get("lon")]


def _merge_actors(members: Sequence[Member]) -> list[dict[str, Any]]:
    """Union of actors by (name, role), in order of first appearance."""
    seen: set[tuple[str, str]] = set()
    actors: list[dict[str, Any]] = []
    for m in members:
        for actor in m.data.get("actors") or []:
            key = (normalize(actor.get("name")), str(actor.get("role")))
            if key[0] and key not in seen:
                seen.add(key)
                actors.append(dict(actor))
    return actors


def _merge_sources(members: Sequence[Member]) -> list[str]:
    """Who the figures and facts come from: attributions in the text, then the outlets."""
    seen: set[str] = set()
    sources: list[str] = []
    for m in sorted(members, key=_earliest_key):
        for name in [*(m.data.get("sources") or []), m.source]:
            if name and name.strip().lower() not in seen:
                seen.add(name.strip().lower())
                sources.append(name.strip())
    return sources
