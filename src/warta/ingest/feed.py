"""Live feeds (`warta watch`): RSS and Atom through feedparser, each new item's page fetched and
read with trafilatura, then cleaned, extracted, geocoded and stored like any article.

Polite: a conditional request for the feed (ETag / Last-Modified: an unchanged feed costs one
304), robots.txt obeyed per host, and at least ``delay`` seconds between two requests to the same
host. Restart-safe: every item taken is recorded in the database (``feed_items``), so an item is
never ingested twice, whatever restarts happen between polls.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from warta import __version__
from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError
from warta.ingest.html import parse
from warta.model import RawDoc

USER_AGENT = f"warta/{__version__} (+https://github.com/warta; news event extraction)"
TIMEOUT = 30


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # the item's guid, else its link
    url: str
    title: str | None
    published: str | None
    summary: str | None


@dataclass
class Fetcher:
    """HTTP with manners: robots.txt per host and a minimum delay between requests to a host."""

    delay: float = 1.0
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                body, _, status = self._get(f"{host}/robots.txt", {})
                parser.parse(body.decode("utf-8", "replace").splitlines() if status == 200
                             else [])
                self._robots[host] = parser
            except (OSError, urllib.error.URLError):
                self._robots[host] = None  # no robots.txt reachable: allowed
        parser = self._robots[host]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str]) -> tuple[bytes, dict[str, str], int]:
        self._wait(url)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.read(), dict(response.headers), response.status
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return b"", dict(exc.headers or {}), 304
            raise

    def get(self, url: str, headers: dict[str, str] | None = None
            ) -> tuple[bytes, dict[str, str], int]:
        """GET ``url`` (http or https only) after robots.txt and the per-host delay."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise ReadError(url, "only http and https URLs are fetched")
        if not self.allowed(url):
            raise ReadError(url, "robots.txt does not allow fetching it")
        return self._get(url, headers or {})


def items(body: bytes) -> list[FeedItem]:
    """The entries of an RSS or Atom document."""
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise ReadError("feed", f"not an RSS or Atom feed ({parsed.bozo_exception})")
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        key = entry.get("id") or link
        if not link or not key:
            continue
        out.append(FeedItem(key=str(key), url=str(link), title=entry.get("title"),
                            published=entry.get("published") or entry.get("updated"),
                            summary=entry.get("summary")))
    return out


def page(item: FeedItem, fetcher: Fetcher, max_bytes: int) -> RawDoc:
    """The item's article: its page read with trafilatura (the feed's date and title as hints)."""
    body, _, _ = fetcher.get(item.url)
    if len(body) > max_bytes:
        raise ReadError(item.url, f"page too large ({len(body)} bytes)")
    html = decode(body, item.url, "auto")
    raw = parse(html, item.url, sha256(body), url=item.url)
    return RawDoc(source=item.url, text=raw.text, format="html", source_id=item.key,
                  title=raw.title or item.title, url=item.url,
                  published=raw.published or _iso(item.published), language=raw.language,
                  outlet=raw.outlet, raw_sha=raw.raw_sha)


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return value[:10] if value[:4].isdigit() else None


def poll(feed_url: str, fetcher: Fetcher, etag: str | None, modified: str | None
         ) -> tuple[list[FeedItem], str | None, str | None]:
    """The feed's items, or none when it is unchanged since ``etag``/``modified``."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    body, response_headers, status = fetcher.get(feed_url, headers)
    if status == 304:
        return [], etag, modified
    return (items(body), response_headers.get("ETag") or response_headers.get("Etag"),
            response_headers.get("Last-Modified"))


def parse_every(text: str) -> float:
    """Seconds in "15m", "1h", "90s" or "300"."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        if text and text[-1] in units:
            return float(text[:-1]) * units[text[-1]]
        return float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a duration (like 90s, 15m, 1h)") from None


__all__ = ["FeedItem", "Fetcher", "items", "page", "parse_every", "poll"]
