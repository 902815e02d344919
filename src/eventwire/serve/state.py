"""What the app holds between requests: its settings, one store per worker thread, the extractor.

A SQLite connection belongs to the thread that opened it, and FastAPI runs plain ``def``
endpoints in a thread pool, so each worker thread opens its own :class:`Store` on first use
(readers run in parallel under WAL). Writes are serialised by one lock, which also guards the
extractor: it is loaded on the first POST, not at start-up, so reading needs no NLP model.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.serve.limits import Limits


@dataclass(frozen=True, slots=True)
class ServeConfig:
    db_path: Path
    token: str
    allow_remote: bool = False
    limits: Limits = field(default_factory=Limits)


class StorePool:
    """One open store per thread; all are closed at shutdown."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> Any:
        store = getattr(self._local, "store", None)
        if store is None:
            from eventwire.store import Store

            store = Store.open(self.db_path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            # Another thread's connection: SQLite may refuse; closing is best effort.
            with contextlib.suppress(Exception):
                store.close()


def default_extractor() -> Any:
    from eventwire.extract.pipeline import Extractor

    return Extractor.load()


class Writer:
    """Extraction and ingestion, one request at a time, with the extractor loaded lazily."""

    def __init__(self, load_extractor: Callable[[], Any] = default_extractor) -> None:
        self._load = load_extractor
        self._extractor: Any = None
        self.lock = threading.Lock()

    @property
    def extractor(self) -> Any:
        """Must be called with :attr:`lock` held."""
        if self._extractor is None:
            try:
                self._extractor = self._load()
            except Exception as exc:
                raise ExtractorUnavailable(f"the extractor could not be loaded: {exc}") from exc
        return self._extractor


class ExtractorUnavailable(Exception):
    """The NLP model or gazetteer is missing: the server answers 503, reads keep working."""
