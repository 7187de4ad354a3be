"""Server latency: `warta serve` (real uvicorn, real HTTP) over generated databases.

    .venv/bin/python bench/server.py [SIZE ...]      (default: 13 (the demo corpus) 500 2000)

For each size a database is built by really ingesting articles (the demo corpus, or generated
reports as in bench/link.py, stored through the pipeline without the gazetteer), a server is
started on a free port, and printed are: the first request's time (linking the corpus into
stories, events and tallies: done once per state of the database), then the median and 95th
percentile over 30 requests of each endpoint once that is cached, and the search time.
Targets: a cached page under 100 ms at 2,000 articles; the first request under 30 s.

    .venv/bin/python bench/server.py --stored [SIZE ...]   (default: 2000 20000 200000)

Start-up and the story list against the corpus size (issue 14): a database of SIZE generated
articles is written directly (each article stored as `warta ingest` stores it, without
extraction; stories of ten articles stored as the link stage stores them), then for each size
are printed the server's start-up time (process start to its first answer), the first
``/api/stories`` request and the median of 20 more, at the first page and at a page in the
middle, and the growth exponent of each between sizes (flat: close to 0).
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


def start(db: Path) -> tuple[subprocess.Popen, str, float]:
    """`warta serve` over ``db`` on a free port, once it answers: the process, its base URL
    and its start-up time (process start to its first answer)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db),
                             "--port", str(port)], stderr=subprocess.DEVNULL,
                            env={**os.environ})
    while True:
        try:
            get(base + "/api/config")
            return proc, base, time.perf_counter() - started
        except OSError:
            if time.perf_counter() - started > 600 or proc.poll() is not None:
                proc.terminate()
                raise
            time.sleep(0.02)


def measure(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        build(db, size)
        built = time.perf_counter() - t0
        proc, base, _ = start(db)
        try:
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


def build_stored(db: Path, size: int) -> None:
    """SIZE generated articles stored directly, with stories of ten articles."""
    sys.path.insert(0, str(ROOT / "bench"))
    from link import generate

    from warta.model import Extraction, Story
    from warta.store import Store, links

    articles = generate(size)
    with Store(str(db)) as store:
        for a in articles:
            store.add(a, Extraction(a.id))
        stories = []
        for start in range(0, size, 10):
            group = articles[start:start + 10]
            days = sorted(a.published.value for a in group if a.published)
            stories.append(Story(f"s{start:09d}", f"story {start // 10}",
                                 tuple(a.id for a in group), days[0] if days else None,
                                 days[-1] if days else None))
        links.save(store, stories, (), (), (), {})


def stored(sizes: list[int]) -> None:
    import itertools
    import math

    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            t0 = time.perf_counter()
            build_stored(db, size)
            built = time.perf_counter() - t0
            proc, base, startup = start(db)
            try:
                middle = f"/api/stories?limit=100&offset={size // 20}"
                first = get(base + "/api/stories?limit=100")
                head = statistics.median(get(base + "/api/stories?limit=100")
                                         for _ in range(20))
                mid = statistics.median(get(base + middle) for _ in range(20))
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        rows.append({"n": size, "startup": startup, "first": first, "head": head, "mid": mid})
        print(f"{size:>8} articles (written in {built:6.1f} s): start-up {startup * 1000:7.0f} ms"
              f"   /api/stories first {first * 1000:6.1f} ms, then median {head * 1000:6.1f} ms"
              f"   middle page median {mid * 1000:6.1f} ms", flush=True)
    for a, b in itertools.pairwise(rows):
        k = {key: math.log(b[key] / a[key]) / math.log(b["n"] / a["n"])
             for key in ("startup", "first", "head", "mid")}
        print(f"growth {a['n']} -> {b['n']}: start-up ~ n^{k['startup']:.2f}, first request "
              f"~ n^{k['first']:.2f}, page ~ n^{k['head']:.2f}, middle page ~ n^{k['mid']:.2f}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--stored":
        stored([int(a) for a in sys.argv[2:]] or [2000, 20000, 200000])
        return
    sizes = [int(a) for a in sys.argv[1:]] or [13, 500, 2000]
    for size in sizes:
        measure(size)


if __name__ == "__main__":
    main()
