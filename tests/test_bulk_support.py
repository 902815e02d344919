"""Builders for the bulk tests: invented news reports and stand-in worker tasks.

Imported by the ``test_bulk*`` modules (and, by name, by their worker processes); it holds no
tests itself. Every report is generated here; none is copied from real news.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from eventwire.bulk.worker import ChunkResult, PipelineUnavailable, peak_rss_mb
from eventwire.model import Report, ReportResult

CITIES = [
    ("Dayton", "Ohio"),
    ("Tulsa", "Oklahoma"),
    ("Fresno", "California"),
    ("Savannah", "Georgia"),
    ("Toledo", "Ohio"),
    ("Spokane", "Washington"),
    ("Macon", "Georgia"),
    ("Akron", "Ohio"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "six"]


def report_record(i: int) -> dict[str, str]:
    """One invented local-news report; ``i`` varies the place, toll, day and wording."""
    city, state = CITIES[i % len(CITIES)]
    killed = NUMBERS[i % len(NUMBERS)]
    hurt = NUMBERS[(i + 2) % len(NUMBERS)]
    weekday = WEEKDAYS[i % len(WEEKDAYS)]
    # a year per dozen: two reports from one town never fall in the same month, so deduplication
    # (which would rightly merge them) keeps the invented shootings distinct
    published = f"{2020 + i // 12}-{1 + i % 12:02d}-{10 + i % 17:02d}"
    if i % 3 == 0:
        title = f"{killed.capitalize()} killed in {city} shooting"
        body = (
            f"{city.upper()}, {state} - {killed.capitalize()} people were killed and {hurt} "
            f"others were injured in a shooting outside a bar on Main Street late {weekday} "
            f"night, police said. Officers found the victims shortly after 11 p.m. The "
            f"gunman fled the scene and no arrests have been made, Police Chief Dana Cole said."
        )
    elif i % 3 == 1:
        title = f"Man charged after {city} stabbing"
        body = (
            f"A {20 + i % 30}-year-old man was charged with murder after a woman was stabbed "
            f"to death at an apartment complex in {city}, {state}, on {weekday}, according to "
            f"the county sheriff's office. A neighbor was also wounded. The suspect appeared "
            f"in court on Friday. In 2019, {hurt} people died in a similar attack in the city."
        )
    else:
        title = f"Police investigate {city} drive-by"
        body = (
            f"Police in {city} are investigating a drive-by shooting that left {hurt} people "
            f"wounded on {weekday} afternoon. Witnesses told reporters that shots were fired "
            f"from a dark sedan near Lincoln Park in {city}, {state}. Nobody was killed."
        )
    return {
        "id": f"bulk-{i:04d}",
        "title": title,
        "text": body,
        "published": published,
        "source": f"Daily {city}",
    }


def make_reports(n: int, start: int = 0) -> list[Report]:
    return [Report(**report_record(i), origin=f"gen:{i}") for i in range(start, start + n)]


def write_jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(report_record(i)) + "\n")
    return path


# -- stand-in tasks (run inside worker processes, so they must live in an importable module)


def echo_task(reports: list[Report]) -> ChunkResult:
    """Extraction without spaCy: one warning naming the report; some ids misbehave.

    ``poison`` kills the worker process (as a segfault or the OOM killer would), ``fatal``
    raises :class:`PipelineUnavailable` (as a worker without a model would).
    """
    outcomes = []
    for report in reports:
        if report.id == "poison":
            os._exit(3)
        if report.id == "fatal":
            raise PipelineUnavailable("cannot load the extraction pipeline: no model here")
        outcomes.append(ReportResult(article_id=report.id, warnings=[f"echo {report.text}"]))
    return ChunkResult(outcomes, os.getpid(), peak_rss_mb())
