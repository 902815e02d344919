"""Fixtures for the API and dashboard tests: a real SQLite store, a real uvicorn server, Chromium.

Imported by ``test_api*.py`` and ``test_dashboard*.py`` (``from conftest_browser import ...``);
it holds no tests itself. The store is built the way users build theirs: the bundled samples
go through the real extractor, plus one hand-made event whose reports, figures and evidence are
known exactly (three reports whose toll rises 12 -> 18 -> 21, one containing markup and an
emoji before its evidence), so tests can assert precise values. The reports are invented.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import (
    DateInfo,
    Event,
    Evidence,
    Figure,
    Location,
    Report,
    ReportResult,
    stable_event_id,
)
from eventwire.serve import ServeConfig, create_app
from eventwire.serve.app import STATIC_DIR, missing_assets

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
ARTIFACTS = REPO / "test-artifacts"
TOKEN = "test-token-0123456789abcdef"
CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root in CI; the sandbox refuses root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# -- the hand-made event ---------------------------------------------------------------

KABUL = Location(
    name="Kabul",
    admin1="Kabul",
    country="Afghanistan",
    country_code="AF",
    lat=34.528,
    lon=69.172,
    geonameid=1138958,
    precision="city",
)
MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
KNOWN_WORD = "Zarghona"  # occurs in one report only: the full-text search target

KNOWN_REPORTS = [
    {
        "id": "test-kabul-1",
        "title": "Car bomb kills at least 12 in Kabul market",
        "text": f"KABUL (Wire A) - A car bomb tore through the {KNOWN_WORD} market in Kabul on "
        "Monday, and at least 12 people were killed, police said.",
        "published": "2024-05-06",
        "source": "Wire A",
        "killed": (12, 12, None, "at_least", "at least 12 people were killed", "police"),
    },
    {
        "id": "test-kabul-2",
        "title": "Kabul market bombing toll rises to 18",
        "text": "The toll from Monday's car bomb at a Kabul market rose to 18 dead, "
        "a hospital official said.",
        "published": "2024-05-07",
        "source": "Wire B",
        "killed": (18, 18, 18, "exact", "18 dead", "a hospital official"),
    },
    {
        "id": "test-kabul-3",
        "title": "Kabul bombing: 21 dead, ministry says",
        "text": "📷 Mourners in Kabul. The health ministry said on Wednesday that 21 people died "
        f"in Monday's car bomb in Kabul. {MARKUP} Officials gave no more detail.",
        "published": "2024-05-08",
        "source": "Wire C",
        "killed": (21, 21, 21, "exact", "21 people died", "The health ministry"),
    },
]


def _span(text: str, field: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(field=field, start=start, end=start + len(needle), text=needle)


def known_pairs() -> list[tuple[Report, ReportResult]]:
    """The three reports of the Kabul bombing with their events and evidence spans."""
    pairs = []
    for spec in KNOWN_REPORTS:
        report = Report(
            id=spec["id"],
            title=spec["title"],
            text=spec["text"],
            published=spec["published"],
            source=spec["source"],
            origin="test",
        )
        full = report.full_text
        best, low, high, qualifier, phrase, by = spec["killed"]
        event = Event(
            id=stable_event_id(report.id, "main", 0),
            article_id=report.id,
            role="main",
            event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED",
            mode="explosives",
            date=DateInfo(start="2024-05-06", end="2024-05-06", precision="day", text="Monday"),
            location=KABUL,
            fatalities=Figure(best, low, high, qualifier, phrase, by),
            injured=None,
            sources=[by, spec["source"]],
            evidence=[
                _span(full, "event_type", "car bomb"),
                _span(full, "location", "Kabul"),
                _span(full, "date", "Monday"),
                _span(full, "fatalities", phrase),
                _span(full, "sources", by),
            ],
            confidence=0.9,
        )
        pairs.append((report, ReportResult(article_id=report.id, events=[event])))
    return pairs


def build_store(path: Path, extractor: Any) -> None:
    """Samples through the real extractor, then the hand-made event."""
    from eventwire.read import ReadError, read_reports
    from eventwire.store import Store

    reports = [r for r in read_reports([SAMPLES]) if not isinstance(r, ReadError)]
    with Store.open(path) as store:
        store.ingest(extractor.extract_many(reports))
        store.ingest(known_pairs())


# -- a real server ---------------------------------------------------------------------


@dataclass
class LiveServer:
    url: str
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_server(app: Any) -> LiveServer:
    """uvicorn on 127.0.0.1, on a socket bound first (port 0: no race for a free port)."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", server, thread)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Path:
    """A store shared read-only by the tests: samples plus the hand-made event."""
    path = tmp_path_factory.mktemp("serve") / "events.db"
    build_store(path, extractor)
    return path


def make_config(path: Path, **kwargs: Any) -> ServeConfig:
    return ServeConfig(db_path=path, token=TOKEN, **kwargs)


@pytest.fixture(scope="session")
def live_server(store_path: Path, extractor: Any) -> Iterator[LiveServer]:
    app = create_app(make_config(store_path), load_extractor=lambda: extractor)
    server = start_server(app)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bare_static_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our static files without vendor/: what a checkout looks like before `make install`."""
    target = tmp_path_factory.mktemp("static") / "static"
    shutil.copytree(STATIC_DIR, target, ignore=shutil.ignore_patterns("vendor"))
    return target


# -- Chromium --------------------------------------------------------------------------


EXPECT_TIMEOUT_MS = 20_000
"""How long a browser assertion waits for the page to catch up."""


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright; skipped (with the fix) when it is missing."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed: apt-get install chromium (make test does it)")
    if missing_assets():
        pytest.skip("dashboard assets missing: run `make install` (scripts/fetch_assets.sh)")
    from playwright.sync_api import expect, sync_playwright

    # Playwright's assertions give up after 5 s: on a busy 2-core CI machine drawing hundreds of
    # country outlines can take longer than that, and a slow machine is no failure of ours
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
