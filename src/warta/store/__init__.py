"""Storage: articles and what was read from them, in SQLite (default) or any SQLAlchemy URL.

An article is written in one transaction with everything that belongs to it, so it is stored
whole or not at all. Its id is a hash of its normalised text, so storing it again is a no-op;
the input it came from is recorded as an :class:`~warta.model.Origin`, which is what lets a rerun
skip documents it has already stored without cleaning them again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, make_url, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from warta.model import (
    Article,
    CasualtyClaim,
    CitedSource,
    DateValue,
    Event,
    Evidence,
    Extraction,
    Origin,
    PartialDate,
    Place,
    Quote,
    RemovedLine,
    from_jsonable,
    to_jsonable,
)
from warta.store import migrate, schema

DEFAULT_DB = "warta.db"
LEAD_CHARS = 100


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Stored:
    status: Literal["new", "duplicate"]
    article_id: str


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    outlet: str | None
    language: str
    published: str | None
    published_precision: str | None
    dateline_place: str | None
    source: str
    source_id: str | None
    chars: int
    copies: int
    lead: str
    figures: int = 0
    events: int = 0


def url_for(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a URL is kept (a bare ``postgresql://`` or ``postgres://``
    gets the psycopg 3 driver), anything else is a SQLite file path."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    scheme, rest = db.split("://", 1)
    if scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return db


def origin_key(source: str, source_id: str | None, raw_sha: str) -> str:
    """What makes an input unique: a hash of its path, its input id and its bytes' hash (NUL
    read as U+FFFD, as the text columns store it)."""
    parts = [(p or "").replace("\x00", "\ufffd") for p in (source, source_id, raw_sha)]
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def display_name(db: str) -> str:
    """``db`` as messages show it: a URL without its password."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can parse: show the scheme only
        return db.split("://", 1)[0] + "://…"


