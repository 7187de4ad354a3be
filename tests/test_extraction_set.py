"""Regression bars on the evaluation sets written for warta by annotators who had not seen the
extractor (see each set's README for its conventions):

- tests/fixtures/extraction_set: 7 English and 5 Indonesian reports, 76 figures, 90 traps,
  42 events;
- tests/fixtures/extraction_set_2: 5 English and 5 Indonesian reports, 85 figures, 132 traps,
  36 events (measured blind once, then used for fixes).

The bars are what warta reaches today on each set, a little below; a change that drops under
one fails."""

from __future__ import annotations

import pytest

from warta.data.parties import table
from warta.evaluate import evaluate

from .conftest import FIXTURES

# set -> measure -> the least score it must keep
BARS: dict[str, dict[str, float]] = {
    "extraction_set": {
        "figures recall": 0.90, "figures precision": 0.90, "figure qualifier": 0.95,
        "figure victims": 0.85, "traps avoided": 0.95,
        "events recall": 0.70, "event sub_event_type": 0.85, "event date": 0.70,
        "publication date accuracy": 0.9, "outlet accuracy": 0.9,
    },
    "extraction_set_2": {
        "figures recall": 0.83, "figures precision": 0.93, "figure qualifier": 0.95,
        "figure victims": 0.85, "figure as_of": 0.55, "traps avoided": 0.97,
        "events recall": 0.80, "event sub_event_type": 0.70, "event date": 0.70,
        "publication date accuracy": 0.85, "outlet accuracy": 0.85,
    },
}
GROUPS = {
    "figures": ("figures recall", "figures precision", "figure qualifier", "figure victims",
                "figure as_of", "traps avoided"),
    "events": ("events recall", "event sub_event_type", "event date"),
    "dates and outlets": ("publication date accuracy", "outlet accuracy"),
}


@pytest.fixture(scope="module", params=sorted(BARS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, float]]:
    name = request.param
    folder = FIXTURES / name
    mp = pytest.MonkeyPatch()
    mp.setenv("WARTA_PARTIES", str(folder / "parties.json"))
    table.cache_clear()
    try:
        report = evaluate(folder / "corpus", folder / "gold")
    finally:
        mp.undo()
        table.cache_clear()
    return name, {row["measure"]: row["score"] for row in report.rows()}


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_scores_stay_above_the_bars(scored: tuple[str, dict[str, float]], group: str) -> None:
    name, scores = scored
    bars = {m: b for m, b in BARS[name].items() if m in GROUPS[group]}
    assert bars
    below = {m: (scores[m], b) for m, b in bars.items() if scores[m] < b}
    assert not below, f"{name}: {below}"
