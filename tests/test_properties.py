"""Every annotator takes arbitrary Unicode text without raising (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.numbers import find_numbers
from warta.annotate.places import find_places
from warta.annotate.sentences import sentences
from warta.annotate.timex import find_times
from warta.clean import CleaningError, clean
from warta.data.parties import table
from warta.extract import extract
from warta.model import RawDoc

# Text that looks like news often enough to reach deep code paths, and arbitrary Unicode too.
WORDS = st.sampled_from([
    "menewaskan", "sedikitnya", "91", "warga", "sipil", "tewas", "kata", "Menurut", "Jumat",
    "(23/10/2020)", "Sabtu", "pagi", "semalam", "membantah", "killed", "at least", "dozens",
    "soldiers", "said", "denied", "on", "Thursday", "1.166", "1,250", "rose by", "to", "Armenia",
    "Azerbaijan", "RSF", "kota", "Martuni", "di", "“", "”", ",", ".", "\n", "bertambah",
    "menjadi", "orang", "dan", "serangan", "artileri", "drone", "protest", "tear gas", "-",
])
NEWSY = st.lists(WORDS, max_size=60).map(" ".join)
TEXT = st.one_of(st.text(max_size=500), NEWSY)
LANGS = st.sampled_from(["id", "en", "fr"])
REF = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)))


@settings(max_examples=300, deadline=None)
@given(TEXT, LANGS, REF)
def test_annotators_never_raise(text: str, language: str, reference: dt.date | None) -> None:
    for s in sentences(text):
        assert 0 <= s.start < s.end <= len(text)
    for t in find_times(text, language, reference):
        assert text[t.start:t.end] == t.text
    for n in find_numbers(text, language):
        assert 0 <= n.start <= n.end <= len(text)
    for p in table().find(text):
        assert text[p.start:p.end] == p.text
    if language != "fr":
        for p in find_places(text, 0, len(text), language):
            assert text[p.start:p.end] == p.name


@settings(max_examples=200, deadline=None)
@given(TEXT, LANGS, st.one_of(st.none(), st.just("2020-10-24")))
def test_extraction_never_raises_and_evidence_points_into_the_text(
        text: str, language: str, published: str | None) -> None:
    try:
        article = clean(RawDoc(source="h", text=text, format="jsonl", language=language,
                               published=published))
    except CleaningError:
        return
    ex = extract(article)
    for c in ex.claims:
        assert article.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.value > 0
    for e in ex.events:
        for ev in e.evidence:
            assert article.text[ev.start:ev.end] == ev.text
