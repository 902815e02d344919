"""A guard against accuracy regressions on the first 300 reports of the GVA dev set.

The floors sit a few points under today's figures on this slice (see the closing notes for the
whole set); they catch a rule that breaks, not a point lost. Skips without ../shared.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.evaluate import load_gold, score
from eventwire.read import ReadOptions, read_reports

SLICE = 300
# 2026-11-25 (sixth session) on this slice: killed>0 0.860, injured>0 0.776, date 0.817,
# city 0.833, 25 km 0.875
FLOORS = {
    "killed>0": 0.83, "injured>0": 0.74, "date": 0.79, "city": 0.80, "within_25km": 0.84,
}  # fmt: skip


def test_dev_slice_accuracy(extractor, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    dev = shared_data / "dev"
    reports = []
    for item in read_reports([dev / "gva_dev.articles.jsonl"], ReadOptions(check_language=False)):
        reports.append(item)
        if len(reports) == SLICE:
            break
    results = (result.to_dict() for _, result in extractor.extract_many(reports))
    scores = score(results, load_gold(dev / "gva_dev.gold.jsonl")).to_dict()
    assert scores["killed"]["total"] == SLICE
    for field, floor in FLOORS.items():
        assert scores[field]["accuracy"] >= floor, (field, scores[field])
