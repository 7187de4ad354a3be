"""The stage order: read -> clean -> extract -> store, one document at a time.

Per-document work is a pure function (:func:`process`); :func:`ingest` adds the steps that need
a batch. A publication date written without its year ("Aljazeera, 1/11") takes the year from
the dates of the other articles of the same run (or, failing that, of the database); an article
with no date at all borrows the date of the most similar dated article of the run as the
reference for its relative dates ("Jumat", "semalam"). Such articles are held back and stored at
the end of the run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from warta.clean import CleaningError, clean
from warta.clean.dates import infer_year
from warta.extract import Profile, extract, profile, reference_dates
from warta.geo.gazetteer import Gazetteer
from warta.geo.resolve import focus_countries, geocode
from warta.ingest import ReadFailure, ReadOptions, Source, read_one
from warta.model import Article, DateValue, Extraction, RawDoc
from warta.store import Store

Status = Literal["new", "duplicate", "seen", "failed"]


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
    return extraction


def ingest(sources: Iterable[Source | ReadFailure], store: Store | None, options: ReadOptions,
           on_source_done: Callable[[Source | ReadFailure], None] | None = None,
           gazetteer: Gazetteer | None = None) -> Iterator[IngestResult]:
    """Read, clean, extract and store every document of ``sources``; one result per document.

    Without a ``store`` nothing is stored and every readable document comes back as ``new``
    (`warta extract`).
    """
    held: list[Article] = []
    batch_dates: list[dt.date] = []
    profiles: list[Profile] = []
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
            known = store.seen(item.source, item.source_id, item.raw_sha) if store else None
            if known:
                yield IngestResult("seen", item.source, item.source_id, item.position, known)
                continue
            try:
                article = clean(item)
            except CleaningError as exc:
                yield IngestResult("failed", item.source, item.source_id, item.position,
                                   reason=str(exc))
                continue
            if article.published is None:
                held.append(article)
                continue
            if article.published.precision == "day":
                batch_dates.append(article.published.value)
            profiles.append(profile(article))
            yield _store(store, article, analyse(article, None, gazetteer))
        if on_source_done:
            on_source_done(source)
    if held:
        neighbours = batch_dates or (store.published_dates() if store else [])
        resolved_held = []
        for article in held:
            if article.published_partial is not None:
                resolved = infer_year(article.published_partial, neighbours)
                if resolved:
                    article = dataclasses.replace(article, published=resolved,
                                                  published_partial=None)
            resolved_held.append(article)
        refs = reference_dates(profiles + [profile(a) for a in resolved_held])
        for article in resolved_held:
            yield _store(store, article, analyse(article, refs.get(article.id), gazetteer))


def _store(store: Store | None, article: Article, extraction: Extraction) -> IngestResult:
    if store is None:
        return IngestResult("new", article.source, article.source_id, article.position,
                            article.id, article=article, extraction=extraction)
    stored = store.add(article, extraction)
    return IngestResult(stored.status, article.source, article.source_id, article.position,
                        stored.article_id, article=article, extraction=extraction)


def _failed(f: ReadFailure) -> IngestResult:
    return IngestResult("failed", f.source, f.source_id, f.position, reason=f.reason)
