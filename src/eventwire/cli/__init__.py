"""The ``eventwire`` command: one click group, one module per area of commands.

Conventions every command follows: results (JSON, JSONL, CSV...) go to stdout, messages and
per-record errors to stderr; exit 0 when everything succeeded, 1 when some records failed,
2 for usage errors (click's own), and never a traceback for a user's mistake.
"""

from __future__ import annotations

import sys

import click

from eventwire import __version__
from eventwire.cli.extract import eval_command, extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="eventwire")
def cli() -> None:
    """Turn news reports into a geocoded, deduplicated database of events.

    \b
    Typical session:
      eventwire extract report.txt --published 2024-01-03   # see what one report codes to
      eventwire ingest reports.jsonl --db events.db          # extract, deduplicate, store
      eventwire events --db events.db --country IR           # list the stored events
      eventwire serve --db events.db                         # map and dashboard in a browser

    Run `eventwire COMMAND --help` for each command's options and examples.
    """


cli.add_command(extract_command)
cli.add_command(eval_command)

# Store commands: ingest, events, show, export, stats (eventwire.cli.store).
from eventwire.cli.store import COMMANDS as _STORE_COMMANDS  # noqa: E402

for _command in _STORE_COMMANDS:
    cli.add_command(_command)

from eventwire.cli.serve import serve_command  # noqa: E402

cli.add_command(serve_command)


def main() -> None:
    try:
        cli.main(prog_name="eventwire", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
