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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import __version__
from warta.model import Event as EventRecord
from warta.model import to_jsonable
from warta.server import models as m
from warta.server.snapshot import Snapshot, Snapshots, event_id
from warta.store import Store
from warta.store import search as fulltext

log = logging.getLogger("warta.server")

MAX_LIMIT = 500
STATIC = Path(str(resources.files("warta.server") / "static"))


@dataclass(frozen=True)
class ServerSettings:
    """The server's settings (see ``warta.settings`` for their documentation)."""

    token: str = ""
    read: str = "open"  # open | token
    tile_url: str = ""
    max_request_bytes: int = 20 * 1024 * 1024
    max_bytes: int = 10 * 1024 * 1024  # one article

    def check(self) -> None:
        """Refuse settings that cannot work, with the reason."""
        if self.read not in ("open", "token"):
            raise ValueError(f"--read must be open or token, not {self.read!r}")
        if self.read == "token" and not self.token:
            raise ValueError("--read token needs a token (--token or WARTA_TOKEN)")
        if self.max_request_bytes < 1:
            raise ValueError("--max-request-bytes must be at least 1")
        if self.tile_url:
            parts = urlsplit(self.tile_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"--tile-url must be an http(s) URL template, not "
                                 f"{self.tile_url!r}")
            if any(c in self.tile_url for c in "'\"; \n"):
                raise ValueError("--tile-url must not contain quotes, spaces or semicolons")


def tile_origin(tile_url: str) -> str:
    """The origin a tile URL template loads from, as a CSP source ({s} subdomains: *)."""
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def content_security_policy(settings: ServerSettings) -> str:
    images = "'self' data:" + (f" {tile_origin(settings.tile_url)}" if settings.tile_url else "")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'")


def _error(status: int, message: str, problems: list[str] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = m.Error(error=m.ErrorDetail(status=status, message=message, problems=problems or []))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


class Guard:
    """ASGI middleware: security headers on every response, and the request body limit
    (413 before the application reads a byte past it)."""

    def __init__(self, app: Any, max_bytes: int, csp: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.headers = {
            "Content-Security-Policy": csp,
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Cross-Origin-Opener-Policy": "same-origin",
            "Cross-Origin-Resource-Policy": "same-origin",
            "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
        }

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await _error(400, "Content-Length is not a number")(scope, receive, secured)
                return
            if int(declared) > self.max_bytes:
                await self._too_large(scope, receive, secured)
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, secured)
                return
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, secured)

    async def _too_large(self, scope: Any, receive: Any, send: Any) -> None:
        await _error(413, f"request body over the limit of {self.max_bytes} bytes "
                          "(--max-request-bytes)")(scope, receive, send)


@dataclass
class Filters:
    start: dt.date | None = None
    end: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    event_type: str | None = None
    claimant: str | None = None
    language: str | None = None
    story: str | None = None


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or raw == "":
        return None
    parts = raw.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or any(v != v for v in values):  # v != v: NaN
        raise HTTPException(400, f"bbox must be min_lon,min_lat,max_lon,max_lat, not {raw!r}")
    w, s, e, n = values
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise HTTPException(400, "bbox out of range: need -180 <= min_lon <= max_lon <= 180 and "
                                 "-90 <= min_lat <= max_lat <= 90")
    return w, s, e, n


def filters(
    start: Annotated[dt.date | None, Query(description="On or after this day (YYYY-MM-DD).")
                     ] = None,
    end: Annotated[dt.date | None, Query(description="On or before this day (YYYY-MM-DD).")
                   ] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat: events "
                                      "located inside.", max_length=200)] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type or sub-event type.",
                                            max_length=200)] = None,
    claimant: Annotated[str | None, Query(description="Party code of who claims it (ARM, AZE, "
                                          "UNK, ...).", max_length=64)] = None,
    language: Annotated[str | None, Query(description="Article language (id, en, ...).",
                                          max_length=16)] = None,
    story: Annotated[str | None, Query(description="A story id.", max_length=64)] = None,
) -> Filters:
    if start and end and start > end:
        raise HTTPException(400, f"start {start} is after end {end}")
    return Filters(start, end, parse_bbox(bbox), event_type or None, claimant or None,
                   language or None, story or None)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Skip this many items.")]
