"""Streaming readers in constant memory: a multi-hundred-MB compressed file is read record by
record, never loaded whole.

    .venv/bin/python bench/readers.py [MEGABYTES]      (uncompressed size, default 300)

Writes, streaming, a JSON Lines file of generated articles (bench/corpus.py) of about MEGABYTES
uncompressed, as .jsonl.gz and .jsonl.zst, and a .warc.gz of plain-text resource records of
the same size; then reads each in a child process through warta's readers (sniffing,
decompression, parsing, one RawDoc per record) and prints documents, MB/s (uncompressed) and
the child's peak resident memory, which stays flat whatever the file size (compare two sizes).
HTML pages in a WARC cost trafilatura's extraction on top, which is per-article work (see
bench/throughput.py), not reading.
"""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def write_jsonl(path: Path, megabytes: int) -> int:
    from corpus import articles

    target = megabytes * 2**20
    written = n = 0
    if path.suffix == ".gz":
        sink = gzip.open(path, "wb", compresslevel=6)  # noqa: SIM115
    else:
        import zstandard

        sink = zstandard.ZstdCompressor().stream_writer(path.open("wb"))
    with sink:
        while written < target:
            for record in articles(5000, seed=n):
                line = (json.dumps({**record, "id": f"r{n}"}, ensure_ascii=False) + "\n").encode()
                sink.write(line)
                written += len(line)
                n += 1
                if written >= target:
                    break
    return n


def write_warc(path: Path, megabytes: int) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpus import articles

    from tests.warcs import record

    target = megabytes * 2**20
    written = n = 0
    with path.open("wb") as fh:
        while written < target:
            for rec in articles(5000, seed=n):
                data = record(f"https://news.example/{n}", rec["text"].encode(),
                              kind="resource", content_type="text/plain")
                fh.write(gzip.compress(data, compresslevel=6))
                written += len(data)
                n += 1
                if written >= target:
                    break
    return n


def measure(path: str) -> dict:
    from warta.ingest import ReadFailure, read_paths

    started = time.perf_counter()
    docs = failed = chars = 0
    for item in read_paths([path]):
        if isinstance(item, ReadFailure):
            failed += 1
        else:
            docs += 1
            chars += len(item.text)
    return {"docs": docs, "failed": failed, "seconds": time.perf_counter() - started,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure(sys.argv[2])))
        return
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, writer in (("news.jsonl.zst", write_jsonl), ("news.jsonl.gz", write_jsonl),
                             ("crawl.warc.gz", write_warc)):
            path = Path(tmp) / name
            started = time.perf_counter()
            n = writer(path, megabytes)
            print(f"wrote {name}: {n:,} records, {megabytes} MB uncompressed, "
                  f"{path.stat().st_size / 2**20:.0f} MB on disk "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
            files.append(path)
        for path in files:
            out = subprocess.run([sys.executable, __file__, "--one", str(path)],
                                 capture_output=True, text=True, check=True)
            row = json.loads(out.stdout)
            print(f"read {path.name:>15}: {row['docs']:,} documents ({row['failed']} failed) in "
                  f"{row['seconds']:.1f} s, {megabytes / row['seconds']:.0f} MB/s uncompressed, "
                  f"peak memory {row['peak_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
