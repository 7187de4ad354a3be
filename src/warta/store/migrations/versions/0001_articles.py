"""Schema version 1: articles, the inputs they were read from, cited sources, furniture.

Free-form strings are TEXT: PostgreSQL enforces VARCHAR lengths (SQLite never did), and a party
code or a language tag from a user's data has no natural bound.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("format", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.Text),
        sa.Column("published_text", sa.Text),
        sa.Column("published_basis", sa.Text),
        sa.Column("published_partial", sa.Text),
        sa.Column("dateline_place", sa.Text),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text),
        sa.Column("ingested_at", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "origins",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer),
        sa.Column("format", sa.Text, nullable=False),
        sa.Column("raw_sha", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.Text, nullable=False),
        sa.UniqueConstraint("source", "source_id", "raw_sha", name="uq_origin"),
    )
    op.create_index("ix_origins_article", "origins", ["article_id"])
    for name, columns in (
        ("cited_sources", [sa.Column("name", sa.Text, nullable=False),
                           sa.Column("cue", sa.Text, nullable=False),
                           sa.Column("start", sa.Integer, nullable=False),
                           sa.Column("end", sa.Integer, nullable=False)]),
        ("furniture", [sa.Column("line_no", sa.Integer, nullable=False),
                       sa.Column("text", sa.Text, nullable=False),
                       sa.Column("reason", sa.Text, nullable=False)]),
    ):
        op.create_table(
            name,
            sa.Column("article_id", sa.String(32),
                      sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("seq", sa.Integer, primary_key=True),
            *columns,
        )
    op.execute(sa.text("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"))


def downgrade() -> None:
    for name in ("furniture", "cited_sources", "origins", "articles", "meta"):
        op.drop_table(name)
