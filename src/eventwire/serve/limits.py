"""Caps that keep one client from exhausting the server, and the middleware enforcing the body cap.

The body cap is checked before anything is parsed: a declared Content-Length over the cap is
refused without reading a byte, and a chunked body is counted as it streams in. The 413 does
not ask to close the connection: uvicorn then discards the rest of the body as it arrives (never
buffering it), so the client, still sending, reads its 413 instead of a connection reset.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 10_000_000
MAX_REPORTS_PER_REQUEST = 1000
MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 100
MAX_OFFSET = 10_000_000
MAX_QUERY_LENGTH = 500  # full-text queries longer than this are not searches


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = MAX_BODY_BYTES
    max_reports: int = MAX_REPORTS_PER_REQUEST


class _TooLarge(Exception):
    pass


def _json_error(status: int, message: str) -> tuple[Message, Message]:
    body = json.dumps({"error": message}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    return start, {"type": "http.response.body", "body": body}


class BodySizeLimit:
    """Answer 413 (as JSON) to any request whose body is over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"request body is larger than the limit of {self.max_bytes:,} bytes"
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            for part in _json_error(413, message):
                await send(part)
            return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            for part in _json_error(413, message):
                await send(part)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
