"""Contradictions within a story: accusations and their denials, and diverging figures.

An accusation and its denial are an event reported by one party and denied by another (linked
when the event was extracted or merged, see ``warta.link.coref``). Diverging figures are tallies
whose headline is far from what the other claimants say (see ``warta.link.tallies``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from warta.model import Event, Tally


def contradictions(events: Sequence[Event], tallies: Sequence[Tally]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for e in events:
        if e.denied_by:
            out.append({
                "kind": "denial",
                "event": e.sub_event_type,
                "date": e.date.iso() if e.date else None,
                "claimant": e.claimant,
                "claimant_text": e.claimant_text,
                "denied_by": e.denied_by,
                "accusation": e.evidence[0].text if e.evidence else "",
                "denial": e.denial.text if e.denial else "",
                "article_ids": list(e.article_ids),
            })
    for t in tallies:
        for flag in t.flags:
            out.append({"kind": "diverging figures", "claimant": t.claimant, "detail": flag,
                        "value": t.headline.value, "as_of": t.headline.as_of.isoformat()
                        if t.headline.as_of else None})
    return out
