"""The HTTP API over real HTTP (uvicorn on 127.0.0.1) against a real SQLite store.

The store holds the bundled samples (through the real extractor) and the hand-made Kabul
bombing of ``conftest_browser`` whose figures and evidence are known exactly.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import conftest_browser as support
from conftest_browser import (
    KABUL,
    KNOWN_REPORTS,
    KNOWN_WORD,
    MARKUP,
    TOKEN,
    LiveServer,
    known_pairs,
    make_config,
    start_server,
)
from eventwire.serve import create_app
from eventwire.serve.app import STATIC_DIR
from eventwire.store import Store

# Fixtures shared with the dashboard tests (pytest finds them by these names).
store_path = support.store_path
live_server = support.live_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def api(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=60) as client:
        yield client


def all_events(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = api.get("/api/events", params={**params, "limit": 5, "offset": offset}).json()
        events += page["events"]
        offset = page["next_offset"]
    return events


def kabul_event(api: httpx.Client) -> dict[str, Any]:
    (summary,) = api.get("/api/events", params={"country": "AF"}).json()["events"]
    return api.get(f"/api/events/{summary['id']}").json()


# -- reading ------------------------------------------------------------------------------


def test_healthz(api: httpx.Client) -> None:
    response = api.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_events_page_through_every_event_once(api: httpx.Client, store_path: Path) -> None:
    with Store.open(store_path, create=False) as store:
        expected = {e["id"] for e in store.query_events(limit=None)}
    first = api.get("/api/events", params={"limit": 5}).json()
    assert first["total"] == len(expected)
    assert first["limit"] == 5 and first["offset"] == 0 and first["next_offset"] == 5
    ids = [e["id"] for e in all_events(api)]
    assert len(ids) == len(set(ids))
    assert set(ids) == expected


def test_last_page_has_no_next_offset(api: httpx.Client) -> None:
    total = api.get("/api/events").json()["total"]
    last = api.get("/api/events", params={"limit": 5, "offset": total - 1}).json()
    assert len(last["events"]) == 1
    assert last["next_offset"] is None


def test_filters_match_the_cli_names(api: httpx.Client) -> None:
    everything = all_events(api)
    by_country = all_events(api, country="af")  # case-insensitive, like the CLI
    assert [e["location"]["country_code"] for e in by_country] == ["AF"]
    battles = all_events(api, type="Battles")
    assert battles and all(e["event_type"] == "Battles" for e in battles)
    assert len(battles) == sum(e["event_type"] == "Battles" for e in everything)
    big = all_events(api, min_killed=20)
    assert big and all(e["fatalities"]["best"] >= 20 for e in big)
    assert {e["id"] for e in all_events(api, q=KNOWN_WORD)} == {e["id"] for e in by_country}
    near = all_events(api, near="34.5,69.2,50km")
    assert [e["id"] for e in near] == [e["id"] for e in by_country]
    may = all_events(api, since="2024-05", until="2024-05-31")
    assert [e["id"] for e in may] == [e["id"] for e in by_country]
    assert all_events(api, since="2030") == []


def test_geojson_has_one_feature_per_event(api: httpx.Client) -> None:
    response = api.get("/api/events", params={"format": "geojson", "limit": 500})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == body["total"]
    for feature in body["features"]:
        loc = feature["properties"]["location"]
        if loc.get("lat") is None:
            assert feature["geometry"] is None
        else:
            assert feature["geometry"] == {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    kabul = [f for f in body["features"] if f["properties"]["location"].get("country_code") == "AF"]
    assert kabul[0]["geometry"]["coordinates"] == [KABUL.lon, KABUL.lat]


def test_event_has_reconciled_figures_history_reports_and_evidence(api: httpx.Client) -> None:
    event = kabul_event(api)
    fatalities = event["fatalities"]
    assert (fatalities["best"], fatalities["low"], fatalities["high"]) == (21, 12, 21)
    assert [h["value"] for h in fatalities["history"]] == [12, 18, 21]
    assert [h["report_id"] for h in fatalities["history"] if h["chosen"]] == ["test-kabul-3"]
    details = event["report_details"]
    assert [d["id"] for d in details] == [r["id"] for r in KNOWN_REPORTS]
    for detail in details:
        assert detail["text"].startswith(detail["title"])
        fields = {ev["field"] for ev in detail["evidence"]}
        assert {"event_type", "location", "date", "fatalities", "sources"} <= fields
        for ev in detail["evidence"]:
            # The contract the dashboard relies on: offsets index the text it is given.
            assert detail["text"][ev["start"] : ev["end"]] == ev["text"]
    assert MARKUP in details[2]["text"]


def test_unknown_event_is_a_json_404(api: httpx.Client) -> None:
    response = api.get("/api/events/ev-000000000000")
    assert response.status_code == 404
    assert "ev-000000000000" in response.json()["error"]


def test_report_has_text_and_its_events(api: httpx.Client) -> None:
    event_id = kabul_event(api)["id"]
    response = api.get("/api/reports/test-kabul-3")
    assert response.status_code == 200
    report = response.json()
    assert report["text"] == KNOWN_REPORTS[2]["text"]
    assert report["full_text"] == f"{report['title']}\n\n{report['text']}"
    assert [e["event_id"] for e in report["events"]] == [event_id]
    missing = api.get("/api/reports/no-such-report")
    assert missing.status_code == 404
    assert "no-such-report" in missing.json()["error"]


def test_stats_count_by_type_country_and_month(api: httpx.Client) -> None:
    stats = api.get("/api/stats").json()
    total = api.get("/api/events").json()["total"]
    assert stats["events"] == total
    assert sum(stats["by_event_type"].values()) == total
    assert sum(stats["by_country"].values()) == total
    assert stats["by_month"]["2024-05"] >= 1
    assert all(re.fullmatch(r"\d{4}-\d{2}", month) for month in stats["by_month"])
    assert stats["country_names"]["AF"] == "Afghanistan"


def test_openapi_and_docs_are_served_locally(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/reports", "/api/stats"} <= set(
        spec["paths"]
    )
    assert "post" in spec["paths"]["/api/reports"]
    docs = api.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text or "make install" in (
        docs.text
    )
    assert "cdn.jsdelivr" not in docs.text and "https://" not in docs.text


def test_dashboard_page_and_files_name_no_third_party_host(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    ours = [p for p in STATIC_DIR.rglob("*") if p.is_file() and "vendor" not in p.parts]
    assert {p.name for p in ours} >= {"index.html", "app.css", "main.js", "map.js"}
    for path in ours:
        text = path.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")
        assert not re.search(r"https?://", text), f"{path.name} names a remote URL"
    assert api.get("/static/js/main.js").status_code == 200


# -- submitting reports -------------------------------------------------------------------

NEW_REPORT = {
    "id": "post-1",
    "title": "Gunmen kill 7 villagers in Zamfara",
    "text": "GUSAU, Nigeria - Gunmen on motorcycles attacked the village of Kairu in Zamfara "
    "State on Sunday, killing seven villagers and abducting 20 others, police said on Monday.",
    "published": "2024-06-03",
    "source": "Test Wire",
}


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Iterator[LiveServer]:
    """A server of its own, on a store the tests may change."""
    path = tmp_path_factory.mktemp("writable") / "events.db"
    with Store.open(path) as store:
        store.ingest(known_pairs())
    server = start_server(create_app(make_config(path), load_extractor=lambda: extractor))
    yield server
    server.stop()


def test_post_extracts_stores_and_returns_event_ids(writable: LiveServer) -> None:
    with httpx.Client(base_url=writable.url, timeout=120) as client:
        before = client.get("/api/stats").json()["events"]
        response = client.post("/api/reports", json=NEW_REPORT, headers=AUTH)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["reports"][0]["id"] == "post-1"
        assert body["reports"][0]["status"] == "added"
        assert body["event_ids"] and body["event_ids"] == body["reports"][0]["event_ids"]
        for event_id in body["event_ids"]:
            event = client.get(f"/api/events/{event_id}").json()
            assert "post-1" in event["reports"]
        assert client.get("/api/stats").json()["events"] == before + len(body["event_ids"])
        stored = client.get("/api/reports/post-1").json()
        assert stored["text"] == NEW_REPORT["text"]

        again = client.post("/api/reports", json=NEW_REPORT, headers=AUTH)
        assert again.status_code == 200
        assert again.json()["reports"][0]["status"] == "already stored"
        assert again.json()["event_ids"] == body["event_ids"]
        assert client.get("/api/stats").json()["events"] == before + len(body["event_ids"])


def test_post_many_reports_deduplicates_them(writable: LiveServer) -> None:
    follow_up = {
        **KNOWN_REPORTS[1],
        "id": "post-kabul-4",
        "text": "Kabul police said on Thursday that the toll from Monday's car bomb at the "
        f"{KNOWN_WORD} market in Kabul had risen to 23 dead.",
        "published": "2024-05-09",
        "source": "Wire D",
    }
    follow_up.pop("killed")
    batch = [follow_up, {**NEW_REPORT, "id": "post-2", "published": "2024-06-04"}]
    with httpx.Client(base_url=writable.url, timeout=120) as client:
        response = client.post("/api/reports", json=batch, headers=AUTH)
        assert response.status_code == 201, response.text
        body = response.json()
        assert [r["id"] for r in body["reports"]] == ["post-kabul-4", "post-2"]
        assert len(body["event_ids"]) == len(set(body["event_ids"]))
        assert body["stats"]["reports_added"] == 2
        for item in body["reports"]:
            assert item["event_ids"], item


# -- the command --------------------------------------------------------------------------


def test_serve_command_prints_address_and_token(tmp_path: Path) -> None:
    """`eventwire serve` as a user runs it: a real process, a generated token, then /healthz."""
    db = tmp_path / "events.db"
    with Store.open(db) as store:
        store.ingest(known_pairs())
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "eventwire",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.stderr is not None:
            line = proc.stderr.readline()
            lines.append(line)
            if "dashboard at" in line or not line:
                break
        output = "".join(lines)
        assert f"http://127.0.0.1:{port}/" in output
        token_file = tmp_path / "eventwire" / "token"
        token = token_file.read_text().strip()
        assert token in output and len(token) >= 32
        assert token_file.stat().st_mode & 0o777 == 0o600
        response = wait_for(f"http://127.0.0.1:{port}/healthz")
        assert response.json() == {"status": "ok"}
        post = httpx.post(
            f"http://127.0.0.1:{port}/api/reports",
            json=[],
            headers={"Authorization": f"Bearer {token}"},
        )
        assert post.status_code == 422  # the generated token is accepted (and [] refused)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def wait_for(url: str, timeout: float = 30) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def free_port() -> int:
    """A free TCP port on 127.0.0.1, released for the child process to bind."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
