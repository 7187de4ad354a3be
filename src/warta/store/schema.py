"""The database schema (SQLAlchemy Core): one definition for SQLite and PostgreSQL."""

from __future__ import annotations

import re

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

# 1: articles, origins, cited sources, furniture. 2: claims, events, quotes. 3: events.location.
# 4: feeds, feed_items. 5: origins.origin_key replaces the unique (source, source_id, raw_sha).
# 6: the full-text search index (FTS5 table + triggers on SQLite, a GIN index on PostgreSQL).
# 7: what linking decides: stories, story membership (and copies), merged events, each story's
# tallies and contradictions; each article's title-and-lead embedding and story names; what
# was lost on the way back (claims.as_of's precision and wording, events.date's wording, places'
# evidence, an extraction's reference date, parties and geoparsed places).
# 8: the link stage's queue (articles stored and not linked yet) and how many articles name
# each story name, so that linking a batch reads the batch and its candidates, never the corpus.
# Each version is an Alembic migration (warta/store/migrations/versions/)
# that also records its number in meta.schema_version; a change here needs a new migration, and
# tests/test_migrations.py fails until the migrated schema matches this one.
# Free-form strings are Text: PostgreSQL enforces VARCHAR lengths, SQLite never did.
SCHEMA_VERSION = 8

# The search index's objects (migration 0006, warta.store.search): outside this metadata.
SEARCH_OBJECTS = ("articles_fts", "ix_articles_fulltext")


def is_search_object(name: str | None) -> bool:
    """True for the full-text index's tables, triggers and indexes (left out of comparisons)."""
    return bool(name) and any(str(name).startswith(prefix) for prefix in SEARCH_OBJECTS)



