"""Where an event is placed: reports of our own writing, against the real gazetteer."""

from __future__ import annotations

import math

import pytest

from warta.geo.gazetteer import Gazetteer
from warta.model import Place, RawDoc
from warta.pipeline import process


def located(text: str, gazetteer: Gazetteer) -> tuple[float, float]:
    raw = RawDoc(source="test", text=text, format="text", published="2021-06-04",
                 language="en")
    _, extraction = process(raw, None, gazetteer)
    assert extraction.events, "no event read"
    loc = extraction.events[0].location
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    return loc.latitude, loc.longitude


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


@pytest.mark.parametrize(("text", "where"), [
    # a namesake in a country no other place of the report is in (a Molotov cocktail is no
    # town in Russia)
    ("On 3 June 2021, Lebanese rioters hurled a Molotov cocktail at soldiers in Sidon during a "
     "protest against the economic crisis.", (33.56, 35.37)),
    # a province written by its short name still holds the town before it
    ("On 2 June 2021, gunmen shot dead a shopkeeper in Apatzingan, Michoacan.",
     (19.09, -102.35)),
    # a neighbourhood far from the town and state the report opens with is a namesake
    ("On 2 June 2021, in Leon, Guanajuato, armed men killed a taxi driver in Colonia Buena "
     "Vista.", (21.12, -101.68)),
    ("On 2 June 2021, in Hermosillo, Sonora, armed men killed a taxi driver in Colonia Del "
     "Valle.", (29.07, -110.96)),
    # the last word of a longer name the gazetteer lacks is no place of its own (no Salim in
    # the West Bank), and the particles and words of news text are none ("No", "Al")
    ("On 3 June 2021, shells fell in Abu Salim (Tripoli), killing a child. No other casualties "
     "were reported.", (32.89, 13.19)),
    ("On 3 June 2021, Al Shabaab militants attacked a police post in Mogadishu.", (2.04, 45.34)),
    # a town written with "city" is the town, not its province
    ("On 3 June 2021, unidentified gunmen shot dead a trader in Kirkuk city.", (35.47, 44.39)),
    # the town of a district written bare lies in that district (Veracruz's Atoyac, not
    # Jalisco's)
    ("On 3 June 2021, in Atoyac, Veracruz, residents protested against the pollution of the "
     "river.", (18.91, -96.78)),
    # a town that names a road is not where the protest was
    ("On 3 June 2021, journalists held a protest on Murree road in Rawalpindi city.",
     (33.60, 73.05)),
    # the event's words read the town in the country of the province after it, though the
    # whole-text reading of a lone "Santa Rosa" is Guatemala's department
    ("On 6 June 2021, two drug suspects were killed in a shoot-out with police in Santa Rosa, "
     "Laguna.", (14.31, 121.11)),
    # a quarter the gazetteer lacks, written after its town
    ("On 4 June 2021, hundreds of nurses rallied outside the clinic in Zagreb-Dubrava, Croatia, "
     "demanding higher pay.", (45.81, 15.98)),
    # of two places each in a country of its own, the one the event's words read the same way
    ("On 6 June 2021, artillery shells fell on houses in Ayn Zarah (Tripoli), wounding two "
     "fighters.", (32.89, 13.19)),
    # a word hyphenated to a lower-case one is no name of a quarter ("Taliban-planted")
    ("On 5 June 2021, a Taliban-planted landmine killed two shepherds in PD10 of Kandahar city.",
     (31.61, 65.71)),
    # the first word of a longer name the gazetteer lacks, in a country no other place is in,
    # is no place of the event (not Montenegro's Bar: the province the village lies in, at
    # its seat Dhuusamarreeb)
    ("On 5 June 2021, militants abducted two farmers from Bar Maanyo village (Ceel Dheer, "
     "Galgaduud).", (5.54, 46.39)),
    # a quarter of the town the report names, read far off, is a namesake: the town stays
    ("On 6 June 2021, in Tonala, Jalisco, residents of Colonia 20 de Noviembre blocked a street "
     "demanding water.", (20.62, -103.23)),
    ("On 6 June 2021, gunmen shot dead a shopkeeper in Barangay Santo Nino, Plaridel, Bulacan.",
     (14.89, 120.86)),
    ("On 6 June 2021, in Cuenca, Azuay, teachers rallied in Calderon park against pay cuts.",
     (-2.90, -79.00)),
    # a province written by its short name is the province, not a hamlet of that name
    # (Chiapas's Michoacán, 574 people): placed at its seat, Morelia
    ("On 6 June 2021, students blocked a highway in Michoacan to protest police abuses.",
     (19.70, -101.19)),
    # a town the event's words name inside the province the whole text read alone
    ("On 6 June 2021, in the Municipality of Fresnillo, Zacatecas, gunmen killed two men in a "
     "car.", (23.17, -102.87)),
    # a town written before a province, the town read only abroad (Spain's Castilla) and the
    # province at home (Peru's Piura): the province's country holds, the event is at Piura
    ("On 6 June 2021, market vendors marched in Castilla, Piura, against new stall fees.",
     (-5.19, -80.63)),
    # the place a coder's note says the event was coded to is its location
    ("On 6 June 2021, about 200 people clashed with police in Kypseli [coded to Athens].",
     (37.98, 23.73)),
])
def test_the_event_is_placed_where_it_happened(text: str, where: tuple[float, float],
                                               gazetteer: Gazetteer) -> None:
    assert km(located(text, gazetteer), where) <= 25


