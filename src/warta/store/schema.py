"""The database schema (SQLAlchemy Core): one definition for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
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

SCHEMA_VERSION = 1

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
    Column("language", String(8), nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("format", String(16), nullable=False),
    Column("published", Date),
    Column("published_precision", String(8)),
    Column("published_text", Text),
    Column("published_basis", String(64)),
    # A day and month whose year could not be fixed ("--11-01"), kept so nothing is lost.
    Column("published_partial", String(16)),
    Column("dateline_place", Text),
    Column("source", Text, nullable=False),
    Column("source_id", Text),
    Column("ingested_at", String(32), nullable=False),
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
    Column("format", String(16), nullable=False),
    Column("raw_sha", String(64), nullable=False),
    Column("ingested_at", String(32), nullable=False),
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
