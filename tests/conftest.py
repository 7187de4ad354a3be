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
def pg_server():
    """A real PostgreSQL server for the whole session (tests/pg.py); fails, never skips, when
    PostgreSQL is not installed."""
    from .pg import PostgresMissing, PostgresServer

    try:
        server = PostgresServer().start()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A new, empty PostgreSQL database: its URL, password included."""
    return pg_server.database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on both engines: a SQLite file path, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    return request.getfixturevalue("pg_server").database()


@pytest.fixture(scope="session")
def gazetteer():
    """The real gazetteer at its usual place (built there on first use, as for a user; the
    warta processes the tests start use the same one)."""
    from warta.geo.gazetteer import Gazetteer

    gaz = Gazetteer()
    yield gaz
    gaz.close()
