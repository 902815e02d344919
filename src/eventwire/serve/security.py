"""Browser-facing hardening: loopback Host names only (no DNS rebinding), and security headers.

Reads are open to loopback clients, so a web page elsewhere must not be able to reach them by
pointing its own domain at 127.0.0.1: unless the server was started with ``--allow-remote``,
a request whose Host header is not a loopback name is refused. Every response says
``nosniff``; pages get a Content-Security-Policy that allows only eventwire's own files.
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.serve.auth import is_loopback

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI at /docs starts itself with an inline script (FastAPI's page): allow that one.
DOCS_CSP = PAGE_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def host_name(host_header: str) -> str:
    """The name in a Host header: 127.0.0.1:8000 -> 127.0.0.1, [::1]:8000 -> ::1."""
    if host_header.startswith("["):
        return host_header[1 : host_header.find("]")] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, allow_remote: bool) -> None:
        self.app = app
        self.allow_remote = allow_remote

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self.allow_remote:
            host = Headers(scope=scope).get("host", "")
            if not is_loopback(host_name(host)):
                body = json.dumps(
                    {
                        "error": f"Host {host!r} is not a loopback name; this server only answers "
                        "to localhost (start it with --allow-remote to serve other names)"
                    }
                ).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 400,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "no-referrer")
                headers.setdefault("x-frame-options", "DENY")
                if not path.startswith("/api/"):
                    csp = DOCS_CSP if path.startswith("/docs") else PAGE_CSP
                    headers.setdefault("content-security-policy", csp)
            await send(message)

        await self.app(scope, receive, send_with_headers)
