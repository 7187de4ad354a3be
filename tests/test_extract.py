"""Extraction on wire-style sentences written for these tests, English and Indonesian alike."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.clean import clean
from warta.extract import extract, extract_all
from warta.model import CasualtyClaim, Extraction, RawDoc

PUBLISHED = "2024-06-09"  # a Sunday


def run(text: str, language: str, published: str | None = PUBLISHED) -> Extraction:
    article = clean(RawDoc(source="t", text=text, format="jsonl", language=language,
                           published=published))
    return extract(article)


def claims(text: str, language: str, **kw: str) -> list[CasualtyClaim]:
    return list(run(text, language, **kw).claims)


def brief(c: CasualtyClaim) -> tuple:
    return (c.kind, c.value, c.qualifier, c.victims)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("KHARTOUM, June 9 (Ledger Wire) - Two soldiers were killed and 18 wounded when artillery "
     "shells hit an army base near El Fasher on Saturday, the army said.", "en",
     [("killed", 2, "exact", "soldiers"), ("wounded", 18, "exact", "soldiers")]),
    ("On 9 May 2020, military forces of Sudan fired on the positions of the RSF near Kutum, "
     "killing 2 people.", "en", [("killed", 2, "exact", "people")]),
    ("The attack killed at least 31 people and wounded dozens more, the health ministry said.",
     "en", [("killed", 31, "at_least", "people"), ("wounded", 12, "at_least", "people")]),
    ("More than 1,200 civilians have been killed since the fighting began in April, according "
     "to the United Nations.", "en", [("killed", 1200, "more_than", "civilians")]),
    ("Gunmen abducted 14 students from a school in Kuriga on Thursday, police said.", "en",
     [("captured", 14, "exact", "civilians")]),
    ("Three people remain missing after the blast, rescuers said.", "en",
     [("missing", 3, "exact", "people")]),
    ("Rebels said they had taken 23 government soldiers prisoner.", "en",
     [("captured", 23, "exact", "soldiers")]),
    ("Dua prajurit TNI gugur dan tiga lainnya luka-luka dalam kontak tembak di Intan Jaya, "
     "kata Kapendam.", "id",
     [("killed", 2, "exact", "soldiers"), ("wounded", 3, "exact", "soldiers")]),
    ("Serangan itu menewaskan sedikitnya 17 warga sipil dan melukai 40 lainnya.", "id",
     [("killed", 17, "at_least", "civilians"), ("wounded", 40, "exact", "civilians")]),
    ("Jumlah korban tewas akibat serangan itu bertambah 9 orang menjadi 23, kata polisi.", "id",
     [("killed", 23, "exact", "people")]),
    ("Puluhan orang luka-luka dalam kericuhan itu.", "id",
     [("wounded", 12, "at_least", "people")]),
])
def test_figures(text: str, language: str, expected: list[tuple]) -> None:
    assert [brief(c) for c in claims(text, language)] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("A 12-year-old boy was among the displaced, his mother said.", "en"),
    ("The army destroyed 7 villages and 30 vehicles, 12 km from the border.", "en"),
    ("About 4,000 families fled the town in 2023, the agency said.", "en"),
    ("The toll rose by 9 to 23, the ministry said.", "en"),
    ("Seorang anak berusia 13 tahun ikut mengungsi bersama 1.400 warga.", "id"),
    ("Pasukan menembaki 19 permukiman dan tujuh desa dalam jarak 5 km dari kota.", "id"),
    ("Tiga gencatan senjata gagal dipertahankan sejak 1994.", "id"),
    ("Kelima putranya berada di garis depan pada hari kelima pertempuran.", "id"),
])
def test_not_figures(text: str, language: str) -> None:
    values = {c.value for c in claims(text, language)}
    assert values <= {23}, claims(text, language)


def test_the_new_figure_of_a_rising_toll_and_not_the_increment() -> None:
    (c,) = claims("The ministry said the number of soldiers killed since the war began had "
                  "risen by 36 to 963.", "en")
    assert (c.kind, c.value, c.victims, c.cumulative) == ("killed", 963, "soldiers", True)


def test_claimant_and_side_from_attribution() -> None:
    out = claims("According to the Ukrainian health ministry, 9 civilians were killed. "
                 "Russia's defence ministry said its forces had killed 40 Ukrainian soldiers.",
                 "en")
    assert [(c.value, c.claimant, c.victim_side) for c in out] == [
        (9, "UKR", "UKR"), (40, "RUS", "UKR")]


def test_a_speaker_before_a_relative_pronoun_is_the_name_it_refers_to() -> None:
    (c,) = claims("Angka itu jauh di bawah perkiraan Kantor PBB untuk Koordinasi Urusan "
                  "Kemanusiaan (OCHA), yang menyebut sekitar 200 warga sipil tewas.", "id")
    assert c.claimant_text == "Kantor PBB untuk Koordinasi Urusan Kemanusiaan (OCHA)"
    (c,) = claims("The toll is far below the estimate of the UN Office for the Coordination "
                  "of Humanitarian Affairs (OCHA), which said 200 civilians were killed.", "en")
    assert c.claimant_text == "UN Office for the Coordination of Humanitarian Affairs (OCHA)"
    assert c.claimant == "UN"
    (c,) = claims("The toll was given by a local official who said 12 people were killed.",
                  "en")
    assert c.claimant_text.endswith("a local official")  # never "... official who"


def test_claimant_carries_over_to_a_continuation() -> None:
    out = claims("Kementerian Pertahanan Ukraina mengatakan pasukan Rusia menembaki kota itu. "
                 "Dikatakan 12 warga sipil tewas sejauh ini.", "id")
    assert [(c.value, c.claimant, c.cumulative) for c in out] == [(12, "UKR", True)]


def test_unattributed_figure_has_unknown_claimant() -> None:
    (c,) = claims("Dikonfirmasi bahwa 40 orang tewas.", "id")
    assert c.claimant == "UNK"


def test_hedged_figure_is_an_estimate() -> None:
    (c,) = claims("The fighting may have killed 5,000 people, Vladimir Putin said.", "en")
    assert (c.value, c.qualifier, c.claimant) == (5000, "about", "RUS")


def test_as_of_dates() -> None:
    ex = run("KYIV, June 9 (Wire) - A Russian missile killed 4 people in Kharkiv on Friday, "
             "officials said. Ukraine said on Sunday that 320 civilians had been killed in "
             "the region so far this year.", "en")
    by_value = {c.value: c for c in ex.claims}
    assert by_value[4].as_of and by_value[4].as_of.value == dt.date(2024, 6, 7)
    assert not by_value[4].cumulative
    assert by_value[320].cumulative
    assert by_value[320].as_of and by_value[320].as_of.value == dt.date(2024, 6, 9)


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Serangan itu menewaskan sedikitnya 17 warga sipil, kata juru bicara militer."
    article = clean(RawDoc(source="t", text=text, format="jsonl", language="id"))
    for c in extract(article).claims:
        assert article.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert "17" in c.evidence.text


@pytest.mark.parametrize(("text", "language", "sub_type", "date"), [
    ("Russian missiles struck Zaporizhzhia on Saturday, killing nine people.", "en",
     "Shelling/artillery/missile attack", "2024-06-08"),
    ("A drone strike hit a market in Kyauktaw on Friday, residents said.", "en",
     "Air/drone strike", "2024-06-07"),
    ("Troops clashed with militants near Djibo overnight.", "en", "Armed clash", "2024-06-09"),
    ("A roadside bomb killed four soldiers near Gao on Thursday.", "en",
     "Remote explosive/landmine/IED", "2024-06-06"),
    ("Police fired tear gas to disperse protesters in Nairobi on Tuesday.", "en",
     "Protest with intervention", "2024-06-04"),
    ("Ribuan mahasiswa berunjuk rasa di depan gedung DPRD, Senin (3/6/2024).", "id",
     "Peaceful protest", "2024-06-03"),
    ("Polisi menangkap dua terduga pelaku di Wamena kemarin.", "id", "Arrests", "2024-06-08"),
    ("Kelompok bersenjata menculik lima pekerja di Yahukimo, Sabtu pagi.", "id",
     "Abduction/forced disappearance", "2024-06-08"),
    ("Pasukan pemerintah merebut kembali kota Sake dari pemberontak.", "id",
     "Government regains territory", "2024-06-09"),
])
def test_event_types_and_dates(text: str, language: str, sub_type: str, date: str) -> None:
    events = run(text, language).events
    assert [e.sub_event_type for e in events][:1] == [sub_type]
    assert events[0].date and events[0].date.iso() == date


def test_no_events_from_appeals_or_negations() -> None:
    assert run("The UN called for an end to the fighting.", "en").events == ()
    assert run("Armenia secara resmi tidak terlibat dalam pertempuran.", "id").events == ()


def test_accusation_and_denial_are_linked() -> None:
    ex = run("Ukrainian officials said Russian artillery shelled the village of Vovchansk "
             "overnight. Russia's defence ministry denied the claim.", "en")
    (event,) = [e for e in ex.events if e.sub_event_type.startswith("Shelling")]
    assert (event.actor1, event.claimant, event.denied_by) == ("RUS", "UKR", "RUS")
    assert event.denial is not None and "denied" in event.denial.text


def test_places_as_written() -> None:
    (event,) = run("Pasukan Armenia menembaki permukiman di wilayah Terter dan Aghjabedi.",
                   "id").events
    assert [p.name for p in event.places] == ["Terter", "Aghjabedi"]


def test_quotes_have_speakers() -> None:
    ex = run("“Kami tidak menyerang warga sipil,” kata juru bicara TPNPB Sebby Sambom.", "id")
    (q,) = ex.quotes
    assert q.text.startswith("Kami tidak menyerang") and "Sebby Sambom" in (q.speaker or "")
    assert q.party == "TPNPB"


def test_undated_article_borrows_a_reference_for_its_weekdays() -> None:
    dated = clean(RawDoc(source="a", text="Talks between Armenia and Azerbaijan in Washington "
                         "ended on Friday, Mike Pompeo said.", format="jsonl", language="en",
                         published="2020-10-24"))
    undated = clean(RawDoc(source="b", text="Heavy fighting raged on Friday as diplomats met "
                           "Mike Pompeo in Washington. Shelling killed 3 civilians on Friday.",
                           format="jsonl", language="en"))
    assert undated.published is None
    _, ex = extract_all([dated, undated])
    assert ex.reference and ex.reference.basis == "nearest article"
    (c,) = ex.claims
    assert c.as_of and c.as_of.value == dt.date(2020, 10, 23)


def test_language_without_a_pack_yields_nothing_but_does_not_fail() -> None:
    ex = run("Deux soldats ont été tués lundi près de Goma, selon l'armée.", "fr")
    assert ex.claims == () and ex.events == ()


def test_an_incident_toll_is_dated_by_the_incident_not_by_the_day_it_was_given() -> None:
    """'killing nine ... on Sunday, the police said on Monday': the toll is as of Sunday; a
    sentence with no date of its own takes the lead's incident day, never the dateline's."""
    text = ("PEMBA, Mozambique, Aug 12, 2024 (Harbour Wire) - Insurgents stormed the town of "
            "Mucojo before dawn on Sunday, killing at least nine civilians, the provincial "
            "police said on Monday.\n\n"
            "\"We counted 14 bodies near the market,\" said a fisherman.\n\n"
            "The army said on Monday that its forces had killed 11 insurgents since the start "
            "of the year.\n")
    article = clean(RawDoc(source="m.txt", text=text, format="text", raw_sha="m"))
    assert article.published and article.published.value == dt.date(2024, 8, 12)
    claims = {c.value: c for c in extract(article).claims}
    assert claims[9].as_of.value == dt.date(2024, 8, 11)   # Sunday, the attack
    assert claims[14].as_of.value == dt.date(2024, 8, 11)  # the lead's day, not the dateline's


@pytest.mark.parametrize("text", [
    "Salah satu korban tewas adalah Fadli Tuasikal (19), pelajar di Pelauw.",
    "Korban tewas, Darius (34), meninggal di tempat akibat luka tembak.",
    "\"Tidak benar empat prajurit kami gugur,\" kata juru bicara Kodam.",
    "Juru bicara itu menegaskan jumlah korban tiga orang, bukan empat.",
    "\"It is not true that 40 soldiers were killed,\" the army said.",
])
def test_ages_after_names_and_denied_numbers_are_no_figures(text: str) -> None:
    language = "en" if "soldiers were" in text else "id"
    article = clean(RawDoc(source="n.txt", text="Judul\n\n" + text + "\n", format="text",
                           raw_sha="n", language=language))
    values = {c.value for c in extract(article).claims}
    assert not values & {19, 34, 4, 40}, values


def test_a_claimed_figure_beside_a_denied_one_is_kept() -> None:
    text = ("Judul\n\nJuru bicara Kodam mengatakan tiga prajurit gugur dalam kontak tembak itu, "
            "bukan empat seperti klaim TPNPB.\n")
    article = clean(RawDoc(source="k.txt", text=text, format="text", raw_sha="k", language="id"))
    assert [c.value for c in extract(article).claims] == [3]


def _events(text: str, language: str) -> list:
    article = clean(RawDoc(source="e.txt", text="Judul\n\n" + text + "\n", format="text",
                           raw_sha=text[:20], language=language))
    return list(extract(article).events)


def test_another_account_of_the_same_fight_is_not_another_event() -> None:
    events = _events(
        "Pasukan Filipina bertempur dengan militan Dawlah Islamiyah di Piagapo, Sabtu "
        "(18/1/2025). Seorang dokter menyebut pihaknya merawat 10 tentara yang terluka dalam "
        "pertempuran itu. Warga mengatakan tiga rumah rusak dalam pertempuran terakhir itu.", "id")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1 and len(clashes[0].evidence) >= 2


def test_background_from_past_years_and_time_anchors_are_no_events() -> None:
    events = _events(
        "Warga dua desa bentrok di Pulau Haruku pada Senin (3/3/2025). Kedua desa pernah "
        "terlibat bentrokan serupa pada 2012. Sehari sebelum bentrokan, sekitar 150 warga "
        "menggelar aksi damai di depan kantor bupati.", "id")
    kinds = [(e.sub_event_type, e.evidence[0].text[:30]) for e in events]
    assert not any("2012" in e.evidence[0].text for e in events), kinds
    peaceful = [e for e in events if "aksi damai" in e.evidence[0].text]
    assert peaceful and peaceful[0].sub_event_type == "Peaceful protest", kinds
