import bz2
import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.model import Report
from eventwire.read import ReadError, ReadOptions, looks_english, read_reports

ENGLISH = "Police said a man was shot and killed on Monday night near the park in the city."


def items(*paths: Path, **options: object) -> list[Report | ReadError]:
    return list(read_reports(paths, ReadOptions(**options)))  # type: ignore[arg-type]


def test_text_file_first_line_is_the_headline(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(f"Man killed in park\n\n{ENGLISH}\n", encoding="utf-8")
    (report,) = items(f, published="2024-01-03")
    assert isinstance(report, Report)
    assert report.title == "Man killed in park"
    assert report.id == "story" and report.published == "2024-01-03"
    assert report.full_text.startswith("Man killed in park\n\nPolice said")


def test_jsonl_bad_lines_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a1", "text": ENGLISH, "published": "2024-01-01"})
    f.write_text(f"{good}\n{{not json\n[1,2]\n{json.dumps({'id': 'x'})}\n{good}\n")
    out = items(f)
    assert [type(i).__name__ for i in out] == [
        "Report",
        "ReadError",
        "ReadError",
        "ReadError",
        "Report",
    ]
    assert str(out[1]).startswith(f"{f}:2: malformed JSON")
    assert "no 'text' field" in str(out[3])


def test_csv_and_compressed_jsonl(tmp_path: Path) -> None:
    csv_file = tmp_path / "r.csv"
    csv_file.write_text(f'id,title,text,published\nc1,Shooting,"{ENGLISH}",2024-02-02\n')
    gz = tmp_path / "r.jsonl.gz"
    with gzip.open(gz, "wt") as fh:
        fh.write(json.dumps({"id": "g1", "text": ENGLISH}) + "\n")
    bz = tmp_path / "r.jsonl.bz2"
    bz.write_bytes(bz2.compress((json.dumps({"id": "b1", "text": ENGLISH}) + "\n").encode()))
    ids = [i.id for i in items(csv_file, gz, bz) if isinstance(i, Report)]
    assert ids == ["c1", "g1", "b1"]


def test_bad_input_each_gets_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "latin1.txt").write_bytes(("Caf\xe9 " + ENGLISH).encode("latin-1"))
    (tmp_path / "huge.txt").write_text(ENGLISH * 2000)
    (tmp_path / "blank.html").write_text("<html><body><script>x()</script></body></html>")
    (tmp_path / "german.txt").write_text(
        "Bei einem Anschlag in der Stadt wurden am Montag mindestens zwölf Menschen getötet, "
        "teilte die Polizei mit. Die Täter sind unbekannt und flohen nach der Tat."
    )
    out = {Path(str(i).split(":")[0]).name: i for i in items(tmp_path, max_bytes=50_000)}
    assert all(isinstance(i, ReadError) for i in out.values()), out
    assert "empty" in out["empty.txt"].message
    assert "binary" in out["binary.txt"].message
    assert "UTF-8" in out["latin1.txt"].message
    assert "size cap" in out["huge.txt"].message
    assert "no main text" in out["blank.html"].message
    assert "not English" in out["german.txt"].message
    assert all("\n" not in str(i) for i in out.values())


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{ENGLISH} Paragraph {n} adds more detail.</p>" for n in range(4))
    page.write_text(
        "<html><head><title>Shooting in park</title></head><body><nav>Home | Sports</nav>"
        f"<article><h1>Shooting in park</h1>{paragraphs}</article><footer>(c) News</footer>"
        "</body></html>"
    )
    (report,) = items(page)
    assert isinstance(report, Report)
    assert "shot and killed" in report.text and "Home | Sports" not in report.text


def test_missing_path(tmp_path: Path) -> None:
    (err,) = items(tmp_path / "nope.txt")
    assert isinstance(err, ReadError) and "no such file" in err.message


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"id": "s1", "text": ENGLISH}) + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    (report,) = list(read_reports(["-"]))
    assert isinstance(report, Report) and report.id == "s1"


def test_language_check() -> None:
    assert looks_english(ENGLISH)
    assert not looks_english("Les forces de sécurité ont tué douze personnes lundi dans la ville.")


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs on disk in no time
    (err,) = items(big)
    assert isinstance(err, ReadError) and "size cap" in err.message


def test_a_huge_jsonl_line_is_refused_and_the_next_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    huge = json.dumps({"id": "h", "text": "word " * 20_000})
    feed.write_text(huge + "\n" + json.dumps({"id": "ok", "text": ENGLISH}) + "\n")
    out = items(feed, max_bytes=50_000)
    assert isinstance(out[0], ReadError) and "size cap" in out[0].message
    assert isinstance(out[1], Report) and out[1].id == "ok"
