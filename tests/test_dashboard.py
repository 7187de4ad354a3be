"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against a
real ``warta serve`` (uvicorn) started on a free port over the demo corpus and a hostile
article. Screenshots go to each test's output folder; ``WARTA_UPDATE_SCREENSHOT=1`` also
writes the README's ``docs/screenshot.png``."""

from __future__ import annotations

import json
import os
import shutil
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .server_support import HOSTILE, demo_db, free_port, hostile_id, serve

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def db(tmp_path_factory, gazetteer) -> Path:  # type: ignore[no-untyped-def]
    return demo_db(tmp_path_factory, gazetteer)


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    with serve(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (as root) to install "
                    "Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with everything that would betray executed script or a broken page recorded."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("http://127.0.0.1", "data:")):
            self.outside.append(request.url)

    def open(self, url: str, view: str) -> None:
        self.page.goto(url)
        self.ready(view)

    def ready(self, view: str) -> None:
        """Wait for the render of the current URL to finish (not an earlier one's)."""
        wait_until(self.page, f"document.body.dataset.ready === '{view}' && "
                              "document.body.dataset.hash === location.hash")

    def clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.page.evaluate("window.__pwned") is None
        assert self.errors == [], self.errors
        assert self.outside == [], self.outside


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    watched = Watched(context.new_page())
    yield watched
    context.close()


def wait_until(page: Any, expression: str, timeout: float = 30) -> None:
    """Poll ``expression`` in the page. (Playwright's wait_for_function compiles its predicate
    with eval, which the dashboard's Content-Security-Policy rightly forbids.)"""
    from playwright.sync_api import Error

    deadline = time.monotonic() + timeout
    while True:
        try:
            if page.evaluate(expression):
                return
        except Error as exc:  # the page is navigating: ask the next one
            if "context was destroyed" not in str(exc) and "navigat" not in str(exc):
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(50)


# The events the map shows: lone markers and the counts on the clusters.
SHOWN = ("[...document.querySelectorAll('.event-cluster span')]"
         ".reduce((n, s) => n + Number(s.textContent), 0)"
         " + document.querySelectorAll('path.event-marker').length")


def markers(page: Any) -> int:
    return int(page.evaluate(SHOWN))


def open_a_cluster(page: Any) -> None:
    """Click the smallest cluster: it splits (zoomed in) or fans out (events at one place)."""
    counts = page.locator(".event-cluster span").all_inner_texts()
    smallest = min(range(len(counts)), key=lambda i: int(counts[i]))
    page.locator(".event-cluster").nth(smallest).click()
    wait_until(page, "document.querySelectorAll('path.event-marker').length > 0")
    page.wait_for_timeout(400)  # the split's animation


