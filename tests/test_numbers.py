"""Numbers annotator: numerals and number words in Indonesian and English, with qualifiers, ranges,
and the kinds that are no counts (ordinals, percents, money, measures, years, decimals).

Every case checks exact spans: ``text[start:end]`` is the whole mention (qualifier, currency,
unit included) and ``text[number_start:number_end]`` the number alone.

Speed (not asserted), best of 5 x ``timeit.timeit(lambda: find_numbers(text, lang), number=200)
/ 200`` on the development machine: the five seed articles cut to 3,000 characters (6-13 numbers
each) take 0.12-0.20 ms; the denser extraction-set articles repeated to 3,000 characters (20-30
numbers each) 0.33-0.54 ms. Scanning costs about 0.1 ms per 3,000 characters, each number about
8 microseconds more.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta.lang as lang
from warta.annotate.numbers import find_numbers
from warta.model import NumberMention

QUALIFIERS = {"exact", "about", "at_least", "more_than", "up_to", "range"}
KINDS = {"cardinal", "vague", "ordinal", "year", "percent", "money", "measure", "decimal"}


def _one(text: str, language: str, mention: str) -> NumberMention:
    found = [m for m in find_numbers(text, language) if m.text == mention]
    assert len(found) == 1, (mention, find_numbers(text, language))
    m = found[0]
    assert text[m.start:m.end] == mention
    return m


def _summary(text: str, language: str) -> list[tuple[str, str, int, str, str]]:
    """(mention, number, value, qualifier, kind) of every mention, checking the spans."""
    out = []
    for m in find_numbers(text, language):
        assert m.text == text[m.start:m.end]
        out.append((m.text, text[m.number_start:m.number_end], m.value, m.qualifier, m.kind))
    return out


# --- single mentions: (text, mention, number, value, qualifier, kind) ----------------------------

ID_CASES = [
    # Grouping and decimals.
    ("1.166 pasukan", "1.166", "1.166", 1166, "exact", "cardinal"),
    ("5.000 orang", "5.000", "5.000", 5000, "exact", "cardinal"),
    ("1.166.000 pengungsi", "1.166.000", "1.166.000", 1_166_000, "exact", "cardinal"),
    ("1,5 juta pengungsi", "1,5 juta", "1,5 juta", 1_500_000, "exact", "cardinal"),
    ("sekitar 1,2 juta orang", "sekitar 1,2 juta", "1,2 juta", 1_200_000, "about", "cardinal"),
    ("3 ribu orang", "3 ribu", "3 ribu", 3000, "exact", "cardinal"),
    ("nilai 7,25 poin", "7,25", "7,25", 7, "exact", "decimal"),
    ("indeks 2,5", "2,5", "2,5", 3, "exact", "decimal"),
    ("2000 orang mengungsi", "2000", "2000", 2000, "exact", "cardinal"),
    # Number words.
    ("satu orang", "satu", "satu", 1, "exact", "cardinal"),
    ("sembilan orang", "sembilan", "sembilan", 9, "exact", "cardinal"),
    ("sepuluh orang", "sepuluh", "sepuluh", 10, "exact", "cardinal"),
    ("sebelas orang", "sebelas", "sebelas", 11, "exact", "cardinal"),
    ("dua belas orang", "dua belas", "dua belas", 12, "exact", "cardinal"),
    ("tiga belas polisi terluka", "tiga belas", "tiga belas", 13, "exact", "cardinal"),
    ("dua puluh tiga orang", "dua puluh tiga", "dua puluh tiga", 23, "exact", "cardinal"),
    ("seratus orang", "seratus", "seratus", 100, "exact", "cardinal"),
    ("dua ratus lima puluh orang", "dua ratus lima puluh", "dua ratus lima puluh", 250, "exact",
     "cardinal"),
    ("dua ratus lima puluh ribu orang", "dua ratus lima puluh ribu",
     "dua ratus lima puluh ribu", 250_000, "exact", "cardinal"),
    ("seratus lima puluh", "seratus lima puluh", "seratus lima puluh", 150, "exact", "cardinal"),
    ("seribu orang", "seribu", "seribu", 1000, "exact", "cardinal"),
    ("tiga ribu orang", "tiga ribu", "tiga ribu", 3000, "exact", "cardinal"),
    ("sejuta orang", "sejuta", "sejuta", 1_000_000, "exact", "cardinal"),
    ("seorang remaja tewas", "seorang", "seorang", 1, "exact", "cardinal"),
    ("sebuah rumah hancur", "sebuah", "sebuah", 1, "exact", "cardinal"),
    ("Tiga gencatan senjata gagal", "Tiga", "Tiga", 3, "exact", "cardinal"),
    ("DUA ORANG", "DUA", "DUA", 2, "exact", "cardinal"),
    # Vague quantities, ACLED's conservative values.
    ("puluhan orang luka-luka", "puluhan", "puluhan", 12, "at_least", "vague"),
    ("belasan rumah", "belasan", "belasan", 11, "at_least", "vague"),
    ("ratusan orang", "ratusan", "ratusan", 100, "at_least", "vague"),
    ("ribuan warga", "ribuan", "ribuan", 1000, "at_least", "vague"),
    ("puluhan ribu warga", "puluhan ribu", "puluhan ribu", 10_000, "at_least", "vague"),
    ("ratusan ribu warga", "ratusan ribu", "ratusan ribu", 100_000, "at_least", "vague"),
    ("jutaan warga", "jutaan", "jutaan", 1_000_000, "at_least", "vague"),
    ("Puluhan tentara", "Puluhan", "Puluhan", 12, "at_least", "vague"),
    ("lebih dari ratusan orang", "lebih dari ratusan", "ratusan", 100, "more_than", "vague"),
    # Qualifiers.
    ("sekitar 10 orang", "sekitar 10", "10", 10, "about", "cardinal"),
    ("kurang lebih 20 orang", "kurang lebih 20", "20", 20, "about", "cardinal"),
    ("hampir 30 orang", "hampir 30", "30", 30, "about", "cardinal"),
    ("mendekati 5.000", "mendekati 5.000", "5.000", 5000, "about", "cardinal"),
    ("nyaris 40 orang", "nyaris 40", "40", 40, "about", "cardinal"),
    ("lebih dari 50 tentara", "lebih dari 50", "50", 50, "more_than", "cardinal"),
    ("lebih dari sekitar 50 tentara", "lebih dari sekitar 50", "50", 50, "more_than",
     "cardinal"),
    ("sedikitnya 91 warga sipil", "sedikitnya 91", "91", 91, "at_least", "cardinal"),
    ("setidaknya 60 orang", "setidaknya 60", "60", 60, "at_least", "cardinal"),
    ("paling sedikit 60 orang", "paling sedikit 60", "60", 60, "at_least", "cardinal"),
    ("minimal 7 orang", "minimal 7", "7", 7, "at_least", "cardinal"),
    ("tak kurang dari 70 orang", "tak kurang dari 70", "70", 70, "at_least", "cardinal"),
    ("hingga 80 orang", "hingga 80", "80", 80, "up_to", "cardinal"),
    ("sampai 90 orang", "sampai 90", "90", 90, "up_to", "cardinal"),
    ("maksimal 100 orang", "maksimal 100", "100", 100, "up_to", "cardinal"),
    ("sebanyak-banyaknya 110 orang", "sebanyak-banyaknya 110", "110", 110, "up_to", "cardinal"),
    ("sebanyak 36 orang", "sebanyak 36", "36", 36, "exact", "cardinal"),
    ("mencapai 120 orang", "mencapai 120", "120", 120, "exact", "cardinal"),
    ("total 130 orang", "total 130", "130", 130, "exact", "cardinal"),
    ("Sedikitnya tiga orang", "Sedikitnya tiga", "tiga", 3, "at_least", "cardinal"),
    # Ordinals.
    ("hari kelima", "kelima", "kelima", 5, "exact", "ordinal"),
    ("serangan yang kedua", "kedua", "kedua", 2, "exact", "ordinal"),
    ("kelima putranya", "kelima", "kelima", 5, "exact", "ordinal"),
    ("pertama kali", "pertama", "pertama", 1, "exact", "ordinal"),
    ("hari ke-5", "ke-5", "5", 5, "exact", "ordinal"),
    ("hari ke-21 pertempuran", "ke-21", "21", 21, "exact", "ordinal"),
    # Percents, money, measures.
    ("2,3 persen", "2,3 persen", "2,3", 2, "exact", "percent"),
    ("5 persen", "5 persen", "5", 5, "exact", "percent"),
    ("naik 5%", "5%", "5", 5, "exact", "percent"),
    ("Rp 14.000 per kg", "Rp 14.000", "14.000", 14_000, "exact", "money"),
    ("harga Rp14 ribu", "Rp14 ribu", "14 ribu", 14_000, "exact", "money"),
    ("US$ 5 juta", "US$ 5 juta", "5 juta", 5_000_000, "exact", "money"),
    ("5 dolar", "5 dolar", "5", 5, "exact", "money"),
    ("sekitar Rp 5 juta", "sekitar Rp 5 juta", "5 juta", 5_000_000, "about", "money"),
    ("10 ton beras", "10 ton", "10", 10, "exact", "measure"),
    ("sejauh 30 kilometer", "30 kilometer", "30", 30, "exact", "measure"),
    ("jarak 5km", "5km", "5", 5, "exact", "measure"),
    # Years; durations stay cardinals for the extractor.
    ("pada tahun 1994", "1994", "1994", 1994, "exact", "year"),
    ("sejak 1994 wilayah itu", "1994", "1994", 1994, "exact", "year"),
    ("akhir 2020 lalu", "2020", "2020", 2020, "exact", "year"),
    ("pada Oktober 2020 lalu", "2020", "2020", 2020, "exact", "year"),
    ("perang (2020)", "2020", "2020", 2020, "exact", "year"),
    ("tahun 1990-an", "1990-an", "1990", 1990, "exact", "year"),
    ("berusia 13 tahun", "13", "13", 13, "exact", "cardinal"),
    ("selama 2 jam", "2", "2", 2, "exact", "cardinal"),
    ("mencapai 2000 orang.", "mencapai 2000", "2000", 2000, "exact", "cardinal"),
]

EN_CASES = [
    # Grouping and decimals.
    ("1,166 of their troops", "1,166", "1,166", 1166, "exact", "cardinal"),
    ("5,000 people", "5,000", "5,000", 5000, "exact", "cardinal"),
    ("1,166,000 refugees", "1,166,000", "1,166,000", 1_166_000, "exact", "cardinal"),
    ("1.5 million refugees", "1.5 million", "1.5 million", 1_500_000, "exact", "cardinal"),
    ("5 million people", "5 million", "5 million", 5_000_000, "exact", "cardinal"),
    ("3 thousand people", "3 thousand", "3 thousand", 3000, "exact", "cardinal"),
    ("a score of 2.5", "2.5", "2.5", 3, "exact", "decimal"),
    ("a rate of 7.25", "7.25", "7.25", 7, "exact", "decimal"),
    ("2000 people fled", "2000", "2000", 2000, "exact", "cardinal"),
    # Number words.
    ("one soldier", "one", "one", 1, "exact", "cardinal"),
    ("Two soldiers", "Two", "Two", 2, "exact", "cardinal"),
    ("nine people", "nine", "nine", 9, "exact", "cardinal"),
    ("eleven people", "eleven", "eleven", 11, "exact", "cardinal"),
    ("Nineteen people", "Nineteen", "Nineteen", 19, "exact", "cardinal"),
    ("twenty-three people", "twenty-three", "twenty-three", 23, "exact", "cardinal"),
    ("twenty three people", "twenty three", "twenty three", 23, "exact", "cardinal"),
    ("a hundred people", "a hundred", "a hundred", 100, "exact", "cardinal"),
    ("one hundred people", "one hundred", "one hundred", 100, "exact", "cardinal"),
    ("two hundred and fifty people", "two hundred and fifty", "two hundred and fifty", 250,
     "exact", "cardinal"),
    ("Two hundred and fifty people", "Two hundred and fifty", "Two hundred and fifty", 250,
     "exact", "cardinal"),
    ("a dozen people", "a dozen", "a dozen", 12, "exact", "cardinal"),
    ("two dozen people", "two dozen", "two dozen", 24, "exact", "cardinal"),
    ("a thousand people", "a thousand", "a thousand", 1000, "exact", "cardinal"),
    ("one million people", "one million", "one million", 1_000_000, "exact", "cardinal"),
    ("three thousand five hundred", "three thousand five hundred",
     "three thousand five hundred", 3500, "exact", "cardinal"),
    ("a 13-year-old boy", "13", "13", 13, "exact", "cardinal"),
    ("a three-year-old girl", "three", "three", 3, "exact", "cardinal"),
    # Vague quantities, ACLED's conservative values.
    ("dozens were detained", "dozens", "dozens", 12, "at_least", "vague"),
    ("Dozens were detained", "Dozens", "Dozens", 12, "at_least", "vague"),
    ("tens of people", "tens", "tens", 10, "at_least", "vague"),
    ("hundreds of people", "hundreds", "hundreds", 100, "at_least", "vague"),
    ("thousands of people", "thousands", "thousands", 1000, "at_least", "vague"),
    ("tens of thousands fled", "tens of thousands", "tens of thousands", 10_000, "at_least",
     "vague"),
    ("hundreds of thousands fled", "hundreds of thousands", "hundreds of thousands", 100_000,
     "at_least", "vague"),
    ("millions fled", "millions", "millions", 1_000_000, "at_least", "vague"),
    ("more than hundreds", "more than hundreds", "hundreds", 100, "more_than", "vague"),
    # Qualifiers.
    ("about 10 people", "about 10", "10", 10, "about", "cardinal"),
    ("around 20 people", "around 20", "20", 20, "about", "cardinal"),
    ("approximately 30 people", "approximately 30", "30", 30, "about", "cardinal"),
    ("roughly 40 people", "roughly 40", "40", 40, "about", "cardinal"),
    ("nearly 50 people", "nearly 50", "50", 50, "about", "cardinal"),
    ("almost 60 people", "almost 60", "60", 60, "about", "cardinal"),
    ("close to 70 people", "close to 70", "70", 70, "about", "cardinal"),
    ("some 80 people", "some 80", "80", 80, "about", "cardinal"),
    ("some 2,000 people", "some 2,000", "2,000", 2000, "about", "cardinal"),
    ("approaching 5,000", "approaching 5,000", "5,000", 5000, "about", "cardinal"),
    ("more than 90 people", "more than 90", "90", 90, "more_than", "cardinal"),
    ("over 100 people", "over 100", "100", 100, "more_than", "cardinal"),
    ("upwards of 110 people", "upwards of 110", "110", 110, "more_than", "cardinal"),
    ("at least 31 people", "at least 31", "31", 31, "at_least", "cardinal"),
    ("no fewer than 130 people", "no fewer than 130", "130", 130, "at_least", "cardinal"),
    ("up to 140 people", "up to 140", "140", 140, "up_to", "cardinal"),
    ("as many as 150 people", "as many as 150", "150", 150, "up_to", "cardinal"),
    ("At least two people", "At least two", "two", 2, "at_least", "cardinal"),
    ("more than a dozen people", "more than a dozen", "a dozen", 12, "more_than", "cardinal"),
    # Ordinals.
    ("the fifth day", "fifth", "fifth", 5, "exact", "ordinal"),
    ("the 5th day", "5th", "5", 5, "exact", "ordinal"),
    ("the 21st day", "21st", "21", 21, "exact", "ordinal"),
    ("the 2nd day", "2nd", "2", 2, "exact", "ordinal"),
    ("the twenty-first day", "twenty-first", "twenty-first", 21, "exact", "ordinal"),
    ("the second attack", "second", "second", 2, "exact", "ordinal"),
    # Percents, money, measures.
    ("5% of", "5%", "5", 5, "exact", "percent"),
    ("5 percent of", "5 percent", "5", 5, "exact", "percent"),
    ("5 per cent of", "5 per cent", "5", 5, "exact", "percent"),
    ("2.3 percent", "2.3 percent", "2.3", 2, "exact", "percent"),
    ("a $5 fee", "$5", "5", 5, "exact", "money"),
    ("US$ 5 aid", "US$ 5", "5", 5, "exact", "money"),
    ("$1.5 million in aid", "$1.5 million", "1.5 million", 1_500_000, "exact", "money"),
    ("5 million dollars", "5 million dollars", "5 million", 5_000_000, "exact", "money"),
    ("about $3 billion", "about $3 billion", "3 billion", 3_000_000_000, "about", "money"),
    ("30 kilometers away", "30 kilometers", "30", 30, "exact", "measure"),
    ("5km away", "5km", "5", 5, "exact", "measure"),
    ("3 miles away", "3 miles", "3", 3, "exact", "measure"),
    ("a 30-kilometre front", "30-kilometre", "30", 30, "exact", "measure"),
    # Years; durations stay cardinals for the extractor.
    ("in 1994 the war ended", "1994", "1994", 1994, "exact", "year"),
    ("since 1994 the region", "1994", "1994", 1994, "exact", "year"),
    ("by mid-2020 the", "2020", "2020", 2020, "exact", "year"),
    ("in the 1990s", "1990s", "1990", 1990, "exact", "year"),
    ("in October 2020 the", "2020", "2020", 2020, "exact", "year"),
    ("the war (2020)", "2020", "2020", 2020, "exact", "year"),
    ("for 13 years", "13", "13", 13, "exact", "cardinal"),
    ("for 2 hours", "2", "2", 2, "exact", "cardinal"),
]


@pytest.mark.parametrize(("text", "mention", "number", "value", "qualifier", "kind"), ID_CASES)
def test_indonesian(text: str, mention: str, number: str, value: int, qualifier: str,
                    kind: str) -> None:
    m = _one(text, "id", mention)
    assert text[m.number_start:m.number_end] == number
    assert (m.value, m.qualifier, m.kind) == (value, qualifier, kind)
    assert m.low is None and m.high is None


@pytest.mark.parametrize(("text", "mention", "number", "value", "qualifier", "kind"), EN_CASES)
def test_english(text: str, mention: str, number: str, value: int, qualifier: str,
                 kind: str) -> None:
    m = _one(text, "en", mention)
    assert text[m.number_start:m.number_end] == number
    assert (m.value, m.qualifier, m.kind) == (value, qualifier, kind)
    assert m.low is None and m.high is None


# --- ranges: (language, text, mention, number, low, high, kind) -----------------------------------

RANGES = [
    ("id", "10-15 orang", "10-15", "10-15", 10, 15, "cardinal"),
    ("id", "10 hingga 15 orang", "10 hingga 15", "10 hingga 15", 10, 15, "cardinal"),
    ("id", "10 sampai 15 orang", "10 sampai 15", "10 sampai 15", 10, 15, "cardinal"),
    ("id", "antara 10 dan 15 orang", "antara 10 dan 15", "10 dan 15", 10, 15, "cardinal"),
    ("id", "Antara 10 dan 15 orang", "Antara 10 dan 15", "10 dan 15", 10, 15, "cardinal"),
    ("id", "dua hingga tiga orang", "dua hingga tiga", "dua hingga tiga", 2, 3, "cardinal"),
    ("id", "dua-tiga orang", "dua-tiga", "dua-tiga", 2, 3, "cardinal"),
    ("id", "1.000-2.000 orang", "1.000-2.000", "1.000-2.000", 1000, 2000, "cardinal"),
    ("id", "1-2 juta orang", "1-2 juta", "1-2 juta", 1_000_000, 2_000_000, "cardinal"),
    ("id", "10-15 persen", "10-15 persen", "10-15", 10, 15, "percent"),
    ("id", "satu atau dua orang", "satu atau dua", "satu atau dua", 1, 2, "cardinal"),
    ("id", "perang 1992-1994,", "1992-1994", "1992-1994", 1992, 1994, "year"),
    ("en", "between 10 and 15 people", "between 10 and 15", "10 and 15", 10, 15, "cardinal"),
    ("en", "between two and three people", "between two and three", "two and three", 2, 3,
     "cardinal"),
    ("en", "10 to 15 people", "10 to 15", "10 to 15", 10, 15, "cardinal"),
    ("en", "10-15 people", "10-15", "10-15", 10, 15, "cardinal"),
    ("en", "10–15 people", "10–15", "10–15", 10, 15, "cardinal"),
    ("en", "10 - 15 people", "10 - 15", "10 - 15", 10, 15, "cardinal"),
    ("en", "one or two people", "one or two", "one or two", 1, 2, "cardinal"),
    ("en", "20 to 30 kilometers", "20 to 30 kilometers", "20 to 30", 20, 30, "measure"),
    ("en", "from 1988 to 1994.", "1994", "1994", 1994, 1994, "year"),
]


@pytest.mark.parametrize(("language", "text", "mention", "number", "low", "high", "kind"), RANGES)
def test_ranges(language: str, text: str, mention: str, number: str, low: int, high: int,
                kind: str) -> None:
    m = _one(text, language, mention)
    assert text[m.number_start:m.number_end] == number
    if low == high:  # not a range: the check is that the words did not make one
        assert (m.value, m.qualifier, m.low, m.high, m.kind) == (low, "exact", None, None, kind)
    else:
        assert (m.value, m.qualifier, m.low, m.high, m.kind) == (low, "range", low, high, kind)


def test_a_change_is_not_a_range() -> None:
    assert _summary("the toll rose from 927 to 963", "en") == [
        ("927", "927", 927, "exact", "cardinal"), ("963", "963", 963, "exact", "cardinal")]
    assert _summary("the toll rose by 36 to 963", "en") == [
        ("36", "36", 36, "exact", "cardinal"), ("963", "963", 963, "exact", "cardinal")]
    assert _summary("skor 2-1", "id") == []


# --- whole sentences from real reporting: every mention, nothing more ---------------------------

SENTENCES = [
    ("id", "Menurut pejabat Nagorno-Karabakh, 1.166 pasukan mereka dan 45 warga sipil telah tewas.",
     [("1.166", "1.166", 1166, "exact", "cardinal"), ("45", "45", 45, "exact", "cardinal")]),
    ("id", "Ia mengatakan pertempuran itu telah menewaskan sedikitnya 91 warga sipil dan melukai "
           "400 lainnya.",
     [("sedikitnya 91", "91", 91, "at_least", "cardinal"),
      ("400", "400", 400, "exact", "cardinal")]),
    ("id", "Putin mengatakan jumlah korban tewas dalam konflik itu mendekati 5.000 orang.",
     [("mendekati 5.000", "5.000", 5000, "about", "cardinal")]),
    ("id", "Jumlah tentara yang tewas telah bertambah sebanyak 36 orang menjadi 963.",
     [("sebanyak 36", "36", 36, "exact", "cardinal"), ("963", "963", 963, "exact", "cardinal")]),
    ("id", "Azerbaijan mengklaim serangan itu menewaskan lebih dari 50 tentara Armenia.",
     [("lebih dari 50", "50", 50, "more_than", "cardinal")]),
    ("id", "Sebanyak tiga belas polisi terluka dan puluhan orang luka-luka.",
     [("Sebanyak tiga belas", "tiga belas", 13, "exact", "cardinal"),
      ("puluhan", "puluhan", 12, "at_least", "vague")]),
    ("id", "Ratusan - jika bukan ribuan - tewas.",
     [("Ratusan", "Ratusan", 100, "at_least", "vague"),
      ("ribuan", "ribuan", 1000, "at_least", "vague")]),
    ("id", "Korban termasuk seorang anak laki-laki berusia 13 tahun.",
     [("seorang", "seorang", 1, "exact", "cardinal"), ("13", "13", 13, "exact", "cardinal")]),
    ("id", "Shusha berada dalam jarak 5 km (3 mil) dari Stepanakert.",
     [("5 km", "5", 5, "exact", "measure"), ("3 mil", "3", 3, "exact", "measure")]),
    ("id", "Ini pertempuran terburuk sejak perang berakhir pada tahun 1994.",
     [("1994", "1994", 1994, "exact", "year")]),
    ("id", "Pada hari kelima, Tiga gencatan senjata telah gagal.",
     [("kelima", "kelima", 5, "exact", "ordinal"), ("Tiga", "Tiga", 3, "exact", "cardinal")]),
    ("id", "Armenia mengatakan F-16 Turki menembak jatuh sebuah SU-25 miliknya.",
     [("sebuah", "sebuah", 1, "exact", "cardinal")]),
    ("id", "Kamis (1/10/2020) pukul 13.00 WIB, 12 orang tewas.",
     [("12", "12", 12, "exact", "cardinal")]),
    ("id", "Pada 27 September 2020 sekitar pukul 07.00 pagi, dua desa dihantam.",
     [("dua", "dua", 2, "exact", "cardinal")]),
    ("id", "Sejak Minggu (27/9) sedikitnya 18 orang tewas, lapor Aljazeera, 1/11.",
     [("sedikitnya 18", "18", 18, "at_least", "cardinal")]),
    ("id", "Inflasi mencapai 2,3 persen dan harga beras Rp 14.000 per kg.",
     [("mencapai 2,3 persen", "2,3", 2, "exact", "percent"),
      ("Rp 14.000", "14.000", 14000, "exact", "money")]),
    ("en", "Two soldiers were killed and 18 wounded in the attack.",
     [("Two", "Two", 2, "exact", "cardinal"), ("18", "18", 18, "exact", "cardinal")]),
    ("en", "The strike hit a market, killing at least 31 people.",
     [("at least 31", "31", 31, "at_least", "cardinal")]),
    ("en", "Dozens were detained after a protest on October 12, 2020.",
     [("Dozens", "Dozens", 12, "at_least", "vague")]),
    ("en", "According to officials in Nagorno-Karabakh, 1,166 of their troops and 45 civilians "
           "have been killed.",
     [("1,166", "1,166", 1166, "exact", "cardinal"), ("45", "45", 45, "exact", "cardinal")]),
    ("en", "Shelling killed more than 50 Armenian soldiers, a spokesman said on 12 October 2020.",
     [("more than 50", "50", 50, "more_than", "cardinal")]),
    ("en", "A boy was killed and an officer wounded; a few people and several others fled.",
     []),
    ("en", "The fighting is the worst since the war ended in 1994, some 30 kilometers away.",
     [("1994", "1994", 1994, "exact", "year"),
      ("some 30 kilometers", "30", 30, "about", "measure")]),
    ("en", "Turkish F-16 jets shot down an SU-25 at 19:42 GMT, and COVID-19 spread in the G20.",
     []),
    ("en", "On the fifth day, tens of thousands had fled and 1.5 million needed aid.",
     [("fifth", "fifth", 5, "exact", "ordinal"),
      ("tens of thousands", "tens of thousands", 10_000, "at_least", "vague"),
      ("1.5 million", "1.5 million", 1_500_000, "exact", "cardinal")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES)
def test_sentences(language: str, text: str, expected: list) -> None:
    assert _summary(text, language) == expected


# --- what is never a number --------------------------------------------------------------------

NOTHING = [
    ("id", "Kamis (1/10/2020)"),
    ("id", "Jumat (24/10)"),
    ("id", "Aljazeera, 1/11"),
    ("id", "pukul 13.00 WIB"),
    ("id", "13.00 WIB"),
    ("id", "pukul 19:42"),
    ("id", "10.30 pagi"),
    ("id", "2024-03-12"),
    ("id", "pada 27 September 2020"),
    ("id", "12 Oktober"),
    ("id", "Pada tanggal 23 dan 24 Oktober, operasi dimulai"),
    ("id", "23-24 Oktober 2020"),
    ("id", "F-16 dan SU-25"),
    ("id", "COVID-19"),
    ("id", "G20, A4, 3D, MH17"),
    ("id", "satu-satunya jalan"),
    ("id", "beberapa orang dan banyak warga"),
    ("en", "19:42"),
    ("en", "10am"),
    ("en", "7 pm"),
    ("en", "10.30 a.m."),
    ("en", "at 19:42 GMT"),
    ("en", "2024-03-12"),
    ("en", "October 12, 2020"),
    ("en", "12 October 2020"),
    ("en", "Oct. 12"),
    ("en", "on October 23 and 24"),
    ("en", "Oct. 23-24"),
    ("en", "23 and 24 October"),
    ("en", "F-16, SU-25, COVID-19, G20, A4, 3D"),
    ("en", "a soldier"),
    ("en", "an explosion"),
    ("en", "a few people"),
    ("en", "several people and many others"),
    ("en", "some people"),
]


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_not_numbers(language: str, text: str) -> None:
    assert find_numbers(text, language) == []


# --- languages ---------------------------------------------------------------------------------


def test_language_without_pack_reads_digits_only() -> None:
    text = "Au moins 12 morts, 1.166 blessés et deux disparus le 1/11, 5 %."
    assert _summary(text, "fr") == [
        ("12", "12", 12, "exact", "cardinal"), ("1.166", "1.166", 1166, "exact", "cardinal"),
        ("5 %", "5", 5, "exact", "percent")]


def test_language_codes_are_normalised() -> None:
    assert _summary("tiga orang", "ID") == _summary("tiga orang", "id-ID") == [
        ("tiga", "tiga", 3, "exact", "cardinal")]
    assert _summary("three people", "en_US") == [("three", "three", 3, "exact", "cardinal")]


def test_words_come_from_the_pack_of_the_language() -> None:
    assert find_numbers("two people", "id") == []
    assert find_numbers("dua orang", "en") == []


@pytest.mark.parametrize("code", ["id", "en"])
def test_pack_data_validates(code: str) -> None:
    assert lang.validate(code) == []
    numbers = lang.data(code, "numbers")
    assert set(numbers.QUALIFIERS.values()) <= QUALIFIERS - {"range"}
    assert not set(numbers.NUMBER_WORDS) & set(numbers.SCALES)


# --- properties --------------------------------------------------------------------------------

_PIECES = [
    "1.166", "5.000", "1,166", "1,5", "1.5", "2,3", "13.00", "19:42", "1/10/2020", "24/10",
    "2024-03-12", "10-15", "F-16", "SU-25", "COVID-19", "G20", "3D", "5th", "21st", "ke-5", "Rp",
    "Rp14", "US$", "$", "%", "5%", "persen", "percent", "juta", "million", "ribu", "thousand",
    "dua", "puluh", "tiga", "belas", "ratus", "seratus", "seorang", "a", "an", "one", "twenty",
    "three", "hundred", "and", "dozen", "dozens", "puluhan", "ratusan", "ribuan", "tens", "of",
    "thousands", "sekitar", "lebih", "dari", "at", "least", "more", "than", "hingga", "to",
    "antara", "dan", "between", "kelima", "fifth", "first", "tahun", "in", "since", "1994", "2020",
    "km", "mil", "miles", "WIB", "pukul", "pm", "Oktober", "October", "-", "–", "(", ")", ",",
    ".", "satu-satunya", "1990-an", "1990s", "mid-2020", "0", "00", "999999999999999999999",
]
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, language=st.sampled_from(["id", "en", "fr"]))
def test_never_raises_and_spans_are_sound(text: str, language: str) -> None:
    mentions = find_numbers(text, language)
    last_end = 0
    for m in mentions:
        assert last_end <= m.start < m.end <= len(text)
        assert m.start <= m.number_start < m.number_end <= m.end
        assert m.text == text[m.start:m.end]
        assert isinstance(m.value, int) and m.value >= 0
        assert m.qualifier in QUALIFIERS and m.kind in KINDS
        assert (m.low is None) == (m.high is None) == (m.qualifier != "range")
        if m.low is not None and m.high is not None:
            assert m.low < m.high and m.value == m.low
        last_end = m.end
