"""`warta watch` against a feed and its pages served from 127.0.0.1 inside the test."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from warta.ingest.feed import parse_every

from .test_cli import warta

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Local Wire">
<meta property="article:published_time" content="2024-03-{day}T08:00:00Z"></head><body>
<nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>GOMA (Local Wire) - {body} The health ministry said the figures were provisional and that
rescue teams were still searching the neighbourhoods hit on the night before.</p>
<p>Residents said the shelling began before dawn and lasted for several hours, forcing hundreds
of families to leave their homes for camps on the edge of the city.</p></article></body></html>
"""


class Site:
    """A feed whose items can be added while the test runs, and the pages it links to."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []  # (slug, title, body)
        self.requests: list[str] = []
        self.feed_etag = "v0"

    def feed(self, base: str) -> str:
        entries = "".join(
            f"<item><title>{t}</title><link>{base}/news/{s}.html</link><guid>{s}</guid>"
            f"<pubDate>Sun, 10 Mar 2024 08:00:00 GMT</pubDate></item>"
            for s, t, _ in self.items)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
                f"<link>{base}</link>{entries}</channel></rss>")


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/robots.txt":
                self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
            elif self.path == "/feed.xml":
                etag = f'"{len(state.items)}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, state.feed(base), "application/rss+xml", etag)
            elif self.path.startswith("/news/"):
                slug = self.path.removeprefix("/news/").removesuffix(".html")
                for i, (s, title, body) in enumerate(state.items):
                    if s == slug:
                        self._send(200, PAGE.format(title=title, body=body, day=10 + i),
                                   "text/html")
                        return
                self._send(404, "not found", "text/plain")
            else:
                self._send(404, "not found", "text/plain")

        def _send(self, code: int, body: str, kind: str, etag: str | None = None) -> None:
            data = body.encode()
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _run(db: str, feed: str) -> list[dict]:
    r = warta("watch", feed, "--once", "--delay", "0", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_new_items_are_picked_up_and_never_ingested_twice(any_db: str, site, gazetteer
                                                          ) -> None:
    state, base = site
    db = any_db  # a SQLite file, then a PostgreSQL database (feeds, feed_items)
    state.items.append(("a", "Shelling kills 14 near Goma",
                        "Shelling killed 14 people near Goma on Sunday, the army said."))
    first = _run(db, f"{base}/feed.xml")
    assert [(r["status"], r["source"].rsplit("/", 1)[-1]) for r in first] == [("new", "a.html")]
    # an item is added to the feed between two polls
    state.items.append(("b", "Rebels seize Sake",
                        "Rebels seized the town of Sake on Monday, killing 3 soldiers."))
    second = _run(db, f"{base}/feed.xml")
    assert [(r["status"], r["source"].rsplit("/", 1)[-1]) for r in second] == [("new", "b.html")]
    # a restart ingests nothing again; the unchanged feed answers 304
    requests_before = len(state.requests)
    assert _run(db, f"{base}/feed.xml") == []
    assert [p for p in state.requests[requests_before:] if p != "/robots.txt"] == ["/feed.xml"]
    rows = [json.loads(x) for x in warta("articles", "--db", db, "--json").stdout.splitlines()]
    assert len(rows) == 2 and {r["source_id"] for r in rows} == {"a", "b"}
    assert all(r["figures"] >= 1 for r in rows)


def test_robots_txt_is_obeyed(tmp_path: Path, site, gazetteer) -> None:
    state, base = site
    db = str(tmp_path / "r.db")
    state.items.append(("x", "Secret", "Nothing to see."))
    feed = state.feed(base).replace(f"{base}/news/x.html", f"{base}/private/x.html")
    state.feed = lambda _base: feed  # type: ignore[method-assign]
    out = _run(db, f"{base}/feed.xml")
    assert [r["status"] for r in out] == ["skipped"] and "robots.txt" in out[0]["reason"]
    assert not any(p.startswith("/private/") for p in state.requests)
    assert _run(db, f"{base}/feed.xml") == []  # passed over for good


def test_durations() -> None:
    assert parse_every("15m") == 900 and parse_every("1h") == 3600 and parse_every("90") == 90
    with pytest.raises(ValueError):
        parse_every("soon")
    r = warta("watch", "http://127.0.0.1:9/feed.xml", "--every", "soon")
    assert r.returncode == 2 and "duration" in r.stderr
