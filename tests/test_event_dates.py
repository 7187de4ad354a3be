"""The day an event happened, from the ways reports write it."""

from __future__ import annotations

import pytest

from warta.model import RawDoc
from warta.pipeline import process


def first_date(text: str, language: str, published: str = "2024-03-14") -> tuple[str, str]:
    _, ex = process(RawDoc(source="t.txt", text=text, format="jsonl", published=published,
                           language=language))
    assert ex.events, text
    date = ex.events[0].date
    assert date is not None
    return date.iso(), date.precision


@pytest.mark.parametrize(("text", "language", "day"), [
    ("On 10 March 2024, gunmen attacked a police post in Kibati, killing two officers.", "en",
     "2024-03-10"),
    ("Around 10 March 2024 (as reported), gunmen attacked a police post in Kibati.", "en",
     "2024-03-10"),
    # the bracket qualifies the date before it; the coder's date stays the event's
    ("Around 10 March 2024 (between 8 March and 12 March), gunmen attacked a police post in "
     "Kibati.", "en", "2024-03-10"),
    ("On the night of 8-9 March 2024, gunmen attacked a police post in Kibati.", "en",
     "2024-03-08"),
    ("Gunmen attacked a police post in Kibati on Tuesday, killing two officers.", "en",
     "2024-03-12"),
    ("Gunmen attacked a police post in Kibati overnight, killing two officers.", "en",
     "2024-03-14"),
    # "July 7" names a neighbourhood, not a day
    ("Rebels shelled the July 7 neighbourhood of Kibati on Monday, killing three civilians.",
     "en", "2024-03-11"),
    ("Kelompok bersenjata menyerang pos polisi di Kibati pada Sabtu pagi dan menewaskan dua "
     "polisi.", "id", "2024-03-09"),
    ("Kelompok bersenjata menyerang pos polisi di Kibati kemarin dan menewaskan dua polisi.",
     "id", "2024-03-13"),
    ("Kelompok bersenjata menyerang pos polisi di Jalan 17 Agustus, Kibati, Senin malam, dan "
     "menewaskan dua polisi.", "id", "2024-03-11"),
    # a date in a clause opened after the trigger dates that clause, not the event
    ("On 12 March 2024, activists held a protest in Sidon for two men who had been detained "
     "10 days ago.", "en", "2024-03-12"),
    ("Gunmen attacked a police post in Kibati two days ago, killing two officers.", "en",
     "2024-03-12"),
    ("Kelompok bersenjata menyerang pos polisi di Kibati tiga hari yang lalu.", "id",
     "2024-03-11"),
])
def test_event_day(text: str, language: str, day: str) -> None:
    assert first_date(text, language) == (day, "day")


def test_last_week_is_a_week_not_a_day() -> None:
    got = first_date("Kelompok bersenjata menyerang pos polisi di Kibati pekan lalu dan "
                     "menewaskan dua polisi.", "id")
    assert got == ("2024-03-04", "week")  # the Monday of the week before 14 March 2024


def test_a_count_of_weeks_ago_is_a_week() -> None:
    got = first_date("Kelompok bersenjata menyerang pos polisi di Kibati dua minggu lalu.", "id")
    assert got == ("2024-02-26", "week")  # the Monday of the week two weeks before 14 March
