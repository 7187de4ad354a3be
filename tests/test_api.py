"""The Python API, as the README shows it (the example runs here)."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import warta
import warta.api
from warta.model import Article, CasualtyClaim, Event


def test_doctest_example() -> None:
    failures, tests = doctest.testmod(warta.api)
    assert tests > 0 and failures == 0


def test_texts_and_paths_together(tmp_path: Path, gazetteer) -> None:
    records = tmp_path / "feed.jsonl"
    records.write_text(json.dumps({
        "id": "r1", "text": "Serangan itu menewaskan sedikitnya 17 warga sipil di kota Goma, "
                            "kata juru bicara militer, Selasa (12/3/2024).", "language": "id"})
                       + "\n{broken\n")
    result = warta.process([
        "Shelling killed 14 people near Goma on Sunday, the health ministry said.",
        records,
    ])
    assert all(isinstance(a, Article) for a in result.articles)
    assert [a.source_id for a in result.articles] == [None, "r1"]
    assert all(isinstance(c, CasualtyClaim) for c in result.claims)
    assert [(c.kind, c.value) for c in result.claims] == [("killed", 14), ("killed", 17)]
    assert all(isinstance(e, Event) for e in result.events)
    located = [e.location for e in result.events if e.location]
    assert located and located[0].country_code == "CD"
    assert [f.position for f in result.failures] == [2]
