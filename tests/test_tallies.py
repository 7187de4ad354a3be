"""Tallies: running totals per claimant over time, incident tolls kept out, outliers flagged."""

from __future__ import annotations

import datetime as dt

from warta.link.tallies import tallies
from warta.model import CasualtyClaim, DateValue, Evidence


def claim(value: int, claimant: str, victims: str, side: str | None, day: str,
          cumulative: bool = True, qualifier: str = "exact") -> tuple[CasualtyClaim, str]:
    return CasualtyClaim(
        kind="killed", value=value, qualifier=qualifier, victims=victims,  # type: ignore[arg-type]
        evidence=Evidence("a", 0, 1, str(value)), victim_side=side, claimant=claimant,
        cumulative=cumulative, as_of=DateValue(dt.date.fromisoformat(day), "day")), f"art-{day}"


def test_series_headline_and_the_toll_of_one_incident_kept_out() -> None:
    rows = tallies([
        claim(963, "ARM", "soldiers", "ARM", "2020-10-24"),
        claim(927, "ARM", "soldiers", "ARM", "2020-10-23"),
        claim(927, "ARM", "soldiers", "ARM", "2020-10-23"),  # a syndicated copy
        claim(1166, "ARM", "soldiers", "ARM", "2020-11-01"),
        claim(36, "ARM", "soldiers", "ARM", "2020-10-24", cumulative=False),  # one incident
    ])
    (t,) = rows
    assert [p.value for p in t.points] == [927, 963, 1166]
    assert t.headline.value == 1166 and t.flags == ()


def test_an_outside_estimate_far_from_both_sides_is_flagged() -> None:
    rows = tallies([
        claim(1166, "ARM", "soldiers", "ARM", "2020-11-01"),
        claim(45, "ARM", "civilians", "ARM", "2020-11-01"),
        claim(91, "AZE", "civilians", "AZE", "2020-11-01", qualifier="at_least"),
        claim(5000, "RUS", "people", "BOTH", "2020-11-01", qualifier="about"),
    ])
    flagged = {t.claimant: t.flags for t in rows}
    assert flagged["ARM"] == () and flagged["AZE"] == ()
    assert "ARM: 1,211" in flagged["RUS"][0] and "AZE: 91" in flagged["RUS"][0]
    # with only one side's figure near the date there is nothing to compare with
    alone = tallies([claim(91, "AZE", "civilians", "AZE", "2020-11-01"),
                     claim(5000, "RUS", "people", "BOTH", "2020-11-01")])
    assert all(t.flags == () for t in alone)


def test_a_tally_names_its_claimant_as_its_latest_figure_does() -> None:
    import dataclasses

    early, _ = claim(927, "ARM", "soldiers", "ARM", "2020-10-23")
    late, _ = claim(1166, "ARM", "soldiers", "ARM", "2020-11-01")
    (t,) = tallies([
        (dataclasses.replace(early, claimant_text="Armenia's defence ministry"), "a1"),
        (dataclasses.replace(late, claimant_text="ministry spokeswoman Shushan Stepanyan"), "a2"),
    ])
    assert t.claimant == "ARM" and t.claimant_text == "ministry spokeswoman Shushan Stepanyan"
    (u,) = tallies([claim(12, "UNK", "people", None, "2020-10-23")])
    assert u.claimant_text is None  # nobody named: the dashboard says "unattributed"
