"""Progress of a long ingest: a live rich line on a terminal, plain periodic lines otherwise.

Shows reports done out of an estimated total, the extraction rate and an ETA. The total is a
cheap estimate (records counted by lines, see :func:`estimate_total`); reports skipped because
they are already stored count as done but not in the rate, so a resumed run's ETA is right.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

from eventwire.read import COMPRESSION, CSV_SUFFIXES, KNOWN_SUFFIXES

T = TypeVar("T")
COUNT_BUDGET_S = 3.0
"""Give up estimating (no ETA, just a rate) rather than delay the start longer than this."""
_BLOCK = 1 << 20


def estimate_total(paths: Sequence[str | Path], budget_s: float = COUNT_BUDGET_S) -> int | None:
    """Roughly how many records ``read_reports(paths)`` will yield; None if unknowable.

    JSONL counts lines, CSV lines minus the header (multi-line cells overcount), any other
    file is one report. Stdin, or counting for longer than ``budget_s``, gives None.
    """
    deadline = time.monotonic() + budget_s
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = _suffix(file)
            if path.is_dir() and suffix not in KNOWN_SUFFIXES:
                continue
            if suffix in (".jsonl", ".ndjson", ".json") or suffix in CSV_SUFFIXES:
                lines = _count_lines(file, deadline)
                if lines is None:
                    return None
                total += max(0, lines - 1) if suffix in CSV_SUFFIXES else lines
            else:
                total += 1
    return total


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSION:
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _count_lines(path: Path, deadline: float) -> int | None:
    opener = COMPRESSION.get(path.suffix.lower())
    try:
        fh: IO[bytes] = opener(path, "rb") if opener else path.open("rb")  # type: ignore[assignment]
        with fh:
            lines, last = 0, b"\n"
            while block := fh.read(_BLOCK):
                lines += block.count(b"\n")
                last = block[-1:]
                if time.monotonic() > deadline:
                    return None
    except (OSError, EOFError):
        return 0  # the reader will report it as an error record
    return lines + (last != b"\n")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class IngestProgress:
    """Counts reports flowing to the store and shows how far along the run is.

    ``counts`` is the caller's live tally ("known": already stored, "errors": records that
    failed); it is read, never written. A background thread redraws, so the display stays
    live even while a resumed run skips thousands of stored reports between two results.
    """

    def __init__(
        self,
        bar: bool,
        counts: Mapping[str, int],
        total: int | None,
        *,
        every: float = 5.0,
        stream: IO[str] | None = None,
    ) -> None:
        self.bar = bar
        self.counts = counts
        self.total = total
        self.every = every if not bar else 0.25
        self.stream = stream or sys.stderr
        self.extracted = 0  # reports out of extraction (stored or failed)
        self.stored = 0
        self.started = time.monotonic()
        self._first: float | None = None  # when the first extraction result arrived
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress: Any = None
        self._task: Any = None

    # -- feeding

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Pass items through, counting each one as an extracted report."""
        for item in items:
            if self._first is None:
                self._first = time.monotonic()
            self.extracted += 1
            yield item

    def update(self, stats: Any) -> None:
        """Store progress callback (``IngestStats``): how many reports are committed."""
        self.stored = stats.reports_added

    # -- display

    def done(self) -> int:
        return self.extracted + self.counts.get("known", 0) + self.counts.get("errors", 0)

    def rate(self) -> float:
        """Extracted reports per second, counted from the start (worker start-up included)."""
        elapsed = time.monotonic() - self.started
        return self.extracted / elapsed if self.extracted and elapsed > 0 else 0.0

    def line(self) -> str:
        done, rate = self.done(), self.rate()
        parts = []
        if self.total and done <= self.total:
            parts.append(f"{done:,}/~{self.total:,} reports ({done / self.total:.0%})")
        else:
            parts.append(f"{done:,} reports")
        parts.append(f"{rate:.1f}/s")
        if self.total and rate > 0 and done <= self.total:
            parts.append(f"ETA {_duration((self.total - done) / rate)}")
        parts.append(f"{self.stored:,} stored")
        if self.counts.get("known"):
            parts.append(f"{self.counts['known']:,} already stored")
        if self.counts.get("errors"):
            parts.append(f"{self.counts['errors']:,} errors")
        return " · ".join(parts)

    def _draw(self) -> None:
        if self._progress is not None:
            total = self.total if self.total and self.done() <= self.total else None
            self._progress.update(
                self._task, completed=self.done(), total=total, description=self.line()
            )
        else:
            print(f"progress: {self.line()}", file=self.stream, flush=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            self._draw()

    def __enter__(self) -> IngestProgress:
        if self.bar:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                BarColumn(bar_width=24),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("starting...", total=self.total)
        self._thread = threading.Thread(target=self._loop, name="ingest-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self._progress is not None:
            self._progress.stop()
