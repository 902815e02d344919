"""``eventwire serve``: the HTTP API and the dashboard over one event store.

Loopback only unless told otherwise: a non-loopback ``--host`` needs ``--allow-remote`` and an
explicit ``EVENTWIRE_TOKEN``, because read endpoints are open to local clients and remote ones
must then present the token.
"""

from __future__ import annotations

import errno
import socket
import sys
from pathlib import Path
from typing import NoReturn

import click

from eventwire.store import Store, StoreError, default_db_path


def _fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _check_port(host: str, port: int) -> None:
    """Fail with one clear line (not uvicorn's traceback) when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                _fail(f"port {port} on {host} is already in use (try --port {port + 1})", 1)
            _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Event store file. Default: $EVENTWIRE_DB or ./eventwire.db.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow a non-loopback --host. Needs EVENTWIRE_TOKEN; remote clients must send it.",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="uvicorn's log level (info logs every request).",
)
def serve_command(
    db_path: str | None, host: str, port: int, allow_remote: bool, log_level: str
) -> None:
    """Serve the JSON API and the map dashboard for an event store.

    \b
    Examples:
      eventwire serve --db events.db                 # then open http://127.0.0.1:8000/
      EVENTWIRE_TOKEN=... eventwire serve --host 0.0.0.0 --allow-remote

    Reads (/api/events, /api/stats...) are open to clients on this machine. Adding reports
    (POST /api/reports) needs the bearer token: $EVENTWIRE_TOKEN, or one generated at first
    start, saved in your config directory and printed below. API docs: /docs.
    """
    import os

    import uvicorn

    from eventwire.serve import ServeConfig, create_app, missing_assets
    from eventwire.serve.auth import TOKEN_ENV, is_loopback, load_token

    if not is_loopback(host):
        if not allow_remote:
            _fail(
                f"refusing to listen on {host}, which other machines can reach: reads are open "
                "there. Pass --allow-remote (and set EVENTWIRE_TOKEN) if you mean it"
            )
        if not os.environ.get(TOKEN_ENV, "").strip():
            _fail(f"--allow-remote needs an explicit token: set {TOKEN_ENV}")
    path = Path(db_path or default_db_path())
    existed = path.exists()
    try:
        with Store.open(path, create=True) as store:
            events = store.count_events()
    except StoreError as exc:
        _fail(str(exc))
    try:
        token = load_token()
    except (OSError, ValueError) as exc:
        _fail(f"API token: {exc}")
    _check_port(host, port)

    app = create_app(ServeConfig(db_path=path, token=token.token, allow_remote=allow_remote))
    say = lambda text: click.echo(text, err=True)  # noqa: E731 - a local shorthand
    if not existed:
        say(f"eventwire: {path} did not exist; created an empty event store")
    say(f"eventwire: {events:,} events in {path}")
    if missing_assets():
        say("eventwire: dashboard map files are missing: run `make install` (the API works)")
    say(f"eventwire: API token ({token.origin}): {token.token}")
    say(f"eventwire: dashboard at {_url(host, port)}  (API docs at {_url(host, port)}docs)")
    uvicorn.run(app, host=host, port=port, log_level=log_level)
