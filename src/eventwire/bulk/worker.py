"""What runs inside a worker process: one cached Extractor and a fault-isolating chunk task.

Both engines (local process pool, Dask) ship chunks of reports to :func:`extract_chunk` by
reference, so a worker loads the spaCy model and the gazetteer once, on its first chunk, and
keeps them for the life of the process.
"""

from __future__ import annotations

import contextlib
import os
import resource
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.model import Report, ReportResult

if TYPE_CHECKING:
    from eventwire.extract.pipeline import Extractor

NLP_BATCH_SIZE = 32
"""At most this many texts per ``nlp.pipe`` batch (as :meth:`Extractor.extract_many`)."""
BATCH_CHARS = 25_000
"""And at most about this many characters per batch. spaCy's working memory grows with the
tokens of the whole batch (~18 KB per token with en_core_web_sm): before reports were cut to
``MAX_PARSE_CHARS``, one 100k-character report batched with 31 ordinary ones peaked a worker at
~800 MB. Batching never changes spaCy's sentences or entities (checked on 640 dev reports at
batch sizes 1, 4 and 32), so results do not depend on it."""

_extractor: Extractor | None = None
_load_error: str | None = None
_load_seconds = 0.0
_lock = threading.Lock()  # a Dask worker may run tasks in several threads


class PipelineUnavailable(RuntimeError):
    """The worker cannot load the model or the gazetteer: fatal for the run, not per report."""


@dataclass(slots=True)
class ExtractFailure:
    """Extraction failed for one report; ``record`` names it the way read errors do."""

    record: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.message}"

    @classmethod
    def of(cls, report: Report, message: str) -> ExtractFailure:
        return cls(record_name(report), message)


Outcome = ReportResult | ExtractFailure


@dataclass(slots=True)
class ChunkResult:
    """A chunk's outcomes, in input order, plus where the worker's time and memory went."""

    outcomes: list[Outcome]
    pid: int
    peak_rss_mb: float
    parse_s: float = 0.0
    code_s: float = 0.0
    load_s: float = 0.0  # how long this process took to load the pipeline (once)
    cpu_s: float = 0.0  # this process's CPU time so far (user + system)
    tokens: int = 0
    notes: list[str] = field(default_factory=list)


def record_name(report: Report) -> str:
    """``origin (id X)`` like :class:`~eventwire.read.ReadError`, so users can find it."""
    if report.origin and report.origin != report.id:
        return f"{report.origin} (id {report.id})"
    return f"report {report.id}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def get_extractor() -> Extractor:
    """This process's Extractor, loaded on first use; a load failure is remembered, not retried."""
    global _extractor, _load_error, _load_seconds
    if _extractor is None:
        with _lock:
            if _extractor is None and _load_error is None:
                started = time.perf_counter()
                try:
                    from eventwire.extract.pipeline import Extractor

                    _extractor = Extractor.load()
                except Exception as exc:  # model package or gazetteer missing
                    _load_error = f"{type(exc).__name__}: {exc}"
                _load_seconds = time.perf_counter() - started
    if _extractor is None:
        raise PipelineUnavailable(f"cannot load the extraction pipeline: {_load_error}")
    return _extractor


def warm_up() -> None:
    """Pool initializer: load the pipeline before the first chunk arrives (errors wait for it)."""
    with contextlib.suppress(PipelineUnavailable):  # raised again by the first chunk
        get_extractor()


def text_batches(
    texts: list[str], max_docs: int = NLP_BATCH_SIZE, max_chars: int = BATCH_CHARS
) -> Iterator[list[str]]:
    """Consecutive texts grouped under both caps; a text longer than ``max_chars`` goes alone."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) >= max_docs or size + len(text) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def extract_chunk(reports: list[Report], batch_size: int = NLP_BATCH_SIZE) -> ChunkResult:
    """Extract every report of the chunk; an exception costs only the report that raised it.

    Reports are parsed together with ``nlp.pipe`` (spaCy's fast path). If the batch parse
    itself fails, each report is parsed on its own so the culprit can be named.
    """
    from eventwire.extract.pipeline import parse_text  # what Extractor parses (maybe a prefix)

    extractor = get_extractor()
    with _lock:
        t0 = time.perf_counter()
        try:
            texts = [parse_text(r) for r in reports]
            docs = [
                doc
                for batch in text_batches(texts, batch_size)
                for doc in extractor.nlp.pipe(batch, batch_size=len(batch))
            ]
        except Exception:
            docs = None
        t1 = time.perf_counter()
        outcomes: list[Outcome] = []
        tokens = 0
        for i, report in enumerate(reports):
            try:
                doc = docs[i] if docs is not None else extractor.nlp(parse_text(report))
                tokens += len(doc)
                outcomes.append(extractor.code(report, doc))
            except Exception as exc:
                outcomes.append(
                    ExtractFailure.of(report, f"extraction failed: {type(exc).__name__}: {exc}")
                )
        t2 = time.perf_counter()
    # Unbatched fallback parses are counted as coding time: rare, and they are per report.
    return ChunkResult(
        outcomes=outcomes,
        pid=os.getpid(),
        peak_rss_mb=peak_rss_mb(),
        parse_s=t1 - t0,
        code_s=t2 - t1,
        load_s=_load_seconds,
        cpu_s=time.process_time(),
        tokens=tokens,
    )
