"""What the server shows: the stored articles and what linking stored about them (stories,
merged events, each story's tallies and contradictions).

Nothing here links: ``warta run``/``ingest``/``link`` (and a POST) store the link stage's
results, and a snapshot reads them back. A snapshot is kept until the database changes: a cheap
fingerprint (how many articles and inputs, the latest ingest time, the last link run) is checked
on every request, so what another process stores (``warta ingest``, ``warta watch``) shows up
without a restart.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from warta.link.report import event_id
from warta.model import Article, Event, Extraction, Story, Tally, to_jsonable
from warta.store import ArticleSummary, Store, links, schema

__all__ = ["Snapshot", "Snapshots", "build", "event_id", "fingerprint"]


@dataclass
class Snapshot:
    fingerprint: tuple[Any, ...]
    articles: dict[str, tuple[Article, Extraction]]
    summaries: list[ArticleSummary]
    stories: list[Story]
    story_of: dict[str, str]  # article id -> story id
    events: list[tuple[str, str, Event]]  # (event id, story id, merged event), oldest first
    contradictions: dict[str, list[dict[str, Any]]]  # story id -> its contradictions
    places: list[dict[str, Any]]
    story_tallies: dict[str, list[Tally]] = field(default_factory=dict)  # story id -> tallies
    _features: list[dict[str, Any]] | None = None
    _by_id: dict[str, Story] = field(default_factory=dict)
    _events_of: dict[str, list[tuple[str, str, Event]]] | None = None

    def story(self, story_id: str) -> Story | None:
        if not self._by_id:
            self._by_id = {s.id: s for s in self.stories}
        return self._by_id.get(story_id)

    def events_of(self, story_id: str) -> list[tuple[str, str, Event]]:
        """One story's merged events, oldest first (grouped once, not scanned per story)."""
        if self._events_of is None:
            grouped: dict[str, list[tuple[str, str, Event]]] = {}
            for row in self.events:
                grouped.setdefault(row[1], []).append(row)
            self._events_of = grouped
        return self._events_of.get(story_id, [])

    def tallies(self, story_id: str | None = None) -> list[Tally]:
        """One story's tallies, or every story's (each within its story, never mixed)."""
        if story_id is not None:
            return self.story_tallies.get(story_id, [])
        return [t for s in self.stories for t in self.story_tallies.get(s.id, [])]

    def features(self, store: Store) -> list[dict[str, Any]]:
        """The located events as GeoJSON features (``warta export --format geojson``'s)."""
        if self._features is None:
            from warta.export.geojson import feature_collection

            self._features = feature_collection(store)["features"]
        return self._features

    def languages(self, article_ids: Any) -> set[str]:
        return {self.articles[a][0].language for a in article_ids if a in self.articles}


def fingerprint(store: Store) -> tuple[Any, ...]:
    a, o = schema.articles, schema.origins
    with store.engine.connect() as conn:
        articles = conn.execute(select(func.count(), func.max(a.c.ingested_at))).one()
        origins = conn.execute(select(func.count()).select_from(o)).scalar()
    return (articles[0], articles[1], origins, links.linked_at(store))


def build(store: Store, mark: tuple[Any, ...]) -> Snapshot:
    pairs = list(store.all_articles())
    found: dict[str, list[dict[str, Any]]] = {}
    for c in links.contradictions(store):
        found.setdefault(c.story_id, []).append(to_jsonable(c))
    tallies: dict[str, list[Tally]] = {}
    for t in links.tallies(store):
        tallies.setdefault(t.story_id or "", []).append(t)
    return Snapshot(
        fingerprint=mark, articles={a.id: (a, ex) for a, ex in pairs},
        summaries=list(store.summaries()), stories=links.stories(store),
        story_of=links.story_of(store),
        events=[(e.id, e.story_id, e.event) for e in links.events(store)],
        contradictions=found, places=store.places(), story_tallies=tallies)
class Snapshots:
    """The current snapshot of one store, rebuilt when the database has changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._current: Snapshot | None = None

    def get(self) -> Snapshot:
        mark = fingerprint(self.store)
        current = self._current
        if current is not None and current.fingerprint == mark:
            return current
        with self._lock:
            if self._current is None or self._current.fingerprint != mark:
                self._current = build(self.store, mark)
            return self._current
