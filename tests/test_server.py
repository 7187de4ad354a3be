"""The REST API (warta serve) in-process through FastAPI's TestClient, over a database built by
really ingesting the demo corpus and a hostile article."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.server import ServerSettings, create_app
from warta.store import Store
from warta.store.search import ensure_index, fts_query

from .server_support import HOSTILE, copy_db, demo_db, hostile_id

TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def db(tmp_path_factory, gazetteer) -> Path:  # type: ignore[no-untyped-def]
    return demo_db(tmp_path_factory, gazetteer)


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    app = create_app(str(db), ServerSettings())
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def writable(db: Path, tmp_path: Path) -> Path:
    return copy_db(db, tmp_path / "copy.db")


def test_articles_are_listed_with_pagination_and_filters(client: TestClient) -> None:
    everything = client.get("/api/articles").json()
    assert everything["total"] == 14 and len(everything["items"]) == 14
    page = client.get("/api/articles", params={"limit": 5, "offset": 10}).json()
    assert page["total"] == 14 and [a["id"] for a in page["items"]] == [
        a["id"] for a in everything["items"][10:]]
    indonesian = client.get("/api/articles", params={"language": "id"}).json()
    assert 0 < indonesian["total"] < 14
    assert {a["language"] for a in indonesian["items"]} == {"id"}
    march_13 = client.get("/api/articles", params={"start": "2024-03-13", "end": "2024-03-13"})
    assert {a["published"] for a in march_13.json()["items"]} == {"2024-03-13"}
    story = everything["items"][0]["story_id"]
    members = client.get("/api/articles", params={"story": story}).json()["items"]
    assert members and {a["story_id"] for a in members} == {story}


def test_an_article_comes_with_evidence_offsets_into_its_text(client: TestClient) -> None:
    ids = [a["id"] for a in client.get("/api/articles").json()["items"]]
    checked = 0
    for aid in ids:
        article = client.get(f"/api/articles/{aid}").json()
        for claim in article["claims"]:
            ev = claim["evidence"]
            assert article["text"][ev["start"]:ev["end"]] == ev["text"]
            assert claim["claimant"]
            checked += 1
        for event in article["events"]:
            for ev in event["evidence"]:
                assert article["text"][ev["start"]:ev["end"]] == ev["text"]
    assert checked > 20
    assert client.get("/api/articles/" + ids[0][:6]).json()["id"] == ids[0]  # a prefix
    missing = client.get("/api/articles/nope-nope")
    assert missing.status_code == 404 and "no article" in missing.json()["error"]["message"]


def test_stories_carry_contradictions_and_their_articles(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    assert len(stories) >= 3
    denials = [(s, c) for s in stories for c in s["contradictions"] if c["kind"] == "denial"]
    assert denials, "the Papua story's accusation and denial"
    story, denial = denials[0]
    assert denial["denied_by"] and denial["accusation"] and denial["denial"]
    assert "claimant_text" in denial  # the accuser as written, beside its party code
    detail = client.get(f"/api/stories/{story['id']}").json()
    assert [a["id"] for a in detail["articles"]] == story["article_ids"]
    assert {e["id"] for e in detail["events"]} == set(story["event_ids"])
    assert all(a["text"] for a in detail["articles"])
    assert client.get("/api/stories/s000").status_code == 404


def test_events_filter_by_date_bbox_type_claimant_language_and_story(client: TestClient
                                                                      ) -> None:
    events = client.get("/api/events", params={"limit": 500}).json()
    assert events["total"] == len(events["items"]) > 20
    dated = [e for e in events["items"] if e["date"]]
    assert [e["date"]["value"] for e in dated] == sorted(e["date"]["value"] for e in dated)
    day = client.get("/api/events", params={"start": "2024-03-12", "end": "2024-03-12"}).json()
    assert 0 < day["total"] < events["total"]
    assert {e["date"]["value"] for e in day["items"]} == {"2024-03-12"}
    kivu = client.get("/api/events", params={"bbox": "28,-3,30,0", "limit": 500}).json()
    assert kivu["total"] > 0
    for e in kivu["items"]:
        assert 28 <= e["location"]["longitude"] <= 30 and -3 <= e["location"]["latitude"] <= 0
    protests = client.get("/api/events", params={"event_type": "Protests"}).json()
    assert protests["total"] > 0 and {e["event_type"] for e in protests["items"]} == {"Protests"}
    claimed = client.get("/api/events", params={"claimant": "IDN"}).json()
    assert all(e["claimant"] == "IDN" for e in claimed["items"])
    english = client.get("/api/events", params={"language": "en"}).json()
    assert 0 < english["total"] < events["total"]
    story = events["items"][0]["story_id"]
    assert {e["story_id"] for e in client.get(
        "/api/events", params={"story": story, "limit": 500}).json()["items"]} == {story}


@pytest.mark.parametrize("params", [
    {"bbox": "1,2"}, {"bbox": "a,b,c,d"}, {"bbox": "10,0,5,1"}, {"bbox": "nan,0,1,1"},
    {"bbox": "0,0,200,1"}, {"start": "2024-03-15", "end": "2024-03-01"},
])
def test_bad_filters_are_400_with_the_reason(client: TestClient, params: dict) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_bad_parameters_are_422_without_echoing_a_trace(client: TestClient) -> None:
    for params in ({"limit": 0}, {"limit": 10**6}, {"offset": -1}, {"start": "yesterday"}):
        response = client.get("/api/articles", params=params)
        assert response.status_code == 422
        body = response.json()["error"]
        assert body["problems"] and "Traceback" not in response.text


def test_geojson_of_events_and_places(client: TestClient) -> None:
    events = client.get("/api/events.geojson").json()
    assert events["type"] == "FeatureCollection" and len(events["features"]) > 20
    for f in events["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["story_id"] and f["properties"]["article_id"]
    # what the map's popup shows: every outlet, the claimant as written, the evidence's span
    by_id = {e["id"]: e for e in client.get("/api/events", params={"limit": 500}).json()["items"]}
    for f in events["features"]:
        props = f["properties"]
        event = by_id[props["event_id"]]
        assert props["claimant_text"] == event["claimant_text"]
        assert props["evidence_span"] == event["evidence"][0]
        assert "; ".join(props["outlets"]) == (props["outlet"] or "")
    assert any(len(f["properties"]["outlets"]) > 1 for f in events["features"])
    assert any(f["properties"]["claimant_text"] for f in events["features"])
    span = events["features"][0]["properties"]["evidence_span"]
    text = client.get(f"/api/articles/{span['article_id']}").json()["text"]
    assert text[span["start"]:span["end"]] == span["text"]
    later = client.get("/api/events.geojson", params={"start": "2024-03-14"}).json()
    assert 0 < len(later["features"]) < len(events["features"])
    assert all(f["properties"]["date"] >= "2024-03-14" for f in later["features"])
    places = client.get("/api/places.geojson").json()
    names = {f["properties"]["name"] for f in places["features"]}
    assert {"Goma", "Sake"} <= names
    listed = client.get("/api/places", params={"limit": 3}).json()
    assert listed["total"] >= len(places["features"]) and len(listed["items"]) == 3


def test_figures_and_tallies_per_claimant(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"limit": 500}).json()
    assert claims["total"] > 30
    cog = client.get("/api/claims", params={"claimant": "COD"}).json()
    assert cog["total"] > 0 and {c["claimant"] for c in cog["items"]} == {"COD"}
    tallies = client.get("/api/tallies").json()["items"]
    assert tallies and all(t["points"] and t["headline"] == t["points"][-1] for t in tallies)
    assert {t["claimant"] for t in client.get(
        "/api/tallies", params={"claimant": "UNK"}).json()["items"]} <= {"UNK"}


def test_search_finds_words_and_marks_them(client: TestClient) -> None:
    result = client.get("/api/search", params={"q": "Sugapa"}).json()
    assert result["total"] >= 2
    for hit in result["items"]:
        marked = [hit["snippet"][s:e].casefold() for s, e in hit["highlights"]]
        assert "sugapa" in marked
    prefix = client.get("/api/search", params={"q": "Suga*"}).json()
    assert prefix["total"] >= result["total"]
    both = client.get("/api/search", params={"q": "Goma shelling"}).json()
    assert 0 < both["total"] <= client.get("/api/search", params={"q": "Goma"}).json()["total"]


@pytest.mark.parametrize("q", [
    '"', '"""', "AND", "(", "a OR", "NEAR(a b", "*", "title:x", "^x", "-x", "a\x00b",
    "\u202e\u0000", "é" * 400, "'; DROP TABLE articles; --", "{a b}", "a + b",
])
def test_search_never_fails_on_query_syntax(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code in (200, 400), response.text
    assert response.json()["error"]["message"] if response.status_code == 400 else True


def test_search_rejects_empty_and_too_long_queries(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "   "}).status_code == 400
    assert client.get("/api/search", params={"q": "x" * 501}).status_code == 422
    with pytest.raises(ValueError):
        fts_query('""')


