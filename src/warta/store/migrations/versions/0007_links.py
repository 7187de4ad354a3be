"""Schema version 7: what linking decides, stored (issue 14): stories, which story each article
belongs to (and the canonical article of its copies), merged events, each story's tallies and
contradictions, and each article's title-and-lead embedding and story names. Empty after the
upgrade: `warta link` (or the next `warta run`/`ingest`) fills them from the stored articles.
Also what records lost on the way back: a claim's as-of precision and wording, an event date's
wording, an extraction's reference date, parties and the article's geoparsed places (places
keep their evidence offsets in the events' JSON).

Revision ID: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("first_seen", sa.Date),
        sa.Column("last_seen", sa.Date),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_index("ix_stories_first_seen", "stories", ["first_seen"])
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("story_id", sa.String(16), nullable=False),
        sa.Column("copy_of", sa.String(32)),
    )
    op.create_index("ix_story_articles_story", "story_articles", ["story_id"])
    op.create_table(
        "linked_events",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("story_id", sa.String(16), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("claimant", sa.Text),
        sa.Column("event", sa.JSON, nullable=False),
        sa.Column("reports", sa.JSON, nullable=False),
    )
    op.create_index("ix_linked_events_story", "linked_events", ["story_id"])
    op.create_index("ix_linked_events_date", "linked_events", ["date"])
    op.create_table(
        "story_tallies",
        sa.Column("story_id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("claimant", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("tally", sa.JSON, nullable=False),
    )
    op.create_table(
        "contradictions",
        sa.Column("story_id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("contradiction", sa.JSON, nullable=False),
    )
    op.create_table(
        "article_vectors",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("model", sa.String(32), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "article_names",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_article_names_name", "article_names", ["name"])
    # plain ADD COLUMN on both engines: never a table rebuild (on SQLite a rebuild of articles
    # would drop its search triggers and cascade deletes into every table that refers to it)
    op.add_column("claims", sa.Column("as_of_precision", sa.Text))
    op.add_column("claims", sa.Column("as_of_text", sa.Text))
    op.add_column("events", sa.Column("date_text", sa.Text))
    op.add_column("articles", sa.Column("reference", sa.JSON))
    op.add_column("articles", sa.Column("parties", sa.JSON))
    op.add_column("articles", sa.Column("places", sa.JSON))
    op.execute(sa.text("UPDATE meta SET value = '7' WHERE key = 'schema_version'"))


def downgrade() -> None:
    for table, column in (("articles", "places"), ("articles", "parties"),
                          ("articles", "reference"),
                          ("events", "date_text"), ("claims", "as_of_text"),
                          ("claims", "as_of_precision")):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
    for name in ("article_names", "article_vectors", "contradictions", "story_tallies",
                 "linked_events", "story_articles", "stories"):
        op.drop_table(name)
    op.execute(sa.text("UPDATE meta SET value = '6' WHERE key = 'schema_version'"))
