"""``eventwire extract`` and ``eventwire eval``: code reports without storing them."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from eventwire.read import DEFAULT_MAX_BYTES, ReadError, ReadOptions, read_reports

INPUTS_HELP = "Files (.txt .html .jsonl .csv, optionally .gz/.bz2), directories, or - for stdin."


def read_options(published: str | None, source: str | None, max_bytes: int) -> ReadOptions:
    return ReadOptions(published=published, source=source, max_bytes=max_bytes)


def extracted(inputs: tuple[str, ...], options: ReadOptions, failures: list[str]) -> Iterator[Any]:
    """Read and extract, printing one line per failed record on stderr and moving on."""
    from eventwire.extract.pipeline import Extractor

    extractor = Extractor.load()

    def reports() -> Iterator[Any]:
        for item in read_reports(inputs, options):
            if isinstance(item, ReadError):
                failures.append(str(item))
                click.echo(f"error: {item}", err=True)
                continue
            yield item

    yield from extractor.extract_many(reports())


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date for single text/HTML files and stdin (relative dates such as "
    "'Monday night' are resolved against it).",
)
@click.option("--source", metavar="NAME", help="Outlet name for single files and stdin.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "json"]),
    default=None,
    help="Output format. Default: a table on a terminal, JSONL (one line per report) when piped.",
)
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse reports larger than this.",
)
def extract_command(
    inputs: tuple[str, ...],
    published: str | None,
    source: str | None,
    fmt: str | None,
    max_bytes: int,
) -> None:
    """Code news reports into events, with the evidence behind every field.

    \b
    Examples:
      eventwire extract report.txt --published 2024-01-03
      eventwire extract reports.jsonl --format jsonl > events.jsonl
      curl -s https://example.org/story.html | eventwire extract - --published 2024-01-03

    The JSONL output is one line per report: {"article_id", "events", "warnings"}; see
    docs/output.md for every field. Records that cannot be read are reported on stderr, one
    line each, and the rest go on. Exit status: 0 all coded, 1 some records failed, 2 usage.
    """
    _check_date(published)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    failures: list[str] = []
    results = []
    for _report, result in extracted(inputs, read_options(published, source, max_bytes), failures):
        if fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            results.append(result)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    elif fmt == "table":
        from eventwire.cli.render import events_table

        events_table([e for r in results for e in r.events])
    if failures:
        click.echo(f"{len(failures)} record(s) failed", err=True)
        sys.exit(1)


@click.command("eval")
@click.option(
    "--articles",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Reports as JSONL (id, title, text, published...).",
)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Gold codings as JSONL (article_id, killed, injured, date, city, lat, lon).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N reports.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the reports that missed a field, with ours vs gold, as JSONL.",
)
def eval_command(articles: Path, gold: Path, limit: int | None, errors_path: Path | None) -> None:
    """Measure extraction accuracy per field against gold codings.

    \b
    Example:
      eventwire eval --articles ../shared/data/dev/gva_dev.articles.jsonl \\
                     --gold ../shared/data/dev/gva_dev.gold.jsonl

    Prints per-field accuracy (JSON on stdout when piped, a table on a terminal).
    """
    from eventwire.evaluate import load_gold, score

    gold_rows = load_gold(gold)
    failures: list[str] = []
    options = ReadOptions(check_language=False)

    def limited() -> Iterator[dict[str, Any]]:
        for n, (_report, result) in enumerate(extracted((str(articles),), options, failures)):
            if limit is not None and n >= limit:
                return
            yield result.to_dict()

    scores = score(limited(), gold_rows)
    if errors_path is not None:
        with errors_path.open("w", encoding="utf-8") as fh:
            for row in scores.errors:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = scores.to_dict()
    if sys.stdout.isatty():
        from eventwire.cli.render import scores_table

        scores_table(summary)
    else:
        click.echo(json.dumps(summary, indent=2))
    if failures:
        sys.exit(1)


def _check_date(value: str | None) -> None:
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--published"
        ) from None
