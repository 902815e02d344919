"""Store commands: ``ingest``, ``events``, ``show``, ``export``, ``stats``.

Results go to stdout (a rich table or timeline on a terminal, JSON otherwise), messages to
stderr. A bad ``--db`` (foreign, corrupt, missing for a reader) is a usage error: exit 2 with
one line saying why, and the file is left untouched.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import click

from eventwire.store import EventFilter, Store, StoreError, default_db_path
from eventwire.store.export import FORMATS, format_for
from eventwire.store.query import parse_near

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Event store file. Default: $EVENTWIRE_DB or ./eventwire.db.",
)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _open(db_path: str | None, *, create: bool) -> Store:
    try:
        return Store.open(db_path or default_db_path(), create=create)
    except StoreError as exc:
        _fail(str(exc), 2)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by ``events`` and ``export``, gathered into ``flt``."""

    @click.option("--country", help="ISO 3166 alpha-2 country code, e.g. IR.")
    @click.option("--admin1", help="First-level admin unit (province, state).")
    @click.option("--since", help="Events on or after this date (YYYY[-MM[-DD]]).")
    @click.option("--until", help="Events on or before this date (YYYY[-MM[-DD]]).")
    @click.option("--type", "event_type", help='Event type, e.g. "Explosions/Remote violence".')
    @click.option("--sub-type", "sub_event_type", help='Sub-event type, e.g. "Suicide bomb".')
    @click.option("--min-killed", type=click.IntRange(min=0), help="Best fatality figure >= N.")
    @click.option("--min-injured", type=click.IntRange(min=0), help="Best injured figure >= N.")
    @click.option("--near", metavar="LAT,LON[,KM]", help="Within a radius, e.g. 30.28,57.08,50km.")
    @click.option("--q", "q", metavar="WORDS", help="Full-text search over the events' reports.")
    @click.option(
        "--main-only", is_flag=True, help="Skip events known only from reports recalling them."
    )
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        near = kwargs.pop("near")
        try:
            parsed_near = parse_near(near) if near else None
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--near") from None
        kwargs["flt"] = EventFilter(
            country=kwargs.pop("country"),
            admin1=kwargs.pop("admin1"),
            since=kwargs.pop("since"),
            until=kwargs.pop("until"),
            event_type=kwargs.pop("event_type"),
            sub_event_type=kwargs.pop("sub_event_type"),
            min_killed=kwargs.pop("min_killed"),
            min_injured=kwargs.pop("min_injured"),
            near=parsed_near,
            q=kwargs.pop("q"),
            include_background=not kwargs.pop("main_only"),
        )
        return func(*args, **kwargs)

    return wrapper


def _usage_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Bad filter values (dates, search syntax) surface as usage errors, not tracebacks."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        except StoreError as exc:
            _fail(str(exc), 2)

    return wrapper


# ---------------------------------------------------------------------------------------------
# ingest


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@db_option
@click.option("--published", help="Publication date for text/HTML files and stdin.")
@click.option("--source", help="Outlet name for reports that do not carry one.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Reports per transaction: a crash loses at most one batch.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes (default: every core; 1 extracts in this process).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default=None,
    help="Extract in a process pool here (local) or on Dask (default: local; dask with "
    "--scheduler).",
)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Extract on this Dask cluster.")
def ingest_command(
    paths: tuple[str, ...],
    db_path: str | None,
    published: str | None,
    source: str | None,
    batch_size: int,
    progress: bool | None,
    workers: int | None,
    engine: str | None,
    scheduler: str | None,
) -> None:
    """Extract events from reports, deduplicate them and store them.

    PATHS are files (txt, html, jsonl, csv, optionally .gz/.bz2), directories, or - for
    stdin. Reports already stored (same content) are skipped, so re-running after an
    interruption simply continues.

    \b
    Examples:
      eventwire ingest reports.jsonl feeds/ --db events.db
      eventwire ingest report.txt --published 2024-01-03 --source Reuters
      eventwire ingest big.jsonl.gz --workers 8
      eventwire ingest big.jsonl.gz --scheduler tcp://10.0.0.5:8786
    """
    from eventwire.read import ReadError, ReadOptions, read_reports

    if scheduler and engine == "local":
        raise click.UsageError("--scheduler needs --engine dask")

    store = _open(db_path, create=True)
    options = ReadOptions(published=published, source=source)
    counts = {"read": 0, "errors": 0, "known": 0}

    def fresh_reports() -> Iterator[Any]:
        for item in read_reports(paths, options):
            if isinstance(item, ReadError):
                counts["errors"] += 1
                click.echo(f"error: {item}", err=True)
                continue
            counts["read"] += 1
            if store.contains(item):
                counts["known"] += 1
                continue
            yield item

    # Bulk extraction (eventwire.bulk, docs/bulk.md): worker processes or a Dask cluster
    # extract in input order; this process reads, skips stored reports and is the only writer.
    from eventwire.bulk.ingest import BULK_ERRORS, bulk_extract
    from eventwire.bulk.progress import IngestProgress, estimate_total

    def failed(_report: Any, failure: Any) -> None:
        counts["errors"] += 1
        click.echo(f"error: {failure}", err=True)

    total = estimate_total(paths)
    pairs = bulk_extract(
        fresh_reports(),
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        total=total,
        on_failure=failed,
    )
    show_bar = sys.stderr.isatty() if progress is None else progress
    reporter = IngestProgress(show_bar, counts, total)
    started = time.monotonic()
    try:
        with reporter:
            stats = store.ingest(
                reporter.track(pairs), batch_size=batch_size, progress=reporter.update
            )
    except BULK_ERRORS as exc:  # no model, no cluster, workers dying: the run cannot go on
        _fail(str(exc), 1)
    except StoreError as exc:
        _fail(str(exc), 2)
    finally:
        store.close()
    elapsed = time.monotonic() - started
    rate = stats.reports_added / elapsed if elapsed > 0 else 0.0
    click.echo(
        f"ingested {stats.reports_added} new reports ({counts['known'] + stats.reports_skipped} "
        f"already stored, {counts['errors']} unreadable) in {elapsed:.1f}s ({rate:.1f}/s): "
        f"{stats.mentions} events extracted -> {stats.events_created} new events, "
        f"{stats.events_joined} joined existing ones, {stats.events_merged} merges",
        err=True,
    )
    sys.exit(1 if counts["errors"] else 0)


