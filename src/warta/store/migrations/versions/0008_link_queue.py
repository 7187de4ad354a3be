"""Schema version 8: the link stage's queue and name counts (issue 14). ``link_queue`` holds the
articles stored and not linked yet (filled here with those no stored story holds), and
``name_counts`` how many articles name each story name (counted here from ``article_names``), so
that linking a batch reads the batch and its candidates, not the whole corpus.

Revision ID: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_counts",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_table(
        "link_queue",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.execute(sa.text("INSERT INTO name_counts (name, articles) SELECT name, count(*) FROM "
                       "article_names GROUP BY name"))
    op.execute(sa.text("INSERT INTO link_queue (article_id) SELECT a.id FROM articles a WHERE "
                       "NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"))
    op.execute(sa.text("UPDATE meta SET value = '8' WHERE key = 'schema_version'"))


def downgrade() -> None:
    op.drop_table("link_queue")
    op.drop_table("name_counts")
    op.execute(sa.text("UPDATE meta SET value = '7' WHERE key = 'schema_version'"))
