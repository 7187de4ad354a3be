"""Plain-text reader: one article per file, as scraped (furniture and all)."""

from __future__ import annotations

from collections.abc import Iterator

from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError
from warta.ingest.source import ReadOptions, Source, human_size
from warta.model import RawDoc

NAME = "text"


def sniff(head: bytes, name: str) -> bool:
    return True


def check_size(source: Source, options: ReadOptions) -> None:
    size = len(read_all(source, options.max_bytes)) if source.codec else source.size()
    if size > options.max_bytes:
        raise ReadError(
            source.name,
            f"too large: {human_size(size)} is over the limit of {human_size(options.max_bytes)}"
            " (--max-bytes)",
        )


def read(source: Source, options: ReadOptions) -> Iterator[RawDoc]:
    check_size(source, options)
    data = read_all(source)
    text = decode(data, source.name, options.encoding)
    yield RawDoc(source=source.name, text=text, format=NAME, raw_sha=sha256(data))


def read_all(source: Source, limit: int | None = None) -> bytes:
    """The document's bytes (decompressed); a broken compressed stream is a ReadError."""
    from warta.ingest.compressed import TruncatedStream

    try:
        return source.read_bytes(limit)
    except TruncatedStream as exc:
        raise ReadError(source.name, str(exc)) from None
