"""Storage throughput on SQLite and PostgreSQL: one writer, two writers at once, migrations.

    .venv/bin/python bench/store.py [N]      (default: 1000 articles)

Articles are generated (a short report with two casualty figures and an event each) and
cleaned and extracted beforehand, so only storing is timed. PostgreSQL is a throwaway server
started like the tests start it (tests/pg.py: initdb in a temporary folder, 127.0.0.1, fsync
off, so the figures are an upper bound for a durable server). Printed per engine: seconds to
create the schema by running every migration on an empty database, articles stored per second
by one writer (Store.add, one transaction each), by two processes writing overlapping halves at
once (each article stored once), and seconds to re-check every input (Store.seen).
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PLACES = ["Goma", "Bunia", "Beni", "Butembo", "Rutshuru", "Masisi", "Walikale", "Uvira"]


def generate(n: int) -> list:
    from warta.clean import clean
    from warta.extract import extract
    from warta.model import RawDoc

    out = []
    for i in range(n):
        text = (f"GOMA, March {1 + i % 28}, 2024 (Ledger Wire) - {i + 3} civilians were killed "
                f"and {2 * i + 5} wounded when shells hit the village of "
                f"{PLACES[i % len(PLACES)]} on Sunday, the army said, in report {i}.\n"
                "The rebels denied shelling the village.\nRead Next\n")
        article = clean(RawDoc(source=f"bench/{i:06d}.txt", text=text, format="text",
                               raw_sha=f"{i:064x}"))
        out.append((article, extract(article)))
    return out


def _write(db: str, items: list, start: mp.Event) -> None:  # type: ignore[valid-type]
    from warta.store import Store

    with Store(db) as store:
        start.wait()
        for article, extraction in items:
            store.add(article, extraction)


def measure(db: str, items: list) -> dict[str, float]:
    from warta.store import Store

    t = time.perf_counter()
    Store(db).close()
    migrate = time.perf_counter() - t
    half = len(items) // 2
    with Store(db) as store:
        t = time.perf_counter()
        for article, extraction in items[:half]:
            store.add(article, extraction)
        one = half / (time.perf_counter() - t)
        t = time.perf_counter()
        for article, _ in items[:half]:
            store.seen(article.source, article.source_id, article.raw_sha)
        seen = time.perf_counter() - t
    # two writers: the second half, each process taking three quarters of it (half overlap)
    rest = items[half:]
    q = len(rest) // 4
    parts = [rest[:3 * q], rest[q:]]
    start = mp.Event()
    procs = [mp.Process(target=_write, args=(db, part, start)) for part in parts]
    for p in procs:
        p.start()
    time.sleep(1.0)  # both opened and waiting
    t = time.perf_counter()
    start.set()
    for p in procs:
        p.join()
    two = len(rest) / (time.perf_counter() - t)
    with Store(db) as store:
        assert store.count() == len(items), (store.count(), len(items))
    return {"migrate": migrate, "one": one, "two": two, "seen": seen}


def main() -> None:
    from tests.pg import PostgresServer

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    items = generate(n)
    server = PostgresServer().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rows = {"sqlite": measure(str(Path(tmp) / "bench.db"), items),
                    "postgresql": measure(server.database("bench"), items)}
    finally:
        server.stop()
    print(f"{n} articles (half by one writer, half by two at once)")
    print(f"{'engine':<12}{'migrate s':>10}{'1 writer/s':>12}{'2 writers/s':>13}"
          f"{'seen() s':>10}")
    for engine, r in rows.items():
        print(f"{engine:<12}{r['migrate']:>10.2f}{r['one']:>12.0f}{r['two']:>13.0f}"
              f"{r['seen']:>10.3f}")


if __name__ == "__main__":
    main()
