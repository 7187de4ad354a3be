"""What linking decided, stored and read back: stories, membership, merged events, each story's
tallies and contradictions (``schema`` version 7).

A link run replaces what the previous one stored in one transaction, so a reader sees one
run's results or the next's, never a mixture. Records go in as JSON and come back through the
one decoder every record shares (:func:`warta.model.from_jsonable`), so nothing is lost on the
way. Readers never link: they read these tables.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import delete, func, insert, select, true
from sqlalchemy.exc import IntegrityError

from warta.model import (
    Article,
    Contradiction,
    Event,
    Extraction,
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
         copy_of: Mapping[str, str],
         replace: tuple[Iterable[str], Iterable[str]] | None = None) -> None:
    """Store these link results in one transaction: in place of everything stored, or, given
    ``replace`` (story ids, article ids), in place of those stories and those articles'
    membership only."""
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
        if replace is None:
            for table in LINK_TABLES:
                conn.execute(delete(table))
        else:
            story_ids = sorted(set(replace[0]) | {r["id"] for r in story_rows})
            for chunk in _chunks(story_ids):
                for table in LINK_TABLES:
                    column = table.c.id if table is schema.stories else table.c.story_id
                    conn.execute(delete(table).where(column.in_(chunk or [])))
            sa = schema.story_articles
            for chunk in _chunks(replace[1]):
                conn.execute(delete(sa).where(sa.c.article_id.in_(chunk or [])))
        for table, rows in ((schema.stories, story_rows), (schema.story_articles, member_rows),
                            (schema.linked_events, [event_row(e) for e in events]),
                            (schema.story_tallies, tally_rows),
                            (schema.contradictions, found)):
            for start in range(0, len(rows), _CHUNK):
                conn.execute(insert(table), rows[start:start + _CHUNK])
        q = schema.link_queue  # linked now: out of the queue, in the same transaction
        for chunk in _chunks([r["article_id"] for r in member_rows]):
            conn.execute(delete(q).where(q.c.article_id.in_(chunk or [])))
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
    """How many stored articles no stored story holds yet (stored after the last link run:
    the link queue)."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.link_queue)).scalar()
                   or 0)


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


def story_page(store: Store, limit: int | None, offset: int = 0) -> tuple[int, list[Story]]:
    """(how many stories are stored, those from ``offset``, at most ``limit``) in the order
    of :func:`stories`, reading only the page's stories: what a list shows costs the page, not
    the corpus."""
    st, sa, le = schema.stories, schema.story_articles, schema.linked_events
    q = select(st).order_by(st.c.first_seen.is_(None), st.c.first_seen, st.c.id).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    members: dict[str, list[str]] = {}
    event_ids: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(st)).scalar() or 0)
        rows = conn.execute(q).all()
        ids = [r.id for r in rows]
        for chunk in _chunks(ids):
            for sid, aid in conn.execute(
                    select(sa.c.story_id, sa.c.article_id).where(sa.c.story_id.in_(chunk or []))
                    .order_by(sa.c.story_id, sa.c.article_id)):
                members.setdefault(sid, []).append(aid)
            for sid, eid in conn.execute(
                    select(le.c.story_id, le.c.id).where(le.c.story_id.in_(chunk or []))
                    .order_by(le.c.story_id, le.c.date.is_(None), le.c.date, le.c.id)):
                event_ids.setdefault(sid, []).append(eid)
    return total, [Story(r.id, r.label, tuple(members.get(r.id, ())), r.first_seen,
                         r.last_seen, tuple(event_ids.get(r.id, ()))) for r in rows]


def contradictions_of(store: Store, story_ids: Iterable[str]) -> list[Contradiction]:
    """The stored contradictions of these stories, story by story."""
    c = schema.contradictions
    out: list[Contradiction] = []
    with store.engine.connect() as conn:
        for chunk in _chunks(sorted(set(story_ids))):
            out += [from_jsonable(Contradiction, r[0]) for r in conn.execute(
                select(c.c.contradiction).where(c.c.story_id.in_(chunk or []))
                .order_by(c.c.story_id, c.c.seq))]
    return out


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
    run's (`warta link --rebuild`); returns what it found."""
    from warta.link.report import copies_of, link

    pairs = list(store.all_articles())
    index(store, pairs, embedder)
    report = link(pairs, vectors(store), embedder)
    save(store, report.stories, report.merged_events, report.tallies, report.contradictions,
         copies_of(report.copies))
    return report


