"""Casualty figures in English as real reports write them, and fewer false figures in
Indonesian text that reports no violence. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.evaluate_dev import AcledRow, acled_answer
from warta.model import CasualtyClaim, Extraction, RawDoc
from warta.pipeline import process


def extract(text: str, language: str = "en", published: str = "2021-03-14") -> Extraction:
    raw = RawDoc(source="test", text=text, format="text", source_id="t", published=published,
                 language=language)
    return process(raw)[1]


def killed(text: str, **kw: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, **kw).claims if c.kind == "killed"]


def toll(text: str) -> int:
    """The report's fatalities as the ACLED measure reads them: the main event's toll, else the
    sum of the incident figures of the killed."""
    row = AcledRow(1, "t", text, dt.date(2021, 3, 14), "", "", "", None, None, 0)
    return acled_answer(row).fatalities


@pytest.mark.parametrize(("text", "want"), [
    # active voice, with the agent before the verb
    ("On 12 March 2021, suspected bandits killed six traders near the cattle market of Dorri.", 6),
    ("Unknown gunmen killed 2 herders, and wounded others, at a well outside Tessaoua.", 2),
    # passive, with an agent that is no victim
    ("On 12 March 2021, four farmers were killed by suspected militia members in Kagoro.", 4),
    ("On 12 March 2021, a shopkeeper was shot and killed by two men on a motorbike in Wa.", 1),
    # found dead, died, bodies
    ("On 12 March 2021, a schoolteacher was found dead in a ditch outside Yendi.", 1),
    ("Armed men opened fire on a minibus near Kpandai. Nine people died.", 9),
    ("Police said 5 bodies were found in a burnt house in Gushegu.", 5),
    ("The blast tore through the bus depot in Bawku, leaving 7 people dead.", 7),
    # a number spread over a list
    ("The ambush killed two policemen and four civilians on the road to Bole.", 6),
    ("Three soldiers and one driver were killed when the convoy hit a mine.", 4),
    # a count with no numeral
    ("Gunmen stormed the village of Sanga, killing a civilian and injuring two children.", 1),
    ("Gunmen shot at a nurse and her driver in Tamale. Both victims died.", 2),
    ("Gunmen shot dead a trader in Tamale. The victim died at the scene.", 1),
    ("Raiders attacked a farmstead near Zabzugu and killed a herder and his son.", 2),
    ("On 12 March 2021, a 16-year-old apprentice was shot and killed near the lorry park.", 1),
    ("The army said a driver-mechanic died of his wounds in hospital on Saturday.", 1),
    ("The raid killed 9 villagers, among them a 4-year-old girl.", 9),
    # the agent of an active verb is no victim
    ("On 12 March 2021, a soldier shot and killed three villagers at a checkpoint.", 3),
    # a new verb ends the reach of the one before it
    ("Troops killed 8 militants and arrested two others in a raid on a camp.", 8),
    # vague counts by ACLED's rule
    ("Rebels attacked the market of Lira, killing dozens of villagers.", 12),
    ("Soldiers fired on the crowd and several protesters were killed.", 0),
    # the report's own total
    ("Armed men attacked a bar in Sunyani. Two men died. Another man died in hospital. "
     "3 fatalities.", 3),
    ("Militants attacked an army post and several soldiers were killed. Unknown fatalities "
     "coded as 10.", 10),
    ("Militias clashed in two villages, killing several fighters. Unknown fatalities coded as 10 "
     "and split between two events.", 5),
    ("A soldier was killed by a sniper near the border. Fatalities coded as 0 (rebels reported "
     "1).", 0),
])
def test_fatalities_of_a_report(text: str, want: int) -> None:
    assert toll(text) == want


def test_killed_and_injured_in_one_clause() -> None:
    x = extract("On 12 March 2021, gunmen killed two soldiers and injured five others in Kete.")
    got = {(c.kind, c.value) for c in x.claims}
    assert got == {("killed", 2), ("wounded", 5)}
    assert all(c.victims == "soldiers" for c in x.claims)


def test_death_toll_rose_is_a_running_total() -> None:
    (c,) = killed("The death toll from the attack on the market rose to 40 on "
                  "Friday, officials said.")
    assert c.value == 40 and c.cumulative


def test_incident_toll_is_no_running_total() -> None:
    (c,) = killed("On 12 March 2021, militants attacked a police post in Karaga. Three officers "
                  "died.")
    assert c.value == 3 and not c.cumulative


def test_figure_inside_a_breakdown_is_a_part() -> None:
    assert toll("On 12 March 2021, 5 passengers (2 men, 2 women and 1 child) were killed when "
                "their bus hit a mine.") == 5


def test_a_part_of_a_figure_is_not_added() -> None:
    assert toll("On 12 March 2021, an airstrike on a market killed 10 people, including four "
                "children.") == 10


def test_non_violent_deaths_are_no_figures() -> None:
    assert killed("Two inmates died of COVID-19 at the prison in Nsawam last week.") == []
    assert killed("Four people were killed in a traffic accident on the highway near Techiman.") \
        == []


def test_history_is_no_figure() -> None:
    assert killed("The ship sank on 15 April 1912 with more than 1,500 lives lost.") == []


def test_a_running_total_since_a_past_year_stays() -> None:
    (c,) = killed("The insurgency, which began in 2015, has killed more than 3,000 people, "
                  "monitors said.")
    assert c.value == 3000 and c.cumulative


def test_a_text_that_is_all_headline_is_read() -> None:
    assert toll("On 12 March 2021, suspected bandits killed six traders near Dorri") == 6


@pytest.mark.parametrize("text", [
    "Gol kedua dicetak pada menit ke - 63 setelah umpan silang dari sayap kiri.",
    "Jenazah sang penyanyi akan dimakamkan pada Kamis (21 / 12) mendatang.",
    "Tim tamu sempat unggul 17 - 16 sebelum fase kritis di akhir laga.",
    "Sebanyak 11 di antaranya dijatuhi hukuman mati oleh pengadilan.",
    "Sebanyak 546 di antaranya meninggal karena penyakit kanker setiap tahun.",
    "Kebakaran di gudang kembang api itu menewaskan 20 orang dan membuat puluhan lainnya terluka.",
    "Jumlah korban tewas akibat banjir bertambah 9 orang menjadi 23, kata BNPB.",
])
def test_indonesian_text_without_violence_has_no_figures(text: str) -> None:
    assert extract(text, language="id", published="2017-06-01").claims == ()


def test_indonesian_figures_still_read() -> None:
    x = extract("Serangan itu menewaskan 3 orang warga dan melukai 5 lainnya, kata polisi.",
                language="id", published="2021-03-14")
    assert {(c.kind, c.value) for c in x.claims} == {("killed", 3), ("wounded", 5)}


@pytest.mark.parametrize(("text", "want"), [
    ("The overall death toll stands at 1,200.", {("killed", 1200, True)}),
    ("The clashes caused 5 fatalities and 12 injuries on Tuesday.",
     {("killed", 5, False), ("wounded", 12, False)}),
    ("The attack left 14 dead and dozens wounded.",
     {("killed", 14, False), ("wounded", 12, False)}),
    ("The bodies of 2 fishermen with gunshot wounds were found on the beach.",
     {("killed", 2, False)}),
    ("Gunmen killed several villagers and abducted a dozen women.", {("captured", 12, False)}),
])
def test_kinds_beside_each_other(text: str, want: set[tuple[str, int, bool]]) -> None:
    assert {(c.kind, c.value, c.cumulative) for c in extract(text).claims} == want
