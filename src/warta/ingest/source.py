"""Where a reader gets its bytes: a file on disk, or bytes already read (stdin), either of them
possibly gzip- or zstd-compressed (``codec``): readers then see the decompressed bytes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

HEAD_BYTES = 65536
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """Settings every reader honours (see warta.settings for their documentation)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Source:
    """A named input. ``name`` is what users see in reports: the path as given, or ``<stdin>``."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    codec: str | None = None  # "gzip" or "zstd": decompressed as it is read

    def open_raw(self) -> BinaryIO:
        """The bytes as stored (compressed, for a compressed source)."""
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    def raw_head(self, n: int = HEAD_BYTES) -> bytes:
        with self.open_raw() as fh:
            return fh.read(n)

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size

    def head(self, n: int = HEAD_BYTES) -> bytes:
        if self.codec:
            from warta.ingest.compressed import head

            return head(self.open_raw(), self.codec, n)  # type: ignore[arg-type]
        if self.data is not None:
            return self.data[:n]
        assert self.path is not None
        with self.path.open("rb") as fh:
            return fh.read(n)

    def read_bytes(self, limit: int | None = None) -> bytes:
        """All the bytes (decompressed); with ``limit``, at most ``limit + 1`` of them, so a
        caller can tell that a compressed document is over its size limit without reading it
        all."""
        if self.codec:
            with self.open() as fh:
                return fh.read(-1 if limit is None else limit + 1)
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    def open(self) -> BinaryIO:
        if self.codec:
            from warta.ingest.compressed import open_decompressed

            return open_decompressed(self.open_raw(), self.codec)  # type: ignore[arg-type]
        return self.open_raw()

    def lines(self) -> Iterator[bytes]:
        """The raw lines, streamed: a large file is never loaded whole."""
        with self.open() as fh:
            yield from fh


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"
