"""A generated corpus for the throughput benchmark and the engine tests: news articles made by
varying the demo corpus and the test fixtures (Indonesian and English, about 1,500 characters):
body lines shuffled, small numbers (casualty figures, not years or days) changed, a closing
line that makes every text its own article.

    .venv/bin/python bench/corpus.py N OUT.jsonl[.gz|.zst]
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SMALL = re.compile(r"(?<![\d/.,:-])\b([1-9]\d?)\b(?![\d/.,:-])")


def templates() -> list[tuple[str, str | None]]:
    """(text, publication date given beside it) of the demo corpus and the test fixtures."""
    from warta.ingest import ReadFailure, read_paths

    docs = [d for d in read_paths([str(ROOT / "examples" / "demo"),
                                   str(ROOT / "tests" / "fixtures" / "articles")])
            if not isinstance(d, ReadFailure)]
    return [(d.text, d.published) for d in docs]


def articles(n: int, seed: int = 7, undated_share: float = 0.02
             ) -> Iterator[dict[str, str]]:
    """``n`` JSON Lines records ``{"id", "text", "published"?}``; every text differs. About
    ``undated_share`` of them have no date anywhere (as in news crawls, where pages nearly
    always carry one): those go through the batch step."""
    from warta.clean import clean
    from warta.model import RawDoc

    rng = random.Random(seed)
    base = templates()
    dated = [t for t in base
             if clean(RawDoc(source="t", text=t[0], format="jsonl", published=t[1])).published]
    undated = [t for t in base if t not in dated] or dated
    for i in range(n):
        template, published = rng.choice(undated if rng.random() < undated_share else dated)
        lines = template.splitlines()
        body = lines[1:-1]
        rng.shuffle(body)
        text = "\n".join([lines[0], *body, lines[-1]]) if len(lines) > 2 else "\n".join(lines)
        text = _SMALL.sub(lambda m: str(rng.randint(2, 60)), text)
        record = {"id": f"gen-{i:07d}", "text": text + f"\nReport {i}."}
        if published:
            record["published"] = published
        yield record


def write(n: int, path: Path, seed: int = 7) -> Path:
    """``n`` generated articles as JSON Lines at ``path`` (gzip for .gz, zstd for .zst)."""
    if path.suffix == ".gz":
        fh = gzip.open(path, "wt", encoding="utf-8")  # noqa: SIM115
    elif path.suffix == ".zst":
        import io

        import zstandard

        fh = io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(path.open("wb")),
                              encoding="utf-8")
    else:
        fh = path.open("w", encoding="utf-8")
    with fh:
        for record in articles(n, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