def _reason(exc: BaseException, db: str) -> str:
    """The first line of a driver's error, with the password (if any) blanked out."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = message[0] if message else type(exc).__name__
    try:
        password = make_url(url_for(db)).password
    except Exception:
        password = None
    if password:
        reason = reason.replace(str(password), "***")
    return reason


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """A warta database: a SQLite file, or any SQLAlchemy URL (PostgreSQL through psycopg 3).

    Opening one brings its schema up to date (:mod:`warta.store.migrate`). ``create=False``
    refuses to create one that does not exist.
    """

    def __init__(self, db: str = DEFAULT_DB, *, create: bool = True,
                 upgrade: bool = True) -> None:
        self.db = db
        self.name = display_name(db)
        self.url = url_for(db)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite and not create:
            path = self.url.removeprefix("sqlite:///")
            if path != ":memory:" and not Path(path).exists():
                raise StoreError(f"{db}: no database here (run `warta ingest ... --db {db}` "
                                 "first)")
        if self.is_sqlite:
            parent = Path(self.url.removeprefix("sqlite:///")).parent
            if not parent.is_dir():
                raise StoreError(f"{db}: folder {parent} does not exist")
        options: dict[str, Any] = {}
        if self.url.startswith("postgresql") and "connect_timeout=" not in self.url:
            # an unreachable host fails in seconds, not after the TCP timeout
            options["connect_args"] = {"connect_timeout": 10}
        try:
            self.engine: Engine = create_engine(self.url, **options)
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"{self.name}: cannot open: {_reason(exc, db)}") from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if upgrade:
            self._prepare(create)

    def _prepare(self, create: bool) -> None:
        try:
            migrate.upgrade(self.engine, create=create)
        except (migrate.MigrationError, DBAPIError) as exc:
            self.engine.dispose()
            raise self._error(exc) from None

    def _error(self, exc: Exception) -> StoreError:
        """A StoreError naming the database (never its password) and the reason."""
        if isinstance(exc, migrate.MigrationError):
            hint = (f" (run `warta ingest ... --db {self.name}` or `warta db upgrade --db "
                    f"{self.name}` first)" if "no warta" in str(exc) else "")
            return StoreError(f"{self.name}: {exc}{hint}")
        what = ("cannot connect" if isinstance(exc, OperationalError) and not self.is_sqlite
                else "cannot use it as a database")
        return StoreError(f"{self.name}: {what}: {_reason(exc, self.db)}")

    def status(self) -> migrate.Status:
        """The database's Alembic revision and schema version (see :mod:`warta.store.migrate`)."""
        try:
            return migrate.status(self.engine)
        except DBAPIError as exc:
            raise self._error(exc) from None

    def upgrade(self) -> tuple[migrate.Status, migrate.Status]:
        """Run the migrations this database lacks; where it stood before and after."""
        try:
            return migrate.upgrade(self.engine)
        except (migrate.MigrationError, DBAPIError) as exc:
            raise self._error(exc) from None

    def _bytewise(self, column: Any) -> Any:
        """``column`` ordered by code point whatever the database's collation (SQLite's default
        already is; a PostgreSQL database made with a language's collation is not)."""
        return column if self.is_sqlite else column.collate("C")

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction. SQLite's is taken with BEGIN IMMEDIATE so that two writers
        queue on the busy timeout instead of one failing when it turns a read into a write."""
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def seen(self, source: str, source_id: str | None, raw_sha: str) -> str | None:
        """The article id already stored from exactly this input, if any."""
        o = schema.origins
        with self.engine.connect() as conn:
            return conn.execute(select(o.c.article_id).where(
                o.c.origin_key == origin_key(source, source_id, raw_sha))).scalar()

    def add(self, article: Article, extraction: Extraction | None = None) -> Stored:
        """Store ``article``, what was extracted from it and its origin, in one transaction; a
        stored text is not re-added."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        attempt = 0
        while True:
            attempt += 1
            try:
                with self._writing() as conn:
                    exists = conn.execute(select(schema.articles.c.id).where(
                        schema.articles.c.id == article.id)).scalar()
                    if not exists:
                        self._insert_article(conn, article, now)
                        if extraction is not None:
                            self._insert_extraction(conn, extraction)
                        conn.execute(insert(schema.link_queue).values(article_id=article.id))
                    self._insert_origin(conn, article, now)
                return Stored("duplicate" if exists else "new", article.id)
            except IntegrityError:
                # Another writer committed the same article or origin after this transaction
                # looked: look again (it is there now). PostgreSQL only; SQLite's writers queue.
                if attempt == 5:
                    raise

    def _insert_article(self, conn: Any, a: Article, now: str) -> None:
        partial = a.published_partial
        conn.execute(insert(schema.articles).values(
            id=a.id, text=a.text, language=a.language, title=a.title, outlet=a.outlet,
            url=a.url, format=a.format,
            published=a.published.value if a.published else None,
            published_precision=a.published.precision if a.published else None,
            published_text=(a.published.text if a.published else
                            partial.text if partial else None),
            published_basis=(a.published.basis if a.published else
                             partial.basis if partial else None),
            published_partial=f"--{partial.month:02d}-{partial.day:02d}" if partial else None,
            dateline_place=a.dateline_place, source=a.source, source_id=a.source_id,
            ingested_at=now,
        ))
        if a.cited_sources:
            conn.execute(insert(schema.cited_sources), [
                {"article_id": a.id, "seq": i, "name": s.name, "cue": s.cue, "start": s.start,
                 "end": s.end} for i, s in enumerate(a.cited_sources)])
        if a.removed:
            conn.execute(insert(schema.furniture), [
                {"article_id": a.id, "seq": i, "line_no": r.line_no, "text": r.text,
                 "reason": r.reason} for i, r in enumerate(a.removed)])

    def _insert_extraction(self, conn: Any, ex: Extraction) -> None:
        aid = ex.article_id
        if ex.reference is not None or ex.parties or ex.places:
            conn.execute(schema.articles.update().where(schema.articles.c.id == aid).values(
                reference=to_jsonable(ex.reference), parties=list(ex.parties),
                places=[_place_row(p) for p in ex.places] or None))
        if ex.claims:
            conn.execute(insert(schema.claims), [{
                "article_id": aid, "seq": i, "kind": c.kind, "value": c.value,
                "qualifier": c.qualifier, "low": c.low, "high": c.high, "victims": c.victims,
                "victim_side": c.victim_side, "claimant": c.claimant,
                "claimant_text": c.claimant_text, "cumulative": c.cumulative,
                "as_of": c.as_of.value if c.as_of else None,
                "as_of_basis": c.as_of.basis if c.as_of else None,
                "as_of_precision": c.as_of.precision if c.as_of else None,
                "as_of_text": c.as_of.text if c.as_of else None,
                "start": c.evidence.start, "end": c.evidence.end, "evidence": c.evidence.text,
                "sentence_start": c.sentence.start if c.sentence else None,
                "sentence_end": c.sentence.end if c.sentence else None,
            } for i, c in enumerate(ex.claims)])
        if ex.events:
            conn.execute(insert(schema.events), [{
                "article_id": aid, "seq": i, "event_type": e.event_type,
                "sub_event_type": e.sub_event_type, "actor1": e.actor1, "target": e.target,
                "date": e.date.value if e.date else None,
                "date_precision": e.date.precision if e.date else None,
                "date_basis": e.date.basis if e.date else None,
                "date_text": e.date.text if e.date else None, "fatalities": e.fatalities,
                "claimant": e.claimant, "claimant_text": e.claimant_text,
                "denied_by": e.denied_by, "trigger": e.trigger,
                "places": [_place_row(p) for p in e.places],
                "evidence": [[v.start, v.end] for v in e.evidence],
                "denial": [e.denial.start, e.denial.end] if e.denial else None,
                "location": _place_row(e.location) if e.location else None,
            } for i, e in enumerate(ex.events)])
        if ex.quotes:
            conn.execute(insert(schema.quotes), [{
                "article_id": aid, "seq": i, "text": q.text, "speaker": q.speaker,
                "party": q.party, "start": q.evidence.start, "end": q.evidence.end,
            } for i, q in enumerate(ex.quotes)])

    def extraction(self, article_id: str) -> Extraction:
        """What was extracted from a stored article, as records with evidence into its text."""
        with self.engine.connect() as conn:
            extra = conn.execute(select(
                schema.articles.c.text, schema.articles.c.reference, schema.articles.c.parties,
                schema.articles.c.places)
                .where(schema.articles.c.id == article_id)).one_or_none()
            if extra is None:
                raise KeyError(f"no article {article_id!r}")
            claims = conn.execute(select(schema.claims).where(
                schema.claims.c.article_id == article_id).order_by(schema.claims.c.seq)).all()
            events = conn.execute(select(schema.events).where(
                schema.events.c.article_id == article_id).order_by(schema.events.c.seq)).all()
            quotes = conn.execute(select(schema.quotes).where(
                schema.quotes.c.article_id == article_id).order_by(schema.quotes.c.seq)).all()

        return _extraction(article_id, extra, claims, events, quotes)

    # -- feeds -----------------------------------------------------------------------------

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified of the feed's last poll."""
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.feeds.c.etag, schema.feeds.c.modified).where(
                schema.feeds.c.url == url)).one_or_none()
        return (row.etag, row.modified) if row else (None, None)

    def save_feed_state(self, url: str, etag: str | None, modified: str | None) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        f = schema.feeds
        for _attempt in range(3):
            try:
                with self._writing() as conn:
                    if conn.execute(select(f.c.url).where(f.c.url == url)).scalar() is None:
                        conn.execute(insert(f).values(url=url, etag=etag, modified=modified,
                                                      polled_at=now))
                    else:
                        conn.execute(f.update().where(f.c.url == url).values(
                            etag=etag, modified=modified, polled_at=now))
                return
            except IntegrityError:
                continue  # another watcher added this feed first: update it

    def item_seen(self, feed_url: str, key: str) -> bool:
        fi = schema.feed_items
        with self.engine.connect() as conn:
            return conn.execute(select(fi.c.item_key).where(
                fi.c.feed_url == feed_url, fi.c.item_key == _bounded(key))).scalar() is not None

    def mark_item(self, feed_url: str, key: str, url: str, article_id: str | None,
                  note: str | None = None) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self._writing() as conn:
                conn.execute(insert(schema.feed_items).values(
                    feed_url=feed_url, item_key=_bounded(key), url=url, article_id=article_id,
                    seen_at=now, note=note))
        except IntegrityError:
            pass  # another watcher recorded it first

    def all_articles(self) -> Iterator[tuple[Article, Extraction]]:
        """Every stored article with what was extracted from it, in id order."""
        return self.articles()

    def claims(self) -> Iterator[tuple[CasualtyClaim, str]]:
        """Every stored casualty claim with its article's id."""
        c, a = schema.claims, schema.articles
        with self.engine.connect() as conn:
            for r in conn.execute(select(c, a.c.text).join(a, a.c.id == c.c.article_id)
                                  .order_by(c.c.article_id, c.c.seq)):
                yield CasualtyClaim(
                    kind=r.kind, value=r.value, qualifier=r.qualifier, victims=r.victims,
                    evidence=Evidence(r.article_id, r.start, r.end, r.text[r.start:r.end]),
                    low=r.low, high=r.high, victim_side=r.victim_side, claimant=r.claimant,
                    claimant_text=r.claimant_text, cumulative=bool(r.cumulative),
                    as_of=_as_of(r),
                    sentence=Evidence(r.article_id, r.sentence_start, r.sentence_end,
                                      r.text[r.sentence_start:r.sentence_end])
                    if r.sentence_start is not None else None), r.article_id

    def places(self) -> list[dict[str, Any]]:
        """Every place named in stored events (as written, with its resolution), with the
        number of events and articles naming it; most named first."""
        counts: dict[tuple[str, str | None], dict[str, Any]] = {}
        ev = schema.events
        with self.engine.connect() as conn:
            for article_id, places in conn.execute(select(ev.c.article_id, ev.c.places)):
                for raw in places or []:
                    place = _place(raw)
                    key = (place.name, place.gazetteer_id)
                    row = counts.setdefault(key, {**_place_json(place), "events": 0,
                                                  "article_ids": set()})
                    row["events"] += 1
                    row["article_ids"].add(article_id)
        rows = []
        for row in counts.values():
            ids = row.pop("article_ids")
            rows.append({**row, "articles": len(ids)})
        return sorted(rows, key=lambda r: (-r["events"], r["name"]))

    def events(self) -> Iterator[tuple[Event, dict[str, Any]]]:
        """Every stored event, with its article's identifiers (id, source, source_id, title,
        outlet), in date order."""
        a, ev = schema.articles, schema.events
        query = (select(ev, a.c.text, a.c.source, a.c.source_id, a.c.title, a.c.outlet)
                 .join(a, a.c.id == ev.c.article_id)
                 .order_by(ev.c.date.is_(None), ev.c.date, ev.c.article_id, ev.c.seq))
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                text = r.text

                yield _event(r, text), {"article_id": r.article_id, "source": r.source,
                              "source_id": r.source_id, "title": r.title, "outlet": r.outlet}

    def _insert_origin(self, conn: Any, a: Article, now: str) -> None:
        o = schema.origins
        key = origin_key(a.source, a.source_id, a.raw_sha)
        known = conn.execute(select(o.c.id).where(o.c.origin_key == key)).scalar()
        if known is None:
            conn.execute(insert(o).values(
                article_id=a.id, source=a.source, source_id=a.source_id or "",
                position=a.position, format=a.format, raw_sha=a.raw_sha, ingested_at=now,
                origin_key=key))

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar()
                       or 0)

    def published_dates(self) -> list[dt.date]:
        a = schema.articles
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(
                select(a.c.published).where(a.c.published.is_not(None),
                                            a.c.published_precision == "day"))]

    def summaries(self, *, limit: int | None = None, offset: int = 0,
                  language: str | None = None, outlet: str | None = None
                  ) -> Iterator[ArticleSummary]:
        a, o = schema.articles, schema.origins
        copies = (select(o.c.article_id, func.count().label("n")).group_by(o.c.article_id)
                  .subquery())
        cl, ev = schema.claims, schema.events
        figures = (select(cl.c.article_id, func.count().label("n")).group_by(cl.c.article_id)
                   .subquery())
        events = (select(ev.c.article_id, func.count().label("n")).group_by(ev.c.article_id)
                  .subquery())
        query = (
            select(a.c.id, a.c.title, a.c.outlet, a.c.language, a.c.published,
                   a.c.published_precision, a.c.dateline_place, a.c.source, a.c.source_id,
                   func.length(a.c.text).label("chars"), copies.c.n,
                   func.substr(a.c.text, 1, LEAD_CHARS).label("lead"),
                   figures.c.n.label("figures"), events.c.n.label("events"))
            .join(copies, copies.c.article_id == a.c.id, isouter=True)
            .join(figures, figures.c.article_id == a.c.id, isouter=True)
            .join(events, events.c.article_id == a.c.id, isouter=True)
            .order_by(a.c.published.is_(None), a.c.published, self._bytewise(a.c.source),
                      a.c.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        if language:
            query = query.where(a.c.language == language)
        if outlet:
            query = query.where(func.lower(a.c.outlet) == outlet.lower())
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                yield ArticleSummary(
                    id=r.id, title=r.title, outlet=r.outlet, language=r.language,
                    published=r.published.isoformat() if r.published else None,
                    published_precision=r.published_precision, dateline_place=r.dateline_place,
                    source=r.source, source_id=r.source_id, chars=int(r.chars or 0),
                    copies=int(r.n or 0), lead=" ".join((r.lead or "").split()),
                    figures=int(r.figures or 0), events=int(r.events or 0),
                )

    def resolve(self, ref: str) -> str:
        """An article id from ``ref``: an id, a unique id prefix, a source path or input id."""
        a, o = schema.articles, schema.origins
        ref = schema.SafeText().process_bind_param(ref, None) or ""  # as it was stored
        with self.engine.connect() as conn:
            if conn.execute(select(a.c.id).where(a.c.id == ref)).scalar():
                return ref
            ids = {r[0] for r in conn.execute(
                select(o.c.article_id).where((o.c.source == ref) | (o.c.source_id == ref)))}
            if not ids and ref and "/" not in ref:
                # a file's name alone: the sources whose last path component it is
                pattern = "%/" + ref.replace("\\", "\\\\").replace("%", "\\%").replace(
                    "_", "\\_")
                named = {(r[0], r[1]) for r in conn.execute(
                    select(o.c.article_id, o.c.source).where(
                        o.c.source.like(pattern, escape="\\") | (o.c.source == ref)))}
                by_id: dict[str, str] = {}
                for article_id, source in sorted(named):
                    if source.rsplit("/", 1)[-1] == ref:  # LIKE ignores case on SQLite
                        by_id.setdefault(article_id, source)
                if len(by_id) > 1:
                    listed = "; ".join(f"{i} ({src})" for i, src in sorted(by_id.items())[:10])
                    raise KeyError(f"{ref!r} names {len(by_id)} stored files: {listed}; give "
                                   "the id or the full path")
                ids = set(by_id)
            if not ids and len(ref) >= 4:
                # ids are lower-case hex; SQLite's LIKE ignores case, PostgreSQL's does not
                prefix = ref.lower().replace("%", "").replace("_", "")
                ids = {r[0] for r in conn.execute(
                    select(a.c.id).where(a.c.id.like(prefix + "%")).limit(10))}
        if len(ids) == 1:
            return ids.pop()
        if not ids:
            raise KeyError(f"no article {ref!r} (give an id, an id prefix, a source path or an "
                           "input id; `warta articles` lists them)")
        raise KeyError(f"{ref!r} matches {len(ids)} articles: {', '.join(sorted(ids))}")

    def get(self, article_id: str) -> tuple[Article, list[Origin]]:
        a = schema.articles
        with self.engine.connect() as conn:
            r = conn.execute(select(a).where(a.c.id == article_id)).one_or_none()
            if r is None:
                raise KeyError(f"no article {article_id!r}")
            sources = conn.execute(select(schema.cited_sources).where(
                schema.cited_sources.c.article_id == article_id).order_by(
                schema.cited_sources.c.seq)).all()
            removed = conn.execute(select(schema.furniture).where(
                schema.furniture.c.article_id == article_id).order_by(
                schema.furniture.c.seq)).all()
            origins = conn.execute(select(schema.origins).where(
                schema.origins.c.article_id == article_id).order_by(schema.origins.c.id)).all()
        return _article(r, sources, removed, origins), [
            Origin(o.source, o.source_id or None, o.position, o.format, o.ingested_at)
            for o in origins]

    def articles(self, ids: Iterable[str] | None = None
                 ) -> Iterator[tuple[Article, Extraction]]:
        """Stored articles with their extractions (these ``ids``, or all in id order), read a
        few hundred at a time with one query per table, not several per article."""
        a = schema.articles
        if ids is None:
            with self.engine.connect() as conn:
                wanted = [r[0] for r in conn.execute(select(a.c.id).order_by(a.c.id))]
        else:
            wanted = list(ids)
        for start in range(0, len(wanted), _BULK):
            chunk = wanted[start:start + _BULK]
            with self.engine.connect() as conn:
                rows = {r.id: r for r in conn.execute(select(a).where(a.c.id.in_(chunk)))}
                parts = {name: _grouped(conn, table, chunk) for name, table in (
                    ("sources", schema.cited_sources), ("removed", schema.furniture),
                    ("origins", schema.origins), ("claims", schema.claims),
                    ("events", schema.events), ("quotes", schema.quotes))}
            for aid in chunk:
                r = rows.get(aid)
                if r is None:
                    raise KeyError(f"no article {aid!r}")
                part = {name: rows_of.get(aid, []) for name, rows_of in parts.items()}
                yield (_article(r, part["sources"], part["removed"], part["origins"]),
                       _extraction(aid, r, part["claims"], part["events"], part["quotes"]))


    def briefs(self, ids: Iterable[str]) -> dict[str, tuple[str, str, str | None]]:
        """Article id -> (language, source, source_id) of these stored articles: what a list
        of stories shows of its articles, without reading them."""
        a = schema.articles
        wanted = list(dict.fromkeys(ids))
        out: dict[str, tuple[str, str, str | None]] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), _BULK):
                out.update((r.id, (r.language, r.source, r.source_id)) for r in conn.execute(
                    select(a.c.id, a.c.language, a.c.source, a.c.source_id)
                    .where(a.c.id.in_(wanted[start:start + _BULK]))))
        return out


