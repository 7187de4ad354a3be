"""Engines: the same per-article code in one process, in a process pool, or on Ray.

A run has three steps, and only the middle one differs between engines::

    read (driver, streaming)  ->  prepare: clean, extract, geocode  (engine, in parallel)
                              ->  store, in input order               (driver)
    batch step (driver): years and reference dates for undated articles from the whole batch
                              ->  analyse the held articles          (engine, in parallel)
                              ->  store                               (driver)

The driver reads documents lazily, skips inputs the database already holds (so a rerun after
``kill -9`` resumes), sends batches of ``batch_size`` documents to the engine with a bounded
number in flight (constant memory), and stores the results in input order. The database is
only ever written by the driver, which is why every engine stores exactly the same thing.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from warta.ingest import ReadFailure, ReadOptions, Source, read_one
from warta.model import Article, DateValue, Extraction, RawDoc
from warta.pipeline import Batch, IngestResult, Overrun, Prepared
from warta.store import Store

ENGINES = ("local", "processes", "ray", "ray-data")


class Engine(Protocol):
    """Runs the per-article stages over batches; results come back in submission order."""

    name: str
    workers: int
    in_flight: int  # batches the driver may have outstanding
    pids: set[int]  # worker processes seen
    opened: dict[int, int]  # worker pid -> gazetteers it opened (one each)

    def submit_prepare(self, docs: list[RawDoc]) -> Any: ...

    def submit_analyse(self, items: list[tuple[Article, DateValue | None]]) -> Any: ...

    def result(self, handle: Any) -> list[Any]: ...

    def close(self) -> None: ...


@dataclass
class RunStats:
    """What a run did, for the summary line and the benchmark."""

    engine: str
    workers: int
    counts: dict[str, int] = field(default_factory=lambda: {
        "new": 0, "duplicate": 0, "seen": 0, "failed": 0})
    seconds: float = 0.0  # reading, processing and storing (engine start-up excluded)
    batch_step_seconds: float = 0.0  # of which the batch step (undated articles), in the driver
    worker_pids: set[int] = field(default_factory=set)

    @property
    def processed(self) -> int:
        return self.counts["new"] + self.counts["duplicate"]


def make(name: str, workers: int, *, address: str | None = None,
         gazetteer_path: str | None = None) -> Engine:
    """The engine called ``name`` with ``workers`` workers (started here: this is the one-off
    start-up cost)."""
    if name == "local":
        from warta.engines.local import LocalEngine

        return LocalEngine(gazetteer_path)
    if name == "processes":
        from warta.engines.processes import ProcessEngine

        return ProcessEngine(workers, gazetteer_path)
    if name in ("ray", "ray-data"):
        from warta.engines.ray import RayEngine

        return RayEngine(workers, address, gazetteer_path,
                         mode="tasks" if name == "ray" else "data")
    raise ValueError(f"unknown engine {name!r} (available: {', '.join(ENGINES)})")


def run(sources: Iterable[Source | ReadFailure], store: Store, options: ReadOptions,
        engine: Engine, batch_size: int = 64, stats: RunStats | None = None,
        on_result: Callable[[IngestResult], None] | None = None) -> Iterator[IngestResult]:
    """Ingest ``sources`` with ``engine``: one result per document, stored in input order."""
    stats = stats or RunStats(engine.name, engine.workers)
    started = time.perf_counter()
    batch = Batch(store)
    in_flight = engine.in_flight
    # Each entry: a finished result, or (handle, docs) for a batch sent to the engine.
    pending: deque[Any] = deque()
    sent = 0

    def drain(keep: int) -> Iterator[IngestResult]:
        nonlocal sent
        while pending and (sent > keep or not isinstance(pending[0], tuple)):
            entry = pending.popleft()
            if isinstance(entry, IngestResult):
                yield entry
                continue
            handle, _docs = entry
            sent -= 1
            prepared: list[Prepared] = engine.result(handle)
            for p in prepared:
                result = batch.take(p)
                if result is not None:
                    yield result

    def documents() -> Iterator[RawDoc | IngestResult]:
        for source in sources:
            if isinstance(source, ReadFailure):
                yield _failed(source)
                continue
            for item in read_one(source, options):
                if isinstance(item, ReadFailure):
                    yield _failed(item)
                    continue
                yield batch.seen(item) or item

    def account(result: IngestResult) -> IngestResult:
        stats.counts[result.status] += 1
        if on_result:
            on_result(result)
        return result

    try:
        docs: list[RawDoc] = []
        for item in documents():
            if isinstance(item, IngestResult):
                if docs:
                    pending.append((engine.submit_prepare(docs), docs))
                    sent += 1
                    docs = []
                pending.append(item)
            else:
                docs.append(item)
                if len(docs) >= batch_size:
                    pending.append((engine.submit_prepare(docs), docs))
                    sent += 1
                    docs = []
            for result in drain(in_flight):
                yield account(result)
        if docs:
            pending.append((engine.submit_prepare(docs), docs))
            sent += 1
        for result in drain(0):
            yield account(result)

        step = time.perf_counter()
        held = batch.held()
        stats.batch_step_seconds += time.perf_counter() - step
        chunks = [held[i:i + batch_size] for i in range(0, len(held), batch_size)]
        handles: deque[tuple[Any, list[tuple[Article, DateValue | None]]]] = deque()
        for chunk in chunks:
            handles.append((engine.submit_analyse(chunk), chunk))
            if len(handles) >= in_flight:
                yield from (account(r) for r in _store_analysed(batch, engine, handles))
        while handles:
            yield from (account(r) for r in _store_analysed(batch, engine, handles))
    finally:
        stats.seconds += time.perf_counter() - started


def _store_analysed(batch: Batch, engine: Engine,
                    handles: deque[tuple[Any, list[tuple[Article, DateValue | None]]]]
                    ) -> Iterator[IngestResult]:
    handle, chunk = handles.popleft()
    extractions: list[Extraction | Overrun] = engine.result(handle)
    for (article, _), extraction in zip(chunk, extractions, strict=True):
        yield batch.store_analysed(article, extraction)


def _failed(f: ReadFailure) -> IngestResult:
    return IngestResult("failed", f.source, f.source_id, f.position, reason=f.reason)
