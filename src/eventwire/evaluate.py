"""Score extraction against gold codings (the GVA dev-set format).

Each report's ``main`` event is compared with its gold line: killed and injured exact match
(overall and where the gold figure is above 0), the event date to the day, the city name and
the coordinates within 25 km. A figure the report does not give is null in our output and
scored as 0, which is how ACLED codes an event with no reported fatalities.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.resolve.gazetteer import haversine_km, normalise

WITHIN_KM = 25.0


@dataclass(slots=True)
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(slots=True)
class Scores:
    fields: dict[str, Tally] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.fields.setdefault(name, Tally())

    def to_dict(self) -> dict[str, Any]:
        return {
            name: {
                "accuracy": round(t.rate, 4) if t.rate is not None else None,
                "correct": t.hits,
                "total": t.total,
            }
            for name, t in self.fields.items()
        }


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                gold[row["article_id"]] = row
    return gold


def score(results: Iterable[dict[str, Any]], gold: dict[str, dict[str, Any]]) -> Scores:
    """Compare extraction output lines (the JSONL contract) with gold rows."""
    scores = Scores()
    for result in results:
        expected = gold.get(result["article_id"])
        if expected is None:
            continue
        main = next((e for e in result["events"] if e["role"] == "main"), None)
        got = _main_fields(main)
        problems: dict[str, Any] = {}
        for figure in ("killed", "injured"):
            ok = got[figure] == expected[figure]
            scores.tally(figure).add(ok)
            if expected[figure] > 0:
                scores.tally(f"{figure}>0").add(ok)
            if not ok:
                problems[figure] = (got[figure], expected[figure])
        ok = got["date"] == expected["date"]
        scores.tally("date").add(ok)
        if not ok:
            problems["date"] = (got["date"], expected["date"])
        ok = bool(got["city"]) and city_key(got["city"]) in city_names(expected["city"])
        scores.tally("city").add(ok)
        if not ok:
            problems["city"] = (got["city"], expected["city"])
        if expected.get("lat") is not None and expected.get("lon") is not None:
            near = (
                got["lat"] is not None
                and haversine_km((got["lat"], got["lon"]), (expected["lat"], expected["lon"]))
                <= WITHIN_KM
            )
            scores.tally("within_25km").add(near)
            if not near:
                problems["coords"] = ((got["lat"], got["lon"]), (expected["lat"], expected["lon"]))
        if problems:
            scores.errors.append({"article_id": result["article_id"], **problems})
    return scores


def city_names(gold_city: str | None) -> set[str]:
    """Gold cities come as "Chicago (Roseland)" or "Winston Salem (Winston-salem)": a city and a
    part or spelling of it; either counts."""
    if not gold_city:
        return set()
    names = {gold_city}
    if "(" in gold_city:
        outer, _, inner = gold_city.partition("(")
        names |= {outer, inner.rstrip(")")}
    return {city_key(n) for n in names if n.strip()}


def city_key(name: str) -> str:
    """ "The Bronx" and "Bronx" are one name."""
    return normalise(name).removeprefix("the ")


def _main_fields(event: dict[str, Any] | None) -> dict[str, Any]:
    if event is None:
        return {"killed": 0, "injured": 0, "date": None, "city": None, "lat": None, "lon": None}
    location = event["location"]
    return {
        "killed": (event["fatalities"] or {}).get("best") or 0,
        "injured": (event["injured"] or {}).get("best") or 0,
        "date": event["date"]["start"] if event["date"]["precision"] == "day" else None,
        "city": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
    }


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
