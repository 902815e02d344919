"""Decide which stored event a newly extracted report-event ("mention") belongs to.

Incremental and deterministic. A new mention is scored only against stored mentions found
through two indexes (blocking), never against every event:

* date and place: an R*Tree over day range x latitude x longitude for precisely located
  mentions, and the ``(country_code, day_lo)`` B-tree for coarsely located ones;
* rare words: an inverted index of title words and people's names by day, so a mention whose
  place is missing or mis-geocoded still meets the reports that share its rare words.

The pairwise score adds evidence for and against "same happening", each term roughly a
log-likelihood ratio (weights are round numbers, set from what each signal is worth on news of
shootings and bombings; see docs/store.md):

* dates: same day counts for, a week apart against, more than :data:`WINDOW_DAYS` is a veto;
* places: same site or city strongly for, another province or country against;
* content: IDF-weighted cosine of title and lead words (words rare in the store count most,
  learnt incrementally), shared named victims or perpetrators, equal casualty figures.

An event's score is its best member's score (single link), and a mention may only join an
event whose reconciled date is within the window (no drift along chains). It joins the best
event scoring at least :data:`JOIN_THRESHOLD`; when a precisely placed report about the
happening itself scores at least :data:`MERGE_THRESHOLD` against several events, it bridges
them and they merge into the oldest. Ties break on the lower primary key, so the same input in
the same order always gives the same events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eventwire.store.db import distance_km

WINDOW_DAYS = 30
"""Mentions dated further apart than this (between their date ranges) never match."""
NEAR_KM = 50.0
"""Radius of the place index: precisely located candidates are looked for this close."""
COARSE_KM = 300.0
"""Radius around a coarse (province-level) centroid within which candidates are looked for."""
JOIN_THRESHOLD = 4.5
MERGE_THRESHOLD = 8.0
PRECISE = frozenset({"site", "city", "admin2"})
LOOKBACK_DAYS = 90
"""A mention dated only by its report's publication happened up to this long before it."""
KEY_MAX_SHARE = 0.01
"""A word is a blocking key only while it occurs in at most this share of mentions (or 20)."""

_KM_PER_DEG_LAT = 111.0
_STOPWORD_TEXT = """a an the of to in on at by for from with and or but as is was were are be
    been being has have had it its this that these those he she they his her their them him
    we our you i me my not no said says say after before over into about than then there here
    who whom which what when where why how new news police man woman men women people person
    two one three four five six seven eight nine ten more most some any all other another also
    just up down out off will would could should may might can did do does according report
    reported reports told tell year years old day days week night morning afternoon evening
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight while
    during near area local officials official authorities update updated"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_NAME_NOISE = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "iv", "the"})
_PLACEHOLDER_NAMES = frozenset(
    {"unknown", "unidentified", "unnamed", "anonymous", "gunman", "gunmen", "suspect", "victim"}
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
LEAD_WORDS = 100


@dataclass(slots=True)
class Mention:
    """A report-event reduced to what matching needs."""

    pk: int
    report_pk: int
    event_pk: int | None
    role: str
    event_type: str | None
    day_lo: int | None
    day_hi: int | None
    day_precise: bool
    open_start: bool  # dated only by publication: the day range is an upper bound
    country_code: str | None
    admin1: str | None
    place: str | None
    site: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    signature: frozenset[str]
    keys: frozenset[str] = field(default_factory=frozenset)
    victims: frozenset[str] = field(default_factory=frozenset)
    perpetrators: frozenset[str] = field(default_factory=frozenset)
    fatalities: int | None = None
    injured: int | None = None

    @property
    def precise(self) -> bool:
        return self.lat is not None and self.lon is not None and self.geo_precision in PRECISE


# ---------------------------------------------------------------------------------------------
# Turning an extracted event into indexable values


def day_range(start: str | None, end: str | None) -> tuple[int | None, int | None, bool]:
    """Ordinal day range of a (possibly partial) date, and whether it is one exact day."""
    lo = _parse_partial(start, first=True)
    if lo is None:
        return None, None, False
    hi = _parse_partial(end or start, first=False)
    if hi is None or hi < lo:
        hi = _parse_partial(start, first=False)
    precise = start is not None and len(start) == 10 and (end is None or end == start)
    return lo, hi, precise


def mention_days(
    start: str | None, end: str | None, text: str | None, published: str | None
) -> tuple[int | None, int | None, bool]:
    """Day range of a mention, and whether it is open-ended (dated only by publication).

    When the report gives no date (``text`` is None) and the extractor fell back on the
    publication day, the happening can be any day up to that one: follow-ups about an arrest
    or a trial are published weeks after the shooting they recall.
    """
    pub = _parse_partial((published or "")[:10] or None, first=True)
    lo, hi, _ = day_range(start, end)
    if text is None and pub is not None and (lo is None or lo == pub):
        return pub - LOOKBACK_DAYS, pub, True
    return lo, hi, False


def _parse_partial(value: str | None, *, first: bool) -> int | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            return dt.date(*parts).toordinal()
        if len(parts) == 2:
            year, month = parts
            if first:
                return dt.date(year, month, 1).toordinal()
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt.toordinal() - 1
        if len(parts) == 1:
            return dt.date(parts[0], 1 if first else 12, 1 if first else 31).toordinal()
    except (ValueError, TypeError):
        return None
    return None


def normalize(text: str | None) -> str:
    """Lowercase ASCII-folded form used to compare names of places and people."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_TOKEN.findall(folded.lower()))


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def signature(*texts: str | None) -> str:
    """Content words of the given texts, stemmed and deduplicated: the "what" of a mention."""
    words: set[str] = set()
    for text in texts:
        for token in normalize(text).split():
            if len(token) > 2 and token not in _STOPWORDS and not token.isdigit():
                words.add(_stem(token))
    return " ".join(sorted(words))


