"""Event co-reference across articles: reports of the same event become one event.

Within a story, two events are the same when their sub-event types agree, their dates are
compatible within their precision (the same day for day precision; within 7 days for weeks),
and they share a place (the same gazetteer id, or the same name as written) or, when they do
not both name places, a party among their actors. The merged event carries every report's
evidence, every article, and the first-reported claimant; a denial in any report counts. Groups
are connected components, so the result does not depend on the order of the input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from warta.model import Event

WEEK = 7


def _places(e: Event) -> set[str]:
    return {p.gazetteer_id or p.name.casefold() for p in e.places}


def _dates_fit(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return False
    tolerance = 0 if a.date.precision == b.date.precision == "day" else WEEK
    return abs((a.date.value - b.date.value).days) <= tolerance


def same_event(a: Event, b: Event) -> bool:
    if a.sub_event_type != b.sub_event_type or not _dates_fit(a, b):
        return False
    pa, pb = _places(a), _places(b)
    if pa and pb:
        return bool(pa & pb)
    # without places on both sides, the parties involved must overlap ("Pompeo met the
    # Armenian and Azerbaijani ministers" / "the US hosted talks")
    return bool({a.actor1, a.target} & {b.actor1, b.target} - {None})


def merge_events(events: Sequence[Event]) -> list[Event]:
    """One event per group of reports of the same event (input: the events of one story)."""
    return [merged for merged, _ in merge_groups(events)]


def merge_groups(events: Sequence[Event]) -> list[tuple[Event, tuple[int, ...]]]:
    """Each merged event with the positions in ``events`` of the reports it merges; oldest
    first, undated last."""
    order = sorted(range(len(events)), key=lambda i: _order(events[i]))
    ordered = [events[i] for i in order]
    parent = list(range(len(ordered)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(len(ordered)):
        for j in range(i + 1, len(ordered)):
            if set(ordered[i].article_ids) != set(ordered[j].article_ids) and same_event(
                    ordered[i], ordered[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(ordered)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for positions in groups.values():
        members = [ordered[i] for i in positions]
        head = members[0]
        places = list(head.places)
        for m in members[1:]:
            places += [p for p in m.places if p not in places]
        fatalities = [m.fatalities for m in members if m.fatalities is not None]
        merged = dataclasses.replace(
            head,
            evidence=tuple(ev for m in members for ev in m.evidence),
            article_ids=tuple(dict.fromkeys(a for m in members for a in m.article_ids)),
            places=tuple(places),
            location=head.location or next((m.location for m in members if m.location), None),
            denied_by=head.denied_by or next((m.denied_by for m in members if m.denied_by),
                                             None),
            denial=head.denial or next((m.denial for m in members if m.denial), None),
            # ACLED's conservative rule: the lowest figure reported for the event
            fatalities=min(fatalities) if fatalities else None,
        )
        out.append((merged, tuple(order[i] for i in positions)))
    return sorted(out, key=lambda r: _order(r[0]))


def _order(e: Event) -> tuple:
    """Dated events first, oldest first; undated ones last (a None never meets a date)."""
    return (e.date is None, e.date.value if e.date else dt.date.min, e.article_ids,
            e.evidence[0].start if e.evidence else 0)
