"""Every reporting surface over every development corpus, and whether they agree.

The ``surfaces`` suite of ``make eval-dev``: each corpus of SHARED/dev (ACLED notes, IndoSum,
the story pairs' texts, the three geoparsing corpora) and the seeds goes into one database
through ``warta ingest`` (JSON Lines written for the purpose, the seeds' folder as it is); then
every reporting command runs over it (``stories``, ``timeline``, ``tallies``, ``contradictions``,
``places``, ``articles``, every ``export`` format) and so does the server (``warta serve``, over
HTTP). Two figures: the commands or requests that failed (a non-zero exit, a traceback, an HTTP
error), and the disagreements between them: the same merged events must come out of
``timeline``, ``export --format jsonl`` and ``acled-csv``, ``/api/events`` and
``/api/events.csv``; the located ones out of both GeoJSONs; the same stories, with the same
events, from ``stories`` and ``/api/stories``; as many tallies from ``tallies`` and
``/api/tallies``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from warta.evaluate_dev import Measure, Miss, read_acled_notes, read_indosum, read_story_pairs

COMMAND_SECONDS = 1800  # ingest of every corpus included
SERVER_START_SECONDS = 300
# Articles of each corpus put into the database unless --limit says otherwise: every corpus and
# every kind of text in it, in a few minutes (ingesting all 8,000-odd texts, linking included,
# takes over a quarter of an hour of CPU on 2 cores).
PER_CORPUS = 150


def corpus_records(shared: Path, limit: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """JSON Lines records (``id``, ``text``, ``published``, ``language``) of every corpus of
    SHARED/dev, by corpus name; the first ``limit`` of each when given."""
    from warta.evaluate_geoparsing import CORPORA, read_corpus

    dev = shared / "dev"
    out: dict[str, list[dict[str, Any]]] = {}
    acled = sorted((dev / "acled").glob("*.csv")) if (dev / "acled").is_dir() else []
    if acled:
        out["acled"] = [{"id": r.key, "text": r.notes, "published": r.date.isoformat(),
                         "language": "en"} for path in acled for r in read_acled_notes(path)]
    for path in sorted((dev / "indosum").glob("*.jsonl")) if (dev / "indosum").is_dir() else []:
        out.setdefault("indosum", []).extend(
            {"id": raw.source_id, "text": raw.text, "published": raw.published,
             "language": "id"} for _, raw in read_indosum(path))
    pairs = dev / "story_pairs" / "semeval2022_task8_training_pairs.csv"
    if pairs.is_file():
        _, docs = read_story_pairs(pairs)
        out["story_pairs"] = [{"id": ident, "text": raw.text} for ident, raw in docs.items()]
    for corpus in CORPORA:
        path = dev / "geoparsing" / f"{corpus}.xml"
        if path.is_file():
            out[f"geoparsing {corpus}"] = [
                {"id": f"{corpus}-{n}", "text": article.text, "language": "en"}
                for n, article in enumerate(read_corpus(path))]
    if limit is not None:
        out = {name: records[:limit] for name, records in out.items()}
    return {name: [r for r in records if r["text"].strip()] for name, records in out.items()}


class _Surfaces:
    """The commands and requests run so far, what failed, and what disagreed."""

    def __init__(self) -> None:
        self.failed: list[Miss] = []
        self.disagreed: list[Miss] = []
        self.runs = 0

    def warta(self, *args: str) -> str:
        """Run a warta command; its standard output ('' when it failed)."""
        self.runs += 1
        argv = [sys.executable, "-m", "warta", *args]
        shown = "warta " + " ".join(args)
        try:
            done = subprocess.run(argv, capture_output=True, text=True, env=dict(os.environ),
                                  timeout=COMMAND_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            self.failed.append(Miss(shown, "finishes", f"still running after "
                                    f"{COMMAND_SECONDS} s", ""))
            return ""
        if done.returncode != 0 or "Traceback (most recent call last)" in done.stderr:
            tail = done.stderr.strip().splitlines()[-3:]
            self.failed.append(Miss(shown, "exit 0", f"exit {done.returncode}",
                                    " / ".join(tail)))
            return ""
        return done.stdout

    def lines(self, *args: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.warta(*args).splitlines() if line.strip()]

    def compare(self, what: str, left: Any, right: Any, detail: str = "") -> None:
        if left != right:
            size = (f"{len(left)} vs {len(right)}" if hasattr(left, "__len__")
                    and hasattr(right, "__len__") else f"{left!r} vs {right!r}")
            self.disagreed.append(Miss(what, "the same", size, detail))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(base: str, path: str, surfaces: _Surfaces) -> bytes | None:
    surfaces.runs += 1
    try:
        with urllib.request.urlopen(base + path, timeout=600) as response:
            return bytes(response.read())
    except (urllib.error.URLError, OSError) as exc:
        surfaces.failed.append(Miss(f"GET {path}", "200", str(exc), ""))
        return None


def _paged(base: str, path: str, surfaces: _Surfaces, page: int = 500) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        sep = "&" if "?" in path else "?"
        body = _get(base, f"{path}{sep}limit={page}&offset={len(items)}", surfaces)
        if body is None:
            return items
        data = json.loads(body)
        items.extend(data["items"])
        if not data["items"] or len(items) >= data["total"]:
            return items


def check(db: str, surfaces: _Surfaces) -> dict[str, int]:
    """Every reporting command and the server over ``db``; what they agree on is counted."""
    stories = surfaces.lines("stories", "--db", db, "--json")
    timeline = surfaces.lines("timeline", "--db", db, "--json")
    tallies = surfaces.lines("tallies", "--db", db, "--json")
    surfaces.lines("contradictions", "--db", db, "--json")
    surfaces.lines("places", "--db", db, "--json")
    articles = surfaces.lines("articles", "--db", db, "--json")
    jsonl = surfaces.lines("export", "--format", "jsonl", "--db", db)
    acled = list(csv.DictReader(io.StringIO(surfaces.warta("export", "--format", "acled-csv",
                                                           "--db", db))))
    exported = surfaces.warta("export", "--format", "geojson", "--db", db)
    geojson = json.loads(exported)["features"] if exported else []
    with tempfile.TemporaryDirectory(prefix="warta-surfaces-") as folder:
        surfaces.warta("export", "--format", "parquet", "--out",
                       str(Path(folder) / "events.parquet"), "--db", db)
    ids = [e["id"] for e in timeline]
    surfaces.compare("timeline ids are unique", len(set(ids)), len(ids))
    surfaces.compare("export jsonl = timeline", [e["event_id"] for e in jsonl], ids)
    surfaces.compare("export acled-csv = timeline", [r["event_id"] for r in acled], ids)
    located = {e["id"] for e in timeline
               if e.get("location") and e["location"].get("latitude") is not None}
    surfaces.compare("export geojson = located timeline events",
                     {f["properties"]["event_id"] for f in geojson}, located)
    surfaces.compare("stories' events = timeline",
                     sorted(i for s in stories for i in s["event_ids"]), sorted(ids))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "warta", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(base + "/api/config", timeout=5):
                    break
            except (urllib.error.URLError, OSError):
                if server.poll() is not None or time.monotonic() > deadline:
                    err = (server.stderr.read() if server.stderr else "") or ""
                    surfaces.failed.append(Miss("warta serve", "serves",
                                                "exited" if server.poll() is not None
                                                else "no answer", err.strip()[-300:]))
                    return {"articles": len(articles), "events": len(ids)}
                time.sleep(0.5)
        api = _paged(base, "/api/events", surfaces)
        surfaces.compare("/api/events = timeline", [e["id"] for e in api], ids)
        body = _get(base, "/api/events.csv", surfaces)
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8")))) if body else []
        surfaces.compare("/api/events.csv = timeline", [r["event_id"] for r in rows], ids)
        body = _get(base, "/api/events.geojson", surfaces)
        served = json.loads(body)["features"] if body else []
        surfaces.compare("/api/events.geojson = export geojson",
                         sorted(f["properties"]["event_id"] for f in served),
                         sorted(f["properties"]["event_id"] for f in geojson))
        api_stories = _paged(base, "/api/stories", surfaces)
        surfaces.compare("/api/stories = stories",
                         {s["id"]: sorted(s["event_ids"]) for s in api_stories},
                         {s["id"]: sorted(s["event_ids"]) for s in stories})
        surfaces.compare("/api/tallies = tallies", len(_paged(base, "/api/tallies", surfaces)),
                         len(tallies))
        surfaces.compare("/api/articles = articles",
                         len(_paged(base, "/api/articles", surfaces)), len(articles))
        for path in ("/api/claims?limit=100", "/api/places", "/api/places.geojson",
                     "/api/facets", "/api/tallies.csv", "/api/stories.csv",
                     "/api/articles.csv?limit=100", "/api/claims.csv?limit=100"):
            _get(base, path, surfaces)
        if api_stories:
            _get(base, f"/api/stories/{api_stories[0]['id']}", surfaces)
        if articles:
            _get(base, f"/api/articles/{articles[0]['id']}", surfaces)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    return {"articles": len(articles), "events": len(ids), "stories": len(stories)}


def suite_surfaces(shared: Path, limit: int | None) -> list[Measure]:
    records = corpus_records(shared, PER_CORPUS if limit is None else limit)
    seeds = shared / "corpus" / "seeds"
    with tempfile.TemporaryDirectory(prefix="warta-surfaces-") as folder:
        files = []
        for name, rows in records.items():
            path = Path(folder) / f"{name.replace(' ', '-')}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            files.append(str(path))
        if seeds.is_dir():
            files.append(str(seeds))
        db = str(Path(folder) / "surfaces.db")
        surfaces = _Surfaces()
        surfaces.warta("ingest", *files, "--db", db)
        counts = check(db, surfaces)
    corpora = ", ".join(f"{name} {len(rows):,}" for name, rows in records.items())
    held = (f"{counts.get('articles', 0):,} articles ({corpora}, seeds), "
            f"{counts.get('events', 0):,} merged events, {counts.get('stories', 0):,} stories")
    return [
        Measure("surfaces commands and requests that failed", len(surfaces.failed), False,
                f"of {surfaces.runs}; {held}", tuple(surfaces.failed), count=True),
        Measure("surfaces disagreements between CLI, API, GeoJSON and CSV",
                len(surfaces.disagreed), False, held, tuple(surfaces.disagreed), count=True),
    ]
