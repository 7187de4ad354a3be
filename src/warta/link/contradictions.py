"""Contradictions within a story: accusations and their denials, and diverging figures.

An accusation and its denial are an event reported by one party and denied by another (linked
when the event was extracted or merged, see ``warta.link.coref``). Diverging figures are tallies
whose headline is far from what the story's other claimants say (see ``warta.link.tallies``).
Both come from one story's own events and tallies, never from several stories.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.model import Contradiction, LinkedEvent, Tally


def contradictions(story_id: str, events: Sequence[LinkedEvent], tallies: Sequence[Tally],
                   outlets: Mapping[str, str | None] | None = None) -> list[Contradiction]:
    """The contradictions of one story; ``outlets`` maps its article ids to their outlets."""
    outlets = outlets or {}

    def named(article_ids: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o for a in article_ids if (o := outlets.get(a))))

    out: list[Contradiction] = []
    for linked in events:
        e = linked.event
        if not e.denied_by:
            continue
        accusation = e.evidence[0] if e.evidence else None
        out.append(Contradiction(
            kind="denial", story_id=story_id, claimant=e.claimant,
            claimant_text=e.claimant_text, denied_by=e.denied_by, event_id=linked.id,
            event=e.sub_event_type, date=e.date.value if e.date else None,
            accusation=accusation.text if accusation else "",
            denial=e.denial.text if e.denial else "",
            evidence=tuple(x for x in (accusation, e.denial) if x is not None),
            article_ids=e.article_ids, outlets=named(e.article_ids)))
    for t in tallies:
        ids = tuple(dict.fromkeys(p.article_id for p in t.points))
        for flag in t.flags:
            out.append(Contradiction(
                kind="diverging figures", story_id=story_id, claimant=t.claimant,
                detail=flag, value=t.headline.value, as_of=t.headline.as_of, article_ids=ids,
                outlets=named(ids)))
    return out
