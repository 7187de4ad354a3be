"""Events as a GeoJSON FeatureCollection: one Point per event that has a location.

Coordinates are [longitude, latitude] (RFC 7946). Properties carry the event's ACLED fields, its
location with ACLED's geo_precision, who claims it and who denies it, and the identifiers of the
article it came from (warta's id, your source path and JSONL id) so it joins back to your data.
The events are the linked ones (reports of one event merged, ``warta timeline``'s), each with its
``event_id``, ``story_id`` and every reporting ``article_ids``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warta.store import Store, links


def feature_collection(store: Store, since: dt.date | None = None,
                       story: str | None = None) -> dict[str, Any]:
    features = []
    for linked, origin in links.events_with_origin(store, story, since):
        event = linked.event
        loc = event.location
        if loc is None or loc.latitude is None or loc.longitude is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
            "properties": {
                "event_type": event.event_type,
                "sub_event_type": event.sub_event_type,
                "date": event.date.iso() if event.date else None,
                "date_precision": event.date.precision if event.date else None,
                "actor1": event.actor1,
                "target": event.target,
                "location": loc.canonical_name or loc.name,
                "location_as_written": loc.name,
                "gazetteer_id": loc.gazetteer_id,
                "country_code": loc.country_code,
                "admin1": loc.admin1,
                "admin_path": list(loc.admin_path),
                "geo_precision": loc.precision,
                "places": [p.name for p in event.places],
                "fatalities": event.fatalities,
                "claimant": event.claimant,
                "denied_by": event.denied_by,
                "evidence": event.evidence[0].text if event.evidence else None,
                **origin,
            },
        })
    return {"type": "FeatureCollection", "features": features}
