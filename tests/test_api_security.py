"""The API's security rules: the token, loopback-only reads, Host names, size caps, and that no
input a client can send produces a 500 or a non-JSON error."""

from __future__ import annotations

import hmac
import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from starlette.exceptions import StarletteDeprecationWarning

from conftest_browser import TOKEN, LiveServer, known_pairs, make_config, start_server
from eventwire.cli import cli
from eventwire.serve import auth, create_app
from eventwire.serve.limits import MAX_BODY_BYTES, MAX_PAGE_SIZE, MAX_REPORTS_PER_REQUEST, Limits
from eventwire.store import Store

with warnings.catch_warnings():  # starlette would rather we used httpx2, which we don't ship
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

AUTH = {"Authorization": f"Bearer {TOKEN}"}


class FakeExtractor:
    """Codes nothing; the rules under test are decided before extraction."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract_many(self, reports: Any) -> Iterator[Any]:
        from eventwire.model import ReportResult

        for report in reports:
            self.seen.append(report.id)
            yield report, ReportResult(article_id=report.id)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("security") / "events.db"
    with Store.open(path) as store:
        store.ingest(known_pairs())
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[LiveServer]:
    fake = FakeExtractor()
    live = start_server(create_app(make_config(db), load_extractor=lambda: fake))
    live.extractor = fake  # type: ignore[attr-defined]
    yield live
    live.stop()


@pytest.fixture()
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def assert_json_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()["error"]
    assert isinstance(message, str) and message
    for word in words:
        assert word.lower() in message.lower(), message


# -- the token ----------------------------------------------------------------------------

REPORT = {"id": "sec-1", "text": "Police said two people were killed in a clash on Monday."}


def test_post_needs_the_token(client: httpx.Client, server: LiveServer) -> None:
    missing = client.post("/api/reports", json=REPORT)
    assert_json_error(missing, 401, "token")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert_json_error(
        client.post("/api/reports", json=REPORT, headers={"Authorization": "Bearer nope"}),
        401,
        "invalid",
    )
    assert_json_error(
        client.post("/api/reports", json=REPORT, headers={"Authorization": f"Basic {TOKEN}"}),
        401,
    )
    assert_json_error(client.post(f"/api/reports?token={TOKEN}", json=REPORT), 401)
    assert server.extractor.seen == []  # type: ignore[attr-defined]
    ok = client.post("/api/reports", json=REPORT, headers=AUTH)
    assert ok.status_code == 201, ok.text
    assert server.extractor.seen == ["sec-1"]  # type: ignore[attr-defined]


def test_token_is_compared_in_constant_time(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    client.post("/api/reports", json=[], headers={"Authorization": "Bearer guess"})
    assert calls == [(b"guess", TOKEN.encode())]


def test_reads_are_open_on_loopback_only(db: Path) -> None:
    app = create_app(make_config(db, allow_remote=True))
    local = TestClient(app, base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
    remote = TestClient(app, base_url="http://203.0.113.9", client=("203.0.113.5", 40000))
    for path in ("/api/events", "/api/stats", "/api/reports/test-kabul-1"):
        assert local.get(path).status_code == 200
        assert_json_error(remote.get(path), 401, "token")
        assert remote.get(path, headers=AUTH).status_code == 200
    assert remote.get("/healthz").status_code == 200
    assert remote.get("/").status_code == 200  # the page itself; its data needs the token


def test_foreign_host_names_are_refused_unless_remote_allowed(db: Path) -> None:
    """A web page elsewhere cannot reach the open reads by DNS-rebinding to 127.0.0.1."""
    app = create_app(make_config(db))
    client = TestClient(app, base_url="http://127.0.0.1:8000", client=("127.0.0.1", 40000))
    assert client.get("/api/stats").status_code == 200
    for host in ("localhost:8000", "[::1]:8000", "127.0.0.2"):
        assert client.get("/api/stats", headers={"Host": host}).status_code == 200, host
    assert_json_error(
        client.get("/api/stats", headers={"Host": "attacker.example:8000"}), 400, "loopback"
    )
    remote = create_app(make_config(db, allow_remote=True))
    other = TestClient(remote, base_url="http://events.example", client=("127.0.0.1", 40000))
    assert other.get("/api/stats").status_code == 200


# -- size caps ----------------------------------------------------------------------------


def test_declared_body_over_the_cap_is_refused_unread(client: httpx.Client) -> None:
    body = b"x" * (MAX_BODY_BYTES + 1)
    response = client.post("/api/reports", content=body, headers=AUTH)
    assert_json_error(response, 413, f"{MAX_BODY_BYTES:,}")


def test_streamed_body_over_the_cap_is_refused(db: Path) -> None:
    app = create_app(make_config(db, limits=Limits(max_body_bytes=1000)))
    server = start_server(app)
    try:

        def chunks() -> Iterator[bytes]:
            for _ in range(50):
                yield b" " * 100  # no Content-Length: counted as it arrives

        with httpx.Client(base_url=server.url, timeout=30) as c:
            response = c.post("/api/reports", content=chunks(), headers=AUTH)
            assert "content-length" not in response.request.headers
            assert_json_error(response, 413, "1,000")
            small = c.post("/api/reports", json=REPORT | {"id": "sec-small"}, headers=AUTH)
            assert small.status_code == 201
    finally:
        server.stop()


def test_too_many_reports(client: httpx.Client, server: LiveServer) -> None:
    before = list(server.extractor.seen)  # type: ignore[attr-defined]
    reports = [{"id": f"r{i}", "text": "x"} for i in range(MAX_REPORTS_PER_REQUEST + 1)]
    assert_json_error(
        client.post("/api/reports", json=reports, headers=AUTH),
        422,
        f"limit is {MAX_REPORTS_PER_REQUEST}",
    )
    assert server.extractor.seen == before  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": MAX_PAGE_SIZE + 1}, ["limit", str(MAX_PAGE_SIZE)]),
        ({"limit": 0}, ["limit"]),
        ({"offset": -1}, ["offset"]),
        ({"limit": "ten"}, ["limit"]),
    ],
)
def test_pagination_caps(client: httpx.Client, params: dict[str, Any], words: list[str]) -> None:
    assert_json_error(client.get("/api/events", params=params), 422, *words)


def test_largest_page_is_allowed(client: httpx.Client) -> None:
    assert client.get("/api/events", params={"limit": MAX_PAGE_SIZE}).status_code == 200


# -- malformed input: a 4xx with the reason, never a 500 ---------------------------------

BAD_BODIES: list[tuple[bytes, int, str]] = [
    (b"", 400, "empty"),
    (b"{", 400, "malformed JSON"),
    (b'{"text": "a"', 400, "malformed JSON"),
    (b"\xff\xfe\x00garbage", 400, ""),
    (b"[" * 100_000 + b"]" * 100_000, 400, "nested"),
    (b"null", 422, "object"),
    (b'"just a string"', 422, "object"),
    (b"[]", 422, "empty array"),
    (b"[1, 2]", 422, "report 0"),
    (b'{"title": "no text"}', 422, "no 'text'"),
    (b'{"text": 42}', 422, "'text' must be a string"),
    (b'{"text": "   "}', 422, "empty"),
    (b'{"text": "NUL \\u0000 inside"}', 422, "NUL"),
    (b'{"text": "Police said 3 died.", "published": "yesterday"}', 422, "published"),
    (b'{"text": "Police said 3 died.", "source": {"a": 1}}', 422, "'source'"),
    (b'{"text": "Police said 3 died.", "id": true}', 422, "'id'"),
    (
        json.dumps(
            {
                "text": "La policía dijo que tres personas murieron ayer en un ataque "
                "contra una comisaría en la ciudad durante la noche."
            }
        ).encode(),
        422,
        "English",
    ),
    (
        b'[{"id": "same", "text": "Police said 3 died."},'
        b' {"id": "same", "text": "Police said 4 died."}]',
        422,
        "also used",
    ),
]


@pytest.mark.parametrize(("body", "status", "words"), BAD_BODIES, ids=range(len(BAD_BODIES)))
def test_malformed_reports_get_the_reason(
    client: httpx.Client, server: LiveServer, body: bytes, status: int, words: str
) -> None:
    before = list(server.extractor.seen)  # type: ignore[attr-defined]
    response = client.post(
        "/api/reports", content=body, headers=AUTH | {"Content-Type": "application/json"}
    )
    assert_json_error(response, status, *([words] if words else []))
    assert server.extractor.seen == before  # type: ignore[attr-defined]  # nothing extracted


def test_a_bad_record_in_a_batch_is_named(client: httpx.Client) -> None:
    batch = [REPORT | {"id": "fine"}, {"id": "broken", "text": 7}]
    response = client.post("/api/reports", json=batch, headers=AUTH)
    assert_json_error(response, 422, "report 1")
    assert response.json()["problems"] == [
        {"index": 1, "id": "broken", "error": "'text' must be a string, got a number"}
    ]


@pytest.mark.parametrize(
    "query",
    [
        "since=2024-13-45",
        "since=yesterday",
        "until=2024-02-30",
        "country=USA",
        "type=Picnics",
        "near=abc",
        "near=95,10,5",
        "near=10,10,-5",
        "q=***",
        'q="',
        "q=" + "x" * 600,
        "min_killed=-1",
        "min_killed=many",
        "format=xml",
        "main_only=perhaps",
    ],
)
def test_bad_filters_are_4xx_json(client: httpx.Client, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert 400 <= response.status_code < 500, (query, response.status_code, response.text)
    assert response.json()["error"]


def test_unknown_paths_and_methods_are_json(client: httpx.Client) -> None:
    assert_json_error(client.get("/api/nothing"), 404, "/api/nothing")
    assert_json_error(client.delete("/api/events"), 405, "DELETE")
    assert_json_error(client.get("/api/events/" + "x" * 101), 422)


def test_headers_on_every_response(client: httpx.Client) -> None:
    api = client.get("/api/stats")
    assert api.headers["x-content-type-options"] == "nosniff"
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"


def test_extractor_that_cannot_load_is_a_503(db: Path) -> None:
    def broken() -> Any:
        raise OSError("model en_core_web_sm not found")

    app = create_app(make_config(db), load_extractor=broken)
    client = TestClient(app, base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
    response = client.post("/api/reports", json=REPORT | {"id": "needs-model"}, headers=AUTH)
    assert response.status_code == 503
    assert "en_core_web_sm" in response.json()["error"]
    assert client.get("/api/stats").status_code == 200  # reading still works


# -- token storage and the serve command's refusals ---------------------------------------


def test_token_from_environment_file_or_generated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv(auth.TOKEN_ENV, raising=False)
    first = auth.load_token()
    assert first.generated and len(first.token) >= 32
    path = tmp_path / "eventwire" / "token"
    assert path.stat().st_mode & 0o777 == 0o600
    second = auth.load_token()
    assert second.token == first.token and not second.generated
    monkeypatch.setenv(auth.TOKEN_ENV, "from-the-environment-123")
    assert auth.load_token().token == "from-the-environment-123"
    monkeypatch.setenv(auth.TOKEN_ENV, "short")
    with pytest.raises(ValueError, match="too short"):
        auth.load_token()


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.4", False),
        ("localhost.attacker.example", False),
        ("", False),
        (None, False),
    ],
)
def test_is_loopback(host: str | None, expected: bool) -> None:
    assert auth.is_loopback(host) is expected


def test_serve_refuses_a_public_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(auth.TOKEN_ENV, raising=False)
    runner = CliRunner()
    db = str(tmp_path / "events.db")
    refused = runner.invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert refused.exit_code == 2
    assert "--allow-remote" in refused.output
    no_token = runner.invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0", "--allow-remote"])
    assert no_token.exit_code == 2
    assert auth.TOKEN_ENV in no_token.output
    assert not os.path.exists(db)  # refused before touching anything


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database")
    result = CliRunner().invoke(cli, ["serve", "--db", str(notes)])
    assert result.exit_code == 2
    assert "not an eventwire database" in result.output
    assert notes.read_text() == "my notes, not a database"
