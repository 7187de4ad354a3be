"""Alembic environment: warta hands over an open connection (``config.attributes``).

Batch mode lets the same operations run on SQLite, whose ALTER TABLE cannot do everything.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from warta.store import schema

connection = context.config.attributes.get("connection")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # the full-text index (migration 0006) is not described by schema.metadata
    return not schema.is_search_object(name)


def _run(conn: object) -> None:
    context.configure(connection=conn, target_metadata=schema.metadata, render_as_batch=True,
                      include_name=_include_name)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # the alembic command line with sqlalchemy.url set, for developers
    from warta.store import url_for

    engine = create_engine(url_for(context.config.get_main_option("sqlalchemy.url") or ""))
    with engine.begin() as conn:
        _run(conn)
