"""Schema version 2: casualty claims, events and quotes extracted from each article.

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _key() -> list[sa.Column]:
    return [sa.Column("article_id", sa.String(32),
                      sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("seq", sa.Integer, primary_key=True)]


def upgrade() -> None:
    op.create_table(
        "claims", *_key(),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.Text, nullable=False),
        sa.Column("low", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("victims", sa.Text, nullable=False),
        sa.Column("victim_side", sa.Text),
        sa.Column("claimant", sa.Text),
        sa.Column("claimant_text", sa.Text),
        sa.Column("cumulative", sa.Boolean, nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("as_of_basis", sa.Text),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
    )
    op.create_index("ix_claims_claimant", "claims", ["claimant", "as_of"])
    op.create_table(
        "events", *_key(),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.Text),
        sa.Column("date_basis", sa.Text),
        sa.Column("fatalities", sa.Integer),
        sa.Column("claimant", sa.Text),
        sa.Column("claimant_text", sa.Text),
        sa.Column("denied_by", sa.Text),
        sa.Column("trigger", sa.Text),
        sa.Column("places", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("denial", sa.JSON),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "quotes", *_key(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("party", sa.Text),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))


def downgrade() -> None:
    for name in ("quotes", "events", "claims"):
        op.drop_table(name)
    op.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
