"""Dask engine: the same chunk task as the local engine, run on a dask.distributed cluster.

``scheduler="tcp://host:8786"`` uses an existing cluster (its workers need eventwire and the
same model installed); without one, a ``LocalCluster`` of single-threaded worker processes is
started for the run and stopped after it. Each worker process keeps its own Extractor (a
module global in :mod:`eventwire.bulk.worker`), so the model loads once per worker, not per
task. At most ``2 x worker threads`` chunks are in flight, earlier chunks have priority, and
results are yielded in input order.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from eventwire.bulk.base import DEFAULT_CHUNK_SIZE, BulkStats, Pair, chunked, paired
from eventwire.bulk.worker import ChunkResult, ExtractFailure, extract_chunk
from eventwire.model import Report

Task = Callable[[list[Report]], ChunkResult]
CONNECT_TIMEOUT = "20s"


class ClusterUnavailable(RuntimeError):
    """The scheduler address cannot be reached, or a local cluster would not start."""


def _worker_environ() -> dict[str, object]:
    """Dask's default environment for worker processes, without its malloc trim threshold."""
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {})
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    return environ


class DaskEngine:
    """Extract reports on a Dask cluster; iterate :meth:`run` for ordered results."""

    def __init__(
        self,
        workers: int,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        scheduler: str | None = None,
        *,
        task: Task = extract_chunk,
        max_in_flight: int | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.chunk_size = max(1, chunk_size)
        self.scheduler = scheduler
        self.task = task
        self.max_in_flight = max_in_flight

    @contextmanager
    def _client(self) -> Iterator[Any]:
        import dask
        from distributed import Client, LocalCluster

        cluster = None
        try:
            if self.scheduler:
                client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            else:
                # Dask's default worker environment sets MALLOC_TRIM_THRESHOLD_=65536, which made
                # spaCy's parse ~20% slower here: keep the rest of it (one math thread).
                environ = {"distributed.nanny.pre-spawn-environ": _worker_environ()}
                with dask.config.set(environ):
                    cluster = LocalCluster(
                        n_workers=self.workers,
                        threads_per_worker=1,  # spaCy is not thread-parallel: a process a core
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                client = Client(cluster)
        except (OSError, TimeoutError, RuntimeError) as exc:
            if cluster is not None:
                cluster.close()
            where = self.scheduler or "a local cluster"
            raise ClusterUnavailable(f"cannot start or reach {where}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def run(self, reports: Iterable[Report], stats: BulkStats | None = None) -> Iterator[Pair]:
        """Yield ``(report, ReportResult | ExtractFailure)`` for every report, in input order."""
        with self._client() as client:
            threads = sum(client.nthreads().values()) or self.workers
            limit = self.max_in_flight or 2 * max(threads, 1)
            pending: deque[tuple[list[Report], Any]] = deque()
            for index, chunk in enumerate(chunked(reports, self.chunk_size)):
                future = client.submit(self.task, chunk, pure=False, priority=-index)
                pending.append((chunk, future))
                while len(pending) >= limit:
                    yield from self._next(client, pending, stats)
            while pending:
                yield from self._next(client, pending, stats)

    def _next(
        self, client: Any, pending: deque[tuple[list[Report], Any]], stats: BulkStats | None
    ) -> Iterator[Pair]:
        from distributed import KilledWorker

        chunk, future = pending.popleft()
        try:
            result = future.result()
        except KilledWorker:
            yield from self._isolate(client, chunk, stats)
            return
        finally:
            future.release()
        yield from paired(chunk, result, stats)

    def _isolate(self, client: Any, chunk: list[Report], stats: BulkStats | None) -> Iterator[Pair]:
        """The chunk killed every worker that tried it: find the report that does it.

        Each report is retried on its own, in parallel; those that fail again (a worker died
        while they were queued on it, or they are the culprit) are retried one at a time, so
        only a report that kills a worker all by itself is given up.
        """
        from distributed import KilledWorker

        singles = [client.submit(self.task, [r], pure=False, priority=10) for r in chunk]
        results: list[ChunkResult | None] = []
        for single in singles:
            try:
                results.append(single.result())
            except KilledWorker:
                results.append(None)
        for i, report in enumerate(chunk):
            if results[i] is None:
                alone = client.submit(self.task, [report], pure=False, priority=10)
                with suppress(KilledWorker):
                    results[i] = alone.result()
            result = results[i]
            if result is not None:
                yield from paired([report], result, stats)
                continue
            if stats is not None:
                stats.reports += 1
                stats.failures += 1
            message = "worker process died while extracting it (crash or out of memory)"
            yield report, ExtractFailure.of(report, message)