def test_dashboard_loads_with_markers_on_the_map(page: Watched, server: str,
                                                 tmp_path: Path) -> None:
    page.open(server + "/", "map")
    p = page.page
    count = markers(p)
    assert count > 20
    assert p.locator("#map-count").inner_text().startswith(f"{count} located events")
    assert p.locator("#story-list .story").count() >= 3
    # the bundled world outline is drawn under the markers (no tile URL set: offline)
    assert p.locator(".leaflet-overlay-pane path:not(.event-marker)").count() > 100
    open_a_cluster(p)
    p.locator("path.event-marker").first.click(force=True)
    popup = p.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("a", has_text="story").count() == 1
    p.wait_for_timeout(400)  # the popup's fade-in
    shot = tmp_path / "dashboard.png"
    p.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("WARTA_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "screenshot.png")
    page.clean()


def test_a_click_on_a_story_opens_it_with_evidence_highlighted(page: Watched, server: str,
                                                               tmp_path: Path) -> None:
    page.open(server + "/", "map")
    p = page.page
    story = p.locator("#story-list .story", has_text="contradiction").first
    title = story.locator("h3 a").inner_text()
    story.locator("h3 a").click()
    page.ready("story")
    assert p.locator("h2.story-title").inner_text() == title
    story_id = p.url.split("#/story/")[1].split("?")[0]
    with urllib.request.urlopen(f"{server}/api/stories/{story_id}") as r:
        data = json.load(r)
    evidence = {c["evidence"]["text"] for a in data["articles"] for c in a["claims"]}
    figures = p.locator("mark.ev-figure")
    assert figures.count() >= len(evidence) > 0
    # a figure crossed by another span is cut into adjacent marks: joined, they hold it whole
    marked = "".join(figures.all_inner_texts())
    assert all(text in marked for text in evidence), (evidence, marked)
    # every figure is listed with its claimant; the accusation and its denial side by side
    assert p.locator("ul.figures li").count() == sum(len(a["claims"]) for a in data["articles"])
    denial = p.locator(".contradiction.denial").first
    assert denial.locator("strong").count() == 2 and "↔" in denial.inner_text()
    assert p.locator("mark.ev-denial").count() >= 1
    assert p.locator("svg.tally-chart").count() >= 1
    p.screenshot(path=str(tmp_path / "story.png"), full_page=True)
    page.clean()


def test_filtering_by_date_changes_what_is_shown(page: Watched, server: str,
                                                 tmp_path: Path) -> None:
    page.open(server + "/#/map", "map")
    p = page.page
    before_markers = markers(p)
    before_stories = p.locator("#story-list .story").count()
    p.fill("#f-start", "2024-03-15")
    p.fill("#f-end", "2024-03-15")
    with p.expect_response(lambda r: "/api/events.geojson?start=2024-03-15" in r.url):
        p.click("#f-apply")
    page.ready("map")
    wait_until(p, f"{SHOWN} < {before_markers}")
    after = markers(p)
    assert 0 < after < before_markers
    assert "start=2024-03-15" in p.url and "end=2024-03-15" in p.url
    assert p.locator("#story-list .story").count() < before_stories
    # the filter follows to the timeline: only events of those days are listed
    p.click("header nav a[data-view=timeline]")
    page.ready("timeline")
    dates = p.locator("table.events tbody tr td:first-child").all_inner_texts()
    assert dates and all(d == "2024-03-15" for d in dates)
    assert p.locator("svg.events-chart circle.event-dot").count() == len(dates)
    p.screenshot(path=str(tmp_path / "filtered.png"))
    p.click("#f-clear")
    wait_until(p, "!location.hash.includes('start=')")
    page.ready("timeline")
    assert p.locator("table.events tbody tr").count() > len(dates)
    page.clean()


def test_the_hostile_article_shows_as_text(page: Watched, server: str, db: Path,
                                           tmp_path: Path) -> None:
    aid = hostile_id(db)
    page.open(f"{server}/#/article/{aid}", "article")
    p = page.page
    block = p.locator(f'section.article[data-article="{aid}"]')
    assert block.locator("h3").inner_text() == HOSTILE["title"]
    text = block.locator(".text").inner_text()
    assert "<script>window.__pwned=3;alert('text')</script>" in text
    assert "<img src=x onerror=" in text
    assert HOSTILE["outlet"] in block.locator(".muted").first.inner_text()
    # nothing from the article became an element: no injected script, image or link
    assert p.locator("main script, main img, main iframe").count() == 0
    assert p.locator("main a[href^='javascript']").count() == 0
    assert p.locator("main a", has_text="javascript:alert").count() == 0
    # the same article in the list and in its story, and its event's popup on the map
    p.goto(f"{server}/#/articles")
    page.ready("articles")
    row = p.locator(f'tr[data-article="{aid}"]')
    assert row.locator("td.outlet").inner_text() == HOSTILE["outlet"]
    row.locator("a", has_text="story").click()
    page.ready("story")
    assert p.locator(f'section.article[data-article="{aid}"] h3').inner_text() == \
        HOSTILE["title"]
    p.goto(f"{server}/#/search?q=onerror")
    page.ready("search")
    assert p.locator(".hit-card h3").first.inner_text() == HOSTILE["title"]
    p.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    p.wait_for_timeout(300)  # any deferred payload would have fired by now
    page.clean()


def test_markers_stay_on_the_outline_when_tiles_fail(browser: Any, db: Path,
                                                     tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"  # nothing listens there
    with serve(db, "--tile-url", dead) as base:
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        p = context.new_page()
        p.goto(base + "/")
        p.wait_for_selector('body[data-ready="map"]', timeout=30_000)  # first render only
        wait_until(p, "document.querySelectorAll("
                      "'.leaflet-overlay-pane path:not(.event-marker)').length > 100")
        assert markers(p) > 20
        assert "world-atlas" in p.locator("#map-note").inner_text()
        p.screenshot(path=str(tmp_path / "offline.png"))
        context.close()


def test_a_closed_server_asks_for_the_token(browser: Any, db: Path) -> None:
    with serve(db, "--read", "token", env={"WARTA_TOKEN": "browser-token"}) as base:
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        page = Watched(context.new_page())
        p = page.page
        p.goto(base + "/")
        p.locator("#token-input").wait_for()
        wait_until(p, "document.body.dataset.ready === 'error'")
        assert markers(p) == 0 and "401" in p.locator("#view").inner_text()
        p.fill("#token-input", "browser-token")
        with p.expect_navigation():  # the page reloads with the token
            p.click("#token-form button")
        page.ready("map")
        assert markers(p) > 20
        context.close()


def test_the_api_documentation_page_works_offline(page: Watched, server: str) -> None:
    page.page.goto(server + "/docs")
    page.page.locator(".opblock").first.wait_for(timeout=30_000)
    assert page.page.locator(".opblock").count() >= 14  # every operation of /openapi.json
    page.clean()  # under the same policy: no inline script, nothing from elsewhere
