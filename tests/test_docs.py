"""The worked example in docs/output.md is what the code produces today."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.read import ReadOptions, read_reports

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_worked_example_is_current(extractor) -> None:  # type: ignore[no-untyped-def]
    example = DOCS / "examples" / "mosul-2023-05-10.txt"
    (report,) = list(read_reports([example], ReadOptions(published="2023-05-10")))
    expected = json.loads((DOCS / "examples" / "mosul-2023-05-10.events.jsonl").read_text())
    assert extractor.extract(report).to_dict() == expected
    assert expected["events"][0]["id"] in (DOCS / "output.md").read_text()