_BULK = 500  # articles read at once by Store.articles


def _grouped(conn: Connection, table: Any, ids: list[str]) -> dict[str, list[Any]]:
    """The rows of ``table`` for these articles, by article id, in their stored order."""
    order = table.c.id if "id" in table.c else table.c.seq
    out: dict[str, list[Any]] = {}
    for row in conn.execute(select(table).where(table.c.article_id.in_(ids))
                            .order_by(table.c.article_id, order)):
        out.setdefault(row.article_id, []).append(row)
    return out


def _article(r: Any, sources: Any, removed: Any, origins: Any) -> Article:
    """An Article from its row and the rows of its cited sources, furniture and origins."""
    published = (DateValue(r.published, r.published_precision, r.published_text or "",
                           r.published_basis or "") if r.published else None)
    partial = None
    if r.published_partial:
        month, day = (int(x) for x in r.published_partial.strip("-").split("-"))
        partial = PartialDate(month, day, r.published_text or "", r.published_basis or "")
    return Article(
        id=r.id, source=r.source, text=r.text, language=r.language, format=r.format,
        source_id=r.source_id, position=None, url=r.url, outlet=r.outlet, title=r.title,
        published=published, published_partial=partial, dateline_place=r.dateline_place,
        cited_sources=tuple(CitedSource(s.name, s.cue, s.start, s.end) for s in sources),
        removed=tuple(RemovedLine(x.line_no, x.text, x.reason) for x in removed),
        raw_sha=origins[0].raw_sha if origins else "",
    )


