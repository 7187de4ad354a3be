"""The link stage: what linking decides over a set of articles, as records.

``link`` finds copies and stories, merges the reports of one event within each story, and
computes each story's tallies and contradictions (never across stories). Its result is what
``warta run``, ``warta ingest`` and ``warta link`` store (``Store.save_link``) and what every
reader (CLI, API, dashboard, exports) reads back instead of linking again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from warta.link.contradictions import contradictions
from warta.link.coref import merge_groups
from warta.link.dedup import DuplicateGroup, duplicate_groups
from warta.link.embed import Embedder
from warta.link.stories import stories
from warta.link.tallies import tallies
from warta.model import (
    Article,
    Contradiction,
    Event,
    Extraction,
    LinkedEvent,
    ReportRef,
    Story,
    Tally,
)


def event_id(event: Event) -> str:
    """A stable id for a (merged) event: its first report's article and offset."""
    head = event.evidence[0] if event.evidence else None
    key = f"{head.article_id}:{head.start}" if head else repr(event.article_ids)
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class StoryFindings:
    """One story's merged events, tallies and contradictions."""

    events: tuple[LinkedEvent, ...]
    tallies: tuple[Tally, ...]
    contradictions: tuple[Contradiction, ...]


@dataclass(frozen=True, slots=True)
class LinkReport:
    articles: int
    events: int  # as extracted, one per report
    copies: tuple[DuplicateGroup, ...]
    stories: tuple[Story, ...]
    merged_events: tuple[LinkedEvent, ...]
    tallies: tuple[Tally, ...]  # each one story's
    contradictions: tuple[Contradiction, ...]  # each one story's

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "copies": sum(len(g.copies) for g in self.copies),
            "copy_groups": len(self.copies),
            "stories": len(self.stories),
            "events": self.events,
            "merged_events": len(self.merged_events),
            "tallies": len(self.tallies),
            "contradictions": len(self.contradictions),
        }


def story_findings(story: Story, extractions: Mapping[str, Extraction],
                   outlets: Mapping[str, str | None] | None = None) -> StoryFindings:
    """One story's events (reports of the same event merged), its own tallies, and its
    contradictions (accusations and denials, diverging figures among its tallies)."""
    reports = [(ReportRef(aid, seq), e) for aid in story.article_ids
               for seq, e in enumerate(extractions[aid].events)]
    events = []
    for merged, positions in merge_groups([e for _, e in reports]):
        merged = dataclasses.replace(merged, story_id=story.id)
        events.append(LinkedEvent(event_id(merged), story.id, merged,
                                  tuple(reports[i][0] for i in positions)))
    claims = [(c, aid) for aid in story.article_ids for c in extractions[aid].claims]
    own = tuple(dataclasses.replace(t, story_id=story.id) for t in tallies(claims))
    return StoryFindings(tuple(events), own,
                         tuple(contradictions(story.id, events, own, outlets)))


def link(pairs: Iterable[tuple[Article, Extraction]],
         vectors: Mapping[str, np.ndarray] | None = None,
         embedder: Embedder | None = None, df: Mapping[str, int] | None = None,
         total: int | None = None, names: Mapping[str, Counter[str]] | None = None,
         seeds: Sequence[Sequence[str]] | None = None, fresh: Collection[str] | None = None,
         known_copies: Mapping[str, str] | None = None) -> LinkReport:
    """Copies, stories, events merged across reports within each story, each story's tallies
    and contradictions, over ``pairs`` (articles with their extractions). ``vectors`` are the
    articles' title-and-lead embeddings where known (the others are computed); ``df`` and
    ``total`` describe the whole corpus when ``pairs`` are a part of it (see
    :func:`warta.link.stories.stories`); ``names`` their stored story names, where known.

    Incrementally, ``pairs`` are the new articles (``fresh``) and the stored stories they may
    belong to (``seeds``, their article ids, with their copies ``known_copies``, copy id ->
    canonical): copies are looked for between the new articles and the others only, the new
    articles and the stored stories they reach are linked again together in blocks
    (:func:`warta.link.stories.stories`), and only the stories that changed (a new article
    joined, stored stories merged or split) are in the report, each whole."""
    items = list(pairs)
    articles = [a for a, _ in items]
    extractions = {a.id: ex for a, ex in items}
    outlets = {a.id: a.outlet for a in articles}
    copies = duplicate_groups(articles, extractions=[ex for _, ex in items], fresh=fresh,
                              known=known_copies)
    groups = stories(articles, [ex for _, ex in items], copies=copies, vectors=vectors,
                     embedder=embedder, df=df, total=total, names=names, seeds=seeds,
                     fresh=fresh)
    if seeds is not None:
        stored = {frozenset(seed) for seed in seeds}
        groups = [s for s in groups if frozenset(s.article_ids) not in stored]
    found: list[Story] = []
    events: list[LinkedEvent] = []
    all_tallies: list[Tally] = []
    found_contradictions: list[Contradiction] = []
    for s in groups:
        f = story_findings(s, extractions, outlets)
        found.append(dataclasses.replace(s, event_ids=tuple(e.id for e in f.events)))
        events += f.events
        all_tallies += f.tallies
        found_contradictions += f.contradictions
    return LinkReport(
        articles=len(items),
        events=sum(len(ex.events) for _, ex in items),
        copies=tuple(copies),
        stories=tuple(found),
        merged_events=tuple(sorted(events, key=_timeline)),
        tallies=tuple(all_tallies),
        contradictions=tuple(found_contradictions),
    )


def _timeline(e: LinkedEvent) -> tuple:
    d = e.event.date
    return (d is None, d.value if d else None, e.id)


def copies_of(groups: Sequence[DuplicateGroup]) -> dict[str, str]:
    """Copy article id -> its group's canonical article id."""
    return {c: g.canonical for g in groups for c in g.copies}