def test_search_index_is_rebuilt_when_missing_and_follows_other_writers(
        writable: Path, gazetteer) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(writable)
    con.executescript("DROP TRIGGER articles_fts_ai; DROP TRIGGER articles_fts_ad; "
                      "DROP TRIGGER articles_fts_au; DROP TABLE articles_fts;")
    con.close()
    client = TestClient(create_app(str(writable)), raise_server_exceptions=False)
    assert client.get("/api/search", params={"q": "Sugapa"}).json()["total"] >= 2
    # another process stores an article: the triggers index it; the server sees it
    article = writable.parent / "new.txt"
    article.write_text("Floods in Zanzibarland\n\nFloods hit Zanzibarland on 2 May 2024, "
                       "officials said.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "warta", "ingest", str(article), "--db",
                    str(writable)], check=True, capture_output=True)
    assert client.get("/api/search", params={"q": "Zanzibarland"}).json()["total"] == 1
    assert client.get("/api/articles").json()["total"] == 15
    with Store(str(writable), create=False) as store:
        ensure_index(store)  # idempotent
        ensure_index(store)


def test_hostile_article_comes_back_as_inert_text(client: TestClient, db: Path) -> None:
    aid = hostile_id(db)
    response = client.get(f"/api/articles/{aid}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    article = response.json()
    assert article["title"] == HOSTILE["title"]
    assert article["outlet"] == HOSTILE["outlet"]
    assert "<script>window.__pwned=3" in article["text"]
    listed = {a["id"]: a for a in client.get("/api/articles").json()["items"]}[aid]
    assert listed["title"] == HOSTILE["title"]
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("path", [
    "/static/../pyproject.toml", "/static/%2e%2e/app.py", "/static/..%2f..%2fcli.py",
    "/static//etc/passwd", "/static/%2Fetc%2Fpasswd", "/api/articles/..%2f..%2fetc%2fpasswd",
    "/etc/passwd", "/api/../../etc/passwd",
])
def test_no_endpoint_reads_a_path_outside_the_package(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "root:" not in response.text and "def " not in response.text


def test_dashboard_files_are_served_from_the_package(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and "/static/app.js" in index.text
    assert "<script>" not in index.text  # no inline script: CSP allows none
    for asset in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js",
                  "/static/vendor/markercluster/leaflet.markercluster.js",
                  "/static/vendor/world-atlas/countries-110m.geojson"):
        assert client.get(asset).status_code == 200, asset
    assert "http" not in index.text.replace("http-equiv", "")  # nothing from elsewhere


def test_writing_is_disabled_without_a_token(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "Two soldiers were killed."})
    assert response.status_code == 403
    assert "WARTA_TOKEN" in response.json()["error"]["message"]


def test_posting_articles_needs_the_token_and_runs_the_pipeline(writable: Path) -> None:
    client = TestClient(create_app(str(writable), ServerSettings(token=TOKEN)),
                        raise_server_exceptions=False)
    one = {"id": "api-1", "title": "Clash near Sake", "published": "2024-03-20",
           "text": "Rebels attacked an army post near Sake on Tuesday, killing three soldiers, "
                   "the army said."}
    assert client.post("/api/articles", json=one).status_code == 401
    wrong = client.post("/api/articles", json=one, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    report = client.post("/api/articles", json=one, headers=auth).json()
    assert report["new"] == 1 and report["results"][0]["source_id"] == "api-1"
    aid = report["results"][0]["id"]
    stored = client.get(f"/api/articles/{aid}").json()
    assert [(c["value"], c["kind"]) for c in stored["claims"]] == [(3, "killed")]
    assert stored["events"] and stored["events"][0]["location"]["latitude"] is not None
    assert client.post("/api/articles", json=one, headers=auth).json()["seen"] == 1
    batch = {"articles": [
        {"id": "api-2", "text": "Police said 40 protesters were arrested in Jakarta on "
                                "Friday 22 March 2024."},
        {"id": "api-3", "text": "   "},
    ]}
    response = client.post("/api/articles", json=batch, headers=auth)
    assert response.status_code == 422  # an empty text is refused before anything is stored
    batch["articles"].pop()
    assert client.post("/api/articles", json=batch, headers=auth).json()["new"] == 1
    assert client.get("/api/articles").json()["total"] == 16
    assert client.get("/api/search", params={"q": "protesters Jakarta"}).json()["total"] >= 1


@pytest.mark.parametrize("body", [
    b"", b"{", b"[]", b'{"text": 5}', b'{"articles": []}', b'{"text": "x", "path": "/etc"}',
    b"\xff\xfe\x00binary", b'{"articles": [{"text": "a"}], "more": 1}',
])
def test_malformed_posts_are_refused_and_store_nothing(writable: Path, body: bytes) -> None:
    client = TestClient(create_app(str(writable), ServerSettings(token=TOKEN)),
                        raise_server_exceptions=False)
    response = client.post("/api/articles", content=body, headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code in (400, 422), response.text  # 400: not JSON at all
    assert response.json()["error"]["message"]
    assert client.get("/api/articles").json()["total"] == 14


def test_a_request_over_the_size_limit_is_413(writable: Path) -> None:
    client = TestClient(create_app(str(writable), ServerSettings(
        token=TOKEN, max_request_bytes=1000)), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = client.post("/api/articles", json={"text": "x" * 2000}, headers=auth)
    assert big.status_code == 413 and "limit" in big.json()["error"]["message"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 500

    streamed = client.post("/api/articles", content=chunks(), headers={
        **auth, "Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert client.get("/api/articles").json()["total"] == 14


def test_an_oversized_article_inside_the_limit_fails_with_its_reason(writable: Path) -> None:
    client = TestClient(create_app(str(writable), ServerSettings(token=TOKEN, max_bytes=200)),
                        raise_server_exceptions=False)
    report = client.post("/api/articles", json={"id": "long", "text": "word " * 100},
                         headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert report["failed"] == 1 and "too large" in report["results"][0]["reason"]


def test_reading_can_be_closed(writable: Path) -> None:
    client = TestClient(create_app(str(writable), ServerSettings(token=TOKEN, read="token")),
                        raise_server_exceptions=False)
    assert client.get("/api/articles").status_code == 401
    assert client.get("/api/search", params={"q": "Goma"}).status_code == 401
    ok = client.get("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["total"] == 14
    config = client.get("/api/config").json()  # the dashboard asks for the token from this
    assert config["read"] == "token" and config["articles"] == 0
    assert client.get("/").status_code == 200


def test_settings_that_cannot_work_are_refused(db: Path) -> None:
    for bad in (ServerSettings(read="maybe"), ServerSettings(read="token"),
                ServerSettings(tile_url="ftp://x/{z}"), ServerSettings(tile_url="https://a'b/"),
                ServerSettings(max_request_bytes=0)):
        with pytest.raises(ValueError):
            create_app(str(db), bad)
    run = subprocess.run([sys.executable, "-m", "warta", "serve", "--db", str(db), "--read",
                          "token"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "token" in run.stderr
    run = subprocess.run([sys.executable, "-m", "warta", "serve", "--db",
                          str(db.parent / "missing.db")], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2 and "no database" in run.stderr


def test_tile_host_is_allowed_by_the_policy_only_when_set(db: Path) -> None:
    client = TestClient(create_app(str(db), ServerSettings(
        tile_url="https://{s}.tile.example.org/{z}/{x}/{y}.png")))
    csp = client.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tile.example.org;" in csp
    assert client.get("/api/config").json()["tile_url"].startswith("https://{s}.tile")


def test_an_internal_error_is_json_without_a_trace(writable: Path) -> None:
    client = TestClient(create_app(str(writable)), raise_server_exceptions=False)
    aid = client.get("/api/articles").json()["items"][0]["id"]
    con = sqlite3.connect(writable)
    con.execute("DROP TABLE furniture")  # the database breaks under the running server
    con.commit()
    con.close()
    response = client.get(f"/api/articles/{aid}")
    assert response.status_code == 500
    assert response.json() == {"error": {
        "status": 500, "message": "internal error (the server's log has the details)",
        "problems": []}}
    assert "furniture" not in response.text and "Traceback" not in response.text


def test_unknown_routes_and_methods_are_json(client: TestClient) -> None:
    assert client.get("/api/nothing").json()["error"]["status"] == 404
    assert client.delete("/api/articles").status_code == 405
    docs = client.get("/docs")  # Swagger UI, vendored: nothing loaded from elsewhere
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/" in docs.text
    assert "http" not in docs.text and "<script>" not in docs.text


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/stories",
            "/api/stories/{story_id}", "/api/events", "/api/events.geojson", "/api/claims",
            "/api/tallies", "/api/places", "/api/places.geojson", "/api/search",
            "/api/config", "/api/facets"} <= paths
    assert schema["paths"]["/api/articles"]["post"]["security"] == [{"bearer": []}]
    assert json.dumps(schema).count("HTTPValidationError") == 0


def test_stories_filter_by_date(client: TestClient) -> None:
    every = client.get("/api/stories").json()["items"]
    late = client.get("/api/stories", params={"start": "2024-03-15"}).json()["items"]
    assert 0 < len(late) < len(every)
    for s in late:
        assert dt.date.fromisoformat(s["last_seen"]) >= dt.date(2024, 3, 15)


def _csv(client: TestClient, path: str, params: dict | None = None) -> list[dict[str, str]]:
    import csv
    import io

    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    name = path.rsplit("/", 1)[1]
    assert r.headers["content-disposition"] == f'attachment; filename="warta-{name}"'
    assert r.headers["x-content-type-options"] == "nosniff"
    return list(csv.DictReader(io.StringIO(r.text)))


CSV_FILTERS = [{}, {"start": "2024-03-13", "end": "2024-03-14"}, {"language": "id"},
               {"event_type": "Battles"}, {"claimant": "UN"}, {"bbox": "28,-2,30,0"}]


@pytest.mark.parametrize("params", CSV_FILTERS)
def test_csv_twins_hold_the_items_of_their_json(client: TestClient, params: dict) -> None:
    def every(path: str, **extra: str) -> list[dict]:
        return client.get(path, params={**params, **extra, "limit": 500}).json()["items"]

    events = _csv(client, "/api/events.csv", params)
    assert [r["event_id"] for r in events] == [e["id"] for e in every("/api/events")]
    located = _csv(client, "/api/events.csv", {**params, "located": "true"})
    assert [r["event_id"] for r in located] == [
        e["id"] for e in every("/api/events", located="true")]
    assert all(r["latitude"] and r["longitude"] for r in located)
    claims = _csv(client, "/api/claims.csv", params)
    assert [(r["article_id"], int(r["evidence_start"]), int(r["value"]), r["claimant"])
            for r in claims] == [(c["article_id"], c["evidence"]["start"], c["value"],
                                  c["claimant"]) for c in every("/api/claims")]
    tallies = every("/api/tallies")
    points = _csv(client, "/api/tallies.csv", params)
    assert [(r["claimant"], r["kind"], int(r["value"]), r["as_of"]) for r in points] == [
        (t["claimant"], t["kind"], p["value"], p["as_of"]) for t in tallies for p in t["points"]]
    assert sum(r["headline"] == "true" for r in points) == sum(
        t["headline"] in t["points"] for t in tallies)
    stories = _csv(client, "/api/stories.csv", params)
    assert [(r["id"], int(r["articles"]), int(r["contradictions"])) for r in stories] == [
        (s["id"], len(s["article_ids"]), len(s["contradictions"]))
        for s in every("/api/stories")]
    articles = _csv(client, "/api/articles.csv", params)
    assert [(r["id"], r["outlet"]) for r in articles] == [
        (a["id"], a["outlet"] or "") for a in every("/api/articles")]
    if params:  # each filter keeps some and drops some of at least one list
        assert any(0 < len(rows) < len(_csv(client, path)) for rows, path in (
            (events, "/api/events.csv"), (claims, "/api/claims.csv"),
            (articles, "/api/articles.csv")))


def test_csv_of_a_story_its_kind_and_a_page(client: TestClient) -> None:
    story = client.get("/api/stories").json()["items"][0]["id"]
    claims = _csv(client, "/api/claims.csv", {"story": story, "kind": "wounded"})
    assert claims and {(r["story_id"], r["kind"]) for r in claims} == {(story, "wounded")}
    page = client.get("/api/articles", params={"limit": 5, "offset": 3}).json()["items"]
    rows = _csv(client, "/api/articles.csv", {"limit": 5, "offset": 3})
    assert [r["id"] for r in rows] == [a["id"] for a in page]
    # every figure's row holds its evidence and sentence with offsets into the article
    for r in claims:
        text = client.get(f"/api/articles/{r['article_id']}").json()["text"]
        assert text[int(r["evidence_start"]):int(r["evidence_end"])] == r["evidence"]
        assert text[int(r["sentence_start"]):int(r["sentence_end"])] == r["sentence"]


def test_one_articles_figures_and_events_and_a_search_as_csv(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"limit": 500}).json()["items"]
    aid = claims[0]["article_id"]
    article = client.get(f"/api/articles/{aid}").json()
    for ref in (aid, aid[:8], article["source"]):  # an id, a prefix, a source path
        rows = _csv(client, "/api/claims.csv", {"article": ref})
        assert [r["evidence"] for r in rows] == [
            c["evidence"]["text"] for c in claims if c["article_id"] == aid] != []
        listed = client.get("/api/claims", params={"article": ref}).json()
        assert listed["total"] == len(rows)
    events = client.get("/api/events", params={"article": aid, "limit": 500}).json()["items"]
    assert events and all(aid in e["article_ids"] for e in events)
    every = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(events) == sum(aid in e["article_ids"] for e in every) < len(every)
    assert [r["event_id"] for r in _csv(client, "/api/events.csv", {"article": aid})] == [
        e["id"] for e in events]
    missing = client.get("/api/claims.csv", params={"article": "no-such-article"})
    assert missing.status_code == 404 and "no article" in missing.json()["error"]["message"]
    # a search: the JSON's hits in its order, the matched words between brackets
    hits = client.get("/api/search", params={"q": "killed", "limit": 100}).json()
    rows = _csv(client, "/api/search.csv", {"q": "killed"})
    assert [r["id"] for r in rows] == [h["id"] for h in hits["items"]] != []
    assert len(rows) == hits["total"]
    for r, h in zip(rows, hits["items"], strict=True):
        assert r["snippet"].replace("[", "").replace("]", "") == h["snippet"].replace(
            "[", "").replace("]", "")
        assert "[" in r["snippet"]
    empty = client.get("/api/search.csv", params={"q": ""})
    assert empty.status_code == 400 and "empty query" in empty.json()["error"]["message"]
    assert client.get("/api/search.csv", params={"q": "x" * 5000}).status_code == 422


def test_events_csv_is_the_export_of_warta_export(client: TestClient, db: Path) -> None:
    import csv
    import io

    from warta.export import write

    out = db.parent / "export.csv"
    with Store(str(db), create=False) as store:
        write(store, "acled-csv", str(out))
    exported = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    served = _csv(client, "/api/events.csv")
    assert list(served[0]) == list(exported[0])
    assert served == exported


def test_csv_bad_filters_are_json_errors(client: TestClient) -> None:
    for path in ("/api/events.csv", "/api/claims.csv", "/api/stories.csv"):
        r = client.get(path, params={"bbox": "1,2,3"})
        assert r.status_code == 400 and "bbox" in r.json()["error"]["message"]
    assert client.get("/api/articles.csv", params={"limit": 0}).status_code == 422


def test_csv_cells_a_spreadsheet_would_run_are_quoted() -> None:
    import csv
    import io

    from warta.server.downloads import csv_response

    r = csv_response(("a", "b", "c"), [{"a": "=HYPERLINK(\"http://x\")", "b": "@SUM(1)",
                                         "c": -3}], "test")
    row = next(csv.DictReader(io.StringIO(r.body.decode())))
    assert row == {"a": "'=HYPERLINK(\"http://x\")", "b": "'@SUM(1)", "c": "-3"}


def test_openapi_documents_the_csv_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for name in ("events", "claims", "tallies", "stories", "articles"):
        ok = paths[f"/api/{name}.csv"]["get"]["responses"]["200"]
        assert list(ok["content"]) == ["text/csv"]
        assert {p["name"] for p in paths[f"/api/{name}.csv"]["get"]["parameters"]} >= {
            "start", "end", "bbox", "event_type", "claimant", "language", "story", "limit",
            "offset"}


def test_borders_come_from_the_gazetteer_and_never_build_it(db: Path, gazetteer,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    client = TestClient(create_app(str(db), ServerSettings(gazetteer=str(gazetteer.path))))
    # around Goma: North Kivu's border and name, and nothing from the far side of the world
    found = client.get("/api/borders.geojson?bbox=29.1,-1.8,29.3,-1.6").json()
    assert found["note"] is None and not found["truncated"]
    names = [f["properties"]["name"] for f in found["features"]]
    assert "North Kivu" in names and len(names) < 10
    kivu = next(f for f in found["features"] if f["properties"]["name"] == "North Kivu")
    assert kivu["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert kivu["properties"]["country"] == "CD"
    lon, lat = kivu["properties"]["label"]
    assert 26 < lon < 30.5 and -2.5 < lat < 1  # the label point lies in the province
    # the most prominent first, cut at the limit, and said so
    some = client.get("/api/borders.geojson?bbox=10,-10,40,10&limit=3").json()
    assert len(some["features"]) == 3 and some["truncated"]
    assert client.get("/api/borders.geojson?bbox=10,-10").status_code == 400
    assert client.get("/api/borders.geojson?bbox=200,0,210,5").status_code == 400
    # no gazetteer at the path: an empty layer that says why, and nothing built there
    missing = tmp_path / "nowhere" / "g.sqlite"
    bare = TestClient(create_app(str(db), ServerSettings(gazetteer=str(missing))))
    empty = bare.get("/api/borders.geojson?bbox=29,-2,30,-1").json()
    assert empty["features"] == [] and "gazetteer is not built" in empty["note"]
    assert not missing.exists()


def test_the_unfiltered_story_list_read_page_by_page_is_the_filtered_lists(
        client: TestClient) -> None:
    """The plain list is read from the link tables a page at a time; a filtered one from the
    snapshot: each story reads the same either way, in the same order."""
    plain = client.get("/api/stories", params={"limit": 500}).json()
    wide = client.get("/api/stories", params={"start": "1900-01-01", "end": "2100-12-31",
                                              "limit": 500}).json()
    assert wide["items"] and plain["total"] >= wide["total"]
    by_id = {s["id"]: s for s in plain["items"]}
    assert [by_id[s["id"]] for s in wide["items"]] == wide["items"]
    assert [s["id"] for s in plain["items"] if s["first_seen"]] == [s["id"] for s in
                                                                     wide["items"]]
    # pages of the plain list put together are the list
    pages = [client.get("/api/stories", params={"limit": 2, "offset": o}).json()
             for o in range(0, plain["total"], 2)]
    assert [s for p in pages for s in p["items"]] == plain["items"]
    assert {p["total"] for p in pages} == {plain["total"]}
    rows = _csv(client, "/api/stories.csv")
    assert [r["id"] for r in rows] == [s["id"] for s in plain["items"]]
