"""Readable terminal tables (rich) for events and scores, for people at a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from eventwire.model import Event, Figure


def _figure(figure: Figure | None) -> str:
    if figure is None or figure.best is None:
        return "-"
    prefix = {"at_least": "≥", "at_most": "≤", "about": "~"}.get(figure.qualifier, "")
    if figure.qualifier == "range" and figure.high is not None:
        return f"{figure.low}–{figure.high}"
    return f"{prefix}{figure.best}"


def events_table(events: list[Event], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(show_lines=False, header_style="bold")
    for column in (
        "report",
        "role",
        "type",
        "date",
        "place",
        "killed",
        "injured",
        "actors",
        "sources",
    ):
        table.add_column(column, overflow="fold")
    for e in events:
        place = (
            ", ".join(
                p
                for p in (e.location.site, e.location.name, e.location.admin1, e.location.country)
                if p
            )
            or "-"
        )
        date = e.date.start or "-"
        if e.date.precision not in ("day", "unknown"):
            date += f" ({e.date.precision})"
        kind = f"{e.event_type or '-'}\n[dim]{e.sub_event_type or ''}[/dim]"
        actors = "; ".join(f"{a.name} ({a.role})" for a in e.actors) or "-"
        table.add_row(
            e.article_id,
            e.role,
            kind,
            date,
            place,
            _figure(e.fatalities),
            _figure(e.injured),
            actors,
            ", ".join(e.sources) or "-",
        )
    console.print(table)


def scores_table(summary: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(header_style="bold")
    for column in ("field", "accuracy", "correct", "total"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for name, row in summary.items():
        acc = "-" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        table.add_row(name, acc, str(row["correct"]), str(row["total"]))
    console.print(table)
