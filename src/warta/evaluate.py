"""`warta eval`: score warta against gold annotations in the format of ../shared/gold/seeds.

The corpus goes through the same pipeline as `warta ingest` (nothing is stored), and
the resulting articles and extractions are compared with the gold files that are present:

- ``boilerplate.jsonl`` (furniture lines): precision and recall of the lines removed;
- ``articles.json`` (publication date and outlet per document; null = the text states none);
- ``casualties.jsonl``, ``not_casualties.jsonl``, ``events.jsonl``: extraction, scored by
  :mod:`warta.evaluate_extract`.

A document is named by its file's stem (``000_a80406941112fccf``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.evaluate_extract import ExtractionReport, GoldFileError, _rows, score
from warta.ingest import ReadOptions, expand
from warta.model import Article, Event, Extraction
from warta.pipeline import IngestResult, ingest

# The corpus or the gold folder cannot be used; the message says which file and why.
GoldError = GoldFileError


@dataclass
class Report:
    furniture_tp: int = 0
    furniture_fp: int = 0
    furniture_fn: int = 0
    dates_right: int = 0
    dates_total: int = 0
    outlets_right: int = 0
    outlets_total: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    extraction: ExtractionReport | None = None

    def rows(self) -> Iterator[dict[str, Any]]:
        tp, fp, fn = self.furniture_tp, self.furniture_fp, self.furniture_fn
        yield {"measure": "furniture precision", "score": _ratio(tp, tp + fp),
               "detail": f"{tp} of {tp + fp} removed lines are furniture"}
        yield {"measure": "furniture recall", "score": _ratio(tp, tp + fn),
               "detail": f"{tp} of {tp + fn} furniture lines removed"}
        yield {"measure": "publication date accuracy",
               "score": _ratio(self.dates_right, self.dates_total),
               "detail": f"{self.dates_right} of {self.dates_total} (unknown must stay unknown)"}
        yield {"measure": "outlet accuracy", "score": _ratio(self.outlets_right,
                                                            self.outlets_total),
               "detail": f"{self.outlets_right} of {self.outlets_total}"}
        top = max(self.languages.values(), default=0)
        yield {"measure": "language agreement", "score": _ratio(top, self.documents),
               "detail": ", ".join(f"{k}: {v}" for k, v in sorted(self.languages.items()))}
        if self.extraction is not None:
            yield from self.extraction.rows()


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _results(corpus: str | Path, gazetteer: Any = None) -> list[IngestResult]:
    """The readable documents of ``corpus`` through the real pipeline (nothing stored)."""
    return [r for r in ingest(expand([str(corpus)]), None, ReadOptions(), gazetteer=gazetteer)
            if r.article is not None and r.extraction is not None]


def run_corpus(corpus: str | Path) -> dict[str, Article]:
    """Articles of ``corpus`` by document stem, through the real ingest pipeline."""
    return {stem: article for stem, (article, _) in _by_stem(corpus).items()}


def _by_stem(corpus: str | Path) -> dict[str, tuple[Article, Extraction]]:
    if not Path(corpus).is_dir():
        raise GoldError(f"{corpus}: not a folder")
    return {Path(r.source).stem: (r.article, r.extraction)  # type: ignore[misc]
            for r in _results(corpus)}


def run_corpus_by_key(corpus: str | Path) -> dict[str, Article]:
    """Articles of ``corpus`` keyed by path relative to it (``#id`` added for JSONL records)."""
    root = Path(corpus)
    return {Path(r.source).relative_to(root).as_posix()
            + (f"#{r.source_id}" if r.source_id else ""): r.article  # type: ignore[misc]
            for r in _results(root)}


def evaluate(corpus: str | Path, gold: str | Path) -> Report:
    """Cleaning and extraction scores of ``corpus`` against the gold files in ``gold``."""
    return evaluate_cleaning(corpus, gold, extraction=True)


def evaluate_cleaning(corpus: str | Path, gold: str | Path, extraction: bool = False
                      ) -> Report:
    gold = Path(gold)
    if not gold.is_dir():
        raise GoldError(f"{gold}: not a folder")
    runs = _by_stem(corpus)
    articles = {stem: article for stem, (article, _) in runs.items()}
    report = Report(documents=len(articles))
    for a in articles.values():
        report.languages[a.language] = report.languages.get(a.language, 0) + 1
    boiler = gold / "boilerplate.jsonl"
    if boiler.exists():
        expected: dict[str, set[str]] = {}
        for row in _rows(boiler):
            expected.setdefault(row["doc"], set()).add(row["line"].strip())
        for doc, article in articles.items():
            removed = {r.text.strip() for r in article.removed}
            want = expected.get(doc, set())
            report.furniture_tp += len(removed & want)
            for line in sorted(removed - want):
                report.furniture_fp += 1
                report.problems.append(f"{doc}: removed article text: {line[:70]!r}")
            for line in sorted(want - removed):
                report.furniture_fn += 1
                report.problems.append(f"{doc}: furniture kept: {line[:70]!r}")
    meta = gold / "articles.json"
    if meta.exists():
        try:
            truth = json.loads(meta.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise GoldError(f"{meta}: malformed JSON ({exc})") from None
        for doc, want in truth.items():
            article = articles.get(doc)
            got_date = article.published.iso() if article and article.published else None
            got_outlet = article.outlet if article else None
            report.dates_total += 1
            report.outlets_total += 1
            if got_date == want.get("date"):
                report.dates_right += 1
            else:
                report.problems.append(f"{doc}: date {got_date}, gold {want.get('date')}")
            if (got_outlet or "").casefold() == (want.get("outlet") or "").casefold():
                report.outlets_right += 1
            else:
                report.problems.append(f"{doc}: outlet {got_outlet}, gold {want.get('outlet')}")
    if extraction and any((gold / n).exists() for n in ("casualties.jsonl", "events.jsonl")):
        extractions = {stem: extraction for stem, (_, extraction) in runs.items()}
        report.extraction = score(articles, extractions, gold)
        report.problems.extend(report.extraction.problems)
    return report


def acled_events(corpus: str | Path, gazetteer: Any) -> list[Event]:
    """Every event warta finds in ``corpus``, located with ``gazetteer``, reports of one event
    merged by the link stage (the events ``warta timeline`` and ``warta export`` give)."""
    from warta.link.report import link

    if not Path(corpus).exists():
        raise GoldError(f"{corpus}: no such file or folder")
    pairs = [(r.article, r.extraction) for r in _results(corpus, gazetteer)]
    return [e.event for e in link(pairs).merged_events]  # type: ignore[arg-type]
