"""The `eventwire extract` and `eval` commands, run as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from test_pipeline import SCHEMA

REPORT = (
    "Gunman kills two at Dayton bar\n\n"
    "DAYTON, Ohio (AP) - Two men were shot and killed early Sunday outside a bar in Dayton, "
    "police said. A third man was wounded.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good.txt").write_text(REPORT)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    feed = folder / "feed.jsonl"
    good = {
        "id": "j1",
        "title": "Blast",
        "published": "2024-01-02",
        "text": "At least 12 people were killed when a bomb exploded in a market in Kano.",
    }
    feed.write_text(json.dumps(good) + "\n{broken\n")
    return folder


def test_batch_with_bad_records_goes_on_and_exits_1(batch: Path) -> None:
    done = run("extract", str(batch), "--published", "2024-03-04", "--format", "jsonl")
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(r["article_id"] for r in lines) == ["good", "j1"]
    for line in lines:
        jsonschema.validate(line, SCHEMA)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, done.stderr
    assert any("empty.txt" in e for e in errors)
    assert any("feed.jsonl:2" in e and "malformed JSON" in e for e in errors)
    assert "Traceback" not in done.stderr


def test_single_file_from_stdin_exits_0() -> None:
    done = run(
        "extract", "-", "--published", "2024-03-04", "--format", "json", stdin=REPORT.encode()
    )
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    main = result["events"][0]
    assert main["fatalities"]["best"] == 2 and main["injured"]["best"] == 1
    assert main["date"]["start"] == "2024-03-03"
    assert main["location"]["name"] == "Dayton"


def test_usage_errors_exit_2() -> None:
    assert run("extract").returncode == 2
    bad_date = run("extract", "-", "--published", "yesterday", stdin=b"x")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr


def test_help_teaches_by_example() -> None:
    done = run("extract", "--help")
    assert done.returncode == 0 and "Examples:" in done.stdout and "--published" in done.stdout


def test_eval_scores_against_gold(tmp_path: Path) -> None:
    articles = tmp_path / "a.jsonl"
    gold = tmp_path / "g.jsonl"
    articles.write_text(json.dumps({"id": "x1", "published": "2024-03-04", "text": REPORT}) + "\n")
    gold.write_text(
        json.dumps(
            {
                "article_id": "x1",
                "killed": 2,
                "injured": 0,
                "date": "2024-03-03",
                "city": "Dayton",
                "lat": 39.76,
                "lon": -84.19,
            }
        )
        + "\n"
    )
    done = run("eval", "--articles", str(articles), "--gold", str(gold))
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["killed"]["accuracy"] == 1.0
    assert scores["injured"]["accuracy"] == 0.0  # we read one wounded; this gold says none
    assert scores["city"]["accuracy"] == 1.0 and scores["within_25km"]["accuracy"] == 1.0


def test_city_names_compare_as_their_usual_variants() -> None:
    from eventwire.evaluate import city_key, city_names

    assert city_key("The Bronx") in city_names("Bronx")
    assert city_key("St. Louis") in city_names("Saint Louis (Hanley Hills)")
    assert city_key("Hanley Hills") in city_names("Saint Louis (Hanley Hills)")
    assert city_key("Kenner") not in city_names("New Orleans")
