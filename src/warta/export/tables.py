"""Events as rows: ACLED's columns (CSV, Parquet) and full records (JSON Lines).

The ACLED CSV uses ACLED's own column names and conventions: ``event_date`` ISO, ``year``,
``time_precision`` (1 day, 2 week, 3 month), ``disorder_type`` from the event type,
``geo_precision`` (1 town, 2 near it or a district, 3 province), ``fatalities`` by ACLED's
conservative rule (the lowest figure stated for the event's incident; 0 when none is), and a
generated one-sentence ``notes`` with the claimant and any denial. warta's own identifiers and
attribution follow ACLED's columns so rows join back to the articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from warta.data.parties import table
from warta.model import Event, to_jsonable
from warta.store import Store, links

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
)
WARTA_COLUMNS = ("claimant", "denied_by", "article_id", "article_source", "article_source_id",
                 "evidence", "event_id", "story_id", "reports")

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _party(code: str | None) -> str:
    if not code:
        return ""
    return table().names.get(code) or _country_name(code) or code


def _country_name(code: str | None) -> str:
    import pycountry

    if not code:
        return ""
    country = (pycountry.countries.get(alpha_2=code) if len(code) == 2
               else pycountry.countries.get(alpha_3=code))
    return getattr(country, "common_name", None) or (country.name if country else code)


def _alpha3(code: str | None) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else "XXX"


def notes(event: Event) -> str:
    """One sentence: when, who, what, where, the toll, and who says so."""
    when = f"On {event.date.iso()}" if event.date else "On an unknown date"
    actor = _party(event.actor1) or "unidentified actors"
    what = event.sub_event_type.lower()
    target = f" against {_party(event.target)}" if event.target else ""
    where = (f" in {event.location.canonical_name or event.location.name}"
             if event.location else "")
    toll = f", killing {event.fatalities}" if event.fatalities else ""
    source = (f" (according to {_party(event.claimant)}" if event.claimant else " (unattributed")
    denial = f"; denied by {_party(event.denied_by)})" if event.denied_by else ")"
    return f"{when}, {actor}: {what}{target}{where}{toll}{source}{denial}."


def rows(store: Store, since: dt.date | None = None, story: str | None = None
         ) -> Iterator[dict[str, Any]]:
    """One ACLED-shaped row per linked event (reports of one event merged; in date order),
    with warta's columns after."""
    return acled_rows((linked.id, linked.story_id, linked.event, origin)
                      for linked, origin in links.events_with_origin(store, story, since))


def acled_rows(events: Iterable[tuple[str, str, Event, dict[str, Any]]]
               ) -> Iterator[dict[str, Any]]:
    """The rows of ``(event id, story id, merged event, origin)``: ``origin`` names the first
    report's ``article_id``, ``source``, ``source_id`` and every reporting ``outlet``, as
    ``links.events_with_origin`` gives them. ``event_id_cnty`` numbers the rows per country."""
    numbers: dict[str, int] = {}
    for eid, story_id, event, origin in events:
        loc = event.location
        country3 = _alpha3(loc.country_code if loc else None)
        numbers[country3] = numbers.get(country3, 0) + 1
        yield {
            "event_id_cnty": f"{country3}{numbers[country3]}",
            "event_date": event.date.iso() if event.date else "",
            "year": event.date.value.year if event.date else None,
            "time_precision": TIME_PRECISION.get(event.date.precision, 3) if event.date else 3,
            "disorder_type": DISORDER.get(event.event_type, ""),
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "actor1": _party(event.actor1),
            "actor2": _party(event.target),
            "country": _country_name(loc.country_code) if loc else "",
            "admin1": (loc.admin1 or "") if loc else "",
            "admin2": (loc.admin_path[2] if len(loc.admin_path) > 2 else "") if loc else "",
            "location": (loc.canonical_name or loc.name) if loc else "",
            "latitude": loc.latitude if loc else None,
            "longitude": loc.longitude if loc else None,
            "geo_precision": loc.precision if loc else None,
            "source": origin.get("outlet") or origin.get("source") or "",
            "source_scale": "",
            "notes": notes(event),
            "fatalities": event.fatalities or 0,
            "claimant": event.claimant or "",
            "denied_by": event.denied_by or "",
            "article_id": origin["article_id"],
            "article_source": origin["source"],
            "article_source_id": origin.get("source_id") or "",
            "evidence": event.evidence[0].text if event.evidence else "",
            "event_id": eid,
            "story_id": story_id,
            "reports": len(event.article_ids),
        }


def records(store: Store, since: dt.date | None = None, story: str | None = None
            ) -> Iterator[dict[str, Any]]:
    """Full linked-event records (JSON-ready), with the reports they merge and the first
    report's article identifiers."""
    for linked, origin in links.events_with_origin(store, story, since):
        yield {**to_jsonable(linked.event), "reports": to_jsonable(linked.reports), **origin}
