"""Schema version 4: the feeds `warta watch` polls and the items it has taken.

Revision ID: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("modified", sa.Text),
        sa.Column("polled_at", sa.Text),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text, primary_key=True),
        sa.Column("item_key", sa.Text, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(32)),
        sa.Column("seen_at", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("feeds")
    op.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))
