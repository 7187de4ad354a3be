"""What linking decided, stored and read back: stories, membership, merged events, each story's
tallies and contradictions (``schema`` version 7).

A link run replaces what the previous one stored in one transaction, so a reader sees one
run's results or the next's, never a mixture. Records go in as JSON and come back through the
one decoder every record shares (:func:`warta.model.from_jsonable`), so nothing is lost on the
way. Readers never link: they read these tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import delete, func, insert, select

from warta.model import (
    Contradiction,
    Event,
    LinkedEvent,
    ReportRef,
    Story,
    Tally,
    from_jsonable,
    to_jsonable,
)
from warta.store import schema

if TYPE_CHECKING:
    from warta.link.embed import Embedder
    from warta.link.report import LinkReport
    from warta.store import Store

LINK_TABLES = (schema.contradictions, schema.story_tallies, schema.linked_events,
               schema.story_articles, schema.stories)
_CHUNK = 1000


def event_row(e: LinkedEvent) -> dict[str, Any]:
    ev = e.event
    return {"id": e.id, "story_id": e.story_id, "date": ev.date.value if ev.date else None,
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "claimant": ev.claimant, "event": to_jsonable(ev),
            "reports": [[r.article_id, r.seq] for r in e.reports]}


def event_from_row(row: Any) -> LinkedEvent:
    return LinkedEvent(row.id, row.story_id, from_jsonable(Event, row.event),
                       tuple(ReportRef(a, s) for a, s in row.reports))


def save(store: Store, stories: Iterable[Story], events: Iterable[LinkedEvent],
         tallies: Iterable[Tally], contradictions: Iterable[Contradiction],
         copy_of: Mapping[str, str]) -> None:
    """Replace the stored link results with these, in one transaction."""
    story_rows, member_rows = [], []
    for s in stories:
        story_rows.append({"id": s.id, "label": s.label, "first_seen": s.first_seen,
                           "last_seen": s.last_seen, "articles": len(s.article_ids)})
        member_rows += [{"article_id": a, "story_id": s.id, "copy_of": copy_of.get(a)}
                        for a in s.article_ids]
    tally_rows = [{"story_id": t.story_id, "seq": None, "claimant": t.claimant,
                   "kind": t.kind, "tally": to_jsonable(t)} for t in tallies]
    _number(tally_rows)
    found = [{"story_id": c.story_id, "seq": None, "kind": c.kind,
              "contradiction": to_jsonable(c)} for c in contradictions]
    _number(found)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    with store._writing() as conn:
        for table in LINK_TABLES:
            conn.execute(delete(table))
        for table, rows in ((schema.stories, story_rows), (schema.story_articles, member_rows),
                            (schema.linked_events, [event_row(e) for e in events]),
                            (schema.story_tallies, tally_rows),
                            (schema.contradictions, found)):
            for start in range(0, len(rows), _CHUNK):
                conn.execute(insert(table), rows[start:start + _CHUNK])
        m = schema.meta
        conn.execute(delete(m).where(m.c.key == "linked_at"))
        conn.execute(insert(m).values(key="linked_at", value=now))


def _number(rows: list[dict[str, Any]]) -> None:
    """Number rows within their story (the key is story id and seq)."""
    seen: dict[str, int] = {}
    for r in rows:
        r["seq"] = seen.get(r["story_id"], 0)
        seen[r["story_id"]] = r["seq"] + 1


def linked_at(store: Store) -> str | None:
    """When linking results were last stored (None: never)."""
    m = schema.meta
    with store.engine.connect() as conn:
        return conn.execute(select(m.c.value).where(m.c.key == "linked_at")).scalar()


def unlinked(store: Store) -> int:
    """How many stored articles no stored story holds yet (stored after the last link run)."""
    a, sa = schema.articles, schema.story_articles
    with store.engine.connect() as conn:
        return int(conn.execute(
            select(func.count()).select_from(a).where(
                ~select(sa.c.article_id).where(sa.c.article_id == a.c.id).exists())
        ).scalar() or 0)


def stories(store: Store, story_id: str | None = None) -> list[Story]:
    """Stored stories, oldest first (undated last), with their articles and event ids."""
    st, sa, le = schema.stories, schema.story_articles, schema.linked_events
    members: dict[str, list[str]] = {}
    event_ids: dict[str, list[str]] = {}
    q_members = select(sa.c.story_id, sa.c.article_id).order_by(sa.c.story_id, sa.c.article_id)
    q_events = select(le.c.story_id, le.c.id).order_by(
        le.c.story_id, le.c.date.is_(None), le.c.date, le.c.id)
    q_stories = select(st).order_by(st.c.first_seen.is_(None), st.c.first_seen, st.c.id)
    if story_id is not None:
        q_members = q_members.where(sa.c.story_id == story_id)
        q_events = q_events.where(le.c.story_id == story_id)
        q_stories = q_stories.where(st.c.id == story_id)
    with store.engine.connect() as conn:
        for sid, aid in conn.execute(q_members):
            members.setdefault(sid, []).append(aid)
        for sid, eid in conn.execute(q_events):
            event_ids.setdefault(sid, []).append(eid)
        rows = conn.execute(q_stories).all()
    return [Story(r.id, r.label, tuple(members.get(r.id, ())), r.first_seen, r.last_seen,
                  tuple(event_ids.get(r.id, ()))) for r in rows]


def story_of(store: Store) -> dict[str, str]:
    """Article id -> the id of its stored story."""
    sa = schema.story_articles
    with store.engine.connect() as conn:
        return dict(conn.execute(select(sa.c.article_id, sa.c.story_id)).all())


def copy_of(store: Store) -> dict[str, str]:
    """Copy article id -> the canonical article of its duplicate group."""
    sa = schema.story_articles
    with store.engine.connect() as conn:
        return dict(conn.execute(select(sa.c.article_id, sa.c.copy_of)
                                 .where(sa.c.copy_of.is_not(None))).all())


def events(store: Store, story_id: str | None = None, since: dt.date | None = None
           ) -> list[LinkedEvent]:
    """Stored merged events in timeline order (oldest first, undated last)."""
    le = schema.linked_events
    q = select(le).order_by(le.c.date.is_(None), le.c.date, le.c.id)
    if story_id is not None:
        q = q.where(le.c.story_id == story_id)
    if since is not None:
        q = q.where(le.c.date >= since)
    with store.engine.connect() as conn:
        return [event_from_row(r) for r in conn.execute(q)]


def tallies(store: Store, story_id: str | None = None) -> list[Tally]:
    """Stored tallies, each one story's, story by story."""
    t = schema.story_tallies
    q = select(t.c.tally).order_by(t.c.story_id, t.c.seq)
    if story_id is not None:
        q = q.where(t.c.story_id == story_id)
    with store.engine.connect() as conn:
        return [from_jsonable(Tally, r[0]) for r in conn.execute(q)]


