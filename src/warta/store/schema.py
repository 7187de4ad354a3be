"""The database schema (SQLAlchemy Core): one definition for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# 1: articles, origins, cited sources, furniture. 2: claims, events, quotes. 3: events.location.
# 4: feeds, feed_items. Each version is an Alembic migration (warta/store/migrations/versions/)
# that also records its number in meta.schema_version; a change here needs a new migration, and
# tests/test_migrations.py fails until the migrated schema matches this one.
# Free-form strings are Text: PostgreSQL enforces VARCHAR lengths, SQLite never did.
SCHEMA_VERSION = 4

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),
    Column("text", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("format", Text, nullable=False),
    Column("published", Date),
    Column("published_precision", Text),
    Column("published_text", Text),
    Column("published_basis", Text),
    # A day and month whose year could not be fixed ("--11-01"), kept so nothing is lost.
    Column("published_partial", Text),
    Column("dateline_place", Text),
    Column("source", Text, nullable=False),
    Column("source_id", Text),
    Column("ingested_at", Text, nullable=False),
)
Index("ix_articles_published", articles.c.published)

origins = Table(
    "origins", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("source", Text, nullable=False),
    # '' rather than NULL so that the unique constraint holds on every engine.
    Column("source_id", Text, nullable=False, default=""),
    Column("position", Integer),
    Column("format", Text, nullable=False),
    Column("raw_sha", String(64), nullable=False),
    Column("ingested_at", Text, nullable=False),
    UniqueConstraint("source", "source_id", "raw_sha", name="uq_origin"),
)
Index("ix_origins_article", origins.c.article_id)

cited_sources = Table(
    "cited_sources", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("cue", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

furniture = Table(
    "furniture", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("line_no", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reason", Text, nullable=False),
)


claims = Table(
    "claims", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("value", Integer, nullable=False),
    Column("qualifier", Text, nullable=False),
    Column("low", Integer),
    Column("high", Integer),
    Column("victims", Text, nullable=False),
    Column("victim_side", Text),
    Column("claimant", Text),
    Column("claimant_text", Text),
    Column("cumulative", Boolean, nullable=False),
    Column("as_of", Date),
    Column("as_of_basis", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
)
Index("ix_claims_claimant", claims.c.claimant, claims.c.as_of)

events = Table(
    "events", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("actor1", Text),
    Column("target", Text),
    Column("date", Date),
    Column("date_precision", Text),
    Column("date_basis", Text),
    Column("fatalities", Integer),
    Column("claimant", Text),
    Column("claimant_text", Text),
    Column("denied_by", Text),
    Column("trigger", Text),
    Column("places", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("denial", JSON),
    Column("location", JSON),
)
Index("ix_events_date", events.c.date)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("party", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)


feeds = Table(
    "feeds", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("modified", Text),
    Column("polled_at", Text),
)

feed_items = Table(
    "feed_items", metadata,
    Column("feed_url", Text, primary_key=True),
    Column("item_key", Text, primary_key=True),
    Column("url", Text, nullable=False),
    # NULL when the item was passed over for good (robots.txt forbids its page)
    Column("article_id", String(32)),
    Column("seen_at", Text, nullable=False),
    Column("note", Text),
)
