"""Pieces both engines share: chunking the input and adding up what the workers report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from eventwire.bulk.worker import ChunkResult, ExtractFailure, Outcome
from eventwire.model import Report

DEFAULT_CHUNK_SIZE = 32
"""Reports per task: big enough to amortise pickling and IPC, small enough to keep workers
evenly busy and the in-flight memory small (2 x workers x 32 reports of a few KB each)."""

Pair = tuple[Report, Outcome]


def chunked(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    """Lists of ``size`` reports, read lazily: the input is never held whole."""
    it = iter(reports)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass(slots=True)
class BulkStats:
    """Where a bulk run's time and memory went, summed over its chunks (for benchmarks)."""

    chunks: int = 0
    reports: int = 0
    failures: int = 0
    tokens: int = 0
    parse_s: float = 0.0  # spaCy nlp.pipe, summed over workers
    code_s: float = 0.0  # eventwire's own rules and gazetteer, summed over workers
    restarts: int = 0  # worker pools rebuilt after a worker process died
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)
    worker_load_s: dict[int, float] = field(default_factory=dict)  # model + gazetteer load
    worker_cpu_s: dict[int, float] = field(default_factory=dict)  # CPU time of each worker

    def add(self, chunk: ChunkResult) -> None:
        self.chunks += 1
        self.reports += len(chunk.outcomes)
        self.failures += sum(isinstance(o, ExtractFailure) for o in chunk.outcomes)
        self.tokens += chunk.tokens
        self.parse_s += chunk.parse_s
        self.code_s += chunk.code_s
        self.worker_load_s[chunk.pid] = chunk.load_s
        self.worker_cpu_s[chunk.pid] = max(self.worker_cpu_s.get(chunk.pid, 0.0), chunk.cpu_s)
        peaks = self.worker_peak_rss_mb
        peaks[chunk.pid] = max(peaks.get(chunk.pid, 0.0), chunk.peak_rss_mb)

    def to_dict(self) -> dict[str, object]:
        return {
            "chunks": self.chunks,
            "reports": self.reports,
            "failures": self.failures,
            "tokens": self.tokens,
            "parse_s": round(self.parse_s, 3),
            "code_s": round(self.code_s, 3),
            "restarts": self.restarts,
            "worker_peak_rss_mb": {str(k): round(v, 1) for k, v in self.worker_peak_rss_mb.items()},
            "worker_load_s": {str(k): round(v, 2) for k, v in self.worker_load_s.items()},
            "worker_cpu_s": {str(k): round(v, 2) for k, v in self.worker_cpu_s.items()},
        }


def paired(chunk: list[Report], result: ChunkResult, stats: BulkStats | None) -> Iterator[Pair]:
    """The chunk's reports with their outcomes, counted into ``stats``."""
    if stats is not None:
        stats.add(result)
    yield from zip(chunk, result.outcomes, strict=True)
