"""Throughput of `warta run` on one corpus with each engine, and the scaling efficiency.

    .venv/bin/python bench/throughput.py [--articles 20000] [--workers 2] [--batch-size 64]
                                         [--engines local,processes,ray,ray-data] [--address ADDR]
                                         [--corpus PATH ...]

Generates a corpus (bench/corpus.py: the demo corpus and test fixtures varied, Indonesian and
English, about 1,500 characters each) as one JSON Lines file -- or, with ``--corpus`` (repeatable;
IndoSum or warta JSON Lines, ACLED notes CSV, files or folders, see bench/realtext.py), writes
the real articles (the first ``--articles`` of each, all of them by default) as one JSON Lines
file -- then ingests it into a fresh
SQLite database with one process (``local``), a process pool of N (``processes``) and Ray with N
workers (``ray``: Ray tasks; ``ray-data``: the same on Ray Data), each in its own child process,
in one run. Printed per engine: articles per
second over reading, cleaning, extraction, geocoding and storing (the one-off start-up of the
engine -- Ray's init, the pool's processes, loading the gazetteer -- is measured and printed
apart, not counted in the rate), the driver's batch step, and the scaling efficiency
throughput_N / (N x throughput_1). Every engine must store the same articles (checked).

Target (issue 6): efficiency >= 0.8 at N = 2 on a quiet 2-core machine. No assertion: machines
here are shared and noisy. On a cluster: start Ray there (README, "Running on a Ray cluster")
and pass ``--address auto`` (on the head node) with ``--workers`` the number of CPUs to use.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def one(engine: str, workers: int, corpus: str, db: str, batch_size: int,
        address: str | None) -> dict:
    from warta.engines import RunStats, make, run
    from warta.geo.gazetteer import Gazetteer
    from warta.ingest import ReadOptions, expand
    from warta.store import Store

    Gazetteer().close()  # built once before timing (first use on a fresh machine)
    started = time.perf_counter()
    runner = make(engine, workers, address=address)
    startup = time.perf_counter() - started
    store = Store(db)
    stats = RunStats(engine, workers)
    try:
        for _ in run(expand([corpus]), store, ReadOptions(), runner, batch_size, stats):
            pass
    finally:
        runner.close()
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM articles ORDER BY id")]
        claims = conn.exec_driver_sql("SELECT COUNT(*) FROM claims").scalar()
        events = conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar()
    store.close()
    import hashlib

    return {
        "engine": engine, "workers": workers, "startup_s": startup,
        "seconds": stats.seconds, "batch_step_s": stats.batch_step_seconds,
        "documents": sum(stats.counts.values()), "failed": stats.counts["failed"],
        "articles": len(ids), "claims": claims, "events": events,
        "digest": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16],
        "worker_processes": len(runner.pids),
        "gazetteers_per_worker": max(runner.opened.values() or [0]),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=None,
                        help="generated: how many (default 20,000); real: the first N of each")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--engines", default="local,processes,ray,ray-data")
    parser.add_argument("--address", default=None, help="Ray cluster address (auto, ray://...)")
    parser.add_argument("--corpus", action="append", default=[],
                        help="real articles instead of generated ones (repeatable)")
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "WORKERS", "CORPUS", "DB"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        engine, workers, corpus, db = args.one
        print(json.dumps(one(engine, int(workers), corpus, db, args.batch_size, args.address)))
        return

    from corpus import write

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        made = time.perf_counter()
        if args.corpus:
            from realtext import as_jsonl, read_corpus, words

            docs = [d for path in args.corpus for d in read_corpus(path, args.articles)]
            as_jsonl(docs, corpus)
            n = len(docs)
            print(f"corpus: {n:,} real articles from {', '.join(args.corpus)} "
                  f"({sum(words(d.text) for d in docs) / max(n, 1):.0f} words on average), "
                  f"{corpus.stat().st_size / 2**20:.1f} MB of JSON Lines", flush=True)
        else:
            n = args.articles or 20000
            write(n, corpus)
            print(f"corpus: {n:,} generated articles (no --corpus: shorter and more regular "
                  f"than real text), {corpus.stat().st_size / 2**20:.0f} MB of JSON Lines, "
                  f"generated in {time.perf_counter() - made:.0f} s", flush=True)
        rows = []
        for engine in args.engines.split(","):
            n = 1 if engine == "local" else args.workers
            cmd = [sys.executable, __file__, "--batch-size", str(args.batch_size),
                   "--one", engine, str(n), str(corpus), str(Path(tmp) / f"{engine}.db")]
            if args.address and engine.startswith("ray"):
                cmd += ["--address", args.address]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{engine}: failed\n{done.stderr[-3000:]}", flush=True)
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["rate"] = row["documents"] / row["seconds"]
            rows.append(row)
            print(f"{engine:>9} x{n}: {row['rate']:7.1f} articles/s ({row['seconds']:.1f} s; "
                  f"batch step {row['batch_step_s']:.1f} s; start-up {row['startup_s']:.1f} s "
                  f"not counted), {row['articles']:,} articles, {row['claims']:,} figures, "
                  f"{row['events']:,} events, {row['worker_processes']} worker processes, "
                  f"gazetteer opened {row['gazetteers_per_worker']}x per worker, "
                  f"driver peak {row['peak_mb']:.0f} MB", flush=True)
        base = next((r for r in rows if r["engine"] == "local"), None)
        if base:
            for r in rows:
                eff = r["rate"] / (r["workers"] * base["rate"])
                print(f"scaling efficiency {r['engine']:>9} (N={r['workers']}): {eff:.2f}"
                      + ("   (target >= 0.8)" if r["workers"] > 1 else ""))
        digests = {r["digest"] for r in rows}
        print("same stored articles in every engine: " + ("yes" if len(digests) == 1 else
                                                          f"NO ({digests})"))


if __name__ == "__main__":
    main()
