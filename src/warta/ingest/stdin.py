"""Standard-input reader (``warta ingest -``): the bytes are sniffed like a file's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warta.ingest.errors import ReadFailure
from warta.ingest.source import ReadOptions, Source, human_size
from warta.model import RawDoc

NAME = "<stdin>"
# JSON Lines on stdin may hold many articles; allow that many times the per-document limit.
STREAM_FACTOR = 1000


def read(stream: BinaryIO, options: ReadOptions) -> Iterator[RawDoc | ReadFailure]:
    from warta.ingest.registry import read_source

    cap = options.max_bytes * STREAM_FACTOR
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield ReadFailure(NAME, f"too large: over {human_size(cap)} on standard input; "
                                "write it to a file and ingest the file")
        return
    yield from read_source(Source(NAME, data=data), options)
