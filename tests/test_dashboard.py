"""The dashboard in a real browser: Debian's chromium driven by Playwright, against uvicorn.

A user's path: open the page, see one marker per located event, filter, open an event, read the
highlighted evidence. Also: the page fetches nothing from outside, report markup stays text,
and a checkout without the vendor files still works and says how to get the map.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

import conftest_browser as support
from conftest_browser import (
    ARTIFACTS,
    KNOWN_REPORTS,
    KNOWN_WORD,
    LiveServer,
    make_config,
    start_server,
)
from eventwire.serve import create_app

pytestmark = pytest.mark.browser

# Fixtures shared with the API tests (pytest finds them by these names).
store_path = support.store_path
live_server = support.live_server
browser = support.browser
bare_static_dir = support.bare_static_dir


@pytest.fixture()
def page(browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """A fresh page that records every request and every script error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    yield page
    context.close()


def api_events(url: str, **params: Any) -> list[dict[str, Any]]:
    response = httpx.get(f"{url}/api/events", params={"limit": 500, **params})
    return response.json()["events"]


def located(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["location"].get("lat") is not None]


def wait_loaded(page: Any) -> None:
    page.wait_for_selector("body[data-events-loaded]")
    expect(page.locator("#event-list a.event-item").first).to_be_attached()


def wait_basemap(page: Any) -> None:
    """The country outlines are drawn (hundreds of paths): the map is ready to look at."""
    expect(page.locator(".leaflet-overlay-pane path").nth(100)).to_be_attached()


def test_dashboard_map_filter_and_event_page(page: Any, live_server: LiveServer) -> None:
    url = live_server.url
    everything = api_events(url)
    page.goto(url + "/")
    wait_loaded(page)

    # One marker per located event; one list row per event; a timeline bar at least.
    page.wait_for_selector("path.event-marker")
    assert page.locator("path.event-marker").count() == len(located(everything))
    assert page.locator("#event-list a.event-item").count() == len(everything)
    assert page.locator("#timeline rect").count() >= 1
    assert "Afghanistan" in page.locator("select[name=country]").inner_text()
    wait_basemap(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))

    # Filter by type: the list and the map follow.
    battles = api_events(url, type="Battles")
    assert 0 < len(battles) < len(everything)
    page.select_option("select[name=type]", "Battles")
    expect(page.locator("#event-list a.event-item")).to_have_count(len(battles))
    assert page.locator("path.event-marker").count() == len(located(battles))
    assert "type=Battles" in page.url  # the view can be bookmarked

    # Clear, then search the reports' text: one event left.
    page.click("button[type=reset]")
    expect(page.locator("#event-list a.event-item")).to_have_count(len(everything))
    page.fill("input[name=q]", KNOWN_WORD)
    expect(page.locator("#event-list a.event-item")).to_have_count(1)
    assert page.locator("path.event-marker").count() == 1

    # Open it: reconciled figures, the figure history, the reports with evidence highlighted.
    (kabul,) = api_events(url, country="AF")
    page.click("#event-list a")
    page.wait_for_selector(f"body[data-event='{kabul['id']}']")
    assert page.locator("h1").inner_text() == KNOWN_REPORTS[0]["title"]
    killed = page.locator(".card", has_text="Killed")
    assert "21" in killed.inner_text() and "12–21" in killed.inner_text()
    assert page.locator(".history svg circle.history-point").count() == 3
    reports = page.locator("article.report")
    assert reports.count() == 3
    for i, spec in enumerate(KNOWN_REPORTS):
        marks = reports.nth(i).locator(".report-text mark.evidence")
        by_field = {
            marks.nth(k).get_attribute("data-field"): marks.nth(k).inner_text()
            for k in range(marks.count())
        }
        # The exact phrase is highlighted, even after an emoji (offsets are code points).
        assert by_field["fatalities"] == spec["killed"][4]
        assert by_field["date"] == "Monday"
        assert by_field["sources"] == spec["killed"][5]

    # Report markup is shown as text and never runs.
    third = reports.nth(2).locator(".report-text")
    assert "<script>window.__pwned = 1</script>" in third.inner_text()
    assert third.locator("script, img").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(ARTIFACTS / "dashboard-event.png"))

    # Back to the dashboard.
    page.click("a.back")
    page.wait_for_selector("#dashboard:not([hidden])")
    assert page.errors == []


def test_page_fetches_nothing_from_outside(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    wait_loaded(page)
    wait_basemap(page)
    assert page.requests, "the page made no requests at all"
    outside = [u for u in page.requests if not u.startswith(live_server.url + "/")]
    assert outside == []
    assert any("/static/vendor/leaflet/leaflet.js" in u for u in page.requests)
    assert any("countries-50m.json" in u for u in page.requests)
    assert page.errors == []


def test_event_page_link_opens_directly(page: Any, live_server: LiveServer) -> None:
    (kabul,) = api_events(live_server.url, country="AF")
    page.goto(f"{live_server.url}/#/events/{kabul['id']}")
    page.wait_for_selector(f"body[data-event='{kabul['id']}']")
    assert page.locator("article.report").count() == 3
    page.goto(f"{live_server.url}/#/events/ev-000000000000")
    page.wait_for_selector(".event-page .error")
    assert "No event" in page.locator(".event-page .error").inner_text()


def test_without_vendor_files_the_page_says_how_to_get_them(
    browser: Any, store_path: Any, bare_static_dir: Any
) -> None:
    server = start_server(create_app(make_config(store_path), static_dir=bare_static_dir))
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        page.wait_for_selector("#banner:not([hidden])")
        assert "make install" in page.locator("#banner").inner_text()
        wait_loaded(page)  # the list and the timeline work without the map
        assert page.locator("#event-list a.event-item").count() == len(api_events(server.url))
        docs = httpx.get(server.url + "/docs")
        assert docs.status_code == 200 and "make install" in docs.text
    finally:
        context.close()
        server.stop()
