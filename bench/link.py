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
of that time with the corpus (flat is k close to 0). Every article follows one template and
falls on any day of one year: every batch reaches every story, the worst case of the blocking.

    .venv/bin/python bench/link.py --stream [STORED ...]   (default: 10000 100000 1000000)

A news stream, as a corpus grows (issue 14): articles arrive in time order, PER_DAY a day
(500: every 1,000 a batch of two days), each in one of the stories running then (a story runs
about three weeks; one article in twenty starts a new one), stored and linked in batches of
1,000 until the largest size. Each article's title-and-lead embedding is stored with it before
it is linked, as ingest's indexing stores it: here a generated vector, near its story's
direction, so that what is measured is the link stage itself (blocking, stories, events,
storage), not the encoder, whose cost is per article and is printed beside it (ms per article
on one core, measured on the same texts). Printed: per size reached, the median time of the
next three batches and the peak memory; the growth exponent between sizes; the total time to
store and to link everything.
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

import numpy as np

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


PER_DAY = 500  # articles a day in the stream
STORY_DAYS = 21  # how long a story runs
NEW_STORY = 0.05  # the share of articles that start a story


def stream(n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """``n`` articles arriving in time order, with the story each belongs to."""
    from warta.model import Article, DateValue

    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    running: list[tuple[int, dt.date]] = []  # (story, its first day)
    count = 0
    for i in range(n):
        day = start + dt.timedelta(days=i // PER_DAY)
        running = [(k, d) for k, d in running if (day - d).days <= STORY_DAYS]
        if not running or rng.random() < NEW_STORY:
            running.append((count, day))
            count += 1
        story = rng.choice(running)[0]
        r = random.Random(story)  # a story's articles share places and people
        p = [f"Kota{r.randrange(10**6)}" for _ in range(4)]
        who = [f"Nama{r.randrange(10**6)}" for _ in range(3)]
        text = WORDS.format(p1=p[0], p2=p[1], p3=p[2], p4=p[3], d=day.strftime("%A"),
                            n=rng.randrange(1, 50), x=who[0], y=who[1], z=who[2])
        # articles are worded each their own way: a word of its own every few words, so that
        # two articles share no more 5-word runs than two real reports do
        words = text.split(" ")
        text = " ".join(w + (f" w{rng.randrange(10**6)}" if k % 4 == 3 else "")
                        for k, w in enumerate(words))
        yield Article(id=f"a{i:07d}", source=f"gen/{i}", text=text, language="en",
                      published=DateValue(day, "day")), story


def story_vector(story: int, rng: np.random.Generator, dim: int):  # type: ignore[no-untyped-def]
    """An article's vector: its story's direction plus noise (same-story cosine ~0.8, other
    stories ~0)."""
    centre = np.random.default_rng(story).standard_normal(dim)
    centre /= np.linalg.norm(centre)
    noise = rng.standard_normal(dim)
    v = centre + 0.5 * noise / np.linalg.norm(noise)
    return (v / np.linalg.norm(v)).astype("<f2")


def streaming(sizes: list[int]) -> None:
    import statistics
    import tempfile
    from pathlib import Path

    from sqlalchemy import insert

    from warta.link.embed import DIM, MODEL, Embedder
    from warta.model import Extraction
    from warta.store import Store, links, schema

    target = max(sizes)
    rng = np.random.default_rng(0)
    sample = [a for a, _ in itertools.islice(stream(200, seed=2), 200)]
    embedder = Embedder()
    started = time.perf_counter()
    embedder.articles(sample)
    per_article = (time.perf_counter() - started) / len(sample) * 1000
    print(f"encoder (not in the link times below): {per_article:.1f} ms per article on one "
          f"core, {per_article * 1e6 / 2 / 3.6e6:.1f} h for 1 M articles on 2 cores",
          flush=True)
    marks = sorted(sizes)
    rows, pending, timing = [], None, []
    store_s = link_s = 0.0
    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "s.db")) as store:
        batch: list = []
        stored = 0

        def flush() -> float:
            nonlocal store_s, link_s
            t0 = time.perf_counter()
            for a, _ in batch:
                store.add(a, Extraction(a.id))
            with store._writing() as conn:
                conn.execute(insert(schema.article_vectors), [
                    {"article_id": a.id, "model": MODEL,
                     "vector": story_vector(k, rng, DIM).tobytes()} for a, k in batch])
            t1 = time.perf_counter()
            links.link_new(store)
            t2 = time.perf_counter()
            store_s += t1 - t0
            link_s += t2 - t1
            return t2 - t1

        for pair in stream(target + 3 * BATCH):
            batch.append(pair)
            if len(batch) < BATCH:
                continue
            seconds = flush()
            stored += len(batch)
            batch = []
            if pending is not None:
                timing.append(seconds)
                if len(timing) == 3:
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    rows.append({"n": pending, "batch_s": statistics.median(timing),
                                 "peak_mb": peak})
                    print(f"{pending:>9} stored: one more batch of {BATCH} linked in "
                          f"{rows[-1]['batch_s']:6.2f} s (median of 3), peak {peak:6.0f} MB; "
                          f"so far storing {store_s:7.0f} s, linking {link_s:7.0f} s",
                          flush=True)
                    pending, timing = None, []
            if marks and stored >= marks[0] and pending is None:
                pending = marks.pop(0)
            if not marks and pending is None and rows and rows[-1]["n"] == target:
                break
    for a, b in itertools.pairwise(rows):
        k = math.log(b["batch_s"] / a["batch_s"]) / math.log(b["n"] / a["n"])
        print(f"growth {a['n']} -> {b['n']}: batch time ~ n^{k:.2f}")
    print(f"total: storing {store_s:.0f} s, linking {link_s:.0f} s ({link_s / 3600:.2f} h), "
          f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--stream":
        streaming([int(x) for x in sys.argv[2:]] or [10_000, 100_000, 1_000_000])
        return
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
