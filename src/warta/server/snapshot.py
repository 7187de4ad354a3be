"""What the server shows: the stored articles linked into stories, merged events and tallies.

Linking works on the whole corpus (stories are connected components), so it is computed once per
state of the database and kept until the database changes: a cheap fingerprint (how many
articles and inputs, the latest ingest time) is checked on every request, so articles ingested by
another process (``warta ingest``, ``warta watch``) show up without a restart. The linking itself
is the same code the CLI runs (``warta.link``), not a copy of it.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from warta.link.report import by_story
from warta.link.stories import stories as build_stories
from warta.link.tallies import tallies as build_tallies
from warta.model import Article, Event, Extraction, Story, Tally
from warta.store import ArticleSummary, Store, schema


def event_id(event: Event) -> str:
    """A stable id for a (merged) event: its first report's article and offset."""
    head = event.evidence[0] if event.evidence else None
    key = f"{head.article_id}:{head.start}" if head else repr(event.article_ids)
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:12]


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
    _tallies: dict[str | None, list[Tally]] = field(default_factory=dict)
    _features: list[dict[str, Any]] | None = None

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories if s.id == story_id), None)

    def tallies(self, story_id: str | None = None) -> list[Tally]:
        """Tallies over every article, or over one story's."""
        if story_id not in self._tallies:
            members = None
            if story_id is not None:
                s = self.story(story_id)
                members = set(s.article_ids) if s else set()
            claims = [(c, aid) for aid, (_, ex) in sorted(self.articles.items())
                      if members is None or aid in members for c in ex.claims]
            self._tallies[story_id] = build_tallies(claims)
        return self._tallies[story_id]

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
    return (articles[0], articles[1], origins)


def build(store: Store, mark: tuple[Any, ...]) -> Snapshot:
    pairs = list(store.all_articles())
    by_id = {a.id: (a, ex) for a, ex in pairs}
    groups = build_stories([a for a, _ in pairs], [ex for _, ex in pairs])
    story_of = {aid: s.id for s in groups for aid in s.article_ids}
    findings = by_story(groups, {aid: ex for aid, (_, ex) in by_id.items()})
    found = {sid: list(f.contradictions) for sid, f in findings.items()}
    events = [(event_id(e), s.id, e) for s in groups for e in findings[s.id].events]
    events.sort(key=lambda r: (r[2].date is None, r[2].date.value if r[2].date else None, r[0]))
    return Snapshot(
        fingerprint=mark, articles=by_id, summaries=list(store.summaries()), stories=groups,
        story_of=story_of, events=events, contradictions=found, places=store.places())


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
