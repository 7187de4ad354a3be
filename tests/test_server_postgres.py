"""The REST API over PostgreSQL answers exactly as over SQLite: the same demo corpus (and the
hostile article) ingested into both, the same requests, the same JSON."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from warta.ingest import ReadOptions, expand
from warta.pipeline import ingest
from warta.server import ServerSettings, create_app
from warta.store import Store, links

from .conftest import DEMO
from .server_support import HOSTILE, demo_db


@pytest.fixture(scope="module")
def clients(tmp_path_factory, gazetteer, pg_server):  # type: ignore[no-untyped-def]
    sqlite_db = demo_db(tmp_path_factory, gazetteer)
    url = pg_server.database()
    hostile = sqlite_db.parent / "hostile.jsonl"  # the very file the SQLite one was read from
    with Store(url) as store:
        results = list(ingest(expand([str(DEMO), str(hostile)]), store, ReadOptions(),
                              gazetteer=gazetteer))
        links.relink(store)
    assert all(r.status == "new" for r in results)
    return (TestClient(create_app(str(sqlite_db), ServerSettings()),
                       raise_server_exceptions=False),
            TestClient(create_app(url, ServerSettings()), raise_server_exceptions=False))


REQUESTS = [
    "/api/articles?limit=50", "/api/articles?language=id&limit=5&offset=2",
    "/api/stories", "/api/events?limit=100", "/api/events?type=Battles&since=2024-03-12",
    "/api/events.geojson", "/api/claims?limit=100", "/api/tallies", "/api/places",
    "/api/places.geojson", "/api/facets",
    "/api/events?bbox=28,-3,30,0", "/api/articles?q=Goma",
]


def _normalised(body: object) -> object:
    # search ranks differ between FTS5's bm25 and PostgreSQL's ts_rank; everything else is equal
    if isinstance(body, dict):
        return {k: _normalised(v) for k, v in body.items() if k not in ("rank",)}
    if isinstance(body, list):
        return [_normalised(v) for v in body]
    return body


@pytest.mark.parametrize("path", REQUESTS)
def test_postgresql_answers_as_sqlite_does(clients, path: str) -> None:  # type: ignore[no-untyped-def]
    sqlite, postgres = clients
    a, b = sqlite.get(path), postgres.get(path)
    assert a.status_code == b.status_code, (a.text[:300], b.text[:300])
    assert _normalised(a.json()) == _normalised(b.json())


def test_stories_and_articles_open_on_postgresql(clients) -> None:  # type: ignore[no-untyped-def]
    _, postgres = clients
    stories = postgres.get("/api/stories").json()["items"]
    assert stories
    story = postgres.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["articles"]
    article = postgres.get(f"/api/articles/{story['articles'][0]['id']}")
    assert article.status_code == 200


# (not "script": PostgreSQL's parser reads "<script>" in a text as a tag and does not index it)
@pytest.mark.parametrize("q", ["Goma", "korban tewas", "\"North Kivu\"", "AND OR (", "kiv*",
                               "north-kiv*", "tentara OR", "' OR 1=1 --", "Kodam:"])
def test_search_on_postgresql_finds_what_sqlite_finds(clients, q: str) -> None:  # type: ignore[no-untyped-def]
    sqlite, postgres = clients
    a = sqlite.get("/api/search", params={"q": q})
    b = postgres.get("/api/search", params={"q": q})
    assert a.status_code == 200 and b.status_code == 200, (a.text, b.text)
    found_a = {h["id"] for h in a.json()["items"]}
    found_b = {h["id"] for h in b.json()["items"]}
    if q in ("Goma", "\"North Kivu\"", "kiv*", "north-kiv*", "korban tewas"):
        assert found_a and found_b
    # stemming-free 'simple' configurations on both: the same articles, in any order
    assert found_a == found_b, (q, found_a ^ found_b)


def test_hostile_article_is_stored_and_served_verbatim_on_postgresql(clients) -> None:  # type: ignore[no-untyped-def]
    _, postgres = clients
    items = postgres.get("/api/articles", params={"limit": 100}).json()["items"]
    hostile = [a for a in items if a.get("source_id") == HOSTILE["id"]]
    assert hostile and hostile[0]["title"] == HOSTILE["title"]
    assert hostile[0]["outlet"] == HOSTILE["outlet"]


