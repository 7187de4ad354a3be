"""Schema version 5: an input is unique by a hash of (source, source_id, raw_sha).

The unique constraint on the three columns themselves broke on PostgreSQL as soon as a path or
a JSONL id was longer than a B-tree entry may be (about 2,700 bytes): one hostile record stopped
a whole run. ``origin_key`` is the SHA-256 of the three, so the key is 64 characters whatever
the input's identifiers are; the identifiers themselves are kept as they were.

Revision ID: 0005
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def origin_key(source: str, source_id: str | None, raw_sha: str) -> str:
    """Frozen copy of warta.store.origin_key as of this revision (a test checks they agree)."""
    parts = [(p or "").replace("\x00", "\ufffd") for p in (source, source_id, raw_sha)]
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("origins") as batch:
        batch.add_column(sa.Column("origin_key", sa.String(64)))
    origins = sa.table("origins", sa.column("id"), sa.column("source"), sa.column("source_id"),
                       sa.column("raw_sha"), sa.column("origin_key"))
    conn = op.get_bind()
    rows = conn.execute(sa.select(origins.c.id, origins.c.source, origins.c.source_id,
                                  origins.c.raw_sha)).all()
    update = (origins.update().where(origins.c.id == sa.bindparam("row_id"))
              .values(origin_key=sa.bindparam("key")))
    for start in range(0, len(rows), 1000):
        conn.execute(update, [{"row_id": r.id, "key": origin_key(r.source, r.source_id,
                                                                 r.raw_sha)}
                              for r in rows[start:start + 1000]])
    with op.batch_alter_table("origins") as batch:
        batch.alter_column("origin_key", existing_type=sa.String(64), nullable=False)
        batch.drop_constraint("uq_origin", type_="unique")
        batch.create_unique_constraint("uq_origin_key", ["origin_key"])
    op.execute(sa.text("UPDATE meta SET value = '5' WHERE key = 'schema_version'"))


def downgrade() -> None:
    with op.batch_alter_table("origins") as batch:
        batch.drop_constraint("uq_origin_key", type_="unique")
        batch.create_unique_constraint("uq_origin", ["source", "source_id", "raw_sha"])
        batch.drop_column("origin_key")
    op.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))
