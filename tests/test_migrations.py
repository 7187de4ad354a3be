"""Alembic migrations on both engines: new databases, databases from before Alembic, newer ones,
and databases that are not warta's (refused untouched); clear errors from PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from warta.clean import clean
from warta.model import RawDoc
from warta.store import Store, StoreError, migrate, origin_key, schema, url_for

from .conftest import FIXTURES

TEXT = ("KHARTOUM (Ledger Wire) - Two soldiers were killed and 18 wounded when shells hit an army "
        "base near the town on Sunday, the army said in a statement.\nRead Next\n")


def _article():
    return clean(RawDoc(source="a.txt", text=TEXT, format="text", raw_sha="s1"))


def test_a_new_database_is_made_by_the_migrations_and_matches_the_schema(any_db: str) -> None:
    with Store(any_db) as store:
        status = store.status()
        assert status.revision == migrate.head()
        assert status.schema_version == str(schema.SCHEMA_VERSION) == "8"
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda name, *_: not schema.is_search_object(name)})
            diff = compare_metadata(ctx, schema.metadata)
    # alembic_version is Alembic's own; nothing else may differ from schema.py
    assert diff == [], diff


@pytest.mark.parametrize("version", ["1", "2", "3", "4"])
def test_a_database_from_before_alembic_is_upgraded_then_tracked(tmp_path: Path,
                                                                  version: str) -> None:
    path = tmp_path / f"v{version}.db"
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "legacy" / f"schema_v{version}.sql").read_text())
    con.execute("INSERT INTO articles (id, text, language, format, source, ingested_at, "
                "published, published_precision) VALUES ('abc123', 'Old text.', 'en', 'text', "
                "'old.txt', '2024-01-01T00:00:00+00:00', '2024-01-02', 'day')")
    con.execute("INSERT INTO origins (article_id, source, source_id, format, raw_sha, "
                "ingested_at) VALUES ('abc123', 'old.txt', '', 'text', 'x', '2024')")
    if version in ("2", "3", "4"):  # version 2 kept places as bare names
        con.execute("INSERT INTO events (article_id, seq, event_type, sub_event_type, places, "
                    "evidence) VALUES ('abc123', 0, 'Battles', 'Armed clash', '[\"Goma\"]', "
                    "'[[0, 3]]')")
    con.commit()
    con.close()
    with Store(str(path)) as store:
        assert store.status().revision == migrate.head()
        assert store.count() == 1 and store.resolve("old.txt") == "abc123"
        assert store.seen("old.txt", None, "x") == "abc123"  # origin_key filled in
        assert [r["name"] for r in store.places()] == (["Goma"] if version != "1" else [])
        assert store.add(_article()).status == "new"
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0008",)]
    assert con.execute("SELECT value FROM meta").fetchall() == [("8",)]
    # the search index was built from the articles already there
    assert con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'old'").fetchall()
    assert "location" in [r[1] for r in con.execute("PRAGMA table_info(events)")]
    assert {"feeds", "feed_items", "claims"} <= {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()


def test_the_origin_key_migration_computes_keys_as_the_store_does() -> None:
    import importlib

    frozen = importlib.import_module("warta.store.migrations.versions.0005_origin_key")
    for args in [("a.txt", None, "s"), ("ü/\x00b", "rec-1", ""), ("x" * 5000, "y", "z"),
                 ("bad\udcff.txt", "", "s")]:
        assert frozen.origin_key(*args) == origin_key(*args)


def test_the_search_migration_creates_what_search_queries() -> None:
    import importlib

    from warta.store import search

    frozen = importlib.import_module("warta.store.migrations.versions.0006_fulltext")
    assert frozen.SQLITE_DDL == search._SQLITE_DDL
    assert search._PG_DOCUMENT in frozen.PG_INDEX


def test_search_finds_stored_articles_on_both_engines(any_db: str) -> None:
    from warta.store import search

    with Store(any_db) as store:
        store.add(_article())
        total, hits = search.search(store, "soldiers army")
        assert total == 1 and hits[0].article_id == _article().id
        assert "soldiers" in hits[0].snippet.lower() and hits[0].highlights
        assert search.search(store, "Goma")[0] == 0
        if not store.is_sqlite:  # the query uses the migration's GIN index when it is cheaper
            with store.engine.connect() as conn:
                names = conn.exec_driver_sql(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'").scalars()
                assert "ix_articles_fulltext" in set(names)


def test_a_database_from_a_newer_warta_is_refused(any_db: str) -> None:
    Store(any_db).close()
    engine = create_engine(url_for(any_db))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    with pytest.raises(StoreError, match="newer warta"):
        Store(any_db)


def test_a_pre_alembic_database_of_an_unknown_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "legacy" / "schema_v4.sql").read_text())
    con.execute("UPDATE meta SET value = '9'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="schema version 9"):
        Store(str(path))


def test_another_applications_postgresql_database_is_refused_untouched(pg_url: str) -> None:
    dsn = pg_url
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE people (name text)")
        conn.execute("INSERT INTO people VALUES ('Ana')")
    with pytest.raises(StoreError, match="not a warta database") as err:
        Store(dsn)
    assert "warta-test-pw" not in str(err.value)
    with psycopg.connect(dsn) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert tables == ["people"]


def test_reading_an_empty_postgresql_database_does_not_create_warta_in_it(pg_url: str) -> None:
    with pytest.raises(StoreError, match="no warta database here"):
        Store(pg_url, create=False)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone() == (0,)


def test_postgresql_errors_name_the_url_without_the_password(pg_server) -> None:
    from .pg import PASSWORD, USER

    wrong = f"postgresql://{USER}:not-the-{PASSWORD}@127.0.0.1:{pg_server.port}/postgres"
    with pytest.raises(StoreError, match="password authentication failed") as err:
        Store(wrong)
    message = str(err.value)
    assert f"postgresql://{USER}:***@127.0.0.1:{pg_server.port}/postgres" in message
    assert PASSWORD not in message

    missing = pg_server.dsn("no_such_db")
    with pytest.raises(StoreError, match='database "no_such_db" does not exist') as err:
        Store(missing)
    assert PASSWORD not in str(err.value) and "no_such_db" in str(err.value)

    with pytest.raises(StoreError, match=r"cannot connect.*refused") as err:
        Store(f"postgres://{USER}:{PASSWORD}@127.0.0.1:1/warta")
    assert f"postgres://{USER}:***@127.0.0.1:1/warta" in str(err.value)
    assert PASSWORD not in str(err.value)


def test_an_unknown_driver_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store("mysql+nosuchdriver://u:secret@localhost/db")


def test_a_read_only_postgresql_role_can_read_an_up_to_date_database(pg_url: str) -> None:
    with Store(pg_url) as store:
        store.add(_article())
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE ROLE reader LOGIN PASSWORD 'reader-pw'")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    reader = pg_url.replace("warta:warta-test-pw@", "reader:reader-pw@")
    with Store(reader, create=False) as store:
        assert store.count() == 1 and [s.source for s in store.summaries()] == ["a.txt"]
        with pytest.raises(Exception, match="permission denied"):
            store.add(clean(RawDoc(source="b.txt", text=TEXT.replace("Two", "Nine"),
                                   format="text", raw_sha="s2")))


def test_version_8_queues_the_unlinked_articles_and_counts_names(tmp_path: Path) -> None:
    """A version-7 database (linked, then one more article stored) upgraded: the queue holds
    exactly the article no story holds, the name counts are those of the stored names, and
    the next link run empties the queue."""
    from warta.store import links

    path = tmp_path / "v7.db"
    texts = ["GOMA (Kivu Wire) - Rebels of the M23 shelled Sake near Goma on Sunday, the army "
             "said.", "SAKE (Kivu Wire) - Shelling by M23 rebels hit Sake, west of Goma, the "
             "army said on Monday.", "JAKARTA (Wire) - Protesters marched in Jakarta on "
             "Tuesday against the omnibus law, police said."]
    docs = [clean(RawDoc(source=f"{i}.txt", text=t, format="text", raw_sha=f"s{i}"))
            for i, t in enumerate(texts)]
    with Store(str(path)) as store:
        for a in docs[:2]:
            store.add(a)
        links.link_new(store)
        store.add(docs[2])
        counted = dict(store.engine.connect().exec_driver_sql(
            "SELECT name, count(*) FROM article_names GROUP BY name").fetchall())
    con = sqlite3.connect(path)  # back to version 7, as an older warta left it
    con.executescript("DROP TABLE link_queue; DROP TABLE name_counts; "
                      "UPDATE alembic_version SET version_num = '0007'; "
                      "UPDATE meta SET value = '7' WHERE key = 'schema_version';")
    con.commit()
    con.close()
    with Store(str(path)) as store:
        assert store.status().revision == migrate.head()
        assert links.unlinked_ids(store) == [docs[2].id] and links.unlinked(store) == 1
        with store.engine.connect() as conn:
            assert dict(conn.exec_driver_sql("SELECT name, articles FROM name_counts")
                        .fetchall()) == counted != {}
        links.link_new(store)
        assert links.unlinked(store) == 0
        with store.engine.connect() as conn:
            now = dict(conn.exec_driver_sql("SELECT name, articles FROM name_counts").fetchall())
            assert now == dict(conn.exec_driver_sql(
                "SELECT name, count(*) FROM article_names GROUP BY name").fetchall())
        assert now["Jakarta"] == 1 and now["Sake"] == 2
