"""The reference article, checked against its hand-coded gold (skips without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.read import read_reports
from eventwire.resolve.gazetteer import haversine_km


def test_kerman_reference_article(extractor, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    examples = shared_data / "examples"
    gold = json.loads((examples / "kerman-2024-01-03.gold.json").read_text())
    (report,) = list(read_reports([examples / "kerman-2024-01-03.jsonl"]))
    result = extractor.extract(report).to_dict()
    by_role = {}
    for event in result["events"]:
        by_role.setdefault(event["role"], []).append(event)
    for want in gold["events"]:
        candidates = by_role.get(want["role"], [])
        assert candidates, f"no {want['role']} event"
        got = next((e for e in candidates if e["event_type"] == want["event_type"]), candidates[0])
        assert got["event_type"] == want["event_type"]
        assert got["sub_event_type"] == want["sub_event_type"]
        assert got["date"]["start"] == want["date"]["start"]
        assert got["date"]["precision"] == want["date"]["precision"]
        loc, wloc = got["location"], want["location"]
        assert loc["country_code"] == wloc["country_code"]
        assert haversine_km((loc["lat"], loc["lon"]), (wloc["lat"], wloc["lon"])) <= wloc["max_km"]
        if "site" in wloc:
            assert loc["site"] == wloc["site"]
        if "fatalities" in want:
            for key, value in want["fatalities"].items():
                assert got["fatalities"][key] == value, key
        if "injured" in want:
            assert got["injured"]["best"] == want["injured"]["best"]
        for source in want.get("sources_include", []):
            assert any(source.lower() == s.lower() for s in got["sources"]), got["sources"]
        if want.get("perpetrator") == "unknown":
            assert any(a["name"] == "unknown" and a["role"] == "perpetrator" for a in got["actors"])
        names = [a["name"] for a in got["actors"]]
        for victim in want.get("victims_include", []):
            assert any(victim in a["name"] and a["role"] == "victim" for a in got["actors"]), names
        for actor in want.get("actors_include", []):
            assert any(actor in n for n in names), names
        text = report.full_text
        for ev in got["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
