"""The publication date an article states about itself, and the year when it leaves it out.

Only publication-style expressions count: a date in the dateline ("Konfirmasitimes.com-Jakarta
(04/10/2020)"), a weekday with its date ("Kamis (1/10/2020)", "Sabtu (24/10)", "Rabu, 13 Maret
2024"), a date in parentheses, or a credit line ending a paragraph ("Aljazeera, 1/11."). A date
inside the story ("the fighting that began on 27 September") is an event date, not the
publication date. Reports look back, so when several publication-style dates appear the latest is
taken. A date written without its year takes the year from the article itself (a full date in it,
else the years and weekday-dates it names: :func:`article_year`), else stays partial for
:func:`infer_year` to resolve against articles of the same story.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from warta.lang import LanguagePack, data, load_all
from warta.model import DateValue, PartialDate
from warta.patterns import alternation

# How far from the reference date a year-less date may be placed: reports look back much more
# often than they look ahead, so the year that puts the date nearest the reference wins.
YEAR_WINDOW = 1


@dataclass(frozen=True, slots=True)
class DateMention:
    year: int | None
    month: int
    day: int
    start: int
    end: int
    text: str
    kind: str  # "weekday", "parenthesised", "credit", "full"
    credit: str | None = None


@dataclass(frozen=True)
class _Patterns:
    publication: tuple[tuple[str, re.Pattern[str]], ...]
    full: tuple[re.Pattern[str], ...]
    expressions: tuple[re.Pattern[str], ...]
    weekday_prefix: re.Pattern[str]
    since: re.Pattern[str]  # "sejak", "since" ending the text before a date
    months: dict[str, int]
    weekdays: dict[str, int]
    named_year: re.Pattern[str]  # "tahun 2020", "in 2020", "Oktober 2020"
    weekday_word: re.Pattern[str]
    capitalised_only: frozenset[str]  # "Minggu" is Sunday, "minggu" a week


@cache
def patterns(codes: tuple[str, ...] | None = None) -> _Patterns:
    packs: Sequence[LanguagePack] = load_all()
    if codes is not None:
        packs = [p for p in packs if p.code in codes]
    wd = alternation(w for p in packs for w in p.weekdays)
    mn = alternation(m for p in packs for m in p.months)
    months = {m: n for p in packs for m, n in p.months.items()}
    num = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?"
    flags = re.I | re.M
    publication = (
        ("weekday", re.compile(rf"\b(?:{wd})\b\s*,?\s*\(\s*{num}\s*\)", flags)),
        ("weekday", re.compile(rf"\b(?:{wd})\b\s*,\s*(?P<d>\d{{1,2}})\s+(?P<mn>{mn})\.?\s+"
                               rf"(?P<y>\d{{4}})\b", flags)),
        ("weekday", re.compile(rf"\b(?:{wd})\b\s*,\s*(?P<mn>{mn})\.?\s+(?P<d>\d{{1,2}}),?\s+"
                               rf"(?P<y>\d{{4}})\b", flags)),
        ("parenthesised", re.compile(r"\(\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
                                     r"(?P<y>\d{4})\s*\)", flags)),
        ("credit", re.compile(r"(?P<credit>\b[A-Z][\w&'’-]*(?:\.\w+)*(?:[ ][A-Z][\w&'’-]*"
                              r"(?:\.\w+)*){0,3}),[ \t]*"
                              r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?[ \t]*"
                              r"[.)]?[ \t]*$", re.M)),
    )
    full = (
        re.compile(r"\b(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\b"),
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mn>{mn})\.?\s+(?P<y>\d{{4}})\b", re.I),
        re.compile(rf"\b(?P<mn>{mn})\.?\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})\b", re.I),
    )
    expressions = (
        re.compile(r"^(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}|\d{2}))?$"),
        re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<mn>{mn})\.?(?:,?\s+(?P<y>\d{{4}}))?$", re.I),
        re.compile(rf"^(?P<mn>{mn})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?$", re.I),
    )
    since_words = alternation(w for p in packs for w in p.since_words)
    leads = alternation(w for p in packs for w in p.date_leads)
    since = re.compile(rf"\b(?:{since_words})\s+(?:(?:{leads})\s+)?$", re.I)
    weekday_prefix = re.compile(rf"^(?:{wd})\b[,\s]*", re.I)
    weekdays = {w: n for p in packs for w, n in p.weekdays.items()}
    year_words = alternation([*(w for p in packs for w in p.year_words), *months])
    named_year = re.compile(rf"(?<![\w-])(?:{year_words})\.?\s+((?:19|20)\d\d)(?![\w/.,-]\d)",
                            re.I)
    capitalised = frozenset(w.lower() for p in packs
                            for w in data(p.code, "time").CAPITALISED_ONLY)
    return _Patterns(publication, full, expressions, weekday_prefix, since, months, weekdays,
                     named_year, re.compile(rf"(?<![\w'-])(?:{wd})(?![\w'-])", re.I),
                     capitalised)


def _fields(m: re.Match[str], months: dict[str, int]) -> tuple[int | None, int, int] | None:
    groups = m.groupdict()
    day = int(groups["d"])
    month = months[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
    year_text = groups.get("y")
    year = None
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return year, month, day


# Every pattern needs a numeric date ("1/10") or a four-digit year: lines without either are
# skipped before the (slow, many-alternative) patterns run.
_PUBLICATION_HINT = re.compile(r"\d\s*[/.-]\s*\d|\d{4}")
_YEAR_HINT = re.compile(r"\d{4}")


def _lines_with(text: str, hint: re.Pattern[str]) -> Iterable[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        if hint.search(line):
            yield offset, line
        offset += len(line)


def mentions(text: str) -> list[DateMention]:
    """Publication-style date mentions in ``text``, in order of position."""
    pats = patterns()
    found: list[DateMention] = []
    for offset, line in _lines_with(text, _PUBLICATION_HINT):
        taken: list[tuple[int, int]] = []
        for kind, pattern in pats.publication:
            for m in pattern.finditer(line):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                fields = _fields(m, pats.months)
                if fields is None or pats.since.search(line[max(0, m.start() - 30):m.start()]):
                    continue
                year, month, day = fields
                taken.append((m.start(), m.end()))
                found.append(DateMention(year, month, day, offset + m.start(), offset + m.end(),
                                         m.group(0).strip(), kind, m.groupdict().get("credit")))
    return sorted(found, key=lambda d: d.start)


def full_dates(text: str) -> list[dt.date]:
    """Every date written with day, month and year anywhere in ``text``."""
    pats = patterns()
    out: list[dt.date] = []
    for _, line in _lines_with(text, _YEAR_HINT):
        for pattern in pats.full:
            for m in pattern.finditer(line):
                fields = _fields(m, pats.months)
                if fields and fields[0] and 1900 <= fields[0] <= 2100:
                    out.append(dt.date(*fields))  # type: ignore[arg-type]
    return out


def parse_expression(text: str) -> tuple[int | None, int, int] | None:
    """Day, month and maybe year of a short date expression ("04/10/2020", "March 14")."""
    pats = patterns()
    candidates = [text]
    # "Sudan, June 12" (a country before the date), "Saturday 13 April 2024" (a weekday)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    candidates += [", ".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        candidate = pats.weekday_prefix.sub("", candidate.strip().strip("(),.")).strip("(),. ")
        for pattern in pats.expressions:
            m = pattern.match(candidate)
            if m:
                return _fields(m, pats.months)
    return None


def place_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``reference`` (within a year either side)."""
    best: dt.date | None = None
    for year in range(reference.year - YEAR_WINDOW, reference.year + YEAR_WINDOW + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def named_years(text: str) -> list[int]:
    """Years ``text`` names as years ("pada 2020", "in 2019", "Oktober 2020"), in order."""
    pats = patterns()
    return [int(m.group(1)) for _, line in _lines_with(text, _YEAR_HINT)
            for m in pats.named_year.finditer(line)]


def _weekday_dates(found: Sequence[DateMention]) -> list[tuple[int, int, int]]:
    """(weekday, month, day) of the weekday-dates written without a year ("Sabtu (24/10)")."""
    pats = patterns()
    out = []
    for m in found:
        if m.kind != "weekday" or m.year is not None:
            continue
        word = re.match(r"[\w']+", m.text)
        weekday = pats.weekdays.get(word.group(0).lower()) if word else None
        if weekday is not None:
            out.append((weekday, m.month, m.day))
    return out


def article_year(month: int, day: int, text: str, found: Sequence[DateMention] = ()
                 ) -> int | None:
    """The year of a year-less publication date, from the article itself: the latest year it
    names ("tahun 2020", "in 2019"), or the one after it, confirmed by the weekday-dates it
    writes ("Sabtu (24/10)" is a Saturday only in some years). A bare year alone proves
    nothing (a report names the years of its background: "the war ended in 1994"), so without
    a weekday-date that agrees, or when the clues disagree, the year stays unknown (None)."""
    named = set(named_years(text))
    weekdays = _weekday_dates(found)
    if not named or not weekdays:
        return None

    def agrees(year: int) -> bool:
        reference = _safe_date(year, month, day)
        if reference is None:
            return False
        for weekday, m, d in weekdays:
            placed = place_year(m, d, reference)
            if placed is None or placed.weekday() != weekday:
                return False
        return True

    latest = max(named)
    pool = [y for y in (latest, latest + 1) if agrees(y)]
    return pool[0] if len(pool) == 1 else None


def weekdays_named(text: str) -> set[int]:
    """The weekdays ``text`` names ("on Sunday", "pada Minggu"); words that are weekdays only
    when capitalised ("Minggu" Sunday, "minggu" week) count only so."""
    pats = patterns()
    out = set()
    for m in pats.weekday_word.finditer(text):
        word = m.group(0)
        if word.lower() in pats.capitalised_only and not word[0].isupper():
            continue
        out.add(pats.weekdays[word.lower()])
    return out


def weekday_year(partial: PartialDate, text: str, references: Sequence[dt.date]
                 ) -> DateValue | None:
    """A year-less publication date placed near each of ``references`` (the dates of the
    run's other articles), kept only when exactly one placing falls on a weekday the article
    itself names ("KYIV, July 7 - ... said on Sunday": 7 July is a Sunday in 2024, not in 2023):
    the article's own words choose the year, the other articles only offer candidates."""
    named = weekdays_named(text)
    if not named:
        return None
    placed = {place_year(partial.month, partial.day, ref) for ref in references}
    agreeing = {d for d in placed if d is not None and d.weekday() in named}
    if len(agreeing) != 1:
        return None
    return DateValue(agreeing.pop(), "day", partial.text, partial.basis + "+year(weekday)")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def publication_date(text: str, dateline_date: str | None = None,
                     stamps: Sequence[str] = (), year_hints: Sequence[int] = (),
                     found: Sequence[DateMention] | None = None
                     ) -> tuple[DateValue | None, PartialDate | None]:
    """The publication date ``text`` states, or a partial date when it leaves out the year.

    ``stamps`` are timestamp lines the cleaner took out as furniture ("Rabu, 13 Maret 2024 |
    19:42 WIB"): after the dateline they are the best evidence of the publication day.
    ``year_hints`` are years the page states about itself (a copyright line), used only to place
    a year-less date when no full date is written anywhere in the article. ``found`` are the
    text's :func:`mentions` when the caller has them already.
    """
    stamped = [(d, line) for line in stamps for d in full_dates(line)]
    references = sorted([d for d, _ in stamped] + full_dates(text))
    reference = stamped[0][0] if stamped else references[-1] if references else None
    hinted = False
    if reference is None and year_hints:
        # The middle of the stated year places every day and month inside that year.
        reference, hinted = dt.date(max(year_hints), 7, 1), True

    def resolve(year: int | None, month: int, day: int, expr: str, basis: str
                ) -> tuple[DateValue | None, PartialDate | None]:
        if year is not None:
            return DateValue(dt.date(year, month, day), "day", expr, basis), None
        if reference is not None:
            placed = place_year(month, day, reference)
            if placed:
                suffix = "+year(page)" if hinted else "+year"
                return DateValue(placed, "day", expr, basis + suffix), None
        year = article_year(month, day, text, mentions(text) if found is None else found)
        if year is not None:
            placed = _safe_date(year, month, day)
            if placed:
                return DateValue(placed, "day", expr, basis + "+year(article)"), None
        return None, PartialDate(month, day, expr, basis)

    if dateline_date:
        fields = parse_expression(dateline_date)
        if fields:
            return resolve(*fields, dateline_date, "dateline")
    if stamped:
        day, line = stamped[0]
        return DateValue(day, "day", line.strip(), "timestamp"), None
    found = mentions(text) if found is None else found
    if not found:
        return None, None
    dated = [resolve(m.year, m.month, m.day, m.text, "text") for m in found]
    full = [d for d, _ in dated if d is not None]
    if full:
        return max(full, key=lambda d: d.value), None
    partial = [p for _, p in dated if p is not None]
    return None, partial[-1] if partial else None


def parse_iso(value: str | None, basis: str) -> DateValue | None:
    """A date given by the input (JSONL ``published``, HTML metadata): ISO, with or without time.

    "2024", "2024-03" and "2024-03-12T08:00:00Z" give year, month and day precision.
    """
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$", value)
    if not m:
        fields = parse_expression(value)
        if fields and fields[0]:
            return DateValue(dt.date(*fields), "day", value, basis)  # type: ignore[arg-type]
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return DateValue(dt.date(int(year), int(month), int(day)), "day", value, basis)
        if month:
            return DateValue(dt.date(int(year), int(month), 1), "month", value, basis)
        return DateValue(dt.date(int(year), 1, 1), "year", value, basis)
    except ValueError:
        return None


def infer_year(partial: PartialDate, neighbours: Sequence[dt.date], source: str = "story"
               ) -> DateValue | None:
    """Resolve a year-less date against the publication dates of neighbouring articles.

    The neighbours are articles of the same story (see :func:`warta.pipeline.Batch.held`):
    the year that puts the date nearest the median of their dates is taken, and ``source``
    says where the year came from in the basis (``text+year(story)``). With no neighbours, the
    year stays unknown.
    """
    if not neighbours:
        return None
    ordered = sorted(neighbours)
    median = ordered[len(ordered) // 2]
    placed = place_year(partial.month, partial.day, median)
    if placed is None:
        return None
    return DateValue(placed, "day", partial.text, partial.basis + f"+year({source})")