def link_new(store: Store, embedder: Embedder | None = None) -> LinkReport:
    """Link the articles stored since the last link run (see :func:`_link_new`). Two
    processes linking one database at once (two `warta ingest`) may race to store the same
    rows: the loser's transaction is rolled back and it links again what is still unlinked."""
    for attempt in range(5):
        try:
            return _link_new(store, embedder)
        except IntegrityError:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def _link_new(store: Store, embedder: Embedder | None = None) -> LinkReport:
    """Link the articles stored since the last link run against the stored stories, and store
    the result (what `warta run`, `ingest`, `watch` and `warta link` do).

    The new articles' candidates are found by blocking, as within a run: their nearest
    neighbours in embedding space among the stored articles of the batch's time window (and
    the undated ones), and the stored articles that share one of their rarer names or places.
    The stories those candidates belong to are linked again together with the new articles,
    with the whole corpus's name frequencies, and replace what was stored for them; no other
    story is read or written. So the cost of a batch depends on the batch and its candidates'
    stories, not on the corpus.
    """
    from warta.link.report import LinkReport, copies_of, link

    new_ids = unlinked_ids(store)
    if not new_ids:
        return LinkReport(0, 0, (), (), (), (), ())
    new = load(store, new_ids)
    index(store, new, embedder)
    fresh = set(new_ids)
    counts = _name_counts(store, new_ids)
    found = (_neighbours(store, new) | _sharing_names(store, new, counts)) - fresh
    membership = _membership(store, _stories_of(store, found))
    seeds = {sid: [aid for aid, _ in rows if aid not in fresh]
             for sid, rows in membership.items()}
    known = {aid: canonical for rows in membership.values() for aid, canonical in rows
             if canonical is not None}
    members = sorted({aid for seed in seeds.values() for aid in seed})
    pairs = new + load(store, members)
    ids = [a.id for a, _ in pairs]
    named = names(store, ids)
    df = _counts_of(store, {name for found in named.values() for name in found})
    report = link(pairs, vectors(store, ids), embedder, df, store.count(), named,
                  seeds=[seeds[sid] for sid in sorted(seeds)], fresh=fresh,
                  known_copies=known)
    # only the stories that changed are replaced: those that took a new article, and the
    # stored stories merged into them
    changed = {aid for s in report.stories for aid in s.article_ids}
    replaced = {sid for sid, seed in seeds.items() if changed.intersection(seed)}
    save(store, report.stories, report.merged_events, report.tallies, report.contradictions,
         copies_of(report.copies), replace=(replaced, sorted(changed)))
    return report


def index(store: Store, pairs: list[tuple[Article, Extraction]],
          embedder: Embedder | None = None) -> None:
    """Store the title-and-lead embedding and the story names of each article that lacks them
    (embedded in batches, once per article)."""
    from warta.link.embed import MODEL, Embedder
    from warta.link.stories import features

    ids = [a.id for a, _ in pairs]
    known = set(vectors(store, ids))
    missing = [a for a, _ in pairs if a.id not in known]
    v, nm = schema.article_vectors, schema.article_names
    with store.engine.connect() as conn:
        named = {r[0] for start in range(0, len(ids), _CHUNK) for r in conn.execute(
            select(nm.c.article_id).where(nm.c.article_id.in_(ids[start:start + _CHUNK]))
            .distinct())}
    name_rows = [{"article_id": a.id, "name": name, "count": count}
                 for a, ex in pairs if a.id not in named
                 for name, count in sorted(features(a, ex).items())]
    vector_rows: list[dict[str, Any]] = []
    if missing:
        embedder = embedder or Embedder()
        fresh = embedder.articles(missing).astype("<f2")
        vector_rows = [{"article_id": a.id, "model": MODEL, "vector": fresh[k].tobytes()}
                       for k, a in enumerate(missing)]
    if not vector_rows and not name_rows:
        return
    with store._writing() as conn:
        # another process may have indexed some of them meanwhile: theirs are kept
        for table, rows in ((v, vector_rows), (nm, name_rows)):
            wanted = sorted({r["article_id"] for r in rows})
            done = {r[0] for chunk in _chunks(wanted) for r in conn.execute(
                select(table.c.article_id).where(table.c.article_id.in_(chunk or []))
                .where(table.c.model == MODEL if table is v else true()).distinct())}
            if table is v:
                for chunk in _chunks(sorted(set(wanted) - done)):
                    conn.execute(delete(v).where(v.c.article_id.in_(chunk or [])))
            rows = [r for r in rows if r["article_id"] not in done]
            for start in range(0, len(rows), _CHUNK):
                conn.execute(insert(table), rows[start:start + _CHUNK])
            if table is nm:
                _count_names(store, conn, rows)


