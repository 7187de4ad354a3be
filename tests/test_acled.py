"""ACLED-format data: round trip through the export and the matcher, cases that must not match,
and `warta extract --from-acled`."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from warta.evaluate_acled import GoldRow, read_gold, score
from warta.model import DateValue, Event, Evidence, Place

from .conftest import DEMO
from .test_cli import warta


def test_round_trip_is_a_perfect_match(tmp_path: Path, gazetteer) -> None:
    db, out = str(tmp_path / "d.db"), tmp_path / "demo.csv"
    assert warta("ingest", str(DEMO), "--db", db).returncode == 0
    assert warta("export", "--format", "acled-csv", "--db", db, "--out", str(out)).returncode == 0
    r = warta("eval", str(DEMO), "--gold-acled", str(out), "--json")
    scores = {json.loads(x)["measure"]: json.loads(x)["score"] for x in r.stdout.splitlines()}
    assert scores and all(v == 1.0 for v in scores.values()), scores


def _event(day: str, sub: str = "Armed clash", lat: float | None = -1.68,
           lon: float | None = 29.22, fatalities: int | None = None) -> Event:
    return Event(event_type="Battles", sub_event_type=sub,
                 evidence=(Evidence("a", 0, 1, "x"),),
                 date=DateValue(dt.date.fromisoformat(day), "day"),
                 location=Place("Goma", latitude=lat, longitude=lon) if lat is not None else None,
                 fatalities=fatalities)


def _row(day: str, precision: int = 1, etype: str = "Battles", sub: str = "Armed clash",
         lat: float | None = -1.68, lon: float | None = 29.22, fat: int | None = None) -> GoldRow:
    return GoldRow(2, dt.date.fromisoformat(day), precision, etype, sub, lat, lon, fat)


def test_what_must_not_match() -> None:
    assert score([_event("2024-03-10")], [_row("2024-03-12")]).matched == 0  # two days off
    assert score([_event("2024-03-10")], [_row("2024-03-12", precision=2)]).matched == 1
    assert score([_event("2024-03-10")], [_row("2024-03-10", etype="Protests")]).matched == 0
    far = _row("2024-03-10", lat=-4.3, lon=15.3)  # Kinshasa, 1,500 km away
    assert score([_event("2024-03-10")], [far]).matched == 0
    r = score([_event("2024-03-10", sub="Government regains territory", fatalities=3)],
              [_row("2024-03-10", fat=2)])
    assert (r.matched, r.sub_type_right, r.fatalities_right) == (1, 0, 0)
    # one-to-one: two gold rows cannot share one event
    assert score([_event("2024-03-10")], [_row("2024-03-10"), _row("2024-03-10")]).matched == 1


def test_bad_gold_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("a,b\n1,2\n")
    r = warta("eval", str(DEMO), "--gold-acled", str(path))
    assert r.returncode == 2 and "not an ACLED-format CSV" in r.stderr
    path.write_text("event_date,event_type,sub_event_type\nsoon,Battles,Armed clash\n")
    try:
        read_gold(path)
    except ValueError as exc:
        assert "g.csv:2" in str(exc)
    else:
        raise AssertionError("a bad date was accepted")


def test_extract_from_acled(tmp_path: Path, gazetteer) -> None:
    path = tmp_path / "acled.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["event_id_cnty", "event_date", "event_type", "notes"])
        w.writeheader()
        w.writerow({"event_id_cnty": "SDN101", "event_date": "2024-06-08",
                    "event_type": "Explosions/Remote violence",
                    "notes": "On 8 June 2024, RSF shelling killed 11 civilians in El Fasher."})
        w.writerow({"event_id_cnty": "SDN102", "event_date": "2024-06-09",
                    "event_type": "Battles", "notes": ""})
    r = warta("extract", "--from-acled", str(path))
    assert r.returncode == 1 and "acled.csv:3" in r.stderr  # the row without notes
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert row["source_id"] == "SDN101" and row["published"]["value"] == "2024-06-08"
    assert [(c["kind"], c["value"]) for c in row["claims"]] == [("killed", 11)]
