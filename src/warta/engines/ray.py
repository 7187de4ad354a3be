"""The Ray engines: the per-article stages on Ray, locally or on a cluster.

``ray`` (the default) sends each batch of documents as a Ray task (a remote function; Ray
schedules it on any worker with a free CPU and reuses worker processes, so each keeps its
gazetteer); the driver keeps a bounded number in flight, so a multi-GB input never sits whole in
the object store. ``ray-data`` runs the same code on Ray Data instead: the driver groups batches
into windows; each window is a Ray Dataset
(``ray.data.from_items``) whose rows are pickled batches, mapped with ``map_batches`` by Ray
workers (one task per row, ``workers`` at a time), and read back in order. Windows are bounded,
so a multi-GB input never sits whole in the object store, and the next window runs on the
cluster while the driver stores the previous one. Each Ray worker process opens the gazetteer
once, on its first batch, and keeps it for every later one.

``address=None`` starts a local Ray with ``workers`` CPUs; ``"auto"`` joins the cluster this
machine belongs to (``ray start`` was run here); ``"ray://host:10001"`` connects through Ray
Client.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from warta.model import Article, DateValue, RawDoc

WINDOW_BATCHES_PER_WORKER = 16
MODES = ("tasks", "data")


def _map(batch: dict[str, Any]) -> dict[str, Any]:
    import numpy as np

    from warta.engines.worker import run_pickled

    out = np.empty(len(batch["payload"]), dtype=object)
    for i, payload in enumerate(batch["payload"]):
        out[i] = run_pickled(bytes(payload))
    return {"seq": batch["seq"], "out": out}


_TASK: Any = None


def _task() -> Any:
    """The remote function that runs one pickled batch (defined once per driver process)."""
    global _TASK
    if _TASK is None:
        import ray

        from warta.engines.worker import run_pickled

        def run_batch(payload: bytes) -> bytes:
            return run_pickled(bytes(payload))

        _TASK = ray.remote(num_cpus=1)(run_batch)
    return _TASK


class _Window:
    def __init__(self) -> None:
        self.payloads: list[bytes] = []
        self.future: Future[list[bytes]] | None = None


class RayEngine:
    name = "ray"

    def __init__(self, workers: int, address: str | None = None,
                 gazetteer_path: str | None = None, mode: str = "tasks") -> None:
        import ray

        if mode not in MODES:
            raise ValueError(f"unknown Ray mode {mode!r} (available: {', '.join(MODES)})")
        self.mode = mode
        self.name = "ray" if mode == "tasks" else "ray-data"
        self.workers = workers
        self.gazetteer_path = gazetteer_path
        self.pids: set[int] = set()
        self.opened: dict[int, int] = {}
        self.window_batches = WINDOW_BATCHES_PER_WORKER * workers
        # Windows run one after the other; the driver may keep three outstanding (one running,
        # one queued behind it, one filling), so the workers never wait while it stores.
        self.in_flight = 3 * self.window_batches
        if mode == "tasks":
            # a few tasks queued per worker, so none waits while the driver stores
            self.in_flight = max(8, 4 * workers)
        env = {k: v for k, v in os.environ.items() if k.startswith("WARTA_")}
        options: dict[str, Any] = {
            "include_dashboard": False, "log_to_driver": False,
            "logging_level": logging.WARNING, "configure_logging": True,
            "ignore_reinit_error": True,
        }
        if env:
            options["runtime_env"] = {"env_vars": env}
        self._started_here = not ray.is_initialized()
        if address:
            ray.init(address=address, **options)
        else:
            # A local Ray talks to itself over the loopback interface only.
            ray.init(num_cpus=workers, object_store_memory=256 * 1024 * 1024,
                     _node_ip_address="127.0.0.1", **options)
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        # Ray Data's notes (progress bars off, fewer blocks than workers) are not the user's
        # business; real warnings and errors still show.
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", message=".*maximum number of concurrent tasks.*")
        if hasattr(ray.data, "TaskPoolStrategy"):  # Ray >= 2.51
            self._compute: dict[str, Any] = {"compute": ray.data.TaskPoolStrategy(size=workers)}
        else:
            self._compute = {"concurrency": workers}
        # One window at a time: windows running side by side would finish together and then
        # leave the workers idle while the driver stores both.
        self._runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warta-ray")
        self._window = _Window()
        self._lock = threading.Lock()
        # Warm every worker (imports, gazetteer) outside the measured run.
        self._warm()

    def _warm(self) -> None:
        import ray

        payload = pickle.dumps(("prepare", [], self.gazetteer_path))
        if self.mode == "tasks":
            for data in ray.get([_task().remote(payload) for _ in range(self.workers)]):
                self._unpack(data)
            return
        ds = ray.data.from_items([{"seq": i, "payload": payload} for i in range(self.workers)],
                                 override_num_blocks=self.workers)
        for row in ds.map_batches(_map, batch_size=1, num_cpus=1, **self._compute).iter_rows():
            self._unpack(row["out"])

    def _run(self, payloads: list[bytes]) -> list[bytes]:
        import ray

        ds = ray.data.from_items([{"seq": i, "payload": p} for i, p in enumerate(payloads)],
                                 override_num_blocks=len(payloads))
        out: list[bytes | None] = [None] * len(payloads)
        for row in ds.map_batches(_map, batch_size=1, num_cpus=1, **self._compute).iter_rows():
            out[int(row["seq"])] = row["out"]
        missing = [i for i, o in enumerate(out) if o is None]
        if missing:
            raise RuntimeError(f"Ray returned no result for {len(missing)} batches")
        return out  # type: ignore[return-value]

    def _launch(self, window: _Window) -> None:
        if window.future is None:
            window.future = self._runner.submit(self._run, window.payloads)

    def _submit(self, stage: str, items: list[Any]) -> Any:
        payload = pickle.dumps((stage, items, self.gazetteer_path),
                               protocol=pickle.HIGHEST_PROTOCOL)
        if self.mode == "tasks":
            return _task().remote(payload)
        window = self._window
        window.payloads.append(payload)
        handle = (window, len(window.payloads) - 1)
        if len(window.payloads) >= self.window_batches:
            self._launch(window)
            self._window = _Window()
        return handle

    def submit_prepare(self, docs: list[RawDoc]) -> Any:
        return self._submit("prepare", docs)

    def submit_analyse(self, items: list[tuple[Article, DateValue | None]]) -> Any:
        return self._submit("analyse", items)

    def result(self, handle: Any) -> list[Any]:
        if self.mode == "tasks":
            import ray

            return self._unpack(ray.get(handle))
        window, index = handle
        if window.future is None:
            self._launch(window)
            if window is self._window:
                self._window = _Window()
        assert window.future is not None
        return self._unpack(window.future.result()[index])

    def _unpack(self, data: bytes) -> list[Any]:
        pid, opened, results = pickle.loads(data)
        self.pids.add(pid)
        self.opened[pid] = max(opened, self.opened.get(pid, 0))
        return results

    def close(self) -> None:
        import ray

        # (After Ctrl-C a window may still be running: it is abandoned, not waited for.)
        self._runner.shutdown(wait=False, cancel_futures=True)
        if self._started_here:
            ray.shutdown()
