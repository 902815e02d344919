"""The data that flows through the pipeline: reports in, coded events out.

Plain dataclasses, so every stage (read -> extract -> resolve -> store -> serve) shares one
vocabulary and the JSON output contract (``schemas/report-events.schema.json``) is produced in
exactly one place: :meth:`ReportResult.to_dict`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["main", "background"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
GeoPrecision = Literal["site", "city", "admin2", "admin1", "country", "unknown"]
Qualifier = Literal["exact", "at_least", "at_most", "about", "range", "unknown"]
ActorRole = Literal["perpetrator", "target", "victim", "other"]


@dataclass(slots=True)
class Report:
    """One news report as read from any input format."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where it was read from, e.g. "feed.jsonl:12"

    @property
    def headline(self) -> str:
        """The title, or "" for a report without one: ``full_text`` opens with it."""
        return self.title or ""

    @property
    def full_text(self) -> str:
        """Title and body as one string: the text every evidence offset points into."""
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n\n{self.text}"
        return self.text

    def content_hash(self) -> str:
        """Hash of what the extraction depends on, so re-ingesting the same input is a no-op."""
        h = hashlib.sha256()
        for part in (self.id, self.title or "", self.published or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(slots=True)
class Evidence:
    """Character span in :attr:`Report.full_text` behind one coded field."""

    field: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class DateInfo:
    start: str | None
    end: str | None
    precision: DatePrecision
    text: str | None


@dataclass(slots=True)
class Location:
    name: str | None = None
    site: str | None = None
    admin2: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: GeoPrecision = "unknown"


@dataclass(slots=True)
class Figure:
    """A casualty figure with its hedge and who gives it."""

    best: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    text: str | None
    attributed_to: str | None = None


@dataclass(slots=True)
class Actor:
    name: str
    role: ActorRole
    kind: str | None = None  # person, group, state, organisation, unknown


@dataclass(slots=True)
class Event:
    id: str
    article_id: str
    role: Role
    event_type: str | None
    sub_event_type: str | None
    mode: str | None
    date: DateInfo
    location: Location
    fatalities: Figure | None
    injured: Figure | None
    actors: list[Actor] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ReportResult:
    """What extraction makes of one report: the contract's one JSONL line."""

    article_id: str
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }


def stable_event_id(article_id: str, role: Role, index: int) -> str:
    """Event ids depend only on the input, so re-running extraction gives the same ids."""
    digest = hashlib.sha1(f"{article_id}\x00{role}\x00{index}".encode()).hexdigest()[:12]
    return f"ev-{digest}"
