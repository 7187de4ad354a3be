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
def db(tmp_path: Path) -> str:
    return str(tmp_path / "warta.db")


@pytest.fixture(scope="session")
def gazetteer():
    """The real gazetteer at its usual place (built there on first use, as for a user; the
    warta processes the tests start use the same one)."""
    from warta.geo.gazetteer import Gazetteer

    gaz = Gazetteer()
    yield gaz
    gaz.close()