FilterDep = Annotated[Filters, Depends(filters)]


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def _in_bbox(lon: float | None, lat: float | None, bbox: tuple[float, ...]) -> bool:
    if lon is None or lat is None:
        return False
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


def _in_dates(day: dt.date | None, f: Filters) -> bool:
    if f.start is None and f.end is None:
        return True
    if day is None:
        return False
    return (f.start is None or day >= f.start) and (f.end is None or day <= f.end)


def _event_ok(f: Filters, story_id: str, e: EventRecord, snap: Snapshot) -> bool:
    if f.story and story_id != f.story:
        return False
    if not _in_dates(e.date.value if e.date else None, f):
        return False
    if f.bbox and not (e.location and _in_bbox(e.location.longitude, e.location.latitude,
                                                f.bbox)):
        return False
    if f.event_type and not (_same(f.event_type, e.event_type)
                             or _same(f.event_type, e.sub_event_type)):
        return False
    if f.claimant and not _same(f.claimant, e.claimant):
        return False
    return not f.language or f.language in snap.languages(e.article_ids)


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
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        return _error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [".".join(str(p) for p in err.get("loc", ())) + ": " + str(err.get("msg"))
                    for err in exc.errors()]
        return _error(422, "invalid request", problems)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, "internal error (the server's log has the details)")

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

    @app.get("/api/articles", response_model=m.Page[m.ArticleSummary], dependencies=read,
             tags=["articles"])
    def list_articles(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                      outlet: Annotated[str | None, Query(max_length=500)] = None
                      ) -> dict[str, Any]:
        """Stored articles, oldest publication first (undated last). ``start``/``end`` filter
        on the publication date; ``claimant``, ``event_type`` and ``bbox`` keep articles with
        such a figure or event."""
        s = snap()
        items = []
        for row in s.summaries:
            story_id = s.story_of.get(row.id)
            if f.story and story_id != f.story:
                continue
            if f.language and row.language != f.language:
                continue
            if outlet and not _same(outlet, row.outlet):
                continue
            if (f.start or f.end) and not _in_dates(
                    dt.date.fromisoformat(row.published) if row.published else None, f):
                continue
            ex = s.articles[row.id][1]
            if f.claimant and not any(_same(f.claimant, c.claimant) for c in ex.claims) and \
                    not any(_same(f.claimant, e.claimant) for e in ex.events):
                continue
            if f.event_type and not any(_same(f.event_type, e.event_type) or
                                        _same(f.event_type, e.sub_event_type)
                                        for e in ex.events):
                continue
            if f.bbox and not any(e.location and _in_bbox(e.location.longitude,
                                                          e.location.latitude, f.bbox)
                                  for e in ex.events):
                continue
            items.append({**to_jsonable(row), "story_id": story_id})
        return _page(items, limit, offset)

    def _article_json(s: Snapshot, article_id: str) -> dict[str, Any]:
        article, origins = store.get(article_id)
        ex = s.articles[article_id][1] if article_id in s.articles else store.extraction(
            article_id)
        story_id = s.story_of.get(article_id)
        return {
            **to_jsonable(article), "origins": to_jsonable(origins),
            "claims": [{**to_jsonable(c), "article_id": article_id, "story_id": story_id}
                       for c in ex.claims],
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
        data = to_jsonable(story)
        data["event_ids"] = [eid for eid, sid, _ in s.events if sid == story_id]
        data["sources"] = [s.articles[a][0].source + (
            f"#{s.articles[a][0].source_id}" if s.articles[a][0].source_id else "")
            for a in story.article_ids]
        data["languages"] = sorted(s.languages(story.article_ids))
        data["contradictions"] = s.contradictions.get(story_id, [])
        return data

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
        if f.claimant and not any(_same(f.claimant, c.claimant) for ex in members
                                  for c in ex.claims) and not any(
                _same(f.claimant, e.claimant) for ex in members for e in ex.events):
            return False
        plain = Filters(event_type=f.event_type, bbox=f.bbox)
        return not (f.event_type or f.bbox) or any(
            _event_ok(plain, sid, e, s) for _, sid, e in s.events if sid == story_id)

    @app.get("/api/stories", response_model=m.Page[m.Story], dependencies=read,
             tags=["stories"])
    def list_stories(f: FilterDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Stories (articles about the same events, across languages), oldest first, with
        their contradictions. ``start``/``end`` keep stories overlapping the range."""
        s = snap()
        items = [_story_json(s, st.id) for st in s.stories if _story_ok(s, f, st.id)]
        return _page(items, limit, offset)

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
        data["events"] = [_event_json(eid, sid, e) for eid, sid, e in s.events
                          if sid == story_id]
        data["tallies"] = [_tally_json(t) for t in s.tallies(story_id)]
        return data

    @app.get("/api/events", response_model=m.Page[m.Event], dependencies=read,
             tags=["events"])
    def list_events(f: FilterDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Dated events of every story, reports of the same event merged (the timeline),
        oldest first; undated events last."""
        s = snap()
        found = [(eid, sid, e) for eid, sid, e in s.events if _event_ok(f, sid, e, s)]
        return {"total": len(found), "limit": limit, "offset": offset,
                "items": [_event_json(*row) for row in found[offset:offset + limit]]}

    @app.get("/api/events.geojson", response_model=m.FeatureCollection, dependencies=read,
             tags=["events"])
    def events_geojson(f: FilterDep) -> dict[str, Any]:
        """Located events as GeoJSON points (the same features as ``warta export --format
        geojson``), each with its ``story_id`` and ``language``."""
        s = snap()
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
            if not _in_dates(day, f):
                continue
            if f.event_type and not (_same(f.event_type, props["event_type"])
                                     or _same(f.event_type, props["sub_event_type"])):
                continue
            if f.claimant and not _same(f.claimant, props["claimant"]):
                continue
            if f.language and language != f.language:
                continue
            if f.bbox and not _in_bbox(lon, lat, f.bbox):
                continue
            features.append({**feature, "properties": {
                **props, "story_id": s.story_of.get(aid), "language": language}})
        return {"type": "FeatureCollection", "features": features}

    @app.get("/api/claims", response_model=m.Page[m.CasualtyClaim], dependencies=read,
             tags=["figures"])
    def list_claims(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                    kind: Annotated[str | None, Query(max_length=32)] = None
                    ) -> dict[str, Any]:
        """Every casualty figure with who claims it and its evidence. ``start``/``end``
        filter on the day the figure refers to (``as_of``)."""
        s = snap()
        found = []
        for aid, (article, ex) in s.articles.items():
            story_id = s.story_of.get(aid)
            if f.story and story_id != f.story:
                continue
            if f.language and article.language != f.language:
                continue
            for c in ex.claims:
                if f.claimant and not _same(f.claimant, c.claimant):
                    continue
                if kind and c.kind != kind:
                    continue
                if not _in_dates(c.as_of.value if c.as_of else None, f):
                    continue
                found.append((c, aid, story_id))
        found.sort(key=lambda r: (r[0].as_of is None, r[0].as_of.value if r[0].as_of else None,
                                  r[1], r[0].evidence.start))
        items = [{**to_jsonable(c), "article_id": aid, "story_id": story_id}
                 for c, aid, story_id in found[offset:offset + limit]]
        return {"total": len(found), "limit": limit, "offset": offset, "items": items}

    @app.get("/api/tallies", response_model=m.Page[m.Tally], dependencies=read,
             tags=["figures"])
    def list_tallies(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                     kind: Annotated[str | None, Query(max_length=32)] = None
                     ) -> dict[str, Any]:
        """Running casualty totals per claimant over time (incident tolls kept out), with the
        headline and flags where a claimant is far from the others."""
        s = snap()
        if f.story and s.story(f.story) is None:
            return _page([], limit, offset)
        rows = [t for t in s.tallies(f.story)
                if (not f.claimant or _same(f.claimant, t.claimant))
                and (not kind or t.kind == kind)]
        items = []
        for t in rows:
            data = _tally_json(t)
            if f.start or f.end:
                data["points"] = [p for p in data["points"] if _in_dates(
                    dt.date.fromisoformat(p["as_of"]) if p["as_of"] else None, f)]
                if not data["points"]:
                    continue
            items.append(data)
        return _page(items, limit, offset)

    @app.get("/api/places", response_model=m.Page[m.PlaceCount], dependencies=read,
             tags=["places"])
    def list_places(f: FilterDep, limit: Limit = 100, offset: Offset = 0,
                    unresolved: bool = False) -> dict[str, Any]:
        """Places named in stored events, most named first, with their resolution."""
        rows = [r for r in snap().places
                if (not unresolved or r["latitude"] is None)
                and (not f.bbox or _in_bbox(r["longitude"], r["latitude"], f.bbox))]
        return _page(rows, limit, offset)

    @app.get("/api/places.geojson", response_model=m.FeatureCollection, dependencies=read,
             tags=["places"])
    def places_geojson(f: FilterDep) -> dict[str, Any]:
        """Resolved places as GeoJSON points, with how many events and articles name them."""
        features = []
        for r in snap().places:
            if r["latitude"] is None or r["longitude"] is None:
                continue
            if f.bbox and not _in_bbox(r["longitude"], r["latitude"], f.bbox):
                continue
            props = {k: v for k, v in r.items() if k not in ("latitude", "longitude")}
            features.append({"type": "Feature", "properties": props, "geometry": {
                "type": "Point", "coordinates": [r["longitude"], r["latitude"]]}})
        return {"type": "FeatureCollection", "features": features}

    @app.get("/api/search", response_model=m.Page[m.SearchHit], dependencies=read,
             tags=["articles"])
    def search(q: Annotated[str, Query(max_length=fulltext.MAX_QUERY_CHARS,
                                       description="Words to find in titles, texts and "
                                                   "outlets (all of them; \"a phrase\"; "
                                                   "prefix*).")],
               limit: Annotated[int, Query(ge=1, le=100)] = 20,
               offset: Offset = 0) -> dict[str, Any]:
        """Full-text search over articles, best match first, with a snippet."""
        s = snap()
        try:
            total, hits = fulltext.search(store, q, limit, offset)
        except fulltext.SearchError as exc:
            raise HTTPException(400, str(exc)) from None
        items = [{"id": h.article_id, "title": h.title, "outlet": h.outlet,
                  "language": h.language, "published": h.published, "snippet": h.snippet,
                  "highlights": [list(x) for x in h.highlights], "rank": h.rank,
                  "story_id": s.story_of.get(h.article_id)} for h in hits]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.post("/api/articles", response_model=m.IngestReport, tags=["articles"],
              dependencies=[Depends(writer)],
              responses={401: {"model": m.Error}, 403: {"model": m.Error},
                         413: {"model": m.Error}},
              openapi_extra={"security": [{"bearer": []}]})
    def post_articles(body: Annotated[m.ArticleIn | m.Batch, Body()]) -> dict[str, Any]:
        """Store one article (``{"text", ...}``) or a batch (``{"articles": [...]}``): read,
        cleaned, extracted, geocoded and stored like ``warta ingest`` does. Needs
        ``Authorization: Bearer <token>``."""
        from warta.ingest import ReadOptions, Source
        from warta.pipeline import ingest

        posted = body.articles if isinstance(body, m.Batch) else [body]
        lines = b"".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False)
                         .encode("utf-8") + b"\n" for a in posted)
        with write_lock:
            if not gazetteer:
                from warta.geo.gazetteer import Gazetteer

                gazetteer.append(Gazetteer())
            results = list(ingest([Source("api", data=lines)], store,
                                  ReadOptions(max_bytes=settings.max_bytes),
                                  gazetteer=gazetteer[0]))
            fulltext.ensure_index(store)
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
    """Link the corpus while the server starts, so the first visitor does not wait for it."""
    try:
        snapshots.get()
    except Exception:  # the request that needs it will report it
        log.exception("linking the corpus at start failed")


def _tally_json(t: Any) -> dict[str, Any]:
    return {**to_jsonable(t), "headline": to_jsonable(t.headline)}
