from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEMO = ROOT / "examples" / "demo"


def shared_dir() -> Path:
    return Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def seeds() -> Path:
    """The seed corpus and gold set in ../shared: skipped (with the reason) where absent, and a
    failure where WARTA_REQUIRE_SEEDS=1 (CI, `make eval-seeds`)."""
    shared = shared_dir()
    if not (shared / "corpus" / "seeds").is_dir() or not (shared / "gold" / "seeds").is_dir():
        message = f"seed gold set not found at {shared} (set WARTA_SHARED to point at it)"
        if os.environ.get("WARTA_REQUIRE_SEEDS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return shared


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "warta.db")
