"""Readers: documents in, :class:`~warta.model.RawDoc` records out (one module per format)."""

from warta.ingest import acled, html, jsonl, text, warc
from warta.ingest.errors import ReadError, ReadFailure
from warta.ingest.registry import (
    Reader,
    expand,
    read_one,
    read_paths,
    read_source,
    readers,
    register,
)
from warta.ingest.source import ReadOptions, Source

register(Reader(text.NAME, text.sniff, text.read))
register(Reader(warc.NAME, warc.sniff, warc.read))
register(Reader(html.NAME, html.sniff, html.read))
register(Reader(jsonl.NAME, jsonl.sniff, jsonl.read))
register(Reader(acled.NAME, acled.sniff, acled.read))

__all__ = [
    "ReadError", "ReadFailure", "ReadOptions", "Reader", "Source", "expand", "read_one",
    "read_paths", "read_source",
    "readers", "register",
]
