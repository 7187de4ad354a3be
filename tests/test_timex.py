"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.annotate.timex import find_times, latest_weekday

REF = dt.date(2020, 10, 24)  # a Saturday


@pytest.mark.parametrize(("text", "language", "expected", "precision"), [
    ("Jumat (23/10/2020)", "id", "2020-10-23", "day"),
    ("pada Sabtu (24/10) bahwa", "id", "2020-10-24", "day"),
    ("diserang Sabtu pagi", "id", "2020-10-24", "day"),
    ("pada hari Minggu", "id", "2020-10-18", "day"),
    ("Minggu lalu", "id", "2020-10-18", "day"),
    ("pada hari kamis", "id", "2020-10-22", "day"),
    ("dalam semalam", "id", "2020-10-24", "day"),
    ("kemarin", "id", "2020-10-23", "day"),
    ("pada 27 September", "id", "2020-09-27", "day"),
    ("Pada tanggal 23 dan 24 Oktober", "id", "2020-10-23", "day"),
    ("pekan lalu", "id", "2020-10-12", "week"),
    ("Aljazeera, 1/11.", "id", "2019-11-01", "day"),
    ("on Thursday", "en", "2020-10-22", "day"),
    ("last Saturday", "en", "2020-10-17", "day"),
    ("Friday night", "en", "2020-10-23", "day"),
    ("yesterday", "en", "2020-10-23", "day"),
    ("last week", "en", "2020-10-12", "week"),
    ("on 9 May 2020", "en", "2020-05-09", "day"),
    ("on March 3", "en", "2020-03-03", "day"),
    ("Wednesday, 14 October 2020", "en", "2020-10-14", "day"),
])
def test_resolution(text: str, language: str, expected: str, precision: str) -> None:
    (t,) = find_times(text, language, REF)
    assert t.value and t.value.isoformat() == expected
    assert t.precision == precision
    assert text[t.start:t.end] == t.text


def test_minggu_the_day_is_capitalised_minggu_the_week_is_not() -> None:
    assert [t.kind for t in find_times("selama satu minggu", "id", REF)] == []
    assert [t.kind for t in find_times("pada Minggu", "id", REF)] == ["weekday"]


def test_without_a_reference_relative_dates_stay_unresolved() -> None:
    (t,) = find_times("pada hari Jumat", "id", None)
    assert t.value is None and t.kind == "weekday"
    (t,) = find_times("Jumat (23/10/2020)", "id", None)
    assert t.value == dt.date(2020, 10, 23)


def test_since_marks_the_start_of_a_period() -> None:
    (t,) = find_times("sejak Minggu (27/9/2020)", "id", REF)
    assert t.since


def test_latest_weekday_is_on_or_before_the_reference() -> None:
    assert latest_weekday(5, REF) == REF
    assert latest_weekday(6, REF) == dt.date(2020, 10, 18)
