"""Exports of stored events: GeoJSON, ACLED-format CSV, JSON Lines, Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys

from warta.store import Store


def write(store: Store, fmt: str, out: str, since: dt.date | None = None,
          story: str | None = None) -> int:
    """Write the store's linked events in ``fmt`` to ``out`` (a path, or - for stdout);
    returns how many events were written. ``story`` limits them to one story's."""
    from warta.export import geojson, tables

    if fmt == "geojson":
        collection = geojson.feature_collection(store, since, story)
        _text(out, json.dumps(collection, ensure_ascii=False) + "\n")
        return len(collection["features"])
    if fmt == "jsonl":
        lines = [json.dumps(r, ensure_ascii=False)
                 for r in tables.records(store, since, story)]
        _text(out, "".join(line + "\n" for line in lines))
        return len(lines)
    rows = list(tables.rows(store, since, story))
    columns = (*tables.ACLED_COLUMNS, *tables.WARTA_COLUMNS)
    if fmt == "acled-csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        _text(out, buffer.getvalue())
        return len(rows)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = {c: [r[c] for r in rows] for c in columns}
        pq.write_table(pa.table(data), out)
        return len(rows)
    raise ValueError(f"unknown format {fmt!r}")


def _text(out: str, payload: str) -> None:
    if out == "-":
        sys.stdout.write(payload)
    else:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(payload)
