"""The stage order: read -> clean -> extract -> store, one document at a time.

Per-document work is a pure function (:func:`process`); :func:`ingest` adds the steps that need
a batch. A publication date written without its year ("Aljazeera, 1/11") whose article names no
year of its own takes the year of the article of the run that tells the same story (the dated
article sharing the most specific names with it, above :data:`STORY_SIMILARITY`), never of the
run's unrelated articles: they only offer candidate years, of which the article's own words
choose (the weekday it names for that day); without either the year stays unknown. An article
with no date at all borrows the date of the most similar dated article of the run as the
reference for its relative dates ("Jumat", "semalam"). Such articles are held back and stored at
the end of the run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from warta import budget
from warta.clean import CleaningError, clean
from warta.clean.dates import infer_year, weekday_year
from warta.extract import Profile, extract, profile, reference_dates
from warta.extract.actors import state_forces
from warta.geo.gazetteer import Gazetteer
from warta.geo.resolve import focus_countries, geocode
from warta.ingest import ReadFailure, ReadOptions, Source, read_one
from warta.model import Article, DateValue, Extraction, RawDoc
from warta.store import Store

Status = Literal["new", "duplicate", "seen", "failed"]

# How alike (TF-IDF cosine of their specific names) two articles must be to tell one story, for
# a year-less publication date to take the other's year.
STORY_SIMILARITY = 0.1


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one document: stored (``new``), already stored under another input
    (``duplicate``), already stored from this very input (``seen``), or ``failed``."""

    status: Status
    source: str
    source_id: str | None = None
    position: int | None = None
    article_id: str | None = None
    reason: str | None = None
    article: Article | None = None
    extraction: Extraction | None = None


def process(raw: RawDoc, reference: DateValue | None = None,
            gazetteer: Gazetteer | None = None) -> tuple[Article, Extraction]:
    """The per-article stages: cleaning, extraction, and (given a gazetteer) geocoding."""
    article = clean(raw)
    return article, analyse(article, reference, gazetteer)


def analyse(article: Article, reference: DateValue | None = None,
            gazetteer: Gazetteer | None = None) -> Extraction:
    """Extraction, then the places of its events resolved against ``gazetteer``."""
    extraction = extract(article, reference)
    if gazetteer is not None:
        extraction = geocode(extraction, gazetteer, focus_countries(extraction.parties),
                             article.text, article.language)
        # "police forces clashed with ...": the forces of the country it happened in
        extraction = state_forces(extraction, article.text, article.language)
    return extraction


@dataclass(frozen=True, slots=True)
class Overrun:
    """An analysis stopped by the per-document time budget (:mod:`warta.budget`)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the first per-article stage made of one document: an article with its extraction
    (``ready``), an undated article held for the batch step (``held``), or ``failed``."""

    status: Literal["ready", "held", "failed"]
    source: str
    source_id: str | None = None
    position: int | None = None
    article: Article | None = None
    extraction: Extraction | None = None
    profile: Profile | None = None
    reason: str | None = None


def prepare(raw: RawDoc, gazetteer: Gazetteer | None = None) -> Prepared:
    """The per-article stage before the batch step: cleaning, then (for a dated article)
    extraction and geocoding. Pure: the same document gives the same result in any process."""
    try:
        article = clean(raw)
    except CleaningError as exc:
        return Prepared("failed", raw.source, raw.source_id, raw.position, reason=str(exc))
    if article.published is None:
        return Prepared("held", raw.source, raw.source_id, raw.position, article)
    return Prepared("ready", raw.source, raw.source_id, raw.position, article,
                    analyse(article, None, gazetteer), profile(article))


