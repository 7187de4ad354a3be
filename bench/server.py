"""Server latency: `warta serve` (real uvicorn, real HTTP) over generated databases.

    .venv/bin/python bench/server.py [SIZE ...]      (default: 13 (the demo corpus) 500 2000)

For each size a database is built by really ingesting articles (the demo corpus, or generated
reports as in bench/link.py, stored through the pipeline without the gazetteer), a server is
started on a free port, and printed are: the first request's time (linking the corpus into
stories, events and tallies: done once per state of the database), then the median and 95th
percentile over 30 requests of each endpoint once that is cached, and the search time.
Targets: a cached page under 100 ms at 2,000 articles; the first request under 30 s.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENDPOINTS = ("/api/articles?limit=100", "/api/stories?limit=100", "/api/events?limit=100",
             "/api/events.geojson", "/api/tallies", "/api/claims?limit=100",
             "/api/search?q=killing", "/api/facets")


def build(db: Path, size: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from warta.ingest import ReadOptions, Source, expand
    from warta.pipeline import ingest
    from warta.store import Store

    if size == 13:
        sources = list(expand([str(ROOT / "examples" / "demo")]))
        from warta.geo.gazetteer import Gazetteer

        gazetteer = Gazetteer()
    else:
        from link import generate

        lines = [json.dumps({"id": f"g{i}", "text": a.text, "title": a.title,
                             "published": a.published.value.isoformat()})
                 for i, a in enumerate(generate(size))]
        sources = [Source("generated.jsonl", data="\n".join(lines).encode())]
        gazetteer = None
    from warta.store import links

    with Store(str(db)) as store:
        for _ in ingest(sources, store, ReadOptions(), gazetteer=gazetteer):
            pass
        links.link_new(store)  # as `warta ingest` does: the server reads what linking stored


def get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        response.read()
    return time.perf_counter() - start


def measure(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        build(db, size)
        built = time.perf_counter() - t0
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db),
                                 "--port", str(port)], stderr=subprocess.DEVNULL,
                                env={**os.environ})
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    get(base + "/api/config")
                    break
                except OSError:
                    time.sleep(0.1)
            first = get(base + "/api/stories?limit=1")
            print(f"{size:>6} articles  ingest {built:7.1f} s   first request (linking) "
                  f"{first * 1000:8.0f} ms")
            for path in ENDPOINTS:
                times = sorted(get(base + path) for _ in range(30))
                print(f"{'':>16}{path:<28} median {statistics.median(times) * 1000:7.1f} ms   "
                      f"p95 {times[int(len(times) * 0.95) - 1] * 1000:7.1f} ms")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [13, 500, 2000]
    for size in sizes:
        measure(size)


if __name__ == "__main__":
    main()
