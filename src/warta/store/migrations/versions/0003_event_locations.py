"""Schema version 3: each event's resolved location (a place as JSON).

Revision ID: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("location", sa.JSON))
    op.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("location")
    op.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
