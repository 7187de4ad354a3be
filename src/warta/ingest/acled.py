"""ACLED-format CSV reader: one document per row, the ``notes`` column as its text, published
on its ``event_date``, identified by ``event_id_cnty`` (`warta extract --from-acled`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError, ReadFailure
from warta.ingest.source import ReadOptions, Source
from warta.ingest.text import check_size
from warta.model import RawDoc

NAME = "acled-csv"
REQUIRED = ("event_id_cnty", "event_date", "notes")


def sniff(head: bytes, name: str) -> bool:
    first = head.split(b"\n", 1)[0].lower()
    return all(col.encode() in first for col in REQUIRED)


def read(source: Source, options: ReadOptions) -> Iterator[RawDoc | ReadFailure]:
    check_size(source, options)
    text = decode(source.read_bytes(), source.name, options.encoding)
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ReadError(source.name, f"not an ACLED-format CSV: no {', '.join(missing)} column")
    for row_no, row in enumerate(reader, start=2):
        notes = (row.get("notes") or "").strip()
        ident = (row.get("event_id_cnty") or "").strip() or None
        if not notes:
            yield ReadFailure(source.name, "no notes in this row", row_no, ident)
            continue
        yield RawDoc(source=source.name, text=notes, format=NAME, source_id=ident,
                     position=row_no, published=(row.get("event_date") or "").strip() or None,
                     language=None, raw_sha=sha256(f"{row_no}:{notes}".encode()))
