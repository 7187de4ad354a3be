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


def test_round_trip_keeps_every_field(any_db: str) -> None:
    db = any_db
    a = article()
    with Store(db) as store:
        assert store.add(a).status == "new"
        got, origins = store.get(a.id)
    assert got.text == a.text and got.outlet == "Ledger Wire"
    assert got.removed == a.removed and [r.text for r in got.removed] == ["Read Next",
                                                                          "Other story"]
    assert got.cited_sources == a.cited_sources
    assert [o.source for o in origins] == ["a.txt"]


def test_same_article_again_is_a_no_op_and_copies_are_recorded(any_db: str) -> None:
    db = any_db
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


def test_an_article_is_stored_whole_or_not_at_all(any_db: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = any_db
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


def test_resolve_by_prefix_source_and_input_id(any_db: str) -> None:
    db = any_db
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


def test_ingest_twice_stores_nothing_new(tmp_path: Path, any_db: str) -> None:
    db = any_db
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT)
    (tmp_path / "in" / "b.txt").write_text(TEXT.replace("Two", "Five"))
    with Store(db) as store:
        first = [r.status for r in ingest(expand([str(tmp_path / "in")]), store, ReadOptions())]
        second = [r.status for r in ingest(expand([str(tmp_path / "in")]), store, ReadOptions())]
        assert first == ["new", "new"] and second == ["seen", "seen"]
        assert store.count() == 2


def test_extraction_round_trip(any_db: str) -> None:
    db = any_db
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


# -- the same behaviour on both engines ------------------------------------------------------


def _everything(store: Store) -> dict[str, object]:
    """What every read the commands make returns, in comparable form."""
    from warta.model import to_jsonable

    return {
        "count": store.count(),
        "summaries": [to_jsonable(s) for s in store.summaries()],
        "first_two_en": [s.id for s in store.summaries(limit=2, offset=1, language="en")],
        "outlet": [s.id for s in store.summaries(outlet="ANTARA")],
        "published_dates": sorted(store.published_dates()),
        "articles": [(to_jsonable(a), to_jsonable(ex)) for a, ex in store.all_articles()],
        "claims": [(to_jsonable(c), aid) for c, aid in store.claims()],
        "events": [(to_jsonable(e), origin) for e, origin in store.events()],
        "places": store.places(),
    }


def test_every_query_gives_the_same_answers_on_sqlite_and_postgresql(
        tmp_path: Path, pg_url: str, gazetteer) -> None:
    from .conftest import DEMO

    answers = []
    for db in (str(tmp_path / "demo.db"), pg_url):
        with Store(db) as store:
            results = list(ingest(expand([str(DEMO)]), store, ReadOptions(),
                                  gazetteer=gazetteer))
            assert [r.status for r in results].count("new") == 13
            answers.append(_everything(store))
            for summary in store.summaries():
                article, origins = store.get(summary.id)
                assert store.resolve(summary.id[:5].upper()) == summary.id
                assert origins and article.text.startswith(summary.lead[:20].split()[0])
    sqlite, postgres = answers
    assert sqlite["count"] == 13 and sqlite["claims"] and sqlite["events"] and sqlite["places"]
    assert any(p["latitude"] is not None for p in sqlite["places"])
    assert any(s["published_precision"] == "day" for s in sqlite["summaries"])
    for key in sqlite:
        assert postgres[key] == sqlite[key], key


def test_long_unicode_and_odd_values_are_kept(any_db: str) -> None:
    from warta.model import CasualtyClaim, Evidence, Extraction

    body = ("Pasukan menembaki desa Ağcabədi 🚀 — 'kutip' \"dua\" \\ ; DROP TABLE articles; -- "
            * 20000)  # about 1.6 MB
    a = article(body + "\n", source="ü/" + "x" * 1000 + ".txt", source_id="ид-" + "7" * 500)
    claim = CasualtyClaim(kind="killed", value=2**31 - 1, qualifier="more_than",
                          victims="civilians", evidence=Evidence(a.id, 0, 7, a.text[:7]),
                          victim_side="S" * 200, claimant="A-PARTY-CODE-FROM-A-USER-FILE-" * 5,
                          claimant_text="juru bicara", cumulative=True)
    with Store(any_db) as store:
        assert store.add(a, Extraction(article_id=a.id, claims=(claim,))).status == "new"
        got, origins = store.get(store.resolve("ид-" + "7" * 500))
        assert got.text == a.text and origins[0].source == a.source
        assert store.extraction(a.id).claims == (claim,)
        assert next(store.summaries()).chars == len(a.text)