# NUL (PostgreSQL cannot store it in text) and lone surrogates (a file name that is not UTF-8,
# read with surrogateescape; no UTF-8 database can store them)
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class SafeText(TypeDecorator[str]):
    """TEXT that never sends a character a UTF-8 database refuses: NUL and lone surrogates are
    written as U+FFFD on every engine (one character for one: offsets into the text hold)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return _UNSTORABLE.sub("\ufffd", value) if isinstance(value, str) else value


metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", SafeText, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),
    Column("text", SafeText, nullable=False),
    Column("language", SafeText, nullable=False),
    Column("title", SafeText),
    Column("outlet", SafeText),
    Column("url", SafeText),
    Column("format", SafeText, nullable=False),
    Column("published", Date),
    Column("published_precision", SafeText),
    Column("published_text", SafeText),
    Column("published_basis", SafeText),
    # A day and month whose year could not be fixed ("--11-01"), kept so nothing is lost.
    Column("published_partial", SafeText),
    Column("dateline_place", SafeText),
    Column("source", SafeText, nullable=False),
    Column("source_id", SafeText),
    Column("ingested_at", SafeText, nullable=False),
    # what extraction used as the article's date (its own, or a neighbour's lent to an undated
    # one: a DateValue as JSON), the party codes it names and every place the geoparser found
    # in it (places with their evidence offsets) (version 7)
    Column("reference", JSON),
    Column("parties", JSON),
    Column("places", JSON),
)
Index("ix_articles_published", articles.c.published)

origins = Table(
    "origins", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("source", SafeText, nullable=False),
    # '' rather than NULL, as before version 5 made origin_key the unique key
    Column("source_id", SafeText, nullable=False, default=""),
    Column("position", Integer),
    Column("format", SafeText, nullable=False),
    Column("raw_sha", String(64), nullable=False),
    Column("ingested_at", SafeText, nullable=False),
    # SHA-256 of (source, source_id, raw_sha): unique whatever their length (warta.store
    # .origin_key); a B-tree entry on the columns themselves is limited to ~2,700 bytes.
    Column("origin_key", String(64), nullable=False),
    UniqueConstraint("origin_key", name="uq_origin_key"),
)
Index("ix_origins_article", origins.c.article_id)

cited_sources = Table(
    "cited_sources", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("name", SafeText, nullable=False),
    Column("cue", SafeText, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

furniture = Table(
    "furniture", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("line_no", Integer, nullable=False),
    Column("text", SafeText, nullable=False),
    Column("reason", SafeText, nullable=False),
)


claims = Table(
    "claims", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", SafeText, nullable=False),
    Column("value", Integer, nullable=False),
    Column("qualifier", SafeText, nullable=False),
    Column("low", Integer),
    Column("high", Integer),
    Column("victims", SafeText, nullable=False),
    Column("victim_side", SafeText),
    Column("claimant", SafeText),
    Column("claimant_text", SafeText),
    Column("cumulative", Boolean, nullable=False),
    Column("as_of", Date),
    Column("as_of_basis", SafeText),
    Column("as_of_precision", SafeText),  # version 7: as_of keeps its precision and wording
    Column("as_of_text", SafeText),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", SafeText, nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
)
Index("ix_claims_claimant", claims.c.claimant, claims.c.as_of)

events = Table(
    "events", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("event_type", SafeText, nullable=False),
    Column("sub_event_type", SafeText, nullable=False),
    Column("actor1", SafeText),
    Column("target", SafeText),
    Column("date", Date),
    Column("date_precision", SafeText),
    Column("date_basis", SafeText),
    Column("date_text", SafeText),  # version 7
    Column("fatalities", Integer),
    Column("claimant", SafeText),
    Column("claimant_text", SafeText),
    Column("denied_by", SafeText),
    Column("trigger", SafeText),
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
    Column("text", SafeText, nullable=False),
    Column("speaker", SafeText),
    Column("party", SafeText),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)


feeds = Table(
    "feeds", metadata,
    Column("url", SafeText, primary_key=True),
    Column("etag", SafeText),
    Column("modified", SafeText),
    Column("polled_at", SafeText),
)

feed_items = Table(
    "feed_items", metadata,
    Column("feed_url", SafeText, primary_key=True),
    Column("item_key", SafeText, primary_key=True),
    Column("url", SafeText, nullable=False),
    # NULL when the item was passed over for good (robots.txt forbids its page)
    Column("article_id", String(32)),
    Column("seen_at", SafeText, nullable=False),
    Column("note", SafeText),
)


# -- what linking decides (warta.link.report), written by `warta run`/`ingest`/`link` -------
# Each record is kept whole as JSON (model.to_jsonable / model.from_jsonable, one pair for every
# record) beside the columns readers filter and order on.

stories = Table(
    "stories", metadata,
    Column("id", String(16), primary_key=True),
    Column("label", SafeText, nullable=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("articles", Integer, nullable=False),
)
Index("ix_stories_first_seen", stories.c.first_seen)

story_articles = Table(
    "story_articles", metadata,
    # no foreign key to articles: a story is rebuilt whole, never half-deleted with an article
    Column("article_id", String(32), primary_key=True),
    Column("story_id", String(16), nullable=False),
    Column("copy_of", String(32)),  # the canonical article of its duplicate group
)
Index("ix_story_articles_story", story_articles.c.story_id)

linked_events = Table(
    "linked_events", metadata,
    Column("id", String(16), primary_key=True),
    Column("story_id", String(16), nullable=False),
    Column("date", Date),
    Column("event_type", SafeText, nullable=False),
    Column("sub_event_type", SafeText, nullable=False),
    Column("claimant", SafeText),
    Column("event", JSON, nullable=False),  # the merged Event
    Column("reports", JSON, nullable=False),  # [[article id, seq], ...]
)
Index("ix_linked_events_story", linked_events.c.story_id)
Index("ix_linked_events_date", linked_events.c.date)

story_tallies = Table(
    "story_tallies", metadata,
    Column("story_id", String(16), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("claimant", SafeText, nullable=False),
    Column("kind", SafeText, nullable=False),
    Column("tally", JSON, nullable=False),
)

contradictions = Table(
    "contradictions", metadata,
    Column("story_id", String(16), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", SafeText, nullable=False),
    Column("contradiction", JSON, nullable=False),
)

article_vectors = Table(
    "article_vectors", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("model", String(32), nullable=False),
    Column("vector", LargeBinary, nullable=False),  # float16, little-endian
)

# The names and places an article's story is found by (warta.link.stories.features): looked up by
# name when a new article is linked against the stored stories.
article_names = Table(
    "article_names", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("name", SafeText, primary_key=True),
    Column("count", Integer, nullable=False),
)
Index("ix_article_names_name", article_names.c.name)

# How many articles name each story name (the document frequencies linking weighs names by),
# kept as names are stored (version 8).
name_counts = Table(
    "name_counts", metadata,
    Column("name", SafeText, primary_key=True),
    Column("articles", Integer, nullable=False),
)

# The articles stored since the last link run: each stored article enters it in the
# transaction that stores it and leaves it in the one that stores its story (version 8).
link_queue = Table(
    "link_queue", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
)