def names(store: Store, ids: Iterable[str]) -> dict[str, Counter[str]]:
    """Article id -> its stored story names with their counts (what
    :func:`warta.link.stories.features` found when it was indexed)."""
    nm = schema.article_names
    out: dict[str, Counter[str]] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(list(ids)):
            for aid, name, count in conn.execute(
                    select(nm.c.article_id, nm.c.name, nm.c.count)
                    .where(nm.c.article_id.in_(chunk or []))):
                out.setdefault(aid, Counter())[name] = count
    return out


def vectors(store: Store, ids: Iterable[str] | None = None) -> dict[str, np.ndarray]:
    """Article id -> its stored title-and-lead embedding (this model's only); of ``ids``, or
    of every article."""
    from warta.link.embed import MODEL

    v = schema.article_vectors
    query = select(v.c.article_id, v.c.vector).where(v.c.model == MODEL)
    out: dict[str, np.ndarray] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(ids):
            q = query if chunk is None else query.where(v.c.article_id.in_(chunk))
            out.update((r.article_id, np.frombuffer(r.vector, dtype="<f2").astype(np.float32))
                       for r in conn.execute(q))
    return out


def _chunks(ids: Iterable[str] | None) -> Iterator[list[str] | None]:
    if ids is None:
        yield None
        return
    items = list(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def unlinked_ids(store: Store) -> list[str]:
    """The stored articles no stored story holds yet (the link queue), in id order."""
    q = schema.link_queue
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(q.c.article_id).order_by(q.c.article_id))]


def load(store: Store, ids: Iterable[str]) -> list[tuple[Article, Extraction]]:
    """These stored articles with their extractions."""
    return list(store.articles(ids))


def _neighbours(store: Store, new: list[tuple[Article, Extraction]]) -> set[str]:
    """Stored articles among the nearest neighbours of the new ones, within the batch's time
    window (stored undated articles always qualify; an undated batch has no window)."""

    from warta.link.stories import LINK, NAME_WEIGHT, NEIGHBOURS

    ids = [a.id for a, _ in new]
    mine = vectors(store, ids)
    if not mine:
        return set()
    queries = np.vstack([mine[i] for i in sorted(mine)])
    a, v = schema.articles, schema.article_vectors
    q = select(v.c.article_id, v.c.vector).join(a, a.c.id == v.c.article_id)
    window = _window(new)
    if window is not None:
        q = q.where(a.c.published.is_(None) | a.c.published.between(*window))
    floor = LINK - NAME_WEIGHT
    # each new article's best NEIGHBOURS so far: similarities and article ids, side by side
    # each new article's best NEIGHBOURS so far, as flat arrays: the query's row, the
    # similarity, and the stored article's position in ``seen``; pairs below the floor are
    # dropped at once (most pairs: they are about other things)
    rows_, sims_, where_ = (np.empty(0, np.int64), np.empty(0, np.float32),
                            np.empty(0, np.int64))
    seen: list[str] = []
    own = set(ids)
    with store.engine.connect() as conn:
        rows = conn.execution_options(yield_per=10_000).execute(q)
        for part in rows.partitions(10_000):
            part = [r for r in part if r.article_id not in own]
            if not part:
                continue
            matrix = np.frombuffer(b"".join(r.vector for r in part), dtype="<f2").reshape(
                len(part), -1).astype(np.float32)
            sims = queries @ matrix.T
            row, col = np.nonzero(sims >= floor)
            rows_, sims_, where_ = _best(np.concatenate([rows_, row]),
                                         np.concatenate([sims_, sims[row, col]]),
                                         np.concatenate([where_, col + len(seen)]), NEIGHBOURS)
            seen += [r.article_id for r in part]
    return {seen[k] for k in where_.tolist()}


