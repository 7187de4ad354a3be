"""The Python API: ``warta.process(texts_or_paths)`` runs the whole per-article pipeline.

    >>> import warta
    >>> result = warta.process(["KHARTOUM, June 9 (Wire) - Two soldiers were killed near "
    ...                         "El Fasher on Sunday, the army said."], gazetteer=False)
    >>> [(c.kind, c.value, c.victims) for c in result.claims]
    [('killed', 2, 'soldiers')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warta.ingest import ReadFailure, ReadOptions, Source, expand
from warta.model import Article, CasualtyClaim, Event, Extraction
from warta.pipeline import ingest


@dataclass
class Result:
    """What :func:`process` found: one :class:`Extraction` per article, in input order, and
    the inputs it could not read, with the reason."""

    articles: list[Article] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    failures: list[ReadFailure] = field(default_factory=list)

    @property
    def claims(self) -> list[CasualtyClaim]:
        return [c for ex in self.extractions for c in ex.claims]

    @property
    def events(self) -> list[Event]:
        return [e for ex in self.extractions for e in ex.events]


def process(items: str | Path | Iterable[str | Path], *, gazetteer: bool = True,
            max_bytes: int | None = None, encoding: str = "utf-8") -> Result:
    """Read, clean and extract from ``items``: paths (files, folders, JSON Lines) or article
    texts (any string that is not an existing path). With ``gazetteer`` the places of events
    are resolved to coordinates (the index is built on first use)."""
    if isinstance(items, str | Path):
        items = [items]
    sources: list[Source | ReadFailure] = []
    for i, item in enumerate(items):
        if isinstance(item, Path) or (isinstance(item, str) and "\n" not in item
                                      and len(item) < 4096 and os.path.exists(item)):
            sources.extend(expand([str(item)]))
        else:
            sources.append(Source(f"<text {i}>", data=str(item).encode("utf-8")))
    options = ReadOptions(encoding=encoding) if max_bytes is None else ReadOptions(
        max_bytes=max_bytes, encoding=encoding)
    gaz = None
    if gazetteer:
        from warta.geo.gazetteer import Gazetteer

        gaz = Gazetteer()
    order = {s.name if isinstance(s, Source) else s.source: i for i, s in enumerate(sources)}
    # articles held back for the batch steps come out last: put everything in input order
    results = sorted(ingest(sources, None, options, gazetteer=gaz),
                     key=lambda r: (order.get(r.source, len(order)), r.position or 0))
    result = Result()
    for r in results:
        if r.status == "failed":
            result.failures.append(ReadFailure(r.source, r.reason or "", r.position,
                                               r.source_id))
        elif r.article is not None and r.extraction is not None:
            result.articles.append(r.article)
            result.extractions.append(r.extraction)
    return result
