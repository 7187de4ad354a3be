"""The cross-article stage of `warta run`: everything `warta.link` finds over the stored
articles, in one record (copies, stories, merged events, tallies, contradictions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from warta.link.contradictions import contradictions
from warta.link.coref import merge_events
from warta.link.dedup import DuplicateGroup, duplicate_groups
from warta.link.stories import stories
from warta.link.tallies import tallies
from warta.model import Article, Event, Extraction, Story, Tally


@dataclass(frozen=True, slots=True)
class LinkReport:
    articles: int
    events: int  # as extracted, one per report
    copies: tuple[DuplicateGroup, ...]
    stories: tuple[Story, ...]
    merged_events: tuple[tuple[str, Event], ...]  # (story id, event), reports merged
    tallies: tuple[Tally, ...]
    contradictions: tuple[tuple[str, dict[str, Any]], ...]  # (story id, contradiction)

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


def link(pairs: Iterable[tuple[Article, Extraction]]) -> LinkReport:
    """Copies, stories, events merged across reports within each story, running tallies and
    contradictions, over ``pairs`` (every stored article with its extraction)."""
    items = list(pairs)
    articles = [a for a, _ in items]
    extractions = {a.id: ex for a, ex in items}
    groups = stories(articles, [ex for _, ex in items])
    claims = [(c, a.id) for a, ex in items for c in ex.claims]
    all_tallies = tallies(claims)
    merged: list[tuple[str, Event]] = []
    found: list[tuple[str, dict[str, Any]]] = []
    for s in groups:
        events = merge_events([e for i in s.article_ids for e in extractions[i].events])
        merged.extend((s.id, e) for e in events)
        story_claims = [(c, i) for i in s.article_ids for c in extractions[i].claims]
        found.extend((s.id, c) for c in contradictions(events, tallies(story_claims)))
    return LinkReport(
        articles=len(items),
        events=sum(len(ex.events) for _, ex in items),
        copies=tuple(duplicate_groups(articles, extractions=[ex for _, ex in items])),
        stories=tuple(groups),
        merged_events=tuple(merged),
        tallies=tuple(all_tallies),
        contradictions=tuple(found),
    )