def _extraction(article_id: str, article: Any, claims: Any, events: Any, quotes: Any
                ) -> Extraction:
    """An Extraction from its article's row (text, reference, parties) and its item rows."""
    text = article.text

    def ev(start: int, end: int) -> Evidence:
        return Evidence(article_id, start, end, text[start:end])

    return Extraction(
        article_id=article_id,
        claims=tuple(CasualtyClaim(
            kind=c.kind, value=c.value, qualifier=c.qualifier, victims=c.victims,
            evidence=ev(c.start, c.end), low=c.low, high=c.high,
            victim_side=c.victim_side, claimant=c.claimant, claimant_text=c.claimant_text,
            cumulative=bool(c.cumulative), as_of=_as_of(c),
            sentence=ev(c.sentence_start, c.sentence_end)
            if c.sentence_start is not None else None) for c in claims),
        events=tuple(_event(e, text) for e in events),
        quotes=tuple(Quote(q.text, ev(q.start, q.end), q.speaker, q.party) for q in quotes),
        reference=from_jsonable(DateValue, article.reference) if article.reference else None,
        parties=tuple(article.parties or ()),
        places=tuple(_place(p, article_id, text) for p in (article.places or ())),
    )


def _bounded(key: str) -> str:
    """A feed item's key as stored: a key too long for a B-tree entry on PostgreSQL (a hostile
    feed's guid) is kept as its hash, on every engine."""
    if len(key.encode("utf-8", "surrogatepass")) <= 1000:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


