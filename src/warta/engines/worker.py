"""What runs inside a worker (a pool process or a Ray worker): the per-article stages over a
batch of documents, with the heavy objects loaded once per process, on first use.

Batches travel as pickled lists of records so that any engine can carry them as bytes.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

from warta import budget
from warta.model import Article, DateValue, Extraction, RawDoc
from warta.pipeline import Overrun, Prepared, analyse, prepare

_GAZETTEERS: dict[str, Any] = {}


def gazetteer(path: str | None) -> Any:
    """This process's gazetteer at ``path`` (default location when None), opened on the first
    call and reused for every later article."""
    from warta.geo.gazetteer import Gazetteer

    key = path or ""
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = Gazetteer(path) if path else Gazetteer()
        _warm(_GAZETTEERS[key])
    return _GAZETTEERS[key]


def _warm(gaz: Any) -> None:
    from warta.pipeline import warm

    warm(gaz)


def loads() -> int:
    """How many gazetteers this process has opened (for tests: one per worker)."""
    return len(_GAZETTEERS)


def prepare_batch(docs: list[RawDoc], gazetteer_path: str | None) -> list[Prepared]:
    """Each document prepared within its time budget; one over it comes back ``failed``."""
    gaz = gazetteer(gazetteer_path)
    limit = budget.seconds()
    out = []
    for d in docs:
        try:
            out.append(budget.within(limit, prepare, d, gaz))
        except budget.OverBudget as exc:
            out.append(Prepared("failed", d.source, d.source_id, d.position, reason=str(exc)))
    return out


def analyse_batch(items: list[tuple[Article, DateValue | None]], gazetteer_path: str | None
                  ) -> list[Extraction | Overrun]:
    """Each held article analysed within its time budget (an :class:`Overrun` when over)."""
    gaz = gazetteer(gazetteer_path)
    limit = budget.seconds()
    out: list[Extraction | Overrun] = []
    for a, ref in items:
        try:
            out.append(budget.within(limit, analyse, a, ref, gaz))
        except budget.OverBudget as exc:
            out.append(Overrun(str(exc)))
    return out


def run_pickled(payload: bytes) -> bytes:
    """A batch as bytes in, its results as bytes out: ``(stage, items, gazetteer_path)`` in,
    ``(worker pid, gazetteers this worker has opened, results)`` out."""
    stage, items, path = pickle.loads(payload)
    fn = prepare_batch if stage == "prepare" else analyse_batch
    results = fn(items, path)
    return pickle.dumps((os.getpid(), loads(), results), protocol=pickle.HIGHEST_PROTOCOL)
