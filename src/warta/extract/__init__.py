"""Extraction: an :class:`Article` in, its casualty claims, events and quotes out.

The stages, in order, over the cleaned text:

1. sentences (:mod:`warta.annotate.sentences`), numbers (:mod:`warta.annotate.numbers`), time
   expressions resolved against the reference date (:mod:`warta.annotate.timex`), party names
   (:mod:`warta.data.parties`);
2. the article's news day: the latest day it names in the week before its date;
3. per sentence: who asserts it (:mod:`warta.extract.attribution`), the casualty figures in it
   (:mod:`warta.extract.casualties`), its event (:mod:`warta.extract.events`);
4. within the article: merging reports of one event, linking denials.

The reference date is the publication date; for an undated article, a batch step
(:func:`reference_dates`) lends it the date of the most similar dated article of the same run,
which then dates "Jumat" or "semalam" but is never reported as the article's own date.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.numbers import find_numbers
from warta.annotate.sentences import sentences
from warta.annotate.timex import find_times
from warta.data.parties import table
from warta.extract.attribution import Attributor, quotes
from warta.extract.casualties import Context, claims_in_sentence, event_tolls, reconcile
from warta.extract.events import events_in_sentence, link, news_day, settle
from warta.lang import available, data, load
from warta.model import Article, DateValue, Extraction
from warta.patterns import lowercase_words


def extract(article: Article, reference: DateValue | None = None) -> Extraction:
    """Everything extracted from ``article``. ``reference`` dates an undated article."""
    reference = article.published or reference
    language = article.language
    if language not in available():
        return Extraction(article.id, reference=reference)
    text = article.text
    ref_day = reference.value if reference and reference.precision == "day" else None
    parties = table()
    # the dateline's own date says when the article was filed, not when its news happened
    times = [t for t in find_times(text, language, ref_day) if not _states_publication(article, t)]
    borrowed = reference is not None and reference.basis == "nearest article"
    day = news_day(times, ref_day, window=None if borrowed else NEWS_WEEK)
    if day and ref_day and day != ref_day:
        # relative words ("semalam", "kemarin") count from the news day, not the print date
        shift = day - ref_day
        times = [dataclasses.replace(t, value=t.value + shift) if t.kind == "relative"
                 and t.value else t for t in times]
    mentions = parties.find(text)
    ctx = Context(text=text, article_id=article.id, language=language, parties=parties,
                  times=times, news_day=day, party_mentions=mentions,
                  belligerents=parties.belligerents_in(mentions))
    numbers = find_numbers(text, language)
    ctx.numbers = numbers
    spans = sentences(text)
    if spans and day:
        lead = [t for t in times if spans[0].start <= t.start < spans[0].end and t.value
                and t.precision == "day" and not t.since and t.value <= day]
        ctx.lead_day = lead[0].value if lead else None
    attributor = Attributor(text, language, parties, ctx.party_mentions)
    claims = []
    events = []
    denials = []
    speeches_by_sentence = {}
    n_index = 0
    titles = _title_spans(article)
    lead = next((i for i, span in enumerate(spans)
                 if not any(a <= span.start < b for a, b in titles)), None)
    for i, span in enumerate(spans):
        speeches = attributor.sentence(span)
        if any(a <= span.start < b for a, b in titles):
            # a headline repeats the lead's figures: counting them twice is what warta avoids
            continue
        speeches_by_sentence[i] = speeches
        in_span = []
        while n_index < len(numbers) and numbers[n_index].start < span.end:
            if numbers[n_index].start >= span.start:
                in_span.append(numbers[n_index])
            n_index += 1
        sentence_claims = claims_in_sentence(ctx, span, in_span, speeches)
        claims.extend(sentence_claims)
        events.extend((i, e) for e in events_in_sentence(ctx, i, span, speeches,
                                                         sentence_claims))
        denials.extend((i, s, span) for s in speeches if s.kind == "denial")
    claims = reconcile(ctx, _dedupe(claims))
    linked = event_tolls(ctx, link(settle(events, text, language, spans, claims), denials, text,
                                   article.id, language, lead=lead), claims)
    return Extraction(
        article_id=article.id,
        claims=tuple(claims),
        events=tuple(linked),
        quotes=tuple(quotes(text, article.id, attributor, speeches_by_sentence, spans)),
        reference=reference,
        parties=tuple(sorted({m.code for m in mentions})),
    )


# The news of a dated article happened in the week up to its date.
NEWS_WEEK = 6


def _title_spans(article: Article) -> list[tuple[int, int]]:
    if not article.title:
        return []
    key = " ".join(article.title.split()).casefold()
    spans, offset = [], 0
    for line in article.text.splitlines(keepends=True):
        if " ".join(line.split()).casefold() == key:
            spans.append((offset, offset + len(line)))
        offset += len(line)
    rest = article.text
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    if spans and not rest.strip():
        return []  # a text of one line (an ACLED note, a wire flash) is its own lead
    return spans


def _states_publication(article: Article, t: object) -> bool:
    """The dateline's (or timestamp line's) own date is when the article was filed, not when
    its news happened ("PEMBA, Mozambique, Aug 12 (Wire) - ... on Sunday")."""
    pub = article.published
    said = getattr(t, "text", "")
    return bool(pub and pub.basis.startswith(("dateline", "timestamp"))
                and getattr(t, "start", 99) < 200 and pub.text and said
                and (pub.text in said or said in pub.text))


def _dedupe(claims: list) -> list:
    seen = set()
    out = []
    for c in claims:
        key = (c.kind, c.value, c.evidence.start, c.evidence.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]{2,}")
# story names: also never the first word of a line or of a quotation (sentence starts)
_STORY_NAME = re.compile(r"(?<![.!?]\s)(?<![\"“‘(]|\n)(?<!^)(?<![\"“‘]\s)\b[A-Z][\w'’-]{2,}")


@cache
def _common_capitalised() -> frozenset[str]:
    """Capitalised words that say nothing about which events an article reports: weekday and
    month names, titles and institution words, administrative words ("Kabupaten", "Province")
    and the words that mark an organisation ("Polda", "Ministry"), in every installed pack."""
    words: set[str] = set()
    for code in available():
        pack = load(code)
        words.update(pack.weekdays)
        words.update(pack.months)
        words.update(t for title in data(code, "attribution").TITLES for t in title.split())
        places = data(code, "places")
        for name in ("TOWN_CUES", "REGION_CUES", "ADMIN_WORDS", "NOT_PLACE_NEIGHBOURS"):
            words.update(w.lower() for w in getattr(places, name, []) if " " not in w)
    return frozenset(words)


def _names(article: Article) -> Counter[str]:
    """Names specific to what an article reports: capitalised words that are neither stopwords
    nor party names (parties recur across a conflict's whole coverage)."""
    from warta.clean.language import stoplist

    stop = stoplist(article.language)
    parties = table()
    out: Counter[str] = Counter()
    for m in _NAME.finditer(article.text):
        word = m.group(0)
        if word.lower() in stop or parties.code_of(word):
            continue
        out[word] += 1
    return out


def story_names(article: Article) -> Counter[str]:
    """Names specific to what an article reports: capitalised words that are neither stopwords,
    party names (parties recur across a conflict's whole coverage), weekday or month names,
    titles, nor the outlet's own name, outside the headline (headlines capitalise every word)."""
    from warta.clean.language import stoplist
    from warta.clean.metadata import territories

    stop = stoplist(article.language)
    common = _common_capitalised()
    outlet = {w.lower() for w in re.findall(r"\w+", article.outlet or "")}
    countries = territories()
    headline_end = max((b for _, b in _title_spans(article)), default=0)
    # jusText's stoplists are frequent words, place names among them ("jakarta", "london"): a
    # stopword is a name here when the article never writes it in lower case
    lowercase = lowercase_words(article.text)
    out: Counter[str] = Counter()
    for m in _STORY_NAME.finditer(article.text, headline_end):
        word = m.group(0).rstrip("’'s") if m.group(0).endswith(("'s", "’s")) else m.group(0)
        low = word.lower()
        if low in common or low in outlet or low in countries:
            continue
        if low in stop and (low in lowercase or word.isupper()):
            continue
        out[word] += 1
    return out


@dataclass(frozen=True)
class Profile:
    """What reference-date inference needs to remember of an article of the batch."""

    id: str
    names: Counter[str]
    published: DateValue | None


def profile(article: Article) -> Profile:
    return Profile(article.id, _names(article), article.published)


def reference_dates(profiles: Sequence[Profile], min_score: float = 0.0
                    ) -> dict[str, DateValue]:
    """Reference dates for the undated articles of a batch: the publication date of the dated
    article sharing the most (and rarest) specific names with it (TF-IDF cosine), when that
    similarity is above ``min_score``."""
    dated = [p for p in profiles if p.published and p.published.precision == "day"]
    undated = [p for p in profiles if not p.published]
    if not dated or not undated:
        return {}
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(set(p.names))
    n = len(profiles)

    def vector(p: Profile) -> dict[str, float]:
        return {w: c * math.log(1 + n / df[w]) for w, c in p.names.items()}

    vectors = {p.id: vector(p) for p in profiles}
    norms = {i: math.sqrt(sum(v * v for v in x.values())) for i, x in vectors.items()}
    # Only dated articles sharing a name can score above 0: find them through an inverted
    # index rather than scoring every (undated, dated) pair. Dot products are accumulated word
    # by word in x's order, so every sum has the same terms in the same order as when each pair
    # is scored in turn (the terms left out are zeros): the same floats, the same picks.
    import numpy as np

    by_id: dict[str, Profile] = {}
    for d in dated:
        by_id.setdefault(d.id, d)  # the same text twice in a batch: one vector, scored once
    ids = list(by_id)
    index = {i: n for n, i in enumerate(ids)}
    lists: dict[str, tuple[list[int], list[float]]] = {}
    for i in ids:
        for w, weight in vectors[i].items():
            rows, weights = lists.setdefault(w, ([], []))
            rows.append(index[i])
            weights.append(weight)
    postings = {w: (np.array(r, dtype=np.int64), np.array(ws, dtype=np.float64))
                for w, (r, ws) in lists.items()}
    norm = np.array([norms[i] for i in ids], dtype=np.float64)

    out: dict[str, DateValue] = {}
    for p in undated:
        x = vectors[p.id]
        nx = norms[p.id]
        dots = np.zeros(len(ids), dtype=np.float64)
        touched = np.zeros(len(ids), dtype=bool)
        for k, v in x.items():
            if k in postings:
                rows, weights = postings[k]
                dots[rows] += v * weights
                touched[rows] = True
        candidates = np.nonzero(touched)[0]
        if not len(candidates) or not nx:
            continue
        scores = dots[candidates] / (nx * norm[candidates])
        top = scores.max()
        if top <= min_score:
            continue
        best = by_id[max(ids[c] for c in candidates[scores == top])]
        assert best.published is not None
        out[p.id] = DateValue(best.published.value, "day", best.id, "nearest article")
    return out


def extract_all(articles: Sequence[Article]) -> list[Extraction]:
    """Extract a batch, lending undated articles a reference date from their neighbours."""
    refs = reference_dates([profile(a) for a in articles])
    return [extract(a, refs.get(a.id)) for a in articles]


__all__ = ["Profile", "extract", "extract_all", "profile", "reference_dates"]
