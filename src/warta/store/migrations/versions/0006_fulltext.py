"""Schema version 6: the full-text search index over articles (title, text, outlet).

SQLite: an FTS5 external-content table ``articles_fts`` over ``articles`` and three triggers that
keep it in sync with every writer; built from the articles already stored. PostgreSQL: a GIN
expression index on ``to_tsvector('simple', ...)`` (the expression ``warta.store.search`` queries).
Neither is part of ``schema.metadata`` (SQLAlchemy cannot describe an FTS5 table);
``schema.is_search_object`` names them so schema comparisons leave them out.

Revision ID: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copies of warta.store.search's DDL as of this revision (a test checks they agree).
SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, outlet, content='articles', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text, outlet) "
    "VALUES (new.rowid, new.title, new.text, new.outlet); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) "
    "VALUES ('delete', old.rowid, old.title, old.text, old.outlet); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) "
    "VALUES ('delete', old.rowid, old.title, old.text, old.outlet); "
    "INSERT INTO articles_fts(rowid, title, text, outlet) "
    "VALUES (new.rowid, new.title, new.text, new.outlet); END",
)
PG_INDEX = ("CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON articles USING GIN "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text || ' ' || "
            "coalesce(outlet, '')))")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for ddl in SQLITE_DDL:
            op.execute(sa.text(ddl))
        op.execute(sa.text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))
    elif conn.dialect.name == "postgresql":
        op.execute(sa.text(PG_INDEX))
    op.execute(sa.text("UPDATE meta SET value = '6' WHERE key = 'schema_version'"))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            op.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
        op.execute(sa.text("DROP TABLE IF EXISTS articles_fts"))
    elif conn.dialect.name == "postgresql":
        op.execute(sa.text("DROP INDEX IF EXISTS ix_articles_fulltext"))
    op.execute(sa.text("UPDATE meta SET value = '5' WHERE key = 'schema_version'"))
