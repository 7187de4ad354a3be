"""The CSV twins of the list endpoints: the same items as their JSON, as rows.

Events use the columns of ``warta export --format acled-csv`` (ACLED's, then warta's); figures,
tallies (one row per point), stories and articles flatten their JSON items. A text cell that a
spreadsheet would read as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return: article text is attacker-controlled) is written with a leading ``'``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

CLAIM_COLUMNS = (
    "article_id", "story_id", "outlet", "kind", "value", "low", "high", "qualifier", "victims",
    "victim_side", "claimant", "claimant_text", "cumulative", "as_of", "as_of_precision",
    "evidence", "evidence_start", "evidence_end", "sentence", "sentence_start", "sentence_end",
)
TALLY_COLUMNS = (
    "story_id", "claimant", "kind", "victims", "victim_side", "as_of", "value", "qualifier",
    "headline", "article_id", "evidence", "flags",
)
STORY_COLUMNS = (
    "id", "label", "first_seen", "last_seen", "articles", "events", "contradictions",
    "languages", "article_ids", "sources",
)
ARTICLE_COLUMNS = (
    "id", "published", "published_precision", "language", "outlet", "title", "dateline_place",
    "source", "source_id", "chars", "copies", "figures", "events", "story_id", "lead",
)
SEARCH_COLUMNS = ("id", "rank", "published", "language", "outlet", "title", "story_id",
                  "snippet")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class CSVResponse(Response):
    media_type = "text/csv"


def csv_response(columns: Iterable[str], rows: Iterable[dict[str, Any]], name: str
                 ) -> CSVResponse:
    """``rows`` as a CSV attachment named ``warta-<name>.csv`` (UTF-8, a header row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n",
                            extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return CSVResponse(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="warta-{name}.csv"'})


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def claim_row(item: dict[str, Any]) -> dict[str, Any]:
    """One figure's JSON (``/api/claims``'s item) as a row."""
    ev, sentence, as_of = item["evidence"], item.get("sentence"), item.get("as_of")
    return {**{k: item.get(k) for k in CLAIM_COLUMNS},
            "as_of": as_of["value"] if as_of else None,
            "as_of_precision": as_of["precision"] if as_of else None,
            "evidence": ev["text"], "evidence_start": ev["start"], "evidence_end": ev["end"],
            "sentence": sentence["text"] if sentence else None,
            "sentence_start": sentence["start"] if sentence else None,
            "sentence_end": sentence["end"] if sentence else None}


def tally_rows(item: dict[str, Any]) -> list[dict[str, Any]]:
    """One tally's JSON (``/api/tallies``'s item) as one row per point it holds."""
    head = item["headline"]
    return [{"story_id": item.get("story_id"), "claimant": item["claimant"],
             "kind": item["kind"], "victims": item["victims"],
             "victim_side": item.get("victim_side"), **p, "headline": p == head,
             "flags": "; ".join(item.get("flags") or ())} for p in item["points"]]


def story_row(item: dict[str, Any]) -> dict[str, Any]:
    """One story's JSON (``/api/stories``'s item) as a row."""
    return {"id": item["id"], "label": item["label"], "first_seen": item.get("first_seen"),
            "last_seen": item.get("last_seen"), "articles": len(item["article_ids"]),
            "events": len(item.get("event_ids") or ()),
            "contradictions": len(item.get("contradictions") or ()),
            "languages": "; ".join(item.get("languages") or ()),
            "article_ids": "; ".join(item["article_ids"]),
            "sources": "; ".join(item.get("sources") or ())}


def search_row(item: dict[str, Any]) -> dict[str, Any]:
    """One search hit (``/api/search``'s item) as a row: its snippet with the matched words
    between ``[`` and ``]``."""
    snippet, marked, pos = item["snippet"] or "", [], 0
    for start, end in item["highlights"]:
        marked += [snippet[pos:start], "[", snippet[start:end], "]"]
        pos = end
    marked.append(snippet[pos:])
    return {**{k: item[k] for k in SEARCH_COLUMNS if k != "snippet"}, "snippet": "".join(marked)}
