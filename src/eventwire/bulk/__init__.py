"""Bulk extraction: many reports through many worker processes, results in input order.

One entry point, :func:`extract_stream`, for every scale::

    for report, outcome in extract_stream(reports, workers=4):          # local processes
    for report, outcome in extract_stream(reports, engine="dask")       # a LocalCluster
    for report, outcome in extract_stream(reports, engine="dask",
                                          scheduler="tcp://10.0.0.5:8786")  # a real cluster

Each outcome is a :class:`~eventwire.model.ReportResult`, or an :class:`ExtractFailure` when
that one report could not be extracted (the run goes on). :func:`successful` turns the stream
into the ``(report, result)`` pairs :meth:`Store.ingest` takes, reporting each failure.
Input is consumed lazily and at most ``2 x workers`` chunks are in flight, so memory stays
flat whatever the input size. See ``docs/bulk.md``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

from eventwire.bulk.base import DEFAULT_CHUNK_SIZE, BulkStats, Pair, chunked, paired
from eventwire.bulk.worker import ExtractFailure, PipelineUnavailable, extract_chunk
from eventwire.model import Report, ReportResult

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "ENGINES",
    "BulkStats",
    "Engine",
    "ExtractFailure",
    "PipelineUnavailable",
    "default_workers",
    "extract_stream",
    "successful",
]


def default_workers() -> int:
    """The cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def extract_stream(
    reports: Iterable[Report],
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    stats: BulkStats | None = None,
) -> Iterator[Pair]:
    """Yield ``(report, ReportResult | ExtractFailure)`` for every report, in input order.

    ``workers=1`` with the local engine extracts in this process (no pool: nothing to
    start); ``workers=None`` means every core. ``scheduler`` (dask only) names an existing
    cluster. ``stats``, if given, collects per-worker timings and peak memory.
    Raises :class:`PipelineUnavailable` when the model or gazetteer cannot be loaded.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise ValueError("a scheduler address needs engine='dask'")
    n = default_workers() if workers is None else max(1, workers)
    if engine == "dask":
        from eventwire.bulk.dask_engine import DaskEngine

        return DaskEngine(n, chunk_size, scheduler).run(reports, stats)
    if n == 1:
        return _in_process(reports, chunk_size, stats)
    from eventwire.bulk.local import LocalEngine

    return LocalEngine(n, chunk_size).run(reports, stats)


def _in_process(
    reports: Iterable[Report], chunk_size: int, stats: BulkStats | None
) -> Iterator[Pair]:
    """The same chunk task, run here: identical results, none of the start-up cost."""
    for chunk in chunked(reports, chunk_size):
        yield from paired(chunk, extract_chunk(chunk), stats)


def successful(
    pairs: Iterable[Pair], on_failure: Callable[[Report, ExtractFailure], None]
) -> Iterator[tuple[Report, ReportResult]]:
    """The pairs that were extracted; each failure goes to ``on_failure`` instead."""
    for report, outcome in pairs:
        if isinstance(outcome, ExtractFailure):
            on_failure(report, outcome)
        else:
            yield report, outcome
