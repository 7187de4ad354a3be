"""The cross-article stage of `warta run`: everything `warta.link` finds over the stored
articles, in one record (copies, stories, merged events, tallies, contradictions)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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


@dataclass(frozen=True, slots=True)
class StoryFindings:
    """One story's events, reports of the same event merged, and its contradictions."""

    events: tuple[Event, ...]
    contradictions: tuple[dict[str, Any], ...]


def by_story(groups: Sequence[Story], extractions: Mapping[str, Extraction]
             ) -> dict[str, StoryFindings]:
    """Story id -> its merged events and contradictions (accusations and denials, and the
    diverging figures of the story's own tallies)."""
    out: dict[str, StoryFindings] = {}
    for s in groups:
        events = merge_events([e for i in s.article_ids for e in extractions[i].events])
        story_claims = [(c, i) for i in s.article_ids for c in extractions[i].claims]
        out[s.id] = StoryFindings(tuple(events),
                                  tuple(contradictions(events, tallies(story_claims))))
    return out


def link(pairs: Iterable[tuple[Article, Extraction]]) -> LinkReport:
    """Copies, stories, events merged across reports within each story, running tallies and
    contradictions, over ``pairs`` (every stored article with its extraction)."""
    items = list(pairs)
    articles = [a for a, _ in items]
    extractions = {a.id: ex for a, ex in items}
    groups = stories(articles, [ex for _, ex in items])
    claims = [(c, a.id) for a, ex in items for c in ex.claims]
    all_tallies = tallies(claims)
    findings = by_story(groups, extractions)
    merged = [(s.id, e) for s in groups for e in findings[s.id].events]
    found = [(s.id, c) for s in groups for c in findings[s.id].contradictions]
    return LinkReport(
        articles=len(items),
        events=sum(len(ex.events) for _, ex in items),
        copies=tuple(duplicate_groups(articles, extractions=[ex for _, ex in items])),
        stories=tuple(groups),
        merged_events=tuple(merged),
        tallies=tuple(all_tallies),
        contradictions=tuple(found),
    )
