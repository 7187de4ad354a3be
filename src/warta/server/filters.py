"""The filters every list endpoint takes (date range, bounding box, event type, claimant,
language, story), parsed once and applied to the records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from warta.model import Event
from warta.server.snapshot import Snapshot

MAX_LIMIT = 500


@dataclass
class Filters:
    start: dt.date | None = None
    end: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    event_type: str | None = None
    claimant: str | None = None
    language: str | None = None
    story: str | None = None


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or raw == "":
        return None
    parts = raw.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or any(v != v for v in values):  # v != v: NaN
        raise HTTPException(400, f"bbox must be min_lon,min_lat,max_lon,max_lat, not {raw!r}")
    w, s, e, n = values
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise HTTPException(400, "bbox out of range: need -180 <= min_lon <= max_lon <= 180 and "
                                 "-90 <= min_lat <= max_lat <= 90")
    return w, s, e, n


def filters(
    start: Annotated[dt.date | None, Query(description="On or after this day (YYYY-MM-DD).")
                     ] = None,
    end: Annotated[dt.date | None, Query(description="On or before this day (YYYY-MM-DD).")
                   ] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat: events "
                                      "located inside.", max_length=200)] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type or sub-event type.",
                                            max_length=200)] = None,
    claimant: Annotated[str | None, Query(description="Party code of who claims it (ARM, AZE, "
                                          "UNK, ...).", max_length=64)] = None,
    language: Annotated[str | None, Query(description="Article language (id, en, ...).",
                                          max_length=16)] = None,
    story: Annotated[str | None, Query(description="A story id.", max_length=64)] = None,
) -> Filters:
    if start and end and start > end:
        raise HTTPException(400, f"start {start} is after end {end}")
    return Filters(start, end, parse_bbox(bbox), event_type or None, claimant or None,
                   language or None, story or None)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Skip this many items.")]
FilterDep = Annotated[Filters, Depends(filters)]


def same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def in_bbox(lon: float | None, lat: float | None, bbox: tuple[float, ...]) -> bool:
    if lon is None or lat is None:
        return False
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


def in_dates(day: dt.date | None, f: Filters) -> bool:
    if f.start is None and f.end is None:
        return True
    if day is None:
        return False
    return (f.start is None or day >= f.start) and (f.end is None or day <= f.end)


def event_ok(f: Filters, story_id: str, e: Event, snap: Snapshot) -> bool:
    if f.story and story_id != f.story:
        return False
    if not in_dates(e.date.value if e.date else None, f):
        return False
    if f.bbox and not (e.location and in_bbox(e.location.longitude, e.location.latitude,
                                                f.bbox)):
        return False
    if f.event_type and not (same(f.event_type, e.event_type)
                             or same(f.event_type, e.sub_event_type)):
        return False
    if f.claimant and not same(f.claimant, e.claimant):
        return False
    return not f.language or f.language in snap.languages(e.article_ids)
