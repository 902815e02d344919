"""The bulk engines: same results as in-process, in order, bounded, and fault-isolating.

Real spaCy runs in the worker pools where results are compared; the mechanics (a worker
dying, a fatal load error, memory bounds) use a stand-in task so they run in seconds.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from eventwire.bulk import BulkStats, ExtractFailure, PipelineUnavailable, extract_stream
from eventwire.bulk.ingest import choose_workers
from eventwire.bulk.local import LocalEngine
from eventwire.bulk.progress import IngestProgress, estimate_total
from eventwire.model import Report, ReportResult
from eventwire.store import Store
from test_bulk_support import echo_task, make_reports, write_jsonl


def _dicts(pairs: list[tuple[Report, object]]) -> list[object]:
    return [o.to_dict() if isinstance(o, ReportResult) else str(o) for _, o in pairs]


# -- real extraction -----------------------------------------------------------------------


def test_two_local_workers_give_the_in_process_results_in_order() -> None:
    reports = make_reports(24)
    here = list(extract_stream(reports, workers=1, chunk_size=4))
    stats = BulkStats()
    pooled = list(extract_stream(reports, workers=2, chunk_size=4, stats=stats))

    assert [r.id for r, _ in pooled] == [r.id for r in reports]
    assert _dicts(pooled) == _dicts(here)
    assert all(isinstance(o, ReportResult) and o.events for _, o in pooled)
    assert stats.reports == 24 and stats.chunks == 6 and stats.failures == 0
    assert len(stats.worker_peak_rss_mb) == 2  # both workers took chunks
    assert stats.parse_s > 0 and stats.code_s > 0


def test_a_bad_record_fails_alone_and_the_rest_of_its_chunk_is_stored(tmp_path: Path) -> None:
    reports = make_reports(9)
    bad = Report(id="broken-7", text=None, origin="feed.jsonl:7")  # type: ignore[arg-type]
    mixed = [*reports[:4], bad, *reports[4:]]
    failures: list[str] = []

    pairs = list(extract_stream(mixed, workers=2, chunk_size=5))
    expected = _dicts(list(extract_stream(reports, workers=1, chunk_size=5)))

    outcome = pairs[4][1]
    assert isinstance(outcome, ExtractFailure)
    assert str(outcome).startswith("feed.jsonl:7 (id broken-7): extraction failed")
    assert _dicts(pairs[:4] + pairs[5:]) == expected  # its chunk-mates were extracted normally

    with Store.open(tmp_path / "events.db") as store:
        from eventwire.bulk import successful

        stats = store.ingest(successful(pairs, lambda _r, f: failures.append(str(f))))
    assert stats.reports_added == 9
    assert failures == [str(outcome)]


# -- mechanics, with a stand-in task ---------------------------------------------------------


def _texts(n: int, poison_at: int | None = None) -> list[Report]:
    reports = [Report(id=f"r{i}", text=f"text {i}") for i in range(n)]
    if poison_at is not None:
        reports[poison_at] = Report(id="poison", text="kills its worker", origin="in.jsonl:9")
    return reports


def test_a_report_that_kills_its_worker_is_reported_and_the_run_goes_on() -> None:
    reports = _texts(30, poison_at=13)
    stats = BulkStats()
    pairs = list(LocalEngine(2, chunk_size=4, task=echo_task).run(reports, stats))

    assert [r.id for r, _ in pairs] == [r.id for r in reports]
    failed = [(r.id, str(o)) for r, o in pairs if isinstance(o, ExtractFailure)]
    assert failed == [
        (
            "poison",
            "in.jsonl:9 (id poison): worker process died while "
            "extracting it (crash or out of memory)",
        )
    ]
    assert all(o.warnings == [f"echo {r.text}"] for r, o in pairs if r.id != "poison")
    assert stats.restarts >= 2  # once to re-run the chunks in flight, once after the culprit
    assert stats.reports == 30 and stats.failures == 1


def test_input_is_read_lazily_with_a_bounded_number_of_chunks_in_flight() -> None:
    consumed = 0

    def endless() -> itertools.count[Report]:  # type: ignore[type-arg]
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield Report(id=f"r{i}", text=str(i))

    engine = LocalEngine(2, chunk_size=5, task=echo_task)
    stream = engine.run(endless())
    first = list(itertools.islice(stream, 20))
    stream.close()  # shuts the pool down

    assert [r.id for r, _ in first] == [f"r{i}" for i in range(20)]
    assert engine.max_in_flight == 4
    assert consumed <= 20 + (engine.max_in_flight + 1) * 5


def test_a_worker_that_cannot_load_the_pipeline_stops_the_run() -> None:
    reports = [*_texts(3), Report(id="fatal", text="no model in this worker")]
    with pytest.raises(PipelineUnavailable, match="no model here"):
        list(LocalEngine(2, chunk_size=2, task=echo_task).run(reports))


def test_scheduler_needs_the_dask_engine() -> None:
    with pytest.raises(ValueError, match="engine='dask'"):
        extract_stream([], scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="unknown engine"):
        extract_stream([], engine="spark")  # type: ignore[arg-type]


def test_small_inputs_are_extracted_in_process_unless_workers_are_given() -> None:
    assert choose_workers(None, "local", 12) == 1
    assert choose_workers(3, "local", 12) == 3
    assert choose_workers(None, "local", 5000) >= 1
    assert choose_workers(None, "dask", 12) >= 1  # a cluster was asked for: no shortcut


# -- progress and estimates ------------------------------------------------------------------


def test_estimate_total_counts_records_without_parsing(tmp_path: Path) -> None:
    import gzip

    jsonl = write_jsonl(tmp_path / "a.jsonl", 7)
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps({"text": f"t{i}"}) for i in range(5)))  # no final \n
    (tmp_path / "c.csv").write_text("id,text\n1,one\n2,two\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("a report", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # not a report format: ignored

    assert estimate_total([jsonl]) == 7
    assert estimate_total([tmp_path]) == 7 + 5 + 2 + 1
    assert estimate_total([jsonl, "-"]) is None  # stdin: unknowable
    assert estimate_total([jsonl], budget_s=-1) is None  # over budget: no ETA rather than wait


def test_progress_line_has_rate_eta_and_resumed_counts() -> None:
    import io

    counts = {"known": 40, "errors": 2}
    out = io.StringIO()
    progress = IngestProgress(False, counts, total=200, every=60, stream=out)
    progress.started -= 10.0  # ten seconds in
    list(progress.track(range(50)))
    line = progress.line()

    assert line.startswith("92/~200 reports (46%) · 5.0/s · ETA 21s")
    assert "40 already stored" in line and "2 errors" in line
    with progress:
        pass
    assert out.getvalue() == ""  # nothing printed before the first period


def test_parse_batches_are_capped_by_texts_and_characters() -> None:
    from eventwire.bulk.worker import text_batches

    texts = ["a" * 10, "b" * 10, "c" * 100, "d" * 10, "e" * 10, "f" * 10]
    batches = list(text_batches(texts, max_docs=2, max_chars=30))
    assert batches == [["a" * 10, "b" * 10], ["c" * 100], ["d" * 10, "e" * 10], ["f" * 10]]
    assert [t for b in batches for t in b] == texts  # order kept, nothing lost


def test_bulk_extraction_equals_the_extractor_even_for_a_report_cut_short(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.pipeline import MAX_PARSE_CHARS

    reports = make_reports(5)
    filler = " Residents said the street had been quiet for years." * 600
    long = Report(
        id="long-1",
        title="Shooting in Akron",
        text=reports[0].text + filler,
        published="2023-05-02",
    )
    assert len(long.full_text) > MAX_PARSE_CHARS
    batch = [*reports[:2], long, *reports[2:]]

    expected = [r.to_dict() for _, r in extractor.extract_many(batch)]
    assert _dicts(list(extract_stream(batch, workers=1, chunk_size=3))) == expected
