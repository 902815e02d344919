"""UCDP-style reconciliation of casualty figures, and the history kept in the store."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from eventwire.cli.store import render_event
from eventwire.store import Store
from eventwire.store.figures import Observation, is_official, reconcile
from test_store_support import figure, kerman_reports, make_event, make_pair


def obs(
    value: int,
    published: str,
    *,
    qualifier: str = "exact",
    by: str | None = None,
    source: str | None = None,
    role: str = "main",
    low: int | None = None,
    high: int | None = None,
) -> Observation:
    return Observation(
        best=value,
        low=low,
        high=high,
        qualifier=qualifier,
        text=None,
        attributed_to=by,
        published=published,
        report_id=f"r-{published}-{value}",
        source=source,
        role=role,
    )


def test_rising_toll_73_84_95_gives_best_95_low_73_and_three_steps() -> None:
    result = reconcile(
        [
            obs(95, "2024-01-05", source="C"),
            obs(73, "2024-01-03", qualifier="at_least", source="A"),
            obs(84, "2024-01-04", source="B"),
        ]
    )
    assert (result.best, result.low, result.high) == (95, 73, 95)
    assert [h["value"] for h in result.history] == [73, 84, 95]  # time order, not input order
    assert [h["chosen"] for h in result.history] == [False, False, True]


def test_official_figure_is_not_overridden_by_a_lower_unofficial_one() -> None:
    result = reconcile(
        [
            obs(21, "2024-03-14", by="police", source="Agency"),
            obs(18, "2024-03-15", by=None, source="Blog"),
        ]
    )
    assert result.best == 21
    assert result.low == 18


def test_same_outlet_correction_downwards_supersedes_its_own_floor() -> None:
    result = reconcile(
        [
            obs(12, "2024-03-12", qualifier="at_least", source="Wire"),
            obs(10, "2024-03-13", source="Wire"),
        ]
    )
    assert result.best == 10
    assert result.low == 10  # the "at least 12" was withdrawn by the same outlet
    assert result.history[0]["superseded"]


def test_standing_at_least_raises_the_floor() -> None:
    result = reconcile(
        [
            obs(5, "2024-03-12", source="Early"),
            obs(10, "2024-03-13", qualifier="at_least", source="Other"),
        ]
    )
    assert result.best == 10
    assert result.low == 10  # nobody credible can now say 5


def test_ranges_set_low_and_high() -> None:
    result = reconcile([obs(30, "2024-01-01", qualifier="range", low=20, high=40)])
    assert (result.best, result.low, result.high) == (30, 20, 40)


def test_recollections_count_only_without_direct_reports() -> None:
    direct = obs(9, "2023-06-20", source="Ledger")
    recalled = obs(12, "2024-03-14", source="Agency", role="background")
    assert reconcile([direct, recalled]).best == 9
    assert reconcile([recalled]).best == 12
    assert len(reconcile([direct, recalled]).history) == 2


def test_no_figures_gives_nothing() -> None:
    result = reconcile([])
    assert result.summary() is None and result.history == []


def test_official_sources_are_recognised() -> None:
    assert is_official("Borno State police")
    assert is_official("the health ministry")
    assert not is_official("a witness")
    assert not is_official(None)


def test_event_in_store_carries_reconciled_figures_and_history(tmp_path: Path) -> None:
    with Store.open(tmp_path / "e.db") as store:
        store.ingest(kerman_reports())
        event = store.get_event(store.query_events()[0]["id"])
    fat = event["fatalities"]
    assert (fat["best"], fat["low"], fat["high"]) == (95, 73, 95)
    assert [(h["published"], h["value"], h["source"]) for h in fat["history"]] == [
        ("2024-01-03", 73, "Wire A"),
        ("2024-01-04", 84, "Wire B"),
        ("2024-01-05", 95, "Wire C"),
    ]
    assert fat["history"][2]["attributed_to"] == "health ministry"


def test_show_draws_the_history_as_a_timeline(tmp_path: Path) -> None:
    with Store.open(tmp_path / "e.db") as store:
        store.ingest(kerman_reports())
        store.ingest(
            [
                make_pair(
                    "k4",
                    "Kerman: 284 injured in memorial blasts",
                    "2024-01-04",
                    make_event("k4", killed=None, injured=figure(284, by="Red Crescent")),
                    source="Wire D",
                )
            ]
        )
        event = store.get_event(store.query_events()[0]["id"])
    console = Console(record=True, width=140, force_terminal=False)
    render_event(event, console)
    page = console.export_text()
    lines = page.splitlines()
    timeline = [line for line in lines if line.lstrip().startswith("2024-01-0")]
    assert [line.split()[1] for line in timeline[:3]] == ["≥73", "84", "95"]
    assert "◀ best" in timeline[2] and "health ministry" in timeline[2]
    assert "Injured" in page and "284" in page and "Red Crescent" in page
    assert page.index("Fatalities") < page.index("Injured") < page.index("Reports (4)")