def _best(rows: np.ndarray, sims: np.ndarray, where: np.ndarray, k: int
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of flat (row, similarity, position) triples, each row's ``k`` most similar (ties by
    position, so the result does not depend on the order the rows were read in)."""
    order = np.lexsort((where, -sims, rows))
    rows, sims, where = rows[order], sims[order], where[order]
    starts = np.searchsorted(rows, rows, side="left")
    keep = np.arange(len(rows)) - starts < k
    return rows[keep], sims[keep], where[keep]


def _window(new: list[tuple[Article, Extraction]]) -> tuple[dt.date, dt.date] | None:
    """The days a stored article may be published on to be linked with these new ones: their
    days ± the story window (None when one of them is undated: any day then)."""
    from warta.link.stories import WINDOW_DAYS

    days = [a.published.value for a, _ in new if a.published]
    if not days or len(days) < len(new):
        return None
    return (min(days) - dt.timedelta(days=WINDOW_DAYS),
            max(days) + dt.timedelta(days=WINDOW_DAYS))


def _count_names(store: Store, conn: Any, rows: list[dict[str, Any]]) -> None:
    """Add these new (article, name) rows to ``name_counts``, atomically (an upsert), so two
    processes indexing at once count each article once."""
    added = Counter(r["name"] for r in rows)
    if not added:
        return
    if store.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert as upsert
    else:
        from sqlalchemy.dialects.postgresql import insert as upsert
    nc = schema.name_counts
    items = [{"name": name, "articles": n} for name, n in sorted(added.items())]
    for start in range(0, len(items), _CHUNK):
        stmt = upsert(nc).values(items[start:start + _CHUNK])
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[nc.c.name], set_={"articles": nc.c.articles + stmt.excluded.articles}))


def _name_counts(store: Store, ids: list[str]) -> dict[str, int]:
    """How many stored articles name each name these articles name (``name_counts``)."""
    nm = schema.article_names
    with store.engine.connect() as conn:
        return _counts_of(store, {r[0] for chunk in _chunks(ids) for r in conn.execute(
            select(nm.c.name).where(nm.c.article_id.in_(chunk or [])))})


def _counts_of(store: Store, names: Iterable[str]) -> dict[str, int]:
    """How many stored articles name each of these names (``name_counts``)."""
    nc = schema.name_counts
    with store.engine.connect() as conn:
        return {name: int(n) for chunk in _chunks(sorted(names)) for name, n in conn.execute(
            select(nc.c.name, nc.c.articles).where(nc.c.name.in_(chunk or [])))}


def _sharing_names(store: Store, new: list[tuple[Article, Extraction]],
                   counts: Mapping[str, int]) -> set[str]:
    """Stored articles sharing with the new ones a name or place few articles have (of
    ``counts``, how many articles name each), within the batch's time window as for
    :func:`_neighbours` (a pair further apart is never linked)."""
    from warta.link.stories import COMMON_FEATURE

    nm, a = schema.article_names, schema.articles
    rare = sorted(name for name, n in counts.items() if n <= COMMON_FEATURE)
    q = select(nm.c.article_id)
    window = _window(new)
    if window is not None:
        q = q.join(a, a.c.id == nm.c.article_id).where(
            a.c.published.is_(None) | a.c.published.between(*window))
    with store.engine.connect() as conn:
        return {r[0] for chunk in _chunks(rare) for r in conn.execute(
            q.where(nm.c.name.in_(chunk or [])))}


def _stories_of(store: Store, ids: Iterable[str]) -> set[str]:
    sa = schema.story_articles
    with store.engine.connect() as conn:
        return {r[0] for chunk in _chunks(ids) for r in conn.execute(
            select(sa.c.story_id).where(sa.c.article_id.in_(chunk or [])).distinct())}


def _membership(store: Store, story_ids: Iterable[str]
                ) -> dict[str, list[tuple[str, str | None]]]:
    """Story id -> its articles (id order), each with the canonical article it copies."""
    sa = schema.story_articles
    out: dict[str, list[tuple[str, str | None]]] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(sorted(story_ids)):
            for sid, aid, canonical in conn.execute(
                    select(sa.c.story_id, sa.c.article_id, sa.c.copy_of)
                    .where(sa.c.story_id.in_(chunk or []))
                    .order_by(sa.c.story_id, sa.c.article_id)):
                out.setdefault(sid, []).append((aid, canonical))
    return out


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


def totals(store: Store) -> dict[str, int]:
    """What the stored link results hold, counted: ``articles, copies, copy_groups, stories,
    events`` (as extracted, one per report), ``merged_events, tallies, contradictions``."""
    with store.engine.connect() as conn:
        def count(table: Any, *where: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(table).where(*where))
                       .scalar() or 0)

        sa = schema.story_articles
        copy_groups = int(conn.execute(select(func.count(sa.c.copy_of.distinct()))).scalar()
                          or 0)
        return {"articles": count(schema.articles),
                "copies": count(sa, sa.c.copy_of.is_not(None)), "copy_groups": copy_groups,
                "stories": count(schema.stories), "events": count(schema.events),
                "merged_events": count(schema.linked_events),
                "tallies": count(schema.story_tallies),
                "contradictions": count(schema.contradictions)}
