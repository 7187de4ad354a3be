"""gzip and zstd streams, decompressed as they are read: a multi-GB file never loads whole.

A compressed file is recognised by its magic bytes (not its name); what is inside is then
sniffed like any file, so ``news.jsonl.gz``, ``news.jsonl.zst`` and ``page.html.gz`` all work.
A stream that ends early (a truncated download) raises :class:`TruncatedStream` once
everything before the break has been delivered.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO, Literal

Codec = Literal["gzip", "zstd"]

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
CHUNK = 1 << 16


class TruncatedStream(EOFError):
    """The compressed stream ended (or broke) before its end marker; ``offset`` is how many
    compressed bytes had been read."""

    def __init__(self, codec: str, offset: int, detail: str) -> None:
        self.codec = codec
        self.offset = offset
        super().__init__(f"{codec} stream broken or truncated at compressed byte {offset:,}: "
                         f"{detail}")


def codec_of(head: bytes) -> Codec | None:
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


class _Decompressing(io.RawIOBase):
    """A readable stream of the decompressed bytes of ``raw`` (any number of gzip members or
    zstd frames one after another, as concatenated files have)."""

    def __init__(self, raw: BinaryIO, codec: Codec) -> None:
        self.raw = raw
        self.codec = codec
        self.consumed = 0  # compressed bytes read so far
        self._pending = b""
        self._obj = self._new()
        self._started = False  # the current member/frame has received data
        self._done = False
        self._error: TruncatedStream | None = None

    def _new(self):  # type: ignore[no-untyped-def]
        if self.codec == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            self._pending = self._step()
        if not self._pending and self._error is not None:
            error, self._error = self._error, None
            raise error
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _step(self) -> bytes:
        chunk = self.raw.read(CHUNK)
        if not chunk:
            self._done = True
            if self._started and not self._obj.eof:
                self._error = TruncatedStream(self.codec, self.consumed,
                                              "the file ends in the middle of compressed data")
            return b""
        self.consumed += len(chunk)
        out = []
        while chunk:
            try:
                data = self._obj.decompress(chunk)
            except Exception as exc:  # zlib.error, zstandard.ZstdError
                # What came before the break is delivered first, then the error.
                self._done = True
                self._error = TruncatedStream(self.codec, self.consumed, str(exc))
                break
            self._started = True
            out.append(data)
            if self._obj.eof:
                chunk = self._obj.unused_data
                self._obj = self._new()
                self._started = False
                # Padding after the last member (some tools write zeros): stop there.
                if chunk and codec_of(chunk) is None and not chunk.strip(b"\x00"):
                    chunk = b""
            else:
                chunk = b""
        return b"".join(out)

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


def open_decompressed(raw: BinaryIO, codec: Codec) -> io.BufferedReader:
    """``raw`` decompressed as it is read; a broken or truncated stream raises
    :class:`TruncatedStream` after the bytes before the break."""
    stream = _Decompressing(raw, codec)
    return _Tracked(stream)


class _Tracked(io.BufferedReader):
    """A buffered reader that can say how far into the compressed file it has read."""

    def __init__(self, raw: _Decompressing) -> None:
        super().__init__(raw, CHUNK)
        self._source = raw

    def compressed_offset(self) -> int:
        try:
            return int(self._source.raw.tell())
        except (OSError, ValueError):
            return self._source.consumed


def head(raw: BinaryIO, codec: Codec, n: int) -> bytes:
    """Up to ``n`` decompressed bytes from the start (a truncated file gives what it has)."""
    stream = open_decompressed(raw, codec)
    out = b""
    try:
        while len(out) < n:
            chunk = stream.read1(n - len(out))
            if not chunk:
                break
            out += chunk
    except EOFError:
        pass
    finally:
        stream.close()
    return out