_PLACE_FIELDS = ("name", "canonical_name", "gazetteer_id", "latitude", "longitude",
                 "country_code", "admin1", "feature_class", "precision", "cue", "admin_path")


def _place_json(place: Place) -> dict[str, Any]:
    out = {k: getattr(place, k) for k in _PLACE_FIELDS}
    out["admin_path"] = list(place.admin_path)
    return out


def _place_row(place: Place) -> dict[str, Any]:
    """A place as stored: its fields, and its evidence as offsets into the article's text."""
    ev = place.evidence
    return {**_place_json(place), "evidence": [ev.start, ev.end] if ev else None}


def _place(value: Any, article_id: str = "", text: str = "") -> Place:
    """A stored place: a dict (with its evidence offsets since version 7), or a bare name as
    version-2 databases kept them."""
    if isinstance(value, str):
        return Place(name=value)
    span = value.get("evidence")
    evidence = Evidence(article_id, span[0], span[1], text[span[0]:span[1]]) if span else None
    fields = {k: value.get(k) for k in _PLACE_FIELDS}
    fields["admin_path"] = tuple(fields["admin_path"] or ())  # stored before: none
    return Place(**fields, evidence=evidence)


def _as_of(row: Any) -> DateValue | None:
    """A claim's as-of date with its precision and wording (before version 7: a day, no
    wording)."""
    if row.as_of is None:
        return None
    return DateValue(row.as_of, row.as_of_precision or "day", row.as_of_text or "",
                     row.as_of_basis or "")


def _event(row: Any, text: str) -> Event:
    """An Event from a row of the events table; ``text`` is its article's text."""
    def span(start: int, end: int) -> Evidence:
        return Evidence(row.article_id, start, end, text[start:end])

    return Event(
        event_type=row.event_type, sub_event_type=row.sub_event_type,
        evidence=tuple(span(a, b) for a, b in row.evidence), actor1=row.actor1,
        target=row.target, places=tuple(_place(p, row.article_id, text) for p in row.places),
        location=_place(row.location, row.article_id, text) if row.location else None,
        date=DateValue(row.date, row.date_precision or "day", row.date_text or "",
                       row.date_basis or "") if row.date else None,
        fatalities=row.fatalities, claimant=row.claimant,
        claimant_text=row.claimant_text, denied_by=row.denied_by,
        denial=span(*row.denial) if row.denial else None, trigger=row.trigger,
        article_ids=(row.article_id,))
