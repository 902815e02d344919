"""Reconcile the casualty figures that reports give for one event, UCDP-style, with history.

Tolls move: "at least 12 killed" on day one, "18" the next day, "21" from the health ministry
on day three. Every observation is kept; the event's ``{best, low, high}`` follow UCDP:

* ``low``: the most conservative credible figure, raised to the floor that any standing
  "at least N" sets (nobody credible can claim fewer than N once N are confirmed);
* ``high``: the highest credible figure;
* ``best``: the most credible one. Observations are read in time order and a later figure
  replaces the current best unless the current one comes from an official source and the
  later one is a lower count from another, unofficial outlet. A later figure from an official
  or from the same outlet *supersedes* the earlier ones (a correction), so their "at least"
  floors no longer stand.

Background mentions (an old event recalled in passing) count only when no report about the
event itself gives a figure: recollections are the least reliable observations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

_OFFICIAL = re.compile(
    r"\b(police|polic[eí]a|sheriff|coroner|medical examiner|ministry|minister|ministers|"
    r"official|officials|authorit(?:y|ies)|government|governor|mayor|department|agency|"
    r"spokes(?:man|woman|person)|army|military|state media|health|hospital|prosecutors?|"
    r"civil defen[cs]e|united nations|ocha|red cross|red crescent)\b",
    re.IGNORECASE,
)


def is_official(attributed_to: str | None) -> bool:
    """Whether a figure is attributed to an authority whose later word corrects outlets."""
    return bool(attributed_to and _OFFICIAL.search(attributed_to))


@dataclass(slots=True)
class Observation:
    """One figure as one report gave it, with what is needed to weigh it."""

    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    text: str | None
    attributed_to: str | None
    published: str | None
    report_id: str
    source: str | None
    role: str = "main"
    order: int = 0  # ingest order: breaks ties between reports published at the same time

    @property
    def value(self) -> int | None:
        """The single number this observation stands for."""
        for v in (self.best, self.low, self.high):
            if v is not None:
                return v
        return None

    @property
    def floor(self) -> int | None:
        if self.qualifier == "at_least":
            return self.low if self.low is not None else self.best
        return None

    @property
    def outlet(self) -> str | None:
        return (self.source or "").strip().lower() or None


@dataclass(slots=True)
class Reconciled:
    best: int | None
    low: int | None
    high: int | None
    history: list[dict[str, Any]]

    def summary(self) -> dict[str, int | None] | None:
        if self.best is None and self.low is None and self.high is None:
            return None
        return {"best": self.best, "low": self.low, "high": self.high}

    def to_dict(self) -> dict[str, Any]:
        return {"best": self.best, "low": self.low, "high": self.high, "history": self.history}


def time_order(observations: Iterable[Observation]) -> list[Observation]:
    """Publication time, then ingest order; undated reports count as earliest (least current)."""
    return sorted(observations, key=lambda o: (o.published or "", o.order))


def reconcile(observations: Iterable[Observation]) -> Reconciled:
    """UCDP-style best/low/high plus the time-ordered history that explains them."""
    ordered = time_order(o for o in observations if o.value is not None)
    main = [o for o in ordered if o.role == "main"]
    credible = main or ordered
    if not credible:
        return Reconciled(None, None, None, [_history_row(o, False, False) for o in ordered])

    current: Observation | None = None
    superseded: set[int] = set()
    for i, obs in enumerate(credible):
        if current is not None and _replaces(obs, current):
            if is_official(obs.attributed_to) or obs.outlet == current.outlet:
                superseded.update(j for j in range(i) if _corrected_by(obs, credible[j]))
            current = obs
        elif current is None:
            current = obs
    assert current is not None
    best = current.value
    lows = [o.low if o.low is not None else o.value for o in credible]
    highs = [o.high if o.high is not None else o.value for o in credible]
    low = min(v for v in lows if v is not None)
    high = max(v for v in highs if v is not None)
    floors = [
        o.floor for j, o in enumerate(credible) if j not in superseded and o.floor is not None
    ]
    if floors:
        low = max(low, max(floors))
    if best is not None:
        low = min(low, best)
        high = max(high, best)
    chosen = id(current)
    stale = {id(credible[j]) for j in superseded}
    history = [_history_row(o, id(o) == chosen, id(o) in stale) for o in ordered]
    return Reconciled(best, low, high, history)


def _replaces(new: Observation, current: Observation) -> bool:
    """A later figure wins unless it is a lower, unofficial count against an official one."""
    new_value, cur_value = new.value or 0, current.value or 0
    if is_official(new.attributed_to) or new.outlet == current.outlet:
        return True
    return not is_official(current.attributed_to) or new_value >= cur_value


def _corrected_by(new: Observation, old: Observation) -> bool:
    """An official figure corrects everything before it; an outlet corrects only itself."""
    return is_official(new.attributed_to) or (new.outlet is not None and new.outlet == old.outlet)


def _history_row(obs: Observation, chosen: bool, superseded: bool) -> dict[str, Any]:
    row = asdict(obs)
    row.pop("order")
    row["value"] = obs.value
    row["official"] = is_official(obs.attributed_to)
    row["chosen"] = chosen
    row["superseded"] = superseded
    return row
