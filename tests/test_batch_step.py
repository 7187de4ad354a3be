"""The batch step (reference dates for undated articles) finds its candidates through an
inverted index; it must pick exactly what scoring every pair picks."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter

from warta.extract import Profile, reference_dates
from warta.model import DateValue


def every_pair(profiles: list[Profile]) -> dict[str, DateValue]:
    dated = [p for p in profiles if p.published and p.published.precision == "day"]
    undated = [p for p in profiles if not p.published]
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(set(p.names))
    n = len(profiles)
    vec = {p.id: {w: c * math.log(1 + n / df[w]) for w, c in p.names.items()} for p in profiles}

    def cosine(x: dict[str, float], y: dict[str, float]) -> float:
        dot = sum(v * y.get(k, 0.0) for k, v in x.items())
        nx = math.sqrt(sum(v * v for v in x.values()))
        ny = math.sqrt(sum(v * v for v in y.values()))
        return dot / (nx * ny) if nx and ny else 0.0

    out = {}
    for p in undated:
        score, _, best = max((cosine(vec[p.id], vec[d.id]), d.id, d) for d in dated)
        if score > 0:
            out[p.id] = DateValue(best.published.value, "day", best.id, "nearest article")
    return out


def test_inverted_index_picks_what_every_pair_picks() -> None:
    rng = random.Random(5)
    names = [f"Name{i}" for i in range(60)]
    profiles = []
    for i in range(400):
        words = Counter(rng.choices(names, k=rng.randint(0, 8)))
        published = (DateValue(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(90)), "day")
                     if rng.random() < 0.7 else None)
        profiles.append(Profile(f"a{i:04d}", words, published))
    expected = every_pair(profiles)
    assert len(expected) > 50
    assert reference_dates(profiles) == expected
    # The same text twice in a batch (one id), even with other metadata and so other names:
    # no error, and the undated articles still get dates.
    twice = profiles + [Profile(p.id, Counter({"Other": 1}), p.published) for p in profiles[:30]]
    assert len(reference_dates(twice)) > 50
