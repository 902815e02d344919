"""Turn a POST /api/reports body into :class:`Report` objects, or say exactly what is wrong.

The body is what one line of the JSONL input holds (``{"id", "title", "text", "published",
"url", "source"}``), or a JSON array of such objects. The whole request is checked before
anything is extracted, so a bad record never leaves half a batch stored.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from eventwire.model import Report
from eventwire.read import DEFAULT_MAX_BYTES, looks_english

STRING_FIELDS = ("id", "title", "published", "url", "source")
MAX_ID_LENGTH = 200
MAX_FIELD_LENGTH = 2000
_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")

REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "id": {"type": "string", "description": "your id; made from the text when absent"},
        "title": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "published": {"type": "string", "example": "2024-01-03"},
        "url": {"type": "string"},
        "source": {"type": "string", "example": "Reuters"},
    },
}
REQUEST_SCHEMA: dict[str, Any] = {
    "oneOf": [REPORT_SCHEMA, {"type": "array", "items": REPORT_SCHEMA, "minItems": 1}],
}


class IntakeError(Exception):
    """A request that cannot be accepted: ``status`` is 400 (not JSON) or 422 (invalid)."""

    def __init__(self, status: int, message: str, problems: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = problems or []


def parse_reports(body: bytes, max_reports: int) -> list[Report]:
    """Decode, validate and convert a request body; raise :class:`IntakeError` on any problem.

    The Content-Type is not checked: the body must parse as JSON whatever it claims to be, so
    ``curl -d @reports.json`` just works.
    """
    if not body.strip():
        raise IntakeError(400, "empty body: send a report object or an array of them")
    try:
        data = json.loads(body)
    except UnicodeDecodeError:
        raise IntakeError(400, "body is not UTF-8 encoded JSON") from None
    except json.JSONDecodeError as exc:
        raise IntakeError(
            400, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise IntakeError(400, "malformed JSON: nested too deeply") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise IntakeError(422, "empty array: send at least one report")
    if len(items) > max_reports:
        raise IntakeError(
            422, f"too many reports in one request: {len(items)} (the limit is {max_reports})"
        )
    reports: list[Report] = []
    problems: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        try:
            reports.append(_report(item))
        except ValueError as exc:
            problem: dict[str, Any] = {"index": index, "error": str(exc)}
            if isinstance(item, dict) and isinstance(item.get("id"), str | int):
                problem["id"] = str(item["id"])
            problems.append(problem)
    if problems:
        first = problems[0]
        where = f"report {first['index']}" if isinstance(data, list) else "report"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise IntakeError(422, f"{where}: {first['error']}{more}", problems)
    seen: dict[str, int] = {}
    for index, report in enumerate(reports):
        if report.id in seen:
            raise IntakeError(
                422, f"report {index}: id {report.id!r} is also used by report {seen[report.id]}"
            )
        seen[report.id] = index
    return reports


def _report(item: Any) -> Report:
    if not isinstance(item, dict):
        raise ValueError(f"expected a JSON object, got {_kind(item)}")
    text = item.get("text")
    if text is None:
        raise ValueError("no 'text' field")
    if not isinstance(text, str):
        raise ValueError(f"'text' must be a string, got {_kind(text)}")
    if not text.strip():
        raise ValueError("'text' is empty")
    if "\x00" in text:
        raise ValueError("'text' contains NUL bytes")
    if len(text.encode("utf-8", "surrogatepass")) > DEFAULT_MAX_BYTES:
        raise ValueError(f"'text' is larger than {DEFAULT_MAX_BYTES:,} bytes")
    values: dict[str, str | None] = {}
    for name in STRING_FIELDS:
        value = item.get(name)
        if isinstance(value, bool) or (value is not None and not isinstance(value, str | int)):
            raise ValueError(f"'{name}' must be a string, got {_kind(value)}")
        value = str(value).strip() if value is not None else None
        limit = MAX_ID_LENGTH if name == "id" else MAX_FIELD_LENGTH
        if value and len(value) > limit:
            raise ValueError(f"'{name}' is longer than {limit} characters")
        values[name] = value or None
    published = values["published"]
    if published and not _PUBLISHED.match(published):
        raise ValueError(f"'published' must be an ISO date like 2024-01-03, got {published!r}")
    if not looks_english(text):
        raise ValueError("not English (eventwire codes English reports only)")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    report_id = values["id"] or f"api-{digest[:12]}"
    return Report(
        id=report_id,
        text=text,
        title=values["title"],
        published=published,
        url=values["url"],
        source=values["source"],
        origin="api",
    )


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "null" if value is None else "a number"
    )
