"""`warta eval CORPUS --gold-acled FILE.csv`: score warta's events against ACLED-format rows.

A warta event and a gold row match when their event types agree, their dates are within the
row's time_precision (1: the same day, 2: the same week, 3: the same month) and, when both have
coordinates, they lie within MATCH_KM of each other. Matching is one-to-one and greedy, best
pairs first (closest date, then distance, then same sub-type and fatalities). Reported: recall,
precision, sub-event-type accuracy, date accuracy (the same day), distance error (median, share
within 25 km) and fatality exact match, over the matched pairs.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.evaluate_extract import GoldFileError
from warta.model import Event

MATCH_KM = 100.0
NEAR_KM = 25.0
PRECISION_DAYS = {1: 1, 2: 7, 3: 31}


@dataclass(frozen=True)
class GoldRow:
    line: int
    date: dt.date
    time_precision: int
    event_type: str
    sub_event_type: str
    latitude: float | None
    longitude: float | None
    fatalities: int | None


@dataclass
class AcledReport:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    sub_type_right: int = 0
    date_right: int = 0
    distances: list[float] = field(default_factory=list)
    fatalities_right: int = 0
    problems: list[str] = field(default_factory=list)

    def rows(self) -> list[dict[str, Any]]:
        m = self.matched
        near = sum(1 for d in self.distances if d <= NEAR_KM)
        median = statistics.median(self.distances) if self.distances else 0.0
        return [
            {"measure": "acled recall", "score": m / self.gold if self.gold else 1.0,
             "detail": f"{m} of {self.gold} gold rows matched"},
            {"measure": "acled precision", "score": m / self.predicted if self.predicted else 1.0,
             "detail": f"{m} of {self.predicted} warta events matched"},
            {"measure": "acled sub_event_type", "score": self.sub_type_right / m if m else 1.0,
             "detail": f"{self.sub_type_right} of {m} matched"},
            {"measure": "acled date", "score": self.date_right / m if m else 1.0,
             "detail": f"{self.date_right} of {m} matched on the same day"},
            {"measure": "acled distance within 25 km",
             "score": near / len(self.distances) if self.distances else 1.0,
             "detail": f"median error {median:.1f} km over {len(self.distances)} located pairs"},
            {"measure": "acled fatalities", "score": self.fatalities_right / m if m else 1.0,
             "detail": f"{self.fatalities_right} of {m} matched with the same count"},
        ]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_gold(path: str | Path) -> list[GoldRow]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read it ({exc})") from None
    reader = csv.DictReader(text.splitlines())
    need = ("event_date", "event_type", "sub_event_type")
    missing = [c for c in need if c not in (reader.fieldnames or [])]
    if missing:
        raise GoldFileError(f"{path}: not an ACLED-format CSV (no {', '.join(missing)} column)")
    rows = []
    for line, row in enumerate(reader, start=2):
        from warta.evaluate_dev import parse_acled_date

        date = parse_acled_date(row["event_date"])
        if date is None:
            raise GoldFileError(f"{path}:{line}: event_date {row['event_date']!r} is not a "
                                "date")
        fatalities = _float(row.get("fatalities"))
        rows.append(GoldRow(line, date, int(_float(row.get("time_precision")) or 1),
                            row["event_type"], row["sub_event_type"],
                            _float(row.get("latitude")), _float(row.get("longitude")),
                            int(fatalities) if fatalities is not None else None))
    return rows


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def score(events: list[Event], gold: list[GoldRow]) -> AcledReport:
    report = AcledReport(gold=len(gold), predicted=len(events))
    pairs = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(events):
            if e.event_type != g.event_type or e.date is None:
                continue
            days = abs((e.date.value - g.date).days)
            if days >= PRECISION_DAYS.get(g.time_precision, 1):
                continue
            loc = e.location
            km = None
            if (loc and loc.latitude is not None and g.latitude is not None
                    and g.longitude is not None):
                km = _km(loc.latitude, loc.longitude, g.latitude, g.longitude)
                if km > MATCH_KM:
                    continue
            pairs.append((days, km if km is not None else 0.0, e.sub_event_type !=
                          g.sub_event_type, (e.fatalities or 0) != (g.fatalities or 0), gi, ei,
                          km))
    used_g: set[int] = set()
    used_e: set[int] = set()
    for days, _, sub_wrong, fat_wrong, gi, ei, km in sorted(pairs):
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        report.matched += 1
        report.sub_type_right += not sub_wrong
        report.date_right += days == 0
        report.fatalities_right += not fat_wrong
        if km is not None:
            report.distances.append(km)
    for gi, g in enumerate(gold):
        if gi not in used_g:
            report.problems.append(f"gold row {g.line} ({g.date}, {g.sub_event_type}) not "
                                   "matched")
    return report
