"""The process-pool engine: ``concurrent.futures.ProcessPoolExecutor`` with N worker
processes, each opening the gazetteer once (in its initializer) and keeping it."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from warta.engines import worker
from warta.model import Article, DateValue, RawDoc


def _init(gazetteer_path: str | None) -> None:
    # Ctrl-C is the driver's to handle: it stops the pool cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A driver killed outright (kill -9) cannot stop its pool: the workers notice that their
    # parent is gone and exit rather than linger.
    parent = os.getppid()
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()
    worker.gazetteer(gazetteer_path)


def _orphan_watch(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _start(gazetteer_path: str | None) -> None:
    worker.gazetteer(gazetteer_path)


class ProcessEngine:
    name = "processes"

    def __init__(self, workers: int, gazetteer_path: str | None = None) -> None:
        self.workers = workers
        self.in_flight = 2 * workers
        self.gazetteer_path = gazetteer_path
        self.pids: set[int] = set()
        self.opened: dict[int, int] = {}  # worker pid -> gazetteers it opened
        # spawn, not fork: no copied locks or open database handles from the driver.
        self.pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init, initargs=(gazetteer_path,))
        # Start every worker now, so start-up is not counted as processing time.
        for f in [self.pool.submit(_start, gazetteer_path) for _ in range(workers)]:
            f.result()

    def _submit(self, stage: str, items: list[Any]) -> Future[bytes]:
        payload = pickle.dumps((stage, items, self.gazetteer_path),
                               protocol=pickle.HIGHEST_PROTOCOL)
        return self.pool.submit(worker.run_pickled, payload)

    def submit_prepare(self, docs: list[RawDoc]) -> Any:
        return self._submit("prepare", docs)

    def submit_analyse(self, items: list[tuple[Article, DateValue | None]]) -> Any:
        return self._submit("analyse", items)

    def result(self, handle: Any) -> list[Any]:
        pid, opened, results = pickle.loads(handle.result())
        self.pids.add(pid)
        self.opened[pid] = max(opened, self.opened.get(pid, 0))
        return results

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
