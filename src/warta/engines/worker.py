"""What runs inside a worker (a pool process or a Ray worker): the per-article stages over a
batch of documents, with the heavy objects loaded once per process, on first use.

Batches travel as pickled lists of records so that any engine can carry them as bytes.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

from warta.model import Article, DateValue, Extraction, RawDoc
from warta.pipeline import Prepared, analyse, prepare

_GAZETTEERS: dict[str, Any] = {}


def gazetteer(path: str | None) -> Any:
    """This process's gazetteer at ``path`` (default location when None), opened on the first
    call and reused for every later article."""
    from warta.geo.gazetteer import Gazetteer

    key = path or ""
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = Gazetteer(path) if path else Gazetteer()
    return _GAZETTEERS[key]


def loads() -> int:
    """How many gazetteers this process has opened (for tests: one per worker)."""
    return len(_GAZETTEERS)


def prepare_batch(docs: list[RawDoc], gazetteer_path: str | None) -> list[Prepared]:
    gaz = gazetteer(gazetteer_path)
    return [prepare(d, gaz) for d in docs]


def analyse_batch(items: list[tuple[Article, DateValue | None]], gazetteer_path: str | None
                  ) -> list[Extraction]:
    gaz = gazetteer(gazetteer_path)
    return [analyse(a, ref, gaz) for a, ref in items]


def run_pickled(payload: bytes) -> bytes:
    """A batch as bytes in, its results as bytes out: ``(stage, items, gazetteer_path)`` in,
    ``(worker pid, gazetteers this worker has opened, results)`` out."""
    stage, items, path = pickle.loads(payload)
    fn = prepare_batch if stage == "prepare" else analyse_batch
    results = fn(items, path)
    return pickle.dumps((os.getpid(), loads(), results), protocol=pickle.HIGHEST_PROTOCOL)
