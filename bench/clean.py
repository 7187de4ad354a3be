"""Cleaning throughput: articles per second for clean() alone and for ingest into SQLite.

    .venv/bin/python bench/clean.py [N]

Generates N articles (default 5,000) by varying the demo corpus and the test fixtures (numbers,
names and sentence order change, so every article has its own id), then times, in one run:
clean() on each, and the whole `warta ingest` pipeline (read + clean + store) on files on disk.
Prints articles per second and peak memory. No assertion: machines here are noisy.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from warta.clean import clean
from warta.ingest import ReadFailure, ReadOptions, expand, read_paths
from warta.model import RawDoc
from warta.pipeline import ingest
from warta.store import Store

ROOT = Path(__file__).resolve().parents[1]


def templates() -> list[str]:
    docs = [d for d in read_paths([str(ROOT / "examples" / "demo"),
                                   str(ROOT / "tests" / "fixtures" / "articles")])
            if not isinstance(d, ReadFailure)]
    return [d.text for d in docs]


def generate(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = templates()
    out = []
    for i in range(n):
        lines = rng.choice(base).splitlines()
        body = lines[1:-1]
        rng.shuffle(body)
        text = "\n".join([lines[0], *body, lines[-1]]) if len(lines) > 2 else "\n".join(lines)
        out.append(text.replace("2", str(rng.randint(2, 9))) + f"\nArticle number {i}.")
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    texts = generate(n)
    clean(RawDoc(source="warmup", text=texts[0], format="text"))  # load packs and models once

    start = time.perf_counter()
    for i, text in enumerate(texts):
        clean(RawDoc(source=f"doc{i}", text=text, format="text"))
    clean_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        store = Store(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        results = list(ingest(expand([str(folder)]), store, ReadOptions()))
        ingest_s = time.perf_counter() - start
        store.close()
    new = sum(r.status == "new" for r in results)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:             {n}")
    print(f"clean():              {n / clean_s:8.0f} articles/s  ({clean_s:.1f} s)")
    print(f"ingest (read+clean+store into SQLite): {n / ingest_s:8.0f} articles/s  "
          f"({ingest_s:.1f} s, {new} new)")
    print(f"store share of ingest time: {max(0.0, 1 - clean_s / ingest_s):.0%}")
    print(f"peak memory:          {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
