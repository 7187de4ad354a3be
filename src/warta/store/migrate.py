"""Schema migrations (Alembic), run programmatically: no alembic.ini, no separate tool.

A new database is created by running every migration; a database made by warta before it used
Alembic (``meta.schema_version`` 1 to 4, no ``alembic_version`` table) is first stamped with the
revision of its version and then upgraded like any other. Each migration also writes its number
into ``meta.schema_version``, so a warta from before Alembic refuses a newer database instead of
writing into it.

Migrating takes a lock first (PostgreSQL: an advisory lock inside the migration's transaction;
SQLite: ``BEGIN IMMEDIATE``), so two processes opening the same new database at once do not both
create it: the second waits, then finds it up to date.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")
# meta.schema_version of a database made before Alembic -> the revision that made that version
LEGACY = {"1": "0001", "2": "0002", "3": "0003", "4": "0004"}
# pg_advisory_xact_lock key: "warta" in ASCII, so other applications' locks do not collide
_LOCK_KEY = 0x7761727461


class MigrationError(RuntimeError):
    """The database cannot be brought to this warta's schema; the message says why."""


@dataclass(frozen=True, slots=True)
class Status:
    """Where a database stands: ``revision`` is None for an empty or pre-Alembic database."""

    revision: str | None
    schema_version: str | None
    head: str
    tables: tuple[str, ...]

    @property
    def is_warta(self) -> bool:
        return "articles" in self.tables and "meta" in self.tables

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@functools.cache
def head() -> str:
    """The newest revision this warta knows."""
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def status(engine: Engine) -> Status:
    """Where ``engine``'s database stands, without changing it."""
    with engine.connect() as conn:
        return _status(conn)


def _status(conn: Connection) -> Status:
    tables = tuple(sorted(inspect(conn).get_table_names()))
    revision = MigrationContext.configure(conn).get_current_revision()
    version = None
    if "meta" in tables:
        version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")
                               ).scalar()
    return Status(revision, version, head(), tables)


def upgrade(engine: Engine, *, create: bool = True) -> tuple[Status, Status]:
    """Bring the database to the newest revision; returns where it stood before and after.

    ``create=False`` refuses an empty database instead of creating the schema in it. A
    database holding other tables and no warta tables is refused untouched.
    """
    with engine.connect() as conn:
        before = _status(conn)
        conn.rollback()
        if before.up_to_date:  # the usual case: no lock, no write (a read-only user may open)
            return before, before
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        before = _status(conn)  # again: another process may have migrated meanwhile
        if before.up_to_date:
            conn.rollback()
            return before, before
        if not before.tables:
            if not create:
                raise MigrationError("no warta database here")
        elif not before.is_warta:
            raise MigrationError("a database, but not a warta database (tables: "
                                 f"{', '.join(before.tables)})")
        cfg = _config(conn)
        if before.revision is None and before.tables:
            stamp = LEGACY.get(before.schema_version or "")
            if stamp is None:
                raise MigrationError(f"schema version {before.schema_version}, which this warta "
                                     f"does not know (it knows 1 to {max(LEGACY)} and Alembic "
                                     "revisions): a newer warta made it")
            command.stamp(cfg, stamp)
        try:
            command.upgrade(cfg, "head")
        except CommandError as exc:  # a revision this warta does not have: a newer warta's
            raise MigrationError(f"{exc}; a newer warta made this database: upgrade "
                                 "warta") from None
        after = _status(conn)
        conn.commit()
    return before, after
