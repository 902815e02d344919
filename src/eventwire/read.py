"""Read reports from text, HTML, JSONL, CSV (optionally gzip/bz2), directories and stdin.

Bad input is normal input: every problem becomes a :class:`ReadError` naming the record, and
reading goes on with the next one. Readers stream, so memory stays flat whatever the input size.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwire.model import Report

DEFAULT_MAX_BYTES = 5_000_000
"""Reports larger than this are refused: no news report is 5 MB of text, a dump file is."""

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
COMPRESSION = {".gz": gzip.open, ".bz2": bz2.open}

FIELDS = ("id", "title", "text", "published", "url", "source")

_ENGLISH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "is",
        "was",
        "were",
        "are",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "that",
        "this",
        "said",
        "have",
        "has",
        "had",
        "it",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "be",
        "been",
        "police",
        "after",
        "who",
        "not",
        "but",
        "as",
        "or",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(slots=True)
class ReadError:
    """A record that could not become a report; ``record`` says which one, for the user."""

    record: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.message}"


@dataclass(slots=True)
class ReadOptions:
    published: str | None = None  # metadata for single text/HTML files and stdin
    source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True


Item = Report | ReadError


def read_reports(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    """Yield a Report or a ReadError for every record of every input; ``-`` is stdin."""
    options = options or ReadOptions()
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(options)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _format_of(child) is not None:
                    yield from _read_file(child, options)
        elif path.is_file():
            yield from _read_file(path, options)
        else:
            yield ReadError(str(path), "no such file or directory")


def _format_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSION:
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    return None


def _open_binary(path: Path) -> IO[bytes]:
    opener = COMPRESSION.get(path.suffix.lower())
    return opener(path, "rb") if opener else path.open("rb")  # type: ignore[return-value]


def _read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    fmt = _format_of(path) or "text"
    try:
        if fmt in ("jsonl", "csv"):
            with _open_binary(path) as fh:
                reader = _read_jsonl if fmt == "jsonl" else _read_csv
                yield from reader(fh, str(path), options)
            return
        with _open_binary(path) as fh:
            data = fh.read(options.max_bytes + 1)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except EOFError:
        yield ReadError(str(path), "compressed file is truncated")
        return
    yield _document(data, path.stem, str(path), fmt, options)


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:1]
    if head in (b"{",):
        yield from _read_jsonl(io.BytesIO(data), "<stdin>", options)
    elif head == b"<":
        yield _document(data, "stdin", "<stdin>", "html", options)
    else:
        yield _document(data, "stdin", "<stdin>", "text", options)


def _document(data: bytes, report_id: str, record: str, fmt: str, options: ReadOptions) -> Item:
    """A whole file (or stdin) that is one report, as text or HTML."""
    if len(data) > options.max_bytes:
        return ReadError(record, f"larger than the size cap of {options.max_bytes:,} bytes")
    decoded = _decode(data, record)
    if isinstance(decoded, ReadError):
        return decoded
    title: str | None
    if fmt == "html":
        title, text = _html_to_text(decoded)
        if not text.strip():
            return ReadError(record, "HTML has no main text to extract")
    else:
        title, text = _split_headline(decoded)
    report = Report(
        id=report_id,
        text=text,
        title=title,
        published=options.published,
        source=options.source,
        origin=record,
    )
    return _checked(report, record, options)


def _read_jsonl(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Item]:
    for lineno, line in enumerate(fh, start=1):
        record = f"{name}:{lineno}"
        if not line.strip():
            continue
        if len(line) > options.max_bytes:
            yield ReadError(record, f"larger than the size cap of {options.max_bytes:,} bytes")
            continue
        decoded = _decode(line, record)
        if isinstance(decoded, ReadError):
            yield decoded
            continue
        try:
            obj = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield ReadError(record, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(record, "expected a JSON object per line")
            continue
        yield _from_mapping(obj, record, f"{Path(name).stem}-{lineno}", options)


def _read_csv(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Item]:
    text = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
    csv.field_size_limit(max(options.max_bytes, 131072))
    dialect = "excel-tab" if name.endswith((".tsv", ".tsv.gz", ".tsv.bz2")) else "excel"
    reader = csv.DictReader(text, dialect=dialect)
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        yield ReadError(name, "CSV needs a header row with at least a 'text' column")
        return
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadError(f"{name}:{reader.line_num}", f"malformed CSV ({exc})")
            return
        row_number += 1
        yield _from_mapping(row, f"{name}:{row_number}", f"{Path(name).stem}-{row_number}", options)


def _from_mapping(obj: dict[str, Any], record: str, fallback_id: str, options: ReadOptions) -> Item:
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(record, "no 'text' field")
    if "\x00" in text:
        return ReadError(record, "text is binary (contains NUL bytes)")
    raw_id = obj.get("id")
    report = Report(
        id=str(raw_id) if raw_id not in (None, "") else fallback_id,
        text=text,
        title=_str_or_none(obj.get("title")),
        published=_str_or_none(obj.get("published")) or options.published,
        url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")) or options.source,
        origin=record,
    )
    return _checked(report, f"{record} (id {report.id})", options)


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _decode(data: bytes, record: str) -> str | ReadError:
    if b"\x00" in data[:8192]:
        return ReadError(record, "binary data (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(
            record,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode it as UTF-8",
        )


def _split_headline(text: str) -> tuple[str | None, str]:
    """A text file's first line is its headline when a blank line follows it."""
    text = text.replace("\r\n", "\n")
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and 0 < len(first.strip()) <= 300:
        return first.strip(), rest.lstrip("\n")
    return None, text


def _html_to_text(html: str) -> tuple[str | None, str]:
    import trafilatura  # imported here: slow to import and only HTML needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    return title, text


def _checked(report: Report, record: str, options: ReadOptions) -> Item:
    if len(report.text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        return ReadError(record, f"larger than the size cap of {options.max_bytes:,} bytes")
    if not report.text.strip():
        return ReadError(record, "empty report (no text)")
    if options.check_language and not looks_english(report.text):
        return ReadError(record, "not English (eventwire codes English reports only)")
    return report


def looks_english(text: str) -> bool:
    """Cheap language check: English prose is full of a few function words."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) < 8:
        return True  # too short to judge; let extraction decide
    hits = sum(1 for w in words if w in _ENGLISH_WORDS)
    return hits / len(words) >= 0.08
