"""Shared fixtures: the extractor is loaded once per test session (model + gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from eventwire.extract.pipeline import Extractor

    return Extractor.load()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not present (it only exists beside the project in CI)")
    return SHARED
