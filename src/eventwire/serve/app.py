"""The FastAPI application: the JSON API under /api, the dashboard at /, Swagger UI at /docs.

Every error leaves as JSON ``{"error": "..."}`` with a 4xx status saying what was wrong;
nothing a client sends can produce a 500 with a traceback. All front-end files, Swagger UI's
included, are served from ``static/`` so the whole thing works without internet access.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.serve.api import router as api_router
from eventwire.serve.limits import BodySizeLimit
from eventwire.serve.security import SecurityMiddleware
from eventwire.serve.state import (
    ExtractorUnavailable,
    ServeConfig,
    StorePool,
    Writer,
    default_extractor,
)
from eventwire.store import StoreError

log = logging.getLogger("eventwire.serve")

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_FILES = (
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "topojson-client/topojson-client.min.js",
    "world-atlas/countries-50m.json",
)
SWAGGER_FILES = ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css")

DESCRIPTION = """\
Events coded from news reports: geocoded, deduplicated, with the evidence behind every field.

* Read endpoints are open to clients on this machine (loopback); from elsewhere, and for
  `POST /api/reports` always, send `Authorization: Bearer <token>` (`EVENTWIRE_TOKEN`, or the
  token printed when the server started).
* Errors are JSON: `{"error": "what was wrong"}` with a 4xx status.
"""


def missing_assets(static_dir: Path = STATIC_DIR) -> list[str]:
    """Vendor files `make install` should have put in place; empty when all are there."""
    vendor = static_dir / "vendor"
    return [name for name in VENDOR_FILES + SWAGGER_FILES if not (vendor / name).is_file()]


def create_app(
    config: ServeConfig,
    load_extractor: Callable[[], Any] = default_extractor,
    static_dir: Path = STATIC_DIR,
) -> FastAPI:
    """Build the app for one database; tests swap the extractor loader or the static files."""
    stores = StorePool(config.db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        missing = missing_assets(static_dir)
        if missing:
            log.warning(
                "dashboard assets missing (%s): run `make install` or "
                "`bash scripts/fetch_assets.sh`; the API works regardless",
                ", ".join(missing),
            )
        yield
        stores.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # served below from local files, not a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.stores = stores
    app.state.writer = Writer(load_extractor)

    _install_error_handlers(app)
    app.include_router(api_router)
    _install_pages(app, static_dir)
    # Outermost first: refuse foreign Host names and oversized bodies before any parsing.
    app.add_middleware(BodySizeLimit, max_bytes=config.limits.max_body_bytes)
    app.add_middleware(SecurityMiddleware, allow_remote=config.allow_remote)
    return app


def _install_pages(app: FastAPI, static_dir: Path) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static_dir / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if any(name in SWAGGER_FILES for name in missing_assets(static_dir)):
            return HTMLResponse(
                "<!doctype html><title>eventwire API</title><p>The interactive API docs need "
                "Swagger UI, which is not installed: run <code>make install</code>. The API "
                'description is at <a href="/openapi.json">/openapi.json</a>.</p>'
            )
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="eventwire API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.mount("/static", StaticFiles(directory=static_dir, check_dir=False), name="static")


def error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        response = error(exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_describe(e) for e in exc.errors()]
        return error(422, "; ".join(problems) or "invalid request", details=problems)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return error(503, f"database unavailable: {exc}")

    @app.exception_handler(ExtractorUnavailable)
    async def no_extractor(request: Request, exc: ExtractorUnavailable) -> JSONResponse:
        log.error("%s", exc)
        return error(503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error(500, "internal server error (the server log has the details)")


def _describe(err: dict[str, Any]) -> str:
    """'query parameter limit: Input should be less than or equal to 500'."""
    loc = [str(part) for part in err.get("loc", ())]
    where = ""
    if loc:
        kind = {"query": "query parameter", "path": "path parameter", "body": "body"}.get(
            loc[0], loc[0]
        )
        where = f"{kind} {'.'.join(loc[1:])}".strip() + ": "
    return f"{where}{err.get('msg', 'invalid')}"
