"""Storage: whole articles or nothing, re-ingesting is a no-op, clear errors on bad databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.clean import clean
from warta.ingest import ReadOptions, expand
from warta.model import RawDoc
from warta.pipeline import ingest
from warta.store import Store, StoreError, schema

TEXT = ("KHARTOUM (Ledger Wire) - Two soldiers were killed and 18 wounded when shells hit an army "
        "base near the town on Sunday, the army said in a statement.\nRead Next\nOther story\n")


def article(text: str = TEXT, source: str = "a.txt", source_id: str | None = None,
            sha: str = "s1"):
    return clean(RawDoc(source=source, text=text, format="text", source_id=source_id,
                        raw_sha=sha))


def test_round_trip_keeps_every_field(db: str) -> None:
    a = article()
    with Store(db) as store:
        assert store.add(a).status == "new"
        got, origins = store.get(a.id)
    assert got.text == a.text and got.outlet == "Ledger Wire"
    assert got.removed == a.removed and [r.text for r in got.removed] == ["Read Next",
                                                                          "Other story"]
    assert got.cited_sources == a.cited_sources
    assert [o.source for o in origins] == ["a.txt"]


def test_same_article_again_is_a_no_op_and_copies_are_recorded(db: str) -> None:
    with Store(db) as store:
        a = article()
        assert store.add(a).status == "new"
        assert store.add(a).status == "duplicate"
        assert store.count() == 1
        # the same text (different furniture) from another file is the same article
        b = article(TEXT.replace("Other story", "Another story"), source="b.txt", sha="s2")
        assert b.id == a.id
        assert store.add(b).status == "duplicate"
        assert store.count() == 1
        _, origins = store.get(a.id)
        assert [o.source for o in origins] == ["a.txt", "b.txt"]
        assert store.seen("b.txt", None, "s2") == a.id
        assert store.seen("b.txt", None, "other") is None


def test_an_article_is_stored_whole_or_not_at_all(db: str, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    store = Store(db)
    good = article(source="good.txt", sha="g")
    store.add(good)
    failing = article(TEXT.replace("Two", "Three"), source="bad.txt", sha="b")
    assert failing.removed  # it has furniture rows to write after the article row

    real_insert = Store._insert_article

    def insert_then_fail(self, conn, a, now):
        real_insert(self, conn, a, now)
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert_article", insert_then_fail)
    with pytest.raises(RuntimeError):
        store.add(failing)
    monkeypatch.undo()
    assert store.count() == 1
    with store.engine.connect() as conn:
        rows = conn.execute(schema.furniture.select()).all()
    assert {r.article_id for r in rows} == {good.id}
    assert store.add(failing).status == "new"  # nothing half-written blocks a retry
    store.close()


def test_sqlite_runs_in_wal_mode(db: str) -> None:
    Store(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_reading_a_missing_database_does_not_create_it(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    with pytest.raises(StoreError, match="no database here"):
        Store(str(path), create=False)
    assert not path.exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(str(path))
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a warta database"):
        Store(str(path))


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "no" / "such" / "x.db"))


def test_resolve_by_prefix_source_and_input_id(db: str) -> None:
    with Store(db) as store:
        a = article(source="feed.jsonl", source_id="rec-7")
        store.add(a)
        assert store.resolve(a.id) == a.id
        assert store.resolve(a.id[:6]) == a.id
        assert store.resolve("feed.jsonl") == a.id
        assert store.resolve("rec-7") == a.id
        with pytest.raises(KeyError, match="no article"):
            store.resolve("zzzz-nothing")
        with pytest.raises(KeyError):
            store.resolve("%")


def test_ingest_twice_stores_nothing_new(tmp_path: Path, db: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT)
    (tmp_path / "in" / "b.txt").write_text(TEXT.replace("Two", "Five"))
    with Store(db) as store:
        first = [r.status for r in ingest(expand([str(tmp_path / "in")]), store, ReadOptions())]
        second = [r.status for r in ingest(expand([str(tmp_path / "in")]), store, ReadOptions())]
        assert first == ["new", "new"] and second == ["seen", "seen"]
        assert store.count() == 2


def test_extraction_round_trip(db: str) -> None:
    from warta.extract import extract

    a = article("KHARTOUM (Ledger Wire) - Two soldiers were killed and 18 wounded when shells hit "
                "a base near El Fasher on Sunday, the army said. The RSF denied it.\n")
    ex = extract(a)
    assert ex.claims and ex.events
    with Store(db) as store:
        store.add(a, ex)
        got = store.extraction(a.id)
    assert got.claims == ex.claims
    assert [(e.sub_event_type, e.denied_by, e.evidence) for e in got.events] == [
        (e.sub_event_type, e.denied_by, e.evidence) for e in ex.events]


def test_a_version_1_database_is_upgraded_in_place(db: str) -> None:
    with Store(db) as store:
        store.add(article())
    con = sqlite3.connect(db)
    con.execute("DROP TABLE claims")
    con.execute("DROP TABLE events")
    con.execute("DROP TABLE quotes")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(db) as store:
        assert store.count() == 1
        assert store.extraction(article().id).claims == ()
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM meta").fetchone()[0] == "4"
    con.close()


def test_a_version_2_database_gains_event_locations(db: str) -> None:
    with Store(db) as store:
        store.add(article())
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE events DROP COLUMN location")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(db) as store:
        assert store.count() == 1
    con = sqlite3.connect(db)
    columns = [r[1] for r in con.execute("PRAGMA table_info(events)")]
    assert "location" in columns
    assert con.execute("SELECT value FROM meta").fetchone()[0] == "4"
    con.close()
