"""Reports of one event in several articles become one event."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from warta.link.coref import merge_events
from warta.model import DateValue, Event, Evidence, Place


def report(article: str, day: str, sub: str = "Shelling/artillery/missile attack",
           place: str | None = "gn:1", actor1: str | None = "AZE", target: str | None = "ARM",
           fatalities: int | None = None, denied_by: str | None = None) -> Event:
    return Event(event_type="Explosions/Remote violence", sub_event_type=sub,
                 evidence=(Evidence(article, 0, 5, "words"),), actor1=actor1, target=target,
                 places=(Place("Martakert", gazetteer_id=place),) if place else (),
                 date=DateValue(dt.date.fromisoformat(day), "day"), fatalities=fatalities,
                 denied_by=denied_by, article_ids=(article,))


def test_same_place_same_day_same_type_merge() -> None:
    (event,) = merge_events([report("a", "2020-10-23", fatalities=3),
                             report("b", "2020-10-23", fatalities=2, denied_by="AZE")])
    assert event.article_ids == ("a", "b") and len(event.evidence) == 2
    assert event.fatalities == 2 and event.denied_by == "AZE"  # the lowest toll; any denial


def test_what_stays_apart() -> None:
    assert len(merge_events([report("a", "2020-10-23"), report("b", "2020-10-24")])) == 2
    assert len(merge_events([report("a", "2020-10-23"),
                             report("b", "2020-10-23", place="gn:2")])) == 2
    assert len(merge_events([report("a", "2020-10-23"),
                             report("b", "2020-10-23", sub="Air/drone strike")])) == 2
    # two reports from one article were already merged by the extractor, or are distinct
    assert len(merge_events([report("a", "2020-10-23"), report("a", "2020-10-23")])) == 2


def test_talks_without_places_join_on_a_shared_party() -> None:
    events = merge_events([
        report("a", "2020-10-23", sub="Other", place=None, actor1=None, target="USA"),
        report("b", "2020-10-23", sub="Other", place=None, actor1="USA", target="AZE"),
    ])
    assert len(events) == 1


def test_seed_talks_in_washington_are_one_event(tmp_path: Path, gazetteer) -> None:
    """Issue 5: the talks in Washington, reported in 000 and 001, are one event."""
    from .conftest import shared_dir
    from .test_cli import warta

    seeds = shared_dir() / "corpus" / "seeds"
    if not seeds.is_dir():
        import pytest

        pytest.skip(f"seed corpus not found at {seeds}")
    db = str(tmp_path / "t.db")
    assert warta("ingest", str(seeds), "--db", db).returncode == 0
    rows = [json.loads(x) for x in warta("timeline", "--db", db, "--json").stdout.splitlines()]
    talks = [r for r in rows if "Pompeo" in " ".join(e["text"] for e in r["evidence"])]
    assert len(talks) == 1
    sources = {s.rsplit("/", 1)[-1][:3] for s in talks[0]["sources"]}
    assert sources == {"000", "001"}


def test_undated_reports_merge_with_dated_ones_without_error() -> None:
    """Issue 14: an undated article in a story made ``merge_events`` compare None with a date.
    The demo's Goma report without its dateline has no date; its events come last."""
    from warta.clean import clean
    from warta.extract import extract
    from warta.model import RawDoc

    from .conftest import DEMO

    congo = DEMO / "congo"
    dated = [clean(RawDoc(str(p), p.read_text(encoding="utf-8"), "text"))
             for p in sorted(congo.glob("*.txt"))]
    text = (congo / "goma_shelling_demowire.txt").read_text(encoding="utf-8")
    undated = clean(RawDoc("undated.txt", text.replace("GOMA, March 11 (Demo Wire) - ", ""),
                           "text"))
    assert undated.published is None
    events = [e for a in [*dated, undated] for e in extract(a).events]
    assert any(e.date is None for e in events) and any(e.date for e in events)
    merged = merge_events(events)
    dates = [e.date for e in merged]
    assert None in dates and dates.index(None) == sum(d is not None for d in dates)
    assert {a for e in merged for a in e.article_ids} == {a.id for a in [*dated, undated]}
    assert merged == merge_events(list(reversed(events)))
