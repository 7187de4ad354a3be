"""Casualty tallies: each claimant's running totals over time, never mixed with incident tolls.

A tally is the series of cumulative figures one claimant states for one kind of casualty among
one group (victims and their side), ordered by the day each refers to; the same figure repeated
(a syndicated copy, a restatement) counts once. Its headline is the latest point. A headline far
from what the other claimants say (more than ``FAR`` times, or less than a ``FAR``-th of, the sum
of their latest totals for the same kind) is flagged with who says what.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from warta.model import CasualtyClaim, Tally, TallyPoint

FAR = 3.0


def tallies(claims: Iterable[tuple[CasualtyClaim, str]]) -> list[Tally]:
    """Tallies from (claim, article id) pairs: running totals only."""
    groups: dict[tuple, dict[tuple, TallyPoint]] = {}
    named: dict[tuple, dict[tuple, str]] = {}  # how the text names the claimant, per point
    for claim, article_id in claims:
        if not claim.cumulative:
            continue
        key = (claim.claimant or "UNK", claim.kind, claim.victims, claim.victim_side)
        as_of = claim.as_of.value if claim.as_of else None
        point = TallyPoint(claim.value, claim.qualifier, as_of, article_id, claim.evidence.text)
        groups.setdefault(key, {}).setdefault((as_of, claim.value), point)
        if claim.claimant_text:
            named.setdefault(key, {}).setdefault((as_of, claim.value), claim.claimant_text)
    out = []
    for group, points in groups.items():
        claimant, kind, victims, side = group
        ordered = sorted(points.items(), key=lambda kp: (kp[1].as_of is None, kp[1].as_of,
                                                         kp[1].value))
        texts = [named.get(group, {}).get(k) for k, _ in ordered]
        text = next((t for t in reversed(texts) if t), None)  # the latest that names them
        out.append(Tally(claimant, kind, victims, side, tuple(p for _, p in ordered),
                         claimant_text=text))
    return _flag(sorted(out, key=lambda t: (t.kind, t.claimant, t.victims, t.victim_side or "")))


# Others' figures are compared when stated within this many days of the headline.
NEAR_DAYS = 7


def _value_near(t: Tally, day: dt.date | None) -> int | None:
    """The tally's latest value stated within NEAR_DAYS of ``day`` (on or before it first)."""
    if day is None:
        return t.headline.value
    near = [p for p in t.points if p.as_of and abs((p.as_of - day).days) <= NEAR_DAYS]
    return max(near, key=lambda p: p.as_of).value if near else None


def _flag(all_tallies: list[Tally]) -> list[Tally]:
    """An overall toll (people on all sides) is compared with the sum of the other claimants'
    own totals, when at least two of them give one near the same day; a group's toll with the
    other claimants' figures for the same group."""
    out = []
    for t in all_tallies:
        day = t.headline.as_of
        others = [o for o in all_tallies if o.kind == t.kind and o.claimant not in
                  (t.claimant, "UNK")]
        if t.victims == "people":
            comparable = [o for o in others if o.victims != "people"]
            minimum_claimants = 2
        else:
            comparable = [o for o in others if (o.victims, o.victim_side) ==
                          (t.victims, t.victim_side)]
            minimum_claimants = 1
        by_claimant: dict[str, int] = {}
        for o in comparable:
            value = _value_near(o, day)
            if value is not None:
                by_claimant[o.claimant] = by_claimant.get(o.claimant, 0) + value
        flags = []
        reference = sum(by_claimant.values())
        value = t.headline.value
        if len(by_claimant) >= minimum_claimants and reference and (
                value > FAR * reference or value * FAR < reference):
            says = "; ".join(f"{c}: {v:,}" for c, v in sorted(by_claimant.items()))
            flags.append(f"{t.claimant} says {value:,} ({t.headline.qualifier}) {t.kind} "
                         f"{t.victims}, far from the others' own figures ({says})")
        out.append(replace(t, flags=tuple(flags)))
    return out
