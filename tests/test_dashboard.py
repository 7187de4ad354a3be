"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against a
real ``warta serve`` (uvicorn) started on a free port over the demo corpus and a hostile
article. Screenshots go to each test's output folder; ``WARTA_UPDATE_SCREENSHOT=1`` also
writes the README's ``docs/screenshot.png`` and the views' ``docs/map.png``, ``docs/story.png``
and ``docs/timeline.png``."""

from __future__ import annotations

import json
import math
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
         ".reduce((n, s) => n + Number(s.textContent.replace(/,/g, '')), 0)"
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


def marker_in_view(page: Any) -> Any:
    """A lone marker the user can see (markers outside the map's view stay in the page)."""
    size = page.viewport_size
    for marker in page.locator("path.event-marker").all():
        box = marker.bounding_box()
        if box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= size["width"] \
                and box["y"] + box["height"] <= size["height"]:
            return marker
    raise AssertionError("no event marker inside the map's view")


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
    marker_in_view(p).click()
    popup = p.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("a", has_text="story").count() == 1
    p.wait_for_timeout(400)  # the popup's fade-in
    shot = tmp_path / "dashboard.png"
    p.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    publish(shot, "screenshot.png", "map.png")
    page.clean()


def publish(shot: Path, *names: str) -> None:
    """With ``WARTA_UPDATE_SCREENSHOT=1``, the screenshot becomes the docs' pictures."""
    if os.environ.get("WARTA_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        for name in names:
            shutil.copy(shot, ROOT / "docs" / name)


def test_a_click_on_a_story_opens_it_with_evidence_highlighted(page: Watched, server: str,
                                                               tmp_path: Path) -> None:
    page.open(server + "/", "map")
    p = page.page
    story = p.locator("#story-list .story", has_text="contradiction").first
    title = story.locator("h3 a").inner_text()
    story.locator("h3 a").click()
    page.ready("story")
    assert p.locator("h2.story-title").inner_text() == title
    story_id = p.url.split("#/stories/")[1].split("?")[0]
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
    assert denial.locator(".side-accusation .quote").count() == 1
    assert denial.locator(".side-denial .quote").count() == 1 and "↔" in denial.inner_text()
    assert p.locator("mark.ev-denial").count() >= 1
    assert p.locator("svg.claimant-chart rect.bar").count() == len(data["tallies"]) > 0
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
    assert "#/stories/" in p.url
    assert p.locator(f'section.article[data-article="{aid}"] h3').inner_text() == \
        HOSTILE["title"]
    # the story page: its figure table names the outlet as text, the map and timeline hold
    # the article's events, and its sentence link opens the article with nothing run
    figures = p.locator(f'table.story-figures tbody tr[data-article="{aid}"]')
    assert figures.count() >= 1
    assert figures.first.locator("td.outlet").inner_text() == HOSTILE["outlet"]
    assert p.locator("ol.story-timeline li").count() >= 1
    assert p.locator("main script, main img, main iframe").count() == 0
    assert p.locator("main a[href^='javascript']").count() == 0
    figures.first.locator("td a").click()
    page.ready("article")
    block = p.locator(f'section.article[data-article="{aid}"]')
    assert p.locator("mark.ev-focus").count() >= 1
    assert "<script>" in block.locator(".text").inner_text()
    assert p.locator("main script, main img, main iframe").count() == 0
    p.goto(f"{server}/#/search?q=onerror")
    page.ready("search")
    assert p.locator(".hit-card h3").first.inner_text() == HOSTILE["title"]
    # the timeline and the list of stories: nothing of it runs or becomes an element there
    for view in ("timeline", "stories"):
        p.goto(f"{server}/#/{view}")
        page.ready(view)
        assert p.locator("main script, main img, main iframe").count() == 0
        assert p.locator("main a[href^='javascript']").count() == 0
        assert p.evaluate("window.__pwned") is None
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


def _get(url: str) -> Any:
    with urllib.request.urlopen(url) as r:
        return json.load(r)


def test_the_story_page_shows_figures_tallies_and_both_sides(page: Watched, server: str,
                                                            tmp_path: Path) -> None:
    stories = _get(f"{server}/api/stories")["items"]
    story = next(s for s in stories if s["contradictions"])
    sid = story["id"]
    data = _get(f"{server}/api/stories/{sid}")
    claims = _get(f"{server}/api/claims?story={sid}&limit=500")["items"]
    page.open(f"{server}/#/stories/{sid}", "story")
    p = page.page
    # the small map holds the story's located events, the timeline every event
    located = [e for e in data["events"] if e["location"] and e["location"]["latitude"]]
    wait_until(p, f"document.querySelectorAll('path.story-marker').length === {len(located)}")
    assert p.locator("ol.story-timeline li").count() == len(data["events"])
    # one row per figure, its claimant as the text names it, the party code beside
    rows = p.locator("table.story-figures tbody tr")
    assert rows.count() == len(claims) > 0
    for i, c in enumerate(claims):
        cell = rows.nth(i).locator("td").nth(4).inner_text()
        if c["claimant_text"]:
            assert cell.startswith(c["claimant_text"])
        elif c["claimant"] in (None, "UNK"):
            assert cell == "unattributed"
        assert "UNK" not in cell
        if c["claimant"] not in (None, "UNK") and c["claimant_text"]:
            assert rows.nth(i).locator("code.party").inner_text() == c["claimant"]
        assert rows.nth(i).locator("td.outlet").inner_text() == (c["outlet"] or "—")
        assert rows.nth(i).locator("td").nth(6).inner_text() == (
            "running total" if c["cumulative"] else "incident")
    assert any(c["claimant"] in (None, "UNK") and not c["claimant_text"] for c in claims)
    # a denial: who accuses (as written, or "unattributed"), who denies, both sides' outlet,
    # day and sentence
    text = p.locator(".contradiction.denial").first.inner_text()
    assert "UNK accuses" not in text
    c = story["contradictions"][0]
    accuser = c["claimant_text"] or (c["claimant"] if c["claimant"] not in (None, "UNK")
                                     else "unattributed")
    if c["claimant_text"] and c["claimant"] not in (None, "UNK"):
        accuser += " " + c["claimant"]  # the party code beside the words that name it
    assert text.startswith(accuser + " accuses")
    by_id = {a["id"]: a for a in data["articles"]}
    for role, sentence, span in (("accusation", c["accusation"], c["evidence"][0]),
                                 ("denial", c["denial"], c["evidence"][1])):
        side = p.locator(f".contradiction.denial .side-{role}").first
        article = by_id[span["article_id"]]
        assert side.locator(".outlet").inner_text() == article["outlet"]
        assert side.locator(".published").inner_text() == article["published"]["value"]
        assert sentence in side.locator(".quote").inner_text()
    # the tallies per claimant: one bar each
    assert p.locator("svg.claimant-chart rect.bar").count() == len(data["tallies"])
    p.screenshot(path=str(tmp_path / "story-page.png"), full_page=True)
    p.screenshot(path=str(tmp_path / "story-view.png"))
    publish(tmp_path / "story-view.png", "story.png")
    page.clean()


def test_a_figure_links_to_its_sentence_highlighted(page: Watched, server: str) -> None:
    stories = _get(f"{server}/api/stories")["items"]
    sid = max(stories, key=lambda s: len(s["article_ids"]))["id"]
    claims = _get(f"{server}/api/claims?story={sid}&limit=500")["items"]
    page.open(f"{server}/#/stories/{sid}", "story")
    p = page.page
    # the last figure's row: a sentence far from the article's start
    i = len(claims) - 1
    c = claims[i]
    sentence = c["sentence"] or c["evidence"]
    p.locator("table.story-figures tbody tr").nth(i).locator("td a").click()
    page.ready("article")
    assert f"#/article/{c['article_id']}" in p.url
    block = p.locator(f'section.article[data-article="{c["article_id"]}"]')
    focus = block.locator("mark.ev-focus")
    assert "".join(focus.all_inner_texts()) == sentence["text"]
    # only that sentence is the focus, and it was scrolled into view
    assert p.locator("mark.ev-focus").count() == focus.count()
    assert focus.first.is_visible()
    box = focus.first.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    page.clean()


def _form(p: Any) -> dict[str, str]:
    return {k: p.locator(f"#filters [name={k}]").input_value()
            for k in ("start", "end", "event_type", "language", "claimant")}


def test_the_url_holds_the_filters_both_ways(page: Watched, server: str, browser: Any,
                                             tmp_path: Path) -> None:
    p = page.page
    # applying filters puts them in the URL, the view's path kept
    page.open(f"{server}/#/timeline", "timeline")
    everything = p.locator("table.events tbody tr").count()
    # claimants as the texts name them, or "unattributed": never the placeholder code
    claimed = p.locator("table.events tbody td:nth-child(6)").all_inner_texts()
    assert claimed and "UNK" not in claimed
    named = {e["claimant_text"] for e in _get(f"{server}/api/events?limit=500")["items"]
             if e["claimant_text"]}
    assert named and named <= set(claimed)  # "police said": the police claim it
    titles = p.eval_on_selector_all("svg circle.event-dot title",
                                    "els => els.map((e) => e.textContent)")
    assert titles and not any("UNK" in t for t in titles)
    p.screenshot(path=str(tmp_path / "timeline.png"))
    publish(tmp_path / "timeline.png", "timeline.png")
    p.fill("#f-start", "2024-03-12")
    p.fill("#f-end", "2024-03-14")
    p.select_option("#f-type", "Battles")
    p.select_option("#f-language", "id")
    p.click("#f-apply")
    page.ready("timeline")
    shared = p.url
    assert "#/timeline?" in shared
    for part in ("start=2024-03-12", "end=2024-03-14", "event_type=Battles", "language=id"):
        assert part in shared
    wanted = _get(f"{server}/api/events?start=2024-03-12&end=2024-03-14&event_type=Battles"
                  "&language=id&limit=500")["items"]
    shown = p.locator("table.events tbody tr")
    assert 0 < shown.count() == len(wanted) < everything
    # opening the URL elsewhere (another browser context: a shared link) restores them
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    other = Watched(context.new_page())
    other.open(shared, "timeline")
    assert _form(other.page) == {"start": "2024-03-12", "end": "2024-03-14",
                                 "event_type": "Battles", "language": "id", "claimant": ""}
    assert [r.get_attribute("data-event") for r in
            other.page.locator("table.events tbody tr").all()] == [e["id"] for e in wanted]
    # the nav links carry them to every view, and each view's URL says so
    for view in ("map", "stories", "articles"):
        other.page.click(f"header nav a[data-view={view}]")
        other.ready(view)
        assert "event_type=Battles" in other.page.url and "start=2024-03-12" in other.page.url
        assert _form(other.page)["event_type"] == "Battles"
    # a story page: a filter from a shared URL shows in the form and filters its figures
    stories = _get(f"{server}/api/stories")["items"]
    sid = max(stories, key=lambda s: len(s["article_ids"]))["id"]
    claims = _get(f"{server}/api/claims?story={sid}&claimant=UN&limit=500")["items"]
    other.open(f"{server}/#/stories/{sid}?claimant=UN", "story")
    assert _form(other.page)["claimant"] == "UN"
    assert other.page.locator("table.story-figures tbody tr").count() == len(claims) > 0
    assert len(claims) < _get(f"{server}/api/claims?story={sid}")["total"]
    other.clean()
    context.close()
    page.clean()


def _download(p: Any, what: str, fmt: str = "csv") -> tuple[str, list[dict[str, str]]]:
    import csv
    import io

    link = p.locator(f'#downloads a[data-format="{fmt}"][data-what="{what}"]')
    href = link.get_attribute("href")
    with p.expect_download() as info:
        link.click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    return href, list(csv.DictReader(io.StringIO(text))) if fmt == "csv" else json.loads(text)


def test_each_view_downloads_what_it_shows(page: Watched, server: str) -> None:
    p = page.page
    # the timeline, filtered: its events and tallies, as CSV and as JSON
    page.open(f"{server}/#/timeline?start=2024-03-13&end=2024-03-14&language=id", "timeline")
    shown = [r.get_attribute("data-event") for r in p.locator("table.events tbody tr").all()]
    assert shown
    href, rows = _download(p, "events")
    assert href.startswith("/api/events.csv?") and "language=id" in href
    assert [r["event_id"] for r in rows] == shown
    href, data = _download(p, "events", "json")
    assert href.startswith("/api/events?") and "start=2024-03-13" in href
    assert [e["id"] for e in data["items"]] == shown
    _, points = _download(p, "tallies")
    shown_points = p.locator("table.tallies tbody tr td:nth-child(5) a").count()
    assert len(points) == shown_points > 0
    # the map: one row per marker
    page.open(f"{server}/#/map?start=2024-03-12", "map")
    _, rows = _download(p, "located events")
    assert len(rows) == markers(p) > 0 and all(r["event_date"] >= "2024-03-12" for r in rows)
    _, rows = _download(p, "stories")
    assert [r["id"] for r in rows] == [s.get_attribute("data-story") for s in
                                       p.locator("#story-list .story").all()]
    # a story page, filtered: the figures of its table
    stories = _get(f"{server}/api/stories")["items"]
    sid = max(stories, key=lambda s: len(s["article_ids"]))["id"]
    page.open(f"{server}/#/stories/{sid}?claimant=UN", "story")
    table = p.locator("table.story-figures tbody tr")
    href, rows = _download(p, "figures")
    assert f"story={sid}" in href and "claimant=UN" in href
    assert len(rows) == table.count() > 0
    assert [(r["article_id"], r["value"]) for r in rows] == [
        (t.get_attribute("data-article"), t.locator("td.value").inner_text().replace(",", ""))
        for t in table.all()]
    # the articles list: the page shown
    page.open(f"{server}/#/articles?language=en", "articles")
    _, rows = _download(p, "articles")
    assert [r["id"] for r in rows] == [t.get_attribute("data-article") for t in
                                       p.locator("table.articles tbody tr").all()]
    assert {r["language"] for r in rows} == {"en"}



def test_the_stories_article_and_search_views_download_what_they_show(
        page: Watched, server: str) -> None:
    p = page.page
    # the stories list
    page.open(f"{server}/#/stories?language=en", "stories")
    _, rows = _download(p, "stories")
    assert [r["id"] for r in rows] == [s.get_attribute("data-story") for s in
                                       p.locator("#story-list .story").all()] != []
    # one article, opened by the name of its file: its figures
    claims = _get(f"{server}/api/claims?limit=500")["items"]
    aid = max({c["article_id"] for c in claims},
              key=lambda a: sum(c["article_id"] == a for c in claims))
    source = _get(f"{server}/api/articles/{aid}")["source"]
    page.open(f"{server}/#/article/{source.rsplit('/', 1)[-1]}", "article")
    shown = p.locator("ul.figures li").all_inner_texts()
    href, rows = _download(p, "figures")
    assert href.startswith("/api/claims.csv?article=")
    assert len(rows) == len(shown) > 1 and {r["article_id"] for r in rows} == {aid}
    assert sorted(r["evidence"] for r in rows) == sorted(
        c["evidence"]["text"] for c in claims if c["article_id"] == aid)
    _, data = _download(p, "figures", "json")
    assert data["total"] == len(shown)
    # a search: its matches, best first, the matched words marked
    page.open(f"{server}/#/search?q=killed", "search")
    shown_ids = [a.get_attribute("href").split("#/article/")[1].split("?")[0]
                 for a in p.locator(".hit-card h3 a").all()]
    href, rows = _download(p, "matches")
    assert href.startswith("/api/search.csv?q=killed")
    assert [r["id"] for r in rows] == shown_ids != []
    assert all("[" in r["snippet"] and "]" in r["snippet"] for r in rows)
    page.clean()


# ---- the map -------------------------------------------------------------------------------
def features(server: str, query: str = "") -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{server}/api/events.geojson{query}") as r:
        return list(json.load(r)["features"])


def map_view(page: Any) -> tuple[float, list[float]]:
    """The map's zoom and its bounds (west, south, east, north), as the page tells them."""
    box = page.locator("#map")
    return (float(box.get_attribute("data-zoom")),
            [float(v) for v in box.get_attribute("data-bounds").split(",")])


def icons(page: Any) -> int:
    return int(page.locator(".event-cluster").count() + page.locator("path.event-marker").count())


def show_event(page: Any, feature: dict[str, Any]) -> Any:
    """Click the cluster nearest an event's place, as a user would, until its marker shows."""
    marker = page.locator(f'svg[data-event="{feature["properties"]["event_id"]}"] '
                          "path.event-marker")
    lon, lat = feature["geometry"]["coordinates"]

    def merc(v: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(v) / 2))

    def outside(b: dict[str, float], box: dict[str, float]) -> tuple[int, int]:
        """Which way the map must move to show ``b`` whole: -1, 0 or 1 on each axis."""
        dx = (-1 if b["x"] < box["x"] + 10 else
              1 if b["x"] + b["width"] > box["x"] + box["width"] - 10 else 0)
        dy = (-1 if b["y"] < box["y"] + 10 else
              1 if b["y"] + b["height"] > box["y"] + box["height"] - 10 else 0)
        return dx, dy

    for _ in range(20):
        if marker.count():
            # a fan opened at the map's edge: pan with the keyboard, as a user would, until
            # the marker is in view (panning keeps the fan open; a click would close it)
            page.locator("#map").focus()
            keys = {(-1, 0): "ArrowLeft", (1, 0): "ArrowRight", (0, -1): "ArrowUp",
                    (0, 1): "ArrowDown"}
            for _ in range(12):
                shown = marker.bounding_box()
                dx, dy = outside(shown, page.locator("#map").bounding_box())
                if (dx, dy) == (0, 0):
                    break
                page.keyboard.press(keys[(dx, 0)] if dx else keys[(0, dy)])
                page.wait_for_timeout(300)
            return marker
        west, south, east, north = map_view(page)[1]
        box = page.locator("#map").bounding_box()
        px = box["x"] + (lon - west) / (east - west) * box["width"]
        py = box["y"] + (merc(north) - merc(lat)) / (merc(north) - merc(south)) * box["height"]
        clusters = page.locator(".event-cluster")
        centres = [(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
                   for b in (clusters.nth(i).bounding_box() for i in range(clusters.count()))]
        assert centres, "no cluster left, and the event's marker is not shown"
        nearest = min(range(len(centres)),
                      key=lambda i: (centres[i][0] - px) ** 2 + (centres[i][1] - py) ** 2)
        clusters.nth(nearest).click()
        page.wait_for_timeout(600)  # the zoom's or the fan's animation
    raise AssertionError(f"event {feature['properties']['event_id']} never showed on the map")


def test_the_map_opens_fitted_to_the_events(page: Watched, server: str) -> None:
    for query in ("", "?start=2024-03-15&end=2024-03-15"):
        found = features(server, query)
        page.open(f"{server}/#/map{query}", "map")
        zoom, (west, south, east, north) = map_view(page.page)
        lons = [f["geometry"]["coordinates"][0] for f in found]
        lats = [f["geometry"]["coordinates"][1] for f in found]
        # every event inside the view, and the view no wider than needed: not the world
        assert west <= min(lons) and max(lons) <= east and south <= min(lats)
        assert max(lats) <= north
        assert zoom >= 3
        assert (max(lons) - min(lons)) / (east - west) > 0.6, (west, east, min(lons), max(lons))
        assert markers(page.page) == len(found)  # every event counted: markers and clusters
    page.clean()


def test_clusters_split_when_zoomed_in(page: Watched, server: str) -> None:
    page.open(server + "/", "map")
    p = page.page
    counts = [int(c) for c in p.locator(".event-cluster span").all_inner_texts()]
    assert counts and max(counts) > 2  # co-located events drawn as one disc with their count
    before_markers, before_zoom = p.locator("path.event-marker").count(), map_view(p)[0]
    largest = counts.index(max(counts))
    p.locator(".event-cluster").nth(largest).click()  # zooms to its events
    wait_until(p, f"Number(document.querySelector('#map').dataset.zoom) > {before_zoom}")
    p.wait_for_timeout(600)
    after = [int(c) for c in p.locator(".event-cluster span").all_inner_texts()]
    assert icons(p) >= 2 and max(after, default=0) < max(counts)  # the cluster came apart
    # events at the very same place fan out into their own markers
    for _ in range(5):
        if p.locator("path.event-marker").count() > before_markers:
            break
        after = [int(c) for c in p.locator(".event-cluster span").all_inner_texts()]
        p.locator(".event-cluster").nth(after.index(max(after))).click()
        p.wait_for_timeout(600)
    assert p.locator("path.event-marker").count() > before_markers
    page.clean()


def test_a_popup_tells_actors_claimant_and_outlets(page: Watched, server: str, db: Path) -> None:
    found = features(server)
    chosen = next(f for f in found if f["properties"]["actor1"]
                  and len(f["properties"]["outlets"]) > 1 and f["properties"]["claimant_text"])
    props = chosen["properties"]
    page.open(server + "/", "map")
    p = page.page
    show_event(p, chosen).click(force=True)
    popup = p.locator(f'.leaflet-popup-content .popup[data-event="{props["event_id"]}"]')
    popup.wait_for()
    assert popup.locator(".popup-actors").inner_text() == \
        f"{props['actor1']} → {props['target'] or '?'}"
    assert popup.locator(".popup-outlets").inner_text() == "; ".join(props["outlets"])
    assert popup.locator(".popup-claimant-text").inner_text() == props["claimant_text"]
    assert popup.locator(".popup-claimant").inner_text() == (props["claimant"] or "UNK")
    assert props["sub_event_type"] in popup.locator(".popup-title").inner_text()
    assert props["date"] in popup.inner_text()
    # the evidence link opens its article with the clause marked
    span = props["evidence_span"]
    popup.locator("a", has_text="evidence").click()
    page.ready("article")
    assert p.url.split("#/article/")[1].split("?")[0] == span["article_id"]
    marked = "".join(p.locator("mark.ev-event").all_inner_texts())
    assert span["text"] in marked
    # the hostile article's event: its outlet in the popup is text, nothing runs
    hostile = next(f for f in found if f["properties"]["article_id"] == hostile_id(db))
    page.open(server + "/", "map")
    show_event(p, hostile).click(force=True)
    popup = p.locator(f'.popup[data-event="{hostile["properties"]["event_id"]}"]')
    popup.wait_for()
    assert HOSTILE["outlet"] in popup.locator(".popup-outlets").inner_text()
    assert popup.locator("img, script").count() == 0
    p.wait_for_timeout(300)
    page.clean()


def test_the_key_gives_each_event_type_its_own_colour(page: Watched, server: str) -> None:
    page.open(server + "/", "map")
    p = page.page
    key = p.locator(".map-legend")
    names = [n.get_attribute("data-type") for n in key.locator(".legend-type").all()]
    colours = [c.get_attribute("fill") for c in key.locator(".legend-type path").all()]
    assert set(names) >= {"Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Protests", "Riots", "Strategic developments"}
    assert len(set(c.lower() for c in colours)) == len(names) == len(colours)
    # the three precisions look different: filled, ring, dashed ring
    looks = {(m.get_attribute("fill"), m.get_attribute("stroke-dasharray"))
             for m in key.locator(".legend-precision path.key-mark").all()}
    assert len(looks) == 3
    # a marker wears its type's colour from the key
    colour_of = dict(zip(names, (c.lower() for c in colours), strict=True))
    open_a_cluster(p)
    shown = p.locator("path.event-marker").all()
    assert shown
    found = {f["properties"]["event_id"]: f["properties"] for f in features(server)}
    for path in shown:
        props = found[path.locator("xpath=..").get_attribute("data-event")]
        paint = path.get_attribute("fill") if "precision-exact" in path.get_attribute("class") \
            else path.get_attribute("stroke")
        assert paint.lower() == colour_of[props["event_type"]]
    page.clean()


def test_zoomed_in_the_map_names_provinces_and_places(page: Watched, server: str) -> None:
    found = [f for f in features(server) if f["properties"]["geo_precision"] == 1]
    chosen = found[0]
    lon, lat = chosen["geometry"]["coordinates"]
    page.open(server + "/", "map")
    p = page.page
    # opened on every event: the places' names wait for a closer look
    assert p.locator(".place-label").count() == 0
    p.evaluate(f"window.warta.state.map.setView([{lat}, {lon}], 8, {{ animate: false }})")
    wait_until(p, "Number(document.querySelector('#map').dataset.borders) > 0")
    # the province the event lies in: its border drawn and its name written, offline
    with urllib.request.urlopen(f"{server}/api/borders.geojson?bbox={lon - 0.01},"
                                f"{lat - 0.01},{lon + 0.01},{lat + 0.01}") as r:
        around = json.load(r)["features"]
    assert around, "no admin-1 unit around a located event"
    assert p.locator("path.admin-border").count() > 0
    shown = p.locator(".admin-label").all_inner_texts()
    assert any(f["properties"]["name"].upper() in (s.upper() for s in shown) for f in around), \
        (shown, [f["properties"]["name"] for f in around])
    # and the event's place by the name the map's events give it
    places = p.locator(".place-label").all_inner_texts()
    assert chosen["properties"]["location"] in places
    # zoomed out again, the world outline alone
    p.evaluate("window.warta.state.map.setZoom(2, { animate: false })")
    wait_until(p, "document.querySelector('#map').dataset.borders === '0'")
    assert p.locator("path.admin-border").count() == 0
    assert p.locator(".place-label").count() == 0
    page.clean()
