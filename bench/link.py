"""Linking throughput: duplicates and stories over generated corpora of growing size.

    .venv/bin/python bench/link.py [SIZE ...]      (default: 1000 3000 10000)

Each article is a short generated report (about 80 words) naming a few people and towns drawn
from pools that grow with the corpus, on a date within a year; one article in ten is a
near-copy of another. Printed per size: seconds for duplicates (MinHash LSH) and for stories,
peak memory (a child process per size, so sizes do not share memory), and the growth exponent
between consecutive sizes (time ~ n^k). Target (issue 5): no worse than n log n (k close to 1).

    .venv/bin/python bench/link.py --incremental [STORED ...]   (default: 1000 3000 9000)

Incremental linking as `warta run` does it (issue 14): the generated articles are stored in a
SQLite database and linked in batches of 1,000 (``warta.store.links.link_new``); printed per
stored size, the time and peak memory to link one more batch of 1,000, and the growth exponent
of that time with the corpus (flat is k close to 0).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
import resource
import subprocess
import sys
import time

WORDS = ("forces shelled the town of {p1} near {p2} on {d}, killing {n} people, said {x} "
         "{y}. Residents of {p3} fled as fighting spread, according to {z} officials, who "
         "accused rebels of attacking {p1} and {p4} overnight. The army denied the claim, and "
         "{x} {y} said talks would resume next week in {p2}.")


def generate(n: int, seed: int = 1) -> list:
    from warta.model import Article, DateValue

    rng = random.Random(seed)
    places = [f"Kota{i}" for i in range(max(50, n // 5))]
    people = [f"Nama{i}" for i in range(max(50, n // 10))]
    start = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(365))
        story = rng.randrange(max(5, n // 20))
        r = random.Random(story)  # articles of one story share places and people
        p = r.sample(places, 4)
        who = r.sample(people, 3)
        text = WORDS.format(p1=p[0], p2=p[1], p3=p[2], p4=p[3], d=day.strftime("%A"),
                            n=rng.randrange(1, 50), x=who[0], y=who[1], z=who[2])
        if i and rng.random() < 0.1:
            text = out[rng.randrange(len(out))].text + " Updated."
        out.append(Article(id=f"a{i:07d}", source=f"gen/{i}", text=text, language="en",
                           published=DateValue(day, "day")))
    return out


def measure(n: int) -> dict[str, float]:
    from warta.link.dedup import duplicate_groups
    from warta.link.stories import stories

    articles = generate(n)
    started = time.perf_counter()
    groups = duplicate_groups(articles)
    dedup_s = time.perf_counter() - started
    started = time.perf_counter()
    result = stories(articles)
    stories_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "dedup_s": dedup_s, "stories_s": stories_s, "peak_mb": peak,
            "groups": len(groups), "stories": len(result)}


BATCH = 1000


def incremental(sizes: list[int]) -> list[dict[str, float]]:
    """Store and link generated articles in batches; time the batch that follows each size."""
    import tempfile
    from pathlib import Path

    from warta.model import Extraction
    from warta.store import Store, links

    articles = generate(max(sizes) + BATCH)
    rows = []
    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "l.db")) as store:
        stored = 0
        for target in sorted(sizes):
            while stored < target + BATCH:
                for a in articles[stored:stored + BATCH]:
                    store.add(a, Extraction(a.id))
                started = time.perf_counter()
                report = links.link_new(store)
                seconds = time.perf_counter() - started
                stored += BATCH
            rows.append({"n": target, "batch_s": seconds, "relinked": report.articles,
                         "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
            print(f"{target:>9} stored: one more batch of {BATCH} linked in {seconds:6.1f} s "
                  f"({report.articles} articles relinked), peak {rows[-1]['peak_mb']:6.0f} MB",
                  flush=True)
    for a, b in itertools.pairwise(rows):
        k = math.log(b["batch_s"] / a["batch_s"]) / math.log(b["n"] / a["n"])
        print(f"growth {a['n']} -> {b['n']}: batch time ~ n^{k:.2f}")
    return rows


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--incremental":
        incremental([int(x) for x in sys.argv[2:]] or [1000, 3000, 9000])
        return
    sizes = [int(x) for x in sys.argv[1:]] or [1000, 3000, 10000]
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True,
                             text=True, check=True)
        row = json.loads(out.stdout)
        rows.append(row)
        total = row["dedup_s"] + row["stories_s"]
        print(f"{n:>9} articles: duplicates {row['dedup_s']:7.1f} s ({row['groups']} groups), "
              f"stories {row['stories_s']:7.1f} s ({row['stories']} stories), "
              f"total {total:7.1f} s, peak {row['peak_mb']:6.0f} MB", flush=True)
    for a, b in itertools.pairwise(rows):
        ta, tb = a["dedup_s"] + a["stories_s"], b["dedup_s"] + b["stories_s"]
        k = math.log(tb / ta) / math.log(b["n"] / a["n"]) if ta > 0 and tb > 0 else float("nan")
        print(f"growth {a['n']} -> {b['n']}: time ~ n^{k:.2f}")


if __name__ == "__main__":
    main()
