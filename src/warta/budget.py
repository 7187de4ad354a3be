"""A time budget per document: one document cannot hold a worker forever.

:func:`within` runs a function under a budget of CPU seconds (``WARTA_DOC_SECONDS``, default
30; 0 disables it). The budget is counted in CPU time of the process (``ITIMER_PROF``), not wall
time, so a busy machine does not fail documents that are merely waiting for a core. When it
runs out, the work is interrupted (a signal, so it works in the main thread of a process: the
one-process engine, pool workers and Ray workers; elsewhere, and on systems without
``setitimer``, the function runs without a budget) and :class:`OverBudget` is raised.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import TypeVar

from warta import settings

T = TypeVar("T")


class OverBudget(Exception):
    """A document was still being processed when its time budget ran out."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"stopped: still being processed after {seconds:g} s of CPU time (the per-document "
            f"budget, {settings.DOC_SECONDS.env})")
        self.seconds = seconds


def seconds() -> float:
    """The per-document budget in CPU seconds (0: none)."""
    return float(settings.DOC_SECONDS.value())


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def within(limit: float, fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)``, interrupted with :class:`OverBudget` after ``limit`` CPU seconds."""
    if limit <= 0 or not available():
        return fn(*args)
    armed = True

    def on_timer(signum: int, frame: object) -> None:
        if armed:
            raise OverBudget(limit)

    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, limit)
    try:
        return fn(*args)
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
