"""WARC and ARC reader (warcio): web archives such as Common Crawl's CC-NEWS, streamed record by
record, plain or gzip-compressed (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``).

Response and resource records with an HTML or plain-text payload and HTTP status 200 become
documents: the page is read like an HTML file (trafilatura, htmldate), with the record's
``WARC-Target-URI`` as its ``url`` and ``source_id`` and its record number as ``position``.
Other records (requests, metadata, images, redirects, errors) are skipped and counted. A corrupt
record is reported with its record number and byte offset and skipped: the reader looks for the
next record start (the next gzip member of a ``.warc.gz``, the next ``WARC/1.x`` line of a plain
WARC) and goes on from there.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError, ReadFailure
from warta.ingest.source import ReadOptions, Source, human_size
from warta.model import RawDoc

NAME = "warc"

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_WARC_START = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")
SCAN_CHUNK = 1 << 20


def sniff(head: bytes, name: str) -> bool:
    return head.startswith((b"WARC/1.", b"WARC/0.")) or head.startswith(b"filedesc://")


class Skipped(Counter[str]):
    """Records that were not documents, by reason (``request``, ``status 404``,
    ``image/png``...)."""


def read(source: Source, options: ReadOptions, skipped: Skipped | None = None
         ) -> Iterator[RawDoc | ReadFailure]:
    if source.codec == "zstd":
        raise ReadError(source.name, "a zstd-compressed WARC: decompress it first "
                                     "(zstd -d) or recompress it with gzip")
    skipped = skipped if skipped is not None else Skipped()
    is_arc = source.head(16).startswith(b"filedesc://")
    gzipped = source.codec == "gzip"
    with source.open_raw() as fh:
        done = 0
        try:
            for item, count in _records(source.name, fh, is_arc, gzipped, options, skipped):
                done = count
                yield item
            return
        except _SingleGzip:
            pass
    # One gzip stream around the whole file rather than one member per record: read it
    # decompressed, from the start, without the per-record resynchronisation.
    with source.open() as stream:
        for item, _ in _records(source.name, stream, is_arc, False, options, skipped,
                                seekable=False, skip=done):
            yield item


class _SingleGzip(Exception):
    pass


def _records(name: str, fh: BinaryIO, is_arc: bool, gzipped: bool, options: ReadOptions,
             skipped: Skipped, *, seekable: bool = True, skip: int = 0
             ) -> Iterator[tuple[RawDoc | ReadFailure, int]]:
    """The documents (and failures) of the archive, each with the number of records read so
    far; the first ``skip`` records are passed over (already read)."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0  # records seen, corrupt ones included
    start = 0  # where the current iterator began
    while True:
        if seekable:
            fh.seek(start)
        records = ArchiveIterator(fh, arc2warc=is_arc, check_digests=False)
        end = start  # where the last good record ended
        inside = False  # the error came while reading a record already counted
        try:
            for record in records:
                number += 1
                if number <= skip:
                    continue
                inside = True
                item = _document(name, record, number, options, skipped)
                # (warcio computes the offset by reading the record to its end: ask after)
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                if isinstance(item, str):
                    uri = record.rec_headers.get_header("WARC-Target-URI") or None
                    yield ReadFailure(name, f"record {number} at byte {offset:,} ({uri}): "
                                            f"{item}", number, uri), number
                elif item is not None:
                    inside = False
                    yield item, number
                inside = False
            return
        except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib/OSError, ValueError
            if "multi-member" in str(exc) and seekable:
                raise _SingleGzip from None
            number += 0 if inside else 1
            where = end if gzipped or not seekable else _skip_blank(fh, end)
            yield ReadFailure(name, f"corrupt record {number} at byte {where:,}: "
                                    f"{_reason(exc)}; skipped", number), number
            resume = _next_start(fh, where + 1, gzipped) if seekable else None
            if resume is None or (is_arc and not gzipped):
                return
            start = resume


def _skip_blank(fh: BinaryIO, offset: int) -> int:
    fh.seek(offset)
    data = fh.read(4096)
    return offset + len(data) - len(data.lstrip(b"\r\n"))


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return (text[:160] + "…") if len(text) > 160 else text or type(exc).__name__


def _next_start(fh: BinaryIO, offset: int, gzipped: bool) -> int | None:
    """The offset of the first record start at or after ``offset``: a gzip member that
    decompresses to a WARC/ARC header, or a ``WARC/1.x`` line."""
    fh.seek(offset)
    base = offset
    carry = b""
    while True:
        chunk = fh.read(SCAN_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        if gzipped:
            at = data.find(b"\x1f\x8b\x08")
            while at >= 0:
                if _member_is_record(data[at:at + 65536]):
                    return base - len(carry) + at
                at = data.find(b"\x1f\x8b\x08", at + 1)
        else:
            m = _WARC_START.search(data)
            if m:
                return base - len(carry) + m.start(1)
        carry = data[-65536:]
        base += len(chunk)


def _member_is_record(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 64)
    except zlib.error:
        return False
    return head.startswith((b"WARC/", b"filedesc://", b"http", b"dns:", b"ftp"))


def _document(name: str, record: Any, number: int, options: ReadOptions,
              skipped: Skipped) -> RawDoc | str | None:
    """The record as a document, None when it is not one (counted in ``skipped``), or the
    reason it cannot be read."""
    kind = record.rec_type
    if kind not in ("response", "resource"):
        skipped[kind or "unknown"] += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    content_type = record.rec_headers.get_header("Content-Type") or ""
    if kind == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status != "200":
            skipped[f"status {status}"] += 1
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in _TEXT_TYPES:
        skipped[mime or "no content type"] += 1
        return None
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return f"too large: over {human_size(options.max_bytes)} (--max-bytes)"
    if getattr(record.raw_stream, "limit", 0) > 0:
        return (f"truncated: the file ends {record.raw_stream.limit:,} bytes before the end "
                "of this record")
    charset = _CHARSET.search(content_type)
    encoding = options.encoding
    if charset and encoding == "utf-8":
        encoding = charset.group(1).lower()
    try:
        text = decode(payload, name, encoding, number)
        if mime == "text/plain":
            return RawDoc(source=name, text=text, format="text", source_id=uri, position=number,
                          url=uri, raw_sha=sha256(payload))
        from warta.ingest.html import parse

        doc = parse(text, name, sha256(payload), url=uri)
    except ReadError as err:
        return err.reason
    return RawDoc(source=name, text=doc.text, format=NAME, source_id=uri, position=number,
                  title=doc.title, url=doc.url or uri, published=doc.published,
                  language=doc.language, outlet=doc.outlet, raw_sha=doc.raw_sha)
