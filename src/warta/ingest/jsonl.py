"""JSON Lines reader: one article per line, ``{"id", "text", "title"?, "url"?, "published"?,
"language"?}``. Streams the file (gzip- or zstd-compressed too, decompressed as it is read); a
malformed line is reported with its line number and skipped; a compressed stream that breaks
off is reported with the line and compressed byte reached, after the lines before it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError, ReadFailure
from warta.ingest.source import ReadOptions, Source, human_size
from warta.model import RawDoc

NAME = "jsonl"
OPTIONAL = ("title", "url", "published", "language", "outlet")

_FIRST_OBJECT = re.compile(rb"^\s*\{")


def sniff(head: bytes, name: str) -> bool:
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not _FIRST_OBJECT.match(head):
        return False
    first = head.lstrip().split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        # A first line cut by the sniff window, or a pretty-printed JSON document.
        plain = re.sub(r"\.(gz|zst|zstd)$", "", name)
        return plain.endswith((".jsonl", ".ndjson")) or b'"text"' in first
    return isinstance(obj, dict)


def read(source: Source, options: ReadOptions) -> Iterator[RawDoc | ReadFailure]:
    from warta.ingest.compressed import TruncatedStream

    seen_any = False
    line_no = 0
    lines = source.lines()
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except TruncatedStream as exc:
            yield ReadFailure(source.name, f"{exc}; the {line_no:,} lines before were read",
                              line_no + 1)
            return
        line_no += 1
        if not line.strip():
            continue
        seen_any = True
        try:
            yield parse_line(line, source.name, line_no, options)
        except ReadError as err:
            yield ReadFailure.from_error(err, _peek_id(line))
    if not seen_any:
        raise ReadError(source.name, "empty: no JSON lines in it")


def _json_problem(msg: str) -> str:
    """The decoder's message without its dangling "at" ("Unterminated string starting at")."""
    msg = msg.strip()
    if msg.endswith(" at"):
        msg = msg[:-3]
    return msg[:1].lower() + msg[1:]


def parse_line(line: bytes, name: str, line_no: int, options: ReadOptions) -> RawDoc:
    if len(line) > options.max_bytes:
        raise ReadError(name, f"record too large: {human_size(len(line))} is over the limit of "
                              f"{human_size(options.max_bytes)} (--max-bytes)", line_no)
    raw = decode(line, name, options.encoding, line_no)
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        raise ReadError(name, f"malformed JSON at column {exc.colno}: {_json_problem(exc.msg)}",
                        line_no) from None
    if not isinstance(obj, dict):
        raise ReadError(name, "a JSON line must be an object with a \"text\" field", line_no)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(name, "no \"text\" (or it is empty)", line_no)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise ReadError(name, "\"id\" must be a string or a number", line_no)
    extra: dict[str, str | None] = {}
    for key in OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ReadError(name, f"\"{key}\" must be a string", line_no)
        extra[key] = value.strip() or None if isinstance(value, str) else None
    return RawDoc(
        source=name,
        text=text,
        format=NAME,
        source_id=None if ident is None else str(ident),
        position=line_no,
        raw_sha=sha256(line.strip()),
        **extra,
    )


def _peek_id(line: bytes) -> str | None:
    m = re.search(rb'"id"\s*:\s*"?([^",}]{1,80})', line)
    return m.group(1).decode("utf-8", "replace") if m else None
