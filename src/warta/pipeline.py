"""The stage order: read -> clean -> store, one document at a time.

Per-document work is a pure function (:func:`process`); :func:`ingest` adds the one step that
needs a batch: a publication date written without its year ("Aljazeera, 1/11") takes the year
from the dates of the other articles of the same run (or, failing that, of the database), so such
articles are held back and stored at the end of the run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from warta.clean import CleaningError, clean
from warta.clean.dates import infer_year
from warta.ingest import ReadFailure, ReadOptions, Source, read_one
from warta.model import Article, RawDoc
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


def process(raw: RawDoc) -> Article:
    """The per-article stages (today: cleaning)."""
    return clean(raw)


def ingest(sources: Iterable[Source | ReadFailure], store: Store, options: ReadOptions,
           on_source_done: Callable[[Source | ReadFailure], None] | None = None
           ) -> Iterator[IngestResult]:
    """Read, clean and store every document of ``sources``; one result per document."""
    held: list[Article] = []
    batch_dates: list[dt.date] = []
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
            known = store.seen(item.source, item.source_id, item.raw_sha)
            if known:
                yield IngestResult("seen", item.source, item.source_id, item.position, known)
                continue
            try:
                article = process(item)
            except CleaningError as exc:
                yield IngestResult("failed", item.source, item.source_id, item.position,
                                   reason=str(exc))
                continue
            if article.published is None and article.published_partial is not None:
                held.append(article)
                continue
            if article.published and article.published.precision == "day":
                batch_dates.append(article.published.value)
            yield _store(store, article)
        if on_source_done:
            on_source_done(source)
    if held:
        neighbours = batch_dates or store.published_dates()
        for article in held:
            assert article.published_partial is not None
            resolved = infer_year(article.published_partial, neighbours)
            if resolved:
                article = dataclasses.replace(article, published=resolved,
                                              published_partial=None)
            yield _store(store, article)


def _store(store: Store, article: Article) -> IngestResult:
    stored = store.add(article)
    return IngestResult(stored.status, article.source, article.source_id, article.position,
                        stored.article_id, article=article)


def _failed(f: ReadFailure) -> IngestResult:
    return IngestResult("failed", f.source, f.source_id, f.position, reason=f.reason)
