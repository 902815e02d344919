"""Local engine: a pool of worker processes on this machine, fed chunks of reports.

Why a process pool and not threads: spaCy's parse holds the GIL for much of its work, so only
processes scale. The pool uses ``forkserver`` (``spawn`` where unavailable), never ``fork``:
forking a parent that already runs threads (SQLite, rich, Dask) can deadlock a child.

Memory stays flat whatever the input size: at most ``2 x workers`` chunks are in flight, and
results come back in input order (a run is deterministic, and equal to an in-process run).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventwire.bulk.base import DEFAULT_CHUNK_SIZE, BulkStats, Pair, chunked, paired
from eventwire.bulk.worker import ChunkResult, ExtractFailure, extract_chunk, warm_up
from eventwire.model import Report

Task = Callable[[list[Report]], ChunkResult]

MAX_DEATHS_IN_A_ROW = 3
"""Worker deaths on consecutive single reports that mean "systemic" (out of memory), not one
poisonous report: the run stops instead of restarting workers forever."""

PRELOAD = ["eventwire.bulk.worker", "eventwire.extract.pipeline"]
"""Imported once by the fork server, so each worker only has to load the model itself."""


class WorkersDying(RuntimeError):
    """Worker processes keep dying whatever they are given (most likely out of memory)."""


def _init_worker(load: bool) -> None:
    """Ctrl-C is the parent's to handle; exit when the parent dies; then load the pipeline."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = mp.parent_process()  # the process that made the pool, even under forkserver
    if parent is not None:

        def watch_parent() -> None:  # if it is killed (kill -9), exit: never linger orphaned
            parent.join()
            os._exit(0)

        threading.Thread(target=watch_parent, name="watch-parent", daemon=True).start()
    if load:
        warm_up()


def _context() -> mp.context.BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


class LocalEngine:
    """Extract reports with ``workers`` processes; iterate :meth:`run` for ordered results.

    ``task`` is what a worker runs on each chunk: :func:`extract_chunk`, or a stand-in in tests.
    """

    def __init__(
        self,
        workers: int,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        task: Task = extract_chunk,
        max_in_flight: int | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.chunk_size = max(1, chunk_size)
        self.task = task
        self.max_in_flight = max_in_flight or 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.task is extract_chunk,),
        )
        return self._pool

    def _restart(self, stats: BulkStats | None) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if stats is not None:
            stats.restarts += 1
        return self._start()

    def run(self, reports: Iterable[Report], stats: BulkStats | None = None) -> Iterator[Pair]:
        """Yield ``(report, ReportResult | ExtractFailure)`` for every report, in input order."""
        pool = self._start()
        pending: deque[tuple[list[Report], Future[ChunkResult]]] = deque()
        try:
            for chunk in chunked(reports, self.chunk_size):
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= self.max_in_flight:
                    yield from self._next(pending, stats)
            while pending:
                yield from self._next(pending, stats)
        finally:
            # On an early exit (Ctrl-C, a store error) queued chunks are dropped and the
            # running ones finish: workers never outlive the run.
            (self._pool or pool).shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: list[Report]) -> Future[ChunkResult]:
        """Queue a chunk. A worker may die between two submissions, and then the pool refuses
        new work: the chunk gets a failed future, and :meth:`_next` re-runs it with the others
        that were in flight."""
        assert self._pool is not None
        try:
            return self._pool.submit(self.task, chunk)
        except BrokenProcessPool as exc:
            failed: Future[ChunkResult] = Future()
            failed.set_exception(exc)
            return failed

    def _next(
        self,
        pending: deque[tuple[list[Report], Future[ChunkResult]]],
        stats: BulkStats | None,
    ) -> Iterator[Pair]:
        chunk, future = pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool:
            suspects = [chunk, *(c for c, _ in pending)]
            pending.clear()
            yield from self._isolate(suspects, stats)
            return
        yield from paired(chunk, result, stats)

    def _isolate(self, chunks: list[list[Report]], stats: BulkStats | None) -> Iterator[Pair]:
        """A worker died (segfault, OOM kill) and took every in-flight chunk with it.

        Re-run those chunks one report at a time on a fresh pool, so the report that kills
        a worker is found and reported as a failure while all the others are extracted.
        """
        pool = self._restart(stats)
        deaths = 0
        for chunk in chunks:
            for report in chunk:
                try:
                    result = pool.submit(self.task, [report]).result()
                except BrokenProcessPool:
                    deaths += 1
                    if deaths >= MAX_DEATHS_IN_A_ROW:
                        raise WorkersDying(
                            f"worker processes died on {deaths} reports in a row; "
                            "out of memory? try fewer --workers"
                        ) from None
                    pool = self._restart(stats)
                    if stats is not None:
                        stats.reports += 1
                        stats.failures += 1
                    message = "worker process died while extracting it (crash or out of memory)"
                    yield report, ExtractFailure.of(report, message)
                    continue
                deaths = 0
                yield from paired([report], result, stats)
