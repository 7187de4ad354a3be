"""The FastAPI application: the JSON API under ``/api``, the dashboard at ``/``.

Security model (README, "Server and dashboard"): every string that came from an article is data,
never markup: the API returns it as JSON (``application/json``, ``nosniff``) and the dashboard
puts it on the page with ``textContent``; a strict Content-Security-Policy forbids inline
scripts, so even markup that slipped through could not run. No endpoint takes a file path: the
dashboard's files (and Swagger UI at ``/docs``) are served from the package's own folder
(traversal refused by Starlette).
Errors are JSON ``{"error": {"status", "message"}}``, never a stack trace.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import __version__
from warta.export.tables import ACLED_COLUMNS, WARTA_COLUMNS, acled_rows
from warta.model import Event as EventRecord
from warta.model import to_jsonable
from warta.server import models as m
from warta.server.downloads import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    SEARCH_COLUMNS,
    STORY_COLUMNS,
    TALLY_COLUMNS,
    CSVResponse,
    claim_row,
    csv_response,
    search_row,
    story_row,
    tally_rows,
)
from warta.server.filters import (
    FilterDep,
    Filters,
    Limit,
    Offset,
    event_ok,
    in_bbox,
    in_dates,
    parse_bbox,
    same,
)
from warta.server.security import Guard, ServerSettings, content_security_policy, error_response
from warta.server.snapshot import Snapshot, Snapshots, event_id
from warta.store import Store, links
from warta.store import search as fulltext

log = logging.getLogger("warta.server")

STATIC = Path(str(resources.files("warta.server") / "static"))


OutletParam = Annotated[str | None, Query(max_length=500)]
KindParam = Annotated[str | None, Query(max_length=32)]
ArticleParam = Annotated[str | None, Query(
    max_length=500, description="Only those from this article (an id, a unique id prefix, a "
                                "source path or an input id).")]
Located = Annotated[bool, Query(description="Only events with coordinates (the map's).")]
SearchQuery = Annotated[str, Query(max_length=fulltext.MAX_QUERY_CHARS,
                                   description="Words to find in titles, texts and outlets "
                                               "(all of them; \"a phrase\"; prefix*).")]
AllLimit = Annotated[int | None, Query(ge=1, le=10**9, description="At most this many items "
                                       "(default: every one).")]
CSV_OK: dict[int | str, dict[str, Any]] = {200: {
    "description": "CSV (UTF-8, a header row), as an attachment",
    "content": {"text/csv": {"schema": {"type": "string"}}}}}


def _window(items: list[Any], limit: int | None, offset: int) -> list[Any]:
    return items[offset:] if limit is None else items[offset:offset + limit]


def _origin(s: Snapshot, e: EventRecord) -> dict[str, Any]:
    """Where a merged event was read, as ``links.events_with_origin`` names it."""
    reporting = [s.articles[a][0] for a in e.article_ids if a in s.articles]
    head = reporting[0] if reporting else None
    outlets = dict.fromkeys(a.outlet for a in reporting if a.outlet)
    return {"article_id": head.id if head else "", "source": head.source if head else "",
            "source_id": head.source_id if head else None,
            "outlet": "; ".join(outlets) or None}


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset:offset + limit]}


def _event_json(eid: str, story_id: str | None, e: EventRecord) -> dict[str, Any]:
    return {**to_jsonable(e), "id": eid, "story_id": story_id}


def create_app(db: str, settings: ServerSettings | None = None) -> FastAPI:
    """The application over the database ``db`` (a SQLite path or a SQLAlchemy URL)."""
    settings = settings or ServerSettings()
    settings.check()
    store = Store(db, create=False)
    fulltext.ensure_index(store)
    snapshots = Snapshots(store)
    write_lock = threading.Lock()
    gazetteer: list[Any] = []
    shapes_from: list[Any] = []  # the gazetteer as it is, never built by a GET

    app = FastAPI(
        title="warta", version=__version__,
        description="News articles in; a geocoded, dated, source-attributed event timeline "
                    "out. Every item carries evidence: offsets into its article's text.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
        responses={400: {"model": m.Error}, 401: {"model": m.Error}, 422: {"model": m.Error},
                   500: {"model": m.Error}},
    )
    app.add_middleware(Guard, max_bytes=settings.max_request_bytes,
                       csp=content_security_policy(settings))

    @app.exception_handler(StarletteHTTPException)
    async def httperror_response(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [".".join(str(p) for p in err.get("loc", ())) + ": " + str(err.get("msg"))
                    for err in exc.errors()]
        return error_response(422, "invalid request", problems)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error (the server's log has the details)")

    def _token_ok(request: Request) -> bool:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        return (scheme.lower() == "bearer" and bool(settings.token)
                and hmac.compare_digest(given.strip().encode(), settings.token.encode()))

    def reader(request: Request) -> None:
        if settings.read == "token" and not _token_ok(request):
            raise HTTPException(401, "reading needs the bearer token (Authorization: Bearer "
                                     "...)", headers={"WWW-Authenticate": "Bearer"})

    def writer(request: Request) -> None:
        if not settings.token:
            raise HTTPException(403, "writing is disabled: the operator has set no token "
                                     "(WARTA_TOKEN or --token)")
        if not _token_ok(request):
            raise HTTPException(401, "writing needs the bearer token (Authorization: Bearer "
                                     "...)", headers={"WWW-Authenticate": "Bearer"})

    read = [Depends(reader)]

    def snap() -> Snapshot:
        return snapshots.get()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """The API's documentation: Swagger UI (vendored) over /openapi.json."""
        return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")

    @app.get("/api/config", response_model=m.Config, tags=["meta"])
    def config() -> dict[str, Any]:
        """What the dashboard needs: the tile URL, whether reading needs the token."""
        return {"version": __version__, "tile_url": settings.tile_url, "read": settings.read,
                "writing": bool(settings.token), "max_request_bytes": settings.max_request_bytes,
                "articles": store.count() if settings.read == "open" else 0}

    @app.get("/api/facets", response_model=m.Facets, dependencies=read, tags=["meta"])
    def facets() -> dict[str, Any]:
        """The values the filters can take: event types, claimants, languages, the date range
        of the events."""
        s = snap()
        days = [e.date.value for _, _, e in s.events if e.date]
        claimants = {e.claimant for _, _, e in s.events if e.claimant}
        claimants |= {c.claimant for _, ex in s.articles.values() for c in ex.claims
                      if c.claimant}
        return {"event_types": sorted({e.event_type for _, _, e in s.events}),
                "sub_event_types": sorted({e.sub_event_type for _, _, e in s.events}),
                "claimants": sorted(claimants),
                "languages": sorted({a.language for a, _ in s.articles.values()}),
                "first": min(days).isoformat() if days else None,
                "last": max(days).isoformat() if days else None}

    def _articles(f: Filters, outlet: str | None) -> list[dict[str, Any]]:
        s = snap()
        items = []
        for row in s.summaries:
            story_id = s.story_of.get(row.id)
            if f.story and story_id != f.story:
                continue
            if f.language and row.language != f.language:
                continue
            if outlet and not same(outlet, row.outlet):
                continue
            if (f.start or f.end) and not in_dates(
                    dt.date.fromisoformat(row.published) if row.published else None, f):
                continue
            ex = s.articles[row.id][1]
            if f.claimant and not any(same(f.claimant, c.claimant) for c in ex.claims) and \
                    not any(same(f.claimant, e.claimant) for e in ex.events):
                continue
            if f.event_type and not any(same(f.event_type, e.event_type) or
                                        same(f.event_type, e.sub_event_type)
                                        for e in ex.events):
                continue
            if f.bbox and not any(e.location and in_bbox(e.location.longitude,
                                                          e.location.latitude, f.bbox)
                                  for e in ex.events):
                continue
            items.append({**to_jsonable(row), "story_id": story_id})
        return items

    @app.get("/api/articles", response_model=m.Page[m.ArticleSummary], dependencies=read,
             tags=["articles"])
    def list_articles(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                      outlet: OutletParam = None) -> dict[str, Any]:
        """Stored articles, oldest publication first (undated last). ``start``/``end`` filter
        on the publication date; ``claimant``, ``event_type`` and ``bbox`` keep articles with
        such a figure or event."""
        return _page(_articles(f, outlet), limit, offset)

    @app.get("/api/articles.csv", response_class=CSVResponse, dependencies=read,
             tags=["articles"], responses=CSV_OK)
    def articles_csv(f: FilterDep, limit: AllLimit = None, offset: Offset = 0,
                     outlet: OutletParam = None) -> CSVResponse:
        """``GET /api/articles`` as CSV (the same filters; every match unless ``limit``)."""
        return csv_response(ARTICLE_COLUMNS, _window(_articles(f, outlet), limit, offset),
                            "articles")

    def _article_json(s: Snapshot, article_id: str) -> dict[str, Any]:
        article, origins = store.get(article_id)
        ex = s.articles[article_id][1] if article_id in s.articles else store.extraction(
            article_id)
        story_id = s.story_of.get(article_id)
        return {
            **to_jsonable(article), "origins": to_jsonable(origins),
            "claims": [{**to_jsonable(c), "article_id": article_id, "story_id": story_id,
                        "outlet": article.outlet} for c in ex.claims],
            "events": [_event_json(event_id(e), story_id, e) for e in ex.events],
            "quotes": to_jsonable(ex.quotes), "story_id": story_id,
        }

    @app.get("/api/articles/{article_id}", response_model=m.Article, dependencies=read,
             tags=["articles"], responses={404: {"model": m.Error}})
    def get_article(article_id: str) -> dict[str, Any]:
        """One article: metadata, cleaned text, and its figures, events and quotes, each with
        evidence offsets into the text. ``article_id``: an id, a unique id prefix (4+
        characters) or an input id."""
        s = snap()
        if len(article_id) > 500:
            raise HTTPException(404, "no such article")
        try:
            return _article_json(s, store.resolve(article_id))
        except KeyError as exc:
            raise HTTPException(404, str(exc.args[0])) from None

    def _story_json(s: Snapshot, story_id: str) -> dict[str, Any]:
        story = s.story(story_id)
        assert story is not None
        briefs = {a: (s.articles[a][0].language, s.articles[a][0].source,
                      s.articles[a][0].source_id) for a in story.article_ids}
        return _story_item(story, briefs, s.contradictions.get(story_id, []))

    def _story_item(story: Any, briefs: dict[str, tuple[str, str, str | None]],
                    contradictions: list[dict[str, Any]]) -> dict[str, Any]:
        """A story as the lists show it, from its record, its articles' (language, source,
        source_id) and its contradictions."""
        data = to_jsonable(story)
        data["event_ids"] = list(story.event_ids)
        data["sources"] = [briefs[a][1] + (f"#{briefs[a][2]}" if briefs[a][2] else "")
                           for a in story.article_ids if a in briefs]
        data["languages"] = sorted({briefs[a][0] for a in story.article_ids if a in briefs})
        data["contradictions"] = contradictions
        return data

    def _stories_page(limit: int | None, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """The unfiltered list, read page by page from the link tables: its cost is the
        page's, whatever the corpus (no snapshot is built for it)."""
        total, page = links.story_page(store, limit, offset)
        briefs = store.briefs(a for st in page for a in st.article_ids)
        found: dict[str, list[dict[str, Any]]] = {}
        for c in links.contradictions_of(store, [st.id for st in page]):
            found.setdefault(c.story_id, []).append(to_jsonable(c))
        return total, [_story_item(st, briefs, found.get(st.id, [])) for st in page]

    def _story_ok(s: Snapshot, f: Filters, story_id: str) -> bool:
        story = s.story(story_id)
        assert story is not None
        if f.story and story_id != f.story:
            return False
        if f.start or f.end:
            if story.first_seen is None:
                return False
            if f.start and (story.last_seen or story.first_seen) < f.start:
                return False
            if f.end and story.first_seen > f.end:
                return False
        if f.language and f.language not in s.languages(story.article_ids):
            return False
        members = [s.articles[a][1] for a in story.article_ids]
        if f.claimant and not any(same(f.claimant, c.claimant) for ex in members
                                  for c in ex.claims) and not any(
                same(f.claimant, e.claimant) for ex in members for e in ex.events):
            return False
        plain = Filters(event_type=f.event_type, bbox=f.bbox)
        return not (f.event_type or f.bbox) or any(
            event_ok(plain, sid, e, s) for _, sid, e in s.events_of(story_id))

    def _stories(f: Filters) -> list[dict[str, Any]]:
        s = snap()
        return [_story_json(s, st.id) for st in s.stories if _story_ok(s, f, st.id)]

    @app.get("/api/stories", response_model=m.Page[m.Story], dependencies=read,
             tags=["stories"])
    def list_stories(f: FilterDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Stories (articles about the same events, across languages), oldest first, with
        their contradictions. ``start``/``end`` keep stories overlapping the range."""
        if f == Filters():
            total, items = _stories_page(limit, offset)
            return {"total": total, "limit": limit, "offset": offset, "items": items}
        return _page(_stories(f), limit, offset)

    @app.get("/api/stories.csv", response_class=CSVResponse, dependencies=read,
             tags=["stories"], responses=CSV_OK)
    def stories_csv(f: FilterDep, limit: AllLimit = None, offset: Offset = 0) -> CSVResponse:
        """``GET /api/stories`` as CSV, one row per story (counts; ids and sources
        ``; ``-separated)."""
        if f == Filters():
            return csv_response(STORY_COLUMNS, map(story_row, _stories_page(limit, offset)[1]),
                                "stories")
        return csv_response(STORY_COLUMNS, map(story_row, _window(_stories(f), limit, offset)),
                            "stories")

    @app.get("/api/stories/{story_id}", response_model=m.StoryDetail, dependencies=read,
             tags=["stories"], responses={404: {"model": m.Error}})
    def get_story(story_id: str) -> dict[str, Any]:
        """One story with its articles in full (text and evidence offsets), its merged events,
        its tallies and its contradictions."""
        s = snap()
        if s.story(story_id) is None:
            raise HTTPException(404, "no such story (GET /api/stories lists them)")
        data = _story_json(s, story_id)
        data["articles"] = [_article_json(s, a) for a in data["article_ids"]]
        data["events"] = [_event_json(eid, sid, e) for eid, sid, e in s.events_of(story_id)]
        data["tallies"] = [_tally_json(t) for t in s.tallies(story_id)]
        return data

    def _article_id(ref: str | None) -> str | None:
        """The stored article ``ref`` names (404 with the reason when none or several)."""
        if ref is None or ref == "":
            return None
        try:
            return store.resolve(ref)
        except KeyError as exc:
            raise HTTPException(404, str(exc.args[0])) from None

    def _events(s: Snapshot, f: Filters, located: bool, article: str | None = None
                ) -> list[tuple[str, str, EventRecord]]:
        aid = _article_id(article)
        return [(eid, sid, e) for eid, sid, e in s.events if event_ok(f, sid, e, s)
                and (aid is None or aid in e.article_ids)
                and (not located or (e.location is not None and e.location.latitude is not None
                                     and e.location.longitude is not None))]

    @app.get("/api/events", response_model=m.Page[m.Event], dependencies=read,
             tags=["events"], responses={404: {"model": m.Error}})
    def list_events(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                    located: Located = False, article: ArticleParam = None) -> dict[str, Any]:
        """Dated events of every story, reports of the same event merged (the timeline),
        oldest first; undated events last."""
        found = _events(snap(), f, located, article)
        return {"total": len(found), "limit": limit, "offset": offset,
                "items": [_event_json(*row) for row in found[offset:offset + limit]]}

    @app.get("/api/events.csv", response_class=CSVResponse, dependencies=read,
             tags=["events"], responses={**CSV_OK, 404: {"model": m.Error}})
    def events_csv(f: FilterDep, limit: AllLimit = None, offset: Offset = 0,
                   located: Located = False, article: ArticleParam = None) -> CSVResponse:
        """``GET /api/events`` as CSV: the columns of ``warta export --format acled-csv``
        (ACLED's, then warta's)."""
        s = snap()
        found = _window(_events(s, f, located, article), limit, offset)
        return csv_response((*ACLED_COLUMNS, *WARTA_COLUMNS), acled_rows(
            (eid, sid, e, _origin(s, e)) for eid, sid, e in found), "events")

    @app.get("/api/events.geojson", response_model=m.EventFeatureCollection, dependencies=read,
             tags=["events"])
    def events_geojson(f: FilterDep) -> dict[str, Any]:
        """Located events as GeoJSON points (the same features as ``warta export --format
        geojson``), each with its ``story_id``, ``language``, every reporting outlet, the
        claimant as written and the offsets of its evidence."""
        s = snap()
        stored = {eid: e for eid, _, e in s.events}
        features = []
        for feature in s.features(store):
            props = feature["properties"]
            aid = props["article_id"]
            if aid not in s.articles:
                continue  # stored after this snapshot: it comes with the next
            if f.story and s.story_of.get(aid) != f.story:
                continue
            language = s.articles[aid][0].language
            day = dt.date.fromisoformat(props["date"]) if props["date"] else None
            lon, lat = feature["geometry"]["coordinates"]
            if not in_dates(day, f):
                continue
            if f.event_type and not (same(f.event_type, props["event_type"])
                                     or same(f.event_type, props["sub_event_type"])):
                continue
            if f.claimant and not same(f.claimant, props["claimant"]):
                continue
            if f.language and language != f.language:
                continue
            if f.bbox and not in_bbox(lon, lat, f.bbox):
                continue
            event = stored.get(props["event_id"])
            outlets = dict.fromkeys(s.articles[a][0].outlet for a in props["article_ids"]
                                    if a in s.articles and s.articles[a][0].outlet)
            features.append({**feature, "properties": {
                **props, "story_id": s.story_of.get(aid), "language": language,
                "outlets": list(outlets),
                "claimant_text": event.claimant_text if event else None,
                "evidence_span": to_jsonable(event.evidence[0])
                if event and event.evidence else None}})
        return {"type": "FeatureCollection", "features": features}

    @app.get("/api/claims", response_model=m.Page[m.CasualtyClaim], dependencies=read,
             tags=["figures"], responses={404: {"model": m.Error}})
    def list_claims(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                    kind: KindParam = None, article: ArticleParam = None) -> dict[str, Any]:
        """Every casualty figure with who claims it and its evidence. ``start``/``end``
        filter on the day the figure refers to (``as_of``)."""
        found = _claims(f, kind, article)
        return {"total": len(found), "limit": limit, "offset": offset,
                "items": found[offset:offset + limit]}

    @app.get("/api/claims.csv", response_class=CSVResponse, dependencies=read,
             tags=["figures"], responses={**CSV_OK, 404: {"model": m.Error}})
    def claims_csv(f: FilterDep, limit: AllLimit = None, offset: Offset = 0,
                   kind: KindParam = None, article: ArticleParam = None) -> CSVResponse:
        """``GET /api/claims`` as CSV: one row per figure, its evidence and sentence with
        their offsets."""
        return csv_response(CLAIM_COLUMNS, map(claim_row, _window(_claims(f, kind, article),
                                                                  limit, offset)), "claims")

    def _claims(f: Filters, kind: str | None, ref: str | None = None) -> list[dict[str, Any]]:
        s = snap()
        only = _article_id(ref)
        found = []
        for aid, (article, ex) in s.articles.items():
            if only is not None and aid != only:
                continue
            story_id = s.story_of.get(aid)
            if f.story and story_id != f.story:
                continue
            if f.language and article.language != f.language:
                continue
            for c in ex.claims:
                if f.claimant and not same(f.claimant, c.claimant):
                    continue
                if kind and c.kind != kind:
                    continue
                if not in_dates(c.as_of.value if c.as_of else None, f):
                    continue
                found.append((c, aid, story_id))
        found.sort(key=lambda r: (r[0].as_of is None, r[0].as_of.value if r[0].as_of else None,
                                  r[1], r[0].evidence.start))
        return [{**to_jsonable(c), "article_id": aid, "story_id": story_id,
                 "outlet": s.articles[aid][0].outlet} for c, aid, story_id in found]

    @app.get("/api/tallies", response_model=m.Page[m.Tally], dependencies=read,
             tags=["figures"])
    def list_tallies(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                     kind: KindParam = None) -> dict[str, Any]:
        """Running casualty totals per claimant over time (incident tolls kept out), with the
        headline and flags where a claimant is far from the others."""
        return _page(_tallies(f, kind), limit, offset)

    @app.get("/api/tallies.csv", response_class=CSVResponse, dependencies=read,
             tags=["figures"], responses=CSV_OK)
    def tallies_csv(f: FilterDep, limit: AllLimit = None, offset: Offset = 0,
                    kind: KindParam = None) -> CSVResponse:
        """``GET /api/tallies`` as CSV: one row per point of each tally (the points in the
        date range when one is given); ``headline`` marks each tally's latest."""
        rows = [r for t in _window(_tallies(f, kind), limit, offset) for r in tally_rows(t)]
        return csv_response(TALLY_COLUMNS, rows, "tallies")

    def _tallies(f: Filters, kind: str | None) -> list[dict[str, Any]]:
        s = snap()
        if f.story and s.story(f.story) is None:
            return []
        rows = [t for t in s.tallies(f.story)
                if (not f.claimant or same(f.claimant, t.claimant))
                and (not kind or t.kind == kind)]
        items = []
        for t in rows:
            data = _tally_json(t)
            if f.start or f.end:
                data["points"] = [p for p in data["points"] if in_dates(
                    dt.date.fromisoformat(p["as_of"]) if p["as_of"] else None, f)]
                if not data["points"]:
                    continue
            items.append(data)
        return items

    @app.get("/api/places", response_model=m.Page[m.PlaceCount], dependencies=read,
             tags=["places"])
    def list_places(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                    unresolved: bool = False) -> dict[str, Any]:
        """Places named in stored events, most named first, with their resolution."""
        rows = [r for r in snap().places
                if (not unresolved or r["latitude"] is None)
                and (not f.bbox or in_bbox(r["longitude"], r["latitude"], f.bbox))]
        return _page(rows, limit, offset)

    @app.get("/api/places.geojson", response_model=m.FeatureCollection, dependencies=read,
             tags=["places"])
    def places_geojson(f: FilterDep) -> dict[str, Any]:
        """Resolved places as GeoJSON points, with how many events and articles name them."""
        features = []
        for r in snap().places:
            if r["latitude"] is None or r["longitude"] is None:
                continue
            if f.bbox and not in_bbox(r["longitude"], r["latitude"], f.bbox):
                continue
            props = {k: v for k, v in r.items() if k not in ("latitude", "longitude")}
            features.append({"type": "Feature", "properties": props, "geometry": {
                "type": "Point", "coordinates": [r["longitude"], r["latitude"]]}})
        return {"type": "FeatureCollection", "features": features}

    @app.get("/api/borders.geojson", response_model=m.Borders, dependencies=read,
             tags=["places"])
    def borders(bbox: Annotated[str | None, Query(
                    description="min_lon,min_lat,max_lon,max_lat: units whose border meets "
                                "it (every unit without it).", max_length=200)] = None,
                limit: Annotated[int, Query(ge=1, le=2000, description="At most this many "
                                            "units, the most prominent first.")] = 400
                ) -> dict[str, Any]:
        """Admin-1 borders and names (provinces, states: Natural Earth, from the gazetteer)
        for the map's base layer when zoomed in, offline. Empty, with a ``note``, while the
        gazetteer is not built; a GET never builds it."""
        from warta.geo.gazetteer import Gazetteer

        box = parse_bbox(bbox)
        if not shapes_from:
            shapes_from.append(Gazetteer.existing(settings.gazetteer or None))
        index = shapes_from[0]
        if index is None:
            shapes_from.clear()  # built later (by `warta ingest`): found on the next request
            return {"type": "FeatureCollection", "features": [], "truncated": False,
                    "note": "no borders: the gazetteer is not built yet (`make gazetteer` or "
                            "the first `warta ingest` builds it)"}
        features, more = index.shapes(box, limit)
        return {"type": "FeatureCollection", "features": features, "truncated": more,
                "note": None}

    @app.get("/api/search", response_model=m.Page[m.SearchHit], dependencies=read,
             tags=["articles"])
    def search(q: SearchQuery,
               limit: Annotated[int, Query(ge=1, le=100)] = 20,
               offset: Offset = 0) -> dict[str, Any]:
        """Full-text search over articles, best match first, with a snippet."""
        s = snap()
        try:
            total, hits = fulltext.search(store, q, limit, offset)
        except fulltext.SearchError as exc:
            raise HTTPException(400, str(exc)) from None
        return {"total": total, "limit": limit, "offset": offset, "items": _hits(s, hits)}

    @app.get("/api/search.csv", response_class=CSVResponse, dependencies=read,
             tags=["articles"], responses=CSV_OK)
    def search_csv(q: SearchQuery, limit: AllLimit = None, offset: Offset = 0) -> CSVResponse:
        """``GET /api/search`` as CSV: every match, best first, unless ``limit``; the
        snippet's matched words between ``[`` and ``]``."""
        s = snap()
        try:
            _, hits = fulltext.search(store, q, limit if limit is not None else 10**9, offset)
        except fulltext.SearchError as exc:
            raise HTTPException(400, str(exc)) from None
        return csv_response(SEARCH_COLUMNS, map(search_row, _hits(s, hits)), "search")

    def _hits(s: Snapshot, hits: Any) -> list[dict[str, Any]]:
        return [{"id": h.article_id, "title": h.title, "outlet": h.outlet,
                 "language": h.language, "published": h.published, "snippet": h.snippet,
                 "highlights": [list(x) for x in h.highlights], "rank": h.rank,
                 "story_id": s.story_of.get(h.article_id)} for h in hits]

    @app.post("/api/articles", response_model=m.IngestReport, tags=["articles"],
              dependencies=[Depends(writer)],
              responses={401: {"model": m.Error}, 403: {"model": m.Error},
                         413: {"model": m.Error}},
              openapi_extra={"security": [{"bearer": []}]})
    def post_articles(body: Annotated[m.ArticleIn | m.Batch, Body()]) -> dict[str, Any]:
        """Store one article (``{"text", ...}``) or a batch (``{"articles": [...]}``): read,
        cleaned, extracted, geocoded, stored and linked like ``warta ingest`` does. Needs
        ``Authorization: Bearer <token>``."""
        from warta.ingest import ReadOptions, Source
        from warta.pipeline import ingest

        posted = body.articles if isinstance(body, m.Batch) else [body]
        lines = b"".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False)
                         .encode("utf-8") + b"\n" for a in posted)
        with write_lock:
            if not gazetteer:
                from warta.geo.gazetteer import Gazetteer

                gazetteer.append(Gazetteer(settings.gazetteer or None))
            results = list(ingest([Source("api", data=lines)], store,
                                  ReadOptions(max_bytes=settings.max_bytes),
                                  gazetteer=gazetteer[0]))
            if any(r.status == "new" for r in results):
                links.link_new(store)
        results.sort(key=lambda r: r.position or 0)
        out = [{"status": r.status, "id": r.article_id, "source_id": r.source_id,
                "position": r.position, "reason": r.reason,
                "title": r.article.title if r.article else None} for r in results]
        counts = {k: sum(1 for r in results if r.status == k)
                  for k in ("new", "duplicate", "seen", "failed")}
        return {"results": out, **counts}

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            components = schema.setdefault("components", {})
            components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
            # every error, 422 included, is an Error: say so instead of FastAPI's default
            error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    for code, response in operation.get("responses", {}).items():
                        if code[0] in "45":
                            response["content"] = error
            for name in ("HTTPValidationError", "ValidationError"):
                components.get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    app.state.store = store
    app.state.snapshots = snapshots
    threading.Thread(target=_warm, args=(snapshots,), daemon=True,
                     name="warta-link").start()
    return app


def _warm(snapshots: Snapshots) -> None:
    """Read the stored results while the server starts, so the first visitor does not wait."""
    try:
        snapshots.get()
    except Exception:  # the request that needs it will report it
        log.exception("reading the stored results at start failed")


def _tally_json(t: Any) -> dict[str, Any]:
    return {**to_jsonable(t), "headline": to_jsonable(t.headline)}
