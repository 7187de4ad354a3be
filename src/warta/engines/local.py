"""The one-process engine: the per-article stages run in the driver itself."""

from __future__ import annotations

import os
from typing import Any

from warta.engines import worker
from warta.model import Article, DateValue, RawDoc


class LocalEngine:
    name = "local"
    workers = 1

    def __init__(self, gazetteer_path: str | None = None) -> None:
        self.gazetteer_path = gazetteer_path
        worker.gazetteer(gazetteer_path)
        self.pids = {os.getpid()}
        self.opened = {os.getpid(): worker.loads()}
        self.in_flight = 1

    def submit_prepare(self, docs: list[RawDoc]) -> Any:
        return worker.prepare_batch(docs, self.gazetteer_path)

    def submit_analyse(self, items: list[tuple[Article, DateValue | None]]) -> Any:
        return worker.analyse_batch(items, self.gazetteer_path)

    def result(self, handle: Any) -> list[Any]:
        return handle

    def close(self) -> None:
        pass
