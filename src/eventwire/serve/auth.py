"""Who may do what: writes always need the bearer token, reads are open to loopback clients.

The token comes from ``EVENTWIRE_TOKEN``, else from a file in the user's config directory
(``$XDG_CONFIG_HOME/eventwire/token``, created 0600 with a random token at first start), so it
survives restarts without ever living in the repository or the database.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

TOKEN_ENV = "EVENTWIRE_TOKEN"
MIN_TOKEN_LENGTH = 16  # a short token is guessable over an open port
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


@dataclass(frozen=True, slots=True)
class TokenSource:
    token: str
    origin: str  # "environment", "file <path>" or "generated <path>": told to the user
    generated: bool = False


def token_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "eventwire" / "token"


def load_token() -> TokenSource:
    """The API token: from the environment, the token file, or newly generated and saved."""
    env = os.environ.get(TOKEN_ENV, "").strip()
    if env:
        if len(env) < MIN_TOKEN_LENGTH:
            raise ValueError(
                f"{TOKEN_ENV} is too short: use at least {MIN_TOKEN_LENGTH} characters"
            )
        return TokenSource(env, "environment")
    path = token_file()
    try:
        saved = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        saved = ""
    if len(saved) >= MIN_TOKEN_LENGTH:
        return TokenSource(saved, f"file {path}")
    token = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token + "\n")
    return TokenSource(token, f"generated, saved in {path}", generated=True)


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"; False for anything unparsable."""
    if not host:
        return False
    if host.lower() in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def check_token(request: Request) -> None:
    """Raise 401 unless the request carries the server's token (compared in constant time)."""
    given = bearer(request)
    if given is None:
        raise HTTPException(
            401,
            "this endpoint needs the API token: send 'Authorization: Bearer <token>' "
            f"(set {TOKEN_ENV}, or use the token printed when the server started)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    expected: str = request.app.state.config.token
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(
            401, "invalid API token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )


# Declares the scheme in the OpenAPI description (Swagger UI's "Authorize" button); the check
# itself is check_token's, so that the comparison is constant-time and the errors are ours.
_bearer_scheme = HTTPBearer(auto_error=False, description="EVENTWIRE_TOKEN")


def require_write(
    request: Request,
    _credentials: HTTPAuthorizationCredentials | None = Depends(_bearer_scheme),  # noqa: B008
) -> None:
    """Dependency for endpoints that change the database: the token, from anywhere."""
    check_token(request)


def require_read(request: Request) -> None:
    """Dependency for read endpoints: open to loopback clients, the token for anyone else."""
    client = request.client.host if request.client else None
    if not is_loopback(client):
        check_token(request)