def test_a_province_by_its_short_name_is_the_province(gazetteer: Gazetteer) -> None:
    from warta.geo.geoparse import geoparse

    places = geoparse("Protesters blocked a road in Zamora, Michoacan, on Monday.", "en",
                      gazetteer)
    province = next(p for p in places if p.name == "Michoacan")
    assert (province.feature_class, province.country_code) == ("admin1", "MX")
    town = next(p for p in places if p.name == "Zamora")
    assert town.country_code == "MX" and town.admin1 == province.canonical_name


def location(text: str, gazetteer: Gazetteer) -> Place:
    raw = RawDoc(source="test", text=text, format="text", published="2021-06-04",
                 language="en")
    _, extraction = process(raw, None, gazetteer)
    assert extraction.events, "no event read"
    return extraction.events[0].location


def test_a_unit_named_bare_is_its_own_town_but_not_with_its_admin_word(
        gazetteer: Gazetteer) -> None:
    town = (11.32, -5.67)  # Sikasso town; the region's own point lies some 100 km west
    bare = location("On 3 June 2021, police arrested two journalists in Sikasso.", gazetteer)
    assert (bare.feature_class, bare.precision) == ("city", 1)
    assert km((bare.latitude, bare.longitude), town) <= 10
    region = location("On 3 June 2021, police arrested two journalists in Sikasso region.",
                      gazetteer)
    assert (region.feature_class, region.precision) == ("admin1", 3)  # the region, as written
    # ... placed at its seat, as ACLED codes a province-only event
    assert km((region.latitude, region.longitude), town) <= 10
    unit = gazetteer.get(region.gazetteer_id)
    assert km((unit.latitude, unit.longitude), town) > 25


@pytest.mark.parametrize(("text", "seat"), [
    # the seat has a name of its own: Pemba governs Cabo Delgado, Bor Jonglei
    ("On 4 June 2021, suspected insurgents attacked a convoy in Cabo Delgado province.",
     (-12.97, 40.52)),
    ("On 4 June 2021, cattle raiders killed three herders in Jonglei state.", (6.21, 31.56)),
    # a region holding the national capital is placed at the capital
    ("On 4 June 2021, protesters marched against price rises in Kabul province.",
     (34.53, 69.17)),
])
def test_a_province_only_event_is_placed_at_its_seat(text: str, seat: tuple[float, float],
                                                    gazetteer: Gazetteer) -> None:
    raw = RawDoc(source="test", text=text, format="text", published="2021-06-04",
                 language="en")
    _, extraction = process(raw, None, gazetteer)
    loc = extraction.events[0].location
    assert (loc.feature_class, loc.precision) == ("admin1", 3)
    assert km((loc.latitude, loc.longitude), seat) <= 10
    # the toponym itself, among the article's places, keeps the province's own point
    unit = gazetteer.get(loc.gazetteer_id)
    mention = next(p for p in extraction.places if p.gazetteer_id == loc.gazetteer_id)
    assert (mention.latitude, mention.longitude) == (unit.latitude, unit.longitude)


def test_only_a_province_has_a_seat(gazetteer: Gazetteer) -> None:
    town = next(e for e in gazetteer.lookup("Pemba") if e.country_code == "MZ")
    assert gazetteer.seat(town) is None
    assert gazetteer.seat(gazetteer.countries("MZ")) is None


def test_a_place_said_to_lie_in_a_province_is_no_namesake_abroad(gazetteer: Gazetteer) -> None:
    from warta.geo.geoparse import geoparse

    places = geoparse("Clashes broke out between two families in the town of Karak in Dar'a "
                      "on Monday.", "en", gazetteer)
    karak = next(p for p in places if p.name == "Karak")
    assert karak.country_code in (None, "SY")  # not Pakistan's, Indonesia's or Jordan's Karak
    assert next(p for p in places if p.name == "Dar'a").country_code == "SY"


def test_a_region_named_like_a_country_is_the_region(gazetteer: Gazetteer) -> None:
    from warta.geo.geoparse import geoparse

    places = geoparse("Clan violence broke out in Afdere zone (Somali region) on Sunday, and "
                      "Syrian forces shelled a village.", "en", gazetteer)
    somali = next(p for p in places if p.name == "Somali")
    assert (somali.feature_class, somali.country_code) == ("admin1", "ET")  # not Somalia
    assert next(p for p in places if p.name == "Syrian").feature_class == "country"
