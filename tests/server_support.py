"""What the server, dashboard and schemathesis tests share: a database built by really ingesting
the demo corpus plus a hostile article, and a real ``warta serve`` process on a free port."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .conftest import DEMO

# Markup and script in every attacker-controlled field: title, outlet, url and text. Each
# payload would set window.__pwned (and open a dialog) if it ever ran.
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>window.__pwned=1;alert('title')</script> Two soldiers killed in Goma",
    "outlet": "<img src=x onerror=\"window.__pwned=2;alert('outlet')\">",
    "url": "javascript:alert('url')",
    "published": "2024-03-12",
    "text": (
        "Rebels shelled an army post in Goma on Monday, killing two soldiers, the army said. "
        "<script>window.__pwned=3;alert('text')</script> Residents shared a picture "
        "<img src=x onerror=\"window.__pwned=4;alert('img')\"> and a link "
        "<a href=\"javascript:alert('link')\">javascript:alert('link')</a> that the army "
        "called fake.\n\nThe army said the attackers fled north towards Sake."),
}

_BUILT: dict[str, Path] = {}


def demo_db(tmp_path_factory, gazetteer) -> Path:  # type: ignore[no-untyped-def]
    """The demo corpus and the hostile article, ingested once per test session."""
    if "db" in _BUILT:
        return _BUILT["db"]
    from warta.ingest import ReadOptions, expand
    from warta.pipeline import ingest
    from warta.store import Store, links

    folder = tmp_path_factory.mktemp("served")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "demo.db"
    with Store(str(db)) as store:
        results = list(ingest(expand([str(DEMO), str(hostile)]), store, ReadOptions(),
                              gazetteer=gazetteer))
        links.relink(store)  # as `warta ingest` does after storing
    assert all(r.status == "new" for r in results), [r.reason for r in results]
    _BUILT["db"] = db
    return db


def copy_db(src: Path, dst: Path) -> Path:
    """A copy of a (WAL-mode) SQLite database, through SQLite's backup API."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


def hostile_id(db: Path) -> str:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT article_id FROM origins WHERE source_id = ?",
                          (HOSTILE["id"],)).fetchone()
    con.close()
    assert row, "the hostile article was not stored"
    return row[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """A real ``warta serve`` (uvicorn) on a free port; yields its base URL."""
    port = free_port()
    log = db.parent / f"serve-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port),
             *args], stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/config", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("warta serve did not start: "
                                       + log.read_text(errors="replace")) from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