def test_feed_state_round_trip(any_db: str) -> None:
    with Store(any_db) as store:
        assert store.feed_state("http://x/feed") == (None, None)
        store.save_feed_state("http://x/feed", '"etag-1"', "Mon, 02 Jan 2006 15:04:05 GMT")
        store.save_feed_state("http://x/feed", '"etag-2"', None)
        assert store.feed_state("http://x/feed") == ('"etag-2"', None)
        assert not store.item_seen("http://x/feed", "guid-1")
        store.mark_item("http://x/feed", "guid-1", "http://x/1", None, "robots.txt forbids it")
        store.mark_item("http://x/feed", "guid-1", "http://x/1", None)  # again: no error
        assert store.item_seen("http://x/feed", "guid-1")
        hostile = "g" + "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(5000))
        assert not store.item_seen("http://x/feed", hostile)
        store.mark_item("http://x/feed", hostile, "http://x/2", None)
        assert store.item_seen("http://x/feed", hostile)


def test_nul_characters_are_stored_as_replacement_characters(any_db: str, tmp_path: Path
                                                             ) -> None:
    """PostgreSQL cannot hold NUL in text; a JSON line can carry one (\\u0000)."""
    import json

    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"id": "nul\u0000id", "title": "t\u0000x", "text":
                                "Pasukan menembaki desa itu\u0000 pada malam hari, kata juru "
                                "bicara. Dua warga tewas.", "outlet": "Antara"}) + "\n")
    with Store(any_db) as store:
        first = list(ingest(expand([str(path)]), store, ReadOptions()))
        assert [r.status for r in first] == ["new"]
        got, _ = store.get(first[0].article_id)
        assert "itu\ufffd pada" in got.text and "\x00" not in got.text
        assert len(got.text) == len(first[0].article.text)  # offsets still hold
        assert store.resolve("nul\u0000id") == got.id
        again = list(ingest(expand([str(path)]), store, ReadOptions()))
        assert [r.status for r in again] == ["seen"]


def test_a_file_name_that_is_not_utf8_is_stored_and_seen_again(any_db: str, tmp_path: Path
                                                                ) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"berita\xff.txt")  # '\udcff' in Python's str
    (folder / name).write_text(TEXT)
    with Store(any_db) as store:
        assert [r.status for r in ingest(expand([str(folder)]), store, ReadOptions())] == ["new"]
        assert [r.status for r in ingest(expand([str(folder)]), store, ReadOptions())] == ["seen"]
        _, origins = store.get(store.resolve(str(folder / name)))
        assert origins[0].source == str(folder / "berita\ufffd.txt")


def test_input_identifiers_of_any_length_are_kept(any_db: str, tmp_path: Path) -> None:
    """PostgreSQL cannot index a value over ~2,700 bytes; an input's identity is a hash."""
    import json
    import random
    import string

    rng = random.Random(7)
    long_id = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(20000))
    path = tmp_path / ("d" * 200) / "records.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"id": long_id, "text": "Pasukan menembaki desa itu pada malam "
                                "hari, kata juru bicara. Dua warga tewas."}) + "\n")
    with Store(any_db) as store:
        assert [r.status for r in ingest(expand([str(path)]), store, ReadOptions())] == ["new"]
        assert [r.status for r in ingest(expand([str(path)]), store, ReadOptions())] == ["seen"]
        got, origins = store.get(store.resolve(long_id))
        assert origins[0].source_id == long_id and got.source_id == long_id


def test_articles_are_listed_in_the_same_order_whatever_the_collation(pg_server, tmp_path: Path
                                                                       ) -> None:
    """A PostgreSQL database made with a language's collation sorts 'a_b' before 'aB'; SQLite
    sorts by code point. The listing must not depend on it."""
    import psycopg

    with psycopg.connect(pg_server.dsn("postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE english TEMPLATE template0 LOCALE_PROVIDER icu "
                     "ICU_LOCALE 'en-US' LOCALE 'C'")
    orders = []
    for db in (str(tmp_path / "w.db"), pg_server.dsn("english")):
        with Store(db) as store:
            for i, name in enumerate(["aB.txt", "a_b.txt", "Ab.txt", "a/c.txt"]):
                store.add(article(TEXT.replace("Two", f"{i + 2} of the"), source=name,
                                  sha=name))
            orders.append([s.source for s in store.summaries()])
    assert orders[0] == orders[1] == ["Ab.txt", "a/c.txt", "aB.txt", "a_b.txt"]
