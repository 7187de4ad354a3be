"""Geoparsing corpora (LGL, TR-News, GeoVirus in the XML of the "Pragmatic Guide to Geoparsing
Evaluation"): how many gold toponyms warta finds, and how many of those it places within 161 km.

A gold toponym is found when a place warta reports for the article has a character span that
overlaps it, or has the same surface name; it is placed right when that place (the overlapping
one first) lies within ``WITHIN_KM`` of the gold point. Only toponyms with coordinates count.
The articles are read as they are (language English, no cleaning), so spans index the corpus text.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.model import Article, Extraction, Place

WITHIN_KM = 161.0
CORPORA = ("lgl", "TR-News", "GeoVirus")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    key: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class CorpusScore:
    name: str
    gold: int = 0
    found: int = 0
    near: int = 0
    reported: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (article key, what went wrong)

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def near_share(self) -> float:
        return self.near / self.found if self.found else 1.0


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_corpus(path: str | Path) -> Iterator[GoldArticle]:
    """Articles of one corpus file with their toponyms that have coordinates."""
    root = ET.parse(path).getroot()
    for number, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        key = article.get("docid") or article.findtext("source") or str(number)
        toponyms = []
        for t in (*article.iter("toponym"), *article.iter("location")):
            start, end = t.findtext("start"), t.findtext("end")
            gaz = t.find("gaztag")
            holder = gaz if gaz is not None else t
            lat, lon = _float(holder.findtext("lat")), _float(holder.findtext("lon"))
            if start is None or end is None or lat is None or lon is None:
                continue
            phrase = t.findtext("phrase") or t.findtext("name") or text[int(start):int(end)]
            toponyms.append(GoldToponym(int(start), int(end), phrase, lat, lon))
        yield GoldArticle(key, text, tuple(toponyms))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def reported_places(extraction: Extraction) -> list[Place]:
    """Every place warta reports for an article: the article's places, then its events'."""
    out = list(extraction.places)
    for event in extraction.events:
        out.extend(event.places)
        if event.location is not None:
            out.append(event.location)
    return out


def score_article(gold: GoldArticle, places: list[Place], score: CorpusScore) -> None:
    score.reported += len(places)
    for t in gold.toponyms:
        score.gold += 1
        overlapping = [p for p in places if p.evidence is not None
                       and p.evidence.start < t.end and t.start < p.evidence.end]
        same_name = [p for p in places if p.name.casefold() == t.phrase.casefold()]
        candidates = overlapping + [p for p in same_name if p not in overlapping]
        if not candidates:
            score.misses.append((gold.key, f"not found {t.phrase!r}"))
            continue
        score.found += 1
        first = next((p for p in candidates
                      if p.latitude is not None and p.longitude is not None), None)
        distance = (km(first.latitude, first.longitude, t.latitude, t.longitude)  # type: ignore[arg-type]
                    if first is not None else None)
        if distance is not None and distance <= WITHIN_KM:
            score.near += 1
        elif first is not None:
            score.misses.append((gold.key, (
                f"{t.phrase!r} placed at {first.canonical_name or first.name} "
                f"({first.country_code or '-'}, {first.gazetteer_id or '-'}, {distance:.0f} km)")))
        else:
            score.misses.append((gold.key, f"{t.phrase!r} placed at no coordinates"))


def evaluate_corpus(path: str | Path, gazetteer: object, limit: int | None = None) -> CorpusScore:
    """Run warta's per-article analysis over one corpus file and score it."""
    from warta.pipeline import analyse

    name = Path(path).stem
    score = CorpusScore(name)
    for number, gold in enumerate(read_corpus(path)):
        if limit is not None and number >= limit:
            break
        article = Article(id=f"{name}-{number}", source=str(path), text=gold.text,
                          language="en")
        extraction = analyse(article, None, gazetteer)  # type: ignore[arg-type]
        score_article(gold, reported_places(extraction), score)
    return score
