"""Gazetteer: build time, index size, cold and warm open, memory, lookups per second.

    .venv/bin/python bench/geocode.py [--index PATH] [-n N]

Builds the index into a temporary directory (or, with --index, uses that file, building it only
if it is missing or stale), then:
- cold open: a fresh interpreter imports warta.geo.gazetteer, opens the index and looks up one
  name (the file may sit in the OS page cache: nothing here drops it);
- warm open: opening it again in this process;
- memory: that fresh interpreter's peak resident size after the open and a thousand lookups
  (VmHWM on Linux, since ru_maxrss survives exec and would report this process's build peak;
  resource.getrusage elsewhere);
- lookups per second over N names (default 3,000) sampled from the index, first uncached, then
  again from the per-instance cache;
- the whole-text geoparser (warta.geo.geoparse) over generated articles naming sampled places:
  articles and words per second, cold (first pass) and warm (lookups cached).
Targets (issue 4): warm open under 1 s, under 500 MB resident. No assertion: machines here are
noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warta.geo.gazetteer import Gazetteer, build
from warta.geo.geoparse import geoparse

CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from warta.geo.gazetteer import Gazetteer
g = Gazetteer(sys.argv[1])
g.lookup("Stepanakert")
opened = time.perf_counter() - started
for name in json.loads(sys.argv[2]):
    g.lookup(name)
try:  # Linux keeps ru_maxrss across exec, so a child would report its parent's (build) peak
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    peak = int(status["VmHWM"].split()[0]) / 1024
except (OSError, KeyError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"open_s": opened, "peak_mb": peak}))
"""


def sample(path: Path, n: int, seed: int = 7) -> list[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as con:
        names = [row[0] for row in con.execute("SELECT name FROM places ORDER BY pk")]
    return random.Random(seed).sample(names, min(n, len(names)))


TEMPLATE = ("Residents of {0} said on Tuesday that heavy rain had flooded the roads between {1} "
            "and {2}. The mayor told reporters the water reached the market, and officials in "
            "{3} sent two trucks. Police said no one was hurt, while the Red Cross asked for "
            "blankets. Schools stayed closed near {4} for a second day.")


def generated_articles(names: list[str], n: int, seed: int = 11) -> list[str]:
    """Articles of our own writing, each naming five places sampled from the index."""
    rng = random.Random(seed)
    return [" ".join(TEMPLATE.format(*rng.sample(names, 5)) for _ in range(4)) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, help="use this index file instead of a fresh one")
    parser.add_argument("-n", type=int, default=3000, help="names to look up")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.index or Path(tmp) / "gazetteer.sqlite"
        if args.index is None:
            started = time.perf_counter()
            build(path)
            print(f"build:        {time.perf_counter() - started:7.1f} s")
        else:
            Gazetteer(path).close()  # builds only if missing or stale
        print(f"index size:   {path.stat().st_size / 1e6:7.1f} MB  ({path})")

        names = sample(path, args.n)
        child = subprocess.run([sys.executable, "-c", CHILD, str(path),
                                json.dumps(names[:1000])],
                               check=True, capture_output=True, text=True)
        cold = json.loads(child.stdout)
        print(f"cold open:    {cold['open_s']:7.3f} s  (new interpreter, import + open + lookup)")

        started = time.perf_counter()
        gazetteer = Gazetteer(path)
        gazetteer.lookup("Stepanakert")
        print(f"warm open:    {time.perf_counter() - started:7.3f} s  (target < 1 s)")
        print(f"resident:     {cold['peak_mb']:7.1f} MB peak after open + 1,000 lookups "
              "(target < 500 MB)")

        started = time.perf_counter()
        found = [gazetteer.lookup(name) for name in names]
        elapsed = time.perf_counter() - started
        hits = sum(1 for f in found if f)
        mean = sum(len(f) for f in found) / len(found)
        print(f"lookups:      {len(names) / elapsed:7.0f} /s uncached over {len(names)} sampled "
              f"names ({hits} found, {mean:.1f} candidates each)")
        started = time.perf_counter()
        for name in names:
            gazetteer.lookup(name)
        print(f"              {len(names) / (time.perf_counter() - started):7.0f} /s cached")
        articles = generated_articles(names, 200)
        words = sum(len(a.split()) for a in articles)
        for label in ("cold", "warm"):
            started = time.perf_counter()
            for text in articles:
                geoparse(text, "en", gazetteer)
            elapsed = time.perf_counter() - started
            print(f"geoparse:     {len(articles) / elapsed:7.0f} articles/s {label} "
                  f"({words / elapsed:,.0f} words/s, {len(articles)} articles of "
                  f"{words // len(articles)} words)")
        print(f"version:      {gazetteer.version}")
        gazetteer.close()


if __name__ == "__main__":
    main()