class Batch:
    """The batch-level state of one run, kept by the process that writes to the store.

    Prepared documents are taken in input order; dated ones are stored at once, undated ones
    held until :meth:`held` gives them their year and reference date from the whole batch.
    Every engine (one process, a process pool, Ray) goes through this one class, so they store
    the same things in the same order.
    """

    def __init__(self, store: Store | None) -> None:
        self.store = store
        self._held: list[Article] = []
        self._profiles: list[Profile] = []

    def seen(self, raw: RawDoc) -> IngestResult | None:
        """A ``seen`` result when this very input is already stored (a rerun skips it)."""
        known = self.store.seen(raw.source, raw.source_id, raw.raw_sha) if self.store else None
        if known:
            return IngestResult("seen", raw.source, raw.source_id, raw.position, known)
        return None

    def take(self, p: Prepared) -> IngestResult | None:
        """Store a ready article; hold an undated one (None); report a failure."""
        if p.status == "failed":
            return IngestResult("failed", p.source, p.source_id, p.position, reason=p.reason)
        assert p.article is not None
        if p.status == "held":
            self._held.append(p.article)
            return None
        assert p.extraction is not None and p.profile is not None
        self._profiles.append(p.profile)
        return _store(self.store, p.article, p.extraction)

    def held(self) -> list[tuple[Article, DateValue | None]]:
        """The batch step: each held article with its year inferred from the batch's dates (or
        the database's) and the reference date for its relative dates."""
        if not self._held:
            return []
        held = [(a, profile(a)) for a in self._held]
        # the year of "Aljazeera, 1/11" comes from the article's own story: the dated article
        # of the run sharing its names, never the run's other (unrelated) articles
        story = reference_dates(self._profiles + [p for a, p in held
                                                  if a.published_partial is not None],
                                min_score=STORY_SIMILARITY)
        # else the run's dates (or the database's) offer candidate years, and the weekday the
        # article names for that day chooses among them
        dates = [p.published.value for p in self._profiles
                 if p.published is not None and p.published.precision == "day"]
        if not dates and self.store is not None and any(
                a.published_partial is not None and a.id not in story for a, _ in held):
            dates = self.store.published_dates()
        resolved = []
        for article, _ in held:
            partial, ref = article.published_partial, story.get(article.id)
            year = None
            if partial is not None and ref is not None:
                year = infer_year(partial, [ref.value], "story")
            elif partial is not None:
                year = weekday_year(partial, article.text, dates)
            if year:
                article = dataclasses.replace(article, published=year, published_partial=None)
            resolved.append(article)
        refs = reference_dates(self._profiles + [profile(a) for a in resolved])
        self._held = []
        return [(a, refs.get(a.id)) for a in resolved]

    def store_analysed(self, article: Article, extraction: Extraction | Overrun
                       ) -> IngestResult:
        if isinstance(extraction, Overrun):
            return IngestResult("failed", article.source, article.source_id, article.position,
                                reason=extraction.reason)
        return _store(self.store, article, extraction)


# A document in no language in particular, run once per process and language pack before any
# real one: the packs' patterns are compiled here, not inside the first document's time budget.
_WARM_UP = "Warta 2024\n\n12 34 56.\n\nA 7 B 8 C 9."


def warm(gazetteer: Gazetteer | None) -> None:
    """What every process pays once, paid before the first document's time budget starts: the
    packs' patterns compiled and the event reader's sentence encoder loaded."""
    from warta.extract.eventkind import default
    from warta.lang import available

    for code in available():
        prepare(RawDoc(source="warm-up", text=_WARM_UP, format="text", language=code,
                       published="2024-01-01"), gazetteer)
    default()


def ingest(sources: Iterable[Source | ReadFailure], store: Store | None, options: ReadOptions,
           on_source_done: Callable[[Source | ReadFailure], None] | None = None,
           gazetteer: Gazetteer | None = None) -> Iterator[IngestResult]:
    """Read, clean, extract and store every document of ``sources``; one result per document.

    Without a ``store`` nothing is stored and every readable document comes back as ``new``
    (`warta extract`). This is the one-process engine; :mod:`warta.engines` runs the same
    stages on a process pool or Ray.
    """
    batch = Batch(store)
    limit = budget.seconds()
    warmed = False
    for source in sources:
        if isinstance(source, ReadFailure):
            yield _failed(source)
            if on_source_done:
                on_source_done(source)
            continue
        for item in read_one(source, options):
            if isinstance(item, ReadFailure):
                yield _failed(item)
                continue
            known = batch.seen(item)
            if known:
                yield known
                continue
            if limit and not warmed:
                warm(gazetteer)
                warmed = True
            try:
                prepared = budget.within(limit, prepare, item, gazetteer)
            except budget.OverBudget as exc:
                prepared = Prepared("failed", item.source, item.source_id, item.position,
                                    reason=str(exc))
            result = batch.take(prepared)
            if result is not None:
                yield result
        if on_source_done:
            on_source_done(source)
    for article, reference in batch.held():
        try:
            analysed: Extraction | Overrun = budget.within(limit, analyse, article, reference,
                                                           gazetteer)
        except budget.OverBudget as exc:
            analysed = Overrun(str(exc))
        yield batch.store_analysed(article, analysed)


def _store(store: Store | None, article: Article, extraction: Extraction) -> IngestResult:
    if store is None:
        return IngestResult("new", article.source, article.source_id, article.position,
                            article.id, article=article, extraction=extraction)
    stored = store.add(article, extraction)
    return IngestResult(stored.status, article.source, article.source_id, article.position,
                        stored.article_id, article=article, extraction=extraction)


def _failed(f: ReadFailure) -> IngestResult:
    return IngestResult("failed", f.source, f.source_id, f.position, reason=f.reason)