def lead(text: str, words: int = LEAD_WORDS) -> str:
    return " ".join(text.split()[:words])


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding the span ``[start, end)``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.start() + 1 if right else len(text)].strip()


def _names(actors: Iterable[dict[str, Any]], roles: set[str]) -> frozenset[str]:
    """Name keys of people: full names plus surnames, so "Jo Smith" meets "Smith"."""
    keys: set[str] = set()
    for actor in actors:
        if actor.get("role") not in roles or actor.get("kind") not in (None, "person", "unknown"):
            continue
        name = str(actor.get("name") or "")
        tokens = [t for t in normalize(name).split() if t not in _NAME_NOISE]
        if not name[:1].isupper() or not tokens or any(t in _PLACEHOLDER_NAMES for t in tokens):
            continue  # "he", "unknown", "gunman": not a name that identifies anyone
        keys.add(" ".join(tokens))
        if len(tokens) > 1 and len(tokens[-1]) > 2:
            keys.add(tokens[-1])
    return frozenset(keys)


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[-'][A-Za-z]+)?)")


def proper_nouns(text: str) -> str:
    """Capitalised words not opening a sentence: the names, towns and streets of a text."""
    return " ".join(m.group(1) for m in _PROPER.finditer(text))


def blocking_keys(words: str, place: str | None, actors: Iterable[dict[str, Any]]) -> str:
    """Words under which a mention is filed in the rare-word index: the given words (title
    words, proper nouns of the lead), the place name and people's names."""
    keys = set(words.split())
    keys.update(normalize(place).split())
    for name in _names(actors, {"victim", "target", "perpetrator"}):
        keys.update(_stem(t) for t in name.split() if len(t) > 2)
    return " ".join(sorted(k for k in keys if len(k) > 2 and k not in _STOPWORDS))


def _figure_value(figure: dict[str, Any] | None) -> int | None:
    if not figure:
        return None
    for key in ("best", "low", "high"):
        if figure.get(key) is not None:
            return int(figure[key])
    return None


def mention_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Mention:
    """Build a Mention from a ``report_events`` row selected with :data:`MENTION_COLUMNS`."""
    (
        pk,
        report_pk,
        event_pk,
        role,
        event_type,
        day_lo,
        day_hi,
        open_start,
        country_code,
        admin1,
        place,
        lat,
        lon,
        geo_precision,
        sig,
        keys,
        data,
    ) = row
    event = json.loads(data)
    date = event.get("date") or {}
    actors = event.get("actors") or []
    return Mention(
        pk=pk,
        report_pk=report_pk,
        event_pk=event_pk,
        role=role,
        event_type=event_type,
        day_lo=day_lo,
        day_hi=day_hi,
        day_precise=date.get("precision") == "day" and day_lo == day_hi and day_lo is not None,
        open_start=bool(open_start),
        country_code=country_code,
        admin1=admin1,
        place=place,
        site=normalize((event.get("location") or {}).get("site")) or None,
        lat=lat,
        lon=lon,
        geo_precision=geo_precision,
        signature=frozenset(sig.split()),
        keys=frozenset(keys.split()),
        victims=_names(actors, {"victim", "target"}),
        perpetrators=_names(actors, {"perpetrator"}),
        fatalities=_figure_value(event.get("fatalities")),
        injured=_figure_value(event.get("injured")),
    )


MENTION_COLUMNS = (
    "re.pk, re.report_pk, re.event_pk, re.role, re.event_type, re.day_lo, re.day_hi, "
    "re.open_start, "
    "re.country_code, re.admin1, re.place, re.lat, re.lon, re.geo_precision, re.signature, "
    "re.keys, re.data"
)


# ---------------------------------------------------------------------------------------------
# Scoring


def pair_score(a: Mention, b: Mention, idf: Mapping[str, float] | None = None) -> float | None:
    """Evidence that two mentions describe the same happening; None when they cannot."""
    date_s = _date_score(a, b)
    if date_s is None:
        return None
    score = date_s + _place_score(a, b)
    if a.event_type and b.event_type:
        score += 0.3 if a.event_type == b.event_type else -0.5
    if a.victims & b.victims:
        score += 4.0  # disjoint names say little: victims and suspects are named unevenly
    if a.perpetrators & b.perpetrators:
        score += 2.0
    score += _figure_score(a.fatalities, b.fatalities)
    score += _figure_score(a.injured, b.injured)
    places = _place_words(a) | _place_words(b)  # already weighed by the place score
    # A recollection is a sentence, a report a story: compare the sentence with the story.
    contained = a.role == "background" or b.role == "background"
    score += _text_score(a.signature - places, b.signature - places, idf, contained=contained)
    return score


def _place_words(m: Mention) -> frozenset[str]:
    return frozenset(_stem(w) for w in f"{m.place or ''} {normalize(m.admin1)}".split())


def _date_score(a: Mention, b: Mention) -> float | None:
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return -1.0
    if a.open_start or b.open_start:
        return _open_date_score(a, b)
    gap = max(0, max(a.day_lo, b.day_lo) - min(a.day_hi, b.day_hi))
    if gap > WINDOW_DAYS:
        return None
    if gap > 14:
        return -2.0
    if gap > 7:
        return -1.2
    if gap > 3:
        return -0.5
    if a.day_precise and b.day_precise:
        return {0: 3.0, 1: 1.5}.get(gap, 0.0)
    return 1.5 if gap == 0 else 0.5  # overlapping ranges: consistent, not pinpointed


def _open_date_score(a: Mention, b: Mention) -> float | None:
    """Dates when one side is known only to precede its publication (``day_hi``)."""
    assert a.day_hi is not None and b.day_hi is not None
    assert a.day_lo is not None and b.day_lo is not None
    if a.open_start and b.open_start:
        gap = abs(a.day_hi - b.day_hi)
        if gap > WINDOW_DAYS:
            return None
        return 1.0 if gap <= 1 else -1.0  # published close together, or unknown
    published, other = (a, b) if a.open_start else (b, a)
    assert published.day_hi is not None and other.day_lo is not None
    assert other.day_hi is not None
    after = other.day_lo - published.day_hi  # the other happening began after publication
    if after > 1:
        return None if after > WINDOW_DAYS else -2.0
    if other.day_hi >= published.day_hi - 1:
        return 2.0  # reported the day it happened or the day after: breaking news
    if other.day_hi < published.day_lo:
        return None
    return -0.5  # some time before publication: consistent, not pinpointed


def _place_score(a: Mention, b: Mention) -> float:
    if a.country_code and b.country_code and a.country_code != b.country_code:
        # Not a veto (a mis-geocoded place must not split an event for good), but two
        # confident city-level places in different countries weigh more than one guess.
        return -4.0 if a.precise and b.precise else -2.0
    a1, b1 = normalize(a.admin1), normalize(b.admin1)
    if a.precise and b.precise:
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        assert km is not None
        if a.site and a.site == b.site and km < 2.0:
            return 5.0
        if (a.place and a.place == b.place) or km < 2.0:
            return 4.0
        if km < NEAR_KM:
            return 2.0  # a suburb reported as the city next door
        return 0.5 if a1 and a1 == b1 else -2.0
    if a.place and a.place == b.place:
        return 3.0
    if a1 and b1:
        return 2.0 if a1 == b1 else -2.5
    return 0.0  # one side's place is unknown: no evidence either way


def _figure_score(x: int | None, y: int | None) -> float:
    """Equal non-zero counts support a match; counts no revision could explain count against."""
    if x is None or y is None:
        return 0.0
    if x == y:
        return 0.8 if x > 0 else 0.0
    lo, hi = min(x, y), max(x, y)
    if lo == 0 or hi - lo <= 2 or hi <= 2 * lo:
        return 0.0  # a victim may die later, tolls get revised
    return -1.0


def _text_score(
    x: frozenset[str],
    y: frozenset[str],
    idf: Mapping[str, float] | None,
    *,
    contained: bool = False,
) -> float:
    """IDF-weighted cosine of the word sets (or, with ``contained``, the share of the smaller
    set found in the larger), mapped to [-2, 5]: no shared rare word is evidence against, a
    cosine of 0.2 or more (shared names, streets) strongly for."""
    if not x or not y:
        return 0.0
    shared = x & y
    if not shared:
        return -2.0

    def weight(words: Iterable[str]) -> float:
        return sum((idf.get(w, 1.0) if idf else 1.0) ** 2 for w in words)

    if contained:
        cosine = weight(shared) / min(weight(x), weight(y)) / 3  # containment runs higher
    else:
        cosine = weight(shared) / math.sqrt(weight(x) * weight(y))
    ceiling = 5.0 if len(shared) > 1 else 2.5  # one shared word is weak evidence, however rare
    return max(-2.0, min(ceiling, 30.0 * cosine - 2.0))


def idf_weights(conn: sqlite3.Connection, words: Iterable[str]) -> dict[str, float]:
    """Inverse document frequency of words over the stored mentions' signatures."""
    words = sorted(set(words))
    if not words:
        return {}
    total = _document_count(conn)
    found = _frequencies(conn, words)
    return {w: math.log((total + 1) / (found.get(w, 0) + 0.5)) for w in words}


def _document_count(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT df FROM token_df WHERE token = ''").fetchone()
    return int(row[0]) if row else 0


def _frequencies(conn: sqlite3.Connection, words: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(words), 500):
        chunk = words[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT token, df FROM token_df WHERE token IN ({marks})", chunk)
        )
    return found


def count_words(conn: sqlite3.Connection, words: Iterable[str]) -> None:
    """Add one document's words to the frequencies (the empty token counts documents)."""
    conn.executemany(
        "INSERT INTO token_df (token, df) VALUES (?, 1) "
        "ON CONFLICT(token) DO UPDATE SET df = df + 1",
        [("",), *((w,) for w in sorted(set(words)))],
    )


# ---------------------------------------------------------------------------------------------
# Candidates and assignment


def index_mention(conn: sqlite3.Connection, m: Mention) -> None:
    """File a mention in the blocking indexes: place (if it has coordinates), country and
    days (if its place is coarse), rare words (always)."""
    if m.day_lo is None or m.day_hi is None:
        return
    if m.lat is not None and m.lon is not None:
        conn.execute(
            "INSERT INTO report_events_rtree VALUES (?, ?, ?, ?, ?, ?, ?)",
            (m.pk, m.day_lo, m.day_hi, m.lat, m.lat, m.lon, m.lon),
        )
    if m.country_code:
        row = (m.pk, m.day_lo, m.day_hi, *[_country_number(m.country_code)] * 2)
        conn.execute("INSERT INTO country_rtree VALUES (?, ?, ?, ?, ?)", row)
        if not m.precise:
            conn.execute("INSERT INTO coarse_rtree VALUES (?, ?, ?, ?, ?)", row)
    conn.executemany(
        "INSERT INTO mention_keys (key, day, open_start, mention_pk) VALUES (?, ?, ?, ?)",
        [(k, m.day_hi, m.open_start, m.pk) for k in sorted(m.keys)],
    )


def _country_number(code: str) -> int:
    return int.from_bytes(code.upper().encode()[:3], "big")


def candidates(conn: sqlite3.Connection, m: Mention) -> list[Mention]:
    """Stored mentions that could describe the same happening, found through the indexes."""
    if m.day_lo is None or m.day_hi is None:
        return []
    lo, hi = m.day_lo - WINDOW_DAYS, m.day_hi + WINDOW_DAYS
    pks: set[int] = set()
    if m.lat is not None and m.lon is not None:
        dlat = (NEAR_KM if m.precise else COARSE_KM) / _KM_PER_DEG_LAT
        dlon = min(180.0, dlat / max(0.05, math.cos(math.radians(m.lat))))
        pks.update(
            r[0]
            for r in conn.execute(
                "SELECT pk FROM report_events_rtree WHERE day_lo <= ? AND day_hi >= ? "
                "AND lat_lo <= ? AND lat_hi >= ? AND lon_lo <= ? AND lon_hi >= ?",
                (hi, lo, m.lat + dlat, m.lat - dlat, m.lon + dlon, m.lon - dlon),
            )
        )
    if m.country_code:
        # A precise mention already met its located neighbours; it looks for coarse ones
        # only. A coarse mention may be about any place in the country.
        table = "coarse_rtree" if m.precise else "country_rtree"
        number = _country_number(m.country_code)
        pks.update(
            r[0]
            for r in conn.execute(
                f"SELECT pk FROM {table} WHERE day_lo <= ? AND day_hi >= ? "
                "AND cc_lo <= ? AND cc_hi >= ?",
                (hi, lo, number, number),
            )
        )
    pks.update(_by_rare_words(conn, m, lo, hi))
    pks.discard(m.pk)
    if not pks:
        return []
    marks = ",".join("?" * len(pks))
    rows = conn.execute(
        f"SELECT {MENTION_COLUMNS} FROM report_events re "
        f"WHERE re.pk IN ({marks}) AND re.event_pk IS NOT NULL ORDER BY re.pk",
        sorted(pks),
    )
    return [mention_from_row(r) for r in rows]


def _by_rare_words(conn: sqlite3.Connection, m: Mention, lo: int, hi: int) -> set[int]:
    """Mentions filed under one of this mention's rare keys within the date window."""
    if not m.keys:
        return set()
    limit = max(20, int(KEY_MAX_SHARE * _document_count(conn)))
    keys = sorted(m.keys)
    frequencies = _frequencies(conn, keys)
    rare = [k for k in keys if frequencies.get(k, 0) <= limit]
    if not rare:
        return set()
    marks = ",".join("?" * len(rare))
    rows = conn.execute(
        f"SELECT mention_pk FROM mention_keys WHERE key IN ({marks}) AND day >= ? "
        "AND (day <= ? OR (open_start AND day <= ?))",
        [*rare, lo, hi, hi + LOOKBACK_DAYS],
    )
    return {r[0] for r in rows}


@dataclass(slots=True)
class Assignment:
    event_pk: int
    created: bool
    score: float | None
    merged: list[int]  # event pks folded into event_pk


def assign(conn: sqlite3.Connection, m: Mention, content_hash: str, extract_id: str) -> Assignment:
    """Attach mention ``m`` to an event (joining, creating or merging) and record it."""
    count_words(conn, m.signature | m.keys)
    others = [
        o for o in candidates(conn, m) if o.report_pk != m.report_pk and o.event_pk is not None
    ]
    idf = idf_weights(conn, m.signature.union(*(o.signature for o in others)))
    scores: dict[int, float] = {}
    for other in others:
        s = pair_score(m, other, idf)
        assert other.event_pk is not None
        if s is not None and s > scores.get(other.event_pk, float("-inf")):
            scores[other.event_pk] = s
    allowed = _events_in_reach(conn, m, {pk for pk, s in scores.items() if s >= JOIN_THRESHOLD})
    ranked = sorted(((scores[pk], pk) for pk in allowed), key=lambda t: (-t[0], t[1]))
    if not ranked:
        event_pk = _create_event(conn, content_hash, extract_id)
        _link(conn, m.pk, event_pk, None)
        return Assignment(event_pk, True, None, [])
    best_score, target = ranked[0]
    merged: list[int] = []
    if m.role == "main" and m.precise:  # only a precisely placed report may bridge events
        bridged = sorted(pk for s, pk in ranked if s >= MERGE_THRESHOLD)
        if target in bridged and len(bridged) > 1:
            survivor = bridged[0]
            for pk in bridged[1:]:
                if merge_events(conn, survivor, pk):
                    merged.append(pk)
            if target in merged:
                target = survivor
    _link(conn, m.pk, target, best_score)
    return Assignment(target, False, best_score, merged)


def _events_in_reach(conn: sqlite3.Connection, m: Mention, event_pks: set[int]) -> set[int]:
    """Events this mention may join: not already holding one of its report's mentions, and
    dated (as reconciled) within the window, so single links cannot drift along a chain."""
    if not event_pks:
        return set()
    own = {
        r[0]
        for r in conn.execute(
            "SELECT event_pk FROM report_events WHERE report_pk = ? AND event_pk IS NOT NULL",
            (m.report_pk,),
        )
    }
    marks = ",".join("?" * len(event_pks))
    rows = conn.execute(
        f"SELECT pk, day_lo, day_hi FROM events WHERE pk IN ({marks})", sorted(event_pks)
    ).fetchall()
    reach = set()
    for pk, lo, hi in rows:
        if pk in own:
            continue
        if None not in (lo, hi, m.day_lo, m.day_hi):
            gap = max(0, max(lo, m.day_lo) - min(hi, m.day_hi))
            if gap > WINDOW_DAYS:
                continue
        reach.add(pk)
    return reach


def _link(conn: sqlite3.Connection, mention_pk: int, event_pk: int, score: float | None) -> None:
    conn.execute(
        "UPDATE report_events SET event_pk = ?, match_score = ? WHERE pk = ?",
        (event_pk, score, mention_pk),
    )


def event_public_id(content_hash: str, extract_id: str) -> str:
    """Named after the mention that founded it, so ids depend only on the input."""
    return "evt-" + hashlib.sha1(f"{content_hash}\x00{extract_id}".encode()).hexdigest()[:12]


def _create_event(conn: sqlite3.Connection, content_hash: str, extract_id: str) -> int:
    cur = conn.execute(
        "INSERT INTO events (id) VALUES (?)", (event_public_id(content_hash, extract_id),)
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def merge_events(conn: sqlite3.Connection, survivor: int, absorbed: int) -> bool:
    """Fold event ``absorbed`` into ``survivor``; its id stays resolvable as an alias.

    Refused (False) when one report has mentions in both: the extraction said they differ.
    """
    shared = conn.execute(
        "SELECT 1 FROM report_events a JOIN report_events b ON a.report_pk = b.report_pk "
        "WHERE a.event_pk = ? AND b.event_pk = ? LIMIT 1",
        (survivor, absorbed),
    ).fetchone()
    if shared:
        return False
    conn.execute("UPDATE report_events SET event_pk = ? WHERE event_pk = ?", (survivor, absorbed))
    conn.execute("UPDATE event_aliases SET event_pk = ? WHERE event_pk = ?", (survivor, absorbed))
    conn.execute(
        "INSERT INTO event_aliases (alias, event_pk) SELECT id, ? FROM events WHERE pk = ?",
        (survivor, absorbed),
    )
    conn.execute("DELETE FROM events WHERE pk = ?", (absorbed,))
    return True
