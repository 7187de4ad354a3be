"""Scoring extraction against gold in the format of ../shared/gold/seeds.

- ``casualties.jsonl``: a figure matches when doc, kind and value agree and its evidence span
  overlaps the gold one; qualifier, victims, victim_side, claimant, cumulative and as_of are
  then scored field by field. Rows marked ``optional`` may be found or not without penalty.
- ``not_casualties.jsonl``: numbers that are not casualty figures; reporting one is a false
  positive on a trap.
- ``events.jsonl``: an event matches on doc and an evidence span overlapping the sentence of
  the gold evidence; type, sub-type, date, actors, claimant, denial and places are then scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.annotate.numbers import find_numbers
from warta.annotate.sentences import sentences
from warta.model import Article, CasualtyClaim, Event, Extraction

CLAIM_FIELDS = ("qualifier", "victims", "victim_side", "claimant", "cumulative", "as_of")
EVENT_FIELDS = ("event_type", "sub_event_type", "date", "actor1", "target", "claimant",
                "denied_by", "places")


class GoldFileError(ValueError):
    """A corpus or gold file cannot be used; the message says which file and why."""


def _rows(path: Path) -> list[dict[str, Any]]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise GoldFileError(f"{path}:{no}: malformed JSON ({exc})") from None
    return out


def _span(text: str, evidence: str) -> tuple[int, int] | None:
    at = text.find(evidence)
    return (at, at + len(evidence)) if at >= 0 else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class ExtractionReport:
    figures_gold: int = 0
    figures_found: int = 0
    figures_predicted: int = 0
    optional_found: int = 0
    claim_fields: dict[str, list[int]] = field(default_factory=dict)
    traps: int = 0
    trap_hits: int = 0
    events_gold: int = 0
    events_found: int = 0
    events_predicted: int = 0
    event_fields: dict[str, list[int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[dict[str, Any]]:
        if self.figures_gold:
            found, gold, pred = self.figures_found, self.figures_gold, self.figures_predicted
            precision = (found + self.optional_found) / pred if pred else 1.0
            recall = found / gold
            yield {"measure": "figures recall", "score": recall,
                   "detail": f"{found} of {gold} gold figures found (kind, value, evidence)"}
            yield {"measure": "figures precision", "score": precision,
                   "detail": f"{found + self.optional_found} of {pred} reported figures are gold"}
            yield {"measure": "figures F1", "score": _f1(precision, recall), "detail": ""}
            for name in CLAIM_FIELDS:
                right, total = self.claim_fields.get(name, [0, 0])
                yield {"measure": f"figure {name}", "score": right / total if total else 1.0,
                       "detail": f"{right} of {total} matched figures"}
            right = sum(v[0] for v in self.claim_fields.values())
            total = sum(v[1] for v in self.claim_fields.values())
            yield {"measure": "figure fields (all)", "score": right / total if total else 1.0,
                   "detail": f"{right} of {total} field values"}
        if self.traps:
            yield {"measure": "traps avoided", "score": 1 - self.trap_hits / self.traps,
                   "detail": f"{self.trap_hits} of {self.traps} non-figures reported as figures"}
        if self.events_gold:
            found, gold, pred = self.events_found, self.events_gold, self.events_predicted
            precision = found / pred if pred else 1.0
            recall = found / gold
            yield {"measure": "events recall", "score": recall,
                   "detail": f"{found} of {gold} gold events found (evidence sentence)"}
            yield {"measure": "events precision", "score": precision,
                   "detail": f"{found} of {pred} reported events are gold"}
            yield {"measure": "events F1", "score": _f1(precision, recall), "detail": ""}
            for name in EVENT_FIELDS:
                right, total = self.event_fields.get(name, [0, 0])
                yield {"measure": f"event {name}", "score": right / total if total else 1.0,
                       "detail": f"{right} of {total} matched events; {right} of {gold} gold"}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _tally(fields: dict[str, list[int]], name: str, right: bool) -> None:
    counts = fields.setdefault(name, [0, 0])
    counts[0] += int(right)
    counts[1] += 1


def _claim_value(claim: CasualtyClaim, name: str) -> Any:
    value = getattr(claim, name)
    if name == "as_of":
        return value.value.isoformat() if value else None
    return value


def _event_value(event: Event, name: str) -> Any:
    value = getattr(event, name)
    if name == "date":
        return value.value.isoformat() if value else None
    if name == "places":
        return sorted(p.name for p in value)
    return value


def score(articles: dict[str, Article], extractions: dict[str, Extraction], gold: Path
          ) -> ExtractionReport:
    report = ExtractionReport()
    casualties = gold / "casualties.jsonl"
    if casualties.exists():
        _score_claims(report, articles, extractions, _rows(casualties))
    traps = gold / "not_casualties.jsonl"
    if traps.exists():
        _score_traps(report, articles, extractions, _rows(traps))
    events = gold / "events.jsonl"
    if events.exists():
        _score_events(report, articles, extractions, _rows(events))
    return report


def _score_claims(report: ExtractionReport, articles: dict[str, Article],
                  extractions: dict[str, Extraction], rows: list[dict[str, Any]]) -> None:
    used: set[tuple[str, int]] = set()
    report.figures_predicted = sum(len(e.claims) for e in extractions.values())
    for row in rows:
        doc = row["doc"]
        optional = bool(row.get("optional"))
        report.figures_gold += 0 if optional else 1
        article, ex = articles.get(doc), extractions.get(doc)
        if article is None or ex is None:
            report.problems.append(f"{doc}: not in the corpus")
            continue
        span = _span(article.text, row["evidence"])
        match = None
        for i, c in enumerate(ex.claims):
            if (doc, i) in used or c.kind != row["kind"] or c.value != row["value"]:
                continue
            if span and _overlap(span, (c.evidence.start, c.evidence.end)):
                match = i
                break
        if match is None:
            if not optional:
                report.problems.append(
                    f"{doc}: figure missed: {row['kind']} {row['value']} «{row['evidence']}»")
            continue
        used.add((doc, match))
        if optional:
            report.optional_found += 1
            continue
        report.figures_found += 1
        claim = ex.claims[match]
        for name in CLAIM_FIELDS:
            got, want = _claim_value(claim, name), row.get(name)
            _tally(report.claim_fields, name, got == want)
            if got != want:
                report.problems.append(f"{doc}: figure {row['value']}: {name} {got!r}, gold "
                                       f"{want!r}")
    for doc, ex in extractions.items():
        for i, c in enumerate(ex.claims):
            if (doc, i) not in used:
                report.problems.append(f"{doc}: extra figure: {c.kind} {c.value} "
                                       f"«{c.evidence.text[:60]}»")


def _score_traps(report: ExtractionReport, articles: dict[str, Article],
                 extractions: dict[str, Extraction], rows: list[dict[str, Any]]) -> None:
    for row in rows:
        report.traps += 1
        article, ex = articles.get(row["doc"]), extractions.get(row["doc"])
        if article is None or ex is None:
            continue
        span = _span(article.text, row["text"])
        if span is None:
            continue
        values = {n.value for n in find_numbers(row["text"], article.language)}
        for c in ex.claims:
            if c.value in values and _overlap(span, (c.evidence.start, c.evidence.end)):
                report.trap_hits += 1
                report.problems.append(f"{row['doc']}: trap reported as a figure: «{row['text']}»")
                break


def _score_events(report: ExtractionReport, articles: dict[str, Article],
                  extractions: dict[str, Extraction], rows: list[dict[str, Any]]) -> None:
    used: set[tuple[str, int]] = set()
    report.events_predicted = sum(len(e.events) for e in extractions.values())
    sentence_spans = {doc: sentences(a.text) for doc, a in articles.items()}
    for row in rows:
        doc = row["doc"]
        report.events_gold += 1
        article, ex = articles.get(doc), extractions.get(doc)
        if article is None or ex is None:
            continue
        span = _span(article.text, row["evidence"])
        if span is None:
            report.problems.append(f"{doc}: gold evidence not in the cleaned text")
            continue
        sentence = next(((s.start, s.end) for s in sentence_spans[doc]
                         if _overlap((s.start, s.end), span)), span)
        candidates = [i for i, e in enumerate(ex.events) if (doc, i) not in used and any(
            _overlap(sentence, (ev.start, ev.end)) for ev in e.evidence)]
        if not candidates:
            report.problems.append(f"{doc}: event missed: {row['sub_event_type']} "
                                   f"«{row['evidence'][:60]}»")
            continue
        best = next((i for i in candidates
                     if ex.events[i].sub_event_type == row["sub_event_type"]), candidates[0])
        used.add((doc, best))
        report.events_found += 1
        event = ex.events[best]
        for name in EVENT_FIELDS:
            want = row.get(name)
            if name == "places":
                want = sorted(want or [])
            got = _event_value(event, name)
            _tally(report.event_fields, name, got == want)
            if got != want:
                report.problems.append(f"{doc}: event «{row['evidence'][:40]}»: {name} {got!r}, "
                                       f"gold {want!r}")
