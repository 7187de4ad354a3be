"""The link stage (issue 14): linked once, stored, read back whole by every command and the API;
stories that do not chain; the same result whatever the order articles come in."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import random
from pathlib import Path

from warta.clean import clean
from warta.extract import extract_all
from warta.ingest import ReadFailure, read_paths
from warta.link.report import link
from warta.model import (
    Contradiction,
    DateValue,
    Event,
    Evidence,
    LinkedEvent,
    Place,
    ReportRef,
    Story,
    Tally,
    TallyPoint,
    from_jsonable,
    to_jsonable,
)
from warta.store import Store, links

from .conftest import DEMO
from .test_cli import warta


def _demo():
    articles = [clean(d) for d in read_paths([str(DEMO)]) if not isinstance(d, ReadFailure)]
    return list(zip(articles, extract_all(articles), strict=True))


def _full_records() -> tuple[Story, LinkedEvent, Tally, Contradiction]:
    """One record of each kind with every field set to something other than its default."""
    ev = Evidence("a1", 3, 9, "shells")
    place = Place("Sake", "Sake", "gn:1", -1.57, 29.04, "CD", "North Kivu", "P", 1, ev, "near")
    event = Event(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile "
        "attack", evidence=(ev, Evidence("a2", 0, 4, "fire")), actor1="REB", target="CIV",
        places=(place, Place("Goma")), location=place,
        date=DateValue(dt.date(2024, 3, 12), "week", "last week", "text+year"), fatalities=5,
        claimant="COD", claimant_text="the army", denied_by="REB",
        denial=Evidence("a1", 20, 30, "denied it"), trigger="shelled",
        article_ids=("a1", "a2"), story_id="s1")
    linked = LinkedEvent("e1", "s1", event, (ReportRef("a1", 0), ReportRef("a2", 3)))
    tally = Tally("COD", "killed", "civilians", "COD", (
        TallyPoint(14, "exact", dt.date(2024, 3, 11), "a1", "14 people"),
        TallyPoint(31, "at_least", None, "a2", "at least 31")), ("far from the others",), "s1",
        "the provincial government")
    contradiction = Contradiction(
        kind="denial", story_id="s1", claimant="COD", claimant_text="the army",
        denied_by="REB", event_id="e1", event="Shelling/artillery/missile attack",
        date=dt.date(2024, 3, 12), accusation="shells", denial="denied it",
        evidence=(ev, Evidence("a1", 20, 30, "denied it")), detail="who says what", value=7,
        as_of=dt.date(2024, 3, 13), article_ids=("a1", "a2"), outlets=("Demo Wire",))
    story = Story("s1", "Goma, Sake", ("a1", "a2"), dt.date(2024, 3, 11), dt.date(2024, 3, 13),
                  ("e1",))
    return story, linked, tally, contradiction


def test_every_record_survives_json_and_the_database(any_db: str) -> None:
    story, linked, tally, contradiction = _full_records()
    for record in (story, linked, tally, contradiction):
        for f in dataclasses.fields(record):  # every field differs from its default
            assert getattr(record, f.name) != f.default, f.name
        assert from_jsonable(type(record), json.loads(json.dumps(to_jsonable(record)))) == record
    with Store(any_db) as store:
        links.save(store, [story], [linked], [tally], [contradiction], {"a2": "a1"})
        assert links.stories(store) == [story]
        assert links.events(store) == [linked]
        assert links.tallies(store) == [tally] == links.tallies(store, "s1")
        assert links.contradictions(store) == [contradiction]
        assert links.story_of(store) == {"a1": "s1", "a2": "s1"}
        assert links.copy_of(store) == {"a2": "a1"}
        assert links.tallies(store, "other") == [] and links.stories(store, "other") == []
        # a second run replaces the first whole
        links.save(store, [], [], [], [], {})
        assert links.stories(store) == [] and links.events(store) == []


def test_link_does_not_depend_on_the_order_articles_come_in() -> None:
    pairs = _demo()
    expected = link(pairs)
    rng = random.Random(14)
    for _ in range(3):
        rng.shuffle(pairs)
        got = link(pairs)
        assert {(s.id, s.article_ids, s.event_ids) for s in got.stories} == {
            (s.id, s.article_ids, s.event_ids) for s in expected.stories}
        assert got.merged_events == expected.merged_events
        assert set(got.tallies) == set(expected.tallies)
        assert set(got.contradictions) == set(expected.contradictions)


def test_tallies_and_contradictions_stay_within_their_story() -> None:
    report = link(_demo())
    members = {s.id: set(s.article_ids) for s in report.stories}
    assert report.tallies and report.contradictions
    for t in report.tallies:
        assert t.story_id in members
        assert {p.article_id for p in t.points} <= members[t.story_id]
    for c in report.contradictions:
        assert set(c.article_ids) <= members[c.story_id]
    for e in report.merged_events:
        assert e.event.story_id == e.story_id and set(e.event.article_ids) <= members[e.story_id]
        assert {r.article_id for r in e.reports} == set(e.event.article_ids)
    for s in report.stories:
        assert set(s.event_ids) == {e.id for e in report.merged_events if e.story_id == s.id}


def test_an_undated_round_up_does_not_join_two_conflicts() -> None:
    """An undated digest naming both the Goma shelling and the Sugapa attack is close to both
    stories; average linkage keeps the two stories apart instead of chaining them."""
    from warta.model import RawDoc

    roundup = clean(RawDoc("roundup.txt", (
        "World briefing\n\n"
        "Shelling near Goma killed civilians in Sake as FPK rebels and Congolese troops clashed "
        "in North Kivu. In Papua, an armed group attacked a TNI post at Sugapa in Intan Jaya, "
        "killing two soldiers, the military said. In Jakarta, police used tear gas on "
        "protesters outside parliament."), "text"))
    assert roundup.published is None
    pairs = _demo()
    pairs.append((roundup, extract_all([roundup])[0]))
    stories = link(pairs).stories
    source = {a.id: a.source for a, _ in pairs}
    congo = next(s for s in stories if any("goma_shelling" in source[a] for a in s.article_ids))
    papua = next(s for s in stories if any("sugapa" in source[a] for a in s.article_ids))
    assert congo.id != papua.id


def test_every_command_and_the_api_read_the_same_linked_events(tmp_path: Path, gazetteer
                                                               ) -> None:
    from fastapi.testclient import TestClient

    from warta.server import ServerSettings, create_app

    db = str(tmp_path / "d.db")
    assert warta("ingest", str(DEMO), "--db", db).returncode == 0
    stories = [json.loads(x) for x in warta("stories", "--db", db, "--json").stdout.splitlines()]
    timeline = [json.loads(x) for x in warta("timeline", "--db", db, "--json").stdout.splitlines()]
    jsonl = [json.loads(x) for x in
             warta("export", "--format", "jsonl", "--db", db).stdout.splitlines()]
    acled = list(csv.DictReader(io.StringIO(warta("export", "--format", "acled-csv", "--db",
                                                  db).stdout)))
    geojson = json.loads(warta("export", "--format", "geojson", "--db", db).stdout)["features"]
    ids = [e["id"] for e in timeline]
    assert ids and len(set(ids)) == len(ids)
    assert [e["event_id"] for e in jsonl] == [r["event_id"] for r in acled] == ids
    assert {e["id"] for e in timeline if e["location"] and e["location"]["latitude"]
            is not None} == {f["properties"]["event_id"] for f in geojson}
    assert sorted(i for s in stories for i in s["event_ids"]) == sorted(ids)
    with TestClient(create_app(db, ServerSettings())) as client:
        api = client.get("/api/events", params={"limit": 500}).json()
        assert [e["id"] for e in api["items"]] == ids
        features = client.get("/api/events.geojson").json()["features"]
        assert len(features) == len(geojson)
        served = client.get("/api/stories").json()["items"]
        assert {s["id"]: s["event_ids"] for s in served} == {
            s["id"]: s["event_ids"] for s in stories}
        tallies = client.get("/api/tallies").json()["items"]
    cli_tallies = [json.loads(x) for x in
                   warta("tallies", "--db", db, "--json").stdout.splitlines()]
    assert tallies and len(tallies) == len(cli_tallies)
    assert all(t["story_id"] for t in tallies)


def test_articles_stored_but_not_linked_are_noted_and_warta_link_links_them(
        tmp_path: Path) -> None:
    """A crash between storing an article and linking it: readers say so, `warta link` (or the
    next run) links what is missing, and nothing is linked twice."""
    db = str(tmp_path / "d.db")
    pairs = _demo()
    with Store(db) as store:
        for article, extraction in pairs[:-1]:
            store.add(article, extraction)
        links.relink(store)
        store.add(*pairs[-1])  # stored, then the process died before linking
    r = warta("stories", "--db", db)
    assert r.returncode == 0 and "1 stored article is not linked yet" in r.stderr
    r = warta("link", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["articles"] == len(pairs)
    r = warta("stories", "--db", db, "--json")
    assert "not linked" not in r.stderr
    linked = [a for line in r.stdout.splitlines() for a in json.loads(line)["article_ids"]]
    assert sorted(linked) == sorted(a.id for a, _ in pairs)
    with Store(db) as store:
        assert links.unlinked(store) == 0 and len(links.vectors(store)) == len(pairs)


def test_linking_in_shuffled_batches_gives_what_one_run_gives(tmp_path: Path) -> None:
    """Incremental linking: each batch is linked against the stored stories only, and the
    result is the same as linking everything at once, whatever the order and batch sizes."""
    pairs = _demo()
    with Store(str(tmp_path / "once.db")) as store:
        for article, extraction in pairs:
            store.add(article, extraction)
        links.relink(store)
        stories = {(s.id, s.article_ids, s.event_ids) for s in links.stories(store)}
        events = set(links.events(store))
        tallies = set(links.tallies(store))
        contradictions = set(links.contradictions(store))
    rng = random.Random(15)
    for run in range(3):
        rng.shuffle(pairs)
        with Store(str(tmp_path / f"batches{run}.db")) as store:
            done = 0
            while done < len(pairs):
                size = rng.randint(1, 5)
                for article, extraction in pairs[done:done + size]:
                    store.add(article, extraction)
                links.link_new(store)
                done += size
            assert {(s.id, s.article_ids, s.event_ids) for s in links.stories(store)} == stories
            assert set(links.events(store)) == events
            assert set(links.tallies(store)) == tallies
            assert set(links.contradictions(store)) == contradictions
            assert links.link_new(store).articles == 0  # nothing is linked twice


def test_extractions_come_back_from_the_database_whole(any_db: str, gazetteer) -> None:
    """Records survive the database: every field of every extraction of the demo corpus (as-of
    and event dates with their wording and precision, places with their evidence, the reference
    date and parties), so linking stored articles gives what linking fresh ones gives."""
    from warta.ingest import ReadOptions, expand
    from warta.pipeline import ingest

    with Store(any_db) as store:
        results = list(ingest(expand([str(DEMO)]), store, ReadOptions(), gazetteer=gazetteer))
        assert results and all(r.status == "new" for r in results)
        for r in results:
            assert store.extraction(r.article_id) == r.extraction
        assert any(c.as_of and c.as_of.text for r in results for c in r.extraction.claims)
        assert any(e.date and e.date.text for r in results for e in r.extraction.events)
        fresh = link([(r.article, r.extraction) for r in results])
        stored = link(list(store.all_articles()))
        assert stored.merged_events == fresh.merged_events
        assert stored.contradictions == fresh.contradictions