# ---------------------------------------------------------------------------------------------
# events


def _fig(figure: dict[str, Any] | None) -> str:
    if not figure or figure.get("best") is None:
        return "-"
    best, low, high = figure["best"], figure.get("low"), figure.get("high")
    if low is not None and high is not None and (low, high) != (best, best):
        return f"{best} ({low}–{high})"
    return str(best)


def _best(figure: dict[str, Any] | None) -> str:
    return "-" if not figure or figure.get("best") is None else str(figure["best"])


def _place(location: dict[str, Any]) -> str:
    parts = [location.get(k) for k in ("site", "name", "admin1", "country_code")]
    return ", ".join(p for p in parts if p) or "-"


def _events_table(events: list[dict[str, Any]], total: int) -> None:
    """A table sized to the terminal: narrow ones lose the type and injured columns."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    wide = console.width >= 120
    columns: list[tuple[str, dict[str, Any]]] = [
        ("id", {"no_wrap": True, "min_width": 16}),
        ("date", {"no_wrap": True}),
        *([("type", {"max_width": 22, "overflow": "ellipsis"})] if wide else []),
        ("place", {"max_width": 24 if wide else 12, "overflow": "ellipsis"}),
        ("killed", {"justify": "right", "no_wrap": True}),
        *([("injured", {"justify": "right", "no_wrap": True})] if wide else []),
        ("reports" if wide else "rep", {"justify": "right", "no_wrap": True}),
        ("title", {"min_width": 12}),
    ]
    table = Table(header_style="bold")
    for name, kwargs in columns:
        table.add_column(name, **kwargs)
    for e in events:
        date = e["date"]["start"] or "-"
        if e["date"]["precision"] not in ("day", None):
            date += f" ({e['date']['precision']})"
        kind = e["event_type"] or "-"
        if e["sub_event_type"]:
            kind += f"\n[dim]{e['sub_event_type']}[/dim]"
        title = e["title"] or "-"
        if e["background_only"]:
            title = f"[dim](recalled)[/dim] {title}"
        cells = {
            "id": e["id"],
            "date": date,
            "type": kind,
            "place": _place(e["location"]),
            "killed": _fig(e["fatalities"]) if wide else _best(e["fatalities"]),
            "injured": _fig(e["injured"]),
            "reports": str(e["report_count"]),
            "rep": str(e["report_count"]),
            "title": title,
        }
        table.add_row(*(cells[name] for name, _ in columns))
    console.print(table)
    console.print(f"[dim]{len(events)} of {total} events[/dim]")


@click.command("events")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--json", "as_json", is_flag=True, help="JSON even on a terminal.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default=None,
    help="Output format (default: table on a terminal, JSON array otherwise).",
)
@_usage_errors
def events_command(
    db_path: str | None,
    flt: EventFilter,
    limit: int,
    offset: int,
    as_json: bool,
    fmt: str | None,
) -> None:
    """List deduplicated events, most recent first.

    \b
    Examples:
      eventwire events --country IR --since 2024-01-01 --min-killed 10
      eventwire events --type "Explosions/Remote violence" --near 30.28,57.08,50km
      eventwire events --q memorial --format jsonl
    """
    fmt = fmt or ("json" if as_json or not sys.stdout.isatty() else "table")
    with _open(db_path, create=False) as store:
        events = store.query_events(flt, limit=limit, offset=offset)
        if fmt == "table":
            _events_table(events, store.count_events(flt))
        elif fmt == "jsonl":
            for event in events:
                click.echo(json.dumps(event, ensure_ascii=False))
        else:
            click.echo(json.dumps(events, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------------------------
# show


@click.command("show")
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON even on a terminal.")
@_usage_errors
def show_command(event_id: str, db_path: str | None, as_json: bool) -> None:
    """Show one event: its fields, its reports, and each figure's history as a timeline.

    EVENT_ID may be a full id, an unambiguous prefix, or the id of an event that was merged
    into this one.
    """
    with _open(db_path, create=False) as store:
        event = store.get_event(event_id)
    if event is None:
        _fail(f"no event {event_id!r} in this store", 1)
    if as_json or not sys.stdout.isatty():
        click.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    render_event(event, Console())


def render_event(event: dict[str, Any], console: Any) -> None:
    """The event as a terminal page: header, figure timelines, reports."""
    from rich.table import Table

    date = event["date"]
    when = date["start"] or "undated"
    if date.get("end") and date["end"] != date["start"]:
        when += f" – {date['end']}"
    if date.get("precision") not in (None, "day"):
        when += f" ({date['precision']})"
    console.print(f"[bold]{event['id']}[/bold]  {event['title'] or ''}")
    console.print(f"  type     {event['event_type'] or '-'} / {event['sub_event_type'] or '-'}")
    console.print(f"  date     {when}")
    loc = event["location"]
    coords = ""
    if loc.get("lat") is not None:
        coords = f"  ({loc['lat']:.3f}, {loc['lon']:.3f}, {loc.get('precision')})"
    console.print(f"  place    {_place(loc)}{coords}")
    actors = "; ".join(f"{a['name']} ({a['role']})" for a in event["actors"]) or "-"
    console.print(f"  actors   {actors}")
    if event["sources"]:
        console.print(f"  sources  {', '.join(event['sources'])}")
    if event["merged_from"]:
        console.print(f"  merged   {', '.join(event['merged_from'])}")
    for kind in ("fatalities", "injured"):
        figure = event.get(kind)
        if not figure:
            continue
        console.print()
        console.print(
            f"[bold]{kind.capitalize()}[/bold]  best [bold]{figure['best']}[/bold]  "
            f"low {figure['low']}  high {figure['high']}"
        )
        history = figure.get("history") or []
        peak = max((h["value"] or 0 for h in history), default=0) or 1
        table = Table(box=None, show_header=False, padding=(0, 1))
        for _ in range(5):
            table.add_column()
        for h in history:
            mark = {"at_least": "≥", "at_most": "≤", "about": "~"}.get(h["qualifier"], " ")
            width = max(1, round(28 * (h["value"] or 0) / peak))
            style = "dim" if h["superseded"] else ("bold green" if h["chosen"] else "")
            bar = f"[{style or 'cyan'}]{'█' * width}[/]"
            who = h["attributed_to"] or "-"
            if h["role"] != "main":
                who += " (recalled)"
            note = " ◀ best" if h["chosen"] else (" superseded" if h["superseded"] else "")
            table.add_row(
                (h["published"] or "undated")[:16],
                f"{mark}{h['value']}",
                bar + note,
                f"{h['source'] or '-'} · per {who}",
                f"[dim]{h['report_id']}[/dim]",
            )
        console.print(table)
    console.print()
    console.print(f"[bold]Reports[/bold] ({event['report_count']})")
    for r in event["report_details"]:
        role = "" if r["role"] == "main" else " [dim](recalls it)[/dim]"
        console.print(
            f"  {(r['published'] or 'undated')[:16]}  {r['source'] or '-'}: "
            f"{r['title'] or r['id']}{role}  [dim]{r['id']}[/dim]"
        )


# ---------------------------------------------------------------------------------------------
# export, stats


@click.command("export")
@db_option
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the -o file name).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Output file (default: stdout).",
)
@_usage_errors
def export_command(db_path: str | None, flt: EventFilter, fmt: str | None, output: str) -> None:
    """Export events as CSV (ACLED column names), GeoJSON, JSONL or Parquet, streaming.

    \b
    Examples:
      eventwire export -o events.csv --country IR
      eventwire export --format geojson --since 2024-01 > events.geojson
      eventwire export -o events.parquet
    """
    fmt = fmt or (format_for(output) if output != "-" else None)
    if fmt is None:
        raise click.UsageError(
            "say which format with --format (or give -o a .csv/.geojson/.jsonl/.parquet name)"
        )
    if fmt == "parquet" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: write it to a file with -o")
    with _open(db_path, create=False) as store:
        count = store.export(fmt, flt, None if output == "-" else output)
    where = "stdout" if output == "-" else output
    click.echo(f"exported {count} events as {fmt} to {where}", err=True)


@click.command("stats")
@db_option
@_usage_errors
def stats_command(db_path: str | None) -> None:
    """Counts of reports, events and figures in the store, as JSON."""
    with _open(db_path, create=False) as store:
        click.echo(json.dumps(store.stats(), ensure_ascii=False, indent=2))


COMMANDS = (ingest_command, events_command, show_command, export_command, stats_command)
