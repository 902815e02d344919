"""What ``eventwire ingest`` needs from the bulk engines, kept out of the CLI module.

The store stays the single writer: it consumes the ordered ``(report, result)`` stream this
module builds, in the main process, while the workers only extract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from eventwire.bulk import Engine, ExtractFailure, default_workers, extract_stream, successful
from eventwire.bulk.dask_engine import ClusterUnavailable
from eventwire.bulk.local import WorkersDying
from eventwire.bulk.worker import PipelineUnavailable
from eventwire.model import Report, ReportResult

SMALL_INPUT = 100
"""Below this many reports a worker pool costs more to start than it saves: extract here."""

BULK_ERRORS = (PipelineUnavailable, ClusterUnavailable, WorkersDying)
"""Failures of the run as a whole (exit 1 with one line), as opposed to one report's."""


def choose_workers(workers: int | None, engine: Engine, total: int | None) -> int:
    """``--workers`` if given; else every core, or 1 for a small local input."""
    if workers is not None:
        return workers
    if engine == "local" and total is not None and total < SMALL_INPUT:
        return 1
    return default_workers()


def bulk_extract(
    reports: Iterable[Report],
    *,
    workers: int | None,
    engine: str | None,
    scheduler: str | None,
    total: int | None,
    on_failure: Callable[[Report, ExtractFailure], None],
) -> Iterator[tuple[Report, ReportResult]]:
    """Extract ``reports`` in input order with the chosen engine, failures to ``on_failure``.

    ``engine=None`` means dask when a scheduler is given, else local.
    """
    chosen: Engine = "dask" if engine == "dask" or (engine is None and scheduler) else "local"
    n = choose_workers(workers, chosen, total)
    return successful(extract_stream(reports, n, chosen, scheduler), on_failure)
