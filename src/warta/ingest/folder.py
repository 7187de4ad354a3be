"""Folder reader: every file below a folder, recursively, in a stable (sorted) order.

Hidden files and folders (``.git``, ``.DS_Store``) are skipped; symbolic links to folders are not
followed, so a link loop cannot trap the walk.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from warta.ingest.errors import ReadFailure
from warta.ingest.source import ReadOptions, Source
from warta.model import RawDoc


def files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read(root: Path, options: ReadOptions, name: str | None = None
         ) -> Iterator[RawDoc | ReadFailure]:
    from warta.ingest.registry import read_source

    for path in files(root):
        yield from read_source(Source(str(path), path=path), options)