def contradictions(store: Store, story_id: str | None = None) -> list[Contradiction]:
    c = schema.contradictions
    q = select(c.c.contradiction).order_by(c.c.story_id, c.c.seq)
    if story_id is not None:
        q = q.where(c.c.story_id == story_id)
    with store.engine.connect() as conn:
        return [from_jsonable(Contradiction, r[0]) for r in conn.execute(q)]


def relink(store: Store, embedder: Embedder | None = None) -> LinkReport:
    """The link stage over every stored article, its results stored in place of the last
    run's; returns what it found. Articles without a stored embedding get one (stored too)."""
    from warta.link.embed import MODEL, Embedder
    from warta.link.report import copies_of, link

    pairs = list(store.all_articles())
    known = vectors(store)
    missing = [a for a, _ in pairs if a.id not in known]
    if missing:
        embedder = embedder or Embedder()
        fresh = embedder.articles(missing).astype("<f2")
        rows = [{"article_id": a.id, "model": MODEL, "vector": fresh[k].tobytes()}
                for k, a in enumerate(missing)]
        v = schema.article_vectors
        with store._writing() as conn:
            conn.execute(delete(v).where(v.c.article_id.in_([a.id for a in missing])))
            for start in range(0, len(rows), _CHUNK):
                conn.execute(insert(v), rows[start:start + _CHUNK])
        known.update({a.id: fresh[k].astype(np.float32) for k, a in enumerate(missing)})
    report = link(pairs, known, embedder)
    save(store, report.stories, report.merged_events, report.tallies, report.contradictions,
         copies_of(report.copies))
    return report


def vectors(store: Store) -> dict[str, np.ndarray]:
    """Article id -> its stored title-and-lead embedding (this model's only)."""
    from warta.link.embed import MODEL

    v = schema.article_vectors
    with store.engine.connect() as conn:
        return {r.article_id: np.frombuffer(r.vector, dtype="<f2").astype(np.float32)
                for r in conn.execute(select(v.c.article_id, v.c.vector)
                                      .where(v.c.model == MODEL))}


def sources(store: Store) -> dict[str, str]:
    """Article id -> where it was read (its source path, ``#`` and its input id if any)."""
    a = schema.articles
    with store.engine.connect() as conn:
        return {r.id: r.source + (f"#{r.source_id}" if r.source_id else "")
                for r in conn.execute(select(a.c.id, a.c.source, a.c.source_id))}


def events_with_origin(store: Store, story_id: str | None = None,
                       since: dt.date | None = None
                       ) -> Iterator[tuple[LinkedEvent, dict[str, Any]]]:
    """Stored merged events in timeline order, each with where it was read: its first report's
    article (``article_id``, ``source``, ``source_id``, ``title``), every reporting outlet
    (``outlet``, ACLED-style ``; ``-separated), its ``event_id`` and ``story_id``."""
    a = schema.articles
    found = events(store, story_id, since)
    wanted = {x for e in found for x in e.event.article_ids}
    info: dict[str, Any] = {}
    with store.engine.connect() as conn:
        ids = sorted(wanted)
        for start in range(0, len(ids), _CHUNK):
            for r in conn.execute(select(a.c.id, a.c.source, a.c.source_id, a.c.title,
                                         a.c.outlet).where(a.c.id.in_(ids[start:start + _CHUNK]))):
                info[r.id] = r
    for e in found:
        reporting = [info[x] for x in e.event.article_ids if x in info]
        if not reporting:
            continue  # its articles are gone: the next link run drops it
        head = reporting[0]
        outlets = dict.fromkeys(r.outlet for r in reporting if r.outlet)
        yield e, {"article_id": head.id, "source": head.source, "source_id": head.source_id,
                  "title": head.title, "outlet": "; ".join(outlets) or None,
                  "event_id": e.id, "story_id": e.story_id,
                  "article_ids": list(e.event.article_ids)}
